/**
 * What the fifty-eighth to sixtieth batches of unseen supplier invoices printed that the parser left null or
 * unnamed: number, totals and party labels in Albanian, Macedonian, Serbian (Cyrillic and Latin) and Icelandic (numbers),
 * Latin American e-invoices' labels (Peru's "Op. Gravada", a title over its series number, "SERIE A NÚMERO"),
 * currencies by a local sign (lekë, ден., дин., лв., S/) or by the tax authority a peso's "$" page names, a seller
 * left unread, a buyer read as a tax id's label. Each label as the language prints it and in another wording or
 * layout, varied one at a time on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { runChecks, fieldsInDoubt } from '../../src/invoice/checks.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, letterPage, toPageText, type LetterPage } from './page-builder.js';
import { page } from './supplier-bill.js';

/** The page as a PDF's text layer gives it (printed labels, not OCR's readings of them). */
const read = (p: LetterPage) => {
  const pages = toPageText(page(p), 210, 297).map((t) => ({ ...t, visibleText: true }));
  return readingPrint(pages, () => parseWesternInvoiceText(pages));
};

const DATE: Array<[string, string]> = [['Date:', '14.11.2025']];

describe('number labels', () => {
  it('the document word and a Cyrillic number word: "ФАКТУРА бр.", "Фактура број:"', () => {
    expect(read({ info: [['ФАКТУРА бр. 2025-0447', '']], title: ' ' }).number).toBe('2025-0447');
    expect(read({ info: [['Фактура број:', '118/2025'], ...DATE], title: ' ' }).number).toBe('118/2025');
  });

  it('the Albanian genitive: "Nr. i faturës:", "Numri i faturës"', () => {
    expect(read({ info: [['Nr. i faturës:', '118/2025'], ...DATE], title: 'FATURË TATIMORE' }).number).toBe('118/2025');
    expect(read({ info: [['Numri i faturës', 'AD-2025-77'], ...DATE], title: 'Faturë' }).number).toBe('AD-2025-77');
  });

  it('a Balkan or Icelandic title over its bare number label', () => {
    const under = (title: string, row: string) => read({ info: DATE, title, underTitle: [row] }).number;
    expect(under('РАЧУН', 'број 1187/2025')).toBe('1187/2025');
    expect(under('Račun', 'br. 44/2025')).toBe('44/2025');
    expect(under('ФАКТУРА', 'бр. 2025-0447')).toBe('2025-0447');
    expect(under('REIKNINGUR', 'Nr. 20884')).toBe('20884');
  });

  it('a Latin American e-invoice\'s title over its series number, bare or with "No."', () => {
    const under = (title: string, row: string) => read({ info: DATE, title, underTitle: [row] }).number;
    expect(under('FACTURA ELECTRÓNICA', 'F001-00004471')).toBe('F001-00004471');
    expect(under('Factura Electrónica de Venta', 'No. FEV-2207')).toBe('FEV-2207');
    expect(under('FACTURA ELECTRÓNICA', 'Nº 4471')).toBe('4471');
  });

  it('"SERIE A NÚMERO 0004471" as Uruguay prints it, and in lower case', () => {
    expect(read({ info: [['SERIE A', 'NÚMERO 0004471'], ...DATE], title: 'e-Factura' }).number).toBe('A 0004471');
    expect(read({ info: [['Serie B número 12', ''], ...DATE], title: 'e-Factura' }).number).toBe('B 12');
  });

  it('"Series" in an English row is no series label', () => {
    expect(read({ info: [['Invoice No.', '10457'], ['Series No. 5', ''], ...DATE] }).number).toBe('10457');
  });
});

