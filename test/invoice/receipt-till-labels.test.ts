/**
 * Malaysian till receipts' own ways of printing the total, the payment and the tax (classes met on real
 * SROIE receipts, varied here on made-up ones): terse labels ("DUE", "PAY", "TTL ATF RND", "NET AMT"),
 * a card terminal named "EDC", tax summaries read the other way round, a net or tax computed past a
 * rounding line or read from another row, address lines and figure lines taken for a customer, and
 * ringgit receipts that print no "RM". Read as an OCR'd page is: parts, then settle.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { checkTillArithmetic, parseReceiptText } from '../../src/invoice/receipt.js';
import { guessesOf, noteGuess } from '../../src/invoice/guesses.js';
import { emptyInvoice } from '../../src/invoice/model.js';

/** One text item per line, 5 mm apart; "  " splits a line into a label and its figure at the right. */
function page(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => line.split('  ').map((text, k, all) => ({
    text, x: k === 0 ? 5 : 60 - 10 * (all.length - 1 - k), y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95,
  })));
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items }];
}

function settled(lines: string[]) {
  const pages = page(lines);
  return settle({ parts: textParts(pages, 'ocr', []), pages: 1 }, new Date('2026-01-01'));
}

const HEAD = ['KEDAI RUNCIT MAJU SDN BHD', '(123456-A)', 'NO. 12, JALAN BESAR 3', '43000 KAJANG, SELANGOR', 'GST ID : 000123456789', 'TAX INVOICE', 'DATE: 23/02/2018 10:53'];

describe('terse till labels', () => {
  it('"DUE" is the amount to pay and "PAY" what was handed over', () => {
    const r = settled([...HEAD, 'BREAD  3  2.40  7.20 S', 'QTY  3  7.20', 'ROUNDING ADJ  0.00', 'DUE  7.20', 'PAY  10.00', 'CHANGE  2.80']);
    expect(r.invoice).toMatchObject({ date: '2018-02-23', totalAmount: 7.2 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"TTL ATF RND", the total after a "RND ADJ", is the total a "PAYMENT" less the change vouches for', () => {
    const r = settled([...HEAD, 'NASI LEMAK  1  9.34 S', 'TEH TARIK  1  37.55 S', 'TOTAL :  46.89', 'RND ADJ  0.01', 'TTL ATF RND  46.90', 'PAYMENT  56.90', 'CHANGE DUE  10.00']);
    expect(r.invoice.totalAmount).toBe(46.9);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"NET AMT" after "GROSS AMT" and the tax is the total when what was received less the change is it', () => {
    const r = settled([...HEAD, 'SEAL TAPE  3  1.00  3.00', 'GAS REFILL  2  12.90  25.80', 'GROSS AMT :  27.17', 'GST (6%) :  1.63', 'NET AMT:  28.80', 'RECEIVED  30.00', 'CHANGE :  1.20']);
    expect(r.invoice).toMatchObject({ totalAmount: 28.8, amount: 27.17, taxAmount: 1.63 });
    expect(r.status).toBe('ok');
  });

  it('cash handed over equal to the total, with no change printed, vouches for it; a figure of the footer is no tax', () => {
    const r = settled([...HEAD, 'V-POWER 97  100.00 A', 'TOTAL  RM  100.00', 'CASH  RM  100.00', '6.00% GST  A  RM  5.66', 'UNDER SECTION 56 (3) GST ACT 2014']);
    expect(r.invoice.totalAmount).toBe(100);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a faded total label', () => {
  it('"lotal Payable" (the T read as l) labels the total; a bare figure under it is not the total', () => {
    const r = settled([...HEAD, 'DETERGENT 3KG  21.90 S', 'RICE 10KG  32.00 Z', 'lotal Payable  53.90', 'VISA  53.90']);
    expect(r.invoice.totalAmount).toBe(53.9);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    expect(settled([...HEAD, 'DETERGENT 3KG  21.90 S', 'RICE 10KG  32.00 Z', 'lotal Payable  53.90', '59.90']).invoice.totalAmount).toBe(53.9);
  });
});

describe('a card terminal named EDC', () => {
  it('"EDC RM 96.90" pays the total: the tax "INCLUDED IN TOTAL" below it is not the total', () => {
    const r = settled([...HEAD, 'WALL CLOCK  2 X 32.00  64.00', 'MAGIC SEALER  1 X 32.90  32.90', 'ITEM(S) : 2  QTY(S) : 3', 'TOTAL INCL. GST@6%  RM 96.90', 'EDC  RM 96.90',
      'XXXXXXXXXXXX1308 (VISA)', 'GST @6% INCLUDED IN TOTAL  RM 5.48']);
    expect(r.invoice.totalAmount).toBe(96.9);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('an e-wallet pays the total as a card does', () => {
  it('"TOTAL SALE" that "E-WALLET" pays is the total, not the subtotal with the tax it includes added', () => {
    const r = settled([...HEAD, 'CURRY PUFF 2  4.40', 'SOY MILK 1  2.60', 'PREPAID RELOAD  10.00', 'Sub-Total  17.00', 'GST 6% (incl.)  0.40', 'TOTAL SALE  17.00', 'E-WALLET  17.00', 'CHANGE  0.00']);
    expect(r.invoice.totalAmount).toBe(17);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    const grab = settled([...HEAD, 'CURRY PUFF 2  4.40', 'SOY MILK 1  2.60', 'Sub-Total  7.00', 'GST 6% (incl.)  0.40', 'TOTAL SALE  7.00', 'GRABPAY  7.00']);
    expect(grab.invoice.totalAmount).toBe(7);
    expect(fieldsInDoubt(grab.checks)).not.toContain('totalAmount');
  });
});

describe('net and tax as the receipt prints them', () => {
  const lines = ['KEDAI RUNCIT MAJU SDN BHD', 'TOTAL  10.40', 'CASH  10.40', 'GST SUMMARY', 'CODE  %  NET AMT  GST  TOTAL(RM)', 'SR  6  9.81  0.59  10.40'];
  const reading = (amount: number, tax: number, total: number) => Object.assign(emptyInvoice('MYR'), { amount, taxAmount: tax, totalAmount: total });

  it('a net and a tax read in each other\'s place are put back: no tax is above its net', () => {
    expect(checkTillArithmetic(reading(0.59, 9.81, 10.4), lines.join('\n'))).toMatchObject({ amount: 9.81, taxAmount: 0.59, totalAmount: 10.4 });
  });

  it('a "tax" equal to the total is the total\'s figure: the tax is not known', () => {
    const text = ['KEDAI RUNCIT MAJU SDN BHD', 'TOTAL SALES EXCLUDING GST :  6.69', 'TOTAL SALES INCLUSLVE OF GST:  7.30', 'PAYMENT :  7.30', 'CHANGE DUE :  0.00'].join('\n');
    expect(checkTillArithmetic(reading(6.69, 7.3, 7.3), text)).toMatchObject({ amount: 6.69, taxAmount: null, totalAmount: 7.3 });
  });

  it('a tax of 0 stays beside items at a 0% rate: the figure after the rate is the amount taxed, not a tax', () => {
    const text = ['Renovatie badkamer  1  4.850,00  0% MC  4.850,00', 'Plaatsen sanitair  1  2.350,00  0% MC  2.350,00', 'Maatstaf van heffing  7.200,00', 'BTW 0%  0,00', 'Te betalen  7.200,00'].join('\n');
    expect(checkTillArithmetic(Object.assign(emptyInvoice('EUR'), { amount: 7200, taxAmount: 0, totalAmount: 7200 }), text)).toMatchObject({ amount: 7200, taxAmount: 0, totalAmount: 7200 });
  });

  it('a "tax" equal to the total is not known with no net read either', () => {
    const text = ['KEDAI RUNCIT MAJU SDN BHD', 'TOTAL INCLUDES GST 0%  0.90', 'CASH  5.00', 'CHANGE  4.10'].join('\n');
    expect(checkTillArithmetic(Object.assign(emptyInvoice('MYR'), { taxAmount: 0.9, totalAmount: 0.9 }), text).taxAmount).toBeNull();
  });

  it('a net equal to the total beside a tax stays when the page prints no figure that makes the total with the tax, and nothing vouches for the total', () => {
    expect(checkTillArithmetic(reading(26.2, 1.71, 26.2), ['SUB TOTAL  26.20', 'TOTAL  26.20', 'GST 7%  1.71'].join('\n'))).toMatchObject({ amount: 26.2, taxAmount: 1.71 });
  });

  it('a net equal to a total that paid less change vouches for, beside a tax, is the subtotal of prices with the tax in them: no net', () => {
    expect(checkTillArithmetic(reading(26.2, 1.71, 26.2), ['SUB TOTAL  26.20', 'TOTAL  26.20', 'CASH  30.00', 'CHANGE  3.80', 'GST 7%  1.71'].join('\n'))).toMatchObject({ amount: null, taxAmount: 1.71, totalAmount: 26.2 });
    const r = settled([...HEAD, 'EGG TART  4  1.20  4.80 SR', 'CHAR SIEW PAU  6  2.00  12.00 ZRL', 'SUBTOTAL :  16.80', 'TL :RM  16.80', '6% GST  0.27', 'CASH  20.00', 'CASH CHANGE  3.20']);
    expect(r.invoice).toMatchObject({ amount: null, taxAmount: 0.27, totalAmount: 16.8 });
    expect(r.status).toBe('ok');
  });

  it('a net above the total (the rate of a summary row read for it) is the printed figure that makes the total with the tax and the rounding', () => {
    const text = ['TOTAL :  2.99', 'TOTAL SALES INCLUSIVE GST :  2.99', 'ROUNDING ADJUSTMENT:  0.01', 'AMOUNT TO BE PAID :  3.00', 'CASH RECEIVED :  3.00', 'TAX CODE  %  TAXABLE AMOUNT  GST', 'SR  6.00  2.82  0.17'];
    expect(checkTillArithmetic(reading(6, 0.17, 3), text.join('\n'))).toMatchObject({ amount: 2.82, taxAmount: 0.17, totalAmount: 3 });
  });

  it('a tax computed from the net and a total a rounding line stands between is the one the tax line prints', () => {
    const r = settled([...HEAD, '9555223500000  24  2.58  61.99', 'SUB-TOTAL  61.99', 'DISC  0.00', 'GST  3.72', 'TAX  0.00', 'ROUNDING  -0.01', 'TOTAL  65.70', 'CASH  65.70', 'CHANGE  0.00']);
    expect(r.invoice).toMatchObject({ amount: 61.99, taxAmount: 3.72, totalAmount: 65.7 });
    expect(r.status).toBe('ok');
  });

  it('a net computed from a tax-inclusive total and its tax, a rounding line between, is unknown when the page prints none', () => {
    const r = settled([...HEAD, '1.00 X 6.00  6.00 Z', '2.00 X 4.51  9.01 *', 'ROUNDING :  -0.01', 'TOTAL:  15.00', '(GST  : 0.51)', 'CASH  20.00', 'CHANGE  5.00']);
    expect(r.invoice).toMatchObject({ amount: null, taxAmount: 0.51, totalAmount: 15 });
    expect(r.status).toBe('ok');
  });

  it('a tax computed with a service charge and a rounding in it is the one the tax line prints; the net takes the charge', () => {
    const r = settled([...HEAD, '1 SWEET SOUR FISH  38.00', '1 FRIED RICE L  42.00', 'Sub Total  80.00', 'Service Charge 10%  8.00', 'SST 6%  5.28', 'Rounding  0.02', 'Grand Total  93.30', 'Cash  150.00', 'Change  56.70']);
    expect(r.invoice).toMatchObject({ amount: 88, taxAmount: 5.28, totalAmount: 93.3 });
    expect(r.status).toBe('ok');
  });

  it('a net read from another row is the printed figure that makes a vouched total with the tax', () => {
    const r = settled([...HEAD, 'MEE GORENG  2  12.00  24.00', 'TEH O AIS  2  2.50  5.00', 'RM 29.00', 'SUB TOTAL:', 'RM 2.90', 'SERVICE CHARGE:  RM 31.90', 'TOTAL SALES (EXCL. GST)',
      'GST 6% ON RM 31.90  RM 1.91', 'TOTAL SALES (INCL. GST 6%)  RM 33.81', 'ROUNDING ADJUSTMENT :  RM -0.01', 'TOTAL  RM 33.80', 'CASH  RM 50.00', 'CHANGE  RM 16.20']);
    expect(r.invoice).toMatchObject({ amount: 31.9, taxAmount: 1.91, totalAmount: 33.8 });
    expect(r.status).toBe('ok');
  });
});

describe('a till receipt that prints no tax', () => {
  it('states no tax computed from a net OCR misread ("SUBTOTAL 18:40"), nor that net', () => {
    const r = settled(['KEDAI BUKU MAJU', '(001234567-U)', 'NO 2 JALAN SEKOLAH', 'DATE: 30/08/2019', 'EXERCISE BOOK  10  12.40', 'PENCIL 2B  12  6.00',
      'SUBTOTAL  18:40', 'NETT TOTAL  18.40', 'CASH  20.00', 'CHANGE  1.60']);
    expect(r.invoice).toMatchObject({ totalAmount: 18.4, taxAmount: null, amount: null });
    expect(r.checks.map((c) => c.message ?? '').join(' ')).not.toContain('computed');
  });
});

describe('a till receipt\'s customer and currency', () => {
  it('a labelled line that ends in a figure names no customer: "CUSTOMER SAVING FROM RRP 3.40"', () => {
    const r = settled([...HEAD, 'FILE A4  4  60.00  240.00', 'SUB TOTAL  240.00', 'TOTAL INCLUDE GST  240.00', 'CASH  250.00', 'CHANGE  10.00', 'CUSTOMER SAVING FROM RRP  3.40', 'PRICE INCLUSIVE OF GST6%']);
    expect(r.invoice.buyer.name).toBeNull();
    expect(r.status).toBe('ok');
  });

  it('a sales and service tax number ("SST No: W10-1808-31009912") tells a ringgit receipt that prints no "RM"', () => {
    const r = settled(['RESTORAN SRI MURNI SDN BHD (123456-A)', 'SST No: B16-1809-32000084', 'Date: 05/10/2019 20:31', 'NASI GORENG  12.00', 'Sub Total  12.00', 'SST 6%  0.72', 'Rounding  -0.02', 'Grand Total  12.70', 'Cash  20.00', 'Change  7.30']);
    expect(r.invoice).toMatchObject({ currency: 'MYR', totalAmount: 12.7, taxAmount: 0.72 });
    expect(r.status).toBe('ok');
  });

  const till = ['KEDAI RUNCIT MAJU SDN BHD', 'NO. 12, JALAN BESAR 3', '43000 KAJANG', 'TOTAL  8.40', 'CASH  10.00', 'CHANGE  1.60'];

  it('a buyer read from an unlabelled line (an address line, an item) names no one', () => {
    for (const name of ['43000 KAJANG', 'NO. 12, JALAN BESAR 3']) {
      const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 8.4 });
      inv.buyer.name = name;
      noteGuess(inv, 'buyer.name', 'the address block opens with no name');
      const read = checkTillArithmetic(inv, till.join('\n'));
      expect(read.buyer.name, name).toBeNull();
      expect(guessesOf(read)['buyer.name']).toBeUndefined();
    }
  });

  it('cash and change printed above their labels tell a till receipt too: its unlabelled buyer names no one', () => {
    const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 1.9 });
    inv.buyer.name = '43000 KAJANG';
    const lines = ['KEDAI RUNCIT MAJU SDN BHD', '43000 KAJANG', 'TOTAL INCL. GST@6%  RM 1.90', 'RM 2.00', 'CASH', 'RM 0.10', 'CHANGE'];
    expect(checkTillArithmetic(inv, lines.join('\n')).buyer.name).toBeNull();
  });

  it('a customer under a label row keeps its name beside the number and amount cells of a header grid', () => {
    // A bill settled by withholding ("Balance due 0.00") is read as a till receipt; its "BILL TO" heads
    // a grid whose first row goes on with the invoice number and the amount in cells of their own.
    const grid = ['BILL TO                      INVOICE #               AMOUNT', 'Harbourside Kites Ltd        HK-2041-118             $1,250.00', '4 Quay Road, Falmouth'];
    const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 8.4 });
    inv.buyer.name = 'Harbourside Kites Ltd';
    expect(checkTillArithmetic(inv, [...till.slice(0, 3), ...grid, ...till.slice(3)].join('\n')).buyer.name).toBe('Harbourside Kites Ltd');
    // The cell's own figure still names no one, and neither does a card slip's copy line.
    for (const [name, rows] of [['CASH', ['CUSTOMER', 'CASH  250.00']], ['VISA', ['CUSTOMER COPY', 'VISA']]] as const) {
      const slip = Object.assign(emptyInvoice('MYR'), { totalAmount: 8.4 });
      slip.buyer.name = name;
      expect(checkTillArithmetic(slip, [...till.slice(0, 3), ...rows, ...till.slice(3)].join('\n')).buyer.name, name).toBeNull();
    }
  });

  it('a customer under a label is kept', () => {
    // A hotel folio or a bill paid by card is read as a till receipt: its "Guest:" or "Client:" labels the buyer.
    for (const lines of [['BILL TO :', 'SUCI ALAM TRANSPORT'], ['CUSTOMER : SUCI ALAM TRANSPORT'], ['Guest: Ms. SUCI ALAM TRANSPORT'], ['Client: SUCI ALAM TRANSPORT']]) {
      const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 8.4 });
      inv.buyer.name = 'SUCI ALAM TRANSPORT';
      expect(checkTillArithmetic(inv, [...till.slice(0, 3), ...lines, ...till.slice(3)].join('\n')).buyer.name).toBe('SUCI ALAM TRANSPORT');
    }
  });

  it('the shop\'s name read without its first word is the header it prints', () => {
    const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 8.4 });
    inv.seller.name = 'RUNCIT MAJU SDN BHD';
    noteGuess(inv, 'seller.name', 'printed twice');
    const read = checkTillArithmetic(inv, till.join('\n'));
    expect(read.seller.name).toBe('KEDAI RUNCIT MAJU SDN BHD');
    expect(guessesOf(read)['seller.name']).toBeUndefined();
  });

  it('ringgit with no "RM" printed: a 12-digit GST registration is Malaysia\'s; Singapore\'s is not', () => {
    const bare = (gst: string) => ['KEDAI RUNCIT MAJU', gst, 'DATE: 23/02/2018', 'TOTAL  8.40', 'CASH  10.00', 'CHANGE  1.60'];
    expect(settled(bare('(GST ID NO. : 002017808384)')).invoice.currency).toBe('MYR');
    expect(settled(bare('GST REG NO.: 001269075968')).invoice.currency).toBe('MYR');
    expect(settled(bare('GSTID: 001269075968')).invoice.currency).toBe('MYR');
    expect(settled(bare('GST REG NO: M2-0123456-7')).invoice.currency).toBeNull();
  });

  it('ringgit with no "RM" and no GST number: a Malaysian company registration under the name; not a Singapore UEN', () => {
    const bare = (reg: string) => ['KEDAI KUNCI MAJU', reg, 'NO 5, JALAN MERANTI 2', 'DATE: 23/02/2018', 'NET TOTAL :  8.40', 'CASH RECEIVED :  10.00', 'CHANGE :  1.60'];
    for (const reg of ['(000123456-K)', '(123456-A)', '(JM0123456-D)']) expect(settled(bare(reg)).invoice.currency).toBe('MYR');
    for (const reg of ['(199802345-K)', 'UEN: 201512345K']) expect(settled(bare(reg)).invoice.currency).toBeNull();
    expect(settled([...bare('(000123456-K)'), 'ABC TRADING PTE LTD']).invoice.currency).toBeNull();
  });
});

