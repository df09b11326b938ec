/**
 * Runs a CommonJS bundle of the CLI (dist/cli-bundle/extract.cjs, scripts/bundle-cli.mjs) with V8's code
 * cache.
 *
 * A one-invoice `extract` spent about a third of its instructions parsing and compiling our code, every
 * run anew: Node 20 caches the compiled code of its own modules, not of ours. V8 can save what it has
 * compiled (`script.createCachedData()`, after the run, so the functions the run called are in it) and
 * start from that the next time (`cachedData`), skipping the parse and the compiles. `npm run build`
 * writes the cache (scripts/warm-cli-cache.mjs); a process that finds none, or one V8 rejects (another
 * Node, other V8 flags), runs as before and writes one when its command is done.
 *
 * A cache belongs to the bundle's bytes (V8 itself checks only their length), the V8 flags of the process
 * (V8 rejects a cache made under other flags: `key` names the caller's set), the Node options that could
 * change them, and the Node that made it: all are in its file name, beside the bundle. Writing it is best
 * effort: an install the user cannot write to runs without one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

export interface LoadedBundle<T> {
  exports: T;
  /** Whether V8 took the code cache (else the bundle was compiled from its source). */
  cached: boolean;
  /** Writes the code cache if there was none the process could use; call when the command is done. */
  saveCache(): void;
}

export function loadBundle<T>(file: string, key: string): LoadedBundle<T> {
  // ASCII only (the build checks it), so Latin-1 reads it as it is, without decoding UTF-8.
  const source = fs.readFileSync(file, 'latin1');
  const cacheFile = cacheFileOf(file, source, key);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // none yet: compiled from the source, and saved when the command is done
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __invoicectlImport) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), importPackage);
  const cached = cachedData !== undefined && script.cachedDataRejected !== true;
  return { exports: module.exports, cached, saveCache: () => { if (!cached) writeAtomically(cacheFile, script.createCachedData()); } };
}

/**
 * The bundle's import() of a package (pdfjs-dist is ES modules only) or of a file URL: a script from a
 * code cache has none of its own (scripts/bundle-cli.mjs, `forCommonJs`). Packages resolve from here
 * as from the bundle: both are in dist/, under the same node_modules.
 */
const importPackage = (specifier: string): Promise<unknown> => import(specifier);

/** extract.cjs → extract.<bundle hash>.<key>[.<options hash>].<node version>.cache, beside it. */
function cacheFileOf(file: string, source: string, key: string): string {
  const bundle = /\n\/\/# bundle=([0-9a-f]+)\n$/.exec(source)?.[1] ?? String(source.length);
  // Node options can set V8 flags; a cache made under them is kept apart from the plain one.
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ').trim();
  const optionsTag = options === '' ? '' : `.${createHash('sha256').update(options).digest('hex').slice(0, 8)}`;
  return path.join(path.dirname(file), `${path.basename(file, '.cjs')}.${bundle}.${key}${optionsTag}.${process.version}-${process.arch}.cache`);
}

function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
