/** The commander program. Subcommands live in their own files and only map flags onto the library. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';

/**
 * Each command's module, in the order help lists them, loaded only when needed: a command loads its own
 * module and what it imports, not every other command's (validate's rule tables, extract's readers);
 * help and an unknown command load them all.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  merge: () => import('./merge-command.js').then((m) => m.mergeCommand()),
  extract: () => import('./extract-command.js').then((m) => m.extractCommand()),
  convert: () => import('./convert-command.js').then((m) => m.convertCommand()),
  validate: () => import('./validate-command.js').then((m) => m.validateCommand()),
  serve: () => import('./serve-command.js').then((m) => m.serveCommand()),
  worker: () => import('./worker-command.js').then((m) => m.workerCommand()),
  cache: () => import('./cache-command.js').then((m) => m.cacheCommand()),
};

/** The program with every command, or only `only` when that names one. */
export async function buildProgram(only?: string): Promise<Command> {
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
    );
  const names = only !== undefined && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS);
  for (const command of await Promise.all(names.map((name) => COMMANDS[name]()))) program.addCommand(command);
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
    // The command is the first argument: the program itself has no options but --help and --version.
    await (await buildProgram(argv[2])).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw err;
  }
}
