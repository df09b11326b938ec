/**
 * What the fifty-fifth to fifty-seventh batches of unseen supplier invoices printed that the parser missed:
 * dates written out in Turkish and Greek, a written date wrapped over three rows of a narrow cell or after the
 * number in its cell, another document's date beside the number, a credited invoice's date, an item table's
 * wrapped header, a totals label wrapped before its last word, a net total of two words, a tax per rate beside
 * a rounding line, number labels ("Statement No.", "PRO number", a title's), a marketplace's seller, a billing
 * box's heading, references beside the window, a consignee beside the party billed, a Turkish form in
 * capitals. One class varied at a time on the supplier invoice of supplier-bill.ts, or on the page drawn.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/invoice/dates.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { invoiceFromPages } from '../../src/invoice/index.js';
import { d, toPageText } from './page-builder.js';
import { page, read, totals } from './supplier-bill.js';

describe('dates written out', () => {
  it('Turkish month names, the dotless ı in capitals too', () => {
    expect(['14 Kasım 2025', '14 KASIM 2025', '3 Ağustos 2025', '1 Şubat 2026', '30 Eylül 2025'].map((s) => parseDate(s)))
      .toEqual(['2025-11-14', '2025-11-14', '2025-08-03', '2026-02-01', '2025-09-30']);
  });

  it('Greek month names in the genitive, with and without their accents', () => {
    expect(['14 Νοεμβρίου 2025', '3 Μαΐου 2025', '14 ΝΟΕΜΒΡΙΟΥ 2025', '28 Φεβρουαρίου 2026'].map((s) => parseDate(s)))
      .toEqual(['2025-11-14', '2025-05-03', '2025-11-14', '2026-02-28']);
  });

  it('a Greek "Ημερομηνία" and "Αριθμός" each with its value in the next cell, the date wrapped under it', () => {
    const inv = read({
      info: [], title: 'ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ',
      extra: [d(120, 48, 'Σειρά'), d(150, 48, 'Β'), d(120, 53, 'Αριθμός'), d(150, 53, '2207'), d(120, 61, 'Ημερομηνία'), d(150, 61, '14 Νοεμβρίου'), d(150, 66, '2025')],
    });
    expect([inv.number, inv.date]).toEqual(['2207', '2025-11-14']);
  });

  it('a date over three rows of a narrow cell, its day, its month, its year', () => {
    const wrapped = (label: string, rows: string[]) => read({
      info: [['Fakturanr.', '20417']],
      extra: [d(120, 53, label), ...rows.map((row, i) => d(160, 53 + 5 * i, row)), d(120, 70, 'Kundenr.'), d(160, 70, '1108')],
    }).date;
    expect(wrapped('Dato', ['14.', 'november', '2025'])).toBe('2025-11-14');
    expect(wrapped('Fakturadato', ['3.', 'mars', '2025'])).toBe('2025-03-03');
    expect(wrapped('Invoice date', ['14', 'November', '2025'])).toBe('2025-11-14');
  });

  it('a row of headers wrapped over two rows is no date over three: each header\'s value is under it', () => {
    const headed = (top: string[], second: string[], values: string[]) => read({
      info: [], extra: [...[top, second, values].flatMap((row, r) => row.map((cell, c) => d(22 + 40 * c, 70 + 5 * r, cell)))],
    }).date;
    expect(headed(['Számla', 'Teljesítés', 'Fizetési'], ['kelte', 'dátuma', 'határidő'], ['2025.05.06.', '2025.05.05.', '2025.05.14.'])).toBe('2025-05-06');
    expect(headed(['Invoice', 'Delivery', 'Payment'], ['date', 'date', 'due'], ['06/05/2025', '05/05/2025', '14/05/2025'])).toBe('2025-05-06');
  });
});

describe('the date given with the number', () => {
  it('wrapped in the number\'s cell, another document\'s date under it', () => {
    const inv = read({
      info: [],
      extra: [d(22, 92, 'Fattura n. 318/2025 del 14 novembre'), d(22, 97, '2025'), d(22, 102, 'Vs. ordine del 31 ottobre 2025')],
    });
    expect([inv.number, inv.date]).toEqual(['318/2025', '2025-11-14']);
    const es = read({ info: [], extra: [d(22, 92, 'Factura nº 2025-118 de 3 de'), d(22, 97, 'marzo de 2025')] });
    expect([es.number, es.date]).toEqual(['2025-118', '2025-03-03']);
  });

  it('an order\'s date beside the number is not the invoice\'s: the letter\'s dateline is', () => {
    const it_ = read({ info: [], extra: [d(120, 75, 'Lugano, 14 novembre 2025'), d(22, 92, 'Fattura n. 2025-0771'), d(70, 92, 'Vostro ordine del 2 ottobre 2025')] });
    expect([it_.number, it_.date]).toEqual(['2025-0771', '2025-11-14']);
    const fr = read({ info: [], extra: [d(120, 75, 'Genève, le 14 novembre 2025'), d(22, 92, 'Facture n° 25-118'), d(70, 92, 'Votre commande du 2 octobre 2025')] });
    expect([fr.number, fr.date]).toEqual(['25-118', '2025-11-14']);
  });
});

describe('an item table\'s columns and a label wrapped in its cell', () => {
  /** An item table whose headers wrap in narrow cells, each item's description over three rows, its sums on a row under it. */
  const itemTable = (headers: [string, string][], rows: string[][], x: number[], sums: string[], due: [string, string]) => [
    ...headers.flatMap(([top, second], c) => [d(x[c], 150, top), d(x[c], 154, second)]),
    ...rows.flatMap((row, r) => [...row.map((cell, c) => d(x[c], 160 + 14 * r, cell)), d(x[0], 164 + 14 * r, 'laminat epoksydowy'), d(x[0], 168 + 14 * r, '7,5 m')]),
    ...sums.map((cell, c) => d(x[c + 1], 190, cell)),
    d(120, 200, due[0]), d(160, 200, due[1]),
  ];

  it('a rate, a base and a tax column of an item table\'s wrapped header are no tax breakdown', () => {
    const pl = itemTable([['Nazwa', 'towaru'], ['Cena', 'netto'], ['Wartość', 'netto'], ['VAT', '%'], ['Kwota', 'VAT'], ['Wartość', 'brutto']],
      [['Kadłub', '8 400,00', '8 400,00', '23', '1 932,00', '10 332,00'], ['Pokład', '2 400,00', '2 400,00', '23', '552,00', '2 952,00']], [22, 70, 95, 120, 135, 160],
      ['Razem', '10 800,00', '', '2 484,00', '13 284,00'], ['Do zapłaty:', '13 284,00 EUR']);
    const inv = read({ info: [['Faktura VAT nr', '118/11/2025']], totals: [], extra: pl });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([10800, 2484, 13284]);
    // (Other wording, no total but the table's sums row: "Cena jedn." over "netto", "Stawka" over "%".)
    const other = itemTable([['Towar /', 'usługa'], ['Cena jedn.', 'netto'], ['Wartość', 'netto'], ['Stawka', '%'], ['Kwota', 'VAT'], ['Wartość', 'brutto']],
      [['Kadłub', '4 200,00', '8 400,00', '8', '672,00', '9 072,00'], ['Pokład', '1 200,00', '2 400,00', '8', '192,00', '2 592,00']], [22, 70, 95, 120, 135, 160],
      ['Razem', '10 800,00', '', '864,00', '11 664,00'], ['Termin płatności:', '28.11.2025']);
    const pln = read({ info: [['Faktura nr', 'FV/77/2025']], totals: [], extra: other });
    // (Nothing labels a total: not the first line's 4 200,00 + 672,00 = 4 872,00; the sums row, each figure its
    // column's sum over the lines, gives the totals.)
    expect([pln.amount, pln.taxAmount, pln.totalAmount]).toEqual([10800, 864, 11664]);
  });

  it('a totals label wrapped before its last word, its figure beside its first row', () => {
    const wrapped = (head: string, tail: string, figure: string) => read({
      totals: [], extra: [d(22, 139, 'Kurs średni NBP z dnia 13.11.2025'), d(120, 139, head), d(160, 139, figure), d(120, 143, tail)],
    }).totalAmount;
    expect(wrapped('Do', 'zapłaty:', '13 284,00 EUR')).toBe(13284);
    expect(wrapped('Zu', 'zahlen:', '13.284,00 EUR')).toBe(13284);
  });
});

