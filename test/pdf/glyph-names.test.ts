/**
 * Fonts whose only map to characters is their glyph names: no ToUnicode, an encoding by Differences.
 * PDFs distilled from PostScript (Ghostscript, printer drivers) re-encode their fonts so, and PostScript's
 * ISOLatin1Encoding names the hyphen's code "minus".
 */
import { describe, expect, it } from 'vitest';
import { linesToText, pageLines } from '../../src/invoice/layout.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';
import { expectSamePages } from '../helpers/same-pages.js';

/** One page of Helvetica runs (x, top, text) under `encoding`; strings written as latin-1 codes. */
function page(encoding: string, runs: [number, number, string][]): Uint8Array {
  const escape = (t: string) => t.replace(/[()\\]/g, (c) => `\\${c}`);
  const content = runs.map(([x, top, text]) => `BT /F1 10 Tf 1 0 0 1 ${x} ${842 - top} Tm (${escape(text)}) Tj ET`).join('\n');
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encoding} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ]);
}

const INVOICE: [number, number, string][] = [
  [50, 60, 'Fraser River Marine Ltd.'],
  [50, 74, '1620 Mitchell Road, Richmond, BC V6V 1M8'],
  [360, 100, 'Invoice No.'],
  [470, 100, 'FRM-2531'],
  [360, 114, 'Invoice Date'],
  [470, 114, '2025-03-03'],
  [50, 160, 'Bill To'],
  [50, 174, 'Steveston Harbour Authority'],
  [50, 188, '12740 Trites Road, Richmond, BC V7E 3R8'],
  [50, 240, 'Haul-out and launch'],
  [470, 240, '1,253.00'],
  [50, 254, 'Discount'],
  [470, 254, '-20.00'],
  [360, 290, 'Subtotal'],
  [470, 290, '$1,233.00'],
  [360, 304, 'GST 5%'],
  [470, 304, '$61.65'],
  [360, 318, 'Total Due (CAD)'],
  [470, 318, '$1,294.65'],
];

describe('glyph names as the only map', () => {
  it('a hyphen named "minus" (ISOLatin1Encoding) reads as a hyphen inside words, as a minus before a figure', async () => {
    const pages = await pdfPageText(page('<< /BaseEncoding /WinAnsiEncoding /Differences [45 /minus] >>', INVOICE));
    const text = linesToText(pageLines(pages));
    expect(text).toContain('FRM-2531');
    expect(text).toContain('Haul-out and launch');
    expect(text).toContain('\u221220.00');
    const invoice = parseWesternInvoiceText(pages);
    expect([invoice.number, invoice.date, invoice.totalAmount]).toEqual(['FRM-2531', '2025-03-03', 1294.65]);
    expectSamePages(leanTextAndAttachments(page('<< /BaseEncoding /WinAnsiEncoding /Differences [45 /minus] >>', INVOICE)).pages, pages);
  });

  it('Differences without a base encoding, by standard Latin, ligature and uniXXXX names: the lean reader reads them as pdf.js does', async () => {
    // Codes given in the order the glyphs are first drawn, as Ghostscript, groff and subsetting writers number them.
    const runs: [number, number, string][] = [...INVOICE, [50, 360, 'Łódź office fit-out, Koło'], [50, 374, 'Total € 1 294,65 ≤ limit']];
    const chars = [...new Set(runs.map((r) => r[2]).join(''))];
    const names: Record<string, string> = { ' ': 'space', '-': 'hyphen', Ł: 'Lslash', ó: 'oacute', ź: 'zacute', ł: 'lslash', '€': 'uni20AC', '≤': 'lessequal', ',': 'comma', '.': 'period', '$': 'dollar', '%': 'percent', '(': 'parenleft', ')': 'parenright' };
    const digits = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const name = (c: string) => names[c] ?? (/\d/.test(c) ? digits[Number(c)] : c);
    // "fi" drawn as the ligature glyph, one code.
    const coded = runs.map(([x, top, text]) => [x, top, text.replace(/fi/g, '\u0001').replace(/[^\u0001]/g, (c) => String.fromCharCode(chars.indexOf(c) + 2))] as [number, number, string]);
    const encoding = `<< /Differences [1 /fi ${chars.map(name).map((n) => `/${n}`).join(' ')}] >>`;
    const bytes = page(encoding, coded);
    const pages = await pdfPageText(bytes);
    const text = linesToText(pageLines(pages));
    expect(text).toContain('Łódź office fit-out, Koło');
    expect(text).toContain('Total € 1 294,65 ≤ limit');
    expect(text).toContain('FRM-2531');
    expectSamePages(leanTextAndAttachments(bytes).pages, pages);
  });
});
