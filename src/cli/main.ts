/** The commander program. Subcommands live in their own files and only map flags onto the library. */
import type { Command } from 'commander';
import { extractCommandModule } from './extract-main.js';
import { buildProgram as programOf, runProgram, type CommandTable } from './program.js';

/**
 * Each command's module, in the order help lists them, loaded only when needed: a command loads its own
 * module and what it imports, not every other command's (validate's rule tables, extract's readers);
 * help and an unknown command load them all.
 */
const COMMANDS: CommandTable = {
  merge: () => import('./merge-command.js').then((m) => m.mergeCommand()),
  extract: extractCommandModule,
  convert: () => import('./convert-command.js').then((m) => m.convertCommand()),
  validate: () => import('./validate-command.js').then((m) => m.validateCommand()),
  serve: () => import('./serve-command.js').then((m) => m.serveCommand()),
  worker: () => import('./worker-command.js').then((m) => m.workerCommand()),
  cache: () => import('./cache-command.js').then((m) => m.cacheCommand()),
};

/** The program with every command, or only `only` when that names one. */
export const buildProgram = (only?: string): Promise<Command> => programOf(COMMANDS, only);

export const main = (argv: string[]): Promise<number> => runProgram(COMMANDS, argv);
