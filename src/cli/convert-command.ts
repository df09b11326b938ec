/** `invoicectl convert`: maps flags and config onto convert() and reports; --list prints the matrix. */
import fs from 'node:fs';
import { Command } from 'commander';
import type { OcrEngineChoice } from '../ocr/engine-choice.js';
import type { ConvertResult, ConvertTarget } from '../api/convert.js';
import type { ConversionPath } from '../convert/matrix.js';
import type { ConvertOptions, PageSizeName } from '../convert/types.js';
import { InvoicectlError } from '../core/errors.js';
import { parseMargins } from '../merge/geometry.js';
import type { Runtime } from '../runtime.js';
import { addGlobalOptions, createCliRuntime, createContext, reportFatal, type CliContext, type GlobalFlags } from './context.js';
import { EXIT } from './exit-codes.js';
import { ocrEngineOption } from './ocr-engine-option.js';
import { createProgress } from './progress.js';

interface ConvertFlags extends GlobalFlags {
  to?: string;
  from?: string;
  output?: string;
  list?: boolean;
  dpi?: string;
  quality?: string;
  pages?: string;
  pageSize?: string;
  orientation?: 'portrait' | 'landscape' | 'auto';
  margin?: string;
  ocr?: boolean;
  ocrLang?: string;
  ocrEngine?: OcrEngineChoice;
  compression?: 'none' | 'low' | 'medium' | 'high';
  timeout?: string;
  debug?: boolean;
  password?: string;
  set?: string[];
}

export function convertCommand(): Command {
  const cmd = new Command('convert')
    .description('convert documents: PDF ⇄ images, PDF → text/Markdown/JSON, OFD → PDF, scans → searchable PDF (OCR), office and Markdown via LibreOffice and pandoc')
    .argument('[inputs...]', 'files, folders (recursive), globs, ZIP archives, or - for stdin')
    .option('--to <format>', 'target format: pdf, png, jpg, txt, md, json, docx, odt, html, tex (a ZIP), xlsx, xrechnung, ubl, cii, facturx, ...')
    .option('--set <BT=value>', 'e-invoice targets: a business term the invoice lacks or should differ in, e.g. --set BT-10=04011000-12345-03 (repeatable)', (v: string, all: string[] = []) => [...all, v])
    .option('-o, --output <path>', 'a file (one result), a folder (DIR/), a NAME.zip, or - for stdout [default: beside each input]')
    .option('--from <format>', 'source format for every input instead of detecting it (e.g. md for text on stdin)')
    .option('--list', 'print every source → target path, the engines behind it and whether they are installed')
    .option('--dpi <n>', 'resolution of rendered images (PDF → PNG/JPEG; default 300), or of images placed with --page-size fit')
    .option('--quality <q>', 'low, medium, high or best; or 1..100 for JPEG quality')
    .option('--pages <list>', 'pages to convert, e.g. 1-3,5 or 7-')
    .option('--page-size <size>', 'A4, A3, B5, Letter, Legal, or fit (images → PDF: page = image)')
    .option('--orientation <o>', 'portrait, landscape or auto')
    .option('--margin <mm>', 'page margins: one value or top,right,bottom,left')
    .option('--ocr', 'make a searchable PDF: OCR pages that have no text (scans, photos)')
    .option('--ocr-lang <langs>', 'OCR languages, e.g. chi_sim+eng or eng (implies --ocr) [config: chi_sim+eng]')
    .addOption(ocrEngineOption())
    .option('--compression <level>', 'PDF image compression: none, low, medium, high (office → PDF)')
    .option('--timeout <seconds>', 'time limit of each conversion step, from when its engine takes it (waiting for a LibreOffice instance or an OCR thread does not count) [config: 120]')
    .option('--debug', 'keep intermediate artefacts where a converter has them (DOCX → TeX package)')
    .option('--password <password>', 'password of encrypted PDFs (PDF → images)')
    .addHelpText(
      'after',
      `
Examples:
  invoicectl convert --list                                     what converts to what, and with which engine
  invoicectl convert invoice.pdf --to png -o pages/             pages/invoice-1.png, pages/invoice-2.png, ...
  invoicectl convert invoice.pdf --to jpg --dpi 150 --quality 80 --pages 1 -o first.jpg
  invoicectl convert scans/*.jpg --to pdf --page-size A4 --margin 10 -o scans/   one PDF per image
  invoicectl convert scan.pdf --to pdf --ocr --ocr-lang chi_sim+eng -o searchable.pdf
  invoicectl convert fapiao.ofd --to pdf                        fapiao.pdf beside it
  invoicectl convert report.pdf --to md -o report.md
  invoicectl convert notes.md --to pdf                          pandoc, then LibreOffice
  invoicectl convert invoice.pdf --to xrechnung --set BT-10=04011000-12345-03   invoice.xrechnung.xml, validated
  invoicectl convert invoice.pdf --to facturx                   invoice.facturx.pdf: the page, with factur-x.xml attached
  invoicectl convert contracts/ --to pdf -o contracts.zip       every document of the folder, in one ZIP
  cat letter.docx | invoicectl convert - --to pdf > letter.pdf

Exit codes: 0 all converted, 1 some inputs failed (the rest was written), 2 usage error or refused
option, 130 interrupted, 143 after SIGTERM (no ZIP written; files already finished stay).`,
    )
    .action(async (inputs: string[], flags: ConvertFlags) => {
      process.exitCode = flags.list ? await runList(flags) : await runConvert(inputs, flags);
    });
  return addGlobalOptions(cmd);
}

