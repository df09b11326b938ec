/**
 * Pages set in larger type in the same columns: names wrap where a smaller print kept them on one row,
 * and rows of one column come close to the next column's cells. One class varied at a time.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string, size = 4): Draw => ({ x, y, text, size });

/** The item table and totals every page below shares, under what a test draws at its top. */
const body: Draw[] = [
  d(22, 110, 'Description'), d(150, 110, 'Amount'),
  d(22, 117, 'Rewiring of the kitchen'), d(150, 117, '1,000.00'),
  d(110, 130, 'Subtotal'), d(150, 130, '1,000.00'),
  d(110, 136, 'VAT 20%'), d(150, 136, '200.00'),
  d(110, 142, 'Total'), d(150, 142, '1,200.00'),
];

const read = (top: Draw[]) => parseWesternInvoiceText(toPageText([...top, ...body], 210, 297));

/** "From | To | Details" captions over three columns, the seller's name given as its rows. */
function threeColumns(from: string[], toX = 78): Draw[] {
  return [
    d(70, 20, 'TAX INVOICE', 6),
    d(28, 40, 'From'), d(toX, 40, 'To'), d(140, 40, 'Details'),
    ...from.map((row, i) => d(28, 47 + 5.5 * i, row)),
    ...['Harbourside Cafe Ltd', '2 Queens Wharf', 'Wellington 6011'].map((row, i) => d(toX, 47 + 5.5 * i, row)),
    d(140, 47, 'Invoice: INV-20931'), d(140, 52.5, 'Date: 14 May 2025'),
  ];
}

describe('a name wrapped in a column beside another', () => {
  it('the first row ends short of the next column by less than a cell\'s gap: the next row\'s word could not fit', () => {
    // "Kiwi Sparks" ends at 52.2 mm; "Electrical" after a space would end at 76.4, within 2.4 mm (0.6 of the
    // type's height) of the next column at 78: closer, the two would read as one cell.
    expect(read(threeColumns(['Kiwi Sparks', 'Electrical Ltd', '14 Cuba Street', 'Te Aro, Wellington 6011'])).seller?.name).toBe('Kiwi Sparks Electrical Ltd');
  });

  it('a tagline\'s list of trades over the name is no head of it', () => {
    const page = [
      d(22, 19, 'TILBURY CROSS', 5), d(118, 19, 'SALES INVOICE', 5),
      d(22, 25, 'FREIGHT · CUSTOMS · WAREHOUSING'), d(104, 25, 'Invoice No.'), d(140, 25, 'TCF-INV-118204'),
      d(22, 30.5, 'Tilbury Cross Freight Ltd'), d(104, 30.5, 'Invoice date'), d(140, 30.5, '21/11/2025'),
      d(22, 36, 'Unit 7, Thurrock Park Way'), d(22, 41.5, 'Tilbury, Essex RM18 7HZ'),
      d(22, 60, 'Invoice to'), d(22, 65.5, 'Brentwood Home Textiles Ltd'), d(22, 71, '14 Kings Road, Brentwood CM14 4DR'),
    ];
    expect(read(page).seller?.name).toBe('Tilbury Cross Freight Ltd');
  });

  it('a contact over a company, with room for the company\'s first word beside it, stays two rows', () => {
    const invoice = read(threeColumns(['Anna Berg', 'Nordlicht Design Ltd', '14 Cuba Street', 'Te Aro, Wellington 6011']));
    expect(invoice.seller?.name).not.toContain('Anna Berg Nordlicht');
  });

  it('a name opening with its company form ("UAB …") goes on onto the next row', () => {
    // "UAB Vilniaus spaudos" ends at 72 mm; "centras" after it would end at 89.6, past 91 less a cell's gap.
    const page = [
      d(70, 20, 'PVM SĄSKAITA FAKTŪRA', 5), d(80, 28, 'Serija VSC Nr. 0004512'), d(85, 33, '2025 m. kovo 14 d.'),
      d(28, 45, 'Pardavėjas'), d(91, 45, 'Pirkėjas'),
      d(28, 50.5, 'UAB Vilniaus spaudos'), d(91, 50.5, 'MB Šiaurės kava'),
      d(28, 56, 'centras'), d(91, 56, 'Įmonės kodas 305987654'),
      d(28, 61.5, 'Įmonės kodas 302456789'), d(91, 61.5, 'Pylimo g. 22, LT-01118 Vilnius'),
      d(28, 67, 'Savanorių pr. 174, LT-03153 Vilnius'),
    ];
    expect(read(page).seller?.name).toBe('UAB Vilniaus spaudos centras');
  });
});

