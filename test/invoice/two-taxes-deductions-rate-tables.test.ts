/**
 * What the hundredth to hundred-and-second batches of unseen supplier invoices (two sales taxes, deposits and
 * advances deducted, Asia-Pacific pages, several VAT rates in one table, discounts and carriage before the net)
 * printed that the parser misread. One class varied at a time, read as a text layer gives it; names and figures
 * are not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];
/** A totals block at the right: one label and its figure a row, from the given height down. */
const totalsBlock = (rows: Array<[string, string]>, top = 150, x = 110) => rows.flatMap(([label, figure], i) => [d(x, top + 6 * i, label), d(170, top + 6 * i, figure)]);

describe('a reference that opens with a currency\'s code', () => {
  const page = (po: string, total: string) => parse([
    d(60, 16, 'LUZON PACKAGING SUPPLY INC.', 5), d(60, 23, '45 Ortigas Ave., Pasig City 1605'),
    d(18, 40, 'SALES INVOICE', 5), d(150, 40, 'No. 008812'), d(150, 46, 'Date: October 3, 2025'),
    d(18, 55, 'Sold to:'), d(45, 55, 'Bicol Coconut Traders Corporation'), d(18, 61, 'P.O. No.:'), d(45, 61, po),
    d(18, 80, 'ARTICLES'), d(170, 80, 'AMOUNT'), d(18, 86, 'Printed cartons'), d(170, 86, '12,000.00'),
    ...totalsBlock([['VATable Sales', '12,000.00'], ['VAT Amount', '1,440.00'], ['TOTAL AMOUNT DUE', total]], 110),
  ]);

  it('names no currency: the peso\'s sign does', () => {
    expect(page('CHF-25-0417', '₱ 13,440.00').currency).toBe('PHP');
    expect(page('EUR-PO-3318', '₱ 13,440.00').currency).toBe('PHP');
  });

  it('a code beside a figure still names its currency (control)', () => {
    expect(page('PO 3318', 'CHF 13,440.00').currency).toBe('CHF');
    expect(page('CHF-25-0417', 'CHF 13,440.00').currency).toBe('CHF');
  });
});

describe('a title with its qualifier over a bare number label', () => {
  const page = (title: string) => parse([
    d(50, 16, 'PRAIRIE BOILER WORKS LTD.', 5), d(40, 23, '12 Dewdney Avenue, Regina, Saskatchewan S4R 1G5'),
    d(18, 38, 'Customer:'), d(125, 38, title, 4.5), d(18, 44, 'Wascana Seniors Residence Inc.'), d(125, 44, 'No.: PBW-25-1187'),
    d(18, 49, '2200 College Avenue'), d(125, 49, 'Date: Oct 21, 2025'), d(18, 54, 'Regina, SK S4P 1C6'),
    d(18, 70, 'Description'), d(170, 70, 'Amount'), d(18, 76, 'Boiler inspection and repair'), d(170, 76, '1,500.00'),
    ...totalsBlock([['Subtotal', '1,500.00'], ['GST 5%', '75.00'], ['PST 6%', '90.00'], ['TOTAL CAD', '1,665.00']], 100),
  ]);

  it('reads the number under "SERVICE INVOICE", "SALES INVOICE", "COMMERCIAL INVOICE"', () => {
    expect(page('SERVICE INVOICE').number).toBe('PBW-25-1187');
    expect(page('SALES INVOICE').number).toBe('PBW-25-1187');
    expect(page('Commercial Invoice').number).toBe('PBW-25-1187');
  });

  it('not under a heading that is no title (control)', () => {
    expect(page('SERVICE REPORT').number).toBeNull();
  });
});

describe('carriage between the items\' sum and the total, in the languages\' own words', () => {
  const page = (charge: string) => parse([
    d(18, 16, 'Livraria Atlântica, Lda.', 5), d(150, 16, 'FATURA'), d(150, 22, 'FT 2025/0412'), d(150, 28, 'Data: 2025-10-14'),
    d(110, 45, 'Escola Básica do Restelo, Lda.'), d(110, 50, 'Rua do Restelo 3'), d(110, 55, '1400-001 Lisboa'),
    d(18, 75, 'Descrição'), d(170, 75, 'Valor'), d(18, 81, 'Dicionários escolares'), d(170, 81, '1.000,00'),
    ...totalsBlock([['Total ilíquido', '1.000,00'], ['Desconto comercial', '100,00'], [charge, '50,00'], ['Total IVA', '218,50'], ['Total a pagar (EUR)', '1.168,50']], 100),
  ]);

  it('reads the net as the total less the tax: the discount off, the carriage in', () => {
    expect(totals(page('Portes'))).toEqual([950, 218.5, 1168.5]);
    expect(totals(page('Spese di trasporto'))).toEqual([950, 218.5, 1168.5]);
    expect(totals(page('Fragt'))).toEqual([950, 218.5, 1168.5]);
  });

  it('a line that is no charge leaves the net as labelled (control)', () => {
    expect(page('Pagamento a 30 dias').amount).toBe(1000);
  });
});

