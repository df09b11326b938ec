/** `invoicectl merge`: maps flags and config onto merge() and writes the result. */
import { Command } from 'commander';
import type { MergeResult } from '../api/merge.js';
import { parseMargins } from '../merge/geometry.js';
import { addGlobalOptions, createContext, createSettingsRuntime, reportFatal, type GlobalFlags } from './context.js';
import { createProgress } from './progress.js';
import { EXIT } from './exit-codes.js';

interface MergeFlags extends GlobalFlags {
  output: string;
  layout?: string;
  paper?: string;
  orientation?: 'portrait' | 'landscape' | 'auto';
  margin?: string;
  gap?: string;
  order?: 'rows' | 'columns';
  rotate?: 'auto' | 'none';
  pageNumbers?: boolean;
  labels?: boolean;
  labelFrom?: 'folder' | 'filename';
  cutLines?: boolean;
  sort?: 'input' | 'name' | 'mtime';
  keepTogether?: boolean;
  summary?: boolean;
  keepDuplicates?: boolean;
  outputType?: 'pdf' | 'zip';
}

export function mergeCommand(): Command {
  const cmd = new Command('merge')
    .description('lay invoices out several per sheet, print-ready (vector content, seals kept)')
    .argument('<inputs...>', 'PDF/image files, folders (recursive), globs, ZIP archives, or - for stdin')
    .requiredOption('-o, --output <file>', 'output file (.pdf, or .zip with --output-type zip; - for stdout)')
    .option('--layout <RxC>', 'rows x columns per sheet: 1x1, 2x1 (two stacked), 2x2, any RxC [config: 2x1]')
    .option('--paper <size>', 'A4, A5, A3, B5, Letter, Legal or WxH in mm (e.g. 210x297) [config: A4]')
    .option('--orientation <o>', 'portrait, landscape or auto [config: portrait]')
    .option('--margin <mm>', 'one value or top,right,bottom,left [config: 10]')
    .option('--gap <mm>', 'space between cells [config: 5]')
    .option('--order <order>', 'fill cells by rows or columns [config: rows]')
    .option('--rotate <mode>', 'auto: turn a page 90° when it then fits larger; none [config: auto]')
    .option('--page-numbers', 'print "n / total" on each sheet')
    .option('--no-page-numbers', 'no page numbers, even if the config asks for them')
    .option('--labels', 'print a small category label above each cell')
    .option('--no-labels', 'no labels, even if the config asks for them')
    .option('--label-from <source>', 'label text: folder (default) or filename')
    .option('--cut-lines', 'dashed cutting lines between cells')
    .option('--no-cut-lines', 'no cutting lines, even if the config asks for them')
    .option('--sort <key>', 'input (as given), name or mtime [config: input]')
    .option('--keep-together', 'start a multi-page document on a fresh sheet rather than split it')
    .option('--summary', 'a first sheet listing every input and where it was placed')
    .option('--keep-duplicates', 'place byte-identical inputs again instead of once')
    .option('--output-type <type>', 'pdf, or zip (the merged PDF plus the original inputs) [config: pdf]')
    .addHelpText(
      'after',
      `
Examples:
  invoicectl merge ~/invoices/2026-10 -o october.pdf                 two per A4 sheet
  invoicectl merge invoices.zip --layout 2x2 --cut-lines -o out.pdf  four per sheet, with cutting lines
  invoicectl merge a.pdf b.pdf --labels --page-numbers --summary -o print.pdf
  invoicectl merge 'scans/**/*.jpg' --paper Letter --orientation auto -o scans.pdf
  invoicectl merge receipts/ --output-type zip -o archive.zip        merged PDF + originals
  cat invoice.pdf | invoicectl merge - -o - > out.pdf

Exit codes: 0 all placed, 1 some inputs failed (the rest is in the output), 2 usage or config error,
130 interrupted, 143 after SIGTERM (no output written).`,
    )
    .action(async (inputs: string[], flags: MergeFlags) => {
      process.exitCode = await runMerge(inputs, flags);
    });
  return addGlobalOptions(cmd);
}

async function runMerge(inputs: string[], flags: MergeFlags): Promise<number> {
  let ctx: Awaited<ReturnType<typeof createContext>> | undefined;
  let runtime: ReturnType<typeof createSettingsRuntime> | undefined;
  const progress = createProgress(!flags.quiet);
  try {
    ctx = await createContext(flags);
    // Flags override the config file; a flag not given leaves the config's value.
    const fromFlags = definedOnly({
      layout: flags.layout,
      paper: flags.paper,
      orientation: flags.orientation,
      margin: flags.margin === undefined ? undefined : Object.values(parseMargins(flags.margin)),
      gap: flags.gap === undefined ? undefined : Number(flags.gap),
      order: flags.order,
      rotate: flags.rotate,
      pageNumbers: flags.pageNumbers,
      labels: flags.labels,
      labelFrom: flags.labelFrom,
      cutLines: flags.cutLines,
      sort: flags.sort,
      keepTogether: flags.keepTogether,
      summary: flags.summary,
      keepDuplicates: flags.keepDuplicates,
      outputType: flags.outputType,
    });
    // Loaded when the command runs, so `--help` and other commands start quickly.
    const { merge } = await import('../api/merge.js');
    runtime = createSettingsRuntime(ctx);
    const result = await merge({
      ...fromFlags,
      inputs,
      outputPath: flags.output === '-' ? undefined : flags.output,
      runtime,
      signal: ctx.signal,
      onProgress: (e) => progress.update(e.phase, e.done, e.total),
    });
    if (result.output) process.stdout.write(result.output);
    progress.stop();
    report(result, flags, ctx.log);
    return result.counts.failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
  } catch (err) {
    progress.stop();
    return reportFatal(err, flags.json);
  } finally {
    await runtime?.dispose();
    ctx?.dispose();
  }
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function report(result: MergeResult, flags: MergeFlags, log: (line: string) => void): void {
  const { counts } = result;
  if (flags.json) {
    const summary = {
      output: flags.output,
      outputType: result.outputType,
      sheets: result.sheets,
      paper: result.paper,
      grid: result.grid,
      counts,
      documents: result.documents,
    };
    // With the PDF itself on stdout, the summary goes to stderr so the two never mix.
    (flags.output === '-' ? process.stderr : process.stdout).write(`${JSON.stringify(summary, null, 2)}\n`);
  }
  for (const d of result.documents) {
    if (d.status === 'failed') log(`  failed     ${d.file}: ${d.error?.code}: ${d.error?.message}`);
    if (d.status === 'duplicate') log(`  duplicate  ${d.file} (same bytes as ${d.duplicateOf}; placed once)`);
  }
  log(
    `merged ${counts.placed} of ${counts.inputs} inputs onto ${result.sheets} sheet(s) (${result.grid.rows}x${result.grid.cols}, ${result.paper.orientation}) → ${flags.output}` +
      (counts.duplicates ? `; ${counts.duplicates} duplicate(s) skipped` : '') +
      (counts.failed ? `; ${counts.failed} failed` : ''),
  );
}