// Engines and the operation load only when the command runs: `--help` and other commands stay quick.
function runtimeFor(ctx: CliContext, flags: ConvertFlags): Promise<Runtime> {
  const convert = { ...ctx.config.convert, ...(flags.ocrEngine ? { ocrEngine: flags.ocrEngine } : {}) };
  return createCliRuntime(ctx, { ...ctx.config, convert });
}

async function runList(flags: ConvertFlags): Promise<number> {
  let ctx: CliContext | undefined;
  let runtime: Runtime | undefined;
  try {
    ctx = await createContext(flags);
    runtime = await runtimeFor(ctx, flags);
    const { conversionMatrix } = await import('../api/convert.js');
    const paths = await conversionMatrix(await runtime.converters());
    process.stdout.write(flags.json ? `${JSON.stringify(paths, null, 2)}\n` : matrixTable(paths));
    return EXIT.OK;
  } catch (err) {
    return reportFatal(err, flags.json);
  } finally {
    await runtime?.dispose();
    ctx?.dispose();
  }
}

/** One row per path: FROM TO VIA ENGINES AVAILABLE, install hints below the table. */
function matrixTable(paths: ConversionPath[]): string {
  const rows = paths.map((p) => [
    p.from,
    p.to + (p.ocr ? ' (--ocr)' : ''),
    p.steps.map((s) => s.converter).join(' → '),
    [...new Set(p.steps.map((s) => s.engine))].join(', '),
    p.available ? 'yes' : 'no',
  ]);
  const header = ['FROM', 'TO', 'VIA', 'ENGINES', 'AVAILABLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const hints = [...new Set(paths.filter((p) => !p.available && p.hint).map((p) => p.hint!))];
  return [line(header), ...rows.map(line), ...(hints.length ? ['', 'To make the missing paths available:', ...hints.map((h) => `  ${h}`)] : [])].join('\n') + '\n';
}

async function runConvert(inputs: string[], flags: ConvertFlags): Promise<number> {
  let ctx: CliContext | undefined;
  let runtime: Runtime | undefined;
  const progress = createProgress(!flags.quiet);
  try {
    if (!flags.to) throw new InvoicectlError('INVALID_OPTION', 'convert needs --to <format> (or --list)');
    if (inputs.length === 0) throw new InvoicectlError('INVALID_OPTION', 'convert needs at least one input (a file, folder, glob, ZIP, or - for stdin)');
    ctx = await createContext(flags);
    runtime = await runtimeFor(ctx, flags);
    const { convert } = await import('../api/convert.js');
    // stdin has no folder to write beside, so its result goes to stdout unless -o says otherwise.
    const output = flags.output ?? (inputs.length === 1 && inputs[0] === '-' ? '-' : undefined);
    const timeoutSeconds = flags.timeout === undefined ? ctx.config.convert.timeoutSeconds : Number(flags.timeout);
    if (!(timeoutSeconds > 0)) throw new InvoicectlError('INVALID_OPTION', `--timeout must be a positive number of seconds (got "${flags.timeout}")`);
    const result = await convert({
      inputs,
      to: flags.to,
      from: flags.from,
      options: optionsFromFlags(flags, ctx.config.convert.ocrLang),
      output: targetOf(output),
      runtime,
      signal: ctx.signal,
      timeoutMs: timeoutSeconds * 1000,
      password: flags.password,
      onProgress: (e) => progress.update('convert', e.done, e.total),
    });
    progress.stop();
    if (output === '-') writeStdout(result);
    report(result, flags, output, ctx.log);
    if (result.files.some((f) => f.error?.code === 'INVALID_OPTION')) return EXIT.USAGE;
    return result.counts.failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  } catch (err) {
    progress.stop();
    return reportFatal(err, flags.json);
  } finally {
    await runtime?.dispose();
    ctx?.dispose();
  }
}

/** The spec's ConvertOptions from flags; a flag not given sets nothing, so converters see only what was asked. */
export function optionsFromFlags(flags: ConvertFlags, defaultOcrLang: string): ConvertOptions {
  const o: ConvertOptions = {};
  const number = (flag: string, v: string) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n)) throw new InvoicectlError('INVALID_OPTION', `${flag} must be a number (got "${v}")`);
    return n;
  };
  if (flags.quality !== undefined) {
    if (/^\d+$/.test(flags.quality)) o.imageOptions = { ...o.imageOptions, quality: Number(flags.quality) };
    else o.quality = flags.quality as ConvertOptions['quality'];
  }
  if (flags.dpi !== undefined) o.imageOptions = { ...o.imageOptions, dpi: number('--dpi', flags.dpi) };
  if (flags.pages !== undefined) o.pages = flags.pages;
  if (flags.pageSize !== undefined) o.pageSize = pageSizeOf(flags.pageSize);
  if (flags.orientation !== undefined) o.orientation = flags.orientation;
  if (flags.margin !== undefined) o.margins = parseMargins(flags.margin);
  if (flags.ocr || flags.ocrLang !== undefined) {
    o.ocrEnabled = true;
    o.ocrLanguage = (flags.ocrLang ?? defaultOcrLang).split('+');
  }
  if (flags.compression !== undefined) o.pdfOptions = { compression: flags.compression };
  if (flags.debug) o.debug = true;
  if (flags.set?.length) {
    const set: Record<string, string> = {};
    for (const pair of flags.set) {
      const m = /^(BT-\d+)=(.*)$/i.exec(pair.trim());
      if (!m || !m[2]) throw new InvoicectlError('INVALID_OPTION', `--set takes BT-n=value, e.g. --set BT-10=04011000-12345-03 (got "${pair}")`);
      set[m[1].toUpperCase()] = m[2];
    }
    o.einvoice = { set };
  }
  return o;
}

