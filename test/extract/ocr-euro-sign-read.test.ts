/**
 * The euro sign read by OCR as the math sign "∈" ("88,40 ∈"): written as the €, the amounts beside it are read
 * as the page prints them.
 */
import { describe, expect, it } from 'vitest';
import { textParts } from '../../src/extract/text-parts.js';
import { toPageText } from '../invoice/page-builder.js';

function read(sign: string) {
  const pages = toPageText([{ x: 20, y: 20, text: 'Electrónica Levantina Online, S.L.', size: 5 }, { x: 120, y: 20, text: 'Número de factura: ES5-2025-0044712' }, { x: 120, y: 26, text: 'Fecha de la factura: 19/11/2025' },
    { x: 20, y: 50, text: 'Dirección de facturación' }, { x: 20, y: 55, text: 'Talleres Mecánicos Ordóñez, S.L.' }, { x: 20, y: 60, text: 'C/ Sierpes 41' }, { x: 20, y: 65, text: '41004 Sevilla' },
    { x: 100, y: 150, text: 'Tipo IVA' }, { x: 130, y: 150, text: 'Subtotal (IVA excl.)' }, { x: 170, y: 150, text: 'Total IVA' },
    { x: 100, y: 156, text: '21%' }, { x: 135, y: 156, text: `88,40 ${sign}` }, { x: 172, y: 156, text: `18,57 ${sign}` },
    { x: 130, y: 168, text: `Total factura 106,97 ${sign}` }], 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  const { invoice } = textParts(pages, 'ocr', []).find((p) => p.source === 'ocr')!;
  return { currency: invoice.currency, amount: invoice.amount, taxAmount: invoice.taxAmount, totalAmount: invoice.totalAmount };
}

describe('the euro sign read as "∈"', () => {
  it('is read as the euro sign', () => {
    expect(read('∈')).toEqual({ currency: 'EUR', amount: 88.4, taxAmount: 18.57, totalAmount: 106.97 });
    expect(read('∈')).toEqual(read('€'));
  });
});
