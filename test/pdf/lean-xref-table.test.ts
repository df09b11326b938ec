/**
 * Cross-reference tables as the lean reader reads them: entries in the standard 20-byte layout are read
 * by position, anything laid out otherwise (a one-byte end of line, extra spaces) as tokens. Both must
 * give the same entries, and every object must be found where its entry says.
 */
import { describe, expect, it } from 'vitest';
import { LeanDocument } from '../../src/pdf/lean/document.js';
import { Ref } from '../../src/pdf/lean/syntax.js';

/**
 * Objects 1..n (each `<< /N i >>`), then a table written by `entry` (offset, kind) with the end of line
 * `eol`, in subsections of `split` entries; object 3 is free when `freeThree`.
 */
function buildPdf(n: number, options: { eol: string; entry?: (offset: number, gen: number, kind: string) => string; split?: number; freeThree?: boolean }): Uint8Array {
  const entry = options.entry ?? ((offset, gen, kind) => `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} ${kind}`);
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  for (let i = 1; i <= n; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n<< /N ${i} >>\nendobj\n`;
  }
  const xref = out.length;
  out += 'xref\n';
  const split = options.split ?? n + 1;
  for (let start = 0; start <= n; start += split) {
    const count = Math.min(split, n + 1 - start);
    out += `${start} ${count}\n`;
    for (let num = start; num < start + count; num++) {
      const free = num === 0 || (options.freeThree && num === 3);
      out += entry(free ? 0 : offsets[num], free ? 65535 : 0, free ? 'f' : 'n') + options.eol;
    }
  }
  out += `trailer\n<< /Size ${n + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function entries(doc: LeanDocument, n: number) {
  return Array.from({ length: n + 1 }, (_, num) => doc.entry(num));
}

describe('lean reader: cross-reference tables', () => {
  const n = 12;
  const standard = new LeanDocument(buildPdf(n, { eol: '\r\n', freeThree: true }));

  it('reads standard 20-byte entries: offsets, free entries, the objects where they say', () => {
    expect(standard.entry(0)).toEqual({ offset: 0 });
    expect(standard.entry(3)).toEqual({ offset: 0 });
    for (let num = 1; num <= n; num++) {
      if (num === 3) continue;
      expect(standard.dict(new Ref(num, 0))?.get('N')).toBe(num);
    }
    expect(standard.trailer.get('Size')).toBe(n + 1);
  });

  it.each([
    ['space + LF', { eol: ' \n' }],
    ['space + CR', { eol: ' \r' }],
    ['LF only (19-byte entries)', { eol: '\n' }],
    ['CR only', { eol: '\r' }],
    ['several subsections', { eol: '\r\n', split: 5 }],
    ['several subsections, LF only', { eol: '\n', split: 4 }],
    ['extra spaces inside entries', { eol: '\r\n', entry: (o: number, g: number, k: string) => `${o}  ${g}   ${k}` }],
  ])('gives the same entries with %s', (_name, layout) => {
    const doc = new LeanDocument(buildPdf(n, { ...layout, freeThree: true }));
    expect(entries(doc, n)).toEqual(entries(standard, n));
    expect(doc.dict(new Ref(n, 0))?.get('N')).toBe(n);
  });

  it('switches to tokens mid-subsection when an entry is laid out otherwise', () => {
    let i = 0;
    // Every entry standard but the seventh, which has a one-byte end of line written as a short offset.
    const doc = new LeanDocument(buildPdf(n, { eol: '\r\n', freeThree: true, entry: (o, g, k) => (i++ === 7 ? `${o} ${g} ${k}` : `${String(o).padStart(10, '0')} ${String(g).padStart(5, '0')} ${k}`) }));
    expect(entries(doc, n)).toEqual(entries(standard, n));
  });

  it('lists no object for an entry of an unknown kind, as the token reader did', () => {
    const bytes = Buffer.from(buildPdf(3, { eol: '\r\n' })).toString('latin1').replace(/ 00000 n/, ' 00000 x');
    const doc = new LeanDocument(new Uint8Array(Buffer.from(bytes, 'latin1')));
    expect(doc.entry(1)).toBeUndefined();
    expect(doc.dict(new Ref(2, 0))?.get('N')).toBe(2);
  });
});
