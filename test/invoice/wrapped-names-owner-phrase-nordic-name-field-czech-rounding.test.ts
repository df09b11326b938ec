/**
 * Party names and totals of invoicing software's prints and e-invoice views (the 186th-190th batches of
 * bench/supplier-pages): a labelled name that its narrow cell wrapped with no company form to end it, a name
 * wrapped after a comma of its own, a sole trader's owner after the trade name, the Nordic name fields
 * ("Namn:", "Navn:", "Nimi:") and the Finnish "Laskutettava", a Czech summary whose rate column has no header,
 * and the Czech rounding row ("Zaokrouhlení").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { textParts } from '../../src/extract/text-parts.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item about as wide as a 9 pt face prints it. */
const t = (x: number, y: number, text: string, width = text.length * 2.1): TextItem => ({ text, x, y, height: 4.2, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

/** An item table and totals under the parties, in Portuguese. */
const portugueseTotals = [
  t(18, 70, 'Artigo'), t(150, 70, 'Total'),
  t(18, 76, 'Manutenção de elevador'), t(170, 76, '400,00', 13),
  t(120, 90, 'Mercadorias/Serviços'), t(170, 90, '400,00', 13),
  t(120, 95, 'IVA 23%'), t(172, 95, '92,00', 11),
  t(120, 100, 'Total (EUR)'), t(170, 100, '492,00', 13),
];

describe('a labelled name wrapped in its narrow cell without a company form', () => {
  it('takes the word its cell pushed onto the next row ("Cliente: … Boa" over "Vista")', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'Elevadores Tejo, Lda.'), t(17, 21, 'Rua Augusta 10, 1100-048 Lisboa · NIF 508118447', 110),
      t(17, 31, 'Fatura FT 2025/3318'), t(18, 40, 'Data: 03-11-2025'),
      t(106, 40, 'Cliente: Condomínio do Edifício Boa', 74), t(106, 45, 'Vista', 11),
      t(106, 50, 'Avenida da República 120, 1050-196 Lisboa', 78), t(106, 55, 'NIF 901118447', 30),
      ...portugueseTotals,
    ]));
    expect(inv.buyer?.name).toBe('Condomínio do Edifício Boa Vista');
  });

  it('leaves a row its name ended before (a short name, the town under it with room to spare)', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'Elevadores Tejo, Lda.'), t(17, 21, 'Rua Augusta 10, 1100-048 Lisboa · NIF 508118447', 110),
      t(17, 31, 'Fatura FT 2025/3319'), t(18, 40, 'Data: 03-11-2025'),
      t(106, 40, 'Cliente: Pastelaria Aurora', 54), t(106, 45, 'Lisboa', 13),
      t(106, 50, 'Avenida da República 120, 1050-196 Lisboa', 78), t(106, 55, 'NIF 901118447', 30),
      ...portugueseTotals,
    ]));
    expect(inv.buyer?.name).toBe('Pastelaria Aurora');
  });
});

describe('a name wrapped after a comma of its own', () => {
  it('keeps the comma ("Bundesministerium für Digitalisierung," over "Infrastruktur und Verkehr")', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 17, 'Rechnung Nr. 2025/118'),
      t(19, 30, 'Rechnungssteller'), t(107, 30, 'Rechnungsempfänger'),
      t(19, 36, 'Malerbetrieb Stern GmbH'), t(19, 41, 'Lindengasse 4'), t(19, 46, '8010 Graz'),
      t(107, 36, 'Bundesministerium für Digitalisierung,', 81), t(107, 41, 'Infrastruktur und Verkehr', 53), t(107, 46, 'Stadtplatz 1'), t(107, 51, '8010 Graz'),
      t(19, 62, 'Rechnungsdatum'), t(60, 62, '14.11.2025'),
      t(120, 80, 'Gesamtbetrag netto'), t(170, 80, '1.000,00', 17),
      t(120, 85, 'USt 20 %'), t(172, 85, '200,00', 13),
      t(120, 90, 'Gesamtbetrag'), t(170, 90, '1.200,00', 17),
    ]));
    expect(inv.buyer?.name).toBe('Bundesministerium für Digitalisierung, Infrastruktur und Verkehr');
  });
});

