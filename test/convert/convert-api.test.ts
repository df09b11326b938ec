/**
 * convert() as the library and the server call it: output naming and targets (bytes, folder, ZIP, one
 * file, beside the input), the cache, option refusal, stable errors for bad input and missing engines,
 * format detection by content, and the md → docx → pdf chain with the real engines.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { convert, type ConvertRequest } from '../../src/api/convert.js';
import { ConversionRegistry, createDefaultRegistry } from '../../src/convert/matrix.js';
import { createOcrConverter } from '../../src/convert/ocr-pdf.js';
import type { Converter } from '../../src/convert/types.js';
import { Cache } from '../../src/core/cache.js';
import { readImageHeader } from '../../src/core/image/image-header.js';
import type { RecognizeOptions } from '../../src/ocr/index.js';
import type { OcrResult } from '../../src/ocr/types.js';
import { ROOT, tmpDir } from '../helpers/cli.js';
import { docxFromMarkdown, pdfPageSizes, pdfText } from './helpers.js';

const registry = createDefaultRegistry({ libreoffice: { size: 1 }, ocr: { workers: 1 } });
afterAll(() => registry.dispose());
const run = (request: Omit<ConvertRequest, 'registry'>) => convert({ registry, concurrency: 2, ...request });

const BAD = path.join(ROOT, 'fixtures', 'bad');

/** Pages of different sizes, each saying which it is. */
async function samplePdf(sizes: [number, number][] = [[595.28, 841.89], [200, 100], [300, 300]]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const [w, h] of sizes) {
    const page = doc.addPage([w, h]);
    page.drawText(`Sample page ${doc.getPageCount()}`, { x: 10, y: h - 30, size: 12, font, color: rgb(0, 0, 0) });
  }
  return doc.save();
}

