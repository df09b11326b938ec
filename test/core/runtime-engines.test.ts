/**
 * A runtime's engines under its supervisor: each reports the processes it runs; one whose process is
 * killed (SIGKILL) is started again on the next call, which succeeds; dispose() leaves none running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { decodeRaster } from '../../src/core/image/raster.js';
import { convert } from '../../src/api/convert.js';
import { extract } from '../../src/api/extract.js';
import { merge } from '../../src/api/merge.js';
import { buildOfd } from '../ofd/ofd-builder.js';
import { PDFDocument } from 'pdf-lib';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { scanPage } from '../../fixtures/scan.mjs';
import { docxFromMarkdown, pdfText, processesMatching } from '../convert/helpers.js';
import { isRunning } from '../helpers/processes.js';

const ROOT = path.resolve(__dirname, '..', '..');
const WESTERN = path.join(ROOT, 'fixtures', 'western', 'invoice-en-usd.pdf');

/** Waits for the runtime to stop reporting a process it had (the child's exit event came). */
async function gone(runtime: Runtime, name: string, pid: number): Promise<void> {
  while (engine(runtime, name).pids.includes(pid)) await new Promise((r) => setTimeout(r, 20));
}

/** Waits for the runtime to see what happened to an engine (its child's exit event), polling its report. */
async function until(runtime: Runtime, name: string, state: string): Promise<void> {
  while (runtime.engines().find((e) => e.name === name)?.state !== state) await new Promise((r) => setTimeout(r, 20));
}

const engine = (runtime: Runtime, name: string) => runtime.engines().find((e) => e.name === name)!;

