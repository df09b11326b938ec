/**
 * Nordic company forms written out in full at the name's end ("Handelsbolag", "Aktieselskab", "Osakeyhtiö"), as
 * trading partnerships and small companies often sign: the name ends there, and the contact person on the line
 * under it is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const buyerOf = (name: string) => parseWesternInvoiceText(toPageText([
  d(19, 17, 'Kaffegrossisten i Gävle AB', 5), d(164, 17, 'Faktura', 6), d(19, 24, 'Norra Kungsgatan 14, 803 20 Gävle'),
  d(21, 38, 'Fakturanummer'), d(57, 38, '2210'), d(142, 38, 'Kund'),
  d(21, 43, 'Fakturadatum'), d(57, 43, '2026-10-02'), d(142, 43, name),
  d(142, 47.5, 'Lena Berg'),
  d(21, 50.5, 'Förfallodatum'), d(57, 50.5, '2026-11-01'),
  d(142, 52.5, 'Storgatan 3'), d(21, 56.5, 'Vår referens'), d(57, 56.5, 'Elin Sandberg'), d(142, 56.5, '811 30 Sandviken'),
  d(21, 62.5, 'Er referens'), d(57, 62.5, 'Lena Berg'),
  d(19, 80, 'Beskrivning'), d(174, 80, 'Belopp'), d(19, 86, 'Kaffebönor 20 kg'), d(172, 86, '3 000,00'),
  d(120, 100, 'Netto'), d(172, 100, '3 000,00'), d(120, 105, 'Moms 12 %'), d(175, 105, '360,00'), d(120, 110, 'Att betala'), d(172, 110, '3 360,00'),
], 210, 297)).buyer?.name;

describe('a Nordic company form written out ends the name', () => {
  it.each([
    ['Kafé Brygghuset Handelsbolag'],
    ['Sandvikens Bageri Kommanditbolag'],
    ['Gävle Kafferosteri Aktiebolag'],
  ])('%s over a contact person: the name alone', (name) => {
    expect(buyerOf(name)).toBe(name);
  });
});
