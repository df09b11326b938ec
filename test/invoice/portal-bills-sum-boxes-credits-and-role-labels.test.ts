/**
 * What the 226th and 227th batches of unseen supplier invoices (service companies' bills as their customer
 * portals print them: operators, hosting, delivery platforms, software subscriptions) printed that the parser
 * misread. One class varied at a time, read as a text layer gives it; names and figures are not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

/** The page as a PDF's text layer gives it (printed labels, not OCR's readings of them). */
const parse = (draws: Draw[]) => {
  const pages = toPageText(draws, 210, 297).map((t) => ({ ...t, visibleText: true }));
  return readingPrint(pages, () => parseWesternInvoiceText(pages));
};
/** The same page as OCR reads it, its labels read with the tolerant patterns. */
const parseScan = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];

describe('a US bill\'s taxes listed one by one under their section, then "Total taxes & government fees"', () => {
  const page = (label: string) => parse([
    d(15, 12, 'Lakeshore Fiber Communications, Inc.', 5), d(15, 20, '200 Commerce Drive, Madison, WI 53703'),
    d(15, 45, 'Bill number'), d(60, 45, 'LF-5520918'), d(15, 50, 'Bill date'), d(60, 50, 'Oct 9, 2026'),
    d(15, 60, 'Daniel Okafor'), d(15, 65, '17 Birch Lane'), d(15, 70, 'Madison WI 53711'),
    d(15, 100, 'Fiber Internet 500'), d(170, 100, '$70.00'),
    d(15, 105, 'Router rental'), d(170, 105, '$12.00'),
    d(15, 110, 'Network access fee'), d(170, 110, '$3.49'),
    d(15, 115, 'Total services, equipment & fees'), d(170, 115, '$85.49'),
    d(15, 122, 'Taxes & government fees'),
    d(15, 127, 'Wisconsin sales tax (router)'), d(170, 127, '$0.60'),
    d(15, 132, 'Federal Universal Service Fund'), d(170, 132, '$2.11'),
    d(15, 137, 'County 911 surcharge'), d(170, 137, '$0.75'),
    d(15, 142, label), d(170, 142, '$3.46'),
    d(15, 150, 'Total new charges'), d(170, 150, '$88.95'),
  ]);

  it('reads the section\'s total as the tax, not its first line', () => {
    expect(totals(page('Total taxes & government fees'))).toEqual([85.49, 3.46, 88.95]);
    expect(totals(page('Total government taxes and fees'))).toEqual([85.49, 3.46, 88.95]);
  });

  it('as it reads "Total taxes & fees" (control)', () => {
    expect(totals(page('Total taxes & fees'))).toEqual([85.49, 3.46, 88.95]);
  });
});

describe('a box of sums at the right, level with the letterhead or above the window, before the addressee\'s block', () => {
  const left = (box: Draw[]) => parse([
    d(15, 12, 'PRAIRIE', 7), d(15, 20, 'Internet · Phone'),
    d(120, 14, 'Statement'), d(120, 20, 'Account number'), d(165, 20, '5510 22 9081'), d(120, 26, 'Bill number'), d(165, 26, 'PB-70114'),
    d(120, 32, 'Statement date'), d(165, 32, 'Oct 3, 2026'), ...box,
    d(15, 76, 'HANNAH VOSS'), d(15, 80, '9 ELM STREET'), d(15, 84, 'FARGO ND 58102'),
    d(15, 100, 'Internet 300'), d(170, 100, '$55.00'), d(15, 105, 'Total new charges'), d(170, 105, '$55.00'),
    d(15, 115, 'Prairie Broadband LLC · 4 Main Street, Fargo, ND 58102'),
  ]);

  it('reads the addressee under a box row of a label and its amount at the right', () => {
    expect(left([d(120, 45, 'Amount due'), d(170, 45, '$55.00'), d(120, 51, 'Auto pay date'), d(165, 51, 'Oct 20, 2026')]).buyer?.name).toBe('HANNAH VOSS');
  });

  it('as without the box\'s amount row (control)', () => {
    expect(left([d(120, 51, 'Auto pay date'), d(165, 51, 'Oct 20, 2026')]).buyer?.name).toBe('HANNAH VOSS');
  });

  const right = (box: Draw[]) => parse([
    d(15, 12, 'lumino', 7), d(15, 22, 'Service client 3900 · lumino.fr'), ...box,
    d(15, 70, 'Date'), d(55, 70, '02/11/2026'), d(15, 75, 'N° de facture'), d(55, 75, 'LM-2611-20418'),
    d(15, 80, 'N° client'), d(55, 80, '7.70412288'),
    d(115, 70, 'Lumino Télécom · TSA 20011 · 75901 Paris Cedex 15', 2.2),
    d(115, 75, 'Madame Océane Perrin'), d(115, 80, '8 rue des Lilas'), d(115, 85, '35000 Rennes'),
    d(15, 110, 'Total HT'), d(170, 110, '25,00 €'), d(15, 115, 'TVA 20 %'), d(170, 115, '5,00 €'), d(15, 120, 'Total TTC'), d(170, 120, '30,00 €'),
    d(15, 140, 'Lumino Télécom SAS · RCS Paris 812 004 117', 2.2),
  ]);

  it('reads the window at the right under a box of sums set above it, a figure\'s sign wrapped alone', () => {
    const inv = right([d(118, 36, 'Déjà réglé'), d(176, 36, '-4,00'), d(118, 42, 'Reste à payer'), d(176, 42, '26,00'), d(186, 47, '€')]);
    expect(inv.buyer?.name).toBe('Océane Perrin');
  });

  it('as without the box (control)', () => {
    expect(right([]).buyer?.name).toBe('Océane Perrin');
  });
});

