/**
 * Every real OFD invoice we have (../shared/fixtures/real/ofd and ../shared/corpus/cn-ofd), converted to
 * PDF, placed on a merge sheet and rendered to PNG, keeps the OFD's layout: glyphs inside their text's
 * Boundary and no overprinting (geometry-rule.ts), the invoice's values in the PDF's text, ink where the
 * texts are in the page image, and the seals drawn. The page images are written to test-output/ofd/
 * for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { merge } from '../../src/api/merge.js';
import { createDefaultRegistry } from '../../src/convert/matrix.js';
import { parseOfd, type Box, type OfdDocument } from '../../src/ofd/parse.js';
import { pdfText } from '../convert/helpers.js';
import { ROOT, SHARED } from '../helpers/cli.js';
import { geometryViolations, textBoxes, traceGlyphs, type TextBox, type TracedGlyph } from './geometry-rule.js';

const DIRS = [path.join(SHARED, 'fixtures', 'real', 'ofd'), path.join(SHARED, 'corpus', 'cn-ofd')];
const files = DIRS.flatMap((dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.ofd')).sort().map((f) => path.join(dir, f)) : []));
const OUT = path.join(ROOT, 'test-output', 'ofd');
const registry = createDefaultRegistry();
afterAll(() => registry.dispose());

const squash = (s: string) => s.replace(/\s/g, '');
const money = /^[¥￥]?-?\d[\d,]*\.\d{2}$/;
/** The amount in words: 壹佰…圆整 (a line of at least three such characters). */
const inWords = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{2,}[圆元角分整]/;

it('finds the real OFD invoices', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

/**
 * What must be in the PDF's text: the ground truth's number, parties and amounts (whichever of them the
 * file's ground truth states), every OFD text that is an amount or the amount in words, and the text of
 * every CustomTag field naming the invoice number, a party or an amount.
 */
function expectedValues(file: string, doc: OfdDocument): string[] {
  const gtPath = [file.replace(/\.ofd$/, '.gt.json'), `${file}.gt.json`].find((p) => fs.existsSync(p));
  const gt = gtPath ? (JSON.parse(fs.readFileSync(gtPath, 'utf8')) as Record<string, unknown>) : {};
  const custom = { ...(gt.customdata as object), ...(gt.ofd_xml_customdata as object) } as Record<string, string>;
  const values = [gt.number, gt.seller, gt.buyer, ...['发票号码', '购买方纳税人识别号', '销售方纳税人识别号', '合计金额', '合计税额'].map((k) => custom[k])];
  const texts = doc.pages[0]!.objects.flatMap((o) => (o.kind === 'text' ? [squash(o.codes.map((c) => c.text).join(''))] : []));
  values.push(...texts.filter((t) => money.test(t) || inWords.test(t)));
  const byId = new Map(doc.pages[0]!.objects.map((o) => [o.id, o]));
  for (const field of doc.tagFields) {
    if (!/InvoiceNo|Name|TaxID|Amount|发票号码|名称|识别号|金额|税额/.test(field.name)) continue;
    for (const ref of field.refs) {
      const o = byId.get(ref.objectId);
      if (o?.kind === 'text') values.push(o.codes.map((c) => c.text).join(''));
    }
  }
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && squash(v) !== '').map(squash))];
}

