/**
 * pdf.js's legacy build replaces process-wide state when it loads (core-js: JSON.parse/stringify,
 * Array.prototype.push; globals `self`, `navigator`). A server shares its main thread with everything,
 * so the built library must keep pdf.js on its own threads: after every operation that reads PDFs with
 * pdf.js (text, rendering for OCR, conversions to text and images), the main thread is as it was.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SCRIPT = `
const before = { parse: JSON.parse, stringify: JSON.stringify, push: Array.prototype.push, self: typeof self, navigator: typeof navigator, withResolvers: typeof Promise.withResolvers };
const lib = await import(${JSON.stringify(path.join(ROOT, 'dist', 'index.js'))});
const pdf = ${JSON.stringify(path.join(ROOT, 'fixtures', 'invoices', '交通', 'ride-kuaida-shudian.pdf'))};
const extracted = await lib.extract({ inputs: [pdf], cache: null, concurrency: 1 });
const text = await lib.convert({ inputs: [pdf], to: 'txt' });
const images = await lib.convert({ inputs: [pdf], to: 'png', options: { imageOptions: { dpi: 50 } } });
const after = { parse: JSON.parse, stringify: JSON.stringify, push: Array.prototype.push, self: typeof self, navigator: typeof navigator, withResolvers: typeof Promise.withResolvers };
console.log(JSON.stringify({
  same: Object.keys(before).filter((k) => before[k] === after[k]),
  number: extracted.results[0].invoice?.number,
  textBytes: text.files?.[0]?.outputs?.[0]?.bytes?.length ?? null,
  pngBytes: images.files?.[0]?.outputs?.[0]?.bytes?.length ?? null,
}));
`;

describe('pdf.js stays off the main thread', () => {
  it('extract and convert leave JSON, Array.prototype.push and the globals as they were', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8' });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    expect(result.same.sort()).toEqual(['navigator', 'parse', 'push', 'self', 'stringify', 'withResolvers']);
    // ...and the operations did their work.
    expect(result.number).toBe('24112000000145678901');
    expect(result.textBytes).toBeGreaterThan(100);
    expect(result.pngBytes).toBeGreaterThan(1000);
  });
});
