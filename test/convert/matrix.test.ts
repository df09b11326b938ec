import { afterAll, describe, expect, it } from 'vitest';
import { ConversionRegistry, createDefaultRegistry } from '../../src/convert/matrix.js';
import { createImagesToPdfConverter } from '../../src/convert/images-to-pdf.js';
import { createPdfToImagesConverter } from '../../src/convert/pdf-to-images.js';
import { readImageHeader } from '../../src/core/image/image-header.js';
import type { Converter } from '../../src/convert/types.js';
import { InvoicectlError } from '../../src/core/errors.js';
import { docxFromMarkdown, pdfPageSizes, pdfText } from './helpers.js';

const registry = createDefaultRegistry({ libreoffice: { size: 1 } });
afterAll(() => registry.dispose());

describe('conversion matrix', () => {
  it('lists direct and chained paths with engines and availability', async () => {
    const list = await registry.listConversions();
    const find = (from: string, to: string) => list.find((p) => p.from === from && p.to === to);
    expect(find('docx', 'pdf')).toMatchObject({ available: true, steps: [{ converter: 'libreoffice', engine: 'libreoffice' }] });
    expect(find('png', 'pdf')).toMatchObject({ available: true, steps: [{ converter: 'images-to-pdf', engine: 'native' }] });
    expect(find('pdf', 'jpg')?.steps.map((s) => s.converter)).toEqual(['pdf-to-images']);
    expect(find('docx', 'tex')?.steps.map((s) => s.converter)).toEqual(['pandoc']);
    expect(find('md', 'pdf')?.steps.map((s) => `${s.converter}:${s.from}->${s.to}`)).toEqual(['pandoc:md->docx', 'libreoffice:docx->pdf']);
    expect(find('xlsx', 'png')?.steps.map((s) => s.converter)).toEqual(['libreoffice', 'pdf-to-images']);
    expect(find('ofd', 'png')?.steps.map((s) => s.converter)).toEqual(['ofd-to-pdf', 'pdf-to-images']);
    expect(find('ofd', 'txt')?.steps.map((s) => s.converter)).toEqual(['ofd-to-pdf', 'pdf-to-text']);
    // PDF → Word goes through the text (reading order, headings as Markdown), then pandoc.
    expect(find('pdf', 'docx')?.steps.map((s) => `${s.converter}:${s.from}->${s.to}`)).toEqual(['pdf-to-text:pdf->md', 'pandoc:md->docx']);
    expect(find('pdf', 'xlsx')).toBeUndefined();
  });

  it('text extraction is only a first or last step: no spreadsheet → PDF → text → Word', () => {
    expect(registry.findPath('xlsx', 'txt')?.map((s) => s.converter.id)).toEqual(['libreoffice', 'pdf-to-text']);
    expect(registry.findPath('xlsx', 'docx')).toBeUndefined();
    expect(registry.findPath('ofd', 'docx')).toBeUndefined();
  });

  it('OCR is routed by option: through the OCR converter, options split between the steps', async () => {
    const via = (from: string, to: string) => registry.ocrPath(from, to)?.map((s) => `${s.converter.id}:${s.from}->${s.to}`);
    expect(via('png', 'pdf')).toEqual(['ocr:png->pdf']);
    expect(via('pdf', 'pdf')).toEqual(['ocr:pdf->pdf']);
    expect(via('ofd', 'pdf')).toEqual(['ofd-to-pdf:ofd->pdf', 'ocr:pdf->pdf']);
    expect(via('jpg', 'txt')).toEqual(['ocr:jpg->pdf', 'pdf-to-text:pdf->txt']);
    expect(via('pdf', 'docx')).toEqual(['ocr:pdf->pdf', 'pdf-to-text:pdf->md', 'pandoc:md->docx']);
    // Without OCR the OCR converter is never chosen, and text from pixels is refused rather than empty.
    expect((await registry.plan('png', 'pdf')).steps.map((s) => s.converter.id)).toEqual(['images-to-pdf']);
    await expect(registry.plan('png', 'txt')).rejects.toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('OCR') });
    // OCR into pixels has nowhere to put its text.
    await expect(registry.plan('pdf', 'png', { ocrEnabled: true })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
    const plan = await registry.plan('docx', 'pdf', { ocrEnabled: true });
    expect(plan.steps.map((s) => s.converter.id)).toEqual(['libreoffice', 'ocr']);
    expect(plan.engines.find((e) => e.converter === 'ocr')?.version).toMatch(/tesseract\.js \d/);
  });

  it('reports engine health per converter', async () => {
    const h = await registry.health();
    expect(h.map((x) => x.id)).toEqual(['images-to-pdf', 'pdf-to-images', 'ofd-to-pdf', 'pdf-to-text', 'pandoc', 'libreoffice', 'ocr', 'einvoice']);
    expect(h.every((x) => x.ok)).toBe(true);
    expect(h.find((x) => x.id === 'libreoffice')?.version).toMatch(/^\d+\.\d+/);
    expect(h.find((x) => x.id === 'pandoc')?.version).toMatch(/^\d+\.\d+/);
  });

  it('md → pdf through pandoc and LibreOffice', async () => {
    const md = new TextEncoder().encode('# Chained\n\nMarkdown to PDF via DOCX.\n');
    const [pdf] = await registry.convert({ bytes: md, name: 'notes.md' }, 'pdf', { pageSize: 'A4' });
    expect(pdf.name).toBe('notes.pdf');
    expect(pdfText(pdf.bytes)).toContain('Markdown to PDF via DOCX.');
    const [size] = await pdfPageSizes(pdf.bytes);
    expect(size.width).toBeCloseTo(595.3, 0);
  });

  it('docx → png (LibreOffice, then pdf.js) with options for the last step; `from` overrides the name', async () => {
    const docx = docxFromMarkdown('Rendered page\n');
    const pngs = await registry.convert({ bytes: docx, name: 'upload' }, 'png', { imageOptions: { dpi: 72 } }, { from: 'docx' });
    expect(pngs.map((p) => p.name)).toEqual(['upload-1.png']);
    expect(readImageHeader(pngs[0].bytes)).toMatchObject({ kind: 'png', width: 612, height: 792 }); // pandoc's DOCX is US Letter
  });

  it('normalises format spellings (JPEG, .tif, markdown)', () => {
    expect(registry.findPath('JPEG', 'pdf')?.map((s) => s.converter.id)).toEqual(['images-to-pdf']);
    expect(registry.findPath('.tif', 'PDF')?.map((s) => s.converter.id)).toEqual(['images-to-pdf']);
    expect(registry.findPath('markdown', 'docx')?.map((s) => s.converter.id)).toEqual(['pandoc']);
  });

  it('unsupported path → UNSUPPORTED_CONVERSION listing what the input can become', async () => {
    const err = await registry.convert({ bytes: new Uint8Array([1]), name: 'a.pdf' }, 'xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvoicectlError);
    const e = err as InvoicectlError;
    expect(e.code).toBe('UNSUPPORTED_CONVERSION');
    expect(e.message).toBe('cannot convert pdf to xlsx; pdf can become: cii, doc, docx, facturx, html, jpg, json, md, odt, png, rtf, tex, txt, ubl, xrechnung');
    expect(e.details).toMatchObject({ from: 'pdf', to: 'xlsx', targets: ['cii', 'doc', 'docx', 'facturx', 'html', 'jpg', 'json', 'md', 'odt', 'png', 'rtf', 'tex', 'txt', 'ubl', 'xrechnung'] });
    const unknown = await registry.convert({ bytes: new Uint8Array([1]), name: 'a.xyz' }, 'pdf').catch((x: unknown) => x as InvoicectlError);
    expect(unknown.code).toBe('UNSUPPORTED_CONVERSION');
    expect(unknown.message).toContain('supported sources: csv, doc, docx');
  });

  it('registerConverter is the hook for later paths (e.g. OFD → PDF), which then chain', async () => {
    const r = new ConversionRegistry();
    r.register(createPdfToImagesConverter());
    r.register(createImagesToPdfConverter());
    const calls: string[] = [];
    // Stand-in OFD converter: wraps a PNG into a PDF so the chain has real bytes to render.
    const ofd: Converter = {
      id: 'ofd-to-pdf',
      engine: 'native',
      from: ['ofd'],
      to: ['pdf'],
      available: async () => ({ ok: true }),
      async convert(input, to, options, ctx) {
        calls.push(`${input.name}->${to}`);
        const { createCanvas } = await import('@napi-rs/canvas');
        const png = new Uint8Array(createCanvas(100, 50).toBuffer('image/png'));
        return r.findPath('png', 'pdf')![0].converter.convert({ bytes: png, name: 'x.png' }, 'pdf', { pageSize: 'fit', imageOptions: { dpi: 72 } }, ctx);
      },
    };
    expect(r.findPath('ofd', 'png')).toBeUndefined();
    const unregister = r.register(ofd);
    expect(r.findPath('ofd', 'png')?.map((s) => s.converter.id)).toEqual(['ofd-to-pdf', 'pdf-to-images']);
    const [png] = await r.convert({ bytes: new Uint8Array([0]), name: 'fapiao.ofd' }, 'png', { imageOptions: { dpi: 144 } });
    expect(calls).toEqual(['fapiao.ofd->pdf']);
    expect(png.name).toBe('fapiao-1.png');
    expect(readImageHeader(png.bytes)).toMatchObject({ width: 200, height: 100 });
    unregister();
    expect(r.targetsOf('ofd')).toEqual([]);
  });

  it('a missing engine → ENGINE_UNAVAILABLE with its install hint, and listConversions says so', async () => {
    const r = createDefaultRegistry({ libreoffice: { soffice: '/nonexistent/soffice' } });
    try {
      const list = await r.listConversions();
      const docxPdf = list.find((p) => p.from === 'docx' && p.to === 'pdf')!;
      expect(docxPdf.available).toBe(false);
      expect(docxPdf.hint).toContain('apt-get install');
      expect(list.find((p) => p.from === 'png' && p.to === 'pdf')!.available).toBe(true);
      const err = await r.convert({ bytes: docxFromMarkdown('x\n'), name: 'a.docx' }, 'pdf').catch((e: unknown) => e as InvoicectlError);
      expect(err.code).toBe('ENGINE_UNAVAILABLE');
      expect(err.message).toContain('libreoffice-writer-nogui');
    } finally {
      await r.dispose();
    }
  });
});
