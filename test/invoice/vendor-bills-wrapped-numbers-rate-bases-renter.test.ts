/**
 * What vendors' own billing systems print (a portal's, a car-sharing or car-rental firm's, a telecom's, an energy
 * supplier's bills): a number wrapped in a narrow info cell at each of its hyphens, or cut after its series letters;
 * a title naming the month billed; "Émise le" over a due date's sentence; a rate's base named between the tax's
 * label and its amount; the renter as the party billed; an account holder's street read as its name. On the
 * supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { nameDoubt } from '../../src/invoice/western/doubts.js';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** An info block of label and value cells at the right: a cell's rows 5 mm apart, 6 between cells. */
const info = (rows: Array<[string[], string[]]>): Draw[] => {
  const draws: Draw[] = [];
  let y = 39.2;
  for (const [label, value] of rows) {
    label.forEach((row, i) => draws.push(d(116.8, y + 5 * i, row, 4.2)));
    value.forEach((row, i) => draws.push(d(158, y + 5 * i, row, 4.2)));
    y += 5 * Math.max(label.length, value.length) + 1.1;
  }
  return draws;
};

describe('a number wrapped in its narrow cell', () => {
  it('at each of its hyphens, over three rows: the rows joined', () => {
    const inv = read({ info: [], extra: info([[['Rechnungsnummer'], ['HW24-R-', '2026-', '118830']], [['Rechnungsdatum'], ['03.11.2026']]]) });
    expect(inv.number).toBe('HW24-R-2026-118830');
    expect(inv.date).toBe('2026-11-03');
  });

  it('after its series and branch letters, no figure on the first row: the rows joined', () => {
    for (const head of ['NVR-MAN-', 'DR-IE-', 'INV-']) {
      const inv = read({ info: [], extra: info([[['Rental', 'agreement'], ['RA 88431207']], [['Invoice no.'], [head, '0044712']], [['Invoice date'], ['14/11/2026']]]) });
      expect(inv.number).toBe(`${head}0044712`);
    }
  });

  it('control: a number whole on its row is left as it is', () => {
    expect(read({ info: [], extra: info([[['Invoice no.'], ['NVR-MAN-0044712']], [['Invoice date'], ['14/11/2026']]]) }).number).toBe('NVR-MAN-0044712');
  });
});

describe('a title naming the month billed', () => {
  it('"Monatsrechnung November" over "2026" is no number label ("No" opens the month)', () => {
    for (const title of ['Monatsrechnung November', 'Invoice November', 'Invoice Notes']) {
      const inv = read({ info: [], extra: info([[[title], []], [['2026'], []], [['Rechnungs-Nr.: SF-2611-0044712'], []], [['Rechnungsdatum: 30.11.2026'], []]]) });
      expect(inv.number).toBe('SF-2611-0044712');
    }
  });

  it('control: "Rechnung No. 4471" is still a number\'s label', () => {
    expect(read({ info: [], extra: info([[['Rechnung No. 4471'], []], [['Datum: 30.11.2026'], []]]) }).number).toBe('4471');
  });
});

describe('"Émise le" labels the issue date', () => {
  it('over a sentence giving the date to pay by', () => {
    const inv = read({
      info: [['Facture n°', 'FB-2026-11-4471902'], ['Émise le', '02/11/2026']],
      extra: [d(120, 30, 'à régler avant le 17/11/2026')],
    });
    expect(inv.date).toBe('2026-11-02');
  });
});

describe('a rate\'s base named between the tax\'s label and its amount', () => {
  it('is no tax amount: the amount after it is', () => {
    for (const [label, value, total] of [
      ['Waarvan btw 21% over € 1.240,00', '€ 260,40', '€ 1.500,40'],
      ['IVA  21% s/ 1.240,00 €', '260,40 €', '1.500,40 €'],
      ['VAT 21% on €1,240.00', '€260.40', '€1,500.40'],
    ]) {
      const inv = read({ totals: [['Subtotal', total.includes(',') && total.indexOf(',') > total.indexOf('.') ? '1.240,00' : '1,240.00'], [label, value], ['Total', total]] });
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 260.4, 1500.4]);
    }
  });

  it('the net read from the total less the tax when the base is all that names it', () => {
    const inv = read({ totals: [['Totaal', '€ 1.500,40'], ['Waarvan btw 21% over € 1.240,00', '€ 260,40']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 260.4, 1500.4]);
  });
});

describe('the renter heads the party billed', () => {
  it('a car rental\'s "Renter" or "Hirer" over the person', () => {
    for (const caption of ['Renter', 'Hirer']) {
      const inv = read({ window: [caption, 'Ms Gemma Lloyd', '27 Hawthorn Road', 'Chester CH2 3HJ'] });
      expect(inv.buyer.name).toMatch(/^(?:Ms )?Gemma Lloyd$/);
    }
  });
});

describe('an English street ending in a green, a row, a square is no name', () => {
  it('is in doubt as a street', () => {
    for (const row of ['12 Clerkenwell Green', '4 Albion Mews', '27 Park Row', '1 Soho Square']) expect(nameDoubt(row)).toMatch(/is a street/);
  });

  it('control: a company whose name has such a word is not', () => {
    for (const name of ['Clerkenwell Green Partners LLP', '4 Albion Mews Ltd', 'Parkside Row Ltd']) expect(nameDoubt(name)).toBeNull();
  });
});
