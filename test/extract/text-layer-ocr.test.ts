/**
 * Chinese PDFs whose value font has a wrong ToUnicode map (the text layer gives other, valid-looking
 * characters than the page shows): extract must notice, read the page again by OCR and settle each field
 * (taken from the OCR where the text layer's cannot be, named for review where they disagree), and a
 * correct Chinese PDF must not pay for an OCR. The invoice is drawn with pdf-lib in two fonts (labels,
 * values); the value font's map is then rewritten with its digits and the seller's hanzi permuted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFFont, type PDFPage } from 'pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/api/extract.js';
import type { ReadContext } from '../../src/extract/context.js';
import type { LazyOcr } from '../../src/extract/ocr.js';
import { readTextLayer } from '../../src/extract/read-digital.js';
import { textLayerDoubts } from '../../src/extract/text-layer-doubts.js';
import { readTextLayerAgain } from '../../src/extract/text-layer-ocr.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/index.js';
import { fixedFontkit } from '../../src/pdf/fontkit-fix.js';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import { parseToUnicode } from '../../src/pdf/lean/to-unicode.js';
import { SHARED } from '../helpers/cli.js';
import { CJK_FONT } from '../invoice/page-builder.js';
import { RUNS, TRUE, runsAsPage, type Run } from './cn-invoice-runs.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const MM = 72 / 25.4;

/** The value font's ToUnicode: digits shifted by 7 (2025 → 9792), the seller's hanzi rotated, four of them to characters outside GB2312. */
function permuted(map: Map<number, string>): Map<number, string> {
  const out = new Map<number, string>();
  const seller = [...new Set(TRUE.seller)];
  const rare = ['脪', '祺', '堃', '喆'];
  for (const [code, text] of map) {
    let next = text;
    if (/^\d$/.test(text)) next = String((Number(text) + 7) % 10);
    const i = seller.indexOf(text);
    if (i >= 0 && !TRUE.buyer.includes(text)) next = i < rare.length ? rare[i] : seller[(i + 1) % seller.length];
    out.set(code, next);
  }
  return out;
}

function cmap(map: Map<number, string>): string {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const entries = [...map].map(([code, text]) => `<${code.toString(16).padStart(4, '0')}> <${hex(text)}>`);
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap', '/CMapName /Permuted def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <ffff>', 'endcodespacerange',
    `${entries.length} beginbfchar`, ...entries, 'endbfchar', 'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
}

async function invoicePdf(permute: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fixedFontkit);
  // Two faces, as issuers print labels and values in two fonts.
  const labels = await doc.embedFont(readFileSync(CJK_FONT), { subset: true });
  const values = await doc.embedFont(readFileSync(CJK_FONT.replace('Regular', 'Medium')), { subset: true });
  const page = doc.addPage([210 * MM, 140 * MM]);
  for (const r of RUNS) draw(page, r, r.value ? values : labels);
  const saved = await doc.save();
  // pdf-lib writes the fonts' ToUnicode maps on save: the value font's is rewritten in the saved file.
  return permute ? withMaps(saved, permuted, (font) => font === values.ref.toString()) : saved;
}

/** The PDF with the ToUnicode maps of its Type0 fonts (those `which` picks, by reference) passed through `change`. */
async function withMaps(bytes: Uint8Array, change: (map: Map<number, string>) => Map<number, string>, which: (font: string) => boolean = () => true): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes);
  for (const [ref, font] of doc.context.enumerateIndirectObjects()) {
    if (!(font instanceof PDFDict) || font.get(PDFName.of('Subtype'))?.toString() !== '/Type0' || !which(ref.toString())) continue;
    const toUnicode = font.get(PDFName.of('ToUnicode')) as PDFRef;
    const map = parseToUnicode(decodePDFRawStream(doc.context.lookup(toUnicode) as PDFRawStream).decode());
    doc.context.assign(toUnicode, doc.context.stream(cmap(change(map))));
  }
  return doc.save();
}

function draw(page: PDFPage, r: Run, font: PDFFont): void {
  const size = r.size ?? 3;
  page.drawText(r.text, { x: r.x * MM, y: (140 - r.y - size) * MM, size: size * MM, font });
}

let correct: Uint8Array;
let broken: Uint8Array;

beforeAll(async () => {
  correct = await invoicePdf(false);
  broken = await invoicePdf(true);
});

