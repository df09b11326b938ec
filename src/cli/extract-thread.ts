/**
 * A document thread of `extract` (src/extract/document-threads.ts, started by src/cli/extract-main.ts):
 * the thread runs the CommonJS bundle of `extract` from its code cache (src/cli/code-cache.ts), as the
 * calling thread does, and from it the document thread's loop (src/extract/document-thread.ts). From its
 * ES modules each thread parsed and compiled the lean reader and the parsers from source, and compiled
 * each function again on its first call (bench/extract/README.md, "Document threads from the code cache,
 * 2026-11-26 (night)").
 */
import { fileURLToPath } from 'node:url';
import { loadBundle } from './code-cache.js';

const bundle = loadBundle<{ documentThread(): Promise<unknown> }>(fileURLToPath(new URL('../cli-bundle/extract.cjs', import.meta.url)), 'extract');
await bundle.exports.documentThread();
