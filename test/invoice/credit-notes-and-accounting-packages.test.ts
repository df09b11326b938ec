/**
 * What the seventy-sixth to seventy-eighth batches of unseen supplier invoices (accounting packages' layouts,
 * utility and insurance bills, credit notes and corrections in languages the set had few of) printed that the
 * parser misread. One class varied at a time, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { nameDoubt } from '../../src/invoice/western/doubts.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a credit note titled in Estonian, Icelandic, Lithuanian, Latvian or Bulgarian, its figures printed negative', () => {
  // The title at the right of the letterhead, a line of minus figures and the totals under it.
  const read = (title: string, labels: [string, string, string], seller: string, buyer: string) => parse([
    d(20, 15, seller, 5), d(20, 22, 'Tööstuse 14, 80010 Pärnu'), d(150, 15, title, 5),
    d(20, 45, buyer), d(20, 50, 'Tallinna tn 41, 71020 Viljandi'), d(120, 45, 'Nr 2025-077'), d(120, 50, 'Kuupäev 24.11.2025'),
    d(20, 80, 'Kirjeldus'), d(170, 80, 'Summa'), d(20, 86, 'Hinnaalandus'), d(150, 86, '-1'), d(170, 86, '-200,00'),
    d(110, 100, labels[0]), d(170, 100, '-200,00 EUR'), d(110, 106, labels[1]), d(170, 106, '-48,00 EUR'), d(110, 112, labels[2]), d(170, 112, '-248,00 EUR'),
  ]);

  it('is a credit note: its amounts positive, as its structured form gives them', () => {
    for (const [title, labels, seller, buyer] of [
      ['KREEDITARVE', ['Summa käibemaksuta', 'Käibemaks 24%', 'Tasumisele kuulub'], 'Pärnu Aknatehas OÜ', 'Viljandi Ehitusgrupp AS'],
      ['Kreditreikningur', ['Samtals án VSK', 'VSK 24%', 'Samtals með VSK'], 'Hraunsmiðjan ehf.', 'Bílaverkstæði Suðurnesja ehf.'],
      ['KREDITINĖ PVM SĄSKAITA FAKTŪRA', ['Suma be PVM', 'PVM 21 %', 'Iš viso su PVM'], 'UAB „Baltijos popierius“', 'UAB „Žirmūnų spaustuvė“'],
      ['Kredītrēķins', ['Summa bez PVN', 'PVN 21%', 'Summa apmaksai'], 'SIA „Daugavas koks“', 'SIA „Rīgas mēbeles“'],
      ['Кредитно известие', ['Данъчна основа', 'ДДС 20 %', 'Сума за плащане'], 'Тракия Офис Консумативи ЕООД', 'Счетоводна къща Марина ООД'],
    ] as const) {
      const inv = read(title, [...labels], seller, buyer);
      expect(inv.documentType, title).toBe('credit_note');
      expect([inv.amount, inv.taxAmount, inv.totalAmount], title).toEqual([200, 48, 248]);
    }
  });

  it('an invoice under such a title\'s plain word keeps its printed sign', () => {
    const inv = read('ARVE', ['Summa käibemaksuta', 'Käibemaks 24%', 'Tasumisele kuulub'], 'Pärnu Aknatehas OÜ', 'Viljandi Ehitusgrupp AS');
    expect(inv.documentType).toBe('invoice');
    expect(inv.totalAmount).toBe(-248);
  });
});

describe('a credit note\'s own number under its title, the invoice it credits named beside', () => {
  const number = (title: string, own: string, cited: string) => parse([
    d(20, 15, 'Hraunsmiðjan ehf.', 5), d(20, 22, 'Kennitala 540318-0420'), d(150, 15, title, 5), d(150, 22, own), d(150, 27, 'Dagsetning: 25.11.2025'), d(150, 32, cited),
    d(20, 50, 'Bílaverkstæði Suðurnesja ehf.'), d(20, 55, 'Iðavellir 9, 230 Reykjanesbæ'),
    d(20, 80, 'Lýsing'), d(170, 80, 'Upphæð'), d(20, 86, 'Skil á stálplötum'), d(170, 86, '-24.800'),
    d(110, 100, 'Samtals án VSK'), d(170, 100, '-24.800'), d(110, 106, 'VSK 24%'), d(170, 106, '-5.952'), d(110, 112, 'Samtals kr.'), d(170, 112, '-30.752'),
  ]).number;

  it('is the number under the title, not the cited invoice\'s', () => {
    expect(number('KREDITREIKNINGUR', 'Nr. 2025-0091', 'Vegna reiknings nr. 2025-0842')).toBe('2025-0091');
    expect(number('Kreditreikningur', 'Nr. 77/2025', 'Vegna reiknings nr. 61/2025')).toBe('77/2025');
    expect(number('КРЕДИТНО ИЗВЕСТИЕ', '№ 0000000219', 'към фактура № 0000004480 от 03.11.2025')).toBe('0000000219');
  });
});

describe('a krone in a total\'s label, its figure in the next cell', () => {
  const currency = (idRow: string, label: string, figure: string) => parse([
    d(20, 15, 'Hraunsmiðjan ehf.', 5), d(20, 22, idRow), d(150, 15, 'REIKNINGUR', 5), d(150, 22, 'Nr. 2025-0091'), d(150, 27, 'Dagsetning: 25.11.2025'),
    d(20, 50, 'Bílaverkstæði Suðurnesja ehf.'), d(20, 55, 'Iðavellir 9, 230 Reykjanesbæ'),
    d(20, 80, 'Lýsing'), d(170, 80, 'Upphæð'), d(20, 86, 'Stálplötur 3 mm'), d(170, 86, '24.800'),
    d(110, 100, 'Samtals án VSK'), d(170, 100, '24.800'), d(110, 106, 'VSK 24%'), d(170, 106, '5.952'), d(110, 112, label), d(170, 112, figure),
  ]).currency;

  it('is the krone of the country the page\'s registrations name, the figure negative or not', () => {
    expect(currency('VSK-númer 131044', 'Samtals kr.', '-30.752')).toBe('ISK');
    expect(currency('VSK-númer 131044', 'Samtals kr.', '30.752')).toBe('ISK');
    expect(currency('CVR-nr. 41188270', 'I alt kr.', '30.752,00')).toBe('DKK');
  });
});

describe('a seller\'s label opening the right-hand cell, the name after it wrapped under', () => {
  const seller = (right: [string, string], left: [string, string]) => parse([
    d(80, 15, 'КРЕДИТНО ИЗВЕСТИЕ', 5), d(20, 25, '№ 0000000219'), d(120, 25, 'Дата на издаване: 21.11.2025'),
    d(20, 40, left[0]), d(110, 40, right[0]), d(20, 44.5, left[1]), d(110, 44.5, right[1]),
    d(20, 49, 'ЕИК: 204418227'), d(110, 49, 'ЕИК: 115882041'), d(20, 53.5, 'Град: Пловдив'), d(110, 53.5, 'Град: Пловдив'),
    d(20, 80, 'Наименование'), d(170, 80, 'Стойност'), d(20, 86, 'Тонер касета'), d(170, 86, '240,00'),
    d(110, 100, 'Данъчна основа:'), d(170, 100, '240,00 лв.'), d(110, 106, 'ДДС 20 %:'), d(170, 106, '48,00 лв.'), d(110, 112, 'Сума за плащане:'), d(170, 112, '288,00 лв.'),
  ]).seller.name;

  it('is the name whole, without its label', () => {
    expect(seller(['Доставчик: Тракия Офис', 'Консумативи ЕООД'], ['Получател: Счетоводна къща', 'Марина ООД'])).toBe('Тракия Офис Консумативи ЕООД');
    expect(seller(['Доставчик: Балкан Софтуер ЕООД', 'ул. Марица 118'], ['Получател: Родопа Мебел ООД', 'ул. Иван Вазов 22'])).toBe('Балкан Софтуер ЕООД');
  });
});

/** A cell set right, ending at 189 mm, in 8.5 pt (page-builder's glyphs are 0.55 of their height wide). */
const right = (y: number, text: string) => d(189 - text.length * 0.55 * 4.2, y, text, 4.2);

