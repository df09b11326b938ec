#!/usr/bin/env node
/**
 * Two recognisers in the engine's form (`best` output, `keep` input) on the same captured batches
 * (capture.mjs), every `every`-th from `offset` (so batches not used to calibrate): the greedy CTC
 * readings compared line by line (characters as edits of the first model's reading) and each model's
 * CPU-ms in one thread, alternated batch by batch.
 *
 *   node bench/ocr/int8/compare.mjs REFERENCE.onnx CANDIDATE.onnx CAPDIR [every] [offset]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ort = createRequire(import.meta.url)('onnxruntime-node');
const [reference, candidate, cap, everyArg, offsetArg] = process.argv.slice(2);
const every = Number(everyArg ?? 1), offset = Number(offsetArg ?? 0);
const index = JSON.parse(readFileSync(path.join(cap, 'index.json'), 'utf8')).filter((_, i) => i % every === offset);
// As the engine runs them (src/ocr/paddle/paddle.ts loadModels).
const options = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', enableCpuMemArena: false, extra: { session: { intra_op: { allow_spinning: '0' } } } };
const [a, b] = await Promise.all([ort.InferenceSession.create(reference, options), ort.InferenceSession.create(candidate, options)]);
const keep = new ort.Tensor('int64', BigInt64Array.from([6624n]), [1]); // the space class
const decode = (best, steps, item) => {
  const chars = [];
  for (let t = 0, prev = 0; t < steps; t++) {
    const c = Number(best[item * steps + t]);
    if (c !== 0 && c !== prev) chars.push(c);
    prev = c;
  }
  return chars;
};
const edits = (s, t) => {
  const d = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    let diag = d[0];
    d[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const up = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, diag + (s[i - 1] === t[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return d[t.length];
};
const timed = async (session, feeds) => {
  const start = process.cpuUsage();
  const out = await session.run(feeds);
  const used = process.cpuUsage(start);
  return [out, (used.user + used.system) / 1000];
};
let lines = 0, changed = 0, chars = 0, edited = 0, cpuA = 0, cpuB = 0;
for (const { file, dims } of index) {
  const bytes = readFileSync(path.join(cap, file));
  const x = new ort.Tensor('float32', new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4), dims);
  const [outA, msA] = await timed(a, { x, keep });
  const [outB, msB] = await timed(b, { x, keep });
  cpuA += msA;
  cpuB += msB;
  const steps = outA.best.dims[1];
  for (let item = 0; item < dims[0]; item++) {
    const ref = decode(outA.best.data, steps, item);
    const e = edits(ref, decode(outB.best.data, steps, item));
    lines++;
    chars += ref.length;
    edited += e;
    if (e > 0) changed++;
  }
}
console.log(JSON.stringify({ batches: index.length, lines, changedLines: changed, chars, edits: edited, same: +(1 - edited / chars).toFixed(4), cpuMsReference: Math.round(cpuA), cpuMsCandidate: Math.round(cpuB), ratio: +(cpuA / cpuB).toFixed(3) }));
