/**
 * pandoc paths: DOCX → LaTeX package (ZIP of <name>.tex + image/), DOCX ↔ Markdown / HTML, and
 * Markdown / HTML → DOCX.
 *
 * Each conversion runs one pandoc process in a fresh temp dir. Pandoc is offline here on purpose: a Lua
 * filter drops images that point outside the work dir (URLs, absolute paths, ".."), so a document cannot
 * make the server fetch a URL or embed /etc/passwd. (`--sandbox` would do this, but pandoc 2.17's
 * sandbox cannot even read its own DOCX template.)
 */
import AdmZip from 'adm-zip';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InvoicectlError } from '../core/errors.js';
import { baseNameOf, formatOfName, mimeOf } from './formats.js';
import { checkOptions } from './options.js';
import { findExecutable, runProcess } from './process.js';
import type { ConvertOutput, Converter, EngineAvailability } from './types.js';
import { makeTempDir, removeTemp } from '../core/temp-files.js';

export const PANDOC_INSTALL_HINT = 'apt-get install --no-install-recommends pandoc';
const DEFAULT_TIMEOUT_MS = 60_000;

/** pandoc reader/writer names per format code. Markdown out is GitHub-flavoured: what people paste. */
const READERS: Record<string, string> = { docx: 'docx', md: 'markdown', html: 'html' };
const WRITERS: Record<string, string> = { docx: 'docx', md: 'gfm', html: 'html', tex: 'latex' };

const OFFLINE_FILTER = `
-- Keep only images that live inside the work dir; anything else becomes its alt text.
local function safe(src)
  if src:match('^data:') then return true end
  if src:match('^%a[%w+.-]*:') or src:match('^/') or src:match('^\\\\') then return false end
  for part in src:gmatch('[^/\\\\]+') do if part == '..' then return false end end
  return true
end
function Image(img)
  if safe(img.src) then return nil end
  return img.caption
end
`;

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p, base)));
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

/**
 * Finds `\includegraphics[..]{path}` references, keeps only those that exist under `dir`, and rewrites
 * them to `image/<file>` (unique names). Returns the new TeX and the images to package.
 */
export function rewriteTexImages(tex: string, exists: (rel: string) => boolean): { tex: string; images: Map<string, string> } {
  const images = new Map<string, string>(); // original path → package path
  const used = new Set<string>();
  const out = tex.replace(/(\\includegraphics\s*(?:\[[^\]]*\])?\s*\{)([^}]+)(\})/g, (whole, open: string, ref: string, close: string) => {
    const rel = ref.trim();
    if (!exists(rel)) return whole;
    let target = images.get(rel);
    if (!target) {
      const ext = path.posix.extname(rel);
      const stem = path.posix.basename(rel, ext);
      target = `image/${stem}${ext}`;
      for (let n = 2; used.has(target); n++) target = `image/${stem}-${n}${ext}`;
      used.add(target);
      images.set(rel, target);
    }
    return `${open}${target}${close}`;
  });
  return { tex: out, images };
}

/** Zip entry names that are safe to re-pack (no absolute paths, no ".."). */
const safeEntryName = (name: string) => !name.startsWith('/') && !name.split(/[\\/]/).includes('..');