describe('a Chinese PDF whose value font maps glyphs to the wrong characters', () => {
  test('is read again by OCR: values that cannot be, or that another reading confirms, are taken from it; the rest is named', async () => {
    const { results } = await extract({ inputs: [{ name: 'broken.pdf', bytes: broken }], ocr: { langs: 'chi_sim+eng' }, now: NOW });
    const r = results[0];
    const inv = r.invoice!;
    expect(r.status).toBe('needs_review');
    const check = r.checks.find((c) => c.id === 'text_layer_doubt');
    expect(check).toMatchObject({ ok: false });
    expect(check!.message).toMatch(/outside GB2312/);
    // The text layer says 9792年71月78日: the OCR's date stands in its place.
    expect(inv.date).toBe(TRUE.date);
    // The text layer's 小写 (046.77) disagrees with its 大写 words; the OCR's agrees, and so do its net and tax.
    expect(inv).toMatchObject({ totalAmount: TRUE.total, amount: TRUE.amount, taxAmount: TRUE.tax });
    for (const field of ['date', 'totalAmount', 'amount', 'taxAmount']) expect(inv.fieldSources![field], field).toBe('ocr');
    // The line item's figures, which the map changed too: the OCR's add up to the net.
    expect(inv.items.map((i) => i.amount)).toEqual([TRUE.amount]);
    expect(inv.fieldSources!.items).toBe('ocr');
    // The seller's tax id: only the OCR's has a valid check character.
    expect(inv.seller.taxId).toBe('91370203MA3N3AR685');
    const doubted = fieldsInDoubt(r.checks);
    // Nothing else vouches for either reading of the invoice number: named for review.
    expect(doubted).toContain('number');
    // The seller's name: the OCR's (as many characters, all in GB2312), still named for review.
    expect(inv.seller.name).toBe(TRUE.seller);
    expect(doubted).toContain('seller.name');
    // The buyer's name, whose characters the map left alone, agrees in both readings and is not doubted.
    expect(inv.buyer.name).toBe(TRUE.buyer);
    expect(doubted).not.toContain('buyer.name');
    expect(doubted).not.toContain('date');
  });

  test('with OCR switched off, the fields in doubt are named for review', async () => {
    const { results } = await extract({ inputs: [{ name: 'broken.pdf', bytes: broken }], ocr: false, now: NOW });
    const r = results[0];
    expect(r.status).toBe('needs_review');
    expect(r.checks.find((c) => c.id === 'text_layer_doubt')).toMatchObject({ ok: false, message: expect.stringMatching(/OCR is off/) });
    expect(fieldsInDoubt(r.checks)).toEqual(expect.arrayContaining(['date', 'seller.name', 'totalAmount']));
  });

  test('the same invoice with a correct map is read from its text layer alone, without an OCR', async () => {
    const { results } = await extract({ inputs: [{ name: 'correct.pdf', bytes: correct }], ocr: { langs: 'chi_sim+eng' }, now: NOW });
    const r = results[0];
    expect(r.checks.find((c) => c.id === 'text_layer_doubt')).toBeUndefined();
    expect(r.source).toBe('text');
    expect(Object.values(r.invoice!.fieldSources!)).not.toContain('ocr');
    expect(r.invoice).toMatchObject({ number: TRUE.number, date: TRUE.date, totalAmount: TRUE.total, amount: TRUE.amount, taxAmount: TRUE.tax });
    expect(r.invoice!.seller.name).toBe(TRUE.seller);
    expect(r.status).toBe('ok');
  });
});

describe('a real 数电 PDF whose maps swap two digits (the date stays valid, the figures and tax ids do not change)', () => {
  // Nothing on the text layer can be caught: the QR code (--qr always) is the sign.
  test('the QR code disagrees: the page is read again, and where the QR code and the OCR agree their value stands', async () => {
    const file = path.join(SHARED, 'corpus', 'cn-pdf', 'vmxmy__2024年03月15日深圳市宝安区锦阆扉酒店住宿服务180000.pdf');
    const truth = JSON.parse(readFileSync(`${file}.gt.json`, 'utf8'));
    const swap = (map: Map<number, string>) => new Map([...map].map(([code, text]) => [code, text === '3' ? '5' : text === '5' ? '3' : text]));
    const bytes = await withMaps(new Uint8Array(readFileSync(file)), swap);
    const { results } = await extract({ inputs: [{ name: 'swapped.pdf', bytes }], ocr: { langs: 'chi_sim+eng' }, qr: 'always', now: NOW });
    const r = results[0];
    expect(r.checks.find((c) => c.id === 'text_layer_doubt')?.message).toMatch(/the QR code disagrees: number 24932000000051722582/);
    const doubted = fieldsInDoubt(r.checks);
    // Each field is right, or named for review: never a silent 2024-05-13.
    for (const field of ['number', 'date', 'amount', 'taxAmount', 'totalAmount'] as const) {
      expect(r.invoice![field] === truth[field] || doubted.includes(field), `${field}: ${r.invoice![field]}`).toBe(true);
    }
    expect(r.invoice).toMatchObject({ number: truth.number, date: truth.date });
    expect(r.invoice!.fieldSources).toMatchObject({ number: 'ocr', date: 'ocr' });
  });
});