describe('an insurer\'s premium notice: its notice number, net premium, insurance tax and premium to pay', () => {
  // The rate's "%" wrapped under it in a narrow label cell, the amount due wrapped under its currency.
  const read = (numberRow: string, net: string, tax: string, total: string) => parse([
    d(20, 12, 'DONAUTAL', 6), d(20, 46, 'Donautal Versicherung AG, Schillerplatz 3, 4020 Linz', 2.3),
    d(20, 51, 'Tischlerei Gruber GmbH'), d(20, 56, 'Gewerbepark 7'), d(20, 61, '4614 Marchtrenk'),
    d(125, 51, 'Polizzennummer'), d(160, 51, '402-118.774'), d(125, 56, numberRow), d(125, 61, 'Datum'), d(160, 61, '18.11.2025'),
    d(20, 92, 'Prämienvorschreibung', 4.6),
    d(20, 115, 'Sparte', 4.2), right(115, 'Nettoprämie'), d(20, 121, 'Betriebshaftpflicht', 4.2), right(121, 'EUR 1.860,00'),
    d(101, 142.6, net, 4.2), right(142.6, 'EUR 1.860,00'), d(101, 148.7, tax, 4.2), right(148.7, 'EUR 204,60'), d(101, 153.7, '%', 4.2),
    d(101, 160.1, total, 4.2), right(160.1, 'EUR'), right(165.1, '2.064,60'),
  ]);

  it('reads them, the tax\'s rate not taken for its amount', () => {
    for (const [numberRow, net, tax, total] of [
      ['Vorschreibungs-Nr. 25/118/004471', 'Nettoprämie gesamt', 'Versicherungssteuer 11', 'Zu zahlende Prämie'],
      ['Vorschreibung Nr. 25/118/004471', 'Nettoprämie', 'Versicherungssteuer 11', 'Gesamtprämie'],
    ]) {
      const inv = read(numberRow, net, tax, total);
      expect([inv.number, inv.amount, inv.taxAmount, inv.totalAmount], total).toEqual(['25/118/004471', 1860, 204.6, 2064.6]);
    }
  });
});

