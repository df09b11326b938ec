/**
 * A 数电 invoice in the national platform's shape (modern-invoice.ts) through OFD → PDF, a merge sheet
 * and OFD → PNG: every glyph inside its text's Boundary with nothing overprinted, every value in the
 * text, the template's labels in their colour. The page image goes to test-output/ofd/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { merge } from '../../src/api/merge.js';
import { createDefaultRegistry } from '../../src/convert/matrix.js';
import { parseOfd } from '../../src/ofd/parse.js';
import { ofdToPdf } from '../../src/ofd/to-pdf.js';
import { pdfText } from '../convert/helpers.js';
import { ROOT } from '../helpers/cli.js';
import { geometryViolations, textBoxes, traceGlyphs } from './geometry-rule.js';
import { shudianOfd } from './driver-ofd.js';
import { MODERN, modernInvoice } from './modern-invoice.js';
import { buildOfd } from './ofd-builder.js';
import { pixelAt, popplerRender } from './poppler-fitz.js';

const registry = createDefaultRegistry();
afterAll(() => registry.dispose());
const squash = (s: string) => s.replace(/\s/g, '');

describe('a 数电 invoice in the platform’s layout', () => {
  const bytes = modernInvoice();
  const doc = parseOfd(bytes);

  it('draws every text inside its Boundary, none over another; the wrapped item line starts under the first', async () => {
    const pdf = await ofdToPdf(bytes);
    const glyphs = traceGlyphs(pdf)[0]!;
    expect(glyphs.filter((g) => g.char.trim()).length).toBeGreaterThan(150);
    expect(geometryViolations(glyphs, textBoxes(doc)[0]!)).toEqual([]);
    const first = glyphs.find((g) => g.char === MODERN.itemLines[1]![0])!;
    expect(first.x).toBeCloseTo(6.5, 1);
    expect(first.y).toBeCloseTo(57.5 + 6.5, 1);
    const inWords = glyphs.find((g) => g.char === MODERN.inWords[0])!;
    expect([inWords.x, inWords.y]).toEqual([expect.closeTo(63.5, 1), expect.closeTo(102.5, 1)]);
  });

  it('keeps the number, both parties, every amount and the amount in words in the text, labels included', async () => {
    const raw = pdfText(await ofdToPdf(bytes));
    expect(raw).toMatch(/\b\d{20}\b/);
    const text = squash(raw);
    const m = MODERN;
    for (const v of [m.number, m.date, m.buyerName, m.buyerTaxId, m.sellerName, m.sellerTaxId, m.amount, m.tax, `¥${m.amount}`, `¥${m.total}`, m.inWords, ...m.itemLines, '发票号码：', '价税合计（大写）']) {
      expect(text, v).toContain(v);
    }
  });

  it('colours the template’s labels from its Layer’s DrawParam (in the template’s PageRes)', async () => {
    const pixels = popplerRender(await ofdToPdf(bytes), 200);
    // Inside the strokes of the title's first glyph (电, 7 mm): some pixel is the labels' dark red.
    let red = 0;
    for (let x = 60.5; x < 67; x += 0.1) for (let y = 9.5; y < 15; y += 0.1) {
      const [r, g, b] = pixelAt(pixels, x, y);
      if (r > 90 && r < 170 && g < 40 && b < 40) red++;
    }
    expect(red).toBeGreaterThan(50);
  });

  it('keeps the layout on a merge sheet and in the page image (written to test-output/ofd/)', async () => {
    const single = traceGlyphs(await ofdToPdf(bytes))[0]!.filter((g) => g.char.trim());
    const result = await merge({ inputs: [{ name: 'modern.ofd', bytes }], layout: '1x1', paper: 'A4', orientation: 'landscape', margin: 10, rotate: 'none', labels: false, pageNumbers: false, summary: false, cache: null });
    const sheet = traceGlyphs(result.output!)[0]!.filter((g) => g.char.trim());
    expect(sheet.map((g) => g.char).join('')).toBe(single.map((g) => g.char).join(''));
    // One scale and one offset take every glyph of the page to its place on the sheet.
    const scale = (sheet.at(-1)!.x - sheet[0]!.x) / (single.at(-1)!.x - single[0]!.x);
    sheet.forEach((g, i) => {
      expect(g.x).toBeCloseTo(sheet[0]!.x + (single[i]!.x - single[0]!.x) * scale, 1);
      expect(g.y).toBeCloseTo(sheet[0]!.y + (single[i]!.y - single[0]!.y) * scale, 1);
    });
    const png = await convert({ registry, inputs: [{ name: 'modern.ofd', bytes }], to: 'png', options: { pages: '1', imageOptions: { dpi: 150 } } });
    expect(png.files[0].error).toBeUndefined();
    fs.mkdirSync(path.join(ROOT, 'test-output', 'ofd'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'test-output', 'ofd', 'constructed-modern.png'), png.files[0].outputs[0].bytes!);
  });
});

it('the printer-driver 数电 layout (Size 1 text scaled by CTMs, whole-page Boundaries) keeps the rule too', async () => {
  const bytes = buildOfd(shudianOfd());
  const glyphs = traceGlyphs(await ofdToPdf(bytes))[0]!;
  expect(glyphs.filter((g) => g.char.trim()).length).toBeGreaterThan(100);
  expect(geometryViolations(glyphs, textBoxes(parseOfd(bytes))[0]!)).toEqual([]);
});