describe("a sole trader's owner after the trade name", () => {
  it('names the trade ("…, eenmanszaak van J. Smit" in the footer)', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'HOUTGOED', 40), t(17, 24, 'meubelmakerij', 26),
      t(17, 40, 'Aan'), t(17, 45, 'Koffiebranderij Noord BV'), t(17, 50, 'Kade 4'), t(17, 55, '9711 AA Groningen'),
      t(120, 40, 'Factuur'), t(145, 40, '2025-014'), t(120, 45, 'Datum'), t(145, 45, '12 november 2025', 34),
      t(17, 70, 'Omschrijving'), t(170, 70, 'Totaal'),
      t(17, 76, 'Tafelblad eiken, op maat', 48), t(168, 76, '€ 1.500,00', 22),
      t(120, 90, 'Subtotaal'), t(168, 90, '€ 1.500,00', 22), t(120, 95, 'Btw 21%'), t(170, 95, '€ 315,00', 18),
      t(120, 100, 'Totaal'), t(168, 100, '€ 1.815,00', 22),
      t(17, 270, 'Houtgoed Meubelmakerij, eenmanszaak van J. Smit · Hoofdstraat 9, 9401 AB Assen · KvK 80118447 · btw-id NL003318447B18', 175),
    ]));
    expect(inv.seller?.name).toBe('Houtgoed Meubelmakerij');
  });

  /** A Kleinunternehmer's bill whose legal line in the footer names the trade and its owner. */
  const ownerFooter = (heading: string, footer: string) => parseWesternInvoiceText(page([
    t(17, 16, heading, 40),
    t(17, 40, 'Rechnung an'), t(17, 45, 'Jonas Weber'), t(17, 50, 'Lindenweg 3'), t(17, 55, '64283 Darmstadt'),
    t(120, 40, 'Rechnung Nr.'), t(150, 40, '2025-118'), t(120, 45, 'Datum'), t(150, 45, '12.11.2025'),
    t(17, 70, 'Leistung'), t(170, 70, 'Betrag'),
    t(17, 76, 'Tattoo Unterarm, 4 Std.', 48), t(168, 76, '480,00 €', 18),
    t(120, 90, 'Gesamtbetrag:'), t(168, 90, '480,00 €', 18),
    t(17, 100, 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.', 100),
    t(17, 270, `${footer} · Heinheimer Str. 12, 64289 Darmstadt · Steuernummer 007/815/40912`, 175),
  ]));

  it('names the trade when a dash stands for the comma ("Tintenfisch Tattoo- Inhaberin …", a scan\'s dash)', () => {
    expect(ownerFooter('TINTENFISCH', 'Tintenfisch Tattoo- Inhaberin Lea Brandt').seller?.name).toBe('Tintenfisch Tattoo');
  });

  it('names the trade when the scan lost the dash ("Teehaus Amsel Inhaberin …")', () => {
    expect(ownerFooter('TEEHAUS AMSEL', 'Teehaus Amsel Inhaberin Miriam Amsel').seller?.name).toBe('Teehaus Amsel');
  });
});

describe('the Nordic name fields and the Finnish billed label', () => {
  it('reads "Namn:" in the seller\'s and the buyer\'s tables, the wrapped rest under it', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'FAKTURA'),
      t(19, 30, 'Säljare'), t(107, 30, 'Köpare'),
      t(19, 36, 'Namn: Fjällgårdens Kursgård AB', 66), t(19, 41, 'Adress: Fjällvägen 2, 837 52 Åre', 70), t(19, 46, 'Organisationsnummer: 556447-1182', 68), t(19, 51, 'Godkänd för F-skatt', 42),
      t(107, 36, 'Namn: Jämtlands Skidförbund Ideell', 78), t(107, 41, 'Förening', 19), t(107, 46, 'Adress: Box 18, 831 21 Östersund', 75),
      t(19, 62, 'Fakturanummer:'), t(56, 62, '5518'), t(92, 62, 'Fakturadatum:'), t(126, 62, '2025-11-12'),
      t(120, 80, 'Summa exkl. moms'), t(170, 80, '8 000,00', 17),
      t(120, 85, 'Moms'), t(170, 85, '2 000,00', 17),
      t(120, 90, 'Att betala'), t(168, 90, '10 000,00', 19),
    ]));
    expect(inv.seller?.name).toBe('Fjällgårdens Kursgård AB');
    expect(inv.buyer?.name).toBe('Jämtlands Skidförbund Ideell Förening');
  });

  it('takes "Laskutettava" for the buyer\'s label, not the buyer', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'Puutyö Lahtinen'), t(17, 21, 'Y-tunnus 3118447-5'), t(17, 26, 'Kauppakatu 3, 40100 Jyväskylä', 62),
      t(150, 16, 'LASKU'), t(130, 22, 'Laskun numero'), t(165, 22, '2231'), t(130, 27, 'Laskun päivämäärä', 36), t(170, 27, '14.11.2025'),
      t(17, 40, 'Laskutettava'), t(17, 45, 'Keski-Suomen Taloyhtiö Oy'), t(17, 50, 'Väinönkatu 8'), t(17, 55, '40100 Jyväskylä'),
      t(120, 80, 'Veroton yhteensä'), t(170, 80, '400,00 €', 18),
      t(120, 85, 'ALV 25,5 %'), t(170, 85, '102,00 €', 18),
      t(120, 90, 'Maksettava yhteensä', 40), t(170, 90, '502,00 €', 18),
    ]));
    expect(inv.buyer?.name).toBe('Keski-Suomen Taloyhtiö Oy');
  });
});