describe('a bill rung up at a till, its payment not printed', () => {
  const bill = ['MAJU STEAK CORNER', 'LOT 5 JALAN BESAR 2', '(GST REG. NO : 000123456789)', 'TAX INVOICE', 'DATE : 01-03-2018', 'STEAK  2 X 30.00  60.00',
    'TOTAL (EXCLUDING GST)  60.00', 'GST PAYABLE (6%):  3.60', 'TOTAL :  63.60'];
  it('a cashier, till or operator named: the header is the shop, and no receipt number is owed', () => {
    for (const till of ['CASHIER: AMIN', 'TILL: 3', 'OPERATOR: LINA']) {
      const r = settled([...bill.slice(0, 5), till, ...bill.slice(5)]);
      expect(r.invoice).toMatchObject({ date: '2018-03-01', totalAmount: 63.6, seller: { name: 'MAJU STEAK CORNER' } });
      expect(r.status).toBe('ok');
    }
    expect(fieldsInDoubt(settled(bill).checks)).toEqual(expect.arrayContaining(['seller.name']));
  });
});

describe('a till receipt\'s header wrapped before its company form', () => {
  it('"KEDAI RUNCIT SINAR" over "SDN BHD" is one name; a header over its address stays alone', () => {
    const till = (second: string) => settled(['KEDAI RUNCIT SINAR', second, 'NO 3 JALAN MAWAR, 43000 KAJANG', 'DATE: 23/02/2018', 'ROTI  1  2.40', 'TOTAL  2.40', 'CASH  5.00', 'CHANGE  2.60']);
    for (const form of ['SDN BHD', 'SDN. BHD.', '(M) SDN BHD']) expect(till(form).invoice.seller.name).toBe(`KEDAI RUNCIT SINAR ${form}`);
    expect(till('(123456-A)').invoice.seller.name).toBe('KEDAI RUNCIT SINAR');
  });
});

describe('a card terminal\'s slip alone', () => {
  it('is a payment at a till: no number, net or tax owed, and "CUSTOMER COPY" names no customer', () => {
    const r = settled(['KEDAI KASUT MAJU', 'NO 21 JALAN MERDEKA', 'TID: 80012345', 'SALE', 'DATE: 12/06/19  TIME: 14:22', 'VISA', 'APPR CODE: A12B3',
      'AMOUNT  RM 189.90', 'APPROVED', 'CUSTOMER COPY']);
    expect(r.invoice).toMatchObject({ date: '2019-06-12', totalAmount: 189.9, buyer: { name: null } });
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).not.toEqual(expect.arrayContaining(['required_fields']));
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).not.toEqual(expect.arrayContaining(['totals_partial']));
  });
});

