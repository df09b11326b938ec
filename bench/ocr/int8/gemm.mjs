#!/usr/bin/env node
/**
 * CPU-ms of one 1x1 convolution 480 -> 480 over [8, 480, 6, 200] (2.21 G multiply-adds) in each form of
 * gemm-models.py, one thread, after 3 warm runs; run it as the OCR process runs its models:
 *
 *   /usr/bin/python3 bench/ocr/int8/gemm-models.py /tmp/gemm
 *   GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node bench/ocr/int8/gemm.mjs /tmp/gemm [reps]
 */
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const ort = require('onnxruntime-node');
const C=480, N=8, H=6, W=200, M=N*H*W;
const cases = [
  ['fp32 Conv', 'fp32.onnx', 'float32', [N,C,H,W]],
  ['fp32 MatMul', 'matmul.onnx', 'float32', [M,C]],
  ['QLinearConv u8s8', 'qlinear.onnx', 'uint8', [N,C,H,W]],
  ['QDQ Conv (fused by ORT)', 'qdq.onnx', 'float32', [N,C,H,W]],
  ['ConvInteger u8s8', 'convint.onnx', 'uint8', [N,C,H,W]],
  ['MatMulInteger u8s8', 'matmulint.onnx', 'uint8', [M,C]],
  ['QLinearMatMul u8s8', 'qlmatmul.onnx', 'uint8', [M,C]],
  ['Dynamic: DQL+MatMulInteger', 'dynmatmul.onnx', 'float32', [M,C]],
];
const [dir, repsArg] = process.argv.slice(2);
const reps = Number(repsArg ?? 20);
for (const [label, file, type, shape] of cases) {
  const s = await ort.InferenceSession.create(path.join(dir, file), { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', enableCpuMemArena: false, graphOptimizationLevel: 'all' });
  const n = shape.reduce((a,b)=>a*b);
  const data = type === 'float32' ? Float32Array.from({length:n}, (_, i) => Math.sin(i)*1.5) : Uint8Array.from({length:n}, (_, i) => (i*2654435761>>>24)&255);
  const t = new ort.Tensor(type, data, shape);
  for (let i=0;i<3;i++) await s.run({ x: t });
  const c0 = process.cpuUsage(); const w0 = performance.now();
  for (let i=0;i<reps;i++) await s.run({ x: t });
  const c = process.cpuUsage(c0); const w = performance.now()-w0;
  const cpu = (c.user+c.system)/1000/reps;
  const gmac = M*C*C/1e9;
  console.log(`${label.padEnd(30)} ${cpu.toFixed(1).padStart(7)} CPU-ms  ${(w/reps).toFixed(1).padStart(7)} wall-ms  ${(gmac/(cpu/1000)).toFixed(1)} G MAC/s`);
}