describe('a seller\'s block headed by the kind of business with its role in brackets ("Restaurant (Leistungserbringer)")', () => {
  // A delivery platform's invoice issued in the restaurant's name: the platform's logo at the top, its company in the footer.
  const page = (label: string) => parse([
    d(15, 12, 'bestellkiste', 7), d(120, 12, 'Rechnung', 5),
    d(20, 42, label), d(108, 42, 'Rechnungsempfänger'),
    d(20, 47, 'Pho Saigon Küche UG'), d(108, 47, 'Lukas Brenner'),
    d(20, 52, '(haftungsbeschränkt)'), d(108, 52, 'Sonnenallee 80'),
    d(20, 57, 'Leipziger Straße 12'), d(108, 57, '04277 Leipzig'),
    d(20, 62, '04109 Leipzig'), d(20, 67, 'USt-IdNr.: DE318440127'),
    d(19, 80, 'Rechnungsnummer:'), d(65, 80, 'PSK-26-'), d(65, 85, '00912'), d(19, 91, 'Rechnungsdatum:'), d(65, 91, '14.10.2026'),
    d(105, 130, 'Nettobetrag 7 %'), d(172, 130, '20,00 €'), d(105, 135, 'zzgl. 7 % USt'), d(172, 135, '1,40 €'),
    d(105, 140, 'Rechnungsbetrag'), d(172, 140, '21,40 €'),
    d(15, 200, 'Bestellkiste GmbH · Amtsgericht Leipzig HRB 4410 · USt-IdNr. DE301884207', 2.2),
  ]);

  it('reads the block under it as the seller, not the platform of the footer', () => {
    expect(page('Restaurant (Leistungserbringer)').seller?.name).toBe('Pho Saigon Küche UG (haftungsbeschränkt)');
    expect(page('Restaurant (supplier)').seller?.name).toBe('Pho Saigon Küche UG (haftungsbeschränkt)');
  });

  it('as under the role alone (control)', () => {
    expect(page('Leistungserbringer').seller?.name).toBe('Pho Saigon Küche UG (haftungsbeschränkt)');
  });
});

describe('a credit note set off in the summary box ("Déjà réglé (avoir n° …)") above the bill\'s "Facture du" and "N° de facture"', () => {
  const draws = (paid: string) => [
    d(15, 12, 'Celtis Mobile SAS', 5), d(15, 20, '10 rue de la Paix, 75002 Paris'),
    d(115, 30, 'Montant de votre facture'), d(176, 30, '24,00 €'),
    d(115, 36, paid), d(176, 36, '- 6,00 €'),
    d(115, 42, 'Reste à payer'), d(176, 42, '18,00 €'),
    d(15, 60, 'Facture du'), d(55, 60, '03/10/2026'), d(15, 65, 'N° de facture'), d(55, 65, 'CM-2610-55120'),
    d(115, 60, 'Monsieur Paul Lemaire'), d(115, 65, '4 allée des Pins'), d(115, 70, '33000 Bordeaux'),
    d(15, 100, 'Total HT'), d(170, 100, '20,00 €'), d(15, 105, 'TVA 20 %'), d(170, 105, '4,00 €'), d(15, 110, 'Total TTC'), d(170, 110, '24,00 €'),
    d(15, 125, 'Votre avoir du 12/09/2026 a été imputé sur cette facture.'),
  ];
  const page = (paid: string) => parse(draws(paid));

  it('reads the invoice\'s own number and date, not the credit note\'s', () => {
    const inv = page('Déjà réglé (avoir n° AV-26-001984)');
    expect([inv.number, inv.date]).toEqual(['CM-2610-55120', '2026-10-03']);
    expect(page('DÉJÀ RÉGLÉ (avoir n° AV-26-001984)').number).toBe('CM-2610-55120');
    expect(page('Less credit note no. AV-26-001984').number).toBe('CM-2610-55120');
    expect(parseScan(draws('Déjà réglé (avoir n° AV-26-001984)')).number).toBe('CM-2610-55120');
  });
});

describe('an item table\'s totals row under its net, tax and gross columns ("Invoice total | £41.31 | £5.66 | £46.97")', () => {
  const page = (row: Draw[]) => parse([
    d(15, 12, 'Kestrel Games & Books Ltd', 5), d(15, 20, '3 Market Place, Ripon HG4 1BP · VAT registration number GB 318 4402 17'),
    d(15, 40, 'Invoice number'), d(60, 40, 'KGB-2026-40177'), d(15, 45, 'Invoice date'), d(60, 45, '12 October 2026'),
    d(15, 55, 'Billing address'), d(15, 60, 'Amelia Hart'), d(15, 65, '22 Mill Lane'), d(15, 70, 'York YO1 7HH'),
    d(15, 90, 'Description'), d(100, 90, 'Qty'), d(115, 90, 'Net'), d(135, 90, 'VAT rate'), d(155, 90, 'VAT'), d(175, 90, 'Gross'),
    d(15, 96, 'Card game, 2-4 players'), d(100, 96, '1'), d(115, 96, '£15.00'), d(135, 96, '20%'), d(155, 96, '£3.00'), d(175, 96, '£18.00'),
    d(15, 101, 'Paperback novel'), d(100, 101, '1'), d(115, 101, '£8.99'), d(135, 101, '0%'), d(155, 101, '£0.00'), d(175, 101, '£8.99'),
    ...row,
  ]);

  it('reads its last figure as the total, the first no other total to doubt it by', () => {
    const inv = page([d(60, 107, 'Invoice total'), d(115, 107, '£23.99'), d(155, 107, '£3.00'), d(175, 107, '£26.99')]);
    expect(totals(inv)).toEqual([23.99, 3, 26.99]);
    expect(guessesOf(inv).totalAmount).toBeUndefined();
  });
});
