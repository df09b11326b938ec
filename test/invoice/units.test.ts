import { describe, expect, it } from 'vitest';
import { detectCurrency, findAmounts, parseAmount, parseTaxRate } from '../../src/invoice/amounts.js';
import { findDates, parseDate } from '../../src/invoice/dates.js';
import { parseChineseAmount, toChineseAmount } from '../../src/invoice/cn/amount-words.js';
import { isValidUscc, usccCheckChar } from '../../src/invoice/cn/uscc.js';
import { parseInvoiceQr } from '../../src/invoice/cn/qr.js';
import { completeTotals, emptyInvoice } from '../../src/invoice/model.js';

describe('parseAmount', () => {
  it.each([
    ['1.234,56', 1234.56], ['1,234.56', 1234.56], ['¥1,234.56', 1234.56], ['-12,00 €', -12], ['€ -12,00', -12],
    ['(45.10)', -45.1], ['12,00-', -12], ['1 234,56', 1234.56], ["1'234.50", 1234.5], ['1.234', 1234], ['1,234', 1234],
    ['0,075', 0.075], ['12,5', 12.5], ['300', 300], ['EUR 2,076.76', 2076.76], ['￥25254.62', 25254.62], ['1.000.000', 1000000],
    ['−3,50', -3.5], ['Total: 99.90 USD', 99.9],
  ])('%s → %d', (s, n) => expect(parseAmount(s)).toBe(n));
  it('ends a figure at a space after its decimals: the next figure is another value', () => {
    expect(parseAmount('665,00 139,65 804,65')).toBe(665);
    expect(parseAmount('100.00 200.00 USD')).toBe(100);
    expect(parseAmount('-35,00 665,00')).toBe(-35);
    expect(parseAmount('1 234 567,89 €')).toBe(1234567.89);
  });
  it('returns null without digits and honours a forced decimal separator', () => {
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('1.234', '.')).toBe(1.234);
    expect(parseAmount('1,234', ',')).toBe(1.234);
  });
  it('finds amounts in a row and tax rates', () => {
    expect(findAmounts('20 Unit(s)  4,55 €  10%  81,90 €')).toEqual([20, 4.55, 10, 81.9]);
    expect(parseTaxRate('13%')).toBe(0.13);
    expect(parseTaxRate('5,5 %')).toBe(0.055);
    expect(parseTaxRate('免税')).toBe(0);
    expect(parseTaxRate('0.06')).toBe(0.06);
    expect(parseTaxRate('n/a')).toBeNull();
  });
  it('detects currencies from codes and symbols', () => {
    expect(detectCurrency('Total 12,00 €')).toBe('EUR');
    expect(detectCurrency('¥318.00')).toBe('CNY');
    expect(detectCurrency('£ 10')).toBe('GBP');
    expect(detectCurrency('USD 5')).toBe('USD');
    expect(detectCurrency('$5')).toBe('USD');
    expect(detectCurrency('Rs. 1,200.00')).toBe('INR');
    expect(detectCurrency('₹ 900')).toBe('INR');
    expect(detectCurrency('436,04 zl')).toBe('PLN');
    expect(detectCurrency('Razem brutto: 536,33zl')).toBe('PLN');
    expect(detectCurrency('Zlota 44, Warszawa')).toBeNull();
    expect(detectCurrency('Mrs. Smith')).toBeNull();
    expect(detectCurrency('no money')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2024年01月15日', '2024-01-15'], ['2024年1月5日', '2024-01-05'], ['2024-01-15', '2024-01-15'], ['15.01.2024', '2024-01-15'],
    ['15/01/2024', '2024-01-15'], ['01/15/2024', '2024-01-15'], ['Jan 15, 2024', '2024-01-15'], ['January 15th 2024', '2024-01-15'],
    ['15 janvier 2024', '2024-01-15'], ['15. Januar 2024', '2024-01-15'], ['1er mars 2024', '2024-03-01'], ['15 de enero de 2024', '2024-01-15'],
    ['15 februari 2024', '2024-02-15'], ['20240115', '2024-01-15'], ['15-Jan-2024', '2024-01-15'], ['3. März 2024', '2024-03-03'],
    ['Date: 05.03.18', '2018-03-05'], ['31 décembre 2023', '2023-12-31'], ['04-Jul-24', '2024-07-04'], ['3rd of September 2024', '2024-09-03'],
    ['March 14,2024', '2024-03-14'],
  ])('%s → %s', (s, d) => expect(parseDate(s)).toBe(d));
  it('reads month-first when asked, rejects impossible dates', () => {
    expect(parseDate('03/04/2024')).toBe('2024-04-03');
    expect(parseDate('03/04/2024', { monthFirst: true })).toBe('2024-03-04');
    expect(parseDate('31.02.2024')).toBeNull();
    expect(parseDate('nothing')).toBeNull();
  });
  it('reads a two-digit day OCR split with a space, before a month name or a zero-padded month only', () => {
    expect(parseDate('Liefer- und Rechnungsdatum: 1 1. Juli 2014')).toBe('2014-07-11');
    expect(parseDate('Datum 3 0.06.2023')).toBe('2023-06-30');
    // Another figure before a day: a quantity, a page number, a day that cannot be.
    expect(parseDate('Pos 4 1. Juli 2014')).toBe('2014-07-01');
    expect(parseDate('Seite 1 von 2 1.2.2020')).toBe('2020-02-01');
    expect(parseDate('2 15. Juli 2014')).toBe('2014-07-15');
  });
  it('finds every date in order', () => {
    expect(findDates('vom 01.10.2018 bis 31.10.2018')).toEqual(['2018-10-01', '2018-10-31']);
  });
});