describe('the step on its own', () => {
  test('an OCR that cannot run leaves the fields in doubt named, and the text layer read', async () => {
    const layer = leanTextAndAttachments(broken);
    const { parts } = readTextLayer(layer, []);
    const doubts = textLayerDoubts(layer, parts, undefined, NOW)!;
    const failing = { settings: { langs: 'chi_sim', engine: 'auto', dpi: 100, recycleAfter: 1 }, pageText: async () => { throw new Error('no OCR engine'); } } as unknown as LazyOcr;
    const ctx = { templates: [], ocr: failing, qr: 'never', pdfText: async () => { throw new Error('unused'); }, maxPages: 10, maxImagePixels: 1e8 } as unknown as ReadContext;
    const again = await readTextLayerAgain(broken, parts, doubts, layer.pages, ctx);
    expect(again.parts).toEqual(parts);
    expect(again.check).toMatchObject({ id: 'text_layer_doubt', ok: false, message: expect.stringMatching(/^not read again: date, .*\(the OCR failed: no OCR engine;/) });
    expect(fieldsInDoubt([again.check])).toEqual(expect.arrayContaining(['date', 'number', 'totalAmount', 'seller.name', 'buyer.name']));
  });
});

describe('a page whose map its fonts\' own data reads otherwise (the program\'s cmap table)', () => {
  // A map off along its codes: the 名称 labels and the seller's name read as other characters (all valid).
  const garble = (text: string) => [...text].map((c) => (/[名称]/.test(c) || TRUE.seller.includes(c) ? String.fromCodePoint(c.codePointAt(0)! + 0x40) : c)).join('');
  const textPages = runsAsPage(RUNS.map((r) => (r.text === '名称：' || r.text === TRUE.seller ? { ...r, text: garble(r.text) } : r)));
  const ownReading = new Map([...new Set(`名称${TRUE.seller}`)].map((c) => [garble(c), c] as [string, string]));
  // The OCR sees the glyphs: the page as printed.
  const ocr = { settings: { langs: 'chi_sim', engine: 'auto', dpi: 100, recycleAfter: 1 }, pageText: async () => runsAsPage(RUNS)[0] } as unknown as LazyOcr;
  const ctx = { templates: [], ocr, qr: 'never', pdfText: async () => { throw new Error('unused'); }, maxPages: 10, maxImagePixels: 1e8 } as unknown as ReadContext;
  const doubts = { reasons: ['font SimSun maps 20 glyphs otherwise than their names say'], impossible: new Map(), doubtful: new Set<string>(), wholeLayer: true, ownReading };

  test('the pages read so are parsed again: values the OCR of the same glyphs confirms are taken, labels found again', async () => {
    const parts = textParts(textPages, 'text', []);
    expect(parts[0].invoice.seller.name).not.toBe(TRUE.seller);
    const again = await readTextLayerAgain(correct, parts, doubts, textPages, ctx);
    const inv = again.parts.find((p) => p.source === 'text')!.invoice;
    expect(inv.seller.name).toBe(TRUE.seller);
    expect(inv.buyer.name).toBe(TRUE.buyer);
    expect(inv.fieldSources!['seller.name']).toBe('text');
    expect(again.check.ok).toBe(true);
  });

  test('a value the OCR of its glyphs reads otherwise is not taken from that reading', async () => {
    const otherOcr = { ...ocr, pageText: async () => runsAsPage(RUNS.map((r) => (r.text === TRUE.seller ? { ...r, text: '青岛嘉仕汇宾馆管理有限公司' } : r)))[0] } as unknown as LazyOcr;
    const again = await readTextLayerAgain(correct, textParts(textPages, 'text', []), doubts, textPages, { ...ctx, ocr: otherOcr });
    expect(again.parts.find((p) => p.source === 'text')!.invoice.seller.name).not.toBe(TRUE.seller);
  });
});
