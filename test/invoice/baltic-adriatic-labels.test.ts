/**
 * Invoices of the Baltic states, Slovenia and Croatia, dates with month names in more languages, values
 * wrapped in their cells, a correcting invoice's table of figures before and after the correction, and a
 * credit memo that names the invoice it credits. One class varied at a time.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/invoice/dates.js';
import { guessesOf } from '../../src/invoice/index.js';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

describe('dates', () => {
  it.each([
    ['14 marca 2025', '2025-03-14'],
    ['Data wystawienia: 3 listopada 2024', '2024-11-03'],
    ['Porto, 14 de março de 2025', '2025-03-14'],
    ['Fakturadato: 14. marts 2025', '2025-03-14'],
    ['Fakturadatum: 2 augusti 2025', '2025-08-02'],
    ['Kelte: 2025. március 14.', '2025-03-14'],
    ['2025 m. kovo 14 d.', '2025-03-14'],
    ['Datums: 2025. gada 7. aprīlis', '2025-04-07'],
    ['Datum vystavení: 12. 3. 2025', '2025-03-12'],
    ['Datum izdaje: 5. 5. 2025', '2025-05-05'],
  ])('"%s" is %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('a year before a word that is no month, or a spaced pair without a year, is no date', () => {
    expect([parseDate('2025 Rechnung 14'), parseDate('Pos. 12. 3. Stück')]).toEqual([null, null]);
  });
});

describe('Lithuanian, Latvian, Slovenian and Croatian labels', () => {
  it('"Serija VSC Nr. 0004512", "Pardavėjas" / "Pirkėjas", "Suma be PVM", "PVM 21 %", "Iš viso su PVM"', () => {
    const inv = read({
      letterhead: [], window: [], info: [], title: 'PVM SĄSKAITA FAKTŪRA', underTitle: ['Serija VSC Nr. 0004512', '2025 m. kovo 14 d.'],
      extra: [d(22, 40, 'Pardavėjas'), d(110, 40, 'Pirkėjas'), d(22, 45, 'UAB Vilniaus spaudos centras'), d(110, 45, 'MB Šiaurės kava'), d(22, 50, 'Savanorių pr. 174, Vilnius'), d(110, 50, 'Pylimo g. 22, Vilnius')],
      totals: [['Suma be PVM:', '1 240,00'], ['PVM 21 %:', '260,40'], ['Iš viso su PVM:', '1 500,40']],
    });
    expect([inv.number, inv.date, inv.amount, inv.taxAmount, inv.totalAmount, inv.seller.name, inv.buyer.name])
      .toEqual(['VSC 0004512', '2025-03-14', 1240, 260.4, 1500.4, 'UAB Vilniaus spaudos centras', 'MB Šiaurės kava']);
  });

  it('"PVN RĒĶINS Nr. RIT-2025/118", "Piegādātājs:" / "Saņēmējs:", "Kopā bez PVN", "PVN 21%", "Kopā apmaksai EUR"', () => {
    const inv = read({
      letterhead: [], window: [], info: [['Datums:', '2025. gada 7. aprīlis']], title: 'PVN RĒĶINS Nr. RIT-2025/118',
      extra: [d(22, 40, 'Piegādātājs:'), d(50, 40, 'SIA "Rīgas IT serviss"'), d(110, 40, 'Saņēmējs:'), d(135, 40, 'SIA "Daugavas loģistika"')],
      totals: [['Kopā bez PVN', '1 240,00'], ['PVN 21%', '260,40'], ['Kopā apmaksai EUR', '1 500,40']],
    });
    expect([inv.number, inv.date, inv.amount, inv.taxAmount, inv.totalAmount, inv.seller.name, inv.buyer.name])
      .toEqual(['RIT-2025/118', '2025-04-07', 1240, 260.4, 1500.4, 'SIA "Rīgas IT serviss"', 'SIA "Daugavas loģistika"']);
  });

  it('"RAČUN št. 2025-00341", "Kupec:", "Skupaj brez DDV", "DDV 22 %", "Skupaj za plačilo EUR"', () => {
    const inv = read({
      letterhead: ['Elektro Kovač d.o.o.', 'Celovška cesta 150, 1000 Ljubljana'], window: ['Kupec:', 'Gostilna Pri Lipi d.o.o.', 'Vrhniška cesta 12'], info: [], title: 'RAČUN št. 2025-00341',
      totals: [['Skupaj brez DDV', '1.240,00'], ['DDV 22 %', '272,80'], ['Skupaj za plačilo EUR', '1.512,80']],
    });
    expect([inv.number, inv.amount, inv.taxAmount, inv.totalAmount, inv.seller.name, inv.buyer.name])
      .toEqual(['2025-00341', 1240, 272.8, 1512.8, 'Elektro Kovač d.o.o.', 'Gostilna Pri Lipi d.o.o.']);
  });

  it('"RAČUN br. 127-1-1"; a breakdown row "PDV 25% | 310,00 | 77,50" under "Porez | Osnovica | Iznos poreza", then "UKUPNO EUR"', () => {
    const inv = read({
      info: [], title: 'RAČUN br. 127-1-1', window: ['Kupac:', 'Apartmani Marić j.d.o.o.', 'Obala kneza Branimira 8'],
      totals: [],
      extra: [d(100, 125, 'Porez'), d(130, 125, 'Osnovica'), d(160, 125, 'Iznos poreza'), d(100, 131, 'PDV 25%'), d(133, 131, '310,00'), d(168, 131, '77,50'), d(120, 140, 'UKUPNO EUR'), d(168, 140, '387,50')],
    });
    expect([inv.number, inv.amount, inv.taxAmount, inv.totalAmount, inv.buyer.name]).toEqual(['127-1-1', 310, 77.5, 387.5, 'Apartmani Marić j.d.o.o.']);
  });
});

describe('values wrapped in their cells', () => {
  it('a date set right in its cell and wrapped ("March 14," over "2025") beside "Invoice Date:"', () => {
    const inv = read({
      info: [],
      extra: [d(120, 48, 'Invoice Number:'), d(176.7, 48, '47'), d(120, 53, 'Invoice Date:'), d(165.15, 53, 'March 14,'), d(173.4, 57.5, '2025'), d(120, 64, 'Payment Due:'), d(157, 64, 'April 13, 2025')],
    });
    expect([inv.number, inv.date]).toEqual(['47', '2025-03-14']);
  });

  it('a header band of label cells over their values: the date under "Factuurdatum", not the next header\'s', () => {
    const inv = read({
      info: [],
      extra: [d(23, 63.5, 'Factuurnummer'), d(57, 63.5, 'Factuurdatum'), d(89, 63.5, 'Vervaldatum'), d(122, 63.5, 'Klantnummer'),
        d(23, 67.5, 'F2025-0219'), d(57, 67.5, '12-03-2025'), d(89, 67.5, '26-03-2025'), d(122, 67.5, 'K-1044')],
    });
    expect([inv.number, inv.date]).toEqual(['F2025-0219', '2025-03-12']);
  });

  it('a table of headers whose second rows sit between "Számla kelte" and its value, the value wrapped ("2025. március" over "14.")', () => {
    const inv = read({
      info: [],
      extra: [d(24, 60, 'Számla'), d(96, 60, 'Teljesítés'), d(128, 60, 'Számla kelte'), d(24, 64.5, 'sorszáma'), d(99, 64.5, 'kelte'),
        d(24, 71, 'SZA-2025/00218'), d(92, 71, '2025. március'), d(128, 71, '2025. március'), d(92, 75.5, '10.'), d(128, 75.5, '14.')],
    });
    expect([inv.number, inv.date]).toEqual(['SZA-2025/00218', '2025-03-14']);
  });
});

describe('correcting invoices and credit memos', () => {
  it('a table "Netto | VAT | Brutto" of rows before and after the correction: the row of the difference is the invoice\'s', () => {
    expect(totals({
      title: 'FAKTURA KORYGUJĄCA nr FK/3/03/2025', totals: [],
      extra: [d(140, 125, 'Netto'), d(162, 125, 'VAT'), d(180, 125, 'Brutto'), d(95, 132, 'Przed korektą'), d(136, 132, '1 200,00'), d(157, 132, '276,00'), d(176, 132, '1 476,00'),
        d(95, 139, 'Po korekcie'), d(140, 139, '800,00'), d(157, 139, '184,00'), d(180, 139, '984,00'), d(95, 146, 'Razem korekta'), d(137, 146, '-400,00'), d(158, 146, '-92,00'), d(177, 146, '-492,00')],
    })).toEqual([-400, -92, -492]);
  });

  it('"CREDIT #" beside the "INVOICE #" and "INVOICE DATE" of the invoice it credits: the memo\'s number and "DATE"', () => {
    const inv = read({
      title: 'CREDIT MEMO', info: [['CREDIT #', 'CM-1009'], ['DATE', '05/06/2025'], ['INVOICE #', '10874'], ['INVOICE DATE', '04/18/2025']],
    });
    expect([inv.number, inv.date]).toEqual(['CM-1009', '2025-05-06']);
  });
});

describe('company forms', () => {
  it('"Sp. z o.o." wrapped after its first words ("… Nowak Sp. z" over "o.o.") under "Sprzedawca"', () => {
    const inv = read({
      letterhead: ['Hurtownia Papiernicza NOWAK'], window: [],
      extra: [d(22, 50, 'Sprzedawca'), d(110, 50, 'Nabywca'), d(22, 55, 'Hurtownia Papiernicza Nowak Sp. z'), d(110, 55, 'Szkoła Językowa Lingua sp. z o.o.'), d(22, 60, 'o.o.'), d(110, 60, 'ul. Półwiejska 5/3'), d(22, 65, 'ul. Głogowska 112')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Hurtownia Papiernicza Nowak Sp. z o.o.', 'Szkoła Językowa Lingua sp. z o.o.']);
  });

  it('a name whose row ends with the comma before its form, wrapped under it ("Sorriso Atlântico," over "Lda."), keeps the comma', () => {
    const inv = read({ window: ['Exmo.(s) Sr.(s)', 'Clínica Dentária Sorriso Atlântico,', 'Lda.', 'Avenida da Boavista, 1200', '4100-114 Porto'] });
    expect(inv.buyer.name).toBe('Clínica Dentária Sorriso Atlântico, Lda.');
  });
});

describe('a logo\'s short name', () => {
  it('is not confirmed by a payee line that names the company with more words ("payable to Blue Heron Landscaping")', () => {
    const inv = read({
      letterhead: ['BLUE HERON', 'LANDSCAPING'], window: ['Maple Court HOA', '410 Maple Ct', 'Cary, NC 27511'],
      extra: [d(22, 160, 'Thank you for your business! Checks payable to Blue Heron Landscaping.')],
    });
    expect(inv.seller.name === 'Blue Heron Landscaping' || Object.keys(guessesOf(inv)).includes('seller.name')).toBe(true);
  });
});

describe("a sole trader's letterhead", () => {
  const seller = (letterhead: string[], payee: string) => {
    const inv = read({ letterhead, window: ['Vereniging Bedrijvenkring', 'Stationsplein 40', '3818 LE Amersfoort'], extra: [d(22, 160, payee)] });
    return { name: inv.seller.name, guessed: Object.keys(guessesOf(inv)).includes('seller.name') };
  };

  it("is confirmed by the bank line naming the owner, whose surname the trade name is written with", () => {
    const visser = ['Lotte Visser Fotografie', 'Oudegracht 188', '3511 NR Utrecht'];
    expect(seller(visser, 'Graag overmaken op NL20 INGB 0004 4712 08 t.n.v. L. Visser o.v.v. het factuurnummer.')).toEqual({ name: 'Lotte Visser Fotografie', guessed: false });
    expect(seller(['ASHWORTH SOUND', 'Live sound and PA hire'], 'Account name: Tom Ashworth')).toEqual({ name: 'ASHWORTH SOUND', guessed: false });
    // Another person, another given name before the surname, or a company of more words: no confirmation.
    expect(seller(visser, 'Graag overmaken op NL20 INGB 0004 4712 08 t.n.v. M. de Boer o.v.v. het factuurnummer.').guessed).toBe(true);
    expect(seller(visser, 'Graag overmaken op NL20 INGB 0004 4712 08 t.n.v. P. Visser o.v.v. het factuurnummer.').guessed).toBe(true);
    expect(seller(['ASHWORTH SOUND', 'Live sound and PA hire'], 'Account name: Tom Ashworth Events').guessed).toBe(true);
  });

  it('is confirmed by an Indonesian bank line\'s "a.n." (atas nama) naming it', () => {
    const letterhead = ['PT Arunika Teknologi Nusantara', 'Menara Kuningan Lt. 12', 'Jakarta Selatan 12940'];
    expect(seller(letterhead, 'Pembayaran ditransfer ke: Bank Mandiri, No. Rek. 124-00-0987654-3 a.n. PT Arunika Teknologi Nusantara').guessed).toBe(false);
    expect(seller(letterhead, 'Pembayaran ditransfer ke: Bank Mandiri, No. Rek. 124-00-0987654-3 a.n. PT Sinar Mandiri Logistik').guessed).toBe(true);
  });
});