describe('figures a row off their labels', () => {
  it('"PAYMENT :" with its figure on the next row is no payment of 0.00: the total stands', () => {
    const r = settled([...HEAD, 'PANADOL  1.00 X 6.00  6.00 Z', 'VITAMIN C  2.00 X 7.20  14.40 Z', 'TOTAL:  20.40', 'PAYMENT :', 'TOTAL PAYMENT :  20.40', 'CHANGE  :  0.00', '> MASTER  20.40']);
    expect(r.invoice.totalAmount).toBe(20.4);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('cash and change printed above their labels vouch for the total: the tax "INCLUDED IN TOTAL" is not it', () => {
    const r = settled([...HEAD, 'BATTERY CR2032  1  X  3.90  3.90', 'TOTAL INCL. GST@6%  RM 3.90', 'RM 5.00', 'CASH', 'RM 1.10', 'CHANGE', 'GST @6% INCLUDED IN TOTAL  RM 0.22']);
    expect(r.invoice.totalAmount).toBe(3.9);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a company registration number is no name', () => {
  const till = ['KEDAI RUNCIT MAJU', '(1234567-A)', 'NO. 12, JALAN BESAR 3', 'TOTAL  8.40', 'CASH  10.00', 'CHANGE  1.60'];
  const read = (name: string, lines: string[]) => {
    const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 8.4 });
    inv.seller.name = name;
    noteGuess(inv, 'seller.name', `"${name}" is part of a name at most`);
    return checkTillArithmetic(inv, lines.join('\n'));
  };

  it('on a till receipt the shop is the header printed above it', () => {
    for (const name of ['(1234567-A)', '(123456-X)', 'BR NO.:(124525-H)', '(CO.REG :860671-D)']) {
      const inv = read(name, till);
      expect(inv.seller.name, name).toBe('KEDAI RUNCIT MAJU');
      expect(guessesOf(inv)['seller.name']).toBeUndefined();
    }
  });

  it('elsewhere it names no one', () => {
    expect(read('Co. Reg. No. 123456-X', ['KEDAI RUNCIT MAJU', 'Co. Reg. No. 123456-X', 'TOTAL  8.40']).seller.name).toBeNull();
  });
});

describe('day first where the receipt shows it comes from', () => {
  it('a Malaysian GST registration, "BHD" without "SDN", "JLN" or a registration number tell a Malaysian receipt', () => {
    const tail = ['TOTAL  65.70', 'CASH  65.70', 'CHANGE  0.00'];
    for (const head of [['MAJU ENTERPRISE', '40150 SHAH ALAM', 'GST NO: 001147981824'], ['MAJU CO. (M) BHD'], ['MAJU ENTERPRISE', 'NO 9, JLN BESAR'], ['MAJU ENTERPRISE (126926-H)']]) {
      const r = settled([...head, 'DATE: 06/01/2018 10:47', ...tail]);
      expect(r.invoice.date, head.join(' / ')).toBe('2018-01-06');
      expect(fieldsInDoubt(r.checks), head.join(' / ')).not.toContain('date');
    }
  });

  const minimart = (...lines: string[]) => settled(['MINIMART SRI SUKSAN', '12/01/2019 09:44  POS#03', '2 SNACK SEAWEED  50.00', '3 DRINKING WATER  21.00', ...lines]);

  it('"12/01/2019" beside baht or rupiah figures is the 12th of January, no doubt', () => {
    for (const lines of [['TOTAL  THB 71.00', 'CASH  100.00', 'CHANGE  29.00'], ['SUKHUMVIT SOI 11, BANGKOK', 'TOTAL  71.00', 'CASH  100.00', 'CHANGE  29.00'], ['TOTAL  Rp 71.00', 'TUNAI  100.00', 'KEMBALI  29.00']]) {
      const r = minimart(...lines);
      expect(r.invoice.date, lines[0]).toBe('2019-01-12');
      expect(fieldsInDoubt(r.checks), lines[0]).not.toContain('date');
    }
  });

  it('with nothing that tells the place, "12/01/2019" stays in doubt', () => {
    expect(fieldsInDoubt(minimart('TOTAL  71.00', 'CASH  100.00', 'CHANGE  29.00').checks)).toContain('date');
  });
});

describe('the amount due under a till\'s abbreviation', () => {
  it('"AMT DUE" is the total that paid less change vouches for', () => {
    const r = settled([...HEAD, 'PARCEL 2KG ZONE 3  18.00', 'SUBTOTAL  18.00', 'SST 6%  1.08', 'ROUNDING  0.02', 'AMT DUE  19.10', 'CASH  20.00', 'CHANGE  0.90']);
    expect(r.invoice.totalAmount).toBe(19.1);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a deposit paid before the sale', () => {
  it('the total is the one printed before "Less Deposit"; the balance due after it is what the cash paid', () => {
    const r = settled([...HEAD, '1 BIRTHDAY CAKE 2KG  98.00', '1 DELIVERY  12.00', 'Total  110.00', 'Less Deposit  -30.00', 'Balance Due  80.00', 'Cash  100.00', 'Change  20.00']);
    expect(r.invoice.totalAmount).toBe(110);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    const card = settled([...HEAD, '1 BIRTHDAY CAKE 2KG  98.00', '1 DELIVERY  12.00', 'Total  110.00', 'Less Deposit  -30.00', 'Balance Due  80.00', 'VISA  80.00']);
    expect(card.invoice.totalAmount).toBe(110);
    expect(fieldsInDoubt(card.checks)).not.toContain('totalAmount');
  });

  it('a balance that the total less the deposit does not make stays in doubt', () => {
    const r = settled([...HEAD, '1 BIRTHDAY CAKE 2KG  98.00', 'Total  98.00', 'Deposit Paid  30.00', 'Balance Due  80.00', 'Cash  100.00', 'Change  20.00']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
    expect(r.checks.find((c) => c.id === 'field_doubt')?.message).toContain('paid less change with the deposit is 110.00, not 98.00');
  });
});

describe('a toll plaza\'s fare', () => {
  const TOLL = ['LEBUHRAYA PANTAI TIMUR', 'PLAZA TOL SERI MAJU', 'RESIT / RECEIPT', 'TARIKH  12/04/2019', 'MASA  08:02:11', 'KELAS  1'];

  it('"KADAR TOL" is the amount paid, not the card\'s balance printed below it', () => {
    const r = settled([...TOLL, 'KADAR TOL  RM3.10', 'KAD  TOUCH N GO', 'BAKI KAD  RM 25.40']);
    expect(r.invoice).toMatchObject({ date: '2019-04-12', totalAmount: 3.1 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"TOLL FARE" too, beside a "CARD BALANCE"', () => {
    const r = settled([...TOLL, 'TOLL FARE  RM 12.60', 'CARD BALANCE  RM 87.15']);
    expect(r.invoice.totalAmount).toBe(12.6);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a fare alone is a line of the total, not the total ("Air fare" over the taxes)', () => {
    const r = settled(['AIRLINE RECEIPT', 'Date of issue 22 Oct 2025', 'Fare and taxes  EUR', 'Air fare  286.00', 'Carrier-imposed surcharge (YQ)  24.00', 'Airport tax  13.38', 'VAT (0%, international transport)  0.00', 'Total amount paid  323.38', 'Form of payment: CC VI XXXXXXXXXXXX7731. Fare basis YFLXIE.']);
    expect(r.invoice.totalAmount).toBe(323.38);
  });
});

describe('a service charge under a terse label', () => {
  it('"SRV CHRG 10%" joins the subtotal in the net the tax is on', () => {
    const r = settled([...HEAD, 'OPERATOR: MEI  TRANS.#: 4410', 'TABLE NO.12', 'STIR FRIED YAM  1  13.90', 'LOR MEE  1  13.90', 'SUBTOTAL:  RM27.80', 'SRV CHRG 10%  RM2.78', 'GST: 6%  RM30.58  RM1.83', 'TOTAL  RM32.41', 'BALANCE :  RM32.41', 'ROUNDED :  RM32.40']);
    expect(r.invoice).toMatchObject({ amount: 30.58, taxAmount: 1.83, totalAmount: 32.41 });
    expect(r.status).toBe('ok');
  });
});

describe('a tax printed only in the tax summary', () => {
  const lines = [...HEAD, 'CUSTOMER : [12345678]', 'MRS. TAN AH MOI', 'INVOICE NO : 55120  COUNTER : 002', 'TARTAR SAUCE 3L @18.30', '9556024001383  *1  18.30 SR', 'SAYUR @1.00', 'FM420000000  *7  7.00 ZR',
    'TOTAL SALES (INCL. GST @6%)  RM25.30', 'ROUNDING ADJUSTMENT  RM0.00', 'NET TOTAL  RM25.30', 'PAYMENT METHOD  VISA CARD', 'GST SUMMARY  SALES AMT  TAX AMT', '(RM)  (RM)'];

  it('a customer\'s receipt states its net and tax in the summary\'s rows, which make the total', () => {
    const r = settled([...lines, 'SR (6%)  17.26  1.04', 'ZR (0%)  7.00  0.00', 'THANK YOU']);
    expect(r.invoice).toMatchObject({ amount: 24.26, taxAmount: 1.04, totalAmount: 25.3 });
    expect(r.status).toBe('ok');
  });

  it('rows that do not make the total state nothing', () => {
    const r = settled([...lines, 'SR (6%)  17.26  1.04', 'ZR (0%)  7.80  0.00', 'THANK YOU']);
    expect(r.invoice.taxAmount).toBeNull();
    expect(fieldsInDoubt(r.checks)).toContain('taxAmount');
  });
});

describe('the change given back tells a till', () => {
  it('"TOTAL PAID" over "CHANGE": a street number under the shop, read for a customer, names no one', () => {
    const text = ['CAKE HOUSE SDN BHD 123456-U', '(GST REG NO : 001234567890)', 'NO.8', '81100 JOHOR BAHRU', 'DATE  : 11/06/2018 18:25:59', 'PAYMENT TYPE: CASH',
      'T-BUTTER BUN  1  RM4.15 ST', 'GRAND TOTAL  RM4.15', 'TOTAL PAID  RM5.00', 'CHANGE  RM0.85'].join('\n');
    const read = Object.assign(emptyInvoice('MYR'), { totalAmount: 4.15 });
    read.buyer.name = 'NO.8';
    expect(checkTillArithmetic(read, text).buyer.name).toBeNull();
  });
});

describe('an invoice that deducts a payment made before from its total', () => {
  /** An invoice's totals, a part paid before deducted under them ("Less amount paid"), then what is left. */
  const lines = (total: string) => [
    'Bayside Pool Care Pty Ltd', 'TAX INVOICE', 'Invoice No. BPC-3390', 'Issue date 25/11/2025',
    'Monthly pool service  3  $165.00  $495.00', 'Variable-speed pump motor  1  $990.00  $990.00',
    `Total (inc GST)  ${total}`, 'Includes GST of  $135.00', 'Less amount paid  $500.00', 'Balance due AUD  $985.00',
  ];
  const read = (total: string, value: number) => checkTillArithmetic({ ...emptyInvoice('AUD'), totalAmount: value }, lines(total).join('\n'));

  it('the total is the one printed before the payment deducted; the balance after it is no other reading of it', () => {
    expect(guessesOf(read('$1,485.00', 1485)).totalAmount).toBeUndefined();
  });

  it('a total the other reading misread is still in doubt', () => {
    expect(guessesOf(read('$1,485.00', 1435)).totalAmount).toBeDefined();
  });
});

describe('a paid invoice whose other dates tell the month comes first', () => {
  /** An invoice stamped paid: its date ("06/10/2025"), and the payment's date, whose 18 is no month, or another. */
  const lines = (paidOn: string) => [
    'Summit Landscaping Co.', 'Boulder, CO 80302', 'INVOICE', 'Invoice No. 10072', 'Date: 06/10/2025', 'PAID',
    'Spring cleanup, common areas  1  650.00  650.00', 'Subtotal  650.00', 'Sales Tax (7.5%)  48.75', 'Total  $698.75',
    'Amount Paid  -$698.75', 'Balance Due  $0.00', `Paid by check #4471 on ${paidOn}. Thank you!`,
  ];
  const read = (paidOn: string) => checkTillArithmetic({ ...emptyInvoice('USD'), date: '2025-06-10', totalAmount: 698.75 }, lines(paidOn).join('\n'));

  it('the receipt reads the date month first too: no other reading of it', () => {
    expect(guessesOf(read('06/18/2025')).date).toBeUndefined();
  });

  it('a page whose dates leave the order open, or put the day first, keeps the date in doubt', () => {
    expect(guessesOf(read('06/11/2025')).date).toBeDefined();
    expect(guessesOf(read('18/06/2025')).date).toBeDefined();
  });
});

describe('the amount payable under its own name', () => {
  it('"Amount Payable" after a member discount is the total that paid less change vouches for; the subtotal before the discount is no net', () => {
    const r = settled([...HEAD, 'VITAMIN C 30S X1  39.90', 'FACE MASK 50S X1  15.00', 'Sub Total  54.90', 'Member Disc 10%  -5.49', 'Rounding  -0.01', 'Amount Payable  49.40', 'GST 6% incl  2.80', 'Cash  50.00', 'Change  0.60']);
    expect(r.invoice.totalAmount).toBe(49.4);
    expect(r.invoice.amount).not.toBe(54.9);
    expect(r.status).toBe('ok');
  });

  it('"NET PAYABLE" that a card pays, no other total printed', () => {
    const r = settled([...HEAD, 'PRIMAX 95  18.20 L  40.04', 'NET PAYABLE  40.05', 'VISA  40.05']);
    expect(r.invoice.totalAmount).toBe(40.05);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a net amount a card pays', () => {
  it('"NET AMOUNT" under a trade-in is the total the card pays, not the larger gross above it', () => {
    const r = settled([...HEAD, 'LED TV 43"  1 x 1,299.00 = 1,299.00', 'GROSS  1,447.80', 'TRADE-IN OLD TV  -300.00', 'NET AMOUNT  RM 1,147.80', 'DEBIT CARD  1,147.80']);
    expect(r.invoice.totalAmount).toBe(1147.8);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"NETT AMT" that VISA pays, after a "GROSS AMT"', () => {
    const r = settled([...HEAD, 'SOFA 3 SEATER  1  899.00', 'GROSS AMT  899.00', 'LESS PROMO  -100.00', 'NETT AMT  799.00', 'VISA  799.00']);
    expect(r.invoice.totalAmount).toBe(799);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a net amount no payment equals is no total read with certainty', () => {
    const r = settled([...HEAD, 'SOFA 3 SEATER  1  899.00', 'GROSS AMT  899.00', 'LESS PROMO  -100.00', 'NETT AMT  799.00', 'VISA  798.00']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a voucher and a card paying one total', () => {
  it('the card pays what the gift voucher did not: "TOTAL (RM)" is not in doubt', () => {
    const r = settled([...HEAD, '1 ATLAS DUNIA  45.90', '1 KAMUS  38.50', '2 PENSEL WARNA  25.80', 'TOTAL (RM)  110.20', 'GIFT VOUCHER  50.00', 'MASTERCARD  60.20', 'CHANGE  0.00']);
    expect(r.invoice.totalAmount).toBe(110.2);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"BAUCAR" and VISA, no change printed', () => {
    const r = settled([...HEAD, '2 KASUT SUKAN  45.00', 'JUMLAH  45.00', 'BAUCAR  20.00', 'VISA  25.00']);
    expect(r.invoice.totalAmount).toBe(45);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a card that pays neither the total nor the rest after the voucher keeps it in doubt', () => {
    const r = settled([...HEAD, '2 KASUT SUKAN  45.00', 'JUMLAH  45.00', 'BAUCAR  20.00', 'VISA  35.00']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a total the page does not print against the one it prints under a label', () => {
  const read = (lines: string[], total: number) => checkTillArithmetic({ ...emptyInvoice('MYR'), totalAmount: total }, [...HEAD, ...lines].join('\n'));

  it('the other reading\'s sum (before the rounding) gives way to the labelled total, still in doubt when the change disagrees', () => {
    const inv = read(['DETERGENT 4KG  24.90 S', 'Total Sales (Excl GST)  56.41', 'Total GST  1.07', 'Rounding Adj  0.02', 'Total Sales (Incl GST)  58.40', 'CASH  100.00', 'CHANGE  41.00'], 57.48);
    expect(inv.totalAmount).toBe(58.4);
    expect(guessesOf(inv).totalAmount).toBeDefined();
  });

  it('"TOTAL 23.50" paid in cash, no change printed: the labelled total, flagged; a printed figure the other reading took stays, flagged', () => {
    const inv = read(['NASI LEMAK  2  22.50', 'TEH O  1.00', 'TOTAL  23.50', 'CASH  50.00'], 21.8);
    expect(inv.totalAmount).toBe(23.5);
    expect(guessesOf(inv).totalAmount).toBeDefined();
    const printed = read(['NASI LEMAK  2  22.50', 'TEH O  1.00', 'SUBTOTAL  22.17', 'TOTAL  23.50', 'CASH  50.00'], 22.17);
    expect(printed.totalAmount).toBe(22.17);
    expect(guessesOf(printed).totalAmount).toBeDefined();
  });
});

describe('a stall\'s slip that prints its sum alone, with no label', () => {
  const STALL = ['MEDAN SELERA SRI PETALING', 'GERAI 7', '19.03.18 12:41', '1 CHAR KUEY TEOW  6.50', '2 KOPI O PENG  3.60', '1 POPIAH  2.50'];

  it('the figure under the items that cash less "Bal" (the change) makes is the total', () => {
    const r = settled([...STALL, '12.60', 'Cash  20.00', 'Bal  7.40']);
    expect(r.invoice).toMatchObject({ date: '2018-03-19', totalAmount: 12.6 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('in ringgit, paid in "TUNAI" with "BAKI" back', () => {
    const r = settled([...STALL, 'RM 12.60', 'TUNAI  50.00', 'BAKI  37.40']);
    expect(r.invoice.totalAmount).toBe(12.6);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a change that makes no printed figure leaves the total in doubt', () => {
    const r = settled([...STALL, '12.60', 'Cash  20.00', 'Bal  7.00']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('an order\'s deposit receipt: the total, the deposit the cash pays, the balance left', () => {
  const ORDER = ['PERABOT SERI JAYA SDN BHD', '(980221-K)', 'OFFICIAL RECEIPT', 'Date: 15/09/2018', '1 SOFA 3 SEATER  1,899.00', '1 COFFEE TABLE  459.00', '1 DELIVERY  80.00'];

  it('"DEPOSIT PAID" and "BALANCE" under the total, paid in cash: the total, not in doubt', () => {
    const r = settled([...ORDER, 'TOTAL  2,438.00', 'DEPOSIT PAID  800.00', 'BALANCE  1,638.00', 'CASH  800.00']);
    expect(r.invoice.totalAmount).toBe(2438);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"ADVANCE RECEIVED", "BALANCE ON DELIVERY", "TUNAI"', () => {
    const r = settled([...ORDER.slice(0, 4), '1 ALMARI 2 PINTU  450.00', 'JUMLAH  450.00', 'ADVANCE RECEIVED  150.00', 'BALANCE ON DELIVERY  300.00', 'TUNAI  150.00']);
    expect(r.invoice.totalAmount).toBe(450);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a balance that does not make the total with the deposit leaves it in doubt', () => {
    // (The total misread: the items above it do not make it either.)
    const r = settled([...ORDER, 'TOTAL  2,488.00', 'DEPOSIT PAID  800.00', 'BALANCE  1,638.00', 'CASH  800.00']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a tax summary whose rows carry their total with the tax', () => {
  const SALE = ['CABLE 2.5MM 100M  139.00 SR', 'SWITCH 1G 1WAY  25.80 SR', 'PVC CONDUIT 20MM  21.50 SR', 'DB BOX 8 WAY  46.90 SR', 'Sub Total (Excl GST)  233.20', 'GST 6%  13.99', 'Rounding  0.01', 'TOTAL (RM)  247.20'];

  it('"Total 233.20 13.99 247.19" under a card that pays 247.20 is the summary, not the total', () => {
    const r = settled([...HEAD, ...SALE, 'DEBIT CARD  247.20', 'GST SUMMARY', 'Code  Amount  GST  Total', 'SR 6%  233.20  13.99  247.19', 'Total  233.20  13.99  247.19']);
    expect(r.invoice.totalAmount).toBe(247.2);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"Jumlah" rows in Malay, paid by "MASTER": the receipt reader\'s own total too', () => {
    const lines = [...HEAD, ...SALE, 'MASTER  247.20', 'RINGKASAN GST', 'Kod  Jumlah  GST  Jumlah', 'SR 6%  233.20  13.99  247.19', 'Jumlah  233.20  13.99  247.19'];
    const r = settled(lines);
    expect(r.invoice.totalAmount).toBe(247.2);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    expect(parseReceiptText(lines.join('\n')).totalAmount).toBe(247.2);
  });
});

describe('receipt dates an order number or a Malay day hides', () => {
  it('an order number before the date ("S0-18-0915-07") does not hide it', () => {
    for (const line of ['Order: S0-18-0915-07  Date: 15/09/2018', 'Ref A1-12-3456  Tarikh 15/09/2018']) {
      const r = settled(['PERABOT SERI JAYA SDN BHD', '(980221-K)', line, 'Delivery: 29/09/2018', '1 SOFA  1,899.00', 'TOTAL  1,899.00', 'CASH  1,900.00', 'CHANGE  1.00']);
      expect(r.invoice.date, line).toBe('2018-09-15');
      expect(fieldsInDoubt(r.checks), line).not.toContain('date');
    }
  });

  it('"24hb Mac 2018", "5hb. Ogos 2018", "12 haribulan Disember 2018"', () => {
    for (const [line, date] of [['Tarikh: 24hb Mac 2018', '2018-03-24'], ['Tarikh: 5hb. Ogos 2018', '2018-08-05'], ['12 haribulan Disember 2018', '2018-12-12']]) {
      const r = settled(['SYARIKAT BAHAN BINAAN BERJAYA', '(KT0145521-W)', 'BIL TUNAI / CASH BILL', `No. 2291  ${line}`, '6 Simen 50kg @ 19.50  117.00', 'Jumlah Besar RM  117.00', 'Tunai  120.00', 'Baki  3.00']);
      expect(r.invoice.date, line).toBe(date);
    }
  });
});

describe('a tax summary\'s "Jumlah" row, with no payment printed', () => {
  const BILL = [...HEAD, 'INV NO: CS-0021'];
  const SALE = ['CABLE 2.5MM 100M  139.00 SR', 'SWITCH 1G 1WAY  25.80 SR', 'PVC CONDUIT 20MM  21.50 SR', 'DB BOX 8 WAY  46.90 SR', 'Sub Total (Excl GST)  233.20', 'GST 6%  13.99'];

  it('"Jumlah 233.20 13.99 247.19" is the summary: the total is the labelled one the rounding leads to', () => {
    const r = settled([...BILL, ...SALE, 'Rounding  0.01', 'TOTAL (RM)  247.20', 'RINGKASAN GST', 'Kod  Jumlah  GST  Jumlah', 'SR 6%  233.20  13.99  247.19', 'Jumlah  233.20  13.99  247.19']);
    expect(r.invoice).toMatchObject({ totalAmount: 247.2, amount: 233.2, taxAmount: 13.99 });
    expect(r.status).toBe('ok');
  });

  it('"TOTAL RM" over a "GST SUMMARY" whose last row is "Jumlah"', () => {
    const sale = ['BERAS WANGI 10KG  65.80 SR', 'MINYAK MASAK 5KG  26.45 SR', 'GULA PASIR 1KG  14.75 SR', 'TEPUNG GANDUM 1KG  11.00 SR', 'Total Excl GST  118.00', 'GST 6%  7.08'];
    const r = settled([...BILL, ...sale, 'Rounding  0.02', 'TOTAL RM  125.10', 'GST SUMMARY', 'Code  Net  GST  Total', 'SR  118.00  7.08  125.08', 'Jumlah  118.00  7.08  125.08']);
    expect(r.invoice).toMatchObject({ totalAmount: 125.1, amount: 118, taxAmount: 7.08 });
    expect(r.status).toBe('ok');
  });

  it('a labelled total the summary does not make with the printed rounding leaves the total in doubt', () => {
    const r = settled([...BILL, ...SALE, 'TOTAL (RM)  247.20', 'RINGKASAN GST', 'SR 6%  233.20  13.99  247.19', 'Jumlah  233.20  13.99  247.19']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a charge printed right above what paid it', () => {
  it('"Parking Fee RM 7.00" over "Paid RM 10.00" and "Change RM 3.00": the total, not in doubt', () => {
    const r = settled(['MEDAN PARKING SDN BHD', '(Co. Reg. 713300-K)', 'Ticket: 0018823471', 'Entry: 18.03.2018 09:12', 'Exit: 18.03.2018 12:47', 'Duration: 03:35', 'Parking Fee  RM 7.00', 'Paid  RM 10.00', 'Change  RM 3.00']);
    expect(r.invoice).toMatchObject({ totalAmount: 7, date: '2018-03-18' });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a laundry\'s "Wash & Fold 6kg" paid with "Tunai", the change "Baki"', () => {
    const r = settled(['DOBI CEMERLANG', '(JM0554120-D)', 'Tarikh: 02/04/2018', 'Wash & Fold 6kg  18.00', 'Tunai  20.00', 'Baki  2.00']);
    expect(r.invoice.totalAmount).toBe(18);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('paid less change that is not the charge above it stays in doubt', () => {
    const r = settled(['MEDAN PARKING SDN BHD', '(Co. Reg. 713300-K)', 'Entry: 18.03.2018 09:12', 'Parking Fee  RM 7.00', 'Paid  RM 10.00', 'Change  RM 2.00']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a two-digit year with the time run into it', () => {
  it('"23/03/1821:14" and "05/11/1709:42:10" are dates of 2018 and 2017, not in doubt', () => {
    for (const [line, date] of [['23/03/1821:14 T02 #00871', '2018-03-23'], ['05/11/1709:42:10 POS2 INV 221873', '2017-11-05']] as const) {
      const r = settled(['KEDAI SERBANEKA 88', 'SERBANEKA 88 MART SDN BHD (1134592-D)', 'GST ID: 001134592118', line, 'MAGGI KARI 5S  4.85', 'TOTAL RM  4.85', 'CASH  100.00', 'CHANGE  95.15']);
      expect(r.invoice.date, line).toBe(date);
      expect(fieldsInDoubt(r.checks), line).not.toContain('date');
    }
  });

  it('with no time after it ("23/03/1821 T02") the date stays in doubt', () => {
    const r = settled(['KEDAI SERBANEKA 88', 'SERBANEKA 88 MART SDN BHD (1134592-D)', 'GST ID: 001134592118', '23/03/1821 T02 #00871', 'MAGGI KARI 5S  4.85', 'TOTAL RM  4.85', 'CASH  100.00', 'CHANGE  95.15']);
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});

describe('a payment named after "Paid", then "Balance 0.00"', () => {
  const cafe = (...lines: string[]) => settled(['THE ROASTING ROOM', 'ROASTING ROOM CAFE SDN BHD (1177302-M)', '8 JALAN TELAWI 3, BANGSAR', '18 Mar 18  14:05', '2 FLAT WHITE  21.00', '1 BANANA BREAD  8.90', 'Subtotal  29.90', 'Amount Due  29.90', ...lines]);

  it('"Paid (Card)" and "Paid by: Touch n Go" pay the amount due at a till: vouched, no number asked for', () => {
    for (const paid of ['Paid (Card)  29.90', 'Paid by: Touch n Go  29.90']) {
      const r = cafe(paid, 'Balance  0.00', 'SEE YOU AGAIN');
      expect(r.invoice.totalAmount, paid).toBe(29.9);
      expect(fieldsInDoubt(r.checks), paid).not.toContain('totalAmount');
      expect(fieldsInDoubt(r.checks), paid).not.toContain('number');
    }
  });

  it('a card after "Paid" that does not pay the amount due leaves it in doubt', () => {
    expect(fieldsInDoubt(cafe('Paid (Card)  29.98', 'Balance  0.00').checks)).toContain('totalAmount');
  });
});

describe('a discount under the subtotal, the net after it not printed', () => {
  const order = (...lines: string[]) => settled(['SYARIKAT BINAAN KUAT MAJU', '(Co. Reg. 000771204-P)', 'GST ID: 000771204118', 'DELIVERY ORDER / CASH SALE', 'D/O No: DO-18-0331  Date: 18.03.2018', 'CEMENT 50KG  10 x 17.50  175.00', 'SAND (LORRY)  1 x 180.00  180.00', 'BRC WIRE MESH A7  4 x 62.00  248.00', 'BINDING WIRE  2 x 9.80  19.60', ...lines]);

  it('"Less: Discount 5%" and "Disc. 10%": the subtotal is no net, and the net is unknown, the total not in doubt', () => {
    for (const [discount, tax, rounding, total] of [['Less: Discount 5%  -31.13', 'GST 6%  35.49', 'Rounding  -0.01', 'Grand Total  626.95'], ['Disc. 10%  62.26', 'GST 6%  33.62', 'Rounding  -0.01', 'Grand Total  593.95']]) {
      const r = order('Sub Total  622.60', discount, tax, rounding, total);
      expect(r.invoice.totalAmount, discount).toBe(+total.split('  ')[1]!);
      expect(r.invoice.amount, discount).toBeNull();
      expect(r.checks.filter((c) => !c.ok).map((c) => c.id), discount).not.toContain('totals_consistent');
      expect(fieldsInDoubt(r.checks), discount).not.toContain('totalAmount');
    }
  });

  it('a discount that does not make the total with the tax leaves the totals in doubt', () => {
    const r = order('Sub Total  622.60', 'Less: Discount 5%  -31.13', 'GST 6%  35.49', 'Rounding  -0.01', 'Grand Total  636.95');
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a deposit paid before the sale, the balance paid by card', () => {
  const bill = (...lines: string[]) => settled(['LA TERRAZZA BISTRO', 'TERRAZZA HOSPITALITY SDN BHD (1144209-V)', 'GST ID: 001144209315', 'Bill: EV-0320-07  Date: 20/03/2018', '12 SET DINNER  816.00', '3 CORKAGE  90.00', 'Sub Total  906.00', 'Service Charge 10%  90.60', 'GST 6%  59.80', 'TOTAL  1,056.40', ...lines]);

  it('"Deposit paid 10/03/2018" (its own date, no payment) and "Less Deposit": the card and the deposit make the total', () => {
    for (const [deposit, balance, card] of [['Deposit paid 10/03/2018  -300.00', 'Balance Due  756.40', 'VISA  756.40'], ['Less Deposit  -200.00', 'Balance Due  856.40', 'MASTERCARD  856.40']]) {
      const r = bill(deposit, balance, card);
      expect(r.invoice.totalAmount, deposit).toBe(1056.4);
      expect(fieldsInDoubt(r.checks), deposit).not.toContain('totalAmount');
    }
  });

  it('cash paid with the deposit misread ("-56.00" for 50.00) stays in doubt, and no figures set a row off make 120.00 the total', () => {
    // Set a row up, the change beside "Cash" and the balance beside the deposit make the cash: no card, no vouching.
    const r = settled(['SWEET BLOSSOM CAKE HOUSE', 'BLOSSOM PATISSERIE (M) SDN BHD (1156781-U)', 'OFFICIAL RECEIPT', 'Date: 25/05/2019  Time: 15:08', '1 BLACK FOREST CAKE 3KG  138.00', '1 CANDLES & TOPPER  12.00', '1 DELIVERY CHARGE  18.00', 'Sub Total  168.00', 'Total  168.00', 'Less Deposit  -56.00', 'Balance Due  118.00', 'Cash  120.00', 'Change  2.00']);
    expect(r.invoice.totalAmount).toBe(168);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });

  it('a card that does not pay the balance left leaves the total in doubt', () => {
    // (The tax misread: the figures above the total do not make it either.)
    const r = settled(['LA TERRAZZA BISTRO', 'TERRAZZA HOSPITALITY SDN BHD (1144209-V)', 'Bill: EV-0320-07  Date: 20/03/2018', '12 SET DINNER  816.00', '3 CORKAGE  90.00', 'Sub Total  906.00', 'Service Charge 10%  90.60', 'GST 6%  59.30', 'TOTAL  1,056.40', 'Deposit paid 10/03/2018  -300.00', 'Balance Due  756.40', 'VISA  746.40']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a payment OCR misread against a total the figures above it make', () => {
  const shop = (...lines: string[]) => settled(['HALAMAN BOOKS', 'HALAMAN BOOKSTORE SDN BHD (1203391-T)', 'GST ID: 001203391662', 'Date : 20/03/2018  Time : 16:44', ...lines]);

  it('the items summing to "TOTAL RM 61.80" under "MASTERCARD R 61.88"; "Total Before Tax" and the tax over a cash less change a few cents off', () => {
    const card = shop('1 NOVEL: THE RIVER HOUSE  39.90', '2 BOOKMARK MAGNETIC  9.00', '1 A5 NOTEBOOK DOTTED  12.90', 'TOTAL  RM 61.80', 'MASTERCARD  R 61.88');
    expect(card.invoice.totalAmount).toBe(61.8);
    expect(fieldsInDoubt(card.checks)).not.toContain('totalAmount');
    const cash = shop('1 RICE COOKER  213.80', 'Total Before Tax  213.80', 'Total Sales Tax 10%  21.38', 'Total Incl. SST  235.18', 'Cash  250.00', 'Change  14.80');
    expect(cash.invoice.totalAmount).toBe(235.18);
    expect(fieldsInDoubt(cash.checks)).not.toContain('totalAmount');
  });

  it('a total the figures above it do not make stays in doubt against the card', () => {
    const r = shop('1 NOVEL: THE RIVER HOUSE  39.90', '2 BOOKMARK MAGNETIC  9.00', '1 A5 NOTEBOOK DOTTED  12.90', 'TOTAL  RM 61.30', 'MASTERCARD  R 61.80');
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a card payment whose label OCR garbled', () => {
  const till = (...lines: string[]) => settled(['FARMASI CAHAYA', 'CAHAYA PHARMACY SDN BHD (1188420-K)', 'GST ID: 001188420063', '15:32:10 27/03/2018', '1 VITAMIN C 1000MG 30S  32.30', '2 HAND SANITISER 500ML  25.00', '1 PLASTER STRIPS 100S  8.90', ...lines]);

  it('"D#IT ARD 66.80" and "HASTERCAPD 66.80" under "TOTAL 66.60" put the total in doubt', () => {
    for (const card of ['D#IT ARD  66.80', 'HASTERCAPD  66.80']) {
      expect(fieldsInDoubt(till('TOTAL  66.60', card).checks), card).toContain('totalAmount');
    }
  });

  it('one that pays the total is no doubt', () => {
    expect(fieldsInDoubt(till('TOTAL  66.60', 'D#IT ARD  66.60').checks)).not.toContain('totalAmount');
  });
});

describe('an e-wallet or a bank\'s QR paying the total', () => {
  const stall = (...lines: string[]) => settled(['RESTORAN MEE WAN KEE', '(JM0553812-D)', '18 JALAN WONG AH FOOK, 80000 JOHOR BAHRU', '26 Mar 2018 (Mon) 12:31', '2 WANTAN MEE (B)  15.00', '1 CHAR SIEW (EXTRA)  5.00', 'PACKAGING x3  1.50', ...lines]);

  it('"NET AMT" paid by "MAE QR", "SHOPEEPAY", "DuitNow QR" or "PayNow" is the total, an item count\'s "TOTAL OTY 3" above it no total', () => {
    for (const wallet of ['MAE QR', 'SHOPEEPAY', 'DuitNow QR', 'PayNow', 'ALIPAY']) {
      const r = stall('TOTAL OTY  3', 'NET AMT  21.50', `${wallet}  21.50`);
      expect(r.invoice.totalAmount, wallet).toBe(21.5);
      expect(fieldsInDoubt(r.checks), wallet).not.toContain('totalAmount');
    }
  });

  it('an e-wallet paying another figure than the total leaves it in doubt', () => {
    expect(fieldsInDoubt(stall('TOTAL QTY  3', 'TOTAL  21.50', 'SHOPEEPAY  27.50').checks)).toContain('totalAmount');
  });
});

describe('"Total Paid" where no other total is printed', () => {
  const slip = (...lines: string[]) => settled(['SPICE ROUTE KITCHEN', 'SPICE ROUTE F&B (SA0599102-D)', '21 JALAN SS2/64, 47300 PETALING JAYA', 'DELIVERY ORDER #GF-2841', 'Placed: 26 Mar 2018, 6:05 pm', '2x BUTTER CHICKEN SET  31.80', '2x GARLIC NAAN  7.00', '1x MANGO LASSI  6.90', ...lines]);

  it('"Total Paid RM47.70" over "Paid with GrabPay" (no figure) is the total', () => {
    const r = slip('Subtotal  45.70', 'Delivery Fee  5.00', 'Promo (JOM3)  -3.00', 'Total Paid  RM47.70', 'Paid with GrabPay');
    expect(r.invoice).toMatchObject({ date: '2018-03-26', totalAmount: 47.7 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('two different "Total Paid" figures leave the total in doubt', () => {
    expect(fieldsInDoubt(slip('Total Paid  RM47.70', 'Total Paid  RM45.70').checks)).toContain('totalAmount');
  });
});

describe('a digit OCR read in the space between the date and the time', () => {
  const till = (dateLine: string) => settled(['FRESHMART SUPERSTORE', 'FRESHMART RETAIL SDN BHD (1002871-W)', 'GST ID: 001002871552', dateLine, 'WHOLEMEAL BREAD  4.20', 'EGGS GRADE A 30S  13.90', 'TOTAL  18.10', 'CASH  20.00', 'CHANGE  1.90']);

  it('"2018-03-26519:02" and "26MAR189 16:22" are the 26th of March 2018', () => {
    for (const line of ['2018-03-26519:02  POS 05 TRN 22871', '26MAR189 16:22 ST0112 REG04 #4471']) {
      expect(till(line).invoice.date, line).toBe('2018-03-26');
    }
  });

  it('"26-MAR-201819:02", the time run into a month name\'s date between dashes, is the 26th of March 2018', () => {
    for (const line of ['26-MAR-201819:02  CSHR: AINA', '26-Mar-20189:02 PM  TABLE 12']) {
      expect(till(line).invoice.date, line).toBe('2018-03-26');
    }
  });
});

describe('loyalty points paying a part of the total', () => {
  const till = (...lines: string[]) => settled(['SIHAT PHARMACY', 'SIHAT HEALTHCARE SDN BHD (1140032-M)', 'GST ID: 001140032118', '26/3/2018 3:05PM Inv SH-0326-0271', '1 MULTIVITAMIN 60S  39.90', '1 COUGH SYRUP 120ML  14.50', 'COTTON PADS 80S', ...lines]);

  it('"POINTS REDEEMED (500) 5.00" and the cash less the change make the total', () => {
    const r = till('TOTAL  64.20', 'POINTS REDEEMED (500)  5.00', 'CASH  60.00', 'CHANGE  0.80');
    expect(r.invoice.totalAmount).toBe(64.2);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('points and cash that do not make the total leave it in doubt', () => {
    expect(fieldsInDoubt(till('TOTAL  64.20', 'POINTS REDEEMED (500)  5.00', 'CASH  60.00', 'CHANGE  1.80').checks)).toContain('totalAmount');
  });
});

describe('a hotel outlet\'s bill charged to the room, a folio paid by card', () => {
  const cafe = (...lines: string[]) => settled(['THE LOBBY CAFE', 'GRAND RIVERSIDE HOTEL SDN BHD (550871-K)', 'GST ID: 000550871920', 'Check #5512 Table 4 Guests 2', '26-03-2018 21:10', '1 CLUB SANDWICH  32.00', '1 MUSHROOM SOUP  18.00', '2 CAPPUCCINO  28.00', 'Subtotal  78.00', 'Service Charge 10%  7.80', ...lines]);

  it('"Charge to Room 1203" or "Amount Received (VISA)" paying the total vouches for it: a tax misread above it ("515" for 5.15) is unknown', () => {
    for (const payment of ['Charge to Room 1203', 'Amount Received (VISA)']) {
      const r = cafe('GST 6%  515', 'Total  90.95', `${payment}  90.95`);
      expect(r.invoice, payment).toMatchObject({ totalAmount: 90.95, taxAmount: null });
      expect(fieldsInDoubt(r.checks), payment).not.toContain('totalAmount');
    }
  });

  it('"Amount Received (VISA)" that is not the total puts it in doubt', () => {
    const r = cafe('Total  90.95', 'Amount Received (VISA)  80.95', 'Balance  0.00');
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('receipt dates against the other reading', () => {
  const till = (...lines: string[]) => settled(['RESTORAN JADE PALACE', 'JADE PALACE F&B SDN BHD (1077231-A)', ...lines, 'CRISPY ROAST DUCK (H) 1  48.00', 'STIR FRY KAILAN 1  18.00', 'Sub Total  66.00', 'Grand Total (RM)  66.00', 'VISA  66.00']);

  it('an SST number read as a date of the year 3100 is no reading against the receipt\'s own "26.09.18"', () => {
    const r = till('S5T 1D: 816- 1809- 31000412', 'Table: 87  Pax: 4', '1 o: 0926-8088  26.09.18 20:41');
    expect(r.invoice.date).toBe('2018-09-26');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('"25/3/18:12", a year run into what may be the time, stays in doubt when both readings take it', () => {
    const r = till('Tbl 12  25/3/18:12');
    expect(r.invoice.date).toBe('2018-03-25');
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});

describe('a time read as the end of a date', () => {
  const slip = (placed: string) => settled(['SPICE ROUTE KITCHEN', 'SPICE ROUTE F&B (SA0599102-D)', '21 JALAN SS2/64, 47300 PETALING JAYA', placed, '2x BUTTER CHICKEN SET  31.80', '1x MANGO LASSI  6.90', 'Total Paid  RM38.70', 'Paid with GrabPay']);

  it('"26 Myr 2018.6.05 pm" (the month garbled, the time\'s colon read as a point) is no date of June: in doubt', () => {
    expect(fieldsInDoubt(slip('Placed: 26 Myr 2018.6.05 pm').checks)).toContain('date');
  });

  it('"26 Mar 2018, 6.05 pm" is the 26th of March, not in doubt', () => {
    const r = slip('Placed: 26 Mar 2018, 6.05 pm');
    expect(r.invoice.date).toBe('2018-03-26');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('no total label: the payment under the items', () => {
  const shop = (...lines: string[]) => settled(['KEDAI RUNCIT AH SENG', '(002871553-M)', '8 JALAN PASAR BARU, 30200 IPOH', '28/03/2018 07:55 #0042', '1 MILO 3IN1 15S  14.50', '2 ROTI GARDENIA  7.60', '1 TELUR GRED A 10S  5.20', ...lines]);

  it('cash less the change that the items make is the total, not in doubt', () => {
    const r = shop('CASH  50.00', 'CHANGE  22.70');
    expect(r.invoice.totalAmount).toBe(27.3);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a card ("VISA ****2281", "MYDEBIT") paying what the items make is the total, an item count between passed over', () => {
    for (const payment of ['VISA ****2281  27.30', 'MYDEBIT  27.30']) {
      const r = shop('Items  4', payment);
      expect(r.invoice.totalAmount, payment).toBe(27.3);
      expect(fieldsInDoubt(r.checks), payment).not.toContain('totalAmount');
    }
  });

  it('a payment the items do not make stays in doubt', () => {
    expect(fieldsInDoubt(shop('CASH  50.00', 'CHANGE  12.70').checks)).toContain('totalAmount');
    expect(fieldsInDoubt(shop('VISA ****2281  29.30').checks)).toContain('totalAmount');
  });
});

describe('a card\'s figure with its thousands comma read as a point', () => {
  it('"VISA 3.387.00" pays "TOTAL 3,387.00": no doubt of the total', () => {
    const r = settled(['CELLULAR WORLD', 'CELLULAR WORLD SDN BHD (1033781-M)', 'GST ID: 001033781238', 'Receipt: CW-20447  29/03/2018 15:22', 'SAMSUNG GALAXY S9 64GB  3,299.00', 'TEMPERED GLASS S9  39.00', 'CASE S9 CLEAR  49.00', 'TOTAL (GST INCL)  3,387.00', 'VISA**7731  3.387.00']);
    expect(r.invoice.totalAmount).toBe(3387);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('dates beside the receipt\'s own', () => {
  const till = (...dates: string[]) => settled(['PETRON JALAN KLANG LAMA', 'STESEN MINYAK KLANG LAMA SDN BHD (551287-X)', 'GST No: 000551287306', ...dates, 'PUMP 06 BLAZE 95  51.59', '2 MINERAL WATER 500ML  2.40', 'TOTAL  53.99', 'CASH  60.00', 'CHANGE  6.01']);

  it('a reprint\'s "Print Date" gives way to the sale\'s date, above it or below', () => {
    for (const dates of [['Print Date: 28/03/2018 09:02', 'Trans Date: 27/03/2018 18:41'], ['Date: 27/03/2018 18:41', 'Reprinted: 28/03/2018 09:02']]) {
      const r = till(...dates);
      expect(r.invoice.date, dates[0]).toBe('2018-03-27');
      expect(fieldsInDoubt(r.checks), dates[0]).not.toContain('date');
    }
  });

  it('a print date alone is the receipt\'s date', () => {
    expect(till('Print Date: 28/03/2018 09:02').invoice.date).toBe('2018-03-28');
  });

  it('an order\'s later collection date is not the receipt\'s', () => {
    const r = till('Order Date: 29/03/2018  13:10', 'Collect: 02/04/2018  17:00');
    expect(r.invoice.date).toBe('2018-03-29');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('two 0s read as 6s or 8s ("28/83/2618", "29.63.2618") are put back, in doubt', () => {
    for (const line of ['02: 41 PM 28/83/2618', 'Doc: INV180328-07  Date: 28.63.2618']) {
      const r = till(line);
      expect(r.invoice.date, line).toBe('2018-03-28');
      expect(fieldsInDoubt(r.checks), line).toContain('date');
    }
  });
});

describe('a receipt that names its customer', () => {
  const SHOP = ['KEDAI PERKAKAS SRI MAJU', '(JM0412233-K)', '12, Jalan Pasar Besar, 30000 Ipoh', 'Tel: 05-241 7788'];

  it('a hand-filled "CASH BILL" under "Kepada:" prints no payment and is still a till receipt: its total alone is no doubt', () => {
    const r = settled([...SHOP, 'CASH BILL', 'No. 4102  Tarikh: 14/5/18', 'Kepada: Encik Muthu', 'Kuantiti / Perkara  RM', '4 x Paip PVC 1" @ 7.50  30.00', '2 x Gam paip @ 5.20  10.40', 'Jumlah RM  40.40']);
    expect(r.invoice).toMatchObject({ date: '2018-05-14', totalAmount: 40.4 });
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([]);
    expect(r.status).toBe('ok');
  });

  it('"BIL TUNAI" titles a cash sale as well', () => {
    const r = settled([...SHOP, 'BIL TUNAI', 'No. 0771  Tarikh: 03/06/2018', 'Kepada: Puan Aminah', '1 x Cat 5L  52.00', '1 x Berus  6.50', 'Jumlah  58.50']);
    expect(r.invoice).toMatchObject({ date: '2018-06-03', totalAmount: 58.5 });
    expect(r.status).toBe('ok');
  });

  it('a till receipt paid in cash with "Customer:" and a phone needs no net and tax beside its total', () => {
    const r = settled([...SHOP, 'Receipt: SM-22031  05/01/2019', 'Customer: Tan Ah Kow', 'Tel: 012-551 2093', '4 PVC PIPE 1/2"  26.00', '8 ELBOW 1/2"  4.80', 'TOTAL  30.80', 'CASH  50.00', 'CHANGE  19.20']);
    expect(r.invoice).toMatchObject({ date: '2019-01-05', totalAmount: 30.8 });
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([]);
  });

  it('a café\'s receipt made out "Bill To:" a company for a claim, paid by card, is a till receipt', () => {
    const r = settled(['OLD TOWN KOPITIAM', 'KOPI KAMPUNG SDN BHD (998231-M)', '22 JALAN TUN RAZAK, 50400 KL', 'Receipt: OTK-330912  12-01-2019 08:41', 'Bill To: Mutiara Logistics Sdn Bhd', '6 NASI LEMAK  53.40', '10 KOPI PENG  24.00', 'TOTAL  77.40', 'VISA  77.40']);
    expect(r.invoice).toMatchObject({ date: '2019-01-12', totalAmount: 77.4 });
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual([]);
  });

  it('an invoice addressed "Kepada:" that states no payment stays an invoice: its total without net and tax is in doubt', () => {
    const r = settled(['PT SINAR ABADI SENTOSA', 'Jl. Gatot Subroto No. 12, Jakarta', 'INVOICE', 'No. INV-2019-0112  Tanggal: 14/01/2019', 'Kepada: PT Maju Bersama', 'Jasa konsultasi  12.500.000', 'Total  12.500.000']);
    expect(r.invoice.buyer.name).toBe('PT Maju Bersama');
    expect(r.checks.find((c) => c.id === 'totals_partial')?.ok).toBe(false);
    expect(r.status).toBe('needs_review');
  });
});

describe('a two-digit year at either end of a date', () => {
  const till = (dateLine: string) => settled(['PETRON JALAN KUCHAI', 'DAYANG PETROL SDN BHD (1211883-X)', 'JALAN KUCHAI LAMA, 58200 KL', dateLine, 'PUMP 6 RON95  42.54', '100PLUS 500ML  3.50', 'AMOUNT DUE  46.04', 'CASH  50.00', 'CHANGE  3.96']);

  it('"19-01-05", read day first as 2005, may be printed year first: the date is in doubt', () => {
    for (const [line, date] of [['19-01-05 06:58  POS 2 TRX 88127', '2005-01-19'], ['18/11/03 21:40', '2003-11-18']]) {
      const r = till(line!);
      expect(r.invoice.date, line).toBe(date);
      expect(fieldsInDoubt(r.checks), line).toContain('date');
    }
  });

  it('a day-first date of 2010 on is no doubt, whatever its day would read as a year', () => {
    for (const [line, date] of [['26-03-18 10:02', '2018-03-26'], ['05-01-19 06:58', '2019-01-05'], ['12/01/2019 09:44', '2019-01-12']]) {
      const r = till(line!);
      expect(r.invoice.date, line).toBe(date);
      expect(fieldsInDoubt(r.checks), line).not.toContain('date');
    }
  });
});

describe('a till in a currency without cents, its thousands grouped', () => {
  const items = ['INDOMIE GORENG 5S 1  14.500', 'AQUA 1500ML 3  15.600', 'ROTI TAWAR 1  16.900'];

  it('"TOTAL BELANJA 47.000" over "TUNAI 50.000" and "KEMBALI 3.000" is forty-seven thousand, vouched by the change', () => {
    const r = settled(['MINIMARKET SUMBER REJEKI', 'JL. MERDEKA NO. 45, BANDUNG', '05.01.2019-17:22  KSR: DEWI', ...items, 'TOTAL BELANJA  47.000', 'TUNAI  50.000', 'KEMBALI  3.000']);
    expect(r.invoice).toMatchObject({ date: '2019-01-05', totalAmount: 47000 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a restaurant\'s "GRAND TOTAL 273.735" after its service and tax in rupiah', () => {
    const r = settled(['RUMAH MAKAN SARI RASA', 'JL. BRAGA NO. 12, BANDUNG', 'Tgl: 12/01/2019  19:20', '2 NASI GORENG SPESIAL  76.000', '1 GURAME GORENG  161.000', 'Subtotal  237.000', 'Service 5%  11.850', 'Pajak Resto 10%  24.885', 'GRAND TOTAL  273.735', 'Tunai  300.000', 'Kembali  26.265']);
    expect(r.invoice.totalAmount).toBe(273735);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('an invoice in krónur: the total with its sign after it ("183.520 kr.") is as the page prints it, no point lost', () => {
    const r = settled(['Prentsmiðja Norðurljós ehf.', 'Kt. 540317-1280  VSK-nr. 128844', 'REIKNINGUR', 'Kaupandi: Kaffihús Akureyrar ehf.', 'Reikningur nr. 10482  Dagsetning 12.11.2025', 'Matseðlar, plastaðir A4  60  1.200  72.000', 'Nafnspjöld, 500 stk.  4  9.500  38.000', 'Veggspjöld A2  20  1.900  38.000', 'Samtals án VSK  148.000', 'VSK 24%  35.520', 'Samtals með VSK  183.520 kr.']);
    expect(r.invoice.totalAmount).toBe(183520);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('beside two-decimal amounts, a grouped figure is no whole amount: "Point Balance 1,245" leaves the total', () => {
    const r = settled([...HEAD, 'BUTTER BUN x4  8.80', 'KAYA PUFF x3  5.70', 'TOTAL  14.50', 'CASH  20.00', 'CHANGE  5.50', 'Points Earned  14', 'Point Balance  1,245', 'Lifetime Points  12.880']);
    expect(r.invoice.totalAmount).toBe(14.5);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a tax line OCR misread under a total printed with cents', () => {
  const BAKERY = ['LAVENDER BAKERY', 'LAVENDER CONFECTIONERY & BAKERY SDN BHD', '(Co. Reg. 379108-W)', 'GST REG NO: 001329348608', '2018-01-09 08:03  POS 02',
    '3 BUTTER CROISSANT  11.40', '4 CHEESE TART  14.00', '1 WHOLEMEAL LOAF  6.90', '6 KAYA PUFF  9.60'];

  it('"GST 6% Incl. 237" (the tax\'s decimal point lost) leaves "TOTAL 41.90" undoubted: the tax is unknown', () => {
    const r = settled([...BAKERY, 'TOTAL  41.90', 'GST 6% Incl.  237']);
    expect(r.invoice).toMatchObject({ totalAmount: 41.9, taxAmount: null });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    const added = settled([...BAKERY, 'Total Excl GST  39.53', 'GST 6%  237', 'TOTAL  41.90']);
    expect(added.invoice).toMatchObject({ totalAmount: 41.9, amount: 39.53, taxAmount: null });
    expect(fieldsInDoubt(added.checks)).not.toContain('totalAmount');
  });

  it('a tax above any tax\'s share of the total, or beside a whole-number total, still puts both in doubt', () => {
    const share = settled([...BAKERY, 'TOTAL  41.90', 'GST 6% Incl.  2000']);
    expect(fieldsInDoubt(share.checks)).toEqual(expect.arrayContaining(['taxAmount', 'totalAmount']));
    const whole = settled([...BAKERY, 'TOTAL  4190', 'GST 6% Incl.  237']);
    expect(fieldsInDoubt(whole.checks)).toContain('totalAmount');
  });

  it('"GST 6V Incl. 2.37" (the rate\'s % misread) gives the tax its figure, not the rate, and no net is made from the rate', () => {
    for (const pay of [['CASH  50.00', 'CHANGE  8.10'], ['VISA  41.90'], []]) {
      const r = settled([...BAKERY, 'TOTAL  41.90', ...pay, 'GST 6V Incl.  2.37']);
      expect(r.invoice).toMatchObject({ totalAmount: 41.9, taxAmount: 2.37, amount: null });
      expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    }
  });
});

describe('a subtotal before a discount on a receipt whose prices include the tax', () => {
  const STORE = ['PARKSON SUNWAY PYRAMID', 'PARKSON CORPORATION SDN BHD', '(Co. Reg. 89194-V)', 'GST ID: 000194781184', '27JAN18 15:02  TRN 10288', 'POLO T-SHIRT M 2@59.90  119.80', 'SOCKS 3PR  19.90'];

  it('"SUB-TOTAL 139.70", "PROMO DISC -12.00", "TOTAL 127.70", "GST 6% INCL. 7.23": no net, the total and the tax as printed, nothing in doubt', () => {
    const r = settled([...STORE, 'SUB-TOTAL  139.70', 'PROMO DISC  -12.00', 'TOTAL  127.70', 'TENDER: VOUCHER  50.00', 'TENDER: CASH  100.00', 'CHANGE  22.30', 'GST 6% INCL.  7.23']);
    expect(r.invoice).toMatchObject({ totalAmount: 127.7, taxAmount: 7.23, amount: null });
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).not.toContain('totals_consistent');
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a net that, with the tax added, makes the total after the discount is kept', () => {
    const r = settled([...STORE, 'SUB-TOTAL  139.70', 'DISC  -12.00', 'TOTAL EXCL GST  127.70', 'GST 6%  7.66', 'TOTAL  135.36', 'CASH  150.00', 'CHANGE  14.64']);
    expect(r.invoice).toMatchObject({ totalAmount: 135.36, taxAmount: 7.66, amount: 127.7 });
  });
});

describe('a till date with its month name run into the day and the year', () => {
  it('"27JAN18 15:02" is the date the page shows: OCR is not unsure of it', () => {
    const r = settled(['PARKSON SUNWAY PYRAMID', 'PARKSON CORPORATION SDN BHD', '(Co. Reg. 89194-V)', 'GST ID: 000194781184', '27JAN18 15:02  TRN 10288', 'SOCKS 3PR  19.90', 'TOTAL  19.90', 'CASH  20.00', 'CHANGE  0.10']);
    expect(r.invoice).toMatchObject({ date: '2018-01-27', totalAmount: 19.9 });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    expect(r.status).toBe('ok');
  });
});

describe('a till total the other reading took for the net', () => {
  const CAFE = ['THE BEAN COUNTER CAFE', 'BEAN COUNTER F&B SDN BHD (1120031-T)', 'GST ID: 001921837760', '07/04/2018 (Sat)  14:40', '2 AMERICANO  17.00', '1 CARBONARA  22.90', '1 CAESAR SALAD  18.90'];

  it('"Net Total 68.55" with the total above it misread ("Zotal (and GST)"): 68.55 is the total, not a net that with the tax made 72.43', () => {
    const r = settled([...CAFE, 'Subtotal  58 80', 'Service Charge 10%  588', 'GST 6%  3.88', 'Zotal (and GST)  68.56', 'Rounding  -0 01', 'Net Total  68.55', 'Cash  100 00', 'Change  31.45']);
    expect(r.invoice).toMatchObject({ totalAmount: 68.55, taxAmount: 3.88, amount: null });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a net the page prints that makes the total with the tax is kept', () => {
    const r = settled([...CAFE, 'Subtotal  58.80', 'Service Charge 10%  5.88', 'Total Excl GST  64.68', 'GST 6%  3.88', 'Net Total  68.56', 'Cash  100.00', 'Change  31.44']);
    expect(r.invoice).toMatchObject({ totalAmount: 68.56, taxAmount: 3.88, amount: 64.68 });
  });
});

describe('a subtotal of prices with the tax in them, rounded to the total', () => {
  const MART = ['AEON BIG (M) SDN BHD', '(Co. Reg. 731737-A)', 'GST ID: 001200911360', '14/04/18 11:48  R# 0123 C# 03', 'CHICKEN WHOLE 1.6KG  14.88', 'BROCCOLI X2  7.98', 'YOGURT 4S  8.49', 'ORANGE JUICE 1L X2  14.58'];

  it('"SUB TOTAL 45.93", "ROUNDING 0.02", "TOTAL 45.95", "GST 6V INCLUDED 2.60": no net, the tax included, the total undoubted', () => {
    for (const gst of ['GST 6V INCLUDED  2.60', 'GST 6V INCL.  2.60']) {
      const r = settled([...MART, 'SUB TOTAL  45.93', 'ROUNDING  0.02', 'TOTAL  45.95', 'GIFT VOUCHER  20.00', 'POINTS REDEEM 500  5.00', 'CASH  30.00', 'CHANGE  9.05', gst]);
      expect(r.invoice).toMatchObject({ totalAmount: 45.95, taxAmount: 2.6, amount: null });
      expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    }
  });

  it('the rounding\'s figure is no tax: "GST 6% INCLUDED 2.60" under a subtotal the rounding brings to the total, up or down', () => {
    for (const [sub, rounding] of [['45.93', '0.02'], ['45.97', '-0.02']] as const) {
      for (const gst of ['GST 6% INCLUDED  2.60', 'GST @6% INCLUDED  2.60']) {
        const r = settled([...MART, `SUB TOTAL  ${sub}`, `ROUNDING  ${rounding}`, 'TOTAL  45.95', 'CASH  50.00', 'CHANGE  4.05', gst]);
        expect(r.invoice).toMatchObject({ totalAmount: 45.95, taxAmount: 2.6, amount: null });
        expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
      }
    }
  });
});

describe('a total label whose tax word is qualified after it', () => {
  const SHOP = ['SYARIKAT ALAT TULIS CERIA', '(Co. Reg. 002198831-T)', 'GST ID: 000765510272', '28/05/2018 16:02  CS 0018221', '10 EXERCISE BOOK 80P  12.00', '1 SCHOOL BAG  59.00'];

  it('"TOTAL SALES (GST INC) 71.00", paid in cash and by an e-wallet, under a summary of the net and the tax: the total, undoubted', () => {
    for (const label of ['TOTAL SALES (GST INC)', 'TOTAL SALES (GST INCL.)', 'TOTAL (GST INC)', 'Total Sales GST Inclusive']) {
      const r = settled([...SHOP, 'ROUNDING  0.00', `${label}  71.00`, 'CASH  50.00', 'TNG  21.00', 'CODE  NET    GST', 'SR 6%  66.98   4.02']);
      expect(r.invoice).toMatchObject({ date: '2018-05-28', totalAmount: 71 });
      expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    }
  });

  it('"Total GST Incl. 4.02" is still the tax\'s line, not the total', () => {
    const r = settled([...SHOP, 'TOTAL  71.00', 'CASH  100.00', 'CHANGE  29.00', 'Total GST Incl.  4.02']);
    expect(r.invoice).toMatchObject({ totalAmount: 71 });
  });
});

describe('Malay total labels around a service charge and the tax', () => {
  const BILL = ['RESTORAN SELERA KAMPUNG', 'SELERA KAMPUNG SDN BHD (998102-T)', 'GST ID: 001822093371', 'Tarikh: 15-Feb-2018  Masa: 13:22', '2 NASI BERIANI KAMBING  33.80', '1 AYAM MASAK MERAH  12.00', '3 SIRAP BANDUNG  10.50'];

  it('"Jumlah Kecil" is the subtotal and "Jumlah Termasuk GST" the total', () => {
    const r = settled([...BILL, 'Jumlah Kecil  56.30', 'Caj Perkhidmatan 10%  5.63', 'GST 6%  3.72', 'Pelarasan  0.00', 'Jumlah Termasuk GST  65.65', 'Tunai  100.00', 'Baki  34.35']);
    expect(r.invoice).toMatchObject({ date: '2018-02-15', totalAmount: 65.65 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('paid less change printed under a "total" the items make, before the payment, is the total: never the subtotal, status ok', () => {
    const r = settled([...BILL, 'TOTAL  56.30', 'Svc Chg 10%  5.63', 'GST 6%  3.72', 'Nett Bill (GST)  65.65', 'Cash  100.00', 'Change  34.35']);
    expect(r.invoice).toMatchObject({ totalAmount: 65.65 });
  });

  it('a subtotal the items make, paid in full with no figure under it, is still the total', () => {
    const r = settled([...BILL, 'Jumlah  56.30', 'Tunai  60.00', 'Baki  3.70']);
    expect(r.invoice).toMatchObject({ totalAmount: 56.3 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a till date in words: the month first with a two-digit year, or a Malay month', () => {
  const foot = ['1 GRILLED LAMB CHOP  38.90', 'TOTAL  38.90', 'CASH  50.00', 'CHANGE  11.10'];

  it('"Mar 27, 18 20:15", "Apr 2,18", "Jan 9, 18 3:15PM": the year after the comma, shown on the page, undoubted', () => {
    for (const [printed, date] of [['Mar 27, 18 20:15  Tbl 9', '2018-03-27'], ['Apr 2,18 18:05  Rcpt 0088231', '2018-04-02'], ['Jan 9, 18 3:15PM  Str 0211', '2018-01-09']] as const) {
      const r = settled(['THE OLD TOWN GRILL', 'OLD TOWN GRILL SDN BHD (1109871-U)', 'GST ID: 001633098177', printed, ...foot]);
      expect(r.invoice).toMatchObject({ date, totalAmount: 38.9 });
      expect(fieldsInDoubt(r.checks)).not.toContain('date');
    }
  });

  it('"13 Mac 2018" is a date the page shows', () => {
    const r = settled(['KEDAI RUNCIT SRI MAJU', '(SA0311287-P)', 'GST ID: 001288731902', '13 Mac 2018  08:31', ...foot]);
    expect(r.invoice).toMatchObject({ date: '2018-03-13' });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('"Mar 27, 1820:15" (a time run into the year) is no date read with confidence', () => {
    const r = settled(['THE OLD TOWN GRILL', 'GST ID: 001633098177', 'Mar 27, 1820:15', ...foot]);
    expect(r.invoice?.date === null || fieldsInDoubt(r.checks).includes('date')).toBe(true);
  });
});

describe('a second date printed on a till receipt: the last day to exchange or return the goods', () => {
  it('"Exchange by 19/02/2018", "Return by: 2018-03-20", "Refunds on or before ...": the sale\'s date, undoubted', () => {
    for (const other of ['Exchange by 19/02/2018 with receipt', 'Return by: 2018-03-20', 'Returns by 20 Feb 2018', 'Refund on or before 19-02-2018']) {
      const r = settled(['AA PHARMACY', 'AA PHARMACY (PJ) SDN BHD (1055402-M)', 'GST ID: 001277419820', '12/02/2018 17:21  Rcpt 2201-0318', '1 COUGH SYRUP 120ML  16.90', 'Amount Due  16.90', 'Cash  20.00', 'Change  3.10', 'GST 6% Included  0.96', other]);
      expect(r.invoice).toMatchObject({ date: '2018-02-12', totalAmount: 16.9 });
      expect(fieldsInDoubt(r.checks)).not.toContain('date');
    }
  });
});

describe('a date printed under the total with no time: a voucher\'s or a promotion\'s', () => {
  const SHOP = ['MPH BOOKSTORES', 'MPH BOOKSTORES SDN BHD (6121-U)', 'GST ID: 000122870016'];
  const SALE = ['1 SAPIENS (PB)  59.90', '1 MAGAZINE  12.90', 'TOTAL  72.80', 'VISA  72.80', 'GST 6% Incl.  4.12', 'RM5 VOUCHER'];

  it('the sale\'s date above the items is the date, undoubted, when the promotion\'s label is lost ("aid 31 May 2018")', () => {
    for (const foot of ['aid  31 May 2018', 'Vald un 31/12/2018']) {
      const r = settled([...SHOP, '19/01/2018  19:02', ...SALE, foot, 'THANK YOU']);
      expect(r.invoice).toMatchObject({ date: '2018-01-19', totalAmount: 72.8 });
      expect(fieldsInDoubt(r.checks)).not.toContain('date');
    }
  });

  it('the sale\'s date lost, the only date left under the total with no time is named in doubt', () => {
    const r = settled([...SHOP, '#12018  1957', ...SALE, 'Vald un 31/12/2018', 'THANK YOU']);
    expect(r.status).toBe('needs_review');
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });

  it('a date under the total with its time, or labelled, is still the sale\'s', () => {
    for (const foot of ['19/01/2018 19:02', 'Date: 19/01/2018']) {
      const r = settled([...SHOP, ...SALE, foot, 'THANK YOU']);
      expect(r.invoice).toMatchObject({ date: '2018-01-19' });
      expect(fieldsInDoubt(r.checks)).not.toContain('date');
    }
  });
});

describe('a pump\'s slip with no total label', () => {
  const SLIP = ['SHELL BATU CAVES', 'BATU CAVES AUTO CENTRE SDN BHD', '(Co. Reg. 1009812-A)', 'GST ID: 000710928331', '27/11/2017 14:20  Trx 0192231', 'PUMP  07', 'PRODUCT  DIESEL', 'LITRES  55.30', 'UNIT PRICE  2.25'];

  it('"AMOUNT (RM) 124.43" paid to the cent by a fleet card is the total, undoubted; the odometer is no amount', () => {
    const r = settled([...SLIP, 'AMOUNT (RM)  124.43', 'FLEET CARD  124.43', 'CARD 7077 12** **** 3341', 'VEHICLE NO  WXY 1234', 'ODOMETER  128431', 'GST 0% (ZR)  0.00']);
    expect(r.invoice).toMatchObject({ date: '2017-11-27', totalAmount: 124.43 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('an amount no payment agrees with is still in doubt', () => {
    const r = settled([...SLIP, 'AMOUNT (RM)  124.43', 'FLEET CARD  12.43', 'ODOMETER  128431']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a Malaysian receipt charging GST, dated before the tax began', () => {
  const SLIP = (date: string) => ['SHELL SG BULOH', 'SG BULOH SERVICE STATION SDN BHD', 'GST ID: 000712234881', `${date} 18:22  INV 0571221`, 'P05 V-POWER 97  66.26', 'ENGINE OIL 4L  89.00', 'TOTAL RM  155.26', 'CASH  60.00', 'MASTERCARD  95.26', 'GST SUMMARY  AMT  TAX', 'S 6%  83.96  5.04', 'Z 0%  66.26  0.00'];

  it('"2010/05/03" (a year OCR misread) is named in doubt', () => {
    const r = settled(SLIP('2010/05/03'));
    expect(r.invoice).toMatchObject({ date: '2010-05-03', totalAmount: 155.26 });
    expect(r.status).toBe('needs_review');
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });

  it('a date of the GST years is not; nor is an old date on a page with no GST', () => {
    const r = settled(SLIP('2018/05/03'));
    expect(r.invoice).toMatchObject({ date: '2018-05-03' });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    const old = settled(['KEDAI RUNCIT MAJU SDN BHD', '12/03/2012 10:15', 'BREAD  2.40', 'TOTAL RM  2.40', 'CASH  10.00', 'CHANGE  7.60']);
    expect(old.invoice).toMatchObject({ date: '2012-03-12' });
    expect(fieldsInDoubt(old.checks)).not.toContain('date');
  });
});

describe('a till receipt whose payment OCR garbled, read for its date', () => {
  it('"Canh 100.00" over "Change 25.75": the promotion\'s date at the foot gives way, the sale\'s is undoubted', () => {
    const r = settled(['BREW AND BAKE SDN BHD (1177280-W)', 'GST ID:002088173329', '28 Apr 2018  10:25', 'Order 118  Table 3', '2 FLAT WHITE  21.00', '2 CROISSANT  15.80', 'Subtotat  36.80', 'Total (GST Inc)  36.80', 'Canh  100.00', 'Change  63.20', 'FREE COOKGE WITH ANY COFTEE', 'aid  31 May 2018']);
    expect(r.invoice).toMatchObject({ date: '2018-04-28', totalAmount: 36.8 });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('a month-first date with a short year whose comma OCR read as a point', () => {
  it('"Jan 9.18 3:15PM": the year before the time, undoubted; "Jan 9.18" with no time is no date read', () => {
    const foot = ['1 LIP BALM  17.80', 'Amount Due  17.80', 'Debit Card  17.80'];
    const r = settled(['WATSONS SUNWAY', 'GST:ID: 000199381056', 'Jan 9.18 3:15PM  Str 0211', ...foot]);
    expect(r.invoice).toMatchObject({ date: '2018-01-09', totalAmount: 17.8 });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    const bare = settled(['WATSONS SUNWAY', 'GST:ID: 000199381056', 'Jan 9.18  Str 0211', ...foot]);
    expect(bare.invoice?.date === null || fieldsInDoubt(bare.checks).includes('date')).toBe(true);
  });
});

describe('"Amount Due" with one letter misread on a worn print', () => {
  const SHOP = ['GUARDIAN HEALTH AND BEAUTY SDN BHD', '(Co.Reg 133123-A)', 'GST ID: 001088774016', '02/03/2018  12:18', 'Rcpt: 3301-2210-0671  Cashier 91'];
  const ITEMS = ['ANTISEPTIC LIQUID 500ML  14.90', 'THERMOMETER DIGITAL  29.90', 'COTTON WOOL 100G X2  7.80', 'Rounding  0.00'];

  it('"Asount Due", "Amoumt Payable" name the total over the summary and the savings under it', () => {
    for (const label of ['Asount Due', 'Amoumt Payable', 'Anount Due']) {
      const r = settled([...SHOP, ...ITEMS, `${label}  52.60`, 'Cash  100.00', 'Change  47.40', 'Total Saving  6.20', 'GST Summary  Net  GST  Gross', 'S 6%  49.62  2.98  52.60']);
      expect(r.invoice.totalAmount, label).toBe(52.6);
      expect(fieldsInDoubt(r.checks), label).not.toContain('totalAmount');
    }
  });

  it('the figures misread too ("1.00", "9.00", change "57.40"): the labelled total, which the tax summary makes, not in doubt', () => {
    const page = (gross: string) => [...SHOP, 'ANTISEPTIC LIQUID 500ML  14.90', 'THERMOMETER DIGITAL  29.90', 'COTT0N WO0L 100G X2  1.00', 'Rounding  9.00', 'Asount Due  52.60', 'Cash  100.00', 'Change  57.40', 'Total Saving  6.20', 'GST Summary  Het  GST  Gross', `5 069  49.62  2.98  ${gross}`];
    const r = settled(page('52.60'));
    expect(r.invoice.totalAmount).toBe(52.6);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    // A summary whose net and tax make another figure leaves the total in doubt.
    expect(fieldsInDoubt(settled(page('52.80')).checks)).toContain('totalAmount');
  });
});

describe('a service charge and a tip the guest wrote under the bill\'s total', () => {
  const MY = ['THE GRILL ROOM', 'GRILL ROOM F&B SDN BHD (1188201-W)', 'JALAN TELAWI 3, BANGSAR, 59100 KL', 'SST ID: W10-1808-32000114', 'Chk 4471  Tbl 22', '27 JAN 2024  21:06',
    '1 RIBEYE STEAK 250G  88.00', '1 CAESAR SALAD  26.00', '2 MUSHROOM SOUP  32.00', '2 ICED LEMON TEA  18.00'];
  const SG = ['SUSHI TEI ROBERTSON', 'TEI FOOD PTE LTD GST: 200611822H', '11 MOHAMED SULTAN RD S238968', '14/02/2024  20:48', 'Tbl 15 Pax 2  Chk 20391',
    '2 WAGYU DON  76.00', '1 SALMON SASHIMI  26.00', '2 MISO SOUP  8.00', '2 GREEN TEA  7.00'];

  it('the second total, with the tip, is the total; the tax its line prints; the net (subtotal, charge and tip) unknown', () => {
    for (const [lines, total, net, tax] of [
      [[...MY, 'Subtotal  164.00', 'Service Charge 10%  16.40', 'SST 6%  10.82', 'TOTAL  191.22', 'MASTERCARD****8812', 'APPR 402281', 'TIP  15.00', 'TOTAL  206.22', 'X', 'CARDHOLDER SIGNATURE'], 206.22, null, 10.82],
      [[...SG, 'Subtotal  117.00', 'Svc Chg 10%  11.70', 'GST 9%  11.58', 'Total  140.28', 'AMEX ***1004APPROVED', 'Tip  10.00', 'Total  150.28', 'Signature'], 150.28, null, 11.58],
    ] as const) {
      const r = settled([...lines]);
      expect(r.invoice, lines[0]).toMatchObject({ totalAmount: total, amount: net, taxAmount: tax });
      expect(r.checks.filter((c) => !c.ok).map((c) => c.id), lines[0]).not.toContain('totals_consistent');
      expect(fieldsInDoubt(r.checks).filter((f) => ['amount', 'taxAmount', 'totalAmount'].includes(f)), lines[0]).toEqual([]);
    }
  });

  it('"Service 5%" before the tax is a service charge, part of the net the tax is on', () => {
    const r = settled(['KOPI SENJA', 'JL. KEMANG RAYA NO. 8, JAKARTA SELATAN', 'Tanggal: 07/02/2024 16:40', '2 KOPI SUSU  56.000', '1 CROISSANT  32.000', '1 NASI GORENG  45.000',
      'Subtotal  133.000', 'Service 5%  6.650', 'PPN 11%  15.362', 'TOTAL TAGIHAN  155.012', 'QRIS  155.012']);
    expect(r.invoice).toMatchObject({ totalAmount: 155012, amount: 139650, taxAmount: 15362 });
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).not.toContain('totals_consistent');
  });
});
