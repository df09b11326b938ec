/**
 * What the forty-sixth to forty-eighth batches of unseen supplier invoices printed that the parser missed:
 * an issue-date label inside a payment sentence over a due date, a letterhead's name wrapped after "del", a
 * "Cliente" header over the customer's number in a grid of labels, a VAT breakdown's rows read by their tax
 * word (base, tax, gross), a Greek invoice in Greek, an Indian "Details of Receiver (Billed to)" block under
 * "M/s.", a totals row whose tax and gross share one text item, a tax summary's one row, a Mexican CFDI's
 * "Serie y folio" and "Receptor", a pro forma's own number; and what flagged right pages: a payment sentence
 * in the footer naming the company, a logo's short name over a small-print letterhead, "Issued October 31,
 * 2025", a discount in a cell of its own beside a paragraph. One class varied at a time on the supplier
 * invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('an issue-date label in a sentence', () => {
  it('"… ab Rechnungsdatum gewähren wir 3 % Skonto" over "Ohne Abzug zahlbar bis 01.12.2025": no issue date, the "Datum" cell is', () => {
    const inv = read({
      info: [['Beleg-Nr.', 'R-25-04418'], ['Datum', '17.11.2025']],
      extra: [d(22, 150, 'Bei Zahlung innerhalb von 7 Tagen ab Rechnungsdatum gewähren wir 3 % Skonto,'), d(22, 154, 'Zahlbetrag dann 1.478,90 €. Ohne Abzug zahlbar bis 01.12.2025.')],
    });
    expect(inv.date).toBe('2025-11-17');
  });

  it('a date wrapped in the label\'s own cell ("Date of issue: 17 November" over "2025") is still read', () => {
    const inv = read({ info: [['Invoice No.', '10457']], extra: [d(120, 58, 'Date of issue: 17 November'), d(120, 61.5, '2025')] });
    expect(inv.date).toBe('2025-11-17');
  });
});

describe('a letterhead\'s name wrapped after "del"', () => {
  it('"Distribuciones Hortícolas del" over "Segura, S.L.": one name', () => {
    const inv = read({
      letterhead: [],
      extra: [d(22, 14, 'Distribuciones Hortícolas del', 4.5), d(22, 19.5, 'Segura, S.L.', 4.5), d(22, 25, 'Polígono Industrial Oeste, C/ Uruguay 18'), d(22, 29, '30820 Alcantarilla (Murcia)')],
    });
    expect(inv.seller.name).toBe('Distribuciones Hortícolas del Segura, S.L.');
  });
});

describe('a grid of labels over their values', () => {
  it('"Cliente" over the customer\'s number printed with a space ("430 0217"): no buyer label, the window holds the buyer', () => {
    const inv = read({
      extra: [d(22, 92, 'Factura nº'), d(55, 92, 'Fecha'), d(85, 92, 'Cliente'), d(112, 92, 'Forma de pago'), d(150, 92, 'Vencimiento'),
        d(22, 96.5, 'A-2025/001872'), d(55, 96.5, '18-11-2025'), d(85, 96.5, '430 0217'), d(112, 96.5, 'Transferencia'), d(150, 96.5, '18-12-2025')],
    });
    expect(inv.buyer.name).toBe('Corrib Dental Ltd');
  });
});

describe('a VAT breakdown read by its tax word', () => {
  it('"ALV 14 % | 1 440,00 | 201,60 | 1 641,60" per rate: the tax is the second figure of each row, not the base', () => {
    const inv = read({
      totals: [['Veroton yhteensä', '2 228,00'], ['ALV yhteensä', '402,54'], ['Maksettava EUR', '2 630,54']],
      extra: [d(22, 160, 'ALV-erittely'), d(60, 160, 'Veroton'), d(85, 160, 'Vero'), d(105, 160, 'Verollinen'),
        d(22, 165, 'ALV 14 %'), d(60, 165, '1 440,00'), d(85, 165, '201,60'), d(105, 165, '1 641,60'),
        d(22, 170, 'ALV 25,5 %'), d(60, 170, '788,00'), d(85, 170, '200,94'), d(105, 170, '988,94')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([2228, 402.54, 2630.54]);
  });
});

describe('a Greek invoice in Greek', () => {
  const greek = {
    letterhead: ['Ελαιουργική Μεσσηνίας Α.Ε.', 'Λεωφ. Αθηνών 112, 241 00 Καλαμάτα'],
    title: 'ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ',
    info: [['Αριθμός:', 'Α-1042'], ['Ημερομηνία:', '20/11/2025']] as Array<[string, string]>,
    window: [],
    extra: [d(22, 48, 'Στοιχεία πελάτη'), d(22, 53, 'Επωνυμία'), d(50, 53, 'Γαστρονομία Αιγαίου Ι.Κ.Ε.'), d(22, 58, 'Διεύθυνση'), d(50, 58, 'Ακτή Μιαούλη 48, 185 36 Πειραιάς')],
    totals: [['Σύνολο καθαρής αξίας', '2.015,00 €'], ['Σύνολο ΦΠΑ', '268,55 €'], ['Πληρωτέο ποσό', '2.283,55 €']] as Array<[string, string]>,
  };

  it('"Αριθμός:" labels the number', () => {
    expect(read(greek).number).toBe('Α-1042');
  });

  it('"Σύνολο καθαρής αξίας", "Σύνολο ΦΠΑ", "Πληρωτέο ποσό": net, tax and total', () => {
    const inv = read(greek);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([2015, 268.55, 2283.55]);
  });

  it('"Α.Ε." in Greek letters is a company form: the letterhead is the seller', () => {
    expect(read(greek).seller.name).toBe('Ελαιουργική Μεσσηνίας Α.Ε.');
  });

  it('"Στοιχεία πελάτη" over "Επωνυμία | <name>" (no colon): the name is the buyer', () => {
    expect(read(greek).buyer.name).toBe('Γαστρονομία Αιγαίου Ι.Κ.Ε.');
  });
});

describe('an Indian GST invoice in boxes', () => {
  it('"Details of Receiver (Billed to)" over "M/s. Tungabhadra Agro Packaging LLP": the buyer, without the "M/s."', () => {
    const inv = read({
      window: [], extra: [d(22, 48, 'Details of Receiver (Billed to)'), d(110, 48, 'Details of Consignee (Shipped to)'), d(22, 52.5, 'M/s. Tungabhadra Agro Packaging LLP'),
        d(110, 52.5, 'M/s. Tungabhadra Agro Packaging LLP'), d(22, 57, 'No. 42, 3rd Cross, Peenya Industrial Area'), d(110, 57, 'Unit 2, KIADB Industrial Area')],
    });
    expect(inv.buyer.name).toBe('Tungabhadra Agro Packaging LLP');
  });

  it('"Total | 12,850 | 3,01,000.00 | 36,120.00 3,37,120.00", the last two in one text item: the gross is the last figure, not the quantity', () => {
    const inv = read({
      totals: [],
      extra: [d(30, 130, 'Total'), d(65, 130, '12,850'), d(110, 130, '3,01,000.00'), d(150, 130, '36,120.00 3,37,120.00'),
        d(120, 140, 'Add: IGST'), d(175, 140, '36,120.00')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([301000, 36120, 337120]);
  });
});

describe('a marketplace seller\'s tax summary', () => {
  it('"Tax summary | Taxable amount | Tax | Total" over one jurisdiction\'s row, its three figures in one text item: net and tax', () => {
    const inv = read({
      totals: [['Total', '$612.25']],
      extra: [d(100, 150, 'Tax summary'), d(150, 150, 'Taxable amount'), d(172, 150, 'Tax'), d(186, 150, 'Total'),
        d(100, 156, 'NC state + Buncombe County'), d(150, 156, '$572.20 $40.05 $612.25')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([572.2, 40.05, 612.25]);
  });
});

describe('a Mexican CFDI', () => {
  it('"Serie y folio | A-4821" beside the fiscal UUID: the number', () => {
    const inv = read({ info: [['Serie y folio', 'A-4821'], ['Folio fiscal (UUID)', '6B1F3E2A-90C4-4D7E-8A51-33F0C9D2E184']] });
    expect(inv.number).toBe('A-4821');
  });

  it('"Receptor" over "Nombre | Taller Mecánico Hermanos Ruiz," wrapped over "S. de R.L. de C.V.": the buyer', () => {
    const inv = read({
      window: [], extra: [d(22, 48, 'Receptor'), d(22, 53, 'Nombre'), d(45, 53, 'Taller Mecánico Hermanos Ruiz,'), d(45, 57.5, 'S. de R.L. de C.V.'),
        d(22, 63, 'Domicilio fiscal'), d(45, 63, 'C.P. 36500')],
    });
    expect(inv.buyer.name).toBe('Taller Mecánico Hermanos Ruiz, S. de R.L. de C.V.');
  });
});

describe('a pro forma invoice', () => {
  it('"Pro forma no. PF-250317": its number', () => {
    expect(read({ title: 'PRO FORMA INVOICE', info: [['Pro forma no.', 'PF-250317'], ['Date', '20/11/2025']] }).number).toBe('PF-250317');
  });

  it('an invoice citing the pro forma it follows ("… suite à la facture proforma n° PF-2025-0107"): its own number, no second reading', () => {
    const inv = read({ title: 'FACTURE N° F-2025-0918', info: [['Date de facture', '20/11/2025']], underTitle: ['Facture définitive établie suite à la facture proforma n° PF-2025-0107.'] });
    expect([inv.number, guessesOf(inv).number]).toEqual(['F-2025-0918', undefined]);
  });
});

describe('what flagged right pages', () => {
  it('"… t.n.v. Koffiebranderij De" over "Zeeuwse Boon B.V. onder vermelding van het factuurnummer." at the foot: the same company, no doubt', () => {
    const inv = read({
      letterhead: ['Koffiebranderij De Zeeuwse Boon B.V.', 'Havenstraat 17, 4331 NJ Middelburg'],
      extra: [d(22, 270, 'Wij verzoeken u het totaalbedrag binnen 14 dagen over te maken t.n.v. Koffiebranderij De'), d(22, 274, 'Zeeuwse Boon B.V. onder vermelding van het factuurnummer.')],
    });
    expect([inv.seller.name, guessesOf(inv)['seller.name']]).toEqual(['Koffiebranderij De Zeeuwse Boon B.V.', undefined]);
  });

  it('a logo\'s "NORRSKOG MASKIN" over "Norrskog Maskin & Service AB" in small print, the buyer\'s block larger than the body: no swap suspected', () => {
    const inv = read({
      letterhead: ['NORRSKOG MASKIN', 'Norrskog Maskin & Service AB'], window: [],
      extra: [d(22, 48, 'Bergkvist Entreprenad AB', 4), d(22, 53, 'Box 112', 4), d(22, 58, '931 22 Skellefteå', 4)],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Norrskog Maskin & Service AB', 'Bergkvist Entreprenad AB']);
    expect(guessesOf(inv)).toEqual({});
  });

  it('"Issued October 31, 2025" under the title, a due date in a box over its value: the issue date, labelled', () => {
    const inv = read({
      info: [['Invoice No.', '2025-0187']], underTitle: ['Issued October 31, 2025 · Project 24-112'],
      extra: [d(22, 150, 'Amount due'), d(80, 150, 'Due date'), d(22, 154, '$1,525.20'), d(80, 154, 'November 30, 2025')],
    });
    expect([inv.date, guessesOf(inv).date]).toEqual(['2025-10-31', undefined]);
  });

  it('"Remise commerciale 10 % | -124,00 €" level with a paragraph at the left: a discount line, so the items add up to the net', () => {
    const inv = read({
      totals: [['Total HT brut', '1 240,00 €'], ['Remise commerciale 10 %', '-124,00 €'], ['Total HT net', '1 116,00 €'], ['TVA 20 %', '223,20 €'], ['Total TTC', '1 339,20 €']],
      extra: [d(22, 131, 'En cas de retard de paiement, pénalités au taux légal')],
    });
    expect(inv.amount).toBe(1116);
    expect(inv.items.map((i) => i.amount)).toEqual([1240, -124]);
  });
});
