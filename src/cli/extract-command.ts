/** `invoicectl extract`: maps flags and config onto extract() and writes the results as they come. */
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import type { ExtractSummary } from '../api/extract.js';
import { openSink, type Sink } from '../core/sink.js';
import { resultFormatter, type ExtractFormat } from '../extract/output.js';
import type { OcrEngineChoice } from '../ocr/engine-choice.js';
import { addGlobalOptions, createContext, reportFatal, type GlobalFlags } from './context.js';
import { createProgress } from './progress.js';
import { EXIT } from './exit-codes.js';
import { ocrEngineOption } from './ocr-engine-option.js';

/** The output model's documentation, shipped with the package (src/cli and dist/cli sit two levels below it). */
const MODEL_DOC = fileURLToPath(new URL('../../docs/invoice-model.md', import.meta.url));

interface ExtractFlags extends GlobalFlags {
  format?: ExtractFormat;
  items?: boolean;
  output?: string;
  templates?: string;
  ocr?: boolean;
  ocrLang?: string;
  ocrEngine?: OcrEngineChoice;
  ocrDpi?: string;
  qr?: 'auto' | 'always' | 'never';
  password?: string;
  bom?: boolean;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('structured invoice data (JSON, NDJSON or CSV) from PDF, OFD, XML and images')
    .argument('<inputs...>', 'PDF/OFD/XML/image files, folders (recursive), globs, ZIP archives, or - for stdin')
    .addOption(new Option('--format <format>', 'json (an array), ndjson (one result per line, as each finishes) or csv [config: json]').choices(['json', 'ndjson', 'csv']))
    .option('--items', 'csv: one row per line item instead of one per invoice')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .option('-o, --output <file>', 'write to this file (complete or not at all) instead of stdout')
    .option('--templates <dir>', 'invoice2data-style YAML templates; a matching one wins for the fields it defines')
    .option('--no-ocr', 'do not OCR scans and photos (they then fail with EXTRACTION_FAILED)')
    .option('--ocr-lang <langs>', 'tesseract languages, e.g. eng or chi_sim+eng [config: chi_sim+eng]')
    .addOption(ocrEngineOption())
    .option('--ocr-dpi <dpi>', 'resolution image-only PDF pages are rendered at for OCR [config: 300]')
    .addOption(new Option('--qr <mode>', 'decode the QR code of Chinese invoices: auto, always, never [config: auto]').choices(['auto', 'always', 'never']))
    .option('--password <password>', 'password for encrypted PDFs')
    .addHelpText(
      'after',
      `
Examples:
  invoicectl extract ~/invoices/2026-10 > october.json
  invoicectl extract invoices.zip --format csv --bom -o october.csv     one row per invoice, for Excel
  invoicectl extract scans/ --format csv --items -o items.csv            one row per line item
  invoicectl extract inbox/ --format ndjson | jq -c 'select(.status != "ok")'
  invoicectl extract supplier/*.pdf --templates ./templates               invoice2data YAML templates
  invoicectl extract photo.jpg --ocr-lang eng

Each result: file, sha256, status (ok | needs_review | failed), source, invoice, checks, duplicateOf,
error, cache, pages, elapsedMs. Every field and check id is described in
${MODEL_DOC}. Re-runs read unchanged files from the cache.

Exit codes: 0 all ok, 3 some invoices need review, 1 some inputs failed (the rest is still written;
1 wins over 3), 2 usage or config error, 130 interrupted (143 after SIGTERM).`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags);
    });
  return addGlobalOptions(cmd);
}

async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  let ctx: Awaited<ReturnType<typeof createContext>> | undefined;
  let sink: Sink | undefined;
  const progress = createProgress(!flags.quiet);
  try {
    ctx = await createContext(flags);
    const config = ctx.config.extract;
    const formatter = resultFormatter(flags.format ?? config.format, { items: flags.items, bom: flags.bom });
    // A file is written complete or not at all (temp file, renamed at the end); stdout streams.
    if (flags.output !== undefined && flags.output !== '-') sink = openSink(flags.output);
    const write = (text: string) => {
      if (!text) return;
      if (sink) sink.write(Buffer.from(text));
      else process.stdout.write(text);
    };
    const dpi = flags.ocrDpi === undefined ? undefined : Number(flags.ocrDpi);
    // Loaded when the command runs, so `--help` and other commands start quickly.
    const { extract } = await import('../api/extract.js');
    // The opening ('[', the CSV header) waits for the first result, so an options error leaves stdout empty.
    let begun = false;
    const begin = () => {
      if (!begun) write(formatter.begin());
      begun = true;
    };
    const summary = await extract({
      inputs,
      concurrency: ctx.concurrency,
      limits: ctx.config.limits,
      cache: ctx.cache.enabled ? ctx.cache : null,
      signal: ctx.signal,
      templates: flags.templates ?? (config.templates || undefined),
      ocr: flags.ocr === false || !config.ocrEnabled ? false : { ...config.ocr, ...(flags.ocrLang ? { langs: flags.ocrLang } : {}), ...(flags.ocrEngine ? { engine: flags.ocrEngine } : {}), ...(dpi === undefined ? {} : { dpi }) },
      qr: flags.qr ?? config.qr,
      password: flags.password,
      onProgress: (e) => progress.update('extract', e.done, e.total),
      onResult: (result, index) => {
        begin();
        write(formatter.result(result, index));
      },
    });
    begin();
    write(formatter.end());
    await sink?.commit();
    progress.stop();
    report(summary, flags, ctx.log);
    const { failed, needsReview } = summary.counts;
    return failed ? EXIT.SOME_FAILED : needsReview ? EXIT.NEEDS_REVIEW : EXIT.OK;
  } catch (err) {
    progress.stop();
    await sink?.discard();
    return reportFatal(err, flags.json);
  } finally {
    ctx?.dispose();
  }
}

function report(summary: ExtractSummary, flags: ExtractFlags, log: (line: string) => void): void {
  const { counts } = summary;
  // The data is on stdout unless -o took it; a --json summary then has stdout to itself.
  if (flags.json && flags.output && flags.output !== '-') process.stdout.write(`${JSON.stringify({ output: flags.output, counts }, null, 2)}\n`);
  for (const r of summary.results) {
    if (r.status === 'failed') log(`  failed        ${r.file}: ${r.error?.code}: ${r.error?.message}`);
    else if (r.status === 'needs_review') log(`  needs review  ${r.file}: ${r.checks.filter((c) => !c.ok).map((c) => c.message ?? c.id).join('; ')}`);
    if (r.duplicateOf) log(`  duplicate     ${r.file} (same invoice as ${r.duplicateOf})`);
  }
  // An empty inbox is not an error for a cron job, but a typo'd folder deserves a word.
  if (counts.inputs === 0) log('no documents found in the inputs (looked for .pdf .ofd .xml .png .jpg .jpeg .tif .tiff .zip)');
  log(
    `extracted ${counts.ok + counts.needsReview} of ${counts.inputs} document(s)` +
      (flags.output && flags.output !== '-' ? ` → ${flags.output}` : '') +
      `: ${counts.ok} ok, ${counts.needsReview} need review, ${counts.failed} failed` +
      (counts.duplicates ? `, ${counts.duplicates} duplicate(s)` : ''),
  );
}