function writeTemp(dir: string, name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

describe('convert(): outputs and where they go', async () => {
  const pdf = await samplePdf();

  it('PDF → PNG as bytes: one image per page named <base>-<page>.png, sized by dpi; pages selects', async () => {
    const result = await run({ inputs: [{ name: 'scan/inv.pdf', bytes: pdf }], to: 'png', options: { imageOptions: { dpi: 72 } } });
    expect(result.counts).toEqual({ inputs: 1, converted: 1, failed: 0, outputs: 3 });
    const [file] = result.files;
    expect(file).toMatchObject({ file: 'scan/inv.pdf', from: 'pdf', status: 'converted', via: ['pdf-to-images'], cache: 'MISS' });
    expect(file.outputs.map((o) => o.name)).toEqual(['inv-1.png', 'inv-2.png', 'inv-3.png']);
    expect(file.outputs.map((o) => readImageHeader(o.bytes!))).toMatchObject([{ width: 595, height: 842 }, { width: 200, height: 100 }, { width: 300, height: 300 }]);

    const picked = await run({ inputs: [{ name: 'inv.pdf', bytes: pdf }], to: 'jpg', options: { pages: '2-3', imageOptions: { dpi: 144, quality: 70 } } });
    expect(picked.files[0].outputs.map((o) => [o.name, o.mime])).toEqual([['inv-2.jpg', 'image/jpeg'], ['inv-3.jpg', 'image/jpeg']]);
    expect(readImageHeader(picked.files[0].outputs[0].bytes!)).toMatchObject({ kind: 'jpg', width: 400, height: 200 });
  });

  it('-o DIR/: files named <basename>-<page>.<ext>; two inputs with one base name do not overwrite each other', async () => {
    const dir = tmpDir();
    const a = writeTemp(dir, 'a/inv.pdf', pdf);
    const b = writeTemp(dir, 'b/inv.pdf', await samplePdf([[100, 100]]));
    const out = path.join(dir, 'out');
    const result = await run({ inputs: [a, b], to: 'png', options: { imageOptions: { dpi: 36 } }, output: { kind: 'dir', path: out } });
    expect(fs.readdirSync(out).sort()).toEqual(['inv-1.png', 'inv-2.png', 'inv-3.png', 'inv_2-1.png']);
    expect(result.files[1].outputs[0]).toMatchObject({ name: 'inv_2-1.png', path: path.join(out, 'inv_2-1.png') });
    expect(readImageHeader(fs.readFileSync(path.join(out, 'inv_2-1.png')))).toMatchObject({ width: 50, height: 50 });
  });

  it('-o NAME.zip: every output in input order; a result that is a ZIP already (TeX package) is not wrapped', async () => {
    const dir = tmpDir();
    const zipPath = path.join(dir, 'pages.zip');
    const result = await run({ inputs: [{ name: 'x.pdf', bytes: await samplePdf([[100, 100], [100, 100]]) }, { name: 'y.pdf', bytes: pdf }], to: 'png', options: { imageOptions: { dpi: 36 } }, output: { kind: 'zip', path: zipPath } });
    const entries = new AdmZip(zipPath).getEntries().map((e) => e.entryName);
    expect(entries).toEqual(['x-1.png', 'x-2.png', 'y-1.png', 'y-2.png', 'y-3.png']);
    expect(result.zip).toMatchObject({ path: zipPath, entries });
    expect(readImageHeader(new AdmZip(zipPath).getEntry('y-2.png')!.getData())).toMatchObject({ width: 100, height: 50 });

    const tex = await run({ inputs: [{ name: 'Report.docx', bytes: docxFromMarkdown('# Results\n\nSome text.\n') }], to: 'tex', output: { kind: 'zip' } });
    const pkg = new AdmZip(Buffer.from(tex.zip!.bytes!));
    expect(pkg.getEntries().map((e) => e.entryName)).toContain('Report.tex');
    expect(pkg.readAsText('Report.tex')).toContain('\\section{Results}');
  });

  it('-o FILE: one result goes there; several results are refused (INVALID_OPTION) and nothing is written', async () => {
    const dir = tmpDir();
    const one = path.join(dir, 'first.png');
    const ok = await run({ inputs: [{ name: 'inv.pdf', bytes: pdf }], to: 'png', options: { pages: '1', imageOptions: { dpi: 36 } }, output: { kind: 'file', path: one } });
    expect(ok.files[0].outputs[0].path).toBe(one);
    expect(readImageHeader(fs.readFileSync(one))).toMatchObject({ width: 298, height: 421 });

    const many = path.join(dir, 'all.png');
    const refused = await run({ inputs: [{ name: 'inv.pdf', bytes: pdf }], to: 'png', options: { imageOptions: { dpi: 36 } }, output: { kind: 'file', path: many } });
    expect(refused.files[0].error).toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('3 results') });
    expect(fs.existsSync(many)).toBe(false);
    await expect(run({ inputs: [{ name: 'a.pdf', bytes: pdf }, { name: 'b.pdf', bytes: pdf }], to: 'txt', output: { kind: 'file', path: many } })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });

  it('beside the input with the new extension, and never over the input itself', async () => {
    const dir = tmpDir();
    const input = writeTemp(dir, 'notes/report.pdf', pdf);
    const result = await run({ inputs: [input], to: 'txt', output: { kind: 'beside' } });
    const txt = path.join(dir, 'notes', 'report.txt');
    expect(result.files[0].outputs[0].path).toBe(txt);
    expect(fs.readFileSync(txt, 'utf8')).toContain('Sample page 2');

    const same = await run({ inputs: [input], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['eng'] }, output: { kind: 'beside' } });
    expect(same.files[0].error).toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('overwrite the input') });
    expect(fs.readFileSync(input)).toEqual(Buffer.from(pdf));
  });

  it('reports progress per input', async () => {
    const events: number[] = [];
    await run({ inputs: [{ name: 'a.pdf', bytes: pdf }, { name: 'b.pdf', bytes: pdf }], to: 'txt', onProgress: (e) => events.push(e.done) });
    expect(events).toEqual([1, 2]);
  });
});

