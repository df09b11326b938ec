/**
 * Scanned and photographed invoices through the OCR layer, end to end: real and generated documents
 * are rendered and degraded at test time (fixtures/scan.mjs: grey 200 dpi, 0.8° skew, noise, JPEG 75,
 * image-only PDF; photo: perspective and shadow), then extracted. Field values are compared with the
 * data the documents carry (the OFD's invoice data, the generator's expected.json), not with their text.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { extract } from '../../src/api/extract.js';
import { engineFor } from '../../src/ocr/engine-choice.js';
import { sharedPaddleEngine } from '../../src/ocr/engines.js';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { imagePdf, photoPage, scanPage } from '../../fixtures/scan.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const REAL_OFD = path.resolve(ROOT, '..', 'shared', 'fixtures', 'real', 'ofd', 'ofdrw__zhejiang_vat_normal_1.ofd');
const WESTERN = path.join(ROOT, 'fixtures', 'western', 'invoice-en-usd.pdf');
const CHINESE = path.join(ROOT, 'fixtures', 'invoices', '餐饮', 'dinner-haiweixuan.pdf');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'invoicectl-scans-'));
});
afterAll(async () => {
  await sharedPaddleEngine().dispose();
  await rm(dir, { recursive: true, force: true });
});

async function extractOne(file: string) {
  const { results } = await extract({ inputs: [file], ocr: { langs: 'chi_sim+eng', engine: 'paddle', dpi: 200 }, cache: null, qr: 'never' });
  return results[0]!;
}

async function write(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('engine choice', () => {
  it('reads Chinese and English with PaddleOCR and other languages with tesseract, unless told', () => {
    expect(engineFor('chi_sim+eng')).toBe('paddle');
    expect(engineFor('eng')).toBe('paddle');
    expect(engineFor('deu+eng')).toBe('tesseract');
    expect(engineFor('chi_sim+eng', 'tesseract')).toBe('tesseract');
  });
});

describe('scanned invoices (PaddleOCR)', () => {
  it('reads a real Chinese VAT invoice scanned as an image-only PDF', async () => {
    const converted = await convert({ inputs: [REAL_OFD], to: 'pdf', output: { kind: 'dir', path: dir }, cache: null });
    const pdf = converted.files[0]!.outputs[0]!.path!;
    const scanned = await write('zhejiang-scan.pdf', await imagePdf(await scanPage(pdf), 200));
    const r = await extractOne(scanned);
    expect(r.source).toBe('ocr');
    // The OFD's own invoice data (../shared/fixtures/real/ofd/*.gt.json).
    expect(r.invoice).toMatchObject({
      code: '033002000211', number: '83089647', date: '2020-07-23',
      amount: 510.68, taxAmount: 15.32, totalAmount: 526,
    });
    expect(r.invoice!.seller.name).toBe('兰溪市悦济舫餐厅');
    expect(r.invoice!.buyer.name).toBe('江苏京利华新材料有限公司');
  });

  it('decodes the QR code of a scanned and a photographed real VAT invoice, which agrees with the OCR text', async () => {
    const converted = await convert({ inputs: [REAL_OFD], to: 'pdf', output: { kind: 'dir', path: dir }, cache: null });
    const pdf = converted.files[0]!.outputs[0]!.path!;
    const scanned = await write('zhejiang-qr-scan.pdf', await imagePdf(await scanPage(pdf), 200));
    const photo = await write('zhejiang-qr-photo.pdf', await imagePdf(await photoPage(pdf), 200));
    const { results } = await extract({ inputs: [scanned, photo], ocr: { langs: 'chi_sim+eng', engine: 'paddle', dpi: 200 }, cache: null });
    for (const r of results) {
      expect(r.checks).toContainEqual({ id: 'qr_matches', ok: true });
      // The OFD's own invoice data (../shared/fixtures/real/ofd/*.gt.json).
      expect(r.invoice).toMatchObject({ number: '83089647', date: '2020-07-23', amount: 510.68, checkCode: '16197833567414507415' });
    }
  });

  it('reads a photographed Chinese e-invoice (perspective, shadow)', async () => {
    const expected = JSON.parse(await readFile(CHINESE.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const photo = await write('dinner-photo.jpg', await photoPage(CHINESE));
    const r = await extractOne(photo);
    expect(r.invoice).toMatchObject({ number: expected.number, date: expected.date, totalAmount: expected.totalAmount });
    expect(r.invoice!.seller.name).toBe(expected.seller.name);
  });

  it('reads a scanned English invoice, words apart', async () => {
    const expected = JSON.parse(await readFile(WESTERN.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const scan = await write('western-scan.jpg', await scanPage(WESTERN));
    const r = await extractOne(scan);
    expect(r.invoice).toMatchObject({ number: expected.number, date: expected.date, totalAmount: expected.totalAmount });
    expect(r.invoice!.seller.name).toBe(expected.seller.name);
    expect(r.invoice!.buyer.name).toBe(expected.buyer.name);
  });
});

describe('a figure the scan lost', () => {
  /** Where the original prints each figure of `texts` (its text layer): the boxes a scan will lose. */
  async function boxesOf(pdf: string, texts: RegExp) {
    const { pages } = leanTextAndAttachments(new Uint8Array(await readFile(pdf)));
    const boxes = pages[0]!.items.filter((i) => texts.test(i.text)).map((i) => ({ x: i.x - 1, y: i.y - 1, width: i.width + 2, height: i.height + 2 }));
    expect(boxes.length).toBeGreaterThan(0);
    return boxes;
  }

  it('computes a lost total from net + tax, and asks for review naming it', async () => {
    const expected = JSON.parse(await readFile(WESTERN.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const total = expected.totalAmount.toLocaleString('en-US', { minimumFractionDigits: 2 });
    const scan = await write('western-total-lost.jpg', await scanPage(WESTERN, { lost: await boxesOf(WESTERN, new RegExp(`^\\$${total}$`)) }));
    const r = await extractOne(scan);
    expect(r.invoice).toMatchObject({ amount: expected.amount, taxAmount: expected.taxAmount, totalAmount: expected.totalAmount });
    expect(r.status).toBe('needs_review');
    expect(r.checks).toContainEqual({ id: 'ocr_uncertain', ok: false, message: 'not in the OCR text, computed from the other totals: totalAmount; right only if these are: amount, taxAmount' });
  });

  it('takes a lost 小写 total from the 大写 words printed beside it, without asking for review', async () => {
    const expected = JSON.parse(await readFile(CHINESE.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const scan = await write('dinner-total-lost.jpg', await scanPage(CHINESE, { lost: await boxesOf(CHINESE, new RegExp(`^¥${expected.totalAmount.toFixed(2)}$`)) }));
    const r = await extractOne(scan);
    expect(r.invoice).toMatchObject({ totalAmount: expected.totalAmount, amount: expected.amount, taxAmount: expected.taxAmount });
    expect(r.checks.find((c) => c.id === 'ocr_uncertain')).toBeUndefined();
  });
});

describe('scanned Western invoices (PaddleOCR)', () => {
  it('reads a two-page ZUGFeRD invoice printed in Courier: words whole, dates and amounts unbroken, buyer by its unaccented label', async () => {
    // Every page scanned: the totals are on page 2. Expected values are the invoice's embedded XML.
    const pdf = path.resolve(ROOT, '..', 'shared', 'fixtures', 'real', 'facturx', 'intarsys_zf2p0__zugferd_2p0_EN16931_Einfach.pdf');
    const scanned = await write('einfach-scan.pdf', await imagePdf([await scanPage(pdf, { page: 1 }), await scanPage(pdf, { page: 2 })], 200));
    const r = await extractOne(scanned);
    expect(r.source).toBe('ocr');
    expect(r.invoice).toMatchObject({ number: '471102', date: '2018-03-05', currency: 'EUR', amount: 473, taxAmount: 56.87, totalAmount: 529.87 });
    expect(r.invoice!.seller.name).toBe('Lieferant GmbH');
    expect(r.invoice!.buyer.name).toBe('Kunden AG Mitte');
  });
});

describe('page orientation', () => {
  it('reads a page fed upside down (turned 180°)', async () => {
    const expected = JSON.parse(await readFile(WESTERN.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const scan = await write('western-upside-down.jpg', await scanPage(WESTERN, { turn: 180 }));
    const r = await extractOne(scan);
    expect(r.invoice).toMatchObject({ number: expected.number, date: expected.date, totalAmount: expected.totalAmount });
  });

  it('reads a page upright whose longest boxes are rows of small print, garbage read either way', async () => {
    // A legal footer in 5.5 pt on 6 pt leading: the detector boxes two rows as one, the page's longest
    // lines, which the recogniser read "surer" upside down (0.62 against 0.46) than upright.
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    // An embedded Helvetica-like face: with the standard font the scan would be drawn in whichever face the
    // machine's fontconfig substitutes, and OCR reads small print in each a little differently.
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(await readFile(path.join(ROOT, 'node_modules', 'pdfjs-dist', 'standard_fonts', 'LiberationSans-Regular.ttf')));
    const text = (t: string, x: number, y: number, size: number) => page.drawText(t, { x, y, size, font });
    text('Malerbetrieb Example', 60, 780, 16);
    text('Musterstrasse 12, 12345 Musterstadt', 60, 760, 10);
    text('Rechnung Nr. 2025-118', 60, 700, 12);
    text('Datum 14.11.2025', 400, 700, 10);
    ['Innenanstrich Wohnzimmer 42 m2', 'Lackierarbeiten Tueren 4 Stueck', 'Tapezierarbeiten Flur 18 m2', 'Material und Anfahrt pauschal'].forEach((row, i) => {
      text(row, 60, 640 - i * 22, 10);
      text(`${(120 + i * 37).toFixed(2)} EUR`, 450, 640 - i * 22, 10);
    });
    text('Summe netto 688,00 EUR', 380, 520, 10);
    text('Umsatzsteuer 19 % 130,72 EUR', 380, 504, 10);
    text('Rechnungsbetrag 818,72 EUR', 380, 488, 11);
    const footer = [
      'Malerbetrieb Example GmbH - Geschaeftsfuehrer Max Mustermann - Amtsgericht Musterstadt HRB 12345 - USt-IdNr. DE123456789 - Steuernummer 123/456/78901',
      'Bankverbindung Sparkasse Musterstadt - IBAN DE12 3456 7890 1234 5678 90 - BIC SPKADE12XXX - Zahlbar innerhalb von 14 Tagen ohne Abzug nach Rechnungsdatum',
      'Es gelten unsere Allgemeinen Geschaeftsbedingungen. Die Leistung wurde im November 2025 erbracht. Bitte geben Sie bei Zahlung die Rechnungsnummer an.',
      'Malerbetrieb Example GmbH - Musterstrasse 12 - 12345 Musterstadt - Telefon 0123 456789 - info@maler-example.de - www.maler-example.de - Sitz Musterstadt',
    ];
    for (const top of [120, 70]) footer.forEach((row, i) => text(row, 40, top - i * 6, 5.5));
    const pdf = await write('small-print-footer.pdf', await doc.save());
    const r = await extractOne(await write('small-print-footer.jpg', await scanPage(pdf)));
    expect(r.invoice).toMatchObject({ number: '2025-118', date: '2025-11-14', amount: 688, taxAmount: 130.72, totalAmount: 818.72 });
  });

  it('reads a page scanned sideways (fed turned 90°)', async () => {
    const expected = JSON.parse(await readFile(WESTERN.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const scan = await write('western-sideways.jpg', await scanPage(WESTERN, { turn: 90 }));
    const r = await extractOne(scan);
    expect(r.invoice).toMatchObject({ number: expected.number, totalAmount: expected.totalAmount });
  });
});

describe('convert --ocr with PaddleOCR', () => {
  // No skew, so the scan's pixels sit where the original's text does and the original's own text
  // layer (pdftotext -bbox) is the truth for where each word is; on a page fed sideways (turned 90°
  // clockwise), a word at (x, y) of the original lies at (1 − y, x) of the scan.
  const fed: [string, 0 | 90, (p: { x: number; y: number }) => { x: number; y: number }][] = [
    ['upright', 0, (p) => p],
    ['sideways', 90, (p) => ({ x: 1 - p.y, y: p.x })],
  ];
  it.each(fed)('puts the text layer on the words of a scan fed %s', async (name, turn, onScan) => {
    const scan = await write(`western-straight-${name}.jpg`, await scanPage(WESTERN, { skew: 0, turn }));
    const result = await convert({
      inputs: [scan], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['eng'], pageSize: 'fit', imageOptions: { dpi: 200 } },
      output: { kind: 'dir', path: dir }, cache: null,
    });
    expect(result.files[0]!.error).toBeUndefined();
    const searchable = result.files[0]!.outputs[0]!.path!;
    const words = async (file: string) => {
      const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
      const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(stdout)!;
      const [w, h] = [Number(page[1]), Number(page[2])];
      return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<\/word>/g)]
        .map((m) => ({ text: m[5]!, x: (Number(m[1]) + Number(m[3])) / 2 / w, y: (Number(m[2]) + Number(m[4])) / 2 / h }));
    };
    const truth = await words(WESTERN);
    const found = await words(searchable);
    // Words that occur once in both: the layer's copy must sit on the original's (within 1.5% of the page).
    const once = (list: { text: string }[], t: string) => list.filter((w) => w.text === t).length === 1;
    const pairs = truth.filter((t) => t.text.length >= 4 && once(truth, t.text) && once(found, t.text))
      .map((t) => [onScan(t), found.find((f) => f.text === t.text)!, t.text] as const);
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    for (const [t, f, text] of pairs) {
      expect(Math.abs(t.x - f.x), text).toBeLessThan(0.015);
      expect(Math.abs(t.y - f.y), text).toBeLessThan(0.015);
    }
  });
});