describe('a credit note citing the invoice it credits', () => {
  it('its own date, not the credited invoice\'s, and no doubt between them', () => {
    const read_ = (info: Array<[string, string]>) => read({ title: 'CREDIT NOTE', info });
    const uk = read_([['Credit note no.', 'CRN-000318'], ['Credit note date', '14/11/2025'], ['Original invoice', 'INV-004127'], ['Invoice date', '02/10/2025']]);
    expect([uk.number, uk.date, guessesOf(uk).date]).toEqual(['CRN-000318', '2025-11-14', undefined]);
    const us = read_([['Credit memo #', 'CM-1009'], ['Date', '11/14/2025'], ['Invoice #', '10874'], ['Invoice date', '10/02/2025']]);
    expect([us.number, us.date, guessesOf(us).date]).toEqual(['CM-1009', '2025-11-14', undefined]);
  });
});

describe('number labels', () => {
  it('a title whose number label ends its first row, the number wrapped under it', () => {
    const number = (title: string) => read({ info: [], title, extra: [d(22, 91, '2025110447', 5)] }).number;
    expect(number('Faktura – daňový doklad č.')).toBe('2025110447');
    expect(number('Faktúra - daňový doklad č.')).toBe('2025110447');
  });

  it('a freight bill\'s PRO number, its label wrapped or in one cell', () => {
    expect(read({ info: [], extra: [d(127, 18, 'PRO'), d(150, 18, '482-1177305'), d(127, 23, 'Number'), d(127, 31, 'Bill'), d(150, 31, '09/23/2025'), d(127, 36, 'Date')] }).number).toBe('482-1177305');
    expect(read({ info: [['PRO #:', '482-1177306']] }).number).toBe('482-1177306');
  });

  it('a utility\'s statement is its bill: "Statement No." labels the number', () => {
    expect(read({ info: [['Statement date', 'Nov 12, 2025'], ['Statement No.', '881200457'], ['Account number', '5521-0098-31']] }).number).toBe('881200457');
    expect(read({ info: [['Statement number:', 'ST-2025-11-0417']] }).number).toBe('ST-2025-11-0417');
  });
});

