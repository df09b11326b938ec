/**
 * The program as `extract` runs it: bin/invoicectl.js routes only that command here, to the CommonJS bundle
 * with V8's code cache (scripts/bundle-cli.mjs, src/cli/code-cache.ts). Bundled from this entry, the file
 * holds extract's code and not the other commands' (the server, merge's placing, convert), which it would
 * read and copy into memory at every start for nothing: 2.25 → 1.69 MB, a one-invoice extract ~8% fewer
 * page faults and ~2% fewer instructions (bench/extract/README.md, "The extract bundle without the other
 * commands").
 */
import { fileURLToPath } from 'node:url';
import { useDocumentThreadScript } from '../extract/thread-script.js';
import { runProgram, type CommandTable } from './program.js';

export const extractCommandModule = () => import('./extract-command.js').then((m) => m.extractCommand());

const EXTRACT: CommandTable = { extract: extractCommandModule };

/** The document threads' loop, which src/cli/extract-thread.ts runs from this bundle. */
export const documentThread = () => import('../extract/document-thread.js');

export const main = (argv: string[]): Promise<number> => {
  // A large batch's document threads run this bundle from its code cache too.
  useDocumentThreadScript(fileURLToPath(new URL('./extract-thread.js', import.meta.url)));
  return runProgram(EXTRACT, argv);
};
