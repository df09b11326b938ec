/**
 * What the seventy-third to seventy-fifth batches of unseen supplier invoices (small firms' word-processor
 * templates, business software's dense headers with cash discounts, marketplace, disbursement and instalment
 * invoices) printed that the parser misread. One class varied at a time, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals: Draw[] = [
  d(20, 110, 'Popis'), d(170, 110, 'Celkem'), d(20, 116, 'Služby'), d(170, 116, '100,00'),
  d(120, 130, 'Základ daně'), d(170, 130, '100,00'), d(120, 135, 'DPH 21 %'), d(170, 135, '21,00'), d(120, 140, 'Celkem k úhradě'), d(170, 140, '121,00'),
];

describe('two dates side by side, each cell opening with its label, each year wrapped under it', () => {
  const date = (issued: string, due: string) => parse([
    d(20, 15, 'Faktura č. 2025018', 5), d(20, 33, 'Dodavatel:'), d(20, 38, 'Jana Horáková – fotografie'), d(20, 43, 'Lidická 58'), d(20, 48, '602 00 Brno'),
    d(108, 33, 'Odběratel:'), d(108, 38, 'Kavárna U Zlaté lžíce s.r.o.'), d(108, 43, 'Údolní 12'), d(108, 48, '602 00 Brno'),
    d(21, 80, issued), d(82, 80, due), d(141, 80, 'Forma úhrady:'), d(21, 85, '2025'), d(82, 85, '2025'), d(141, 85, 'převodem'),
    ...totals,
  ]).date;

  it('the issue date is its own cell\'s, not the due date beside it', () => {
    expect(date('Datum vystavení: 20. 11.', 'Datum splatnosti: 4. 12.')).toBe('2025-11-20');
    expect(date('Invoice date: 20 November', 'Due date: 4 December')).toBe('2025-11-20');
  });
});

describe('the letter\'s dateline at the right, level with the addressee\'s first row', () => {
  const buyer = (dateline: string, block: string[]) => parse([
    d(27, 20, 'Baumeister Hofstätter GmbH', 5.6), d(95, 28, 'Salzburger Straße 41 · 4840 Vöcklabruck · Tel. 07672 22 418', 3),
    ...block.map((row, i) => d(28, 44 + 5 * i, row, 4.2)), d(122, 44, dateline, 4.2), d(122, 54, 'Rechnungs-Nr.: TR-2025-0211-1', 4.2),
    d(27, 90, '1. Teilrechnung', 4.6),
    d(28, 111, 'Nettobetrag', 4.2), d(121, 111, 'EUR 18.000,00', 4.2), d(28, 117, 'zuzüglich 20 % USt', 4.2), d(124, 117, 'EUR 3.600,00', 4.2),
    d(28, 123, 'Rechnungsbetrag', 4.2), d(121, 123, 'EUR 21.600,00', 4.2),
  ]).buyer.name;

  it('is no info table\'s date: the row opens the block', () => {
    expect(buyer('Vöcklabruck, 26.11.2025', ['Alpenland Wohnbau GmbH', 'Projektleitung DI Sandra Moser', 'Bahnhofstraße 2', '4810 Gmunden'])).toBe('Alpenland Wohnbau GmbH');
    expect(buyer('Gmunden, am 26.11.2025', ['Traunsee Immobilien GmbH', 'Bauleitung Ing. Peter Wallner', 'Esplanade 12', '4810 Gmunden'])).toBe('Traunsee Immobilien GmbH');
  });
});

describe('a letterhead\'s name wrapped in larger print, the customer\'s box beside it at another pitch', () => {
  // The seller's name on two rows at the left (4.9 mm), the customer's rows at the right (4.2 mm) set between them.
  // `footer`: the name printed whole in the footer's sentence.
  const read = (head: [string, string], box: string[], grid?: string[], footer = true) => parse([
    d(17.5, 16.5, head[0], 4.9), d(17.5, 22.1, head[1], 4.9), d(17.5, 27.8, 'Polígono Malpica, calle E, nave 14', 4.2), d(17.5, 32.8, '50016 Zaragoza', 4.2), d(17.5, 37.8, 'CIF B50774218 · Tel. 976 57 12 40', 4.2),
    ...box.map((row, i) => d(108, 19 + 5 * i, row, 4.2)),
    ...(grid ? [...grid.map((label, i) => d([18, 52, 79, 99, 119, 153][i], 50, label)),
      d(18, 56, 'FV 2025/003318'), d(52, 56, '25/11/2025'), d(79, 56, '430012'), d(99, 56, 'PC-8841'), d(119, 56, 'AL-7702'), d(153, 56, 'Recibo')] : [d(18, 50, 'Factura FV 2025/003318'), d(18, 56, 'Fecha 25/11/2025')]),
    d(18, 80, 'Descripción'), d(170, 80, 'Importe'), d(18, 86, 'Rodamientos'), d(170, 86, '100,00'),
    d(120, 100, 'Base imponible'), d(170, 100, '100,00'), d(120, 105, 'IVA 21 %'), d(170, 105, '21,00'), d(120, 110, 'Total factura'), d(170, 110, '121,00'),
    ...(footer ? [d(18, 270, `Inscrita en el Registro Mercantil de Zaragoza. Responsable del tratamiento: ${head.join(' ')}`, 2.3)] : []),
  ]);

  it('the larger print is the seller\'s, its head over the box\'s row', () => {
    const inv = read(['SUMINISTROS INDUSTRIALES', 'EBRO, S.L.'], ['Talleres Mecánicos Aranda, S.A.', 'Avda. de Navarra 88', '50010 Zaragoza', 'CIF A50118830']);
    expect(inv.seller.name).toBe('SUMINISTROS INDUSTRIALES EBRO, S.L.');
    // (Without a footer, a name whose row ends in a word no name ends with.)
    expect(read(['FERRETERÍA INDUSTRIAL DEL', 'MONCAYO, S.L.'], ['Carpintería Metálica Gil, S.A.', 'Calle Mayor 12', '50500 Tarazona'], undefined, false).seller.name).toBe('FERRETERÍA INDUSTRIAL DEL MONCAYO, S.L.');
  });

  it('a grid of the invoice\'s numbers in the window\'s band is no block: the box beside the letterhead is the buyer, in doubt', () => {
    for (const grid of [['FACTURA Nº', 'FECHA', 'CLIENTE', 'PEDIDO', 'ALBARÁN', 'FORMA DE PAGO'], ['Tipo', 'Numero', 'Data', 'Cod. cliente', 'Pagamento', 'Banca d\'appoggio']]) {
      const inv = read(['SUMINISTROS INDUSTRIALES', 'EBRO, S.L.'], ['Talleres Mecánicos Aranda, S.A.', 'Avda. de Navarra 88', '50010 Zaragoza', 'CIF A50118830'], grid);
      expect([inv.buyer.name, 'buyer.name' in guessesOf(inv)]).toEqual(['Talleres Mecánicos Aranda, S.A.', true]);
    }
  });
});

describe('an info table\'s row of the salesperson under a seller\'s word', () => {
  const seller = (label: string, person: string, next: [string, string]) => parse([
    d(137, 20, 'ELEKTRO GRUBER', 5.6), d(161, 26.5, 'Gesellschaft m.b.H.', 3.3),
    d(27, 37, 'Elektro Gruber GmbH, Wiener Straße 212, 4020 Linz', 2.5), d(116, 37, 'Rechnung'), d(158, 37, '25-RE-01447'),
    d(27, 45, 'Hotel Post Bad Ischl GmbH'), d(116, 44, 'Datum'), d(158, 44, '20.11.2025'), d(27, 50, 'Buchhaltung'), d(27, 55, 'Kreuzplatz 11'), d(27, 60, '4820 Bad Ischl'),
    d(116, 68, 'Ihre Zeichen'), d(158, 68, 'Renovierung'), d(116, 79, label), d(158, 79, person), d(116, 90, next[0]), d(158, 90, next[1]),
    d(27, 119, 'Beschreibung'), d(174, 119, 'Betrag'), d(37, 130, 'LED-Panel'), d(174, 130, '100,00'),
    d(104, 164, 'Summe netto'), d(173, 164, '100,00'), d(104, 170, '20 % USt'), d(177, 170, '20,00'), d(104, 177, 'Rechnungsbetrag'), d(173, 177, '120,00'),
    d(27, 248, 'Elektro Gruber GmbH', 2.6), d(27, 251, 'Wiener Straße 212, 4020 Linz', 2.6), d(84, 248, 'UID ATU23341807', 2.6),
  ]).seller.name;

  it('is no seller: the letterhead is', () => {
    expect(seller('Verkäufer', 'Ing. Markus Huber', ['Leistungszeitraum', '03.11.–14.11.2025'])).toBe('Elektro Gruber GmbH');
    expect(seller('Vendedor', 'Juan Pérez Gil', ['Forma de pago', 'Transferencia 30 días'])).toBe('Elektro Gruber GmbH');
  });
});

describe('a total\'s label with its currency before the word that makes it net', () => {
  const net = (label: string) => parse([
    d(20, 15, 'Elektro Gruber GmbH', 5), d(20, 22, 'Wiener Straße 212, 4020 Linz'), d(20, 45, 'Hotel Post Bad Ischl GmbH'), d(20, 50, 'Kreuzplatz 11'), d(20, 55, '4820 Bad Ischl'),
    d(120, 45, 'Rechnung 25-RE-01447'), d(120, 50, 'Datum 20.11.2025'),
    d(20, 80, 'Beschreibung'), d(170, 80, 'Betrag'), d(20, 86, 'Arbeitszeit'), d(170, 86, '3.250,00'),
    d(104, 100, label), d(170, 100, '3.250,00'), d(104, 106, '20 % USt'), d(174, 106, '650,00'), d(104, 112, 'Gesamt EUR inkl. USt'), d(170, 112, '3.900,00'),
  ]).amount;

  it('is the net', () => {
    expect(net('Gesamt EUR exkl. USt')).toBe(3250);
    expect(net('Summe CHF exkl. MWST')).toBe(3250);
  });
});

describe('a Portuguese fatura-recibo: "Transmitente" and "Adquirente", "Valor base"', () => {
  const read = (labels: [string, string], net: string) => parse([
    d(19, 16, 'FATURA-RECIBO', 4.6), d(134, 16, 'Data de emissão: 24-11-2025'), d(19, 21, 'N.º FR ATSIRE01FR/12'),
    d(20, 33, labels[0]), d(106, 33, labels[1]), d(20, 39, 'Rui Manuel Costa Ferreira'), d(106, 39, 'Quinta do Vale Verde, Lda.'),
    d(20, 44, 'NIF 212345678'), d(106, 44, 'NIF 513884021'), d(20, 49, 'Rua de Cedofeita, 311'), d(106, 49, 'Estrada Nacional 222, km 14'), d(20, 54, '4050-180 Porto'), d(106, 54, '5110-204 Armamar'),
    d(20, 71, 'Descrição'), d(180, 71, 'Valor'), d(20, 82, 'Consultoria em gestão'), d(173, 82, '1.200,00'),
    d(98, 99, net), d(170, 99, '1.200,00 €'), d(98, 105, 'IVA à taxa normal de 23 %'), d(173, 105, '276,00 €'), d(98, 118, 'Total'), d(171, 118, '1.476,00 €'),
  ]);

  it('the issuer\'s label names the seller; the base is the net', () => {
    const inv = read(['Transmitente', 'Adquirente'], 'Valor base');
    expect([inv.seller.name, inv.buyer.name, inv.amount, inv.taxAmount]).toEqual(['Rui Manuel Costa Ferreira', 'Quinta do Vale Verde, Lda.', 1200, 276]);
    expect(read(['Transmitente:', 'Adquirente:'], 'Valor base tributável').amount).toBe(1200);
  });
});