describe('runtime engines', () => {
  let runtime: Runtime;
  let page: Uint8Array;
  beforeAll(async () => {
    page = await scanPage(WESTERN);
    runtime = createRuntime({ cache: null });
  });
  afterAll(() => runtime.dispose());

  it('restarts the PaddleOCR host killed with SIGKILL on the next page, and dispose() ends it', async () => {
    expect(engine(runtime, 'paddle')).toMatchObject({ state: 'stopped', pids: [] });
    const first = await (await runtime.paddle()).recognize(page);
    expect(first.text).toMatch(/invoice/i);
    const [pid] = engine(runtime, 'paddle').pids;
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid!)).toBe(true);

    process.kill(pid!, 'SIGKILL');
    await until(runtime, 'paddle', 'dead');
    const again = await (await runtime.paddle()).recognize(page);
    expect(again.text).toBe(first.text);
    const restarted = engine(runtime, 'paddle');
    expect(restarted).toMatchObject({ state: 'running', restarts: 1 });
    expect(restarted.pids).toHaveLength(1);
    expect(restarted.pids[0]).not.toBe(pid);

    await runtime.dispose();
    expect(engine(runtime, 'paddle')).toMatchObject({ state: 'stopped', pids: [] });
    expect(isRunning(pid!)).toBe(false);
    expect(isRunning(restarted.pids[0]!)).toBe(false);
  });

  it('replaces a LibreOffice process killed with SIGKILL on the next job, and dispose() ends them all', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runtime-engines-'));
    try {
      const docx = path.join(dir, 'in.docx');
      writeFileSync(docx, docxFromMarkdown('# Invoice 2024-117\n\nTotal due: 1,234.50 EUR\n'));
      const toPdf = async (name: string) => {
        const output = path.join(dir, name);
        await (await runtime.soffice()).run({ input: docx, output, filter: 'writer_pdf_Export' });
        return pdfText(new Uint8Array(readFileSync(output)));
      };
      expect(await toPdf('a.pdf')).toContain('Invoice 2024-117');
      const before = engine(runtime, 'libreoffice');
      expect(before.state).toBe('running');
      expect(before.pids.length).toBeGreaterThanOrEqual(2); // soffice and its UNO helper
      const [office] = before.pids;

      process.kill(office!, 'SIGKILL');
      await gone(runtime, 'libreoffice', office!);
      expect(await toPdf('b.pdf')).toContain('Total due: 1,234.50 EUR');
      const after = engine(runtime, 'libreoffice');
      expect(after.pids).not.toContain(office);
      expect(after.pids.length).toBeGreaterThanOrEqual(2);

      await runtime.dispose();
      expect([...before.pids, ...after.pids].filter(isRunning)).toEqual([]);
      expect(processesMatching(`invoicectl_${process.pid}_`)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renders a page in a new pdf.js process after its render process is killed, and dispose() ends it', async () => {
    const pdf = new Uint8Array(readFileSync(WESTERN));
    const render = async () => renderPdfPage(pdf, 1, { dpi: 40, pool: runtime.pdfjs() });
    expect(engine(runtime, 'pdfjs')).toMatchObject({ state: 'stopped', pids: [] });
    const first = await render();
    // A4 or Letter at 40 dpi: about 330 x 440 pixels, and not blank.
    expect(first.width).toBeGreaterThan(300);
    expect(first.height).toBeGreaterThan(400);
    expect(first.rgba.some((v) => v < 128)).toBe(true);
    const before = engine(runtime, 'pdfjs');
    expect(before.state).toBe('running');
    expect(before.pids).toHaveLength(1);
    const [pid] = before.pids;

    process.kill(pid!, 'SIGKILL');
    await gone(runtime, 'pdfjs', pid!);
    const again = await render();
    expect([again.width, again.height]).toEqual([first.width, first.height]);
    expect(Buffer.from(again.rgba).equals(Buffer.from(first.rgba))).toBe(true);
    const after = engine(runtime, 'pdfjs');
    expect(after.pids).toHaveLength(1);
    expect(after.pids[0]).not.toBe(pid);

    await runtime.dispose();
    expect(engine(runtime, 'pdfjs')).toMatchObject({ state: 'stopped', pids: [] });
    expect([pid!, after.pids[0]!].filter(isRunning)).toEqual([]);
  });

  it('decodes an image in a new decoder process after its decoder is killed, and dispose() ends it', async () => {
    const decode = async () => decodeRaster(page, 'page.jpg', { maxPixels: 50_000_000, decoder: await runtime.imageDecoder() });
    expect(engine(runtime, 'image-decoder')).toMatchObject({ state: 'stopped', pids: [] });
    const [first] = await decode();
    expect(first!.width).toBeGreaterThan(1000);
    expect(first!.rgba).toHaveLength(first!.width * first!.height * 4);
    const before = engine(runtime, 'image-decoder');
    expect(before.state).toBe('running');
    expect(before.pids).toHaveLength(1);
    const [pid] = before.pids;

    process.kill(pid!, 'SIGKILL');
    await gone(runtime, 'image-decoder', pid!);
    const [again] = await decode();
    expect(Buffer.from(again!.rgba).equals(Buffer.from(first!.rgba))).toBe(true);
    const after = engine(runtime, 'image-decoder');
    expect(after.pids).toHaveLength(1);
    expect(after.pids[0]).not.toBe(pid);

    await runtime.dispose();
    expect(engine(runtime, 'image-decoder')).toMatchObject({ state: 'stopped', pids: [] });
    expect([pid!, after.pids[0]!].filter(isRunning)).toEqual([]);
  });

  it("convert() renders and decodes on its runtime's engines, which dispose() ends", async () => {
    const [pdfjsBefore, decoderBefore] = [engine(runtime, 'pdfjs'), engine(runtime, 'image-decoder')];
    expect(pdfjsBefore.pids).toEqual([]);
    expect(decoderBefore.pids).toEqual([]);
    const png = await convert({ inputs: [WESTERN], to: 'png', options: { imageOptions: { dpi: 40 } }, runtime });
    expect(png.files[0]).toMatchObject({ status: 'converted' });
    expect(png.files[0]!.outputs[0]!.mime).toBe('image/png');
    const [rendered] = engine(runtime, 'pdfjs').pids;
    expect(rendered).toBeGreaterThan(0);
    const pdf = await convert({ inputs: [{ name: 'scan.jpg', bytes: page }], to: 'pdf', runtime });
    expect(pdf.files[0]).toMatchObject({ status: 'converted', via: ['images-to-pdf'] });
    const [decoded] = engine(runtime, 'image-decoder').pids;
    expect(decoded).toBeGreaterThan(0);

    await runtime.dispose();
    expect([rendered!, decoded!].filter(isRunning)).toEqual([]);
  });

  it("extract() renders and decodes on its runtime's engines, which dispose() ends", async () => {
    expect(engine(runtime, 'pdfjs').pids).toEqual([]);
    expect(engine(runtime, 'image-decoder').pids).toEqual([]);
    // A page without text is rendered for OCR; blank, it is not OCR'd (and the document has nothing to read).
    const blank = await PDFDocument.create();
    blank.addPage([595, 842]);
    const scanned = await extract({ inputs: [{ name: 'blank.pdf', bytes: await blank.save() }], runtime });
    expect(scanned.results[0]).toMatchObject({ status: 'failed', error: { code: 'EXTRACTION_FAILED' } });
    const [rendered] = engine(runtime, 'pdfjs').pids;
    expect(rendered).toBeGreaterThan(0);
    // An image is decoded (and checked) before OCR, which is off here: the file fails for that alone.
    const image = await extract({ inputs: [{ name: 'scan.jpg', bytes: page }], runtime, ocr: false });
    expect(image.results[0]).toMatchObject({ status: 'failed', error: { code: 'EXTRACTION_FAILED' } });
    const [decoded] = engine(runtime, 'image-decoder').pids;
    expect(decoded).toBeGreaterThan(0);

    await runtime.dispose();
    expect([rendered!, decoded!].filter(isRunning)).toEqual([]);
  });

  it("merge() draws an OFD's GIF image on its runtime's decoder, which dispose() ends", async () => {
    expect(engine(runtime, 'image-decoder').pids).toEqual([]);
    // One red pixel: GIF has no structure check, so an OFD's GIF is decoded in the contained decoder.
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0x80, 0, 0, 0xff, 0, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]);
    const ofd = buildOfd({ pages: [{ size: [100, 60], objects: [{ kind: 'image', boundary: [10, 10, 40, 40], ctm: [40, 0, 0, 40, 0, 0], resource: 'IMG' }] }], images: [{ id: 'IMG', name: 'seal.gif', bytes: gif }] });
    const result = await merge({ inputs: [{ name: 'invoice.ofd', bytes: ofd }], layout: '1x1', runtime });
    expect(result.documents.map((d) => [d.file, d.status])).toEqual([['invoice.ofd', 'placed']]);
    const [decoded] = engine(runtime, 'image-decoder').pids;
    expect(decoded).toBeGreaterThan(0);

    await runtime.dispose();
    expect([decoded!].filter(isRunning)).toEqual([]);
  });
});
