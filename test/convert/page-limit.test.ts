/** convert honours limits.maxPages as merge and extract do: a 5,000-page PDF is refused, not rendered for minutes. */
import { PDFDocument } from 'pdf-lib';
import { expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { defaultConfig } from '../../src/config/defaults.js';

async function pdfOfPages(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([200, 100]).drawText(`page ${i + 1}`, { x: 10, y: 50, size: 12 });
  return doc.save();
}

it('refuses a PDF over the page limit with PAGE_LIMIT_EXCEEDED and converts one at the limit', async () => {
  const limits = { ...defaultConfig().limits, maxPages: 3 };
  const result = await convert({ inputs: [{ name: 'four.pdf', bytes: await pdfOfPages(4) }, { name: 'three.pdf', bytes: await pdfOfPages(3) }], to: 'txt', limits });
  const [four, three] = result.files;
  expect(four.status).toBe('failed');
  expect(four.error).toMatchObject({ code: 'PAGE_LIMIT_EXCEEDED', message: 'four.pdf has 4 pages, over the limit of 3' });
  expect(three.status).toBe('converted');
  expect(Buffer.from(three.outputs[0].bytes!).toString('utf8')).toContain('page 3');
});
