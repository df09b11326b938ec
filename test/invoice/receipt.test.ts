import { describe, expect, it } from 'vitest';
import { parseReceiptText, fixOcrDigits } from '../../src/invoice/receipt.js';

describe('parseReceiptText', () => {
  it('German supermarket receipt: last labelled total, not the subtotal or change', () => {
    const inv = parseReceiptText([
      'REWE Markt GmbH', 'Hauptstr. 1, 50667 Köln', 'Bon-Nr. 4711', '',
      'Milch 1,5%        1,19 B', 'Brot              2,49 B', 'Zwischensumme     3,68',
      'SUMME EUR         3,68', 'Bar              10,00', 'Rückgeld          6,32',
      'MwSt 7%  netto 3,44  MwSt 0,24', '15.01.2024 10:42',
    ].join('\n'));
    expect(inv).toMatchObject({ date: '2024-01-15', totalAmount: 3.68, taxAmount: 0.24, currency: 'EUR', number: '4711' });
  });

  it('prefers a labelled total over cash given when TOTAL is printed last', () => {
    const inv = parseReceiptText('Corner Cafe\n01/15/2024\nLatte 4.50\nMuffin 3.25\nSubtotal 7.75\nTax 0.62\nTOTAL $8.37\n');
    expect(inv).toMatchObject({ date: '2024-01-15', totalAmount: 8.37, taxAmount: 0.62, currency: 'USD' });
    expect(inv.seller.name).toBe('Corner Cafe');
  });

  it('a receipt number after a full-width colon (单号： as PaddleOCR reads it)', () => {
    const inv = parseReceiptText('海味轩（科技园店）\n结账单\n单号： 20240115-0387\n日期： 2024-01-15 19:42\n合计 586.00');
    expect(inv.number).toBe('20240115-0387');
  });

  it('reads OCR-damaged digits and Chinese labels', () => {
    expect(fixOcrDigits('TOTAL 1O.5O')).toBe('TOTAL 10.50');
    // A confusion before the digits, after a separator, or as the run's last character; letters apart from digits kept.
    expect(['l2,00 Total', 'Summe 12,O0', 'Hotel Lola 1,5|', 'Total 12.50 Iola', 'No. 12 old'].map(fixOcrDigits)).toEqual(['12,00 Total', 'Summe 12,00', 'Hotel Lola 1,51', 'Total 12.50 Iola', 'No. 12 old']);
    const inv = parseReceiptText('全家便利店\n2024年01月15日\n饭团 8.00\n合计 ¥1O.5O\n');
    expect(inv).toMatchObject({ date: '2024-01-15', totalAmount: 10.5, currency: 'CNY' });
    expect(inv.fieldSources).toMatchObject({ totalAmount: 'ocr', date: 'ocr' });
  });

  it('falls back to the largest amount without labels; no currency shown, none guessed', () => {
    const inv = parseReceiptText('Kiosk\n2,50\n12,80\n3,00');
    expect(inv.totalAmount).toBe(12.8);
    expect(inv.currency).toBeNull();
  });
});
