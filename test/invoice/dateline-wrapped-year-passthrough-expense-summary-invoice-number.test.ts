/**
 * Three classes of the German, Austrian and French business letter:
 * - a dateline set in the letterhead's narrow column wraps before its year ("Graz, am 4. Dezember" over "2026"): it
 *   is the letter's date, read whole, not a period's end date printed further down ("Leistungszeitraum: 1.–" over
 *   "3.12.2026");
 * - a passthrough expense the total holds without VAT, named in the singular ("Durchlaufender Posten") or as the
 *   Austrian "Barauslagen": part of the net, as "durchlaufende Posten" was;
 * - a French summary invoice of a month's delivery notes (art. 289-I-3 CGI), numbered under its own title:
 *   "FACTURE RÉCAPITULATIVE N° …".
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const feeNote = (expense: string, year = '2026'): Draw[] => [
  { text: 'DI Hannes Wurzer-Kogler', x: 60, y: 12, size: 5 },
  { text: 'Ingenieurbüro für Haustechnik · Annenstraße 8 · 8020 Graz', x: 45, y: 18 },
  { text: 'Stadtwerke Leoben Energie GmbH', x: 18, y: 40 }, { text: 'Graz, am 4. Dezember', x: 120, y: 40 },
  { text: 'Kärntner Straße 40', x: 18, y: 45 }, { text: year, x: 120, y: 45 },
  { text: '8700 Leoben', x: 18, y: 50 }, { text: 'Honorarnote Nr. 26-118', x: 120, y: 55 },
  { text: 'Leistungszeitraum: 1.–', x: 120, y: 60 }, { text: '3.12.2026', x: 120, y: 65 },
  { text: 'HONORARNOTE', x: 18, y: 80, size: 5 },
  { text: 'Planung Fernwärmeübergabestation', x: 18, y: 95 }, { text: '1.600,00', x: 175, y: 95 },
  { text: 'Summe netto', x: 18, y: 102 }, { text: '1.600,00', x: 175, y: 102 },
  { text: 'zuzüglich 20 % USt', x: 18, y: 108 }, { text: '320,00', x: 177, y: 108 },
  { text: expense, x: 18, y: 114 }, { text: '18,40', x: 179, y: 114 },
  { text: 'Rechnungsbetrag', x: 18, y: 122 }, { text: '1.938,40', x: 175, y: 122 },
];

describe('an Austrian fee note with its dateline wrapped and a passthrough expense', () => {
  it('reads the dateline with its wrapped year as the date', () => {
    const inv = parseWesternInvoiceText(toPageText(feeNote('Durchlaufender Posten: Grundbuchsauszug')));
    expect(inv.date).toBe('2026-12-04');
  });

  it('counts a passthrough expense in the net, singular or "Barauslagen"', () => {
    for (const expense of ['Durchlaufender Posten: Grundbuchsauszug', 'Barauslagen Grundbuchsauszug']) {
      const inv = parseWesternInvoiceText(toPageText(feeNote(expense)));
      expect(inv.totalAmount).toBe(1938.4);
      expect(inv.taxAmount).toBe(320);
      expect(inv.amount).toBe(1618.4);
    }
  });

  it('keeps the net for an expense named as taxed', () => {
    const inv = parseWesternInvoiceText(toPageText(feeNote('Kopien und Planplots')));
    expect(inv.amount).toBe(1600);
  });
});

const summary: Draw[] = [
  { text: 'Salaisons du Trégor', x: 15, y: 12, size: 5 }, { text: 'SAS au capital de 40 000 €', x: 15, y: 19 },
  { text: 'Crêperie Ty Avel', x: 120, y: 20 }, { text: '3 quai de Kernaléguen', x: 120, y: 25 }, { text: '22300 Lannion', x: 120, y: 30 },
  { text: 'FACTURE RÉCAPITULATIVE N° FR-2612-0007', x: 15, y: 45, size: 4.5 },
  { text: 'Date de facture : 31/12/2026 · Période : du 01/12/2026 au 31/12/2026 · Client : 0210', x: 15, y: 53 },
  { text: 'BL 2612-0011 du 05/12/2026', x: 15, y: 62 },
  { text: 'Andouille de Guémené, pièce', x: 15, y: 68 }, { text: '5,5 %', x: 140, y: 68 }, { text: '200,00', x: 175, y: 68 },
  { text: 'Total HT', x: 130, y: 85 }, { text: '200,00 €', x: 175, y: 85 },
  { text: 'Total TVA', x: 130, y: 91 }, { text: '11,00 €', x: 177, y: 91 },
  { text: 'Total TTC', x: 130, y: 97 }, { text: '211,00 €', x: 175, y: 97 },
];

describe('a French summary invoice of delivery notes', () => {
  it('reads the number after its title "Facture récapitulative N°"', () => {
    const inv = parseWesternInvoiceText(toPageText(summary));
    expect(inv.number).toBe('FR-2612-0007');
    expect(inv.totalAmount).toBe(211);
  });
});
