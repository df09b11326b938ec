import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { createPdfToImagesConverter } from '../../src/convert/pdf-to-images.js';
import { readImageHeader } from '../../src/core/image/image-header.js';
import { InvoicectlError } from '../../src/core/errors.js';

/** Three pages: A4 portrait, A4 landscape, 200×100 pt; each with a black box at its top-left. */
async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [w, h] of [[595.28, 841.89], [841.89, 595.28], [200, 100]]) {
    const page = doc.addPage([w, h]);
    page.drawRectangle({ x: 0, y: h - 50, width: 50, height: 50, color: rgb(0, 0, 0) });
    page.drawText(`page ${doc.getPageCount()}`, { x: 60, y: h - 30, size: 12, font });
  }
  return doc.save();
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof InvoicectlError ? e.code : String(e)));

describe('PDF → images', async () => {
  const conv = createPdfToImagesConverter();
  const pdf = await samplePdf();

  it('one PNG per page, sized by dpi', async () => {
    const outs = await conv.convert({ bytes: pdf, name: 'inv.pdf' }, 'png', { imageOptions: { dpi: 150 } }, {});
    expect(outs.map((o) => o.name)).toEqual(['inv-1.png', 'inv-2.png', 'inv-3.png']);
    expect(outs.every((o) => o.mime === 'image/png')).toBe(true);
    const dims = outs.map((o) => readImageHeader(o.bytes));
    expect(dims[0]).toMatchObject({ kind: 'png', width: 1240, height: 1754 });
    expect(dims[1]).toMatchObject({ width: 1754, height: 1240 });
    expect(dims[2]).toMatchObject({ width: 417, height: 208 });
    // Content, not just size: the black box is at the top-left, white elsewhere.
    const img = await loadImage(Buffer.from(outs[2].bytes));
    const canvas = createCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    expect([...ctx.getImageData(20, 20, 1, 1).data.slice(0, 3)]).toEqual([0, 0, 0]);
    expect([...ctx.getImageData(400, 200, 1, 1).data.slice(0, 3)]).toEqual([255, 255, 255]);
  });

  it('defaults to 300 dpi; quality low renders at 96', async () => {
    const [hi] = await conv.convert({ bytes: pdf, name: 'a.pdf' }, 'png', { pages: '3' }, {});
    expect(readImageHeader(hi.bytes)).toMatchObject({ width: 833, height: 417 });
    const [lo] = await conv.convert({ bytes: pdf, name: 'a.pdf' }, 'png', { pages: '3', quality: 'low' }, {});
    expect(readImageHeader(lo.bytes)).toMatchObject({ width: 267, height: 133 });
  });

  it('JPEG with quality; pages selection incl. open range', async () => {
    const outs = await conv.convert({ bytes: pdf, name: 'a.pdf' }, 'jpg', { pages: '2-', imageOptions: { dpi: 72, quality: 95 } }, {});
    expect(outs.map((o) => o.name)).toEqual(['a-2.jpg', 'a-3.jpg']);
    expect(readImageHeader(outs[0].bytes)).toMatchObject({ kind: 'jpg', width: 842, height: 595 });
    const [small] = await conv.convert({ bytes: pdf, name: 'a.pdf' }, 'jpg', { pages: '2', imageOptions: { dpi: 72, quality: 10 } }, {});
    expect(small.bytes.length).toBeLessThan(outs[0].bytes.length);
  });

  it('errors: page out of range, contradictory format, corrupt PDF, too many pixels', async () => {
    expect(await codeOf(conv.convert({ bytes: pdf, name: 'a.pdf' }, 'png', { pages: '4' }, {}))).toBe('INVALID_OPTION');
    expect(await codeOf(conv.convert({ bytes: pdf, name: 'a.pdf' }, 'png', { imageOptions: { format: 'jpg' } }, {}))).toBe('INVALID_OPTION');
    expect(await codeOf(conv.convert({ bytes: new TextEncoder().encode('%PDF-1.4 garbage'), name: 'a.pdf' }, 'png', {}, {}))).toBe('PDF_CORRUPT');
    expect(await codeOf(conv.convert({ bytes: pdf, name: 'a.pdf' }, 'png', { imageOptions: { dpi: 2400 }, maxImagePixels: 10_000_000 }, {}))).toBe('IMAGE_TOO_LARGE');
  });
});