describe('a Czech invoice rounded to whole crowns', () => {
  const czechPage = (summary: TextItem[]) => page([
    t(17, 16, 'Faktura – daňový doklad č. 2025-0318', 80),
    t(19, 30, 'Dodavatel'), t(107, 30, 'Odběratel'),
    t(19, 36, 'Zámečnictví Brázda s.r.o.'), t(19, 41, 'IČ: 28118447'),
    t(107, 36, 'Obecní úřad Věstonice'), t(107, 41, 'IČ: 00283447'),
    t(19, 50, 'Datum vystavení'), t(60, 50, '12.11.2025'),
    ...summary,
  ]);
  const czech = (summary: TextItem[]) => parseWesternInvoiceText(czechPage(summary));

  it('reads net and tax from a summary whose rate column has no header ("Základ | DPH" over "21 % | …")', () => {
    const inv = czech([
      t(150, 100, 'Základ', 16), t(180, 100, 'DPH', 9),
      t(106, 106, '21 %', 9), t(150, 106, '12 400,00', 20), t(175, 106, '2 604,00', 17),
      t(106, 112, 'Celkem k úhradě', 38), t(160, 112, '15 004,00 Kč', 30),
    ]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([12400, 2604, 15004]);
  });

  it('takes "Zaokrouhlení" for the rounding between net + tax and the total', () => {
    const pages = czechPage([
      t(120, 100, 'Celkem bez DPH'), t(170, 100, '8 150,00', 17),
      t(120, 105, 'DPH celkem'), t(170, 105, '1 629,60', 17),
      t(120, 110, 'Zaokrouhlení'), t(175, 110, '0,40', 9),
      t(120, 115, 'Celkem k úhradě'), t(166, 115, '9 780,00 CZK', 27),
    ]);
    const inv = parseWesternInvoiceText(pages);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([8150, 1629.6, 9780]);
    // The rounding goes with the reading, for the totals check to take into account.
    expect(textParts(pages, 'text', []).map((p) => p.rounding)).toContain(0.4);
  });
});

describe('the gross before a Swedish tax deduction, and a Dutch discount compound', () => {
  it('takes "Summa inkl. moms" for the total, not "Att betala" after the RUT deduction', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'Fönsterputsarna i Lund AB', 52), t(17, 21, 'Org.nr 559118-4471'), t(150, 16, 'Faktura'),
      t(130, 22, 'Fakturanummer'), t(170, 22, '3318'), t(130, 27, 'Fakturadatum'), t(170, 27, '2025-11-14'),
      t(17, 40, 'Erik Nilsson'), t(17, 45, 'Klostergatan 4'), t(17, 50, '222 22 Lund'),
      t(100, 80, 'Summa exkl. moms'), t(172, 80, '2 400,00', 17),
      t(100, 85, 'Moms 25 %'), t(174, 85, '600,00', 13),
      t(100, 90, 'Summa inkl. moms'), t(172, 90, '3 000,00', 17),
      t(100, 95, 'Avgår RUT-avdrag (50 %)'), t(170, 95, '-1 500,00', 19),
      t(100, 100, 'Att betala'), t(168, 100, '1 500,00 kr', 23),
    ]));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([2400, 600, 3000]);
  });

  it('reads "Orderkorting" as a discount between the items and the net, the items adding up to it', () => {
    const inv = parseWesternInvoiceText(page([
      t(17, 16, 'Tuinbouw Techniek B.V.'), t(17, 21, 'Veilingweg 3, 2675 BT Honselersdijk', 75), t(140, 16, 'Factuur'),
      t(120, 22, 'Factuurnummer'), t(160, 22, 'F25-3318'), t(120, 27, 'Factuurdatum'), t(160, 27, '14-11-2025'),
      t(17, 40, 'Kwekerij De Vlinder V.O.F.'), t(17, 45, 'Middelbroekweg 12'), t(17, 50, '2675 KK Honselersdijk', 45),
      t(17, 62, 'Artikel'), t(100, 62, 'Aantal'), t(120, 62, 'Prijs'), t(145, 62, 'Btw'), t(170, 62, 'Bedrag'),
      t(17, 68, 'Druppelslang 16 mm, rol 500 m', 62), t(106, 68, '4', 2), t(120, 68, '160,00', 13), t(145, 68, '21 %', 9), t(172, 68, '640,00', 13),
      t(17, 73, 'Drukregelaar 2 bar', 38), t(106, 73, '6', 2), t(122, 73, '60,00', 11), t(145, 73, '21 %', 9), t(172, 73, '360,00', 13),
      t(100, 85, 'Subtotaal'), t(170, 85, '1.000,00', 17),
      t(100, 90, 'Orderkorting 3%'), t(172, 90, '-30,00', 13),
      t(100, 95, 'Vrachtkosten'), t(172, 95, '25,00', 11),
      t(100, 100, 'Totaal excl. btw'), t(172, 100, '995,00', 13),
      t(100, 105, 'Btw 21%'), t(172, 105, '208,95', 13),
      t(100, 110, 'Totaal incl. btw'), t(170, 110, '1.203,95', 17),
    ]));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([995, 208.95, 1203.95]);
    expect(inv.items.map((i) => i.amount)).toEqual([640, 360, -30, 25]);
  });
});