describe('the address window in larger type', () => {
  it('the rest of a town broken at the letterhead\'s last row opens no block: the customer\'s window at the right is the buyer', () => {
    const page = [
      d(28, 24, 'Garage Lefèvre', 5.5), d(117, 24, 'Facture n° FA-25-0412'),
      d(28, 30, 'Mécanique · Carrosserie ·'), d(117, 30, 'Date : 17/04/2025'),
      d(28, 36, 'Pneumatiques'), d(117, 36, 'Client n° : C0318'),
      d(28, 42, '14 route de Lyon, 38300 Bourgoin-'),
      d(28, 47.5, 'Jallieu'),
      d(28, 53, 'Tél. 04 74 12 34 56'),
      d(117, 65, 'Transports Moulin SARL'), d(117, 70.5, 'Zone artisanale des Chaux'), d(117, 76, '38110 La Tour-du-Pin'),
      d(28, 270, 'Garage Lefèvre SARL au capital de 8 000 € · RCS Vienne 412 345 678', 3),
    ];
    expect(read(page).buyer?.name).toBe('Transports Moulin SARL');
  });

  it.each([
    ['Elektroinstallasjon · Lading ·', 'Service'],
    ['Elektroinstallasjon · Lading', '· Service'],
  ])('a letterhead\'s tagline wrapped at a separator ("%s" over "%s") opens no block', (tagline, rest) => {
    const page = [
      d(28, 20, 'Fjordbygg Elektro', 5.8), d(164, 20, 'Faktura', 5),
      d(28, 30, tagline), d(28, 36, rest),
      d(28, 51.5, 'Sjøsiden Eiendom AS'), d(119, 51.5, 'Fakturanr.:'), d(167, 51.5, '30418'),
      d(28, 57, 'v/ Trond Aasen'), d(119, 60, 'Fakturadato:'), d(155, 60, '12.11.2025'),
      d(28, 62.5, 'Bryggen 7'), d(28, 67, '5003 Bergen'),
      d(28, 270, 'Fjordbygg Elektro AS · Strandkaien 4 · 5013 Bergen · Org.nr. 912 345 678 MVA', 3),
    ];
    expect(read(page).buyer?.name).toBe('Sjøsiden Eiendom AS');
  });

  it('a row ending in a dash goes on on the row under it', () => {
    const page = [
      d(28, 22, 'SONOLUX', 5.5), d(28, 29, 'Sonolux Équipements SARL'), d(28, 34.5, '17 rue des Tanneurs'), d(28, 40, '69007 Lyon'),
      d(118, 45, 'Théâtre des Célestins —'), d(118, 50.5, 'Régie'), d(118, 56, '4 rue Charles Dullin'), d(118, 61.5, '69002 Lyon'),
      d(28, 80, 'FACTURE N° F-2025-0918', 5),
    ];
    expect(read(page).buyer?.name).toBe('Théâtre des Célestins — Régie');
  });

  it('a name at the right wrapped at the page\'s text edge joins its second row', () => {
    // The table's widest cell sets the text's right edge at 184 mm; "Luigi" would have run past it.
    const page = [
      d(25, 22, 'Ferramenta Bianchi S.r.l.', 5), d(25, 28, 'Via Emilia 215 – 40068 San Lazzaro di Savena (BO)', 3),
      d(118, 44, 'Spett.le'), d(118, 49.5, 'Ristorante Da Gino di Rossi'), d(118, 55, 'Luigi'), d(118, 60.5, "Via dell'Indipendenza 12"), d(118, 66, '40121 Bologna (BO)'),
      d(25, 85, 'Fattura n. 125/A del 14/04/2025'),
      d(158, 100, 'Aliquota IVA'),
    ];
    expect(read(page).buyer?.name).toBe('Ristorante Da Gino di Rossi Luigi');
  });

  it('the rest of a contact row wrapped under it is no rest of the name above the contact', () => {
    const page = [
      d(24, 20, 'SONOLUX', 5), d(24, 26, 'Sonolux Équipements SARL'), d(24, 31.5, '17 rue des Tanneurs'), d(24, 37, '69007 Lyon'),
      d(117, 42, 'Coopérative Laitière du Jura'), d(117, 47.5, "À l'attention de M. Bernard"), d(117, 53, 'Vuillet'), d(117, 58.5, 'Route de Champagnole'), d(117, 64, '39300 Crotenay'),
      d(24, 80, 'FACTURE N° F-2025-0918', 5), d(160, 100, 'Montant TTC'),
    ];
    expect(read(page).buyer?.name).toBe('Coopérative Laitière du Jura');
  });

  it('two rows as wide as each other at the page\'s edge are two names, a department over its body', () => {
    const page = [
      d(24, 20, 'SONOLUX', 5), d(24, 26, 'Sonolux Équipements SARL'), d(24, 31.5, '17 rue des Tanneurs'), d(24, 37, '69007 Lyon'),
      d(118, 42, 'Théâtre des Célestins — Régie'), d(118, 47.5, 'Association Scènes Lyonnaises'), d(118, 53, '4 rue Charles Dullin'), d(118, 58.5, '69002 Lyon'),
      d(24, 80, 'FACTURE N° F-2025-0918', 5), d(160, 100, 'Montant TTC'),
    ];
    expect(read(page).buyer?.name).toBe('Théâtre des Célestins — Régie');
  });

  it('a labelled id of the letterhead\'s column beside the window\'s name leaves the name a name', () => {
    const page = [
      d(78, 20, 'TISCHLEREI GRUBER', 5), d(81, 27, 'Möbel · Innenausbau · Reparaturen', 3),
      d(25, 40, 'Tischlerei Gruber GmbH, Hauptplatz 5, 4020 Linz', 2.3),
      d(26, 44, 'Praxis Dr. Helga Winkler'), d(116, 44, 'UID-Nr.: ATU12345678'),
      d(26, 49.5, 'Kunden-Nr. 2231'), d(116, 49.5, 'FN 123456a, LG Linz'),
      d(26, 55, 'Landstraße 41/2'), d(116, 55, 'Tel. +43 732 123456'),
      d(26, 60.5, '4020 Linz'),
      d(25, 80, 'Rechnung Nr. 2025/0142', 4.3),
    ];
    expect(read(page).buyer?.name).toBe('Praxis Dr. Helga Winkler');
  });
});

