/**
 * docx-to-tex: a DOCX as a LaTeX package, the way docx2tex-service delivers it (cached-task-api.md).
 *
 *   cache key (DOCX, conf, custom XSL) → the full package from the cache, or built once under the
 *   cache's build lock (pandoc) → image post-processing (EMF/WMF/SVG → PDF, references updated) →
 *   packaging: `<base>.tex` + `image/`, plus with `debug` the intermediates, `logs/<task>.log` and
 *   `manifest.json`.
 *
 * The cache holds the debug package whatever `debug` asks, so `debug` and `imgPostProc` stay out of the
 * key: both only change what is done after the cache.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { Cache, CacheStatus } from '../core/cache.js';
import { InvoicectlError } from '../core/errors.js';
import { sha256 } from '../core/inputs.js';
import type { ConversionRegistry } from '../convert/matrix.js';
import { findExecutable, runProcess } from '../convert/process.js';
import type { Runtime } from '../runtime.js';
import { convert } from './convert.js';
import { makeTempDir, removeTemp } from '../core/temp-files.js';

export const DOCX2TEX_OPERATION = 'docx2tex';
/** Images LaTeX cannot include, turned into PDF when `imgPostProc` is on. */
const VECTOR_IMAGES = /\.(emf|wmf|svg)$/i;

export interface DocxToTexOptions {
  docx: { name: string; bytes: Uint8Array };
  /** Its cache and converters apply where these options say nothing. */
  runtime?: Runtime;
  /** null: no cache; omitted: the runtime's (none without a runtime). */
  cache?: Cache | null;
  debug?: boolean;
  imgPostProc?: boolean;
  /** Names the log inside a debug package (`logs/<taskId>.log`). */
  taskId?: string;
  /** The converters to use; default: the runtime's, else the shared registry. */
  registry?: ConversionRegistry;
  signal?: AbortSignal;
  /** Called when the work moves on: converting (the cache misses), packaging. */
  onStage?: (stage: 'converting' | 'packaging') => void;
}

export interface DocxToTexResult {
  name: string;
  zip: Uint8Array;
  cacheKey: string;
  cacheStatus: 'HIT' | 'MISS';
  log: string[];
}

/**
 * SHA-256 over the three inputs docx2tex's result depends on. conf and custom XSL are xml2tex inputs,
 * which this engine (pandoc) has no use for: callers refuse them, so they enter the key as absent.
 */
export function docxToTexKey(docx: Uint8Array, conf: Uint8Array | null = null, customXsl: Uint8Array | null = null): string {
  return sha256(`docx:${sha256(docx)}\nconf:${conf ? sha256(conf) : 'default'}\nxsl:${customXsl ? sha256(customXsl) : 'none'}`);
}

export async function docxCacheStatus(cache: Cache | null, key: string): Promise<CacheStatus> {
  return cache ? cache.status(DOCX2TEX_OPERATION, key) : 'MISS';
}

export async function docxToTex(options: DocxToTexOptions): Promise<DocxToTexResult> {
  const log: string[] = [];
  const note = (line: string) => log.push(`${new Date().toISOString()} ${line}`);
  const cacheKey = docxToTexKey(options.docx.bytes);

  // 1. The full package: from the cache, or built once.
  const build = async () => {
    options.onStage?.('converting');
    note('converting with pandoc');
    // The package is cached whole below: the conversion itself is not cached again.
    const result = await convert({ inputs: [{ name: options.docx.name, bytes: options.docx.bytes }], to: 'tex', options: { debug: true }, runtime: options.runtime, cache: null, registry: options.registry, signal: options.signal });
    const [file] = result.files;
    const bytes = file?.outputs[0]?.bytes;
    if (!bytes) throw new InvoicectlError(file?.error?.code ?? 'CONVERSION_FAILED', file?.error?.message ?? 'the DOCX could not be converted');
    return bytes;
  };
  const cache = options.cache !== undefined ? options.cache : (options.runtime?.cache ?? null);
  const { value, status } = cache ? await cache.getOrBuild(DOCX2TEX_OPERATION, cacheKey, build, options.signal) : { value: await build(), status: 'MISS' as const };
  note(`package ${status === 'HIT' ? 'from the cache' : 'built'} (key ${cacheKey})`);

  // 2. Images LaTeX cannot include become PDFs.
  options.onStage?.('packaging');
  const zip = new AdmZip(Buffer.from(value));
  const manifest = JSON.parse(zip.readAsText('manifest.json')) as { tex: string; images: Record<string, string> };
  if (options.imgPostProc ?? true) await convertVectorImages(zip, manifest.tex, note, options.signal);

  // 3. The package the caller asked for.
  const out = new AdmZip();
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const keep = options.debug || entry.entryName === manifest.tex || entry.entryName.startsWith('image/');
    if (keep && entry.entryName !== 'manifest.json') out.addFile(entry.entryName, entry.getData());
  }
  if (options.debug) {
    out.addFile(`logs/${options.taskId ?? 'task'}.log`, Buffer.from(log.join('\n') + '\n', 'utf8'));
    const files = out.getEntries().map((e) => e.entryName);
    out.addFile('manifest.json', Buffer.from(JSON.stringify({ ...manifest, cacheKey, cache: status, imgPostProc: options.imgPostProc ?? true, files: [...files, 'manifest.json'] }, null, 2), 'utf8'));
  }
  return { name: manifest.tex.replace(/\.tex$/, '.zip'), zip: new Uint8Array(out.toBuffer()), cacheKey, cacheStatus: status, log };
}

/** EMF, WMF and SVG images under image/ → PDF (LibreOffice Draw), and the TeX's references with them. */
async function convertVectorImages(zip: AdmZip, texName: string, note: (line: string) => void, signal?: AbortSignal): Promise<void> {
  const vectors = zip.getEntries().filter((e) => e.entryName.startsWith('image/') && VECTOR_IMAGES.test(e.entryName));
  if (vectors.length === 0) return;
  const soffice = findExecutable('soffice') ?? findExecutable('libreoffice');
  if (!soffice) throw new InvoicectlError('ENGINE_UNAVAILABLE', `img_post_proc needs LibreOffice to turn ${vectors.map((v) => v.entryName).join(', ')} into PDF; install it or send img_post_proc=false`);
  const dir = await makeTempDir('invoicectl-imgpost-');
  try {
    let tex = zip.readAsText(texName);
    for (const [i, entry] of vectors.entries()) {
      const source = path.join(dir, `img${i}${path.extname(entry.entryName).toLowerCase()}`);
      await writeFile(source, entry.getData());
      const run = await runProcess(soffice, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, source], {
        timeoutMs: 120_000,
        signal,
        engine: 'libreoffice',
      });
      const pdf = await readFile(source.replace(/\.[^.]+$/, '.pdf')).catch(() => null);
      if (run.code !== 0 || !pdf) throw new InvoicectlError('CONVERSION_FAILED', `LibreOffice could not turn ${entry.entryName} into PDF: ${run.stderr.trim().split('\n').pop() ?? `exit ${run.code}`}`);
      const target = entry.entryName.replace(VECTOR_IMAGES, '.pdf');
      zip.deleteFile(entry.entryName);
      zip.addFile(target, pdf);
      tex = tex.split(`{${entry.entryName}}`).join(`{${target}}`);
      note(`img_post_proc: ${entry.entryName} → ${target}`);
    }
    zip.updateFile(texName, Buffer.from(tex, 'utf8'));
  } finally {
    await removeTemp(dir);
  }
}