describe('a Polish number in the form of a date no calendar has', () => {
  const polish = (number: string) => parseWesternInvoiceText(page([
    t(18, 17, 'Biuro Rachunkowe Lipa Sp. z o.o.', 66), t(18, 22, 'NIP: 7010447118'),
    t(158, 17, 'Faktura VAT'), t(150, 23, `Numer: ${number}`), t(127, 28, 'Data wystawienia: 14.11.2025', 60),
    t(17, 50, 'Nabywca:'), t(17, 55, 'Piekarnia Kłos s.c.'), t(17, 60, 'NIP: 5213318447'),
    t(100, 80, 'Razem netto'), t(170, 80, '800,00', 13), t(100, 85, 'Razem VAT'), t(170, 85, '184,00', 13), t(100, 90, 'Razem brutto'), t(170, 90, '984,00', 13),
  ]));

  it('reads "38/11/2025" (the 38th invoice of November) as the number', () => {
    expect(polish('38/11/2025').number).toBe('38/11/2025');
  });

  it('still takes no date for a number ("14/11/2025")', () => {
    expect(polish('14/11/2025').number).toBeNull();
  });
});

describe("the document's title on the seller label's row", () => {
  it('is no value of the label ("Sprzedawca:" | "FAKTURA VAT" across the page): the block under the label names the seller', () => {
    const inv = parseWesternInvoiceText(page([
      t(18, 17, 'Sprzedawca:'), t(124, 17, 'FAKTURA VAT'),
      t(18, 22, 'Tartak Sosnowy Sp. j.'), t(124, 22, 'FS/318/2025'),
      t(18, 27, 'ul. Leśna 18, 16-400 Suwałki', 60), t(124, 27, 'Data wystawienia: 2025-11-14', 60),
      t(18, 32, 'NIP: 844-118-44-71'),
      t(18, 44, 'Nabywca:'), t(18, 49, 'Stolarnia Dębowa Sp. z o.o.'), t(18, 54, 'ul. Polna 2, 16-500 Sejny', 52),
      t(100, 80, 'Razem netto'), t(170, 80, '1 000,00', 17), t(100, 85, 'Razem VAT'), t(172, 85, '230,00', 13), t(100, 90, 'Razem brutto'), t(170, 90, '1 230,00', 17),
    ]));
    expect(inv.seller?.name).toBe('Tartak Sosnowy Sp. j.');
  });
});