/** "a4" → "A4", "letter" → "Letter"; anything else is passed on for the converter to refuse by name. */
function pageSizeOf(value: string): PageSizeName | 'fit' {
  const known = ['A4', 'A3', 'B5', 'Letter', 'Legal', 'fit'];
  return (known.find((k) => k.toLowerCase() === value.toLowerCase()) ?? value) as PageSizeName | 'fit';
}

/** -o: nothing → beside each input; - → stdout; DIR/ or an existing folder; NAME.zip; else one file. */
function targetOf(output: string | undefined): ConvertTarget {
  if (output === undefined) return { kind: 'beside' };
  if (output === '-') return { kind: 'bytes' };
  if (/[\\/]$/.test(output) || fs.statSync(output, { throwIfNoEntry: false })?.isDirectory()) return { kind: 'dir', path: output };
  if (/\.zip$/i.test(output)) return { kind: 'zip', path: output };
  return { kind: 'file', path: output };
}

function writeStdout(result: ConvertResult): void {
  const outputs = result.files.flatMap((f) => f.outputs);
  if (outputs.length > 1) {
    throw new InvoicectlError('INVALID_OPTION', `${outputs.length} results cannot all go to stdout; name a folder (-o DIR/) or a .zip`, { results: outputs.length });
  }
  if (outputs[0]?.bytes) process.stdout.write(outputs[0].bytes);
}

function report(result: ConvertResult, flags: ConvertFlags, output: string | undefined, log: (line: string) => void): void {
  if (flags.json) {
    const summary = {
      to: result.to,
      output: output ?? null,
      counts: result.counts,
      files: result.files.map((f) => ({ ...f, outputs: f.outputs.map(({ bytes: _bytes, ...o }) => o) })),
      ...(result.zip ? { zip: { path: result.zip.path, entries: result.zip.entries } } : {}),
    };
    // With the converted file on stdout, the summary goes to stderr so the two never mix.
    (output === '-' ? process.stderr : process.stdout).write(`${JSON.stringify(summary, null, 2)}\n`);
  }
  for (const f of result.files) {
    if (f.status === 'failed') {
      log(`  failed     ${f.file}: ${f.error?.code}: ${f.error?.message}`);
      continue;
    }
    const shown = f.outputs.map((o) => o.path ?? o.name);
    const list = shown.length > 3 ? `${shown.slice(0, 2).join(', ')}, … (${shown.length} files)` : shown.join(', ');
    log(`  converted  ${f.file} → ${list}${f.cache === 'HIT' ? ' (cached)' : ''}`);
  }
  const { counts } = result;
  const where = result.zip?.path ?? (output === '-' ? 'stdout' : output);
  log(`converted ${counts.converted} of ${counts.inputs} input(s) to ${result.to}: ${counts.outputs} file(s)${where ? ` → ${where}` : ''}${counts.failed ? `; ${counts.failed} failed` : ''}`);
}
