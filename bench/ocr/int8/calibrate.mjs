#!/usr/bin/env node
/**
 * Activation ranges for `scripts/paddle-models.py quantize`: the model made by `paddle-models.py
 * augment` (every tensor to calibrate an extra output, their names on its stdout) run on captured
 * batches (capture.mjs), every `every`-th one. Writes PREFIX-minmax.json (each tensor's least and
 * greatest value) and PREFIX-p0.9999.json, PREFIX-p0.99999.json (those percentiles of a pooled sample
 * of 3,000 values a tensor a batch, within min/max).
 *
 *   node bench/ocr/int8/calibrate.mjs AUGMENTED.onnx NAMES.json CAPDIR PREFIX [every]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ort = createRequire(import.meta.url)('onnxruntime-node');
const [model, namesFile, cap, prefix, everyArg] = process.argv.slice(2);
const every = Number(everyArg ?? 1);
const names = JSON.parse(readFileSync(namesFile, 'utf8'));
const index = JSON.parse(readFileSync(path.join(cap, 'index.json'), 'utf8')).filter((_, i) => i % every === 0);
const session = await ort.InferenceSession.create(model, { intraOpNumThreads: 1, enableCpuMemArena: false });
const lo = {}, hi = {}, pool = {};
let seed = 1;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
for (const { file, dims } of index) {
  const bytes = readFileSync(path.join(cap, file));
  const x = new ort.Tensor('float32', new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4), dims);
  const out = await session.run({ [session.inputNames[0]]: x }, names);
  for (const name of names) {
    const d = out[name].data;
    let a = lo[name] ?? Infinity, b = hi[name] ?? -Infinity;
    for (let i = 0; i < d.length; i++) {
      if (d[i] < a) a = d[i];
      if (d[i] > b) b = d[i];
    }
    lo[name] = a;
    hi[name] = b;
    const p = (pool[name] ??= []);
    for (let k = 0; k < 3000; k++) p.push(d[Math.floor(random() * d.length)]);
  }
}
const write = (tag, range) => writeFileSync(`${prefix}-${tag}.json`, JSON.stringify(Object.fromEntries(names.map((n) => [n, range(n)]))));
write('minmax', (n) => [lo[n], hi[n]]);
for (const q of [0.9999, 0.99999]) {
  write(`p${q}`, (n) => {
    const p = Float32Array.from(pool[n]).sort();
    return [Math.max(lo[n], p[Math.floor((1 - q) * (p.length - 1))]), Math.min(hi[n], p[Math.ceil(q * (p.length - 1))])];
  });
}
console.log(`${index.length} batches, ${names.length} tensors`);