describe('parties: a marketplace\'s seller, a billing box\'s heading', () => {
  it('"Vendu par :" with a colon names the seller, not the marketplace\'s logo over it', () => {
    const seller = (label: string, name: string) => read({ letterhead: ['achatello'], extra: [d(22, 28, `${label} ${name}`), d(22, 32, '14 rue des Tanneurs, 84000 Avignon')] }).seller.name;
    expect(seller('Vendu par :', 'Atelier Lumière Bastide SAS')).toBe('Atelier Lumière Bastide SAS');
    expect(seller('Verkauft von:', 'Lampenwerk Krüger GmbH')).toBe('Lampenwerk Krüger GmbH');
    expect(seller('Venduto da:', 'Luci di Bottega S.r.l.')).toBe('Luci di Bottega S.r.l.');
  });

  it('a Turkish letterhead in capitals, its company form wrapped onto the next row', () => {
    const seller = (rows: string[]) => read({ letterhead: rows, extra: [d(22, 36, 'Organize Sanayi Bölgesi 4. Cadde No: 18')] }).seller.name;
    expect(seller(['KARADENİZ TEKSTİL SANAYİ VE TİCARET', 'LTD. ŞTİ.'])).toBe('KARADENİZ TEKSTİL SANAYİ VE TİCARET LTD. ŞTİ.');
    expect(seller(['EGE BAHARAT GIDA', 'ŞTİ.'])).toBe('EGE BAHARAT GIDA ŞTİ.');
  });

  it('references to other documents at the left, level with an addressee\'s block at the right', () => {
    const buyer = (left: string[], right: string[]) => read({ info: [], window: left, extra: right.map((row, i) => d(115, 46 + 5 * i, row)) }).buyer.name;
    expect(buyer(['Fattura n. 318/2025 del 14 novembre', '2025', 'Rif. fattura proforma n. PF-77 del 3', 'novembre 2025'], ['Spett.le', 'Enoteca Il Grappolo S.n.c.', 'Via Matteotti 9', '53024 Montalcino (SI)']))
      .toBe('Enoteca Il Grappolo S.n.c.');
    expect(buyer(['Our quotation no. Q-2207 of 3 November', 'Your order no. 4471 of 10 November'], ['Messrs', 'Hollis Machine Works Ltd', '14 Kennedy Street', 'Leeds LS1 4AB']))
      .toBe('Hollis Machine Works Ltd');
  });

  it('the party billed, not the consignee beside it', () => {
    const buyer = (labels: string[]) => read({
      info: [], window: [],
      extra: [...labels.map((l, c) => d(15 + 62 * c, 76, l)), ...[['Ridgeback Tent Works', '77 Mill Race Rd', 'Lincoln, NE 68508'], ['Alpine Gear Outlet', '3150 S Broadway', 'Denver, CO 80113'], ['Cascade Outdoor Supply Co.', 'PO Box 4470', 'Spokane, WA 99220']]
        .flatMap((rows, c) => rows.map((row, r) => d(15 + 62 * c, 82 + 5 * r, row)))],
    }).buyer.name;
    expect(buyer(['SHIPPER', 'CONSIGNEE', 'BILL TO (THIRD PARTY)'])).toBe('Cascade Outdoor Supply Co.');
    expect(buyer(['Shipper', 'Consignee', 'Invoice to'])).toBe('Cascade Outdoor Supply Co.');
  });

  it('a billing box headed "Datos de facturación" beside the delivery box: the company under the heading', () => {
    const buyer = (heading: string, name: string) => read({ window: [heading, name, 'Av. del Puerto 118, 3º', '46023 Valencia'], extra: [d(110, 48, 'Dirección de entrega'), d(110, 52.5, 'Restaurante La Barraca del Palmar')] }).buyer.name;
    expect(buyer('Datos de facturación', 'Grupo Restauración Albufera, S.L.')).toBe('Grupo Restauración Albufera, S.L.');
    expect(buyer('Dati di fatturazione', 'Trattoria Da Nino S.r.l.')).toBe('Trattoria Da Nino S.r.l.');
    expect(buyer('Billing details', 'Harbourside Dining Ltd')).toBe('Harbourside Dining Ltd');
  });

  it('a billing label wrapped in its narrow column ("Dirección de" over "facturación"), the seller and the delivery beside it: the name under it', () => {
    const buyer = (label: [string, string], delivery: [string, string]) => read({
      letterhead: [], info: [], window: [],
      extra: [d(15, 36, 'Vendido por'), d(92, 36, label[0]), d(92, 41, label[1]), d(149, 36, delivery[0]), d(149, 41, delivery[1]),
        ...[['ELECTROSUR ONLINE, S.L.', 'Polígono Guadalhorce, C/ Cómpeta 14', '29004 Málaga', 'NIF B93227410'], ['Andrés Villanueva Rojo', 'C/ Mayor 8, 2.º B', '50001 Zaragoza'], ['Andrés Villanueva Rojo', 'Locker Plaza Aragón', '50004 Zaragoza']]
          .flatMap((rows, c) => rows.map((row, r) => d([15, 92, 149][c]!, 47 + 5 * r, row)))],
    }).buyer.name;
    expect(buyer(['Dirección de', 'facturación'], ['Dirección de envío', ''])).toBe('Andrés Villanueva Rojo');
    expect(buyer(['Adresse de', 'facturation'], ['Adresse de livraison', ''])).toBe('Andrés Villanueva Rojo');
    expect(buyer(['Billing', 'address'], ['Shipping', 'address'])).toBe('Andrés Villanueva Rojo');
  });
});

