/**
 * What the hundred-and-third to hundred-and-fifth batches of unseen supplier invoices (the Americas and Africa,
 * levies and exempt amounts, the Aegean, the Baltic and the Balkans, invoices in one currency with their tax
 * converted into another, rate tables, withholdings) printed that the parser misread. One class varied at a
 * time, read as a text layer gives it; names and figures are not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];
/** A totals block: one label and its figure a row, from the given height down. */
const block = (rows: Array<[string, string]>, top: number, x = 110, fx = 170) => rows.flatMap(([label, figure], i) => [d(x, top + 6 * i, label), d(fx, top + 6 * i, figure)]);

describe('a tax converted into a local currency named by its sign', () => {
  const page = (sign: string, code: string) => parse([
    d(18, 14, 'Furnizor: Codex Digital Consulting S.R.L.'), d(18, 20, 'CIF: RO41188273'), d(90, 14, 'FACTURĂ', 5), d(90, 21, 'Seria CDC nr. 0318'),
    d(90, 27, 'Data: 14.10.2025'), d(90, 33, `Moneda: ${code}`), d(140, 14, 'Cumpărător: Dacia Agro Export S.A.'), d(140, 20, 'CIF: RO18822047'),
    d(18, 60, 'Denumirea serviciilor'), d(120, 60, 'Valoarea'), d(160, 60, 'Valoarea TVA'),
    d(18, 66, 'Audit sisteme informatice'), d(120, 66, '4.200,00'), d(160, 66, '882,00'),
    d(18, 72, `Total ${code}`), d(120, 72, '4.200,00'), d(160, 72, '882,00'),
    d(18, 78, `Total de plată ${code}`), d(160, 78, '5.082,00'),
    d(18, 95, 'Echivalent în lei la cursul BNR: 1 EUR = 5,0875 lei'),
    ...block([['Valoare fără TVA', `21.367,50 ${sign}`], ['TVA 21%', `4.487,18 ${sign}`], ['Total', `25.854,68 ${sign}`]], 101, 18, 70),
  ]);

  it('reads the invoice\'s own net and tax, not their equivalent in lei', () => {
    expect(totals(page('lei', 'EUR'))).toEqual([4200, 882, 5082]);
  });

  it('a Czech invoice\'s crowns, a Polish one\'s złoty', () => {
    expect(totals(page('Kč', 'EUR'))).toEqual([4200, 882, 5082]);
    expect(totals(page('zł', 'EUR'))).toEqual([4200, 882, 5082]);
  });
});

describe('a total\'s label wrapped in a narrow cell, a title wrapped under its number label', () => {
  const page = (title: string[], label: string[]) => parse([
    d(18, 16, 'TALLERES ANDINOS DEL VALLE S.A.S.', 4), d(18, 22, 'NIT 900.884.120-3 · Cali, Valle del Cauca'),
    d(150, 16, title[0]), ...(title[1] ? [d(150, 20, title[1])] : []), d(150, 25, 'No. TA-2291'),
    d(18, 40, 'Señores'), d(45, 40, 'Ingenio La Esperanza S.A.'), d(140, 40, 'Fecha de emisión'), d(170, 40, '03/10/2025'), d(140, 46, 'Moneda'), d(170, 46, 'COP'),
    d(18, 60, 'Descripción'), d(175, 60, 'Valor total'), d(18, 66, 'Mantenimiento de calderas'), d(175, 66, '8.400.000,00'),
    d(150, 80, 'Subtotal'), d(175, 80, '8.400.000,00'), d(150, 86, 'IVA 19%'), d(175, 86, '1.596.000,00'),
    d(150, 92, label[0]), ...(label[1] ? [d(150, 96, label[1]), d(175, 96, '9.996.000,00')] : [d(175, 92, '9.996.000,00')]),
    d(150, 102, 'Neto a pagar'), d(175, 102, '9.912.000,00'),
  ]);

  it('"Total" over "factura 9.996.000,00" names no number; the number under the wrapped title does', () => {
    const inv = page(['FACTURA ELECTRÓNICA DE', 'VENTA'], ['Total', 'factura']);
    expect(inv.number).toBe('TA-2291');
    expect(totals(inv)).toEqual([8400000, 1596000, 9996000]);
  });

  it('the title or the label on one line', () => {
    expect(page(['FACTURA ELECTRÓNICA DE VENTA'], ['Total factura']).number).toBe('TA-2291');
    expect(page(['FACTURA ELECTRÓNICA DE', 'VENTA'], ['Total factura']).number).toBe('TA-2291');
  });

  it('a title wrapped under some other heading gives no number (control)', () => {
    expect(page(['ORDEN DE', 'VENTA'], ['Total factura']).number).toBeNull();
  });

  it('a title with its number after it still reads it', () => {
    const inv = parse([d(18, 16, 'Factura 2025/0418', 5), d(18, 30, 'Base imponible'), d(80, 30, '1.000,00'), d(18, 36, 'IVA 21%'), d(80, 36, '210,00'), d(18, 42, 'Total factura'), d(80, 42, '1.210,00')]);
    expect(inv.number).toBe('2025/0418');
  });
});

