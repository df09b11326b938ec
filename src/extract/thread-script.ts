/**
 * The script a document thread (document-threads.ts) runs: the ES module beside this one, unless the
 * program that starts the threads says otherwise. `extract` runs as one CommonJS bundle with V8's code
 * cache (src/cli/extract-main.ts), and its threads then load that bundle and cache too
 * (src/cli/extract-thread.ts) instead of compiling the ES modules of the readers and parsers from source.
 */
import { fileURLToPath } from 'node:url';

let script = fileURLToPath(new URL('./document-thread.js', import.meta.url));

export const documentThreadScript = (): string => script;

export function useDocumentThreadScript(file: string): void {
  script = file;
}