describe('convert(): cache', () => {
  it('a second run is a HIT with the same bytes; another option or target is a MISS', async () => {
    const cache = new Cache({ dir: tmpDir() });
    const pdf = await samplePdf([[200, 100], [100, 200]]);
    const request = { inputs: [{ name: 'c.pdf', bytes: pdf }], to: 'png', options: { imageOptions: { dpi: 72 } }, cache } as const;
    const first = await run(request);
    const second = await run(request);
    expect(first.files[0].cache).toBe('MISS');
    expect(second.files[0].cache).toBe('HIT');
    expect(second.files[0].outputs.map((o) => o.name)).toEqual(['c-1.png', 'c-2.png']);
    expect(second.files[0].outputs.map((o) => Buffer.from(o.bytes!))).toEqual(first.files[0].outputs.map((o) => Buffer.from(o.bytes!)));
    expect((await run({ ...request, options: { imageOptions: { dpi: 36 } } })).files[0].cache).toBe('MISS');
    expect((await run({ ...request, to: 'jpg' })).files[0].cache).toBe('MISS');
    // Same bytes under another name: outputs are named after the input, so it is built again.
    const renamed = await run({ ...request, inputs: [{ name: 'd.pdf', bytes: pdf }] });
    expect(renamed.files[0]).toMatchObject({ cache: 'MISS', outputs: [{ name: 'd-1.png' }, { name: 'd-2.png' }] });
  });
});