describe('a date wrapped in its label\'s cell, set right', () => {
  it.each([
    ['Data wystawienia: 2025-11-', '18', '2025-11-18'],
    ['Invoice Date: 24 November', '2025', '2025-11-24'],
  ])('"%s" over "%s" ending where it ends', (row, rest, date) => {
    const right = 178;
    const at = (text: string) => right - text.length * 2.2;
    const page = [
      d(26, 20, 'FAKTURA VAT nr', 5), d(26, 26, 'FV/2025/11/0214'),
      d(at(row), 26, row), d(at(rest), 31.5, rest), d(at('Payment terms: 30 days'), 37, 'Payment terms: 30 days'),
      d(26, 50, 'Sprzedawca'), d(109, 50, 'Nabywca'),
    ];
    expect(read(page).date).toBe(date);
  });
});

describe('a number wrapped over two rows centred on its label\'s row', () => {
  it.each([
    ['Rechnungsnr.:', 'CF-2025-', '0907', 'CF-2025-0907'],
    ['Invoice number', 'SKB-', '7730155', 'SKB-7730155'],
  ])('"%s" beside "%s" over "%s"', (label, head, rest, number) => {
    const page = [
      d(25, 20, 'codefabrik', 6),
      d(26, 43, 'Steuerbüro Nowak'), d(162, 43, head),
      d(26, 47, 'Prinzipalmarkt 20'), d(113, 47, label), d(162, 47, rest),
      d(26, 52.5, '48143 Münster'), d(113, 57, 'Datum:'), d(162, 57, '30.09.2025'),
    ];
    expect(read(page).number).toBe(number);
  });

  it('a value of another label\'s row above is no head', () => {
    const page = [
      d(25, 20, 'codefabrik', 6),
      d(113, 42, 'Auftrag:'), d(162, 42, 'A-2025-'),
      d(113, 47, 'Rechnungsnr.:'), d(162, 47, '0907'),
      d(113, 57, 'Datum:'), d(162, 57, '30.09.2025'),
    ];
    expect(read(page).number).toBe('0907');
  });
});