describe('人民币大写', () => {
  it.each([
    ['壹仟贰佰叁拾肆圆伍角陆分', 1234.56], ['叁佰壹拾捌圆整', 318], ['⊗伍佰贰拾陆圆整', 526], ['贰万伍仟贰佰伍拾肆圆陆角贰分', 25254.62],
    ['壹仟零伍圆整', 1005], ['壹拾圆整', 10], ['拾圆整', 10], ['伍角', 0.5], ['壹圆零伍分', 1.05], ['壹亿贰仟万圆整', 120000000],
    ['负壹佰圆整', -100], ['（负数）壹佰圆整', -100], ['叁佰柒拾玖元整', 379], ['壹万零伍拾圆零贰分', 10050.02],
  ])('%s → %d', (w, n) => expect(parseChineseAmount(w)).toBe(n));
  it.each([
    [1234.56, '壹仟贰佰叁拾肆圆伍角陆分'], [318, '叁佰壹拾捌圆整'], [1005, '壹仟零伍圆整'], [10, '壹拾圆整'], [0.5, '伍角整'],
    [1.05, '壹圆零伍分'], [100000, '壹拾万圆整'], [10050.02, '壹万零伍拾圆零贰分'], [25254.62, '贰万伍仟贰佰伍拾肆圆陆角贰分'],
    [120000000, '壹亿贰仟万圆整'], [100010000, '壹亿零壹万圆整'], [-100, '负壹佰圆整'],
  ])('%d → %s', (n, w) => expect(toChineseAmount(n)).toBe(w));
  it('round-trips', () => {
    for (const n of [0.01, 7.3, 101, 1010.1, 20000.2, 305060.07, 9999999.99]) expect(parseChineseAmount(toChineseAmount(n))).toBe(n);
  });
  it('rejects other text', () => {
    expect(parseChineseAmount('发票号码')).toBeNull();
    expect(parseChineseAmount('')).toBeNull();
  });
});

describe('统一社会信用代码', () => {
  it('accepts real codes from the OFD fixtures and rejects altered ones', () => {
    for (const code of ['91522701709696623X', '92522726MA7GNHJ07M', '91320115MA202UKD7X', '92330781MA2EDMFU50', '91370203MA3N3AR685', '913710007062495888']) {
      expect(isValidUscc(code), code).toBe(true);
    }
    expect(isValidUscc('91522701709696623Y')).toBe(false);
    expect(isValidUscc('9150010807MGZHI002')).toBe(false); // I is not in the alphabet (a made-up sample id)
    expect(isValidUscc('123')).toBe(false);
    expect(usccCheckChar('91522701709696623')).toBe('X');
  });
});

describe('invoice QR payload', () => {
  it('classic electronic normal invoice: code, number, pre-tax amount, date, check code', () => {
    const inv = parseInvoiceQr('01,10,050001700111,99999951,300.00,20201010,14754822929856772523,E400,')!;
    expect(inv).toMatchObject({ type: 'vat_normal', code: '050001700111', number: '99999951', amount: 300, totalAmount: null, date: '2020-10-10', checkCode: '14754822929856772523' });
    expect(inv.fieldSources).toMatchObject({ number: 'qr', amount: 'qr' });
  });
  it('electronic special invoice (type 20) without check code', () => {
    const inv = parseInvoiceQr('01,20,052002100113,00008006,24519.05,20220505,,88CD')!;
    expect(inv).toMatchObject({ type: 'vat_special', code: '052002100113', number: '00008006', amount: 24519.05, checkCode: null });
  });
  it('数电 invoice: no code, 20-digit number, gross amount', () => {
    const inv = parseInvoiceQr('01,32,,25924000000001260164,379.00,20250401,,B9F1')!;
    expect(inv).toMatchObject({ type: 'vat_normal', code: null, number: '25924000000001260164', totalAmount: 379, amount: null, date: '2025-04-01' });
  });
  it('other strings are not payloads', () => {
    expect(parseInvoiceQr('https://example.com')).toBeNull();
    expect(parseInvoiceQr('01,10,x,12,1,2')).toBeNull();
  });
});

describe('completeTotals', () => {
  const totals = (amount: number | null, taxAmount: number | null, totalAmount: number | null) => {
    const inv = emptyInvoice();
    Object.assign(inv, { amount, taxAmount, totalAmount });
    completeTotals(inv);
    return [inv.amount, inv.taxAmount, inv.totalAmount];
  };
  it('fills the one missing total from the other two, credit notes too', () => {
    expect(totals(552.83, 33.17, null)).toEqual([552.83, 33.17, 586]);
    expect(totals(552.83, null, 586)).toEqual([552.83, 33.17, 586]);
    expect(totals(null, 33.17, 586)).toEqual([552.83, 33.17, 586]);
    expect(totals(-100, null, -113)).toEqual([-100, -13, -113]);
    expect(totals(100, null, 100)).toEqual([100, 0, 100]);
  });
  it('leaves a difference unknown when its sign is not the total\'s: one figure was misread', () => {
    // The tax figure taken for the total (a scan lost the total): a tax of -519.66 is no tax.
    expect(totals(552.83, null, 33.17)).toEqual([552.83, null, 33.17]);
    expect(totals(null, 600, 586)).toEqual([null, 600, 586]);
    expect(totals(null, null, 586)).toEqual([null, null, 586]);
  });
});