describe('an invoicing app\'s number under its title: a series\' capitals run into its digits', () => {
  const number = (title: string, cell: string) => parse([
    d(18, 15, 'ESTUDIO BRAVA', 6), d(160, 15, title, 6), d(173, 23, cell), d(18, 23, 'diseño y packaging'),
    d(18, 40, 'Estudio Brava Diseño S.L.'), d(80, 40, 'Bodegas Ontañón Hermanos S.A.'), d(140, 40, 'Fecha 24/11/2025'),
    d(20, 80, 'Concepto'), d(170, 80, 'Total'), d(20, 86, 'Diseño etiqueta'), d(170, 86, '1.540,00€'),
    d(110, 100, 'Base imponible'), d(170, 100, '1.540,00€'), d(110, 106, 'IVA 21%'), d(170, 106, '323,40€'), d(110, 112, 'Total'), d(170, 112, '1.863,40€'),
  ]).number;

  it('is the number; a VAT id there is none', () => {
    expect(number('FACTURA', 'F250087')).toBe('F250087');
    expect(number('INVOICE', 'INV0042')).toBe('INV0042');
    expect(number('FACTURA', 'ESB87441206')).toBeNull();
  });
});

describe('the totals as one row of labels over figures, a rounding to whole kronor between', () => {
  const totals = (labels: [string, string, string, string, string], figures: [string, string, string, string, string]) => {
    const xs = [17, 56, 82, 121, 176];
    const inv = parse([
      d(17, 14, 'Norrlands Kyl & Värme AB', 5), d(107, 14, 'Faktura', 5), d(107, 25, 'Fakturanr'), d(107, 29, '10347'), d(140, 25, 'Fakturadatum'), d(140, 29, '2025-11-20'),
      d(107, 45, 'Bostadsrättsföreningen Björken 4'), d(107, 50, 'Storgatan 61'), d(107, 55, '903 26 Umeå'),
      d(17, 80, 'Benämning'), d(176, 80, 'Summa'), d(17, 86, 'Service värmepump'), d(176, 86, '5 638,50'),
      ...labels.map((t, k) => d(xs[k], 225, t, 2.3)), ...figures.map((t, k) => d(xs[k], 227.5, t, 4.2)),
      d(17, 245, 'Org.nr 556812-4471 · Momsreg.nr SE556812447101 · Godkänd för F-skatt', 2.3),
    ]);
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('reads net, tax and the total to pay, which differ by the rounding', () => {
    expect(totals(['Exkl. moms', 'Moms %', 'Moms', 'Öresutjämning', 'Att betala SEK'], ['5 638,50', '25,00', '1 409,63', '-0,13', '7 048,00'])).toEqual([5638.5, 1409.63, 7048]);
    expect(totals(['Sum eks. mva', 'Mva %', 'Mva', 'Øreavrunding', 'Å betale NOK'], ['5 638,50', '25,00', '1 409,63', '-0,13', '7 048,00'])).toEqual([5638.5, 1409.63, 7048]);
  });
});

describe('an ERP\'s A/R invoice: total before discount, discount, freight, tax, total payment due', () => {
  const read = (label: string) => parse([
    d(15, 15, 'Great Lakes Medical Supply Inc.', 5), d(150, 15, 'A/R Invoice', 5), d(15, 22, '4400 Eastern Ave SE'), d(15, 27, 'Grand Rapids, MI 49508'),
    d(15, 40, 'Bill To'), d(15, 45, 'Lakeshore Dental Group PLLC'), d(15, 50, '1180 W Sherman Blvd'), d(15, 55, 'Muskegon, MI 49441'),
    d(140, 40, 'Invoice No.'), d(170, 40, '10045812'), d(140, 45, 'Posting Date'), d(170, 45, '11/21/2025'),
    d(15, 80, 'Item Description'), d(175, 80, 'Total (LC)'), d(15, 86, 'Nitrile exam gloves, case'), d(175, 86, '$582.00'), d(15, 91, 'Autoclave pouches, box'), d(175, 91, '$584.60'),
    d(120, 110, 'Total Before Discount'), d(175, 110, '$1,166.60'), d(120, 115, 'Discount 5.00%'), d(175, 115, '($58.33)'), d(120, 120, 'Freight'), d(175, 120, '$45.00'),
    d(120, 125, 'Tax'), d(175, 125, '$69.20'), d(120, 130, label), d(175, 130, '$1,222.47'),
  ]);

  it('the total is the payment due; the net is what it leaves after tax', () => {
    for (const label of ['Total Payment Due', 'TOTAL PAYMENT DUE']) {
      const inv = read(label);
      expect([inv.amount, inv.taxAmount, inv.totalAmount], label).toEqual([1153.27, 69.2, 1222.47]);
    }
  });
});

describe('a box of labels over values at the left, the window\'s block at the right', () => {
  // Each field's label in small print over its value, level with the customer's block at the right.
  const buyer = (box: [string, string][]) => parse([
    d(17, 14, 'Norrlands Kyl & Värme AB', 5), d(107, 14, 'Faktura', 5), d(107, 25, 'Fakturanr 10347'), d(150, 25, 'Fakturadatum 2025-11-20'),
    ...box.flatMap(([label, value], k) => [d(18, 38 + 8.6 * k, label, 2.3), d(18, 40.6 + 8.6 * k, value, 4.2)]),
    d(107, 42, 'Bostadsrättsföreningen Björken 4', 4.2), d(107, 48.2, 'c/o Förvaltning Norr AB', 4.2), d(107, 54.3, 'Storgatan 61', 4.2), d(107, 60.4, '903 26 Umeå', 4.2),
    d(17, 90, 'Benämning'), d(176, 90, 'Summa'), d(17, 96, 'Service värmepump'), d(176, 96, '2 450,00'),
    d(120, 110, 'Summa exkl. moms'), d(176, 110, '2 450,00'), d(120, 115, 'Moms 25 %'), d(176, 115, '612,50'), d(120, 120, 'Att betala'), d(176, 120, '3 062,50'),
    d(17, 250, 'Org.nr 556812-4471 · Momsreg.nr SE556812447101 · Godkänd för F-skatt', 2.3),
  ]).buyer.name;

  it('is the block at the right; the values in the box are no names', () => {
    expect(buyer([['Er referens', 'Kerstin Åberg'], ['Vår referens', 'Mats Nyström'], ['Betalningsvillkor', '30 dagar netto'], ['Förfallodatum', '2025-12-20'], ['Dröjsmålsränta', '10,5 %']]))
      .toBe('Bostadsrättsföreningen Björken 4');
    expect(buyer([['Vår referens', 'Mats Nyström'], ['Er referens', 'Kerstin Åberg'], ['Leveransvillkor', 'Fritt vårt lager'], ['Förfallodatum', '2025-12-20']]))
      .toBe('Bostadsrättsföreningen Björken 4');
  });
});

describe('parties\' labels printed letter-spaced, run into the names under them', () => {
  // "D E" over the seller's block and "PA RA" over the buyer's, as a design template's spaced capitals come out.
  const inv = parse([
    d(18, 15, 'ESTUDIO BRAVA', 6), d(160, 15, 'FACTURA', 6), d(173, 23, 'F250087'),
    d(18, 40, 'D E'), d(78, 40, 'PA RA'), d(138, 40, 'F E C H A'), d(18, 45, 'Estudio Brava Diseño S.L.'), d(78, 45, 'Bodegas Ontañón Hermanos S.A.'), d(138, 45, '24/11/2025'),
    d(18, 50, 'B-87441206'), d(78, 50, 'A-26118743'), d(18, 55, 'Calle de Lope de Vega 18'), d(78, 55, 'Ctra. de Logroño km 4'),
    d(20, 80, 'Concepto'), d(170, 80, 'Total'), d(20, 86, 'Diseño etiqueta'), d(170, 86, '1.540,00€'),
    d(110, 100, 'Base imponible'), d(170, 100, '1.540,00€'), d(110, 106, 'IVA 21%'), d(170, 106, '323,40€'), d(110, 112, 'Total'), d(170, 112, '1.863,40€'),
  ]);

  it('a party read with the label\'s letters before its name is in doubt', () => {
    expect(inv.buyer.name).toBe('D E Estudio Brava Diseño S.L.');
    expect(guessesOf(inv)['buyer.name']).toMatch(/letters set apart/);
  });

  it('a name of initials and words is no such label', () => {
    expect(nameDoubt('P A R A Bodegas Ontañón Hermanos S.A.')).toMatch(/letters set apart/);
    expect(nameDoubt('A & B Cleaning Ltd')).toBeNull();
    expect(nameDoubt('Bodegas Ontañón Hermanos S.A.')).toBeNull();
  });
});
