/**
 * What the seventy-ninth to eighty-first batches of unseen supplier invoices (renderings of e-invoices,
 * invoicing apps' layouts, platform bills, new languages and forms) printed that the parser misread. One
 * class varied at a time, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a party\'s name after its label in the same cell, as an e-invoice\'s rendering prints it', () => {
  // Two cells side by side under the parties' labels, an id row first, then "Nazwa: …" wrapping its end.
  const read = (labels: [string, string], field: string, seller: string, buyer: [string, string | null]) => parse([
    d(150, 15, 'Numer Faktury:'), d(150, 20, 'FV/2025/11/0392'),
    d(15, 40, labels[0]), d(106, 40, labels[1]),
    d(15, 46, 'NIP: 6831947205'), d(106, 46, 'NIP: 9452271806'),
    d(15, 51, `${field}: ${seller}`), d(106, 51, `${field}: ${buyer[0]}`), ...(buyer[1] ? [d(106, 55.2, buyer[1])] : []),
    d(15, 61, 'ul. Kamieńskiego 51'), d(106, 61, 'ul. Długa 17/3'), d(15, 66, '30-644 Kraków'), d(106, 66, '31-147 Kraków'),
    d(110, 120, 'Kwota należności ogółem: 1 230,00 PLN'),
  ]);

  it('is the name, its wrapped end with it', () => {
    const inv = read(['Sprzedawca', 'Nabywca'], 'Nazwa', 'Drukarnia Wiślana Sp. z o.o.', ['Akademia Językowa Lingwa Anna', 'Mrozek']);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Drukarnia Wiślana Sp. z o.o.', 'Akademia Językowa Lingwa Anna Mrozek']);
    const greek = read(['ΣΤΟΙΧΕΙΑ ΕΚΔΟΤΗ', 'ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ'], 'Επωνυμία', 'Θερμοϋδραυλική Κρήτης Ε.Π.Ε.', ['Ξενοδοχείο Αμμουδάρα Ο.Ε.', null]);
    expect(greek.buyer?.name).toBe('Ξενοδοχείο Αμμουδάρα Ο.Ε.');
  });

  it('the total due by its Polish label', () => {
    expect(read(['Sprzedawca', 'Nabywca'], 'Nazwa', 'Drukarnia Wiślana Sp. z o.o.', ['Szkoła Tańca Rytm', null]).totalAmount).toBe(1230);
  });

  it('a value in a column of its own, "GmbH & Co." over "KG", and the other party\'s label ending the block', () => {
    const inv = parse([
      d(18, 15, 'Rechnung', 5), d(18, 28, 'Käufer'),
      d(20, 35, 'Firmenname:'), d(84, 35, 'Zweckverband Wasserversorgung Obere'), d(84, 39.2, 'Lauter'),
      d(20, 46, 'Straße / Hausnummer:'), d(84, 46, 'Kirchplatz 6'), d(20, 52, 'PLZ / Ort:'), d(84, 52, '72818 Trochtelfingen'),
      d(18, 61, 'Verkäufer'),
      d(20, 68, 'Firmenname:'), d(84, 68, 'Alb-Pumpentechnik Sauter GmbH & Co.'), d(84, 72.2, 'KG'),
      d(20, 79, 'Straße / Hausnummer:'), d(84, 79, 'Im Breitenfeld 21'), d(20, 85, 'PLZ / Ort:'), d(84, 85, '72501 Gammertingen'),
      d(20, 100, 'Rechnungsnummer:'), d(84, 100, 'APS-RE-25-01877'), d(20, 106, 'Rechnungsdatum:'), d(84, 106, '24.11.2025'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Alb-Pumpentechnik Sauter GmbH & Co. KG', 'Zweckverband Wasserversorgung Obere Lauter']);
  });

  it('a row under the name with a label of its own is another field, no wrapped end of a name without a form', () => {
    const inv = parse([
      d(18, 15, 'Rechnung', 5), d(18, 28, 'Verkäufer'),
      d(20, 35, 'Name:'), d(84, 35, 'Musterbetrieb Systemhaus AG'), d(20, 41, 'Anschrift:'), d(84, 41, 'August-Müller-Strasse 222'),
      d(18, 55, 'Käufer/Leistungsempfänger'),
      d(20, 62, 'Name:'), d(84, 62, 'Kaffeehaus Lindner'), d(20, 66.2, 'Ansprechpartner:'), d(84, 66.2, 'Herr Thomas Lindner'),
      d(20, 71, 'Anschrift:'), d(84, 71, 'Musterstraße 12'), d(84, 75, 'DE 37073 Göttingen'),
      d(20, 100, 'Rechnungsnummer:'), d(84, 100, '99877'), d(20, 106, 'Rechnungsdatum:'), d(84, 106, '30.05.2026'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Musterbetrieb Systemhaus AG', 'Kaffeehaus Lindner']);
  });

  it('but the same party\'s second label goes on with its block ("Billing address" under "Passenger")', () => {
    const inv = parse([
      d(20, 20, 'AERLINK', 6), d(20, 30, 'Passenger receipt / Invoice'), d(22, 37, 'Passenger'), d(111, 37, 'Invoice no.'), d(151, 37, 'ALK-INV-25-0904417'),
      d(22, 42, 'MS CLAIRE DUBOIS'), d(22, 52, 'Billing address'), d(22, 56, 'Dubois Consulting SARL'), d(22, 61, '8 rue Sainte-Catherine'),
      d(22, 67, '33000 Bordeaux, France'), d(111, 67, 'Date of issue'), d(151, 67, '22 Oct 2025'),
      d(20, 185, 'Aerlink Airways Designated Activity Company, Registered in Ireland No. 512288. VAT No. IE 3412880QH.'),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Aerlink Airways Designated Activity Company', 'Dubois Consulting SARL']);
  });
});

describe('EN 16931\'s business-term codes beside a rendering\'s labels and values', () => {
  // Each label wrapped over two rows, its figure with the code after it in one cell.
  const totals = (rows: Array<[string, string, string]>) => {
    const inv = parse([
      d(20, 20, 'Rechnungsnummer:'), d(84, 20, 'RE-2025-0711'), d(176, 20, 'BT-1'),
      d(20, 26, 'Rechnungsdatum:'), d(84, 26, '24.11.2025'), d(176, 26, 'BT-2'),
      ...rows.flatMap(([first, second, figure], k) => [d(20, 60 + 11 * k, first), d(20, 65 + 11 * k, second), d(155, 60 + 11 * k, figure)]),
    ]);
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('are no part of the labels or the figures', () => {
    expect(totals([
      ['Gesamtbetrag der Rechnung', 'ohne Umsatzsteuer:', '6.883,00 BT-109'],
      ['Gesamtbetrag der', 'Umsatzsteuer:', '1.307,77 BT-110'],
      ['Gesamtbetrag der Rechnung', 'einschließlich Umsatzsteuer:', '8.190,77 BT-112'],
    ])).toEqual([6883, 1307.77, 8190.77]);
    expect(totals([
      ['Summe der Nettobeträge', 'aller Rechnungspositionen:', '540,00 (BT-106)'],
      ['Gesamtbetrag der', 'Umsatzsteuer:', '102,60 (BT-110)'],
      ['Fälliger', 'Zahlungsbetrag:', '642,60 (BT-115)'],
    ])).toEqual([540, 102.6, 642.6]);
  });
});

describe('the Polish e-invoice\'s rate summary, and a law\'s paragraph on its own line', () => {
  const read = (rate: string) => parse([
    d(150, 15, 'Numer Faktury:'), d(150, 20, 'FV/2025/11/0392'), d(15, 30, 'Sprzedawca'), d(15, 35, 'Nazwa: Drukarnia Wiślana Sp. z o.o.'),
    d(15, 60, 'Data wystawienia, z'), d(79, 60, '2025-11-24'), d(15, 65, 'zastrzeżeniem art. 106na'), d(15, 70, 'ust. 1 ustawy:'),
    d(117, 100, 'Kwota należności ogółem: 4 287,90 PLN'),
    d(15, 110, 'Lp.'), d(27, 110, 'Stawka podatku'), d(84, 110, 'Kwota netto'), d(123, 110, 'Kwota podatku'), d(167, 110, 'Kwota brutto'),
    d(15, 116, '1'), d(27, 116, rate), d(91, 116, '1 130,00'), d(140, 116, '259,90'), d(176, 116, '1 389,90'),
    d(15, 122, '2'), d(27, 122, '5%'), d(91, 122, '2 760,00'), d(140, 122, '138,00'), d(176, 122, '2 898,00'),
  ]);

  it('sums its rows, the standard rate printed as its code, "23% lub 22%", or as itself', () => {
    for (const rate of ['23% lub 22%', '23%']) {
      const inv = read(rate);
      expect([inv.amount, inv.taxAmount, inv.totalAmount], rate).toEqual([3890, 397.9, 4287.9]);
    }
  });
});

describe('a rounding to whole crowns', () => {
  const total = (currency: string, rounding: string, due: string) => parse([
    d(15, 20, 'Invoice number'), d(45, 20, '20251147'), d(15, 26, 'Issue date'), d(45, 26, '2025-11-27'), d(15, 32, 'Currency'), d(45, 32, currency),
    d(110, 60, 'Total without VAT'), d(170, 60, '13 865,00'), d(110, 65, 'Total VAT amount'), d(170, 65, '3 466,25'),
    d(110, 70, 'Total with VAT'), d(170, 70, '17 331,25'), d(110, 75, 'Rounding amount'), d(170, 75, rounding),
    d(110, 80, 'Amount due for payment'), d(170, 80, due),
  ]).totalAmount;

  it('moves the total by up to half a crown', () => {
    expect(total('NOK', '-0,25', '17 331,00')).toBe(17331);
    expect(total('SEK', '0,45', '17 331,70')).toBe(17331.7);
  });

  it('but no more than a cent\'s rounding in a currency of cents', () => {
    expect(total('EUR', '-0,25', '17 331,00')).toBe(17331.25);
  });
});

describe('amounts in another currency than the document\'s', () => {
  it('a note\'s VAT in EUR under a USD bill\'s tax line, the tax word before its rate', () => {
    const inv = parse([
      d(16, 15, 'Stratocumulus Web Services EMEA SARL'), d(111, 36, 'Invoice Number:'), d(159, 36, 'EUINDE25-2741187'),
      d(16, 113, 'Service Charges'), d(178, 113, '$1,038.40'), d(16, 119, 'Credits'), d(183, 119, '-$40.05'),
      d(16, 125, 'Net Charges (After Credits/Discounts, excl. Tax)'), d(182, 125, '$998.35'),
      d(16, 132, 'Tax ** (VAT 19%)'), d(182, 132, '$189.69'), d(16, 138, 'Total for this invoice'), d(176, 138, '$1,188.04'),
      d(15, 185, '** This is not a VAT invoice for amounts in USD only. VAT amount in EUR: €163.53 (exchange rate 1 USD = 0.8621 EUR).'),
    ]);
    expect([inv.currency, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['USD', 998.35, 189.69, 1188.04]);
  });

  it('a total in pesos for information under a total in dollars', () => {
    const inv = parse([
      d(13, 12, 'AGROEXPORTADORA VALLE DE TEHUACÁN'), d(129, 20, 'Serie y Folio'), d(168, 20, 'EXP-1193'),
      d(129, 48, 'Moneda'), d(168, 48, 'USD - Dólar americano'), d(129, 60, 'Tipo de cambio'), d(168, 60, '18.3412'),
      d(133, 154, 'Subtotal'), d(180, 154, '11,890.00'), d(133, 159, 'IVA Trasladado 16%'), d(187, 159, '102.40'),
      d(133, 179, 'Total USD'), d(178, 179, '11,992.40'), d(133, 184, 'Total MXN'), d(177, 184, '219,955.01'), d(133, 190, '(informativo)'),
    ]);
    expect([inv.currency, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['USD', 11890, 102.4, 11992.4]);
  });
});

describe('numbers, totals and parties by labels the set had not seen', () => {
  it('a bare "Réf. :" under the title, not the customer\'s or the buyer\'s own reference', () => {
    const number = (ref: string) => parse([
      d(15, 15, 'ATELIER NUMÉRIQUE BRETILIEN', 5), d(160, 14, 'Facture', 4), d(150, 20, ref), d(150, 25, 'Date facturation : 27/11/2025'),
      d(150, 30, 'Code client : CU2403-00058'), d(110, 120, 'Total HT'), d(170, 120, '1 858,00'),
    ]).number;
    expect(number('Réf. : FA2511-0142')).toBe('FA2511-0142');
    expect(number('Ref. : IN2511-0077')).toBe('IN2511-0077');
    expect(number('Votre réf. : BC-2025-118')).toBeNull();
  });

  it('a Slovenian credit note\'s number after its title, its buyer under "Prejemnik:"', () => {
    const inv = parse([
      d(20, 15, 'Izdajatelj:'), d(125, 15, 'Prejemnik:'), d(20, 19, 'Steklarstvo Jeraj d.o.o.'), d(125, 19, 'Gostilna Pri Lipi, Marko Zupan s.p.'),
      d(20, 23, 'Tržaška cesta 133'), d(125, 23, 'Glavni trg 8'), d(20, 27, '1000 Ljubljana'), d(125, 27, '4000 Kranj'),
      d(20, 58, 'DOBROPIS št. 2025-D-017', 5), d(22, 68, 'Datum izdaje:'), d(54, 68, '27. 11. 2025'),
      d(113, 136, 'Osnova za DDV 22 %'), d(164, 136, '427,00 EUR'), d(113, 142, 'DDV 22 %'), d(166, 142, '93,94 EUR'), d(113, 149, 'Skupaj za vračilo'), d(161, 149, '520,94 EUR'),
    ]);
    expect([inv.number, inv.buyer?.name, inv.documentType]).toEqual(['2025-D-017', 'Gostilna Pri Lipi, Marko Zupan s.p.', 'credit_note']);
  });

  it('a Brazilian service note: its number, the real\'s sign, "Valor Total da Nota", the ISS under its header', () => {
    const inv = parse([
      d(55, 12, 'NOTA FISCAL DE SERVIÇOS ELETRÔNICA - NFS-e'), d(151, 12, 'Número da Nota'), d(151, 16, '00002214'),
      d(151, 20, 'Data e Hora de Emissão'), d(151, 24, '25/11/2025 16:42:07'),
      d(13, 108, 'Horas técnicas: 50 h × R$ 97,00'), d(65, 143, 'VALOR TOTAL DA NOTA = R$ 4.850,00'),
      d(13, 169, 'Valor Total das Deduções (R$)'), d(73, 169, 'Base de Cálculo (R$)'), d(116, 169, 'Alíquota (%)'), d(143, 169, 'Valor do ISS (R$)'),
      d(13, 173, '0,00'), d(73, 173, '4.850,00'), d(116, 173, '5,00'), d(143, 173, '242,50'),
    ]);
    expect([inv.number, inv.currency, inv.taxAmount, inv.totalAmount]).toEqual(['00002214', 'BRL', 242.5, 4850]);
  });

  it('an invoicing app\'s item tax over an empty invoice-level tax line', () => {
    const totals = (label: string) => {
      const inv = parse([
        d(17, 60, 'Rechnung 2025-0087', 5), d(19, 76, 'Rechnungsdatum:'), d(60, 76, '20.11.2025'),
        d(122, 150, 'Zwischensumme'), d(169, 150, '3.300,00 €'), d(131, 157, label), d(173, 157, '627,00 €'),
        d(125, 164, 'MwSt. (19.00%)'), d(178, 164, '0,00 €'), d(140, 179, 'Summe'), d(166, 179, '3.927,00 €'),
      ]);
      return [inv.amount, inv.taxAmount, inv.totalAmount];
    };
    expect(totals('Artikelsteuer')).toEqual([3300, 627, 3927]);
    expect(totals('Item Tax')).toEqual([3300, 627, 3927]);
  });
});

describe('two blocks side by side under no label, the one read as the buyer\'s giving the letterhead\'s details', () => {
  // An invoicing app's template: one block at the left, one at the right, the title and dates under them.
  const read = (details: string[]) => parse([
    d(19, 21, 'Holzmanufaktur Kerstin Brandl'), d(127, 21, 'Gasthaus Zur Alten Post OHG'),
    d(19, 25.4, 'Am Sägewerk 4'), d(159, 25.4, 'Marktstraße 19'), d(19, 30.4, '83646 Bad Tölz'), d(156, 30.4, '83661 Lenggries'),
    ...details.map((row, k) => d(19, 35.4 + 5 * k, row)),
    d(17, 65, 'Rechnung 2025-0087', 5), d(19, 76, 'Rechnungsdatum:'), d(60, 76, '20.11.2025'),
    d(122, 150, 'Zwischensumme'), d(169, 150, '3.300,00 €'), d(125, 157, 'MwSt. 19 %'), d(173, 157, '627,00 €'), d(140, 164, 'Summe'), d(166, 164, '3.927,00 €'),
  ]);
  const doubted = (details: string[]) => {
    const guesses = guessesOf(read(details));
    return ['seller.name', 'buyer.name'].filter((f) => f in guesses);
  };

  it('puts both parties in doubt', () => {
    expect(doubted(['Tel.: 08041 70 22 18', 'Steuernummer: 139/217/40588'])).toEqual(['seller.name', 'buyer.name']);
    expect(doubted(['Telefon 08041 70 22 18', 'St.-Nr. 139/217/40588'])).toEqual(['seller.name', 'buyer.name']);
  });

  it('not for a block that gives neither', () => {
    expect(doubted(['Deutschland'])).toEqual([]);
  });
});