describe('totals labels', () => {
  const totals = (rows: Array<[string, string]>) => {
    const inv = read({ totals: rows });
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };

  it('Albanian, as printed and in its other wording', () => {
    expect(totals([['Vlera pa TVSH', '90 800,00'], ['TVSH 20%', '18 160,00'], ['Vlera totale me TVSH', '108 960,00']])).toEqual([90800, 18160, 108960]);
    expect(totals([['Totali pa TVSH', '1 240,00'], ['TVSH', '248,00'], ["Për t'u paguar", '1 488,00']])).toEqual([1240, 248, 1488]);
  });

  it('Macedonian', () => {
    expect(totals([['Вкупно без ДДВ:', '55.800,00'], ['ДДВ 18%:', '10.044,00'], ['Вкупно за плаќање:', '65.844,00']])).toEqual([55800, 10044, 65844]);
    expect(totals([['Износ без ДДВ', '1.000,00'], ['ДДВ', '180,00'], ['Вкупно со ДДВ', '1.180,00']])).toEqual([1000, 180, 1180]);
  });

  it('Serbian in Cyrillic and in Latin', () => {
    expect(totals([['Основица за ПДВ (20%)', '252.500,00'], ['Износ ПДВ 20%', '50.500,00'], ['Укупно за уплату', '303.000,00']])).toEqual([252500, 50500, 303000]);
    expect(totals([['Укупно без ПДВ', '1.000,00'], ['ПДВ', '200,00'], ['Укупно са ПДВ', '1.200,00']])).toEqual([1000, 200, 1200]);
    expect(totals([['Osnovica', '1.000,00'], ['PDV 20%', '200,00'], ['Ukupno za uplatu', '1.200,00']])).toEqual([1000, 200, 1200]);
  });

  it('Chile\'s "Monto Neto" and "I.V.A.", and a Spanish "Importe neto"', () => {
    expect(totals([['MONTO NETO $', '1.077.000'], ['I.V.A. 19% $', '204.630'], ['TOTAL $', '1.281.630']])).toEqual([1077000, 204630, 1281630]);
    expect(totals([['Importe neto', '1.000,00'], ['I.V.A. 21%', '210,00'], ['Total factura', '1.210,00']])).toEqual([1000, 210, 1210]);
  });

  it('Peru\'s "Op. Gravada" and IGV, the sol\'s sign between label and figure', () => {
    expect(totals([['Op. Gravada', 'S/ 7,850.00'], ['IGV 18%', 'S/ 1,413.00'], ['Importe Total', 'S/ 9,263.00']])).toEqual([7850, 1413, 9263]);
    expect(totals([['Total Op. Gravadas', '1,000.00'], ['IGV', '180.00'], ['Total a pagar', '1,180.00']])).toEqual([1000, 180, 1180]);
  });
});

