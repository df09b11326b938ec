/**
 * A Polish advance invoice ("Faktura zaliczkowa", invoicing a payment received before delivery) and the final invoice
 * that settles it ("Faktura końcowa") title their number as any "Faktura VAT nr …": the number after "nr" is the invoice's.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a Polish advance or final invoice\'s title holds its number', () => {
  it.each([
    ['FAKTURA ZALICZKOWA nr FZ 12/11/2026', 'FZ 12/11/2026'],
    ['Faktura VAT zaliczkowa nr 7/2026', '7/2026'],
    ['Faktura końcowa nr FK/2026/031', 'FK/2026/031'],
  ])('"%s": %s', (title, number) => {
    expect(read({ title, info: [['Data wystawienia', '24.11.2026']] }).number).toBe(number);
  });
});
