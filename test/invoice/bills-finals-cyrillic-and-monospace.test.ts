/**
 * What the fifty-second to fifty-fourth batches of unseen supplier invoices printed that the parser missed:
 * a page set in Courier, Bulgarian, Icelandic, Serbian and Catalan labels, an insurer's premium note, a
 * final invoice's totals grid with its progress payments deducted, a bilingual label wrapped at its slash,
 * a bill's taxes and fees, a customs broker's importer, the holders of a business under its name, and a
 * letterhead beside a customer's box at the top. One class varied at a time on the supplier invoice of
 * supplier-bill.ts, or on the page drawn.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { groupLines } from '../../src/invoice/layout.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

/** A row set in Courier at 9 pt as pdf.js gives it: one item per word, every character 0.602 of the type's height. */
function courier(y: number, row: string, x = 16): TextItem[] {
  const h = 3.175;
  const advance = 0.602 * h;
  return [...row.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: x + m.index! * advance, y, width: m[0].length * advance, height: h, page: 1 }));
}

describe('a page set in a monospaced type', () => {
  it('words one space apart are one cell, two spaces part cells', () => {
    const [line] = groupLines(courier(20, 'ALPENNETZ BREITBAND GMBH                      Salzburger Str. 21'));
    expect(line.segments.map((s) => s.text)).toEqual(['ALPENNETZ BREITBAND GMBH', 'Salzburger Str. 21']);
  });

  it('the letterhead and the window read whole', () => {
    const rows = ['ALPENNETZ BREITBAND GMBH                      Salzburger Str. 21', '                                              5020 Salzburg', '',
      '', 'Tischlerei Gruber OG', 'Zaunergasse 7', '5400 Hallein', '', '',
      'RECHNUNG                               Rechnungs-Nr.: 7741-2025-11', '                                       Rechnungsdatum: 05.11.2025', '',
      'Pos Bezeichnung                         Menge     Einzel     Betrag', '  1 Glasfaser Business 300/100              1      84,90      84,90', '',
      '                                   Nettobetrag              84,90', '                                   USt 20 %                 16,98',
      '                                   Rechnungsbetrag EUR     101,88'];
    const items = rows.flatMap((row, i) => courier(14 + 4 * i, row));
    const inv = parseWesternInvoiceText([{ page: 1, width: 210, height: 297, items }]);
    expect([inv.seller.name, inv.buyer.name, inv.number, inv.totalAmount]).toEqual(['ALPENNETZ BREITBAND GMBH', 'Tischlerei Gruber OG', '7741-2025-11', 101.88]);
    // (Its form in capitals names a company: no doubt.)
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });
});

describe('labels of the languages met', () => {
  it('Bulgarian: "№" over the number, "Данъчна основа", "ДДС 20 %", "Сума за плащане" in лв., the supplier after its label in the second column', () => {
    const inv = read({
      info: [], title: 'ФАКТУРА',
      extra: [d(31, 27, '№'), d(61, 27, 'Дата на издаване:'), d(19, 32, '0000004512'), d(67, 32, '17.11.2025 г.'),
        d(17, 42, 'Получател: Родопа Мебел ООД'), d(106, 42, 'Доставчик: Балкан Софтуер ЕООД'), d(17, 47, 'ЕИК: 204418772'), d(106, 47, 'ЕИК: 206610438')],
      totals: [['Данъчна основа:', '2 450,00 лв.'], ['ДДС 20 %:', '490,00 лв.'], ['Сума за плащане:', '2 940,00 лв.']],
    });
    expect([inv.number, inv.currency, inv.amount, inv.taxAmount, inv.totalAmount, inv.seller.name, inv.buyer.name]).toEqual(['0000004512', 'BGN', 2450, 490, 2940, 'Балкан Софтуер ЕООД', 'Родопа Мебел ООД']);
  });

  it('Bulgarian: "Фактура № …" in one cell, a joint-stock company ("АД") after its label', () => {
    const inv = read({ info: [], extra: [d(22, 92, 'Фактура № 0000004513'), d(106, 42, 'Доставчик: Тракия Принт АД')] });
    expect([inv.number, inv.seller.name]).toEqual(['0000004513', 'Тракия Принт АД']);
  });

  it('an item table\'s "№" over its line numbers is no document number', () => {
    const inv = read({ info: [['Дата', '17.11.2025']], extra: [d(22, 140, '№'), d(30, 140, 'Наименование'), d(22, 145, '1'), d(30, 145, 'Лиценз')] });
    expect(inv.number).toBeNull();
  });

  it('Icelandic: "Reikningur nr.", "Samtals án VSK", "VSK 24%", "Samtals með VSK", krónur without decimals', () => {
    const inv = read({
      letterhead: ['Norðurljós Prentsmiðja ehf.', 'Hafnarstræti 97, 600 Akureyri', 'Kt. 540317-1280 · VSK-nr. 128844'],
      info: [['Reikningur nr.', '10482'], ['Dagsetning', '12.11.2025'], ['Eindagi', '26.11.2025']],
      totals: [['Samtals án VSK', '148.000'], ['VSK 24%', '35.520'], ['Samtals með VSK', '183.520 kr.']],
    });
    expect([inv.number, inv.currency, inv.amount, inv.taxAmount, inv.totalAmount, inv.date]).toEqual(['10482', 'ISK', 148000, 35520, 183520, '2025-11-12']);
    // "ehf." is a company form, "Dagsetning" the date's label.
    expect(guessesOf(inv)).toEqual({});
  });

  it('Serbian: the dinar by its code in the total\'s label', () => {
    expect(read({ totals: [['Ukupna osnovica', '184.500,00'], ['Ukupan PDV 20%', '36.900,00'], ['Ukupno za plaćanje (RSD)', '221.400,00']] }).currency).toBe('RSD');
  });

  it('Catalan: "Núm. factura:", "Dades del client"', () => {
    const inv = read({ window: [], info: [['Núm. factura:', '2025/0217'], ['Data:', '19/11/2025']], extra: [d(120, 60, 'Dades del client'), d(120, 64.5, 'Escola Bressol Els Pinetons'), d(120, 69, 'Passeig de la Muralla 5'), d(120, 73.5, '17800 Olot')] });
    expect([inv.number, inv.buyer.name]).toEqual(['2025/0217', 'Escola Bressol Els Pinetons']);
  });
});

