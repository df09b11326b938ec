/** The commander program over a table of subcommands; main.ts holds every command, extract-main.ts one. */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT } from './exit-codes.js';

/** Each command's module, loaded only when needed, in the order help lists them. */
export type CommandTable = Record<string, () => Promise<Command>>;

/** The program with every command of `commands`, or only `only` when that names one. */
export async function buildProgram(commands: CommandTable, only?: string): Promise<Command> {
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
  const names = only !== undefined && Object.hasOwn(commands, only) ? [only] : Object.keys(commands);
  for (const command of await Promise.all(names.map((name) => commands[name]()))) program.addCommand(command);
  // Usage errors exit 2 (not commander's 1, which means "some inputs failed" here).
  const exitOverride = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}

/** Runs `argv` (Node's, the command third) and resolves to the exit code. */
export async function runProgram(commands: CommandTable, argv: string[]): Promise<number> {
  try {
    process.exitCode = undefined;
    // The command is the first argument: the program itself has no options but --help and --version.
    await (await buildProgram(commands, argv[2])).parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    throw err;
  }
}
