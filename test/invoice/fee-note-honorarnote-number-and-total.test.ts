/**
 * An Austrian doctor's fee note ("Honorarnote") as a Wahlarzt prints it for the patient: the title at the top right
 * over "Nr. 2025-0884" and the dateline "Wien, 19.11.2025", the treatment's date under "Behandlung:" in the
 * patient's data beside the address, the fees summed as "Gesamthonorar", exempt from VAT. The 165th batch's
 * first reading had no number and the last fee for the total: the title alone over its number with its number
 * word is the number; "Gesamthonorar" is the total. (Its issue date is still read from the fee table's "Datum"
 * column, not the dateline.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

// (The title, its number and the dateline set flush right, as the page prints them.)
const page = (number: string) => parseWesternInvoiceText(toPageText([
  d(17.2, 16.3, 'Dr. med. univ. Ines Leitner', 4.6), d(146.6, 16.4, 'HONORARNOTE', 5.3),
  d(17.2, 21.7, 'Fachärztin für Innere Medizin', 4.2), d(178.67 - number.length * 4.2 * 0.55, 22.8, number, 4.2),
  d(17.2, 26.9, 'Wahlarztordination · Mariahilfer Straße 88/4 · 1070 Wien · Tel. 01 5234418', 2.5), d(141.71, 27.8, 'Wien, 21.11.2025', 4.2),
  d(17.2, 43.9, 'Herrn', 4.2), d(116, 44.4, 'SV-Nr.:', 4.2), d(147.3, 44.4, '1184 120568', 4.2),
  d(17.2, 48.9, 'DI Stefan Pramer', 4.2), d(116, 50.5, 'Versicherung:', 4.2), d(147.3, 50.5, 'BVAEB', 4.2),
  d(17.2, 54, 'Zieglergasse 7/3', 4.2), d(116, 56.6, 'Behandlung:', 4.2), d(147.3, 56.6, '14.11.2025', 4.2),
  d(17.2, 59, '1070 Wien', 4.2),
  d(17.2, 82.3, 'Datum', 4.2), d(48.4, 82.3, 'Leistung', 4.2), d(169.1, 82.3, 'Honorar €', 4.2),
  d(17.2, 88.6, '14.11.2025', 4.2), d(48.4, 88.6, 'Ordination, Erstuntersuchung', 4.2), d(178.1, 88.6, '150,00', 4.2),
  d(17.2, 94.7, '14.11.2025', 4.2), d(48.4, 94.7, 'Ruhe-EKG mit Befundung', 4.2), d(180.8, 94.7, '60,00', 4.2),
  d(133, 110.9, 'Gesamthonorar', 4.2), d(172.1, 110.9, '€ 210,00', 4.2),
  d(16.1, 119.7, 'Umsatzsteuerfrei gemäß § 6 Abs. 1 Z 19 UStG. Bitte überweisen Sie den Betrag binnen 14 Tagen.', 3.1),
], 210, 297));

describe('a Wahlarzt\'s Honorarnote', () => {
  it('reads the number under the title and the total of "Gesamthonorar"', () => {
    const inv = page('Nr. 2025-0912');
    expect(inv.number).toBe('2025-0912');
    expect(inv.totalAmount).toBe(210);
  });

  it('reads an Italian practice\'s "n. 418/2025" under "FATTURA", the date under it', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(17.2, 16.3, 'Studio Dentistico Associato Neri & Galli', 4.6), d(178.67 - 7 * 5.3 * 0.55, 16.4, 'FATTURA', 5.3),
      d(17.2, 21.7, 'Dott.ssa Paola Neri · Odontoiatra', 4.2), d(178.67 - 10 * 4.2 * 0.55, 22.8, 'n. 418/2025', 4.2),
      d(17.2, 26.9, 'Via Garibaldi 12 · 40124 Bologna · P.IVA 03447118372', 2.5), d(178.67 - 14 * 4.2 * 0.55, 27.8, 'del 26/11/2025', 4.2),
      d(120, 48, 'Intestatario', 2.5), d(120, 51, 'Marco Rinaldi', 4.2), d(120, 56, 'Via Saragozza 118', 4.2), d(120, 61, '40135 Bologna', 4.2),
      d(17.2, 82.3, 'Prestazione', 4.2), d(169.1, 82.3, 'Importo €', 4.2),
      d(17.2, 88.6, 'Visita odontoiatrica', 4.2), d(178.1, 88.6, '60,00', 4.2),
      d(133, 110.9, 'Totale fattura', 4.2), d(172.1, 110.9, '60,00', 4.2),
      d(16.1, 119.7, "Operazione esente IVA ai sensi dell'art. 10, comma 1, n. 18 del D.P.R. 633/1972.", 3.1),
    ], 210, 297));
    expect(inv.number).toBe('418/2025');
  });

  it('control: a figure alone under the title, no number word, is no number', () => {
    expect(page('2025-0912').number).not.toBe('2025-0912');
  });
});
