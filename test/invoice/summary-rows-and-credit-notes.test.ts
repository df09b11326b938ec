/**
 * What unseen supplier invoices print around their totals, numbers and parties: totals as a row under
 * headers with the goods' sum, a discount or Spain's equivalence surcharge beside them, an Italian VAT
 * summary, the rand, a credit note citing the invoice it corrects, an account summary beside the window, a
 * grid of labels over values, a Romanian series over its number. One class varied at a time on the
 * supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

describe('totals as a row under headers', () => {
  it('the goods\' sum and a cash discount beside net, rate, VAT and total ("Importe bruto | Dto. P.P. | Base imponible | % IVA | Cuota IVA | Total factura")', () => {
    const heads = ['Importe bruto', 'Dto. P.P.', 'Base imponible', '% IVA', 'Cuota IVA', 'Total factura'];
    const figures = ['1.845,81', '0,00', '1.845,81', '21,00', '387,62', '2.233,43 €'];
    // Each figure set right in its cell, the rate's reaching under the next header.
    const headX = [24, 56, 74, 106, 128, 153];
    const figureX = [34, 62, 84, 113, 136, 167];
    expect(totals({
      totals: [],
      extra: [...heads.map((h, i) => d(headX[i], 125, h)), ...figures.map((f, i) => d(figureX[i], 130, f))],
    })).toEqual([1845.81, 387.62, 2233.43]);
  });
});

describe('the South African rand', () => {
  it('figures printed "R 124 000.00" by a "(Pty) Ltd" with its VAT registration: ZAR, and the totals read', () => {
    const inv = read({
      letterhead: ['Karoo Solar Installations (Pty) Ltd', 'Reg. No. 2016/224417/07 · VAT Reg. No. 4710273455'],
      totals: [['Total Exclusive', 'R 124 000.00'], ['VAT 15%', 'R 18 600.00'], ['Total Inclusive', 'R 142 600.00']],
    });
    expect([inv.currency, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['ZAR', 124000, 18600, 142600]);
  });

  it('an "R" before a figure with nothing South African on the page names no currency', () => {
    const inv = read({ letterhead: ['Harbour Print Ltd', '4 Quay Street'], window: ['Corrib Dental Ltd', 'Route R 62'], totals: [['Subtotal', 'R 1 240.00'], ['VAT 23 %', 'R 285.20'], ['Total', 'R 1 525.20']] });
    expect(inv.currency).toBeNull();
  });
});

describe('a totals row with the equivalence surcharge', () => {
  it('"Base imponible | % IVA | Cuota IVA | % R.E. | Cuota R.E. | Total factura": the tax is the VAT and the surcharge', () => {
    const heads = ['Base imponible', '% IVA', 'Cuota IVA', '% R.E.', 'Cuota R.E.', 'Total factura'];
    const figures = ['1.240,00', '21,00', '260,40', '5,20', '64,48', '1.564,88'];
    expect(totals({
      totals: [],
      extra: [...heads.map((h, i) => d(22 + 30 * i, 125, h)), ...figures.map((f, i) => d(22 + 30 * i, 130, f))],
    })).toEqual([1240, 324.88, 1564.88]);
  });
});

describe('a note citing the invoice it corrects', () => {
  it.each([
    'Storno parziale della fattura n. 214 del 10-11-2025 per reso merce.',
    'A storno della fattura n. 214 del 10-11-2025.',
  ])('"%s": the cited invoice\'s number and date are not the note\'s', (row) => {
    const inv = read({ title: 'NOTA DI CREDITO', info: [['Numero documento', '12/NC'], ['Data documento', '25-11-2025']], underTitle: [row] });
    expect([inv.number, inv.date]).toEqual(['12/NC', '2025-11-25']);
  });
});

describe('an Italian VAT summary under headers', () => {
  it('"%IVA | Natura | Totale imponibile | Totale imposta | Esigibilità" over its row: the net and the VAT', () => {
    const heads = ['%IVA', 'Natura', 'Totale imponibile', 'Totale imposta', 'Esigibilità'];
    const headX = [24, 41, 64, 114, 158];
    const figures = ['22,00', '1.240,00', '272,80', 'I (immediata)'];
    const figureX = [24, 91, 138, 158];
    const inv = read({
      totals: [['Totale documento', '€ 1.512,80']],
      extra: [...heads.map((h, i) => d(headX[i], 140, h)), ...figures.map((f, i) => d(figureX[i], 145, f))],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 272.8, 1512.8]);
  });
});

describe('an account summary beside the window', () => {
  it('"Previous balance  £1,206.44" level with the window\'s rows, a department over the name: the company is the buyer', () => {
    const inv = read({
      window: ['The Accounts Department', 'Millstone Bakery Ltd', 'Unit 4, Canal Side Trading Estate', 'Leeds', 'LS11 5QT'], info: [],
      extra: [d(118, 48, 'Your account summary'), d(120, 52.5, 'Previous balance'), d(169, 52.5, '£1,206.44'), d(120, 57, 'Payments received'), d(168, 57, '-£1,206.44'), d(120, 61.5, 'Charges this bill'), d(169, 61.5, '£1,525.20')],
    });
    expect(inv.buyer.name).toBe('Millstone Bakery Ltd');
  });
});

describe('a Romanian series and number', () => {
  it('"Seria TMS nr." in a narrow cell, the number wrapped under it: "TMS 00318"', () => {
    const inv = read({ info: [], extra: [d(120, 48, 'Seria TMS nr.'), d(126, 52, '00318'), d(120, 56, 'Data emiterii:'), d(122, 60, '21.11.2025')] });
    expect(inv.number).toBe('TMS 00318');
  });
});

describe('a grid of labels over values at the right', () => {
  it('"CLIENTE" heading a column with the customer\'s code under it is no caption: the block under the grid is the buyer', () => {
    const heads = ['Nº FACTURA', 'FECHA', 'CLIENTE', 'PÁGINA'];
    const values = ['A-2025/0917', '14/11/2025', '43001217', '1 de 1'];
    const inv = read({
      window: [], info: [],
      extra: [...heads.map((h, i) => d(105 + 26 * i, 40, h)), ...values.map((v, i) => d(105 + 26 * i, 44.5, v)),
        d(105, 52, 'Reformas Albufera, S.L.'), d(105, 56.5, 'C/ del Pintor Sorolla 9, bajo'), d(105, 61, '46470 Catarroja (Valencia)')],
    });
    expect([inv.number, inv.buyer.name]).toEqual(['A-2025/0917', 'Reformas Albufera, S.L.']);
  });
});

describe('the seller\'s name printed twice on a text layer', () => {
  it('"To: Harbour Print Ltd" on the slip at the foot is the letterhead\'s name with its label, no second reading', () => {
    const inv = read({ extra: [d(22, 240, 'PAYMENT ADVICE'), d(22, 245, 'To: Harbour Print Ltd'), d(120, 245, 'Amount Due'), d(160, 245, '1,525.20')] });
    expect(inv.seller.name).toBe('Harbour Print Ltd');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('a logo without the company form a footer names ("Fjordbygg Elektro" and "Fjordbygg Elektro AS") is the same name', () => {
    const inv = read({ letterhead: ['Fjordbygg Elektro', 'Elektroinstallasjon · Lading · Service'], extra: [d(22, 280, 'Fjordbygg Elektro AS · Kokstaddalen 31, 5257 Kokstad · Org.nr. 918 442 117 MVA')] });
    expect(inv.seller.name).toBe('Fjordbygg Elektro AS');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });
});

describe('a letterhead running down level with a window at the right', () => {
  it('the letterhead\'s town line ("69002 Lyon") at the left opens no block: the window at the right is the buyer\'s', () => {
    const inv = read({
      letterhead: ['Atelier Lumière', 'Atelier Lumière SARL', '17 rue Mercière', '69002 Lyon', '04 78 42 19 66'],
      window: [], info: [['N°', 'AV-2025-0043'], ['Date :', '19/11/2025']],
      extra: [d(118, 60, 'Hôtel des Remparts SAS'), d(118, 65, 'Service comptabilité'), d(118, 70, '4 place des Remparts'), d(118, 75, '26200 Montélimar')],
    });
    expect(inv.buyer.name).toBe('Hôtel des Remparts SAS');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });

  it('a name without a company form there may have wrapped: the window\'s first row, flagged', () => {
    const inv = read({
      letterhead: ['Garage du Lac', 'Garage du Lac Sàrl', 'Avenue de Lavaux 61', '1009 Pully', '021 729 14 40'],
      window: [], info: [['N°', 'F-2025-1182'], ['Date :', '14.11.2025']],
      extra: [d(118, 60, 'Sophie Rochat'), d(118, 65, 'Chemin des Vignes 4'), d(118, 70, '1096 Cully')],
    });
    expect(inv.buyer.name).toBe('Sophie Rochat');
    expect(Object.keys(guessesOf(inv))).toContain('buyer.name');
  });
});
