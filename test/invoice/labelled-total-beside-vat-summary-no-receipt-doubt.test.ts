/**
 * An invoice whose VAT summary's totals row and the totals column's gross stand on one line ("Totale  1.752,68
 * 302,97  Totale documento  2.055,65"), or whose gross opens a grid's row ("Bruttobetrag  57.624,47  42.000,00
 * 15.624,47" of a final invoice, the whole work, the part invoices deducted, the rest): the gross is labelled
 * there, no till's summary row whose last figure sums those before it, so the receipt reader's other total is
 * no doubt on it. The Italian page of the 123rd batch, much as a browser printed it (right, but flagged; the
 * Austrian final invoice was flagged the same way).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { fieldsInDoubt } from '../../src/invoice/index.js';
import { d, toPdf, type Draw } from './page-builder.js';

const run = async (draws: Draw[]) => (await extract({ inputs: [{ name: 'invoice.pdf', bytes: await toPdf(draws, 210, 297, false) }], ocr: false, now: new Date('2025-12-01T00:00:00Z') })).results[0]!;

const italian: Draw[] = [
  d(17, 16.5, 'Forniture Alberghiere Garda S.r.l.', 4.9), d(17, 22, 'Via dell’Artigianato 22 – 37019 Peschiera del Garda (VR)'), d(17, 27, 'P.IVA 04418720237'),
  d(116, 45, 'Hotel Bellavista Sirmione S.r.l.'), d(116, 50, 'Viale Marconi 31'), d(116, 55, '25019 Sirmione (BS)'),
  d(17, 62, 'Fattura n. 2025/FA/0873 del 19/11/2025'),
  d(17, 80, 'Descrizione'), d(170, 80, 'Importo'), d(17, 86, 'Set lenzuola matrimoniali'), d(172, 86, '1.183,48'),
  d(17, 91, 'Caffè in grani 1 kg'), d(176, 91, '330,58'), d(17, 96, 'Olio extravergine 5 l'), d(176, 96, '238,62'),
  d(17, 135, 'Riepilogo IVA'), d(117, 135, 'Totale merce'), d(172, 135, '1.752,68'),
  d(19, 141, 'Aliquota'), d(57, 141, 'Imponibile'), d(92, 141, 'Imposta'),
  d(19, 147, '22 %'), d(63, 147, '1.183,48'), d(96, 147, '260,37'),
  d(19, 153, '10 %'), d(67, 153, '330,58'), d(99, 153, '33,06'), d(117, 153, 'Totale imponibile'), d(172, 153, '1.752,68'),
  d(19, 160, '4 %'), d(67, 160, '238,62'), d(102, 160, '9,54'), d(117, 160, 'Totale IVA'), d(176, 160, '302,97'),
  d(19, 166, 'Totale'), d(61, 166, '1.752,68'), d(95, 166, '302,97'), d(117, 166, 'Totale documento'), d(170, 166, '2.055,65'),
];

describe('a labelled gross on one line with a summary’s figures', () => {
  it('is no receipt total in doubt', async () => {
    const r = await run(italian);
    expect(r.invoice!.totalAmount).toBe(2055.65);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});