export function createPandocConverter(options: { pandoc?: string } = {}): Converter {
  let version: Promise<string | undefined> | undefined;
  const exe = () => findExecutable(options.pandoc ?? process.env.INVOICECTL_PANDOC ?? 'pandoc');

  return {
    id: 'pandoc',
    engine: 'pandoc',
    enforcesTimeout: true,
    from: Object.keys(READERS),
    to: Object.keys(WRITERS),
    supports: (from, to) => from in READERS && to in WRITERS && from !== to,

    async available(): Promise<EngineAvailability> {
      const p = exe();
      if (!p) return { ok: false, hint: `pandoc not found; install with: ${PANDOC_INSTALL_HINT}` };
      version ??= runProcess(p, ['--version'], { timeoutMs: 30_000, engine: 'pandoc' })
        .then((r) => /pandoc(?:\.exe)?\s+([\d.]+)/.exec(r.stdout)?.[1])
        .catch(() => undefined);
      return { ok: true, version: await version };
    },

    async convert(input, to, opts, ctx) {
      const from = formatOfName(input.name);
      if (!(from in READERS) || !(to in WRITERS) || from === to) {
        throw new InvoicectlError('UNSUPPORTED_CONVERSION', `pandoc cannot convert ${from || 'this file'} to ${to}`, { from, to });
      }
      checkOptions(opts, 'pandoc', to, []);
      const pandoc = exe();
      if (!pandoc) throw new InvoicectlError('ENGINE_UNAVAILABLE', `pandoc is not installed; install with: ${PANDOC_INSTALL_HINT}`, { engine: 'pandoc', hint: PANDOC_INSTALL_HINT });

      const base = baseNameOf(input.name);
      const dir = await makeTempDir('invoicectl-pandoc-');
      const timeoutMs = ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const logs: string[] = [];
      const run = async (args: string[]) => {
        const r = await runProcess(pandoc, args, { cwd: dir, timeoutMs, signal: ctx.signal, engine: 'pandoc' });
        logs.push(`$ pandoc ${args.join(' ')}\n${r.stderr}`);
        if (r.code !== 0) {
          throw new InvoicectlError('CONVERSION_FAILED', `pandoc could not convert ${from} to ${to}: ${r.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${r.code}`}`, { engine: 'pandoc', exitCode: r.code });
        }
      };
      try {
        // Neutral input name (user names may contain anything); outputs are named after `base`.
        const inFile = `input.${from}`;
        await writeFile(path.join(dir, inFile), input.bytes);
        await writeFile(path.join(dir, 'offline.lua'), OFFLINE_FILTER);
        const common = [inFile, '-f', READERS[from], '--lua-filter=offline.lua', '--resource-path=.'];

        if (to === 'tex') return [await texPackage()];
        if (to === 'docx') {
          await run([...common, '-t', 'docx', '-o', 'output.docx']);
          return [await outputFile('output.docx', `${base}.docx`, 'docx')];
        }
        if (to === 'html') {
          // From DOCX the images are only inside the DOCX: embed them so the page stands alone.
          await run([...common, '-t', 'html', '-s', '--metadata', `pagetitle=${base}`, ...(from === 'docx' ? ['--extract-media=media', '--self-contained'] : []), '-o', 'output.html']);
          return [await outputFile('output.html', `${base}.html`, 'html')];
        }
        // Markdown: images go next to it in <base>_media/, referenced by that relative path.
        const mediaDir = `${base}_media`;
        await run([...common, '-t', 'gfm', ...(from === 'docx' ? [`--extract-media=${mediaDir}`] : []), '-o', 'output.md']);
        const outputs = [await outputFile('output.md', `${base}.md`, 'md')];
        for (const rel of await listFiles(path.join(dir, mediaDir))) {
          outputs.push({ name: `${mediaDir}/${rel}`, bytes: new Uint8Array(await readFile(path.join(dir, mediaDir, rel))), mime: mimeOf(formatOfName(rel)) });
        }
        return outputs;
      } finally {
        await removeTemp(dir);
      }

      async function outputFile(file: string, name: string, format: string): Promise<ConvertOutput> {
        const bytes = await readFile(path.join(dir, file));
        return { name, bytes: new Uint8Array(bytes), mime: mimeOf(format) };
      }

      /** The docx2tex-style package: <base>.tex + image/ (referenced images only); debug adds intermediates. */
      async function texPackage(): Promise<ConvertOutput> {
        const common = [`input.${from}`, '-f', READERS[from], '--lua-filter=offline.lua', '--resource-path=.'];
        await run([...common, '-t', 'latex', '-s', '--extract-media=media', '-o', 'output.tex']);
        const original = await readFile(path.join(dir, 'output.tex'), 'utf8');
        const media = new Set(await listFiles(path.join(dir, 'media'), dir));
        const { tex, images } = rewriteTexImages(original, (rel) => media.has(path.posix.normalize(rel)));
        const zip = new AdmZip();
        zip.addFile(`${base}.tex`, Buffer.from(tex, 'utf8'));
        for (const [rel, target] of images) zip.addFile(target, await readFile(path.join(dir, rel)));

        if (opts.debug) {
          await run([...common, '-t', 'json', '-o', 'output.json']);
          zip.addFile(`${base}.debug/${base}.json`, await readFile(path.join(dir, 'output.json')));
          zip.addFile(`${base}.debug/${base}.orig.tex`, Buffer.from(original, 'utf8'));
          for (const rel of media) zip.addFile(`${base}.debug/${rel}`, await readFile(path.join(dir, rel)));
          if (from === 'docx') {
            // The DOCX unpacked, as docx2tex's <name>.docx.tmp/ has it.
            try {
              for (const e of new AdmZip(Buffer.from(input.bytes)).getEntries()) {
                if (!e.isDirectory && safeEntryName(e.entryName)) zip.addFile(`${base}.docx.tmp/${e.entryName}`, e.getData());
              }
            } catch {
              /* pandoc read it, so this is unlikely; the package is still useful without it */
            }
          }
          zip.addFile('logs/pandoc.log', Buffer.from(logs.join('\n'), 'utf8'));
          const manifest = {
            source: input.name,
            engine: 'pandoc',
            version: (await version) ?? null,
            tex: `${base}.tex`,
            images: Object.fromEntries(images),
            unreferencedMedia: [...media].filter((m) => !images.has(m)),
            files: zip.getEntries().map((e) => e.entryName).concat('manifest.json'),
          };
          zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'));
        }
        return { name: `${base}.zip`, bytes: new Uint8Array(zip.toBuffer()), mime: 'application/zip' };
      }
    },
  };
}
