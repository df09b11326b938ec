/**
 * A letterhead whose larger first row is followed right under it by a row ending in a company form that shares no
 * word with it ("Frutas do Oeste" over "Distribuição Alimentar, Lda.", the 171st-175th batches' Portuguese
 * wholesaler, read "Distribuição Alimentar, Lda." without doubt): the name may run over both rows, or the brand be
 * another's; the seller is in doubt. A brand over its own company ("Brisa Norte" over "Brisa Norte Climatização,
 * Lda.") is not.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 4.23, width = text.length * 2.1): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (first: string, second: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(16, 15.2, first, 6, first.length * 3), w(16, 22.2, second), w(16, 27.3, 'Rua do Comércio 18'), w(16, 32.3, '2560-214 Torres Vedras · NIF 509118447'),
  w(125, 15.3, 'FATURA FT 2025A/118', 5.3, 50), w(126, 26.7, 'Data: 21/11/2025'),
  w(16, 55, 'Exmo.(s) Sr.(s)', 2.47, 20), w(16, 58, 'Mercearia Central, Lda.'), w(16, 63, 'Rua Direita 5'), w(16, 68, '2500-110 Caldas da Rainha'),
  w(118, 110, 'Total ilíquido'), w(175, 110, '100,00 €'), w(118, 116, 'Total IVA'), w(175, 116, '23,00 €'), w(118, 122, 'Total a pagar'), w(175, 122, '123,00 €'),
] }];

describe('a company row right under another name in larger print', () => {
  it('puts the seller in doubt when the rows share no word', () => {
    const inv = parseWesternInvoiceText(page('Frutas do Oeste', 'Distribuição Alimentar, Lda.'));
    expect(inv.seller.name).toBe('Distribuição Alimentar, Lda.');
    expect(guessesOf(inv)['seller.name']).toMatch(/set larger right over/);
  });

  it('leaves a brand over its own company alone', () => {
    const inv = parseWesternInvoiceText(page('Brisa Norte', 'Brisa Norte Climatização, Lda.'));
    expect(inv.seller.name).toBe('Brisa Norte Climatização, Lda.');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });
});