describe('an insurer\'s premium note', () => {
  it('"Notanummer", "Totaal premie", "Assurantiebelasting 21%", "Totaal te betalen"', () => {
    const inv = read({ info: [['Notanummer', 'PN-2025-88412'], ['Datum', '14-11-2025']], totals: [['Totaal premie', '€ 1.649,40'], ['Assurantiebelasting 21%', '€ 346,37'], ['Totaal te betalen', '€ 1.995,77']] });
    expect([inv.number, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['PN-2025-88412', 1649.4, 346.37, 1995.77]);
  });
});

describe('a final invoice', () => {
  it('"Eindfactuur | 2025-0388" in a table of labels: the title word of a final invoice before its number', () => {
    expect(read({ info: [], extra: [d(22, 92, 'Eindfactuur'), d(60, 92, '2025-0388'), d(22, 97, 'Factuurdatum'), d(60, 97, '24-11-2025')] }).number).toBe('2025-0388');
    expect(read({ info: [], extra: [d(22, 92, 'Schlussrechnung'), d(60, 92, 'SR-25-118'), d(22, 97, 'Datum'), d(60, 97, '24.11.2025')] }).number).toBe('SR-25-118');
  });

  it('a totals grid "Netto | USt 19 % | Brutto", the payments made deducted under its first row, tax and gross in one text item', () => {
    expect(totals({
      totals: [],
      extra: [d(125, 181, 'Netto €'), d(149, 181, 'USt 19 % €'), d(171, 181, 'Brutto €'),
        d(76, 192, 'Gesamtleistung'), d(121, 192, '24.600,00'), d(146, 192, '4.674,00 29.274,00'),
        d(76, 198, 'abzgl. 1. Abschlag'), d(122, 198, '-8.000,00 -1.520,00'), d(171, 198, '-9.520,00'),
        d(76, 204, 'Restforderung'), d(124, 204, '16.600,00'), d(146, 204, '3.154,00'), d(170, 204, '19.754,00')],
    })).toEqual([24600, 4674, 29274]);
  });
});

describe('a Welsh invoice', () => {
  it('"Cyf" (cyfyngedig) names a company', () => {
    const inv = read({ letterhead: ['Cwmni Llechi Eryri Cyf', 'Stad Ddiwydiannol Cibyn, Caernarfon LL55 2BD'] });
    expect([inv.seller.name, guessesOf(inv)['seller.name']]).toEqual(['Cwmni Llechi Eryri Cyf', undefined]);
  });
});

describe('a totals grid in forints', () => {
  it('"Nettó | ÁFA | Bruttó" over "Összesen | 630 000 | 170 100 | 800 100": figures whose thousands a space sets off are whole', () => {
    expect(totals({
      totals: [],
      extra: [d(129, 137, 'Nettó'), d(158, 137, 'ÁFA'), d(177, 137, 'Bruttó'), d(92, 144, 'Összesen'), d(125, 144, '630 000'), d(150, 144, '170 100'), d(174, 144, '800 100'), d(150, 154, 'Fizetendő: 800 100 Ft')],
    })).toEqual([630000, 170100, 800100]);
  });
});

describe('a number and a label each wrapped in their cells', () => {
  it('"Rhif anfoneb /" over "Invoice no." beside "ANF-25-" over "0611": the whole number', () => {
    const inv = read({ info: [], extra: [d(117, 43, 'Rhif anfoneb /'), d(164, 43, 'ANF-25-'), d(117, 48, 'Invoice no.'), d(164, 48, '0611'), d(117, 53, 'Dyddiad / Date'), d(164, 53, '20/11/2025')] });
    expect(inv.number).toBe('ANF-25-0611');
  });
});

describe('bills', () => {
  it('"Total taxes, fees & surcharges" under a sales tax and fees: the bill\'s taxes', () => {
    expect(totals({ totals: [['Total monthly service', '$216.00'], ['Ohio sales tax 6.25%', '$13.50'], ['Federal Universal Service Fund', '$3.12'], ['Total taxes, fees & surcharges', '$17.82'], ['Total new charges', '$233.82']] }))
      .toEqual([216, 17.82, 233.82]);
  });

  it('a heading with its period ("New charges - service period Nov 10 - Dec 9, 2025") is no sender line: the footer names the seller', () => {
    const inv = read({
      letterhead: ['lakeline'], info: [['Invoice #', 'LF-25110-66218'], ['Statement date', 'Nov 10, 2025']],
      extra: [d(15, 92, 'New charges - service period Nov 10 - Dec 9, 2025'), d(15, 170, 'Lakeline Communications, LLC · PO Box 3300, Toledo, OH 43607 · 1-800-555-0142')],
    });
    expect(inv.seller.name).toBe('Lakeline Communications, LLC');
  });

  it('a customs broker\'s "Importer / Invoice to"', () => {
    const inv = read({
      letterhead: ['Harwich Gateway Customs Services Ltd', 'Unit 4, Parkeston Quay', 'Harwich CO12 4SR', 'EORI GB318447126000'],
      window: ['Importer / Invoice to', 'Pennine Outdoor Gear Ltd', 'Mill 3, Canal Wharf', 'Skipton BD23 1ED'],
    });
    expect(inv.buyer.name).toBe('Pennine Outdoor Gear Ltd');
  });
});

describe('parties', () => {
  it('a business over its holders addressed ("Weingut Sonnenhalde" over "Familie Baumann GbR"): not the holders without their form of address, in doubt', () => {
    const inv = read({ window: ['Rechnungsempfänger', 'Weingut Sonnenhalde', 'Familie Baumann GbR', 'Seestraße 41', '88709 Meersburg'] });
    expect(inv.buyer.name).toBe('Weingut Sonnenhalde');
    expect(guessesOf(inv)['buyer.name']).toBeDefined();
  });

  it('a letterhead in capitals wrapped after "DU" over "CENTRE"', () => {
    expect(read({ letterhead: ['PAPETERIES SCOLAIRES DU', 'CENTRE', 'ZA des Varennes, 12 rue Denis Papin', '63800 Cournon-d\'Auvergne'] }).seller.name).toBe('PAPETERIES SCOLAIRES DU CENTRE');
  });

  it('the customer\'s box beside the letterhead at the top: not the letterhead\'s town line in the window\'s band, nor the item table\'s header "Réf. | Désignation | Qté"', () => {
    const rows = (x: number, y: number, texts: string[]) => texts.map((t, i) => d(x, y + 5.5 * i, t));
    const inv = parseWesternInvoiceText(toPageText([
      ...rows(15, 14, ['PAPETERIES SCOLAIRES DU', 'CENTRE', 'SAS au capital de 150 000 €', 'ZA des Varennes, 12 rue Denis Papin', '63800 Cournon-d\'Auvergne', 'SIRET 512 447 180 00029']),
      ...rows(118, 14, ['Collège Jean Moulin', 'Service intendance', '14 avenue de la République', '03100 Montluçon']),
      d(15, 56, 'FACTURE N° FC25-11-0932'), d(110, 56, 'Date : 18/11/2025'),
      d(19, 71, 'Réf.'), d(55, 71, 'Désignation'), d(107, 71, 'Qté'), d(122, 71, 'P.U.'), d(160, 71, 'Montant'),
      d(123, 76, 'HT'), d(167, 76, 'HT'),
      d(15, 82, 'LV-M6'), d(35, 82, 'Manuel Mathématiques'), d(110, 82, '30'), d(122, 82, '21,90'), d(168, 82, '657,00'),
      d(120, 100, 'Total HT'), d(165, 100, '657,00 €'), d(120, 106, 'TVA 5,5 %'), d(165, 106, '36,14 €'), d(120, 112, 'Total TTC'), d(165, 112, '693,14 €'),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Collège Jean Moulin');
  });

  it('a street or town line alone in the window, no block beside the letterhead: still read, in doubt', () => {
    const inv = read({ window: ['5630 Bad Hofgastein'], extra: [d(120, 62, 'Gast'), d(150, 62, 'Vogel Messebau GmbH')] });
    expect(guessesOf(inv)['buyer.name']).toBeDefined();
  });
});