describe('convert(): refusals and errors', () => {
  it('options an engine cannot honour are refused with INVALID_OPTION, naming them', async () => {
    const pdf = await samplePdf([[100, 100]]);
    const pageSize = await run({ inputs: [{ name: 'a.pdf', bytes: pdf }], to: 'png', options: { pageSize: 'A4' } });
    expect(pageSize.files[0].error).toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('pageSize') });
    const pngQuality = await run({ inputs: [{ name: 'a.pdf', bytes: pdf }], to: 'png', options: { imageOptions: { quality: 50 } } });
    expect(pngQuality.files[0].error).toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('JPEG only') });
    const ofd = fs.readFileSync(path.join(ROOT, '..', 'shared', 'fixtures', 'real', 'ofd', 'ofdrw__zhejiang_vat_normal_1.ofd'));
    const ofdMargins = await run({ inputs: [{ name: 'f.ofd', bytes: ofd }], to: 'pdf', options: { margins: { top: 10 } } });
    expect(ofdMargins.files[0].error).toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('margins') });
    const badValue = await run({ inputs: [{ name: 'a.pdf', bytes: pdf }], to: 'png', options: { pages: '3-1' } });
    expect(badValue.files[0].error?.code).toBe('INVALID_OPTION');
  });

  it('an unsupported path names what the input can become', async () => {
    const result = await run({ inputs: [{ name: 'f.ofd', bytes: fs.readFileSync(path.join(ROOT, '..', 'shared', 'fixtures', 'real', 'ofd', 'ofdrw__zhejiang_vat_normal_1.ofd')) }], to: 'xlsx' });
    expect(result.files[0].error).toEqual({
      code: 'UNSUPPORTED_CONVERSION',
      message: 'cannot convert ofd to xlsx; ofd can become: cii, facturx, jpg, json, md, pdf, png, txt, ubl, xrechnung',
      details: { from: 'ofd', to: 'xlsx', targets: ['cii', 'facturx', 'jpg', 'json', 'md', 'pdf', 'png', 'txt', 'ubl', 'xrechnung'] },
    });
  });

  it('corrupt and encrypted PDFs fail with their codes; the rest of the batch converts; a password opens', async () => {
    const good = await samplePdf([[100, 100]]);
    const result = await run({
      inputs: [path.join(BAD, 'truncated.pdf'), path.join(BAD, 'not-a-pdf.pdf'), path.join(BAD, 'encrypted.pdf'), { name: 'good.pdf', bytes: good }],
      to: 'png',
      options: { imageOptions: { dpi: 36 } },
    });
    expect(result.files.map((f) => f.error?.code ?? f.status)).toEqual(['PDF_CORRUPT', 'PDF_CORRUPT', 'PDF_ENCRYPTED', 'converted']);
    expect(result.counts).toMatchObject({ converted: 1, failed: 3 });
    const opened = await run({ inputs: [path.join(BAD, 'encrypted.pdf')], to: 'png', options: { pages: '1', imageOptions: { dpi: 36 } }, password: 'user' });
    expect(opened.files[0]).toMatchObject({ status: 'converted', outputs: [{ name: 'encrypted-1.png' }] });
  });

  it('a missing engine → ENGINE_UNAVAILABLE with its install hint', async () => {
    const noOffice = createDefaultRegistry({ libreoffice: { soffice: '/nonexistent/soffice' } });
    try {
      const result = await convert({ registry: noOffice, inputs: [{ name: 'a.docx', bytes: docxFromMarkdown('Hello\n') }], to: 'pdf' });
      expect(result.files[0].error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: expect.stringContaining('apt-get install'), details: { engines: ['libreoffice'] } });
    } finally {
      await noOffice.dispose();
    }
  });

  it('a conversion over its time limit → ENGINE_TIMEOUT', async () => {
    const result = await run({ inputs: [{ name: 'slow.md', bytes: new TextEncoder().encode('# Slow\n') }], to: 'pdf', timeoutMs: 1 });
    expect(result.files[0].error).toMatchObject({ code: 'ENGINE_TIMEOUT' });
  });

  it('the time limit: an engine that enforces it starts it when it takes the job; other steps from their start', async () => {
    // Stand-ins that finish only when the test says so, on a fake clock: nothing here depends on speed.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const stub = (id: string, enforcesTimeout: boolean, from: string, to: string): Converter => ({
      id, engine: 'native', from: [from], to: [to], enforcesTimeout,
      available: async () => ({ ok: true }),
      async convert(input, target, _options, ctx) {
        started.push(id);
        await Promise.race([gate, new Promise((_, reject) => ctx.signal?.addEventListener('abort', () => reject(ctx.signal!.reason)))]);
        return [{ name: `out.${target}`, bytes: input.bytes, mime: 'text/plain' }];
      },
    });
    const stubs = new ConversionRegistry();
    stubs.register(stub('queued-engine', true, 'txt', 'md'));
    stubs.register(stub('in-process', false, 'csv', 'json'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const bytes = new TextEncoder().encode('a');
      const request = (name: string, to: string) => convert({ registry: stubs, inputs: [{ name, bytes }], to, timeoutMs: 1000 });
      const viaEngine = request('a.txt', 'md');
      const inProcess = request('b.csv', 'json');
      while (started.length < 2) await new Promise((r) => setImmediate(r));
      // 5x the limit passes while the engine's job waits (for a LibreOffice instance, say).
      vi.advanceTimersByTime(5000);
      expect((await inProcess).files[0].error).toMatchObject({ code: 'ENGINE_TIMEOUT' });
      release();
      expect((await viaEngine).files[0]).toMatchObject({ status: 'converted', outputs: [{ name: 'out.md' }] });
    } finally {
      vi.useRealTimers();
    }
  });

  it('the time limit of an OCR conversion leaves out the wait for an OCR thread, not the reading', async () => {
    // An OCR engine that takes pages when the test says so, on a fake clock: nothing here depends on speed.
    const pages: { options: RecognizeOptions; answer: (r: OcrResult) => void }[] = [];
    const engine = {
      recognize: (_image: Uint8Array, options: RecognizeOptions = {}) =>
        new Promise<OcrResult>((resolve, reject) => {
          options.signal?.addEventListener('abort', () => reject(options.signal!.reason));
          pages.push({ options, answer: resolve });
        }),
    };
    const ocr = new ConversionRegistry();
    ocr.register(createOcrConverter({ engine: 'paddle', paddle: async () => engine }));
    const blank = await PDFDocument.create();
    blank.addPage([200, 100]).drawRectangle({ x: 10, y: 10, width: 50, height: 20, color: rgb(0, 0, 0) });
    const bytes = await blank.save();
    const read: OcrResult = { text: 'Scanned', confidence: 90, words: [], lines: [], width: 100, height: 50 };
    const request = (name: string) => convert({ registry: ocr, inputs: [{ name, bytes }], to: 'pdf', options: { ocrEnabled: true }, timeoutMs: 1000 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const waited = request('waited.pdf');
      while (pages.length < 1) await new Promise((r) => setImmediate(r));
      vi.advanceTimersByTime(5000); // 5x the limit in the queue
      pages[0].options.onStart!();
      vi.advanceTimersByTime(600);
      pages[0].answer(read);
      expect((await waited).files[0]).toMatchObject({ status: 'converted', outputs: [{ name: 'waited.pdf' }] });

      const slow = request('slow.pdf');
      while (pages.length < 2) await new Promise((r) => setImmediate(r));
      vi.advanceTimersByTime(600); // in the queue
      pages[1].options.onStart!();
      vi.advanceTimersByTime(1000); // read for the whole limit
      expect((await slow).files[0].error).toMatchObject({ code: 'ENGINE_TIMEOUT' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('folders: documents of known formats only (archives expanded); nothing usable → NO_USABLE_INPUT', async () => {
    const dir = tmpDir();
    writeTemp(dir, 'in/a.md', '# A\n');
    writeTemp(dir, 'in/sub/b.pdf', await samplePdf([[100, 100]]));
    writeTemp(dir, 'in/notes.xyz', 'ignored');
    writeTemp(dir, 'in/.hidden.md', 'ignored');
    const zip = new AdmZip();
    zip.addFile('c.pdf', Buffer.from(await samplePdf([[100, 100]])));
    // Office documents inside an archive are documents too (a DOCX is itself a ZIP, never expanded).
    zip.addFile('d.docx', Buffer.from(docxFromMarkdown('# From the archive\n')));
    zip.addFile('e.xyz', Buffer.from('ignored'));
    zip.writeZip(path.join(dir, 'in', 'more.zip'));
    const result = await run({ inputs: [path.join(dir, 'in')], to: 'txt' });
    expect(result.files.map((f) => [path.relative(dir, f.file), f.from, f.status])).toEqual([
      ['in/a.md', 'md', 'converted'],
      ['in/more.zip/c.pdf', 'pdf', 'converted'],
      ['in/more.zip/d.docx', 'docx', 'converted'],
      ['in/sub/b.pdf', 'pdf', 'converted'],
    ]);
    expect(new TextDecoder().decode(result.files[2].outputs[0].bytes)).toContain('From the archive');
    fs.mkdirSync(path.join(dir, 'empty'));
    await expect(run({ inputs: [path.join(dir, 'empty')], to: 'txt' })).rejects.toMatchObject({ code: 'NO_USABLE_INPUT' });
  });
});

describe('convert(): formats by content, and chains through real engines', () => {
  it('detects the source by content: a DOCX without an extension, a PDF named .docx', async () => {
    const docx = docxFromMarkdown('# Upload\n\nFrom the browser.\n');
    const result = await run({ inputs: [{ name: 'upload', bytes: docx }, { name: 'mislabelled.docx', bytes: await samplePdf([[100, 100]]) }], to: 'md' });
    expect(result.files.map((f) => [f.from, f.via])).toEqual([['docx', ['pandoc']], ['pdf', ['pdf-to-text']]]);
    expect(new TextDecoder().decode(result.files[0].outputs[0].bytes)).toContain('# Upload');
  });

  it('md → docx → pdf: pandoc then LibreOffice, the page size applied by the last step', async () => {
    const md = '# Quarterly report\n\nRevenue grew by **12 percent**.\n\n- first item\n- second item\n';
    const result = await run({ inputs: [{ name: 'report.md', bytes: new TextEncoder().encode(md) }], to: 'pdf', options: { pageSize: 'A4', margins: { top: 20, bottom: 20, left: 20, right: 20 } } });
    const [file] = result.files;
    expect(file).toMatchObject({ status: 'converted', via: ['pandoc', 'libreoffice'], outputs: [{ name: 'report.pdf', mime: 'application/pdf', pages: 1 }] });
    const text = pdfText(file.outputs[0].bytes!);
    expect(text).toContain('Quarterly report');
    expect(text).toContain('Revenue grew by 12 percent.');
    expect(text).toContain('second item');
    const [size] = await pdfPageSizes(file.outputs[0].bytes!);
    expect(size.width).toBeCloseTo(595.3, 0);
    expect(size.height).toBeCloseTo(841.9, 0);
  });

  it('images → PDF: page size, orientation and margins as asked', async () => {
    const png = (await run({ inputs: [{ name: 'p.pdf', bytes: await samplePdf([[300, 200]]) }], to: 'png', options: { imageOptions: { dpi: 72 } } })).files[0].outputs[0].bytes!;
    const result = await run({ inputs: [{ name: 'photo.png', bytes: png }], to: 'pdf', options: { pageSize: 'Letter', orientation: 'landscape', margins: { top: 10, right: 10, bottom: 10, left: 10 } } });
    const [size] = await pdfPageSizes(result.files[0].outputs[0].bytes!);
    expect(size).toEqual({ width: 792, height: 612 });
    expect(result.files[0].outputs[0]).toMatchObject({ name: 'photo.pdf', pages: 1 });
  });
});
