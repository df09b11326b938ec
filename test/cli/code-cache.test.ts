/**
 * The CLI bundle run through V8's code cache (src/cli/code-cache.ts, as built in dist/): a first run compiles
 * it and writes the cache beside it, named by the bundle's hash; the next one takes it; a cache V8 rejects is
 * written again; another bundle never takes a cache made for this one.
 *
 * Each load is a process of its own, as each CLI run is: within one process V8 finds a script it compiled
 * before in its own memory and never looks at the cache.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, tmpDir } from '../helpers/cli.js';

const LOADER = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'code-cache.js')).href;

/** Loads the bundle in a new Node process; what it saw, and the cache written when `save`. */
function load(file: string, key: string, save = false): { cached: boolean; name: string; os: string; v?: number } {
  const script = `import { loadBundle } from ${JSON.stringify(LOADER)};
const b = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(key)});
const seen = { cached: b.cached, name: b.exports.name(), os: await b.exports.osLater(), v: b.exports.v };
if (process.argv.includes('save')) b.saveCache();
process.stdout.write(JSON.stringify(seen));`;
  // The same script text every time: `node -e` puts it among the Node options a cache's name depends on.
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, save ? 'save' : 'no'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }));
}

/** A CommonJS bundle as scripts/bundle-cli.mjs writes it: ASCII, its hash on the last line. */
function writeBundle(dir: string, hash: string, body = ''): string {
  const file = path.join(dir, 'main.cjs');
  fs.writeFileSync(file, `"use strict";${body}exports.name=()=>require("node:path").basename(__filename);` +
    `exports.osLater=()=>__invoicectlImport("node:os").then((m)=>typeof m.cpus);\n//# bundle=${hash}\n`);
  return file;
}

const caches = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.cache')).sort();

describe('loadBundle', () => {
  it('compiles a bundle without a cache, writes one named by its hash, and the next load takes it', () => {
    const dir = tmpDir('invoicectl-code-cache-');
    const file = writeBundle(dir, '0123456789abcdef');
    expect(load(file, 'extract')).toEqual({ cached: false, name: 'main.cjs', os: 'function' });
    expect(caches(dir)).toEqual([]);
    load(file, 'extract', true);
    const written = caches(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^main\\.0123456789abcdef\\.extract\\.(?:[0-9a-f]{8}\\.)?${process.version.replaceAll('.', '\\.')}-${process.arch}\\.cache$`));

    const bytes = fs.readFileSync(path.join(dir, written[0]!));
    expect(load(file, 'extract', true)).toEqual({ cached: true, name: 'main.cjs', os: 'function' });
    expect(fs.readFileSync(path.join(dir, written[0]!)).equals(bytes)).toBe(true);

    // Each kind of command has its own cache.
    expect(load(file, 'command').cached).toBe(false);
  });

  it('writes a cache V8 rejects again', () => {
    const dir = tmpDir('invoicectl-code-cache-');
    const file = writeBundle(dir, 'fedcba9876543210');
    load(file, 'extract', true);
    const [cache] = caches(dir);
    fs.writeFileSync(path.join(dir, cache!), Buffer.alloc(64, 7));
    expect(load(file, 'extract', true)).toEqual({ cached: false, name: 'main.cjs', os: 'function' });
    expect(load(file, 'extract').cached).toBe(true);
  });

  it('never gives a rebuilt bundle the cache of the one before, even at the same length', () => {
    const dir = tmpDir('invoicectl-code-cache-');
    load(writeBundle(dir, '1111111111111111', 'exports.v=1;'), 'extract', true);
    expect(load(writeBundle(dir, '2222222222222222', 'exports.v=2;'), 'extract')).toMatchObject({ cached: false, v: 2 });
  });
});
