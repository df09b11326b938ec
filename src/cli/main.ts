/** The commander program. Subcommands live in their own files and only map flags onto the library. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { cacheCommand } from './cache-command.js';
import { mergeCommand } from './merge-command.js';
import { extractCommand } from './extract-command.js';
import { convertCommand } from './convert-command.js';
import { validateCommand } from './validate-command.js';
import { serveCommand } from './serve-command.js';
import { workerCommand } from './worker-command.js';
import { EXIT } from './exit-codes.js';

export function buildProgram(): Command {
  const program = new Command('invoicectl')
    .description('Invoices into data and into print-ready PDFs')
    .version(VERSION)
    .addHelpText(
      'after',
      `
Examples:
  invoicectl merge invoices/ -o print.pdf        two invoices per A4 sheet
  invoicectl extract invoices/ --format csv -o invoices.csv
  invoicectl convert scan.pdf --to pdf --ocr -o searchable.pdf
  invoicectl validate xrechnung.xml               EN 16931 + XRechnung / Peppol rules
  invoicectl serve --port 8000                  the REST API, docs at /docs
  invoicectl cache stats

Exit codes: 0 ok, 1 some inputs failed (the rest was produced), 2 usage or config error,
3 some invoices need review (extract), 130 interrupted (143 after SIGTERM).`,
    )
    .addCommand(mergeCommand())
    .addCommand(extractCommand())
    .addCommand(convertCommand())
    .addCommand(validateCommand())
    .addCommand(serveCommand())
    .addCommand(workerCommand())
    .addCommand(cacheCommand());
  // Usage errors exit 2 (not commander's 1, which means "some inputs failed" here).
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    process.exitCode = undefined;
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw err;
  }
}