describe('header cells wrapped over two rows', () => {
  it('"Date de" over "facture:" beside "Échéance:" over its date: the due date is not the invoice\'s', () => {
    const page = [
      d(28, 20, 'Toitures Delvaux SRL', 5), d(28, 26, 'Rue de la Station 17'), d(28, 31.5, '5030 Gembloux'),
      d(109, 36, 'Construct Mosan SA'), d(109, 41.5, 'Quai de Meuse 44'), d(109, 47, '5100 Jambes'),
      d(29, 72, 'FACTURE N°'), d(85, 72, 'Date de'), d(121, 72, 'Échéance:'),
      d(56, 77.5, '2025/0388'), d(85, 77.5, 'facture:'), d(121, 77.5, '26/12/2025'),
      d(85, 83, '26/11/2025'),
    ];
    expect(read(page).date).toBe('2025-11-26');
  });
});

describe('names printed twice', () => {
  it('"Bill to" and "Ship to" names with no gap between them read as one name', () => {
    const page = [
      d(28, 20, 'Invoice', 6), d(28, 32, 'Invoice number'), d(70, 32, 'INV-2025-00042'), d(28, 38, 'Date of issue'), d(70, 38, 'Nov 3, 2025'),
      d(28, 50, 'Quillstack, Inc.'), d(83, 50, 'Bill to'), d(127, 50, 'Ship to'),
      // "Harbor & Pine Design" is 44 mm wide: the billing name ends where the delivery name starts.
      d(28, 55.5, '548 Market Street,'), d(83, 55.5, 'Harbor & Pine Design'), d(127, 55.5, 'Harbor & Pine Design'),
      d(28, 61, 'San Francisco, CA 94104'), d(83, 61, 'Co.'), d(127, 61, 'Co.'),
      d(83, 66.5, '1200 NW Everett St'), d(127, 66.5, '1200 NW Everett St'),
    ];
    expect(read(page).buyer?.name).toBe('Harbor & Pine Design Co.');
  });

  it('a brand over the company\'s name, both opening with one word, is no wrap of it', () => {
    const page = [
      // The brand ends at 92.5 mm: "Laurentide" after it would end within a cell's gap of "Invoice" at 118.
      d(28, 21, 'Laurentide Audio Visual', 5.1), d(118, 21, 'Invoice', 5.1),
      d(28, 27, 'Laurentide AV Solutions Inc.'), d(119, 27, 'Invoice No.'), d(150, 27, 'LAV-25-0962'),
      d(28, 32.5, '2250 Guy Street, Suite 400'), d(119, 32.5, 'Invoice Date'), d(150, 32.5, 'Nov 21, 2025'),
      d(28, 38, 'Montréal, QC H3H 2M3'),
      d(28, 60, 'Sold To'), d(28, 65.5, 'Maison Beaubien Events Ltd.'), d(28, 71, '6500 Rue Saint-Hubert, Montréal'),
    ];
    expect(read(page).seller?.name).toBe('Laurentide AV Solutions Inc.');
  });

  it('the name whole under a logo\'s shorter form is no wrap of it', () => {
    const page = [
      d(25, 20, 'Shannon Catering Supplies', 5.5), d(118, 20, 'INVOICE', 5),
      d(25, 26, 'Shannon Catering Supplies Ltd'), d(119, 26, 'Invoice No.'), d(147, 26, '118734'),
      d(25, 31.5, 'Unit 4, Raheen Business Park'), d(119, 31.5, 'Date'), d(147, 31.5, '18/11/2025'),
      d(25, 37, 'Limerick V94 K2X7'),
      d(25, 70, 'Invoice to:'), d(109, 70, 'Deliver to:'),
      d(25, 75.5, 'The Granary Café Ltd'), d(109, 75.5, 'The Granary Café'),
      d(25, 81, '12 High Street, Kilkenny'), d(109, 81, 'Rear yard, Kilkenny'),
    ];
    expect(read(page).seller?.name).toBe('Shannon Catering Supplies Ltd');
  });
});

describe('a seller named after its label, wrapped', () => {
  it('"Sold By: …" goes on under the label past the other column\'s rows set between', () => {
    const page = [
      d(91, 16, 'TAX INVOICE'),
      d(22, 23, 'Sold By: Vasundhara Retail'), d(109, 25.5, 'Invoice Number: VRPL/21-22/00891'),
      d(22, 28.5, 'Private Limited'), d(109, 31, 'Invoice Date: 14-06-2021'),
      d(22, 34, 'Plot 12, Sector 18, Gurugram,'), d(109, 36.5, 'Order ID: OD221234567890'),
      d(22, 39.5, 'Haryana 122015'),
      d(22, 55, 'Billing Address'), d(22, 60.5, 'Meera Krishnan'), d(22, 66, '45, 2nd Cross, Indiranagar'),
    ];
    expect(read(page).seller?.name).toBe('Vasundhara Retail Private Limited');
  });
});
