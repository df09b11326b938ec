#!/usr/bin/env node
/**
 * The recogniser's input batches as the engine makes them, captured while the fused models read page
 * images (one thread, as a worker of the OCR process): the material to calibrate and to compare int8
 * recognisers on (see bench/ocr/README.md, "int8 recogniser").
 *
 *   npm run build && node bench/ocr/int8/capture.mjs OUTDIR PAGE.jpg...
 *
 * Writes OUTDIR/NNNNN.bin (the float32 input, [batch, 3, 48, width]) and OUTDIR/index.json (each file's
 * dims and page). Use pages that no accuracy set scores (supplier-pages scans, fixtures).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, ...pages] = process.argv.slice(2);
if (!out || pages.length === 0) throw new Error('usage: capture.mjs OUTDIR PAGE.jpg...');
mkdirSync(out, { recursive: true });
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const { loadModels, readPage } = await import(pathToFileURL(path.join(root, 'dist/ocr/paddle/paddle.js')).href);
const models = await loadModels(1, 'fused');
const run = models.rec.run.bind(models.rec);
const index = [];
let page = '';
models.rec.run = async (feeds, ...rest) => {
  const x = feeds[models.rec.inputNames[0]];
  const file = `${String(index.length).padStart(5, '0')}.bin`;
  writeFileSync(path.join(out, file), Buffer.from(x.data.buffer, x.data.byteOffset, x.data.byteLength));
  index.push({ file, dims: x.dims, page });
  return run(feeds, ...rest);
};
for (const image of pages) {
  page = path.basename(image);
  await readPage(models, new Uint8Array(readFileSync(image)), {}, false);
}
writeFileSync(path.join(out, 'index.json'), JSON.stringify(index));
console.log(`${index.length} batches from ${pages.length} pages`);