describe('an amount exempt from the tax printed apart from the taxed one', () => {
  const page = (label: string, exempt: string) => parse([
    d(18, 16, 'COMERCIAL LOS LAGOS SpA', 5), d(18, 22, 'Giro: Venta de maderas · Osorno'), d(140, 14, 'R.U.T.: 76.118.447-2'), d(140, 20, 'FACTURA ELECTRÓNICA'), d(140, 26, 'N° 4410'), d(140, 32, 'S.I.I. - OSORNO'),
    d(18, 40, 'Señor(es):'), d(45, 40, 'Constructora Río Bueno Ltda.'), d(18, 46, 'Fecha Emisión: 14 de Octubre del 2025'),
    d(18, 60, 'Descripción'), d(170, 60, 'Valor'), d(18, 66, 'Tablas de pino 2x4'), d(170, 66, '600.000'), d(18, 72, 'Despacho a obra'), d(170, 72, exempt),
    ...block([['MONTO NETO', '$ 600.000'], [label, `$ ${exempt}`], ['I.V.A. 19%', '$ 114.000'], ['TOTAL', `$ ${(714000 + Number(exempt.replace('.', ''))).toLocaleString('de-DE')}`]], 100, 120, 165),
  ]);

  it('is in the net: the total less the tax', () => {
    expect(totals(page('MONTO EXENTO', '45.000'))).toEqual([645000, 114000, 759000]);
    expect(totals(page('Operaciones exentas', '45.000'))).toEqual([645000, 114000, 759000]);
  });

  it('a line of some other name that makes the gap is no part of it (control)', () => {
    expect(page('Saldo anterior', '45.000').amount).toBe(600000);
  });
});

describe('the tax\'s total after the tax word ("PDV ukupno")', () => {
  const page = (label: string) => parse([
    d(18, 16, 'ISTARSKA VINA d.o.o.', 5), d(18, 22, 'Poreč · OIB 51188204471'), d(120, 16, 'Kupac: Konoba Kaštel j.d.o.o.'),
    d(18, 40, 'RAČUN br. 118/2/1'), d(18, 46, 'Datum izdavanja: 14.10.2025.'),
    d(18, 60, 'Naziv'), d(170, 60, 'Iznos'), d(18, 66, 'Malvazija 0,75 l'), d(170, 66, '2.000,00'), d(18, 72, 'Maslinovo ulje 1 l'), d(170, 72, '1.000,00'),
    d(18, 90, 'Rekapitulacija PDV-a'), d(18, 96, 'Stopa'), d(45, 96, 'Osnovica'), d(75, 96, 'Iznos PDV-a'),
    d(18, 102, 'PDV 25%'), d(47, 102, '2.000,00'), d(85, 102, '500,00'), d(18, 108, 'PDV 13%'), d(47, 108, '1.000,00'), d(85, 108, '130,00'),
    d(115, 90, 'Ukupno bez PDV-a'), d(170, 90, '3.000,00'), d(115, 96, label), d(172, 96, '630,00'), d(115, 103, 'UKUPNO ZA PLATITI'), d(170, 103, '3.630,00'),
  ]);

  it('beside the rate rows of the recapitulation, it is the tax', () => {
    expect(totals(page('PDV ukupno'))).toEqual([3000, 630, 3630]);
    expect(totals(page('Ukupno PDV'))).toEqual([3000, 630, 3630]);
  });
});

describe('a recapitulation of the tax by rate with a row of its totals', () => {
  const page = (total: [string, string, string]) => parse([
    d(18, 14, 'Prodavac'), d(110, 14, 'Kupac'), d(18, 20, 'Jadranska Pekara d.o.o.', 4), d(110, 20, 'Hotel Lovćen Resort d.o.o.', 4), d(18, 26, 'PIB 02811447'), d(110, 26, 'PIB 03118820'),
    d(18, 40, 'RAČUN br. 00412/2025', 4.5), d(140, 40, 'Datum izdavanja: 14.10.2025.'),
    d(18, 55, 'Opis'), d(120, 55, 'PDV %'), d(165, 55, 'Vrijednost bez PDV'),
    d(18, 61, 'Stolnjaci pamučni'), d(120, 61, '21'), d(170, 61, '1.400,00'), d(18, 67, 'Pecivo, oktobar'), d(120, 67, '7'), d(172, 67, '600,00'),
    d(150, 80, 'Osnovica'), d(183, 80, 'PDV'),
    d(100, 86, 'Stopa 21%'), d(150, 86, '1.400,00'), d(180, 86, '294,00'), d(100, 92, 'Stopa 7%'), d(153, 92, '600,00'), d(182, 92, '42,00'),
    d(100, 98, total[0]), d(150, 98, total[1]), d(180, 98, total[2]), d(100, 105, 'UKUPNO ZA PLAĆANJE EUR'), d(174, 105, '2.336,00'),
  ]);

  it('gives the net and the tax of its totals row', () => {
    expect(totals(page(['Ukupno', '2.000,00', '336,00']))).toEqual([2000, 336, 2336]);
    expect(totals(page(['Total', '2.000,00', '336,00']))).toEqual([2000, 336, 2336]);
  });

  it('not a row whose figures are not the rates\' sums (control)', () => {
    expect(page(['Ukupno', '2.100,00', '336,00']).amount).not.toBe(2100);
  });
});
