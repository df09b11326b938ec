/**
 * A scanned page whose currency sign OCR lost ("Totale documento €" read "Totale documento", "€" read "E",
 * "NOK" read "NoK"): the currency the page names in ways a scan keeps, when all of them agree.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { textParts } from '../../src/extract/text-parts.js';
import { ocrItem, a4 } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** An invoice as OCR read it: its letterhead's `id` row, its totals' labels (`total`), its payment row (`pay`). */
function page(id: string, total: string, pay: string, source: 'text' | 'ocr' = 'ocr'): PageText {
  const r = source === 'ocr' ? row : (x: number, y: number, text: string): TextItem => ({ ...row(x, y, text), confidence: undefined });
  const items = [
    r(20, 20, 'Officine Riva S.r.l.'), r(20, 25, 'Via Emilia 215 - 40068 San Lazzaro di Savena (BO)'), r(20, 30, id),
    r(118, 40, 'Spett.le'), r(118, 45, 'Trattoria Al Portico di Neri Paolo'), r(118, 50, 'Via Saragozza 40'), r(118, 55, '40123 Bologna (BO)'),
    r(20, 70, 'Fattura n. 318/B del 14/04/2025'),
    r(22, 80, 'Descrizione'), r(170, 80, 'Importo'),
    r(22, 88, 'Manutenzione impianto frigorifero'), r(170, 88, '1.050,00'),
    r(110, 112, 'Totale imponibile'), r(172, 112, '1.050,00'),
    r(110, 119, 'IVA 22%'), r(176, 119, '231,00'),
    r(110, 126, total), r(172, 126, '1.281,00'),
    r(20, 140, pay),
  ];
  return a4(items);
}

const read = (p: PageText, source: 'text' | 'ocr' = 'ocr') => textParts([p], source, []).find((x) => x.source === source)!.invoice;

describe('a currency sign OCR lost', () => {
  it("reads Italy's VAT number, the bank account's country, a code's small letters, a VAT id's zero for O", () => {
    const it1 = read(page('P.IVA 01234560375 - C.F. 01234560375', 'Totale documento', 'Pagamento: bonifico bancario a 30 gg d.f.'));
    expect(it1.currency).toBe('EUR');
    expect(it1.totalAmount).toBe(1281);
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Bonifico entro 30 giorni: BAN IT02 L030 6902 6001 0000 0012 345')).currency).toBe('EUR');
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'IBAN ES33 3001 0022 4410 2200 1187')).currency).toBe('EUR');
    expect(read(page('Tel. 051 624 8810', 'Å betale NoK', 'Kontonr. 1503 22 48871')).currency).toBe('NOK');
    expect(read(page('CIF: R034567812', 'Total de plata', 'Termen de plata: 21.06.2025')).currency).toBe('RON');
  });

  it("reads Spain's company tax number, a letter and eight characters, and not Romania's, figures", () => {
    expect(read(page('Hostal Riva, S.L. · CIF B18776452', 'TOTAL FACTURA', 'Pagado con tarjeta')).currency).toBe('EUR');
    expect(read(page('C.I.F.: A-28119904', 'TOTAL FACTURA', 'Pagado con tarjeta')).currency).toBe('EUR');
    expect(read(page('CIF 18547290', 'Total de plata', 'Termen de plata: 21.06.2025')).currency).toBeNull();
    expect(read(page('Hostal Riva, S.L. · CIF B18776452', 'TOTAL FACTURA', 'Pagado con tarjeta'), 'text').currency).toBeNull();
  });

  it("reads a code's O read as a zero, and the złoty's ł read as a t after a figure", () => {
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Alle beløp i N0K.')).currency).toBe('NOK');
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Do zapłaty: 1 281,00 zt')).currency).toBe('PLN');
    // A Canadian postcode ("N0K 1A0") is no code; a code the text layer reads only beside a figure ("R0N") is not read alone.
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Stratford ON N0K 1A0')).currency).toBeNull();
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Sediul: R0N')).currency).toBeNull();
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Alle beløp i N0K.'), 'text').currency).toBeNull();
  });

  it('reads none where the page names none, where its evidence disagrees, or from a text layer', () => {
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Pagamento: bonifico bancario a 30 gg d.f.')).currency).toBeNull();
    expect(read(page('P.IVA 01234560375', 'Totale documento', 'IBAN GB29 NWBK 6016 1331 9268 19')).currency).toBeNull();
    // A word of three letters, no figure beside it ("Nok" of a name), or a code in capitals the parser read already.
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Riferimento: Nok Trading')).currency).toBeNull();
    expect(read(page('Tel. 051 624 8810', 'Totale documento', 'Pagamento: bonifico bancario a 30 gg d.f.'), 'text').currency).toBeNull();
    expect(read(page('P.IVA 01234560375', 'Totale documento', 'Pagamento: bonifico bancario a 30 gg d.f.'), 'text').currency).toBeNull();
    // The page's own sign, kept: "Totale £" on an Italian seller's page.
    expect(read(page('P.IVA 01234560375', 'Totale documento £', 'Pagamento: bonifico bancario a 30 gg d.f.')).currency).toBe('GBP');
  });
});

describe("a naira's sign OCR read as a \"#\"", () => {
  // A Nigerian invoice's totals in naira ("₦2,150,000.00" read "#2,150,000.00") and its amount in words.
  const nigerian = (words: string) => a4([
    row(20, 20, 'Lagoon Generators & Solar Ltd'), row(160, 20, 'INVOICE'), row(20, 25, '12 Adeola Odeku Street, Victoria Island, Lagos'),
    row(140, 27, 'Invoice #: LGS-11-0882'), row(120, 32, 'Invoice Date: November 14, 2025'),
    row(20, 52, 'Billed To'), row(20, 57, 'Eko Bistro Limited'), row(20, 62, '5 Admiralty Way, Lekki Phase 1, Lagos'),
    row(20, 75, 'Description'), row(156, 75, 'Amount'),
    row(20, 83, '10 kVA hybrid solar inverter'), row(163, 83, '#1,700,000.00'),
    row(133, 102, 'Subtotal'), row(163, 102, '#2,000,000.00'),
    row(133, 109, 'VAT (7.5%)'), row(167, 109, '#150,000.00'),
    row(133, 116, 'Total Due #2,150,000.00'),
    row(20, 128, words),
  ]);

  it('reads the naira from the amount in words', () => {
    expect(read(nigerian('Amount in words: Two Million, One Hundred and Fifty Thousand Naira Only.')).currency).toBe('NGN');
  });

  it('reads none without it', () => {
    expect(read(nigerian('Thank you for your business.')).currency).toBeNull();
  });
});
