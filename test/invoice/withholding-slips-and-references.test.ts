/**
 * What professional and wholesale invoices print around their totals and parties: an income tax the
 * customer withholds before paying, reference labels of the Nordic info block, a letterhead row that runs
 * on into its address, a street without its number under a buyer's name. One class varied at a time on
 * the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('an income tax withheld by the customer', () => {
  // The total is the gross, net + VAT, before the withholding (EN 16931 BT-112): not the amount to pay.
  it.each([
    ['Italian ("Ritenuta d\'acconto", then "Netto a pagare")', [['Imponibile IVA', '€ 2.080,00'], ['IVA 22%', '€ 457,60'], ['Totale fattura', '€ 2.537,60'], ['Ritenuta d\'acconto 20% su € 2.000,00', '- € 400,00'], ['Netto a pagare', '€ 2.137,60']], [2080, 457.6, 2537.6]],
    ['English ("Withholding tax 10%", then "Amount payable")', [['Subtotal', '1,000.00'], ['VAT 23 %', '230.00'], ['Invoice total', '1,230.00'], ['Withholding tax 10%', '-100.00'], ['Amount payable', '1,130.00']], [1000, 230, 1230]],
    ['Portuguese ("Retenção na fonte IRS", then "Total a pagar")', [['Total ilíquido', '1.500,00 €'], ['IVA 23%', '345,00 €'], ['Total do documento', '1.845,00 €'], ['Retenção na fonte IRS 11,5%', '-172,50 €'], ['Total a pagar', '1.672,50 €']], [1500, 345, 1845]],
    ['Spanish, the gross not printed ("IRPF -15%", then "Total")', [['Base imponible', '1.100,00 €'], ['IVA 21%', '231,00 €'], ['IRPF -15%', '-165,00 €'], ['Total', '1.166,00 €']], [1100, 231, 1331]],
    ['Swiss ("Quellensteuer 10 %", then "Zahlbetrag")', [['Honorar netto', 'CHF 2\'000.00'], ['MWST 8.1 %', 'CHF 162.00'], ['Quellensteuer 10 %', '-CHF 200.00'], ['Zahlbetrag', 'CHF 1\'962.00']], [2000, 162, 2162]],
    ['Italian, the gross not printed ("Ritenuta d\'acconto", then "Netto a pagare")', [['Imponibile', '€ 1.500,00'], ['IVA 22%', '€ 330,00'], ['Ritenuta d\'acconto 20%', '-€ 300,00'], ['Netto a pagare', '€ 1.530,00']], [1500, 330, 1830]],
  ] as const)('%s: the total is the gross before it', (_, totals, want) => {
    const inv = read({ totals: totals as unknown as Array<[string, string]> });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(want);
  });

  it('a to-pay figure that net, VAT and the withholding do not explain is left as read', () => {
    const inv = read({ totals: [['Base imponible', '1.100,00 €'], ['IVA 21%', '231,00 €'], ['IRPF -15%', '-165,00 €'], ['Total', '1.200,00 €']] });
    expect(inv.totalAmount).toBe(1200);
  });

  it('VAT a public body withholds (split payment) leaves the document\'s total', () => {
    const inv = read({ totals: [['Imponibile', '5.150,00'], ['IVA 22%', '1.133,00'], ['Totale documento', '6.283,00'], ['IVA scissione dei pagamenti', '-1.133,00'], ['Netto a pagare', '5.150,00']] });
    expect(inv.totalAmount).toBe(6283);
  });
});

describe('the parties', () => {
  it('"Er referens" / "Vår referens" label the info block at the right, the window under it is the buyer\'s', () => {
    const inv = read({
      window: [],
      info: [['Fakturanr', '40118'], ['Fakturadatum', '2025-11-25'], ['Er referens', 'Karin Lindqvist'], ['Vår referens', 'Erik Sandberg']],
      extra: [d(120, 70, 'Bostadsrättsföreningen Tallen 4'), d(120, 74.5, 'Box 4012'), d(120, 79, '904 03 Umeå')],
    });
    expect(inv.buyer.name).toBe('Bostadsrättsföreningen Tallen 4');
  });

  it('a letterhead row that runs on past a separator into its address: the name ends with its form', () => {
    const inv = read({ letterhead: ['Pennine Garden Wholesale', 'Pennine Garden Wholesale Ltd · Moor Lane', 'Industrial Estate · Huddersfield HD4 6QT'] });
    expect(inv.seller.name).toBe('Pennine Garden Wholesale Ltd');
  });

  it('a street without its number under the buyer\'s name in a narrow box is its address, not the name\'s end', () => {
    const inv = read({
      window: [],
      extra: [d(22, 48, 'Invoice Address'), d(22, 52.5, 'Greenacre Nurseries'), d(22, 57, 'Holme Valley Road'), d(22, 61.5, 'Holmfirth HD9 2JR'),
        d(60, 48, 'Delivery Address'), d(60, 52.5, 'Greenacre Shop'), d(60, 57, 'Station Road'), d(60, 61.5, 'Holmfirth HD9 1AA')],
    });
    expect(inv.buyer.name).toBe('Greenacre Nurseries');
  });

  it('a professional\'s letterhead with its register line, the customer\'s company under "Spett.le" at the right', () => {
    const inv = read({
      letterhead: ['Ing. Paolo Ferretti', 'Studio tecnico di ingegneria strutturale', 'Via Emilia Ponente 214 · 40133 Bologna', 'Iscritto all\'Ordine degli Ingegneri di Bologna n. 6124/A'],
      window: [],
      info: [],
      extra: [d(120, 44, 'Spett.le'), d(120, 48.5, 'Edilcasa Costruzioni S.r.l.'), d(120, 53, 'Via del Lavoro 8'), d(120, 57.5, '40057 Granarolo dell\'Emilia (BO)'), d(22, 75, 'Fattura n. 27/2025 del 20/11/2025')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Ing. Paolo Ferretti', 'Edilcasa Costruzioni S.r.l.']);
  });

  it('a partnership\'s name wrapped before its "& C." ("… S.n.c. di Bonetti" over "Luca & C.")', () => {
    const inv = read({ window: ['Cessionario / Committente', 'Ferramenta Bonetti S.n.c. di Bonetti', 'Luca & C.', 'Via Roma 112', '24047 Treviglio (BG)'] });
    expect(inv.buyer.name).toBe('Ferramenta Bonetti S.n.c. di Bonetti Luca & C.');
  });

  it('a letterhead in capitals with its "S.p.A.", written as a name in the footer: the name as written', () => {
    const inv = read({ letterhead: ['CARTOTECNICA LOMBARDA S.p.A.', 'Via per Cassano 61 – 20062 Cassano d\'Adda (MI)'], extra: [d(22, 280, 'Cartotecnica Lombarda S.p.A. – Capitale sociale € 1.200.000,00 i.v.')] });
    expect(inv.seller.name).toBe('Cartotecnica Lombarda S.p.A.');
  });
});

describe('numbers, dates and taxes', () => {
  it('a repair order\'s date ("Ordre de réparation 8812 du 10.11.2025") is not the letter\'s ("Pully, le 12 novembre 2025")', () => {
    const inv = read({ info: [], underTitle: ['Ordre de réparation 8812 du 10.11.2025'], extra: [d(140, 75, 'Pully, le 12 novembre 2025'), d(22, 80, 'Facture N° 25-4410')] });
    expect(inv.date).toBe('2025-11-12');
  });

  it('a Portuguese series with its year ("N.º FT A/2025/188")', () => {
    const inv = read({ info: [], extra: [d(160, 15, 'FATURA'), d(150, 20, 'N.º FT A/2025/188'), d(150, 25, 'Data: 21-11-2025')] });
    expect(inv.number).toBe('FT A/2025/188');
  });

  it('a tax printed among the items and again in the totals is one tax', () => {
    const inv = read({
      extra: [d(22, 117, 'Sales tax 6.25% on materials'), d(175, 117, '203.13')],
      totals: [['Subtotal', '1,240.00'], ['Sales Tax', '203.13'], ['Invoice Total', '1,443.13']],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 203.13, 1443.13]);
  });
});

describe('another currency', () => {
  it('a USD invoice\'s VAT box in EUR ("Net amount in EUR" over its figure) leaves the USD totals', () => {
    const inv = read({
      info: [['Invoice Number', 'SDS-2025-0644'], ['Currency', 'USD']],
      totals: [['Net Amount', 'USD 4,200.00'], ['VAT @ 23%', 'USD 966.00'], ['Total Due', 'USD 5,166.00']],
      extra: [d(22, 160, 'For Irish VAT purposes, EUR 1 = USD 1.0842'), d(22, 166, 'Net amount in EUR'), d(80, 166, 'EUR'), d(75, 170, '3,873.82'),
        d(22, 176, 'VAT in EUR'), d(80, 176, 'EUR'), d(77, 180, '890.98'), d(22, 186, 'Total in EUR'), d(80, 186, 'EUR'), d(75, 190, '4,764.80')],
    });
    expect([inv.currency, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['USD', 4200, 966, 5166]);
  });
});

describe('a name wrapped at the page\'s edge', () => {
  it('a street with its number reaching further right does not stop the name\'s wrap ("Tecnoporto Soluções" over "Informáticas, Lda.")', () => {
    const inv = read({
      window: [],
      info: [],
      extra: [d(150, 44, 'Exmo.(s) Sr.(s)'), d(150, 48.5, 'Tecnoporto Soluções'), d(150, 53, 'Informáticas, Lda.'), d(150, 57.5, 'Avenida da Boavista 1837, 5.º'), d(150, 62, '4100-133 Porto')],
    });
    expect(inv.buyer.name).toBe('Tecnoporto Soluções Informáticas, Lda.');
  });

  it('a person over a trade name at the page\'s edge stays two rows, a longer street under them notwithstanding', () => {
    const inv = read({
      window: [],
      info: [],
      extra: [d(150, 44, 'CLIENTE'), d(150, 48.5, 'María Soledad Pons Ferrer'), d(150, 53, 'Droguería Marisol'), d(150, 57.5, 'C/ Mayor 41, bajo, Algemesí'), d(150, 62, '46680 Algemesí (Valencia)')],
    });
    expect(inv.buyer.name).toBe('María Soledad Pons Ferrer');
  });
});
