/**
 * Kinds of e-invoice prints and ERP pages of the 216th-220th supplier batches, in generated variants:
 * - a self-billed commission statement (a Gutschrift issued by the customer) whose item table opens with a
 *   "Kunde" column: that heading over rows of amounts is no buyer's caption, and the page's self-billing words swap
 *   the letterhead (the buyer) and the addressee (the seller) (was: the letterhead the seller, the table's first
 *   customers the buyer, silent);
 * - a final invoice deducting its instalments in a grid headed "abzüglich | Netto | USt 19 % | Brutto": the grid's
 *   rows are payments made, the invoice's totals the "Gesamtleistung" rows above it (was: the first instalment's
 *   figures, silent);
 * - a buyer's name over the person addressed by title with a role ("M. Yann Le Bihan, trésorier"): the contact,
 *   no part of the name (was joined to it, silent);
 * - a credit note numbered by its own label, against an invoice whose date it prints too: its "Date" is the
 *   credit note's (was the invoice's);
 * - the Dutch "Koper" and the Icelandic "Viðskiptavinur" caption the buyer's block (was read as the key under it, or
 *   the caption itself);
 * - a cash-discount table beside the totals, its last row "25.12.2026 | netto | 0,00 | 2.212,69": "netto" after a
 *   date is a payment term, its figures no net (the net was read as 0).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a self-billed statement whose table opens with the customers’ column', () => {
  const page = (head: string, selfBilling: string) => [
    d(120, 15, 'Polstermöbel Wendland GmbH', 4.5), d(120, 21, 'Salzwedeler Str. 40, 29439 Lüchow'),
    d(22, 40, 'Handelsvertretung Jonas Weidner'), d(22, 45, 'Lindenallee 22'), d(22, 50, '30559 Hannover'),
    d(120, 40, 'Gutschrift-Nr.'), d(155, 40, 'GS-2026-0412'), d(120, 45, 'Datum'), d(155, 45, '30.11.2026'),
    d(22, 65, 'Gutschrift', 5),
    d(22, 73, selfBilling),
    d(22, 82, head), d(75, 82, 'Auftrag'), d(110, 82, 'Provisionsbasis'), d(150, 82, 'Satz'), d(175, 82, 'Provision'),
    d(22, 88, 'Möbelhaus Kruse, Celle'), d(75, 88, 'A-88120'), d(115, 88, '18.400,00'), d(150, 88, '6 %'), d(175, 88, '1.104,00'),
    d(22, 94, 'Wohnwelt Brinkmann, Peine'), d(75, 94, 'A-88157'), d(115, 94, '9.750,00'), d(150, 94, '6 %'), d(175, 94, '585,00'),
    d(120, 108, 'Provision netto'), d(175, 108, '1.689,00'),
    d(120, 114, 'Umsatzsteuer 19 %'), d(175, 114, '320,91'),
    d(120, 120, 'Gutschriftsbetrag'), d(175, 120, '2.009,91'),
  ];

  it('reads the addressee as the seller and the letterhead as the buyer', () => {
    for (const head of ['Kunde', 'Kunde / Ort']) {
      const inv = read(page(head, 'Provisionsabrechnung im Gutschriftsverfahren nach § 14 Abs. 2 Satz 2 UStG.'));
      expect([inv.seller.name, inv.buyer.name], head).toEqual(['Handelsvertretung Jonas Weidner', 'Polstermöbel Wendland GmbH']);
    }
  });

  it('keeps the letterhead the seller without the self-billing words (control)', () => {
    const inv = read(page('Kunde', 'Provisionsabrechnung Oktober 2026.'));
    expect(inv.seller.name).toBe('Polstermöbel Wendland GmbH');
    expect(inv.buyer.name).toBe('Handelsvertretung Jonas Weidner');
  });
});

describe('a final invoice deducting its instalments in a grid of their own', () => {
  const page = (deducted: string) => [
    d(120, 15, 'Metallbau Sturm GmbH', 4.5), d(120, 21, 'Brunnenweg 7 · 35390 Gießen'),
    d(22, 40, 'Kindertagesstätte Regenbogen gGmbH'), d(22, 45, 'Schulstraße 14'), d(22, 50, '35394 Gießen'),
    d(22, 62, 'Schlussrechnung', 5),
    d(22, 70, 'Rechnungsnummer: SR-2026-0058'), d(120, 70, 'Rechnungsdatum:'), d(160, 70, '25.11.2026'),
    d(22, 80, 'Pos. Leistung'), d(175, 80, 'GP'),
    d(22, 86, '1 Stahltreppe feuerverzinkt'), d(175, 86, '19.200,00'),
    d(95, 100, 'Gesamtleistung netto'), d(170, 100, '19.200,00'),
    d(95, 106, 'zzgl. 19 % USt'), d(172, 106, '3.648,00'),
    d(95, 112, 'Gesamtleistung brutto'), d(170, 112, '22.848,00'),
    d(95, 122, deducted), d(135, 122, 'Netto'), d(153, 122, 'USt 19 %'), d(175, 122, 'Brutto'),
    d(95, 128, '1. Abschlag'), d(130, 128, '6.000,00'), d(150, 128, '1.140,00'), d(172, 128, '7.140,00'),
    d(95, 134, '2. Abschlag'), d(130, 134, '8.000,00'), d(150, 134, '1.520,00'), d(172, 134, '9.520,00'),
    d(95, 146, 'Restbetrag netto'), d(172, 146, '5.200,00'),
    d(95, 152, 'Noch zu zahlen'), d(172, 152, '6.188,00'),
  ];

  it('reads the whole work’s net, tax and gross, not an instalment’s', () => {
    for (const deducted of ['abzüglich', 'abzgl.']) {
      const inv = read(page(deducted));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], deducted).toEqual([19200, 3648, 22848]);
    }
  });
});

describe('a buyer’s name over the person addressed by title', () => {
  const page = (contact: string) => [
    d(60, 15, "Les Saveurs d'Armor", 5), d(40, 21, 'Traiteur · SARL · ZA de Kerverzot · 22300 Lannion · TVA FR09528117604'),
    d(22, 32, 'Facture n°'), d(45, 32, 'F-2026-0932'), d(148, 32, 'Facturé à'),
    d(22, 37, 'Date'), d(45, 37, '22/11/2026'), d(148, 37, 'Association Sportive de Lannion'),
    d(148, 41, contact), d(148, 46, 'Stade du Lédano'), d(148, 51, '22300 Lannion'),
    d(22, 62, 'Prestation'), d(175, 62, 'Total HT'), d(22, 68, 'Menu buffet breton'), d(175, 68, '2 380,00'),
    d(120, 80, 'Total HT'), d(170, 80, '2 380,00 €'), d(120, 86, 'TVA 10 %'), d(170, 86, '238,00 €'), d(120, 92, 'Total TTC'), d(170, 92, '2 618,00 €'),
  ];

  it('keeps the contact out of the name', () => {
    for (const contact of ['M. Yann Le Bihan, trésorier', 'Mme Odile Ferrand', 'Herrn Jan Lenz']) {
      expect(read(page(contact)).buyer.name, contact).toBe('Association Sportive de Lannion');
    }
  });
});

describe('a credit note against an invoice whose date it prints', () => {
  it('reads the credit note’s date, not the invoice’s', () => {
    const inv = read([
      d(22, 15, 'Harrow & Finch Catering Equipment Ltd', 5), d(150, 15, 'CREDIT NOTE', 5),
      d(22, 40, 'Customer'), d(22, 44, 'The Larder on Grey Street Ltd'), d(22, 49, '44 Grey Street'), d(22, 54, 'Newcastle upon Tyne NE1 6AE'),
      d(120, 40, 'Credit note no.'), d(153, 40, 'CN-10442'),
      d(120, 45, 'Date'), d(153, 45, '26/11/2026'),
      d(120, 50, 'Against invoice INV-10387'),
      d(120, 55, 'Invoice date'), d(153, 55, '09/11/2026'),
      d(22, 75, 'Description'), d(176, 75, 'Net'), d(22, 81, 'Commercial blender 2 l'), d(176, 81, '578.00'),
      d(119, 96, 'Net credit'), d(173, 96, '£578.00'), d(119, 102, 'VAT @ 20%'), d(173, 102, '£115.60'), d(119, 108, 'Total credit'), d(172, 108, '£693.60'),
    ]);
    expect(inv.number).toBe('CN-10442');
    expect(inv.date).toBe('2026-11-26');
  });
});

describe('the buyer’s caption in Dutch and Icelandic', () => {
  it('reads the name under "Koper" in a view of key-value sections', () => {
    const row = (y: number, key: string, value: string) => [d(22, y, key), d(80, y, value)];
    const inv = read([
      d(22, 15, 'E-factuur', 5),
      ...row(30, 'Factuurnummer', 'F26-008841'), ...row(36, 'Factuurdatum', '2026-11-24'),
      d(22, 48, 'Verkoper', 4), ...row(55, 'Naam', 'Groothandel Bakker & Zn. B.V.'), ...row(61, 'Adres', 'Nijverheidsweg 40, 3771 ME Barneveld'),
      d(22, 72, 'Koper', 4), ...row(79, 'Naam', 'Zorgcentrum De Linde'), ...row(85, 'Adres', 'Lindelaan 2, 3772 AB Barneveld'),
      ...row(110, 'Totaal excl. btw', '631,80'), ...row(116, 'Totaal btw', '76,66'), ...row(122, 'Totaal incl. btw', '708,46'),
    ]);
    expect(inv.seller.name).toBe('Groothandel Bakker & Zn. B.V.');
    expect(inv.buyer.name).toBe('Zorgcentrum De Linde');
  });

  it('reads the name under "Viðskiptavinur", not the caption', () => {
    const inv = read([
      d(22, 15, 'Gistihúsið Hraun ehf.', 5), d(22, 21, 'Hraunbraut 4 · 850 Hella · Kt. 480417-0920'),
      d(130, 15, 'REIKNINGUR', 5), d(130, 22, 'Reikningur nr.'), d(160, 22, '2026-0871'), d(130, 27, 'Dagsetning'), d(160, 27, '25.11.2026'),
      d(22, 45, 'Viðskiptavinur'), d(22, 50, 'Ferðaskrifstofan Jökull ehf.'), d(22, 55, 'Kt. 610312-1180'), d(22, 60, 'Borgartún 26'), d(22, 65, '105 Reykjavík'),
      d(22, 80, 'Lýsing'), d(175, 80, 'Upphæð'), d(22, 86, 'Gisting'), d(175, 86, '436.800'),
      d(120, 100, 'Samtals án VSK'), d(170, 100, '436.800 kr.'), d(120, 106, 'VSK 11%'), d(170, 106, '48.048 kr.'), d(120, 112, 'Til greiðslu'), d(170, 112, '484.848 kr.'),
    ]);
    expect(inv.buyer.name).toBe('Ferðaskrifstofan Jökull ehf.');
  });
});

describe('a cash-discount table beside the totals', () => {
  it('reads the totals, not the table’s "netto" row', () => {
    const inv = read([
      d(120, 15, 'Sanitär Köhler Großhandel KG', 4.5),
      d(22, 40, 'Haustechnik Seufert GmbH'), d(22, 45, 'Bahnhofstraße 19'), d(22, 50, '97209 Veitshöchheim'),
      d(120, 40, 'Rechnungs-Nr.'), d(155, 40, '544017'), d(120, 45, 'Datum'), d(155, 45, '25.11.2026'),
      d(22, 60, 'Rechnung', 5),
      d(22, 68, 'Artikel Bezeichnung'), d(176, 68, 'Betrag'), d(22, 74, '210044 Wand-WC spülrandlos'), d(176, 74, '1.859,40'),
      d(22, 90, 'Skonto'), d(128, 90, 'Warenwert netto'), d(171, 90, '1.859,40'),
      d(22, 95, 'zahlbar bis'), d(57, 95, 'Skonto Abzug Zahlbetrag'), d(128, 95, 'USt 19 %'), d(175, 95, '353,29'),
      d(128, 101, 'Rechnungsbetrag'), d(170, 101, '2.212,69'),
      d(22, 106, '02.12.2026'), d(65, 106, '3 %'), d(77, 106, '66,38'), d(97, 106, '2.146,31'),
      d(22, 112, '09.12.2026'), d(65, 112, '2 %'), d(77, 112, '44,25'), d(97, 112, '2.168,44'),
      d(22, 118, '25.12.2026'), d(62, 118, 'netto'), d(80, 118, '0,00'), d(97, 118, '2.212,69'),
    ]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1859.4, 353.29, 2212.69]);
  });
});