describe('currencies by a local sign', () => {
  const currency = (rows: Array<[string, string]>, extra: string[] = []) => read({ totals: rows, letterhead: ['Harbour Print', '4 Quay Street', ...extra] }).currency;

  it('lekë after the figure, or wrapped under it', () => {
    expect(currency([['Vlera pa TVSH', '90 800,00 Lekë'], ['TVSH 20%', '18 160,00 Lekë'], ['Vlera totale me TVSH', '108 960,00 Lekë']])).toBe('ALL');
    const wrapped = read({ letterhead: ['Agro Drini', 'Lezhë'], totals: [['Vlera pa TVSH', '90 800,00'], ['TVSH 20%', '18 160,00'], ['Vlera totale me TVSH', '108 960,00']], extra: [d(175, 128, 'Lekë')] });
    expect(wrapped.currency).toBe('ALL');
  });

  it('the denar, the dinar, the lev', () => {
    expect(currency([['Вкупно без ДДВ:', '55.800,00 ден.'], ['ДДВ 18%:', '10.044,00 ден.'], ['Вкупно за плаќање:', '65.844,00 ден.']])).toBe('MKD');
    expect(currency([['Основица', '252.500,00 дин.'], ['ПДВ 20%', '50.500,00 дин.'], ['Укупно за уплату (дин.)', '303.000,00']])).toBe('RSD');
    expect(currency([['Данъчна основа', '6 180,00 лв.'], ['ДДС 20%', '1 236,00 лв.'], ['Сума за плащане', '7 416,00 лв.']])).toBe('BGN');
  });

  it('the sol\'s "S/" before the figure', () => {
    expect(currency([['Op. Gravada', 'S/ 7,850.00'], ['IGV 18%', 'S/ 1,413.00'], ['Importe Total', 'S/9,263.00']])).toBe('PEN');
  });

  it('"$" on a page of a peso country\'s tax authority is its peso; elsewhere the dollar', () => {
    const rows: Array<[string, string]> = [['Subtotal', '$ 1.077.000'], ['IVA 19%', '$ 204.630'], ['Total', '$ 1.281.630']];
    expect(currency(rows, ['CUIT: 30-71184477-5'])).toBe('ARS');
    expect(currency(rows, ['S.I.I. - SANTIAGO CENTRO'])).toBe('CLP');
    expect(currency(rows, ['Resolución DIAN No. 18764000001187'])).toBe('COP');
    expect(currency(rows, ['Resolución DGI N° 4471/2023'])).toBe('UYU');
    expect(currency(rows, ['RFC: ABC010203XY1'])).toBe('MXN');
    expect(currency(rows, ['Austin, TX 78701, USA'])).toBe('USD');
  });
});

describe('party labels', () => {
  const buyer = (window: string[]) => read({ window }).buyer.name;

  it('buyer labels of the Balkans, above the name or before it', () => {
    expect(buyer(['Blerësi', 'Hotel Bregdeti Sh.a.', 'Lungomare, Vlorë'])).toBe('Hotel Bregdeti Sh.a.');
    expect(buyer(['Blerësi: Hotel Bregdeti Sh.a.', 'Lungomare, Vlorë'])).toBe('Hotel Bregdeti Sh.a.');
    expect(buyer(['Купувач:', 'Хотел Охридска Бисера ДОО', 'ул. Кеј Македонија 10'])).toBe('Хотел Охридска Бисера ДОО');
    expect(buyer(['Купац: Књижара Светионик д.о.о.', 'Кнеза Михаила 21'])).toBe('Књижара Светионик д.о.о.');
  });

  it('Latin American buyer labels', () => {
    expect(buyer(['Señor(es): HOTEL PLAZA AREQUIPA E.I.R.L.', 'Portal de Flores 118'])).toBe('HOTEL PLAZA AREQUIPA E.I.R.L.');
    expect(buyer(['SEÑORES:', 'Constructora Pehuén Limitada', 'Los Aromos 220, Temuco'])).toBe('Constructora Pehuén Limitada');
    expect(buyer(['Adquiriente: Hoteles Caribe Dorado S.A.S.', 'Santa Marta'])).toBe('Hoteles Caribe Dorado S.A.S.');
  });

  it('a name wrapped under where it starts, its label in a cell of its own set close', () => {
    const wrapped = (label: string, name: string, rest: string) => read({ window: [' '], extra: [d(22, 52, label), d(22.8 + 1.65 * label.length, 52, name), d(22.8 + 1.65 * label.length, 56.5, rest), d(22, 61, 'Los Aromos 220, Temuco')] }).buyer.name;
    expect(wrapped('SEÑOR(ES):', 'CONSTRUCTORA PEHUÉN', 'LIMITADA')).toBe('CONSTRUCTORA PEHUÉN LIMITADA');
    expect(wrapped('Cliente:', 'Hoteles Caribe Dorado', 'S.A.S.')).toBe('Hoteles Caribe Dorado S.A.S.');
  });

  it('company forms of the Balkans and Latin America end a letterhead\'s name', () => {
    const seller = (letterhead: string[]) => read({ letterhead }).seller.name;
    expect(seller(['Винарска визба Лозар ДООЕЛ', 'ул. Илинденска 41, 1430 Кавадарци'])).toBe('Винарска визба Лозар ДООЕЛ');
    expect(seller(['Tostadora Café Sierra Nevada', 'S.A.S.', 'NIT 901.118.447-3'])).toBe('Tostadora Café Sierra Nevada S.A.S.');
    expect(seller(['Agro Drini Sh.p.k.', 'Rruga e Kalasë 14, Lezhë'])).toBe('Agro Drini Sh.p.k.');
    expect(seller(['Штампарија Дунав д.о.о.', 'Булевар ослобођења 88, 21000 Нови Сад'])).toBe('Штампарија Дунав д.о.о.');
  });

  it('seller labels of the Balkans', () => {
    const seller = (row: string) => read({ letterhead: ['FATURË', ' '], extra: [d(22, 30, row)] }).seller.name;
    expect(seller('Shitësi: Agro Drini Sh.p.k.')).toBe('Agro Drini Sh.p.k.');
    expect(seller('Продавац: Штампарија Дунав д.о.о.')).toBe('Штампарија Дунав д.о.о.');
  });

  it('a buyer read as a tax id\'s label is named in doubt', () => {
    const doubt = (window: string[]) => {
      const inv = read({ window });
      return [inv.buyer.name, guessesOf(inv)['buyer.name'] ?? null];
    };
    expect(doubt(['NIT Dirección', 'Carrera 1 # 10-22'])).toEqual(['NIT Dirección', '"NIT Dirección" holds a tax id\'s label']);
    expect(doubt(['Customer TRN', '100223344556677'])).toEqual(['TRN', '"TRN" holds a tax id\'s label']);
    expect(doubt(['Nitrogen Supplies Ltd', '4 Dock Road'])).toEqual(['Nitrogen Supplies Ltd', null]);
  });
});