describe.each(files)('%s', (file) => {
  const name = path.basename(file, '.ofd');
  const bytes = new Uint8Array(fs.readFileSync(file));
  let doc: OfdDocument;
  let pdf: Uint8Array;
  let glyphs: TracedGlyph[][];
  beforeAll(async () => {
    doc = parseOfd(bytes);
    const result = await convert({ registry, inputs: [{ name: `${name}.ofd`, bytes }], to: 'pdf' });
    expect(result.files[0].error).toBeUndefined();
    pdf = result.files[0].outputs[0].bytes!;
    glyphs = traceGlyphs(pdf);
  });

  it('draws every text inside its Boundary, none over another', () => {
    const boxes = textBoxes(doc);
    expect(glyphs.length).toBe(doc.pages.length);
    expect(glyphs[0]!.length).toBeGreaterThan(200);
    doc.pages.forEach((_, i) => expect(geometryViolations(glyphs[i]!, boxes[i]!)).toEqual([]));
  });

  it('keeps the invoice number, the parties, every amount and the amount in words in the text', () => {
    const text = squash(pdfText(pdf));
    const values = expectedValues(file, doc);
    expect(values.length).toBeGreaterThanOrEqual(6);
    expect(values.some((v) => inWords.test(v))).toBe(true);
    for (const v of values) expect(text, v).toContain(v);
  });

  it('places the same layout on a merge sheet, only scaled and moved', async () => {
    const result = await merge({ inputs: [{ name: `${name}.ofd`, bytes }], layout: '1x1', paper: 'A4', orientation: 'landscape', margin: 10, rotate: 'none', labels: false, pageNumbers: false, summary: false, cache: null });
    const sheet = traceGlyphs(result.output!)[0]!.filter((g) => g.char.trim());
    const own = glyphs[0]!.filter((g) => g.char.trim());
    expect(sheet.map((g) => g.char).join('')).toBe(own.map((g) => g.char).join(''));
    // The map from the page onto the sheet, from the extremes of the glyph origins.
    const span = (gs: TracedGlyph[], k: 'x' | 'y') => [Math.min(...gs.map((g) => g[k])), Math.max(...gs.map((g) => g[k]))] as const;
    const [ox0, ox1] = span(own, 'x');
    const [sx0, sx1] = span(sheet, 'x');
    const [oy0] = span(own, 'y');
    const [sy0] = span(sheet, 'y');
    const scale = (sx1 - sx0) / (ox1 - ox0);
    expect(scale).toBeGreaterThan(0.5);
    const place = (b: Box): Box => ({ x: sx0 + (b.x - ox0) * scale, y: sy0 + (b.y - oy0) * scale, width: b.width * scale, height: b.height * scale });
    const boxes: TextBox[] = textBoxes(doc)[0]!.map((b) => ({ ...b, box: place(b.box) }));
    expect(geometryViolations(sheet, boxes)).toEqual([]);
  });

  it('renders page images with ink in every text’s Boundary and the seals drawn (written to test-output/ofd/)', async () => {
    const dpi = 150;
    const result = await convert({ registry, inputs: [{ name: `${name}.ofd`, bytes }], to: 'png', options: { pages: '1', imageOptions: { dpi } } });
    const png = result.files[0].outputs[0].bytes!;
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, `${name}.png`), png);
    const image = await loadImage(Buffer.from(png));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const px = dpi / 25.4;
    const count = (b: Box, test: (r: number, g: number, bl: number) => boolean) => {
      const x0 = Math.max(0, Math.floor(b.x * px));
      const y0 = Math.max(0, Math.floor(b.y * px));
      const w = Math.min(image.width, Math.ceil((b.x + b.width) * px)) - x0;
      const h = Math.min(image.height, Math.ceil((b.y + b.height) * px)) - y0;
      if (w <= 0 || h <= 0) return { hits: 0, area: 0 };
      const { data } = ctx.getImageData(x0, y0, w, h);
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) if (test(data[i]!, data[i + 1]!, data[i + 2]!)) hits++;
      return { hits, area: w * h };
    };
    for (const t of textBoxes(doc)[0]!) {
      if (t.id.startsWith('seal/')) continue;
      expect(count(t.box, (r, g, b) => r + g + b < 600).hits, `ink of ${t.id} "${t.text}"`).toBeGreaterThan(0);
    }
    const page = doc.pages[0]!;
    const stamps = [...page.seals.map((s) => s.boundary), ...page.annotations.filter((a) => a.type === 'Stamp' && a.objects.length > 0).map((a) => a.boundary)];
    expect(stamps.length).toBeGreaterThan(0);
    for (const s of stamps) {
      const { hits, area } = count(s, (r, g, b) => r > 180 && g < 90 && b < 90);
      expect(hits, `seal red at ${JSON.stringify(s)}`).toBeGreaterThan(area * 0.05);
    }
  });
});