describe('a bill\'s summary', () => {
  it('a net total of two words before its qualifier, wrapped or not, beside the VAT and the new charges', () => {
    expect(totals({ totals: [['Total new charges excl. VAT', '£116.00'], ['VAT at 20%', '£23.20'], ['Total new charges', '£139.20']] })).toEqual([116, 23.2, 139.2]);
    const wrapped = totals({ totals: [], extra: [d(120, 125, 'Total new charges excl.'), d(170, 125, '£116.00'), d(120, 129, 'VAT'), d(120, 135, 'VAT at 20%'), d(170, 135, '£23.20'), d(120, 141, 'Total new charges'), d(170, 141, '£139.20')] });
    expect(wrapped).toEqual([116, 23.2, 139.2]);
    expect(totals({ totals: [['Total monthly charges before tax', '$84.00'], ['Sales tax', '$6.93'], ['Amount due', '$90.93']] })).toEqual([84, 6.93, 90.93]);
  });
});

describe('a tax per rate and a rounding line', () => {
  it('the tax summed over its rates stands beside the printed rounding: the whole reading keeps it', () => {
    const whole = (totals: Array<[string, string]>) => {
      const inv = invoiceFromPages(toPageText(page({ totals }), 210, 297)).find((p) => p.source === 'text')!.invoice;
      return [inv.amount, inv.taxAmount, inv.totalAmount];
    };
    expect(whole([['Total hors TVA', "1'908.00"], ['TVA 2,6 % sur 900.00', '23.40'], ["TVA 8,1 % sur 1'008.00", '81.65'], ['Arrondi', '-0.05'], ['Montant total CHF', "2'013.00"]]))
      .toEqual([1908, 105.05, 2013]);
    expect(whole([['Total exkl. MWST', "1'908.00"], ['MWST 2,6 %', '23.40'], ['MWST 8,1 %', '81.65'], ['Rundung', '-0.05'], ['Total CHF', "2'013.00"]]))
      .toEqual([1908, 105.05, 2013]);
    expect(whole([['Summa exkl. moms', '1 908,30'], ['Moms 12 %', '108,00'], ['Moms 25 %', '252,08'], ['Öresavrundning', '-0,38'], ['Att betala', '2 268,00']]))
      .toEqual([1908.3, 360.08, 2268]);
  });
});