describe('a total labelled with the tax it includes in brackets, over per-rate totals without cents', () => {
  const page = (label: string) => parse([
    d(18, 16, 'Hokuto Stationery Co., Ltd.', 4), d(160, 16, 'INVOICE', 5), d(18, 22, 'Registered No. T5010001098765'),
    d(150, 24, 'No. HS-2510-114'), d(150, 29, 'Date: Oct. 20, 2025'), d(120, 38, 'Kanda Print Works Inc.'), d(176, 38, 'Messrs.'),
    d(18, 60, 'Item'), d(160, 60, 'Amount'), d(18, 66, 'Ballpoint pens, 50 boxes'), d(160, 66, '40,000'), d(18, 72, 'Coffee beans 1 kg *'), d(160, 72, '10,000'),
    d(100, 85, 'Amount (excl. tax)'), d(150, 85, 'Consumption tax'),
    d(58, 91, '10% items'), d(132, 91, '40,000'), d(178, 91, '4,000'), d(58, 97, '8% items (reduced)'), d(132, 97, '10,000'), d(178, 97, '800'),
    d(58, 103, 'Total'), d(132, 103, '50,000'), d(178, 103, '4,800'), d(58, 109, label), d(174, 109, '54,800'),
  ]);

  it('reads the total, and the net and tax from the "Total" row that makes it', () => {
    expect(totals(page('Total amount (tax included) JPY'))).toEqual([50000, 4800, 54800]);
    expect(totals(page('Total (consumption tax included)'))).toEqual([50000, 4800, 54800]);
  });
});

describe('an advance deducted under a total with no total\'s word', () => {
  const page = (sum: string) => parse([
    d(18, 16, 'Jämtlands Snickeri AB', 5), d(120, 16, 'SLUTFAKTURA', 4.5), d(120, 23, 'Fakturanr'), d(150, 23, '30512'), d(120, 28, 'Fakturadatum'), d(150, 28, '2025-10-30'),
    d(115, 45, 'Brf Storsjöutsikten'), d(115, 50, 'Kyrkgatan 4'), d(115, 55, '831 34 Östersund'),
    d(18, 75, 'Beskrivning'), d(170, 75, 'Belopp'), d(18, 81, 'Fönsterbyte enligt offert'), d(170, 81, '40 000,00'),
    ...totalsBlock([['Belopp exkl. moms', '40 000,00'], ['Moms 25 %', '10 000,00'], [sum, '50 000,00'], ['Avgår förskottsfaktura 30488', '-15 000,00'], ['Att betala SEK', '35 000,00']], 100),
    d(18, 200, 'Bankgiro 5050-1234 · Godkänd för F-skatt'),
  ]);

  it('reads the total as the figure above the deduction that net and tax make', () => {
    expect(totals(page('Summa'))).toEqual([40000, 10000, 50000]);
    expect(totals(page('Att fakturera'))).toEqual([40000, 10000, 50000]);
  });
});

describe('an Italian e-invoice\'s type code after its title', () => {
  const page = (type: string) => parse([
    d(18, 16, 'Vetreria Muranese S.r.l.', 5), d(18, 23, 'Fondamenta Navagero 12, 30141 Venezia'), d(18, 28, 'P.IVA 04123450278'),
    d(110, 16, 'Spett.le'), d(110, 21, 'Ristorante Al Ponte S.r.l.'), d(110, 26, 'Calle Larga 5, 30124 Venezia'),
    d(18, 45, 'Tipo documento'), d(70, 45, 'Numero'), d(110, 45, 'Data'), d(18, 51, type), d(70, 51, '211/2025'), d(110, 51, '14/10/2025'),
    d(18, 70, 'Descrizione'), d(170, 70, 'Importo'), d(18, 76, 'Bicchieri soffiati'), d(170, 76, '800,00'),
    ...totalsBlock([['Imponibile', '800,00'], ['IVA 22%', '176,00'], ['Totale documento €', '976,00']], 100),
  ]);

  it('is no number: the number column\'s is', () => {
    expect(page('Fattura TD01').number).toBe('211/2025');
    expect(page('Fattura TD24').number).toBe('211/2025');
  });
});

