/**
 * Page attributes of bad values: /Rotate that is not a multiple of 90 (NaN, 1e300, 45, a string) is 0,
 * as pdf.js reads it; a MediaBox that is not four finite numbers of a non-empty rectangle makes the file
 * PDF_CORRUPT with a clear message, never "has no pages", a library's exception text or a lost page.
 */
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';
// @ts-expect-error plain ESM scripts of bench/, without types
import { generateInputs } from '../../bench/fuzz/generate.mjs';

/** A PDF of `pages` pages (each with `page` in its dictionary), with a correct cross-reference table. */
function pdfWith(page: string, pages = 1): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, ...Array.from({ length: pages }, () => `<< /Type /Page /Parent 2 0 R ${page} >>`)];
  return pdfFromObjects(objects);
}

const good = () => ({ name: 'good.pdf', bytes: pdfWith('/MediaBox [0 0 595 842]') });

describe('page attributes of bad values', () => {
  it('places pages whose /Rotate is not a multiple of 90, unturned, and none is lost', async () => {
    for (const rotate of ['NaN', '1e300', '45', '(x)', '-Infinity']) {
      const result = await merge({ inputs: [{ name: 'r.pdf', bytes: pdfWith(`/MediaBox [0 0 595 842] /Rotate ${rotate}`, 3) }], layout: '1x1' });
      expect([rotate, result.documents[0].status, result.documents[0].pages, result.sheets]).toEqual([rotate, 'placed', 3, 3]);
    }
    const turned = await merge({ inputs: [{ name: 't.pdf', bytes: pdfWith('/MediaBox [0 0 595 842] /Rotate -270') }], layout: '1x1', orientation: 'landscape', margin: 0 });
    expect(turned.documents[0].status).toBe('placed');
  });

  it('refuses a page without a usable MediaBox with PDF_CORRUPT naming it, beside a good file', async () => {
    for (const box of ['[0 0 NaN 842]', '[0 0 1e400 842]', '[0 0 595]', '(abc)', '[0 0 0 842]', '[0 0 abc def]', 'null', '[/a /b /c /d]']) {
      const result = await merge({ inputs: [{ name: 'bad.pdf', bytes: pdfWith(`/MediaBox ${box}`) }, good()] });
      const [bad, ok] = result.documents;
      expect([box, bad.status, bad.error?.code]).toEqual([box, 'failed', 'PDF_CORRUPT']);
      expect(bad.error?.message).toMatch(/no usable size \(its MediaBox/);
      expect(ok.status).toBe('placed');
    }
  });

  it('a damaged file pdf-lib cannot copy is PDF_CORRUPT, not pdf-lib\'s exception (fuzz findings)', async () => {
    // Seed 29's inputs 382 (a spliced PDF: "Bad encoding in flate stream") and 792 (100 byte flips:
    // "Expected instance of PDFDict2, but got instance of PDFInvalidObject2") were INTERNAL_ERROR.
    const found = [...(await generateInputs({ seed: 29, from: 382, count: 383 })), ...(await generateInputs({ seed: 29, from: 792, count: 793 }))];
    expect(found.map((f: { how: string }) => f.how)).toEqual(['docling__normal_4pages.pdf spliced', 'docling__multi_page.pdf with 100 byte flips']);
    for (const input of found) {
      const result = await merge({ inputs: [{ name: input.name, bytes: input.bytes }, good()] });
      const [bad, ok] = result.documents;
      expect([bad.status, bad.error?.code]).toEqual(['failed', 'PDF_CORRUPT']);
      expect(bad.error?.message).toMatch(/is not a readable PDF: /);
      expect(ok.status).toBe('placed');
    }
  });

  it('reads a MediaBox whose corners are given the other way round', async () => {
    const result = await merge({ inputs: [{ name: 'flip.pdf', bytes: pdfWith('/MediaBox [595 842 0 0]') }] });
    expect(result.documents[0].status).toBe('placed');
  });
});
