/**
 * Loads jsqr (a 10,000-line webpack bundle) with its Shift-JIS table built on first use.
 *
 * Why: 7,000 of its lines are one object literal, the table of QR codes' Kanji mode, which its bundle
 * builds when it loads: ~9 of the ~12 ms of CPU requiring it costs a process, for a mode no invoice
 * code uses (they are numeric and byte segments). The table's text is kept as a string and evaluated
 * the first time a Kanji segment reads it; the rest of the bundle runs unchanged. When the bundle is not
 * laid out so (another jsqr version), it is required as it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type jsQRModule from 'jsqr';

export type JsQR = typeof jsQRModule.default;

const TABLE = 'exports.shiftJISTable = {';

export function loadJsQR(): { jsQR: JsQR; shiftJisTable: () => Record<number, number> | undefined } {
  const require = createRequire(import.meta.url);
  const file = require.resolve('jsqr');
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(TABLE);
  const end = at < 0 ? -1 : source.indexOf('\n};', at);
  if (at < 0 || end < 0 || source.includes(TABLE, at + 1)) {
    const exports = require('jsqr') as { default?: unknown };
    return { jsQR: (exports.default ?? exports) as JsQR, shiftJisTable: () => undefined };
  }
  const tableText = source.slice(at + TABLE.length - 1, end + 2);
  let table: Record<number, number> | undefined;
  const shiftJisTable = () => (table ??= vm.runInThisContext(`(${tableText})`, { filename: file }) as Record<number, number>);
  const body = `${source.slice(0, at)}Object.defineProperty(exports, 'shiftJISTable', { enumerable: true, get: shiftJisTable });${source.slice(end + 3)}`;
  const module: { exports: { default?: unknown } } = { exports: {} };
  const run = vm.runInThisContext(`(function (exports, module, require, shiftJisTable) {${body}\n})`, { filename: file }) as (...args: unknown[]) => void;
  run(module.exports, module, require, shiftJisTable);
  return { jsQR: (module.exports.default ?? module.exports) as JsQR, shiftJisTable };
}
