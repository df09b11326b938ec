/**
 * OFD → PDF (and → PNG, → text by chaining) through convert() on the real e-invoices in
 * ../shared/fixtures/real/ofd: the PDF page has the OFD page's physical size, the text pdftotext finds is
 * the OFD's own text, and the seal shows in a rendering.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { createDefaultRegistry } from '../../src/convert/matrix.js';
import { parseOfd, type Box, type OfdDocument } from '../../src/ofd/parse.js';
import { ofdPageText } from '../../src/ofd/text.js';
import { SHARED } from '../helpers/cli.js';
import { pdfPageSizes, pdfText } from './helpers.js';

const FIXTURES = path.join(SHARED, 'fixtures', 'real', 'ofd');
const MM = 72 / 25.4;
const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.ofd')).sort();
const registry = createDefaultRegistry();
afterAll(() => registry.dispose());

const squash = (s: string) => s.replace(/\s/g, '');

it('finds the real OFD fixtures', () => {
  expect(files.length).toBeGreaterThanOrEqual(4);
});

describe.each(files)('%s', (file) => {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));
  let ofd: OfdDocument;
  let pdf: Uint8Array;
  beforeAll(async () => {
    ofd = parseOfd(bytes);
    const result = await convert({ registry, inputs: [{ name: file, bytes }], to: 'pdf' });
    expect(result.files[0].error).toBeUndefined();
    expect(result.files[0]).toMatchObject({ from: 'ofd', via: ['ofd-to-pdf'] });
    pdf = result.files[0].outputs[0].bytes!;
  });

  it('gives PDF pages of the OFD pages’ physical size', async () => {
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBe(ofd.pages.length);
    sizes.forEach((s, i) => {
      expect(s.width).toBeCloseTo(ofd.pages[i].box.width * MM, 2);
      expect(s.height).toBeCloseTo(ofd.pages[i].box.height * MM, 2);
    });
  });

  it('keeps the OFD’s own text extractable: every glyph, and the invoice’s values whole', () => {
    const text = squash(pdfText(pdf));
    const items = ofdPageText(ofd)[0].items.map((i) => squash(i.text)).filter(Boolean);
    expect(items.length).toBeGreaterThan(30);
    // Every glyph the OFD shows, as often as it shows it. (Whole labels cannot be compared: pdftotext
    // splits glyphs set far apart, 名   称, or one under the other, 购/买/方, by its own reading order.)
    const counts = (chars: string[]) => chars.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
    const found = counts([...text]);
    for (const [ch, n] of counts(items.flatMap((i) => [...i]))) expect(found.get(ch) ?? 0, `"${ch}"`).toBeGreaterThanOrEqual(n);
    // The values an accountant searches for come out whole, as the ground truth states them.
    const gt = JSON.parse(fs.readFileSync(path.join(FIXTURES, file.replace(/\.ofd$/, '.gt.json')), 'utf8')).ofd_xml_customdata as Record<string, string>;
    const keys = ['发票号码', '发票代码', '合计金额', '合计税额', '销售方纳税人识别号', '购买方纳税人识别号'].filter((k) => gt[k]);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) expect(text, key).toContain(squash(gt[key]));
  });

  it('shows the seal in a rendering (OFD → PNG by chaining through PDF)', async () => {
    const dpi = 100;
    const result = await convert({ registry, inputs: [{ name: file, bytes }], to: 'png', options: { pages: '1', imageOptions: { dpi } } });
    expect(result.files[0].via).toEqual(['ofd-to-pdf', 'pdf-to-images']);
    const image = await loadImage(Buffer.from(result.files[0].outputs[0].bytes!));
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const page = ofd.pages[0];
    const stamps: Box[] = [...page.seals.map((s) => s.boundary), ...page.annotations.filter((a) => a.type === 'Stamp' && a.objects.length > 0).map((a) => a.boundary)];
    expect(stamps.length).toBeGreaterThan(0);
    const px = dpi / 25.4;
    for (const b of stamps) {
      const x0 = Math.floor(b.x * px);
      const y0 = Math.floor(b.y * px);
      const w = Math.min(image.width, Math.ceil((b.x + b.width) * px)) - x0;
      const h = Math.min(image.height, Math.ceil((b.y + b.height) * px)) - y0;
      const { data } = ctx.getImageData(x0, y0, w, h);
      let red = 0;
      // Seal red; the brown-red of the printed form (about 156 82 35) does not pass.
      for (let i = 0; i < data.length; i += 4) if (data[i] > 180 && data[i + 1] < 90 && data[i + 2] < 90) red++;
      expect(red, `red pixels in the seal at ${JSON.stringify(b)}`).toBeGreaterThan(w * h * 0.05);
    }
  });
});

describe('OFD → text and bad OFDs', () => {
  it('OFD → txt chains through PDF and reads the invoice number and amounts', async () => {
    const file = 'ofdrw__zhejiang_vat_normal_1';
    const gt = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${file}.gt.json`), 'utf8')).ofd_xml_customdata;
    const result = await convert({ registry, inputs: [path.join(FIXTURES, `${file}.ofd`)], to: 'txt' });
    expect(result.files[0].via).toEqual(['ofd-to-pdf', 'pdf-to-text']);
    const text = new TextDecoder().decode(result.files[0].outputs[0].bytes);
    for (const value of [gt['发票号码'], gt['发票代码'], gt['合计金额'], gt['合计税额']]) expect(text).toContain(value);
  });

  it('a damaged OFD fails with OFD_CORRUPT', async () => {
    const zip = new AdmZip();
    zip.addFile('OFD.xml', Buffer.from('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'));
    const result = await convert({ registry, inputs: [{ name: 'broken.ofd', bytes: zip.toBuffer() }], to: 'pdf' });
    expect(result.files[0]).toMatchObject({ from: 'ofd', status: 'failed', error: { code: 'OFD_CORRUPT' } });
  });
});
