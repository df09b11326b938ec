/**
 * Preloaded with `node --import` through NODE_OPTIONS (runCliLoading in cli.ts): appends the URL of
 * every module the process's main thread loads to the file named by INVOICECTL_LOADED_MODULES, through
 * Node's module customization hooks, which see each module as it is loaded, the lazily imported ones
 * too. A Node process it starts inherits NODE_OPTIONS, and its modules are recorded as well.
 */
import fs from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

let file;

export function initialize(data) {
  file = data.file;
}

export async function load(url, context, nextLoad) {
  fs.appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}

if (isMainThread && process.env.INVOICECTL_LOADED_MODULES) register(import.meta.url, { data: { file: process.env.INVOICECTL_LOADED_MODULES } });
