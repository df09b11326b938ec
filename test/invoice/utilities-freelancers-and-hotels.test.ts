/**
 * What the sixty-fourth to sixty-sixth batches of unseen supplier invoices (utilities, online shops, craftsmen,
 * freelancers, hotels and restaurants) and the classes the earlier batches left printed that the parser misread.
 * One class varied at a time on the supplier invoice of supplier-bill.ts, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

describe('a charge outside the VAT between the tax and the total', () => {
  it('Italian expenses paid for the customer (art. 15) are part of the net, not a wrong total', () => {
    expect(totals({ totals: [['Imponibile', '2.400,00'], ['IVA 22%', '528,00'], ['Spese escluse art. 15', '85,40'], ['Totale documento', '3.013,40']] }))
      .toEqual([2485.4, 528, 3013.4]);
    expect(totals({ totals: [['Base imponible', '1.000,00'], ['IVA 21%', '210,00'], ['Suplidos (tasas registrales)', '64,20'], ['Total factura', '1.274,20']] }))
      .toEqual([1064.2, 210, 1274.2]);
  });

  it('the stamp duty and a visitor\'s tax', () => {
    expect(totals({ totals: [['Totale imponibile', '€ 1.320,00'], ['Imposta di bollo', '€ 2,00'], ['Totale documento', '€ 1.322,00']], underTitle: ['Operazione senza applicazione dell\'IVA, regime forfettario'] }))
      .toEqual([1322, 0, 1322]);
    expect(totals({ totals: [['Totale imponibile', '420,00'], ['Totale IVA', '49,20'], ['Tassa di soggiorno', '7,50'], ['Totale fattura', '476,70']] }))
      .toEqual([427.5, 49.2, 476.7]);
  });
});

describe('a grid of labels beside values, the buyer\'s tax id labelled under its name', () => {
  // Label at 22 mm, value at 45 mm, the name wrapped in its narrow cell; the next rows the grid's labels.
  const grid = (rows: Array<[string, string]>) => read({
    window: [],
    extra: rows.flatMap(([label, value], k) => [...(label ? [d(22, 48 + 5 * k, label)] : []), d(45, 48 + 5 * k, value)]),
  }).buyer.name;

  it('the value beside the buyer\'s label, not the labels under it', () => {
    expect(grid([['Adquiriente', 'Hoteles Caribe Dorado'], ['', 'S.A.S.'], ['NIT', '900.622.078-1'], ['Dirección', 'Carrera 1 # 10-22'], ['Ciudad', 'Santa Marta']]))
      .toBe('Hoteles Caribe Dorado S.A.S.');
    expect(grid([['Customer', 'Marina Crest Hotel'], ['', 'L.L.C.'], ['Customer', '100402207800003'], ['TRN', ''], ['Address', 'Dubai Marina, Dubai']]))
      .toBe('Marina Crest Hotel L.L.C.');
  });

  it('the colon set at the start of the value\'s column', () => {
    expect(grid([['Señor(es)', ': HOTEL PLAZA AREQUIPA'], ['', 'E.I.R.L.'], ['RUC', ': 20455120781'], ['Dirección', ': Portal de Flores 118']]))
      .toBe('HOTEL PLAZA AREQUIPA E.I.R.L.');
  });

  it('but a cell across the page level with the label is another column\'s', () => {
    const inv = read({ window: [], info: [], extra: [d(22, 48, 'Купац:'), d(120, 48, 'РАЧУН'), d(22, 53, 'Књижара Светионик д.о.о.'), d(120, 53, 'број 1187/2025'), d(22, 58, 'Кнеза Михаила 21'), d(22, 63, '11000 Београд')] });
    expect(inv.buyer.name).toBe('Књижара Светионик д.о.о.');
  });
});

describe('a letterhead of one row, its parts set apart by "·" or "|"', () => {
  const seller = (row: string) => read({ letterhead: [], extra: [d(22, 20, row)] }).seller.name;

  it('in Cyrillic or Greek letters as in Latin ones', () => {
    expect(seller('Штампарија Дунав д.о.о. · Булевар ослобођења 88, 21000 Нови Сад · ПИБ 104471885 · МБ 20911847')).toBe('Штампарија Дунав д.о.о.');
    expect(seller('Τυπογραφείο Αιγαίου Ι.Κ.Ε. | Λεωφ. Συγγρού 118, 11741 Αθήνα | ΑΦΜ 801234567')).toBe('Τυπογραφείο Αιγαίου Ι.Κ.Ε.');
  });
});

describe('what a utility, a fee note and an invoice-receipt call themselves', () => {
  const number = (row: string) => read({ info: [], underTitle: [row] }).number;

  it('"Bolletta n.", "Honorarnote Nr." before the number', () => {
    expect(number('Bolletta n. 2025/E/0418812')).toBe('2025/E/0418812');
    expect(number('Honorarnote Nr. 47/2025')).toBe('47/2025');
    expect(number('Honorarrechnung Nr.: HR-2025-031')).toBe('HR-2025-031');
  });

  it('"Fatura-Recibo" as the title with its number, or before a number label', () => {
    expect(read({ info: [], title: 'Fatura-Recibo FR A/2025/2210' }).number).toBe('FR A/2025/2210');
    expect(number('Fatura-Recibo n.º FR2025/118')).toBe('FR2025/118');
  });
});

describe('a trader who charges no VAT', () => {
  it('the Czech and Slovak non-payer, the Polish exemption: no tax, the net is the total', () => {
    expect(totals({ totals: [['Celkem k úhradě:', '15 750,00 Kč']], underTitle: ['Nejsem plátce DPH.'] })).toEqual([15750, 0, 15750]);
    expect(totals({ totals: [['Spolu na úhradu', '1 240,00 €']], underTitle: ['Dodávateľ nie je platiteľom DPH.'] })).toEqual([1240, 0, 1240]);
    expect(totals({ totals: [['Do zapłaty', '2 000,00 zł']], underTitle: ['Sprzedawca zwolniony podmiotowo z podatku VAT (art. 113 ust. 1 ustawy o VAT)'] })).toEqual([2000, 0, 2000]);
  });

  it('its one sum under a bare amount word, "Betrag" or "Amount"', () => {
    expect(totals({ totals: [['Betrag', '€ 717,00']], underTitle: ['Gemäß § 6 Abs. 1 Z 27 UStG umsatzsteuerbefreit (Kleinunternehmerregelung).'] })).toEqual([717, 0, 717]);
    expect(totals({ totals: [['Amount', '£250.00']], underTitle: ['Not VAT registered.'] })).toEqual([250, 0, 250]);
  });
});

describe('the buyer\'s label in Italian and Portuguese', () => {
  const buyer = (label: string) => read({ window: [label, 'Studio Tecnico Ferri & Associati', 'Via Roma 4', '37121 Verona'] }).buyer.name;

  it('"Intestata a:", "Intestatario", "Exmo(a). Sr(a)." over the block', () => {
    expect(buyer('Intestata a:')).toBe('Studio Tecnico Ferri & Associati');
    expect(buyer('Intestatario')).toBe('Studio Tecnico Ferri & Associati');
    expect(buyer('Exmo(a). Sr(a).')).toBe('Studio Tecnico Ferri & Associati');
  });

  it('the Argentine "Apellido y Nombre / Razón Social:", the name wrapped under it', () => {
    const inv = read({ window: ['Apellido y Nombre / Razón Social: Restó Palermo', 'Soho S.R.L.', 'Domicilio: Honduras 4820'] });
    expect(inv.buyer.name).toBe('Restó Palermo Soho S.R.L.');
    expect(read({ window: ['Apellido y Nombre: Martina Gómez', 'Domicilio: Honduras 4820'] }).buyer.name).toBe('Martina Gómez');
  });
});

describe('a number wrapped under the neighbouring label of its cell', () => {
  // The label ends its cell's row; the number starts the cell's next row, under the other label.
  const number = (row: [string, string], value: string) => read({ info: [], extra: [d(113, 48, row[0]), d(160, 48, row[1]), d(113, 52, value)] }).number;

  it('"Comp. Nro:" after "Punto de Venta", "Rechnung Nr.:" after a customer number', () => {
    expect(number(['Punto de Venta: 00003', 'Comp. Nro:'], '00001187')).toBe('00001187');
    expect(number(['Kundennummer: 10382', 'Rechnung Nr.:'], 'RE-2025-0441')).toBe('RE-2025-0441');
  });
});

describe('a summary box of labels wrapped over two rows, rates under them, above the lines', () => {
  // The client's block in the box's first column; the figures two rows under the labels.
  const box = (heads: Array<[number, string, string]>, figures: Array<[number, string]>) => {
    const inv = read({
      window: [], info: [], totals: [],
      extra: [
        d(19, 55, 'Datos del cliente'), d(19, 59, 'Comunidad de Propietarios'), d(19, 63.5, 'Calle Colón 44'), d(19, 67, '46004 Valencia'),
        ...heads.flatMap(([x, a, b]) => [d(x, 55, a), ...(b ? [d(x, 59, b)] : [])]),
        ...figures.map(([x, v]) => d(x, 67, v)),
      ],
    });
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('"Importe" over "bruto", "Dto." over "5 %", "IVA" over "21 %"', () => {
    expect(box([[91, 'Importe', 'bruto'], [115, 'Dto.', '5 %'], [136, 'Base', 'imponible'], [160, 'IVA', '21 %'], [180, 'Total', '']],
      [[93, '700,00'], [113, '-35,00'], [136, '665,00'], [158, '139,65'], [180, '804,65']])).toEqual([665, 139.65, 804.65]);
    expect(box([[100, 'Importe', 'bruto'], [130, 'Base', 'imponible'], [155, 'Cuota', 'IVA 10 %'], [180, 'Total', '']],
      [[100, '1.200,00'], [130, '1.200,00'], [155, '120,00'], [180, '1.320,00']])).toEqual([1200, 120, 1320]);
  });
});

describe('the issue date\'s label in Cyrillic', () => {
  // The date of supply labelled first, the issue date under it.
  const date = (label: string) => {
    const inv = read({ info: [['Датум промета:', '12.11.2025.'], [label, '14.11.2025.']] });
    return [inv.date, guessesOf(inv).date];
  };

  it('Serbian "Датум издавања", Macedonian "Датум на фактура", Bulgarian "Дата на издаване"', () => {
    expect(date('Датум издавања:')).toEqual(['2025-11-14', undefined]);
    expect(date('Датум на фактура:')).toEqual(['2025-11-14', undefined]);
    expect(date('Дата на издаване:')).toEqual(['2025-11-14', undefined]);
  });
});

describe('a tax label with a note in brackets wrapped under it, the goods as "Merchandise"', () => {
  // Rows 5 mm apart, the note's rows 4 mm under the label's.
  const block = (rows: Array<[string, string, number]>) => {
    const inv = read({ totals: [], extra: rows.flatMap(([label, value, y]) => [d(118, y, label), ...(value ? [d(176, y, value)] : [])]) });
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('"Sales Tax (resale" over "cert. IL-RS-0447 on" over "file)": the figure beside the label', () => {
    expect(block([['Merchandise', '35,284.65', 125], ['Freight', '0.00', 130], ['Sales Tax (resale', '0.00', 135], ['cert. IL-RS-0447 on', '', 139], ['file)', '', 143], ['Invoice Total USD', '35,284.65', 149]]))
      .toEqual([35284.65, 0, 35284.65]);
    expect(block([['Merchandise Total', '1,200.00', 125], ['Sales Tax (exempt', '0.00', 130], ['organization)', '', 134], ['Invoice Total', '1,200.00', 140]]))
      .toEqual([1200, 0, 1200]);
  });
});

describe('figures wrapped at their thousands in a narrow totals cell, a payment deducted', () => {
  // Label rows and the rows under them 5 mm apart, the labels wrapped too; each figure's thousands on the
  // label's row, the rest under it, both set right at 131 mm (a glyph 1.65 mm wide).
  const right = (y: number, text: string) => d(131 - 1.65 * text.length, y, text);
  const narrow = (rows: Array<[string, string, string, string]>) => {
    const inv = read({ totals: [], extra: rows.flatMap(([label, second, high, low], k) => [
      d(76, 120 + 11 * k, label), right(120 + 11 * k, high), ...(second ? [d(76, 125 + 11 * k, second)] : []), right(125 + 11 * k, low),
    ]) });
    return [inv.amount, inv.taxAmount, inv.totalAmount, guessesOf(inv).totalAmount];
  };

  it('the gross read whole, the balance under the deduction no other total', () => {
    expect(narrow([['Summa exkl.', 'moms', '57', '000,00'], ['Moms 25 %', '', '14', '250,00'], ['Fakturabelopp', '', '71', '250,00'], ['Avgår förskott', '(faktura 20251061)', '-20', '000,00'], ['Att betala SEK', '', '51', '250,00']]))
      .toEqual([57000, 14250, 71250, undefined]);
    expect(narrow([['Razem netto', '', '57', '000,00'], ['VAT 23%', '', '13', '110,00'], ['Razem brutto', '', '70', '110,00'], ['Zapłacono', '(zaliczka)', '-20', '000,00'], ['Pozostało do', 'zapłaty', '50', '110,00']]))
      .toEqual([57000, 13110, 70110, undefined]);
  });
});

describe('a house\'s name with its street under the buyer\'s name', () => {
  const buyer = (window: string[]) => {
    const inv = read({ window });
    return [inv.buyer.name, guessesOf(inv)['buyer.name']];
  };

  it('is the address, no second name in doubt', () => {
    expect(buyer(['Invoice to', 'Mr & Mrs D. Whitcombe', 'The Old Forge, Church Street', 'Bishop\'s Castle SY9 5AA'])).toEqual(['D. Whitcombe', undefined]);
    expect(buyer(['Bill to:', 'Ms Harriet Cole', 'Rose Cottage, Mill Lane', 'Ambleside LA22 9DH'])).toEqual(['Harriet Cole', undefined]);
  });
});

describe('a letterhead in capitals with its company form', () => {
  const seller = (name: string) => {
    const inv = read({ letterhead: [name, '2200 W Fulton St, Chicago, IL 60612'] });
    return [inv.seller.name, guessesOf(inv)['seller.name']];
  };

  it('"INC.", "LTD", "LIMITED" name the seller as "Inc." does', () => {
    expect(seller('GREAT LAKES PLUMBING SUPPLY, INC.')).toEqual(['GREAT LAKES PLUMBING SUPPLY, INC.', undefined]);
    expect(seller('HARBOUR PRINT LTD')).toEqual(['HARBOUR PRINT LTD', undefined]);
  });
});
