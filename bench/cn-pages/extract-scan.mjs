#!/usr/bin/env node
/**
 * One page of pages/, scanned as `run.mjs --scan` scans it, read by the library's `extract` with no
 * cache and no OCR cache: the whole reading's cost, for `/usr/bin/time` to measure. The OCR process is
 * closed and reaped before exit, so its CPU time counts in this process's. Run `run.mjs` first (it
 * prints the pages this one scans).
 *
 *   npm run build && node bench/cn-pages/run.mjs --only NAME [--faces song-kai]
 *   /usr/bin/time -f "%U %S %e" node bench/cn-pages/extract-scan.mjs NAME [--faces song-kai] [--dist DIR]
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scanned } from '../scanned.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const name = process.argv[2];
const faces = arg('--faces');
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
// The folder run.mjs prints the pages into (one per checkout).
const out = path.join(process.env.TMPDIR ?? '/tmp', `invoicectl-cn-pages-${createHash('sha256').update(here).digest('hex').slice(0, 16)}`);
const input = await scanned(path.join(out, `${name}${faces ? `.${faces}` : ''}.pdf`), { name, tmp: out });
const { extract } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const { results } = await extract({ inputs: [{ name: `${name}.${input.ext}`, bytes: new Uint8Array(input.bytes) }], concurrency: 1 });
console.log(`${name}: ${results[0].status}`, results[0].checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message}`).join(' | '));
const { sharedPaddleEngine } = await import(pathToFileURL(path.join(dist, 'ocr/engines.js')).href);
await sharedPaddleEngine().dispose();
// The OCR process's exit, reaped before this one's.
await new Promise((resolve) => setTimeout(resolve, 500));
process.exit(0);
