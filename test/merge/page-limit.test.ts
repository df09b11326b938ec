/**
 * A PDF over limits.maxPages is refused with the same error whichever reader opens it: the lean reader
 * (a merge that draws only the pages), pdf-lib objects read lazily (one that draws labels), and pdf-lib's
 * full parse of a file the lazy reader does not take (its cross-reference offset points nowhere).
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';

async function pdfOfPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([200, 300]).drawText(`page ${i + 1}`, { x: 20, y: 150 });
  return doc.save({ useObjectStreams: false });
}

/** The file with its startxref pointing past the end: only a reader that scans the file opens it. */
function wrongStartxref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  return Buffer.from(text.replace(/startxref\s+\d+/, `startxref\n${bytes.length + 1000}`), 'latin1');
}

describe('merge and limits.maxPages', () => {
  const expected = { code: 'PAGE_LIMIT_EXCEEDED', message: 'long.pdf has 3 pages, over the limit of 2', details: { pages: 3, limit: 2 } };

  it.each([
    ['the lean reader', {}, false],
    ['the lean reader, repairing the cross-reference data', {}, true],
    ['pdf-lib objects read lazily, drawing labels', { labels: true }, false],
    ["pdf-lib's full parse, drawing labels", { labels: true }, true],
  ])('refuses a longer PDF through %s and places the others', async (_, extra, damaged) => {
    const long = await pdfOfPages(3);
    const result = await merge({
      inputs: [{ name: 'long.pdf', bytes: damaged ? wrongStartxref(long) : long }, { name: 'two.pdf', bytes: await pdfOfPages(2) }],
      limits: { maxPages: 2 },
      cache: null,
      ...extra,
    });
    expect(result.documents.map((d) => [d.file, d.status, d.pages])).toEqual([
      ['long.pdf', 'failed', 0],
      ['two.pdf', 'placed', 2],
    ]);
    expect(result.documents[0].error).toEqual(expected);
  });
});
