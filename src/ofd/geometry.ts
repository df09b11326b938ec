/** Box, matrix and number-list parsing plus the little matrix algebra the renderer and text need. */
import type { Box, Matrix } from './types.js';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Whitespace-separated numbers; non-numbers become NaN and are dropped by the callers' checks. */
export function numbers(value: string | undefined): number[] {
  if (!value) return [];
  const out: number[] = [];
  for (const token of value.trim().split(/[\s,]+/)) if (token) out.push(Number(token));
  return out;
}

export function parseBox(value: string | undefined): Box | undefined {
  const n = numbers(value);
  if (n.length < 4 || n.some((v) => !Number.isFinite(v))) return undefined;
  return { x: n[0]!, y: n[1]!, width: n[2]!, height: n[3]! };
}

export function parseMatrix(value: string | undefined): Matrix | undefined {
  const n = numbers(value);
  if (n.length < 6 || n.some((v) => !Number.isFinite(v))) return undefined;
  return [n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!];
}

/** `first` then `second` (row-vector convention: p · first · second). */
export function multiply(first: Matrix, second: Matrix): Matrix {
  const [a, b, c, d, e, f] = first;
  const [A, B, C, D, E, F] = second;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Maps object space to the parent space: the object's CTM, then the Boundary origin. */
export function objectMatrix(boundary: Box, ctm: Matrix | undefined): Matrix {
  const translate: Matrix = [1, 0, 0, 1, boundary.x, boundary.y];
  return ctm ? multiply(ctm, translate) : translate;
}