describe('US jurisdictions\' sales taxes, each on its own line, beside a note at the left', () => {
  const page = (note: string) => parse([
    d(18, 14, 'Mesa Verde Tools, LLC', 5), d(130, 14, 'INVOICE'), d(130, 20, 'Invoice No.'), d(172, 20, 'MV-3318'), d(130, 25, 'Invoice Date'), d(172, 25, '09/18/2025'),
    d(18, 45, 'SOLD TO'), d(18, 50, 'Canyon Creek Outfitters Inc.'), d(18, 55, '410 Main St'), d(18, 60, 'Durango, CO 81301'),
    d(18, 80, 'Description'), d(176, 80, 'Ext. Price'), d(18, 86, 'Cordless drill kit'), d(184, 86, '1,000.00'),
    d(18, 110, note), d(120, 110, 'Merchandise Subtotal'), d(179, 110, '1,000.00'), d(120, 116, 'Shipping & Handling'), d(185, 116, '30.00'),
    d(120, 122, 'Colorado State Tax'), d(185, 122, '29.00'), d(120, 127, '2.9%'), d(120, 133, 'La Plata County Tax'), d(185, 133, '20.00'), d(120, 138, '2%'),
    d(120, 144, 'City of Durango Tax'), d(185, 144, '39.00'), d(120, 149, '3.9%'), d(120, 155, 'Invoice Total'), d(176, 155, '1,118.00'),
    d(120, 161, 'BALANCE DUE'), d(174, 161, '$1,118.00'),
  ]);

  it('sums the state, county and city taxes; the note\'s tax word takes no figure', () => {
    expect(totals(page('Sales tax computed on merchandise only.'))).toEqual([1030, 88, 1118]);
  });
});

describe('a Spanish totals row: a base and a quota per rate and the total, over one row of figures', () => {
  const page = (headers: Array<[string, string]>, figures: string[]) => parse([
    d(18, 16, 'Frutas del Segura, S.L.', 5), d(108, 16, 'FACTURA'), d(150, 16, 'FECHA'), d(108, 21, 'FS25-0711'), d(150, 21, '20/10/2025'),
    d(108, 32, 'Hotel Mar Menor, S.A.'), d(108, 37, 'Av. del Puerto 3, 30740 San Pedro del Pinatar'),
    d(18, 60, 'Descripción'), d(170, 60, 'Importe'), d(18, 66, 'Naranjas, caja 15 kg'), d(172, 66, '500,00'), d(18, 72, 'Servicio de reparto'), d(172, 72, '200,00'),
    ...headers.flatMap(([word, rate], k) => [d(20 + 26 * k, 90, word), ...(rate ? [d(22 + 26 * k, 95, rate)] : [])]),
    ...figures.map((f, k) => d(18 + 26 * k, 101, f)),
  ]);

  it('reads the net as the bases\' sum, the tax as the quotas\', the total as printed', () => {
    const inv = page([['Base', '4%'], ['Cuota', '4%'], ['Base', '21%'], ['Cuota', '21%'], ['TOTAL', 'FACTURA']], ['500,00', '20,00', '200,00', '42,00', '762,00 €']);
    expect(totals(inv)).toEqual([700, 62, 762]);
  });

  it('figures that do not add up leave the totals unread (control)', () => {
    const inv = page([['Base', '4%'], ['Cuota', '4%'], ['Base', '21%'], ['Cuota', '21%'], ['TOTAL', 'FACTURA']], ['500,00', '20,00', '200,00', '42,00', '800,00 €']);
    expect(totals(inv)).toEqual([null, null, null]);
  });
});

describe('a letterhead\'s name with its registration after the company form on its row', () => {
  const page = (head: string) => parse([
    d(17, 16, head), d(17, 22, 'Lot 12, Jalan Perusahaan 3, 81400 Senai, Johor'), d(17, 27, 'SST Registration No.: J31-1809-32000551 · Tel: 07-555 0144'),
    d(95, 34, 'INVOICE', 5), d(19, 42, 'To:'), d(124, 42, 'Invoice No. :'), d(19, 47, 'Tebrau Food Packaging Sdn. Bhd.'), d(124, 47, 'SPE/INV/2510/0118'),
    d(19, 52, 'No. 8, Jalan Tampoi 4, 81200 Johor Bahru'), d(124, 52, 'Date : 14/10/2025'), d(124, 57, 'Your Ref : PO-TFP-2231'),
    d(19, 72, 'Description'), d(173, 72, 'Amount'), d(19, 78, 'Mould repair service'), d(173, 78, '4,000.00'),
    ...totalsBlock([['Sub Total', '4,000.00'], ['Service Tax @ 8%', '320.00'], ['Total Payable (RM)', '4,320.00']], 100),
  ]);

  it('is the seller, the registration cut', () => {
    expect(page('SENAI PLASTIC ENGINEERING SDN. BHD. (Registration No. 201901017733 (1327781-W))').seller.name).toBe('SENAI PLASTIC ENGINEERING SDN. BHD.');
    expect(page('Senai Plastic Engineering Sdn. Bhd. (Company Registration No. 201901017733)').seller.name).toBe('Senai Plastic Engineering Sdn. Bhd.');
  });

  it('a row too long without its registration is no letterhead name still (control)', () => {
    expect(page('SENAI PLASTIC ENGINEERING AND INDUSTRIAL MOULD FABRICATION SERVICES SDN. BHD. (Registration No. 201901017733)').seller.name).not.toMatch(/SENAI/);
  });
});
