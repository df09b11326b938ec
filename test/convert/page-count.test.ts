/**
 * One page model for every command: a PDF whose /Count disagrees with the kids of its page tree has the
 * pages the kids hold, in convert (PNG, text) as in merge and extract.
 */
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { extract } from '../../src/api/extract.js';
import { merge } from '../../src/api/merge.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';

/** Three pages, each showing "Page number N", under a root whose /Count is `count`. */
function pdfCounting(count: number): Uint8Array {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count ${count} >>`];
  for (let n = 1; n <= 3; n++) objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents ${5 + n} 0 R /Resources << /Font << /F1 9 0 R >> >> >>`);
  for (let n = 1; n <= 3; n++) {
    const content = `BT /F1 18 Tf 20 100 Td (Page number ${n}) Tj ET`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  }
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  return pdfFromObjects(objects);
}

describe('a PDF whose /Count disagrees with its kids', () => {
  for (const count of [0, 1, 2, 9]) {
    it(`/Count ${count} with 3 kids: 3 pages in convert --to txt and --to png, merge and extract`, async () => {
      const input = { name: 'count.pdf', bytes: pdfCounting(count) };
      const text = await convert({ inputs: [input], to: 'txt' });
      const txt = Buffer.from(text.files[0].outputs[0]?.bytes ?? []).toString();
      expect(txt.match(/Page number \d/g)).toEqual(['Page number 1', 'Page number 2', 'Page number 3']);
      const png = await convert({ inputs: [input], to: 'png', options: { imageOptions: { dpi: 20 } } });
      expect(png.files[0].outputs.map((o) => o.name)).toEqual(['count-1.png', 'count-2.png', 'count-3.png']);
      const merged = await merge({ inputs: [input] });
      expect(merged.documents[0].pages).toBe(3);
      const { results } = await extract({ inputs: [input], ocr: false });
      expect(results[0].pages).toBe(3);
    });
  }
});