describe('a Western invoice read without its seller', () => {
  it('names seller.name among the missing fields', () => {
    const inv = { ...emptyInvoice(), number: '2025-0447', date: '2025-11-14', currency: 'MKD', amount: 100, taxAmount: 18, totalAmount: 118 };
    const checks = runChecks(inv, new Date('2026-01-01'));
    expect(fieldsInDoubt(checks)).toContain('seller.name');
    expect(fieldsInDoubt(runChecks({ ...inv, seller: { ...inv.seller, name: 'Винарска визба Лозар ДООЕЛ' } }, new Date('2026-01-01')))).not.toContain('seller.name');
  });
});

describe('a page whose money has no cents, its descriptions sizes with decimals', () => {
  const doubt = (item: string) => {
    const pages = toPageText(letterPage({ extra: [d(22, 117, item)] }, {
      letterhead: ['Comercial Andes Sur SpA', 'Av. Vicuña Mackenna 4471, Santiago'], window: ['Constructora Pehuén Limitada', 'Los Aromos 220, Temuco'],
      item: ['Fierro corrugado 12 mm x 6 m', '1.077.000'], totals: [['MONTO NETO $', '1.077.000'], ['I.V.A. 19% $', '204.630'], ['TOTAL $', '1.281.630']],
    }), 210, 297).map((t) => ({ ...t, visibleText: true }));
    const [part] = invoiceFromPages(pages);
    return [part!.invoice.totalAmount, guessesOf(part!.invoice).totalAmount ?? null];
  };

  it('leaves the whole-number total out of doubt: "1,22 x 2,44", "0,75 l" are no cents', () => {
    expect(doubt('Placa OSB 15 mm 1,22 x 2,44 / Cubrecama 1.50 x 2.00 m')).toEqual([1281630, null]);
    expect(doubt('Vino tinto 0,75 l / Aceite 1,5 l')).toEqual([1281630, null]);
  });

  it('still doubts it when other figures of the page have cents', () => {
    expect(doubt('Flete 12.500,50 / seguro 3.100,75')[1]).toMatch(/without the cents/);
  });
});
