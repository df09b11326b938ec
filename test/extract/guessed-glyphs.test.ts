/**
 * A font that maps its glyphs to no character (pdfTeX's bitmap Type 3 fonts: no ToUnicode, glyphs named
 * "/a82"): its characters are only guessed from their codes, and T1-encoded TeX's "ß" (code 255) reads
 * "ÿ". The field read from it is named for review; the same page with the glyphs named is not.
 */
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { fieldsInDoubt } from '../../src/invoice/index.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';

const NOW = new Date('2026-11-21T00:00:00Z');

/** The seller's name (a company form: nothing else doubts it) drawn in font F2, in T1 (Cork) codes: latin-1 but for ß at 255. */
const SELLER = 'Köhler & Groß Ingenieure GmbH';
const t1 = (text: string) => [...text].map((c) => (c === 'ß' ? 255 : c.charCodeAt(0)));

const RUNS: [string, number, number, string][] = [
  ['F1', 360, 100, 'Rechnungsnummer'],
  ['F1', 470, 100, 'IB-2025-117'],
  ['F1', 360, 114, 'Rechnungsdatum'],
  ['F1', 470, 114, '28.04.2025'],
  ['F1', 57, 158, 'Schwäbische Fensterbau GmbH'],
  ['F1', 57, 171, 'Neckarstraße 210'],
  ['F1', 57, 184, '70190 Stuttgart'],
  ['F1', 57, 320, 'Statische Berechnung'],
  ['F1', 500, 320, '1.950,00 €'],
  ['F1', 330, 350, 'Nettobetrag'],
  ['F1', 500, 350, '1.950,00 €'],
  ['F1', 330, 364, 'zzgl. 19 % MwSt.'],
  ['F1', 500, 364, '370,50 €'],
  ['F1', 330, 378, 'Rechnungsbetrag'],
  ['F1', 500, 378, '2.320,50 €'],
  ['F1', 57, 790, 'USt-IdNr. DE 147 702 385, Königstraße 51, 70173 Stuttgart'],
];

/** The page: F1 Helvetica (WinAnsi), F2 a Type 3 font naming its glyphs `name(code)`, drawing boxes. */
function page(name: (code: number) => string): Uint8Array {
  const codes = [...new Set(t1(SELLER))].sort((a, b) => a - b);
  const octal = (bytes: number[]) => bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  const cp1252 = (text: string) => [...text].map((c) => (c === '€' ? 128 : c.charCodeAt(0)));
  // Words apart by TJ figures, as pdfTeX sets them.
  const seller = `[${SELLER.split(' ').map((w) => `(${octal(t1(w))})`).join(' -333 ')}]`;
  const content = [
    `BT /F2 17 Tf 1 0 0 1 57 782 Tm ${seller} TJ ET`,
    ...RUNS.map(([font, x, top, text]) => `BT /${font} 9 Tf 1 0 0 1 ${x} ${842 - top} Tm (${octal(cp1252(text))}) Tj ET`),
  ].join('\n');
  const procs = codes.map((c) => `/${name(c)} ${7 + codes.indexOf(c)} 0 R`).join(' ');
  const first = codes[0]!;
  const widths = Array.from({ length: codes.at(-1)! - first + 1 }, (_, i) => (codes.includes(first + i) ? 600 : 0)).join(' ');
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 600 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${procs} >> /Resources << >> `
      + `/Encoding << /Type /Encoding /Differences [${codes.map((c) => `${c} /${name(c)}`).join(' ')}] >> /FirstChar ${first} /LastChar ${codes.at(-1)} /Widths [${widths}] >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...codes.map(() => '<< /Length 34 >>\nstream\n600 0 0 0 600 700 d1 50 0 500 600 re f\nendstream'),
  ]);
}

const read = async (bytes: Uint8Array) => (await extract({ inputs: [{ name: 'invoice.pdf', bytes }], concurrency: 1, ocr: false, now: NOW })).results[0]!;

describe('glyphs nothing maps to a character', () => {
  test('a Type 3 font naming its glyphs by code ("/a255"): the seller read from it is named for review', async () => {
    const r = await read(page((c) => `a${c}`));
    expect([r.invoice?.number, r.invoice?.seller.name]).toEqual(['IB-2025-117', 'Köhler & Groÿ Ingenieure GmbH']);
    expect(r.status).toBe('needs_review');
    expect(fieldsInDoubt(r.checks)).toContain('seller.name');
    expect(fieldsInDoubt(r.checks)).not.toContain('number');
  });

  test('the same font naming its glyphs by character ("/germandbls"): nothing guessed, nothing named for it', async () => {
    const names: Record<number, string> = { 32: 'space', 38: 'ampersand', 252: 'udieresis', 246: 'odieresis', 255: 'germandbls' };
    const r = await read(page((c) => names[c] ?? String.fromCharCode(c)));
    expect(r.invoice?.seller.name).toBe(SELLER);
    expect(r.checks.filter((c) => c.id === 'text_layer_doubt')).toEqual([]);
  });
});
