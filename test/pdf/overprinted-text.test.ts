/**
 * Bold by double printing: a producer whose font has no bold face draws each bold run or word two or
 * three times a fraction of a point apart. The text layer must read it once ("Invoice No.", not
 * "InvoiceInvoice No.No."), through pdf.js and the lean reader alike, while glyphs that only repeat
 * ("ll", "00") stay.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { linesToText, pageLines } from '../../src/invoice/layout.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

const H = 842;

/** Draws `text` glyph by glyph from x (a report writer's plain text). */
function glyphs(page: PDFPage, font: PDFFont, text: string, x: number, top: number, size: number): void {
  let at = x;
  for (const g of text) {
    page.drawText(g, { x: at, y: H - top, size, font });
    at += font.widthOfTextAtSize(g, size);
  }
}

/** Draws `text` piece by piece from x (its words, or its glyphs), each piece `times` times, `apart` pt apart. */
function copies(page: PDFPage, font: PDFFont, text: string, x: number, top: number, size: number, times: number, by: 'word' | 'glyph', apart: number): void {
  let at = x;
  for (const piece of by === 'word' ? text.split(' ') : [...text]) {
    if (piece !== ' ') for (let k = 0; k < times; k++) page.drawText(piece, { x: at + k * apart, y: H - top, size, font });
    at += font.widthOfTextAtSize(by === 'word' ? `${piece} ` : piece, size);
  }
}

async function invoicePdf(times: number, by: 'run' | 'word' | 'glyph', apart = 0.3): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, H]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  // The bold runs in the regular face, made bold by printing them again.
  const bold = (text: string, x: number, top: number, size = 9) => {
    if (by !== 'run') copies(page, regular, text, x, top, size, times, by, apart);
    else for (let k = 0; k < times; k++) page.drawText(text, { x: x + k * apart, y: H - top, size, font: regular });
  };
  const plain = (text: string, x: number, top: number, size = 9) => glyphs(page, regular, text, x, top, size);
  bold('Hartley Joinery Ltd', 50, 60, 15);
  plain('Unit 4, Mill Lane, Leeds LS12 6AB', 50, 78);
  plain('VAT Reg. No. GB 284 1937 55', 50, 90);
  bold('INVOICE', 450, 60, 18);
  bold('Invoice No.', 360, 110);
  plain('HF-2025-0417', 470, 110);
  bold('Invoice Date', 360, 124);
  plain('14 Mar 2025', 470, 124);
  bold('Bill To', 50, 160, 10);
  plain('Marlowe Property Services Ltd', 50, 176, 10);
  plain('22 Kirkgate, Wakefield WF1 1HT', 50, 188);
  bold('Description', 50, 250);
  bold('Amount', 500, 250);
  plain('Oak handrail, fitted', 50, 266);
  plain('1,100.00', 500, 266);
  plain('Subtotal', 360, 300);
  plain('£1,100.00', 480, 300);
  plain('VAT 20%', 360, 315);
  plain('£220.00', 480, 315);
  bold('Total Due', 360, 330, 10);
  bold('£1,320.00', 480, 330, 10);
  return doc.save();
}

describe('text printed over itself is read once', () => {
  // Glyph by glyph, pdf.js joins each copy to the next glyph ("I", "In", "nv", ...). Copies so close that
  // pdf.js keeps every glyph of this 9-10 pt type apart from its copy: wider apart, an "l" and its copy
  // make one item ("ll"), which stays as read.
  for (const [by, times, apart] of [['word', [2], [0.3]], ['run', [2, 3], [0.3]], ['glyph', [2, 3], [0.1, 0.15]]] as const) {
    it(`bold runs drawn ${times.join(' or ')} times, ${by} by ${by}, ${apart.join(' or ')} pt apart: each label once, through pdf.js and the lean reader`, async () => {
      for (const [t, a] of times.flatMap((t) => apart.map((a) => [t, a]))) {
        const bytes = await invoicePdf(t, by, a);
        for (const pages of [await pdfPageText(bytes), leanTextAndAttachments(bytes).pages]) {
          const text = linesToText(pageLines(pages));
          expect(text).toContain('Invoice No.');
          expect(text).toContain('Bill To');
          expect(text).toContain('Total Due');
          expect(text).toContain('Hartley Joinery Ltd');
          expect(text).not.toMatch(/InvoiceInvoice|No\.No\.|ToTo|£1,320.00£/);
          const invoice = parseWesternInvoiceText(pages);
          expect([invoice.number, invoice.date, invoice.totalAmount, invoice.seller.name, invoice.buyer.name]).toEqual(['HF-2025-0417', '2025-03-14', 1320, 'Hartley Joinery Ltd', 'Marlowe Property Services Ltd']);
        }
      }
    });
  }

  it('glyphs that repeat side by side stay ("ll", "00")', async () => {
    const bytes = await invoicePdf(1, 'glyph');
    const text = linesToText(pageLines(await pdfPageText(bytes)));
    expect(text).toContain('Hartley Joinery Ltd');
    expect(text).toContain('1,100.00');
    expect(text).toContain('Mill Lane');
  });
});
