import { describe, expect, it } from 'vitest';
import { fieldsInDoubt, needsReview, roundingCheckedWith, runChecks, tillReceiptCheckedWith } from '../../src/invoice/checks.js';
import { recheck } from '../../src/server/invoices/routes/review.js';
import { emptyInvoice, emptyLineItem, type ExtractResult, type Invoice } from '../../src/invoice/model.js';
import { invoiceIdentity } from '../../src/invoice/identity.js';
import { mergeInvoices, dominantSource } from '../../src/invoice/merge-sources.js';

const NOW = new Date('2025-06-01T00:00:00Z');

function cnInvoice(): Invoice {
  const inv = emptyInvoice('CNY');
  Object.assign(inv, {
    type: 'vat_normal', code: '050001700111', number: '99999951', date: '2020-10-10', amount: 300, taxAmount: 18, totalAmount: 318,
    totalInWords: '叁佰壹拾捌圆整',
  });
  inv.seller = { ...inv.seller, name: '杭州融易算企业管理咨询有限公司', taxId: '92522726MA7GNHJ07M' };
  inv.buyer = { ...inv.buyer, name: '贵州某公司', taxId: '91522701709696623X' };
  inv.items = [1, 2, 3].map(() => ({ ...emptyLineItem('*餐饮服务*餐费'), quantity: 4, unitPrice: 25, amount: 100, taxRate: 0.06, taxAmount: 6 }));
  return inv;
}
const byId = (checks: ReturnType<typeof runChecks>) => Object.fromEntries(checks.map((c) => [c.id, c.ok]));

describe('runChecks', () => {
  it('passes a consistent Chinese invoice (seller id check character is right)', () => {
    const checks = runChecks(cnInvoice(), NOW);
    expect(byId(checks)).toEqual({
      totals_consistent: true, words_match_figures: true, items_sum: true, tax_rate_consistent: true,
      tax_id_checksum: true, date_plausible: true, required_fields: true,
    });
    expect(needsReview(checks)).toBe(false);
  });

  it('flags each inconsistency with a message', () => {
    const inv = cnInvoice();
    inv.totalAmount = 319;
    inv.totalInWords = '叁佰壹拾柒圆整';
    inv.items[2].amount = 90;
    inv.items[0].taxAmount = 7;
    inv.buyer.taxId = '91522701709696623Y';
    inv.date = '2031-01-01';
    const checks = runChecks(inv, NOW);
    expect(byId(checks)).toMatchObject({
      totals_consistent: false, words_match_figures: false, items_sum: false, tax_rate_consistent: false,
      tax_id_checksum: false, date_plausible: false, required_fields: true,
    });
    expect(checks.find((c) => c.id === 'totals_consistent')!.message).toBe('300.00 + 18.00 ≠ 319.00');
    expect(checks.find((c) => c.id === 'tax_id_checksum')!.message).toContain('buyer');
    expect(needsReview(checks)).toBe(true);
  });

  it('totals_consistent: a cash rounding the page prints may stand between net + tax and the total, of either sign', () => {
    const inv = emptyInvoice('MYR');
    Object.assign(inv, { amount: 25.5, taxAmount: 1.53, totalAmount: 27.05 });
    const totals = (rounding?: number) => runChecks(inv, NOW, rounding).find((c) => c.id === 'totals_consistent');
    expect(totals()).toEqual({ id: 'totals_consistent', ok: false, message: '25.50 + 1.53 ≠ 27.05' });
    expect(totals(0.02)).toEqual({ id: 'totals_consistent', ok: true });
    expect(totals(-0.02)).toEqual({ id: 'totals_consistent', ok: true });
    inv.totalAmount = 27.15;
    expect(totals(0.02)!.ok).toBe(false);
  });

  it('a correction checks the totals with the rounding the read receipt was checked with', () => {
    const inv = emptyInvoice('MYR');
    Object.assign(inv, { seller: { ...inv.seller, name: 'KEDAI RUNCIT SDN BHD' }, number: 'R-1', amount: 25.5, taxAmount: 1.53, totalAmount: 27.05 });
    const read = { status: 'ok' as const, invoice: inv, checks: runChecks(inv, NOW, 0.02), fieldsInDoubt: [] } as unknown as ExtractResult;
    expect(roundingCheckedWith(inv, read.checks)).toBe(0.02);
    // A person corrects the seller's name: the totals still add up with the printed rounding.
    const renamed = recheck(read, { ...inv, seller: { ...inv.seller, name: 'KEDAI RUNCIT MAJU SDN BHD' } }, ['seller.name']);
    expect(renamed.checks.find((c) => c.id === 'totals_consistent')).toEqual({ id: 'totals_consistent', ok: true });
    expect(renamed.invoice!.seller.name).toBe('KEDAI RUNCIT MAJU SDN BHD');
    // A total corrected to one the rounding does not explain fails.
    const wrong = recheck(read, { ...inv, totalAmount: 27.5 }, ['totalAmount']);
    expect(wrong.checks.find((c) => c.id === 'totals_consistent')!.ok).toBe(false);
    expect(wrong.status).toBe('needs_review');
    // Totals that failed, or that added up to the cent, carry no rounding; nor does a gap over 0.05.
    expect(roundingCheckedWith(inv, runChecks(inv, NOW))).toBe(0);
    expect(roundingCheckedWith({ ...inv, totalAmount: 27.03 }, runChecks({ ...inv, totalAmount: 27.03 }, NOW))).toBe(0);
    expect(roundingCheckedWith({ ...inv, totalAmount: 27.13 }, [{ id: 'totals_consistent', ok: true }])).toBe(0);
  });

  it('a till receipt need not state its number, and a correction checks it as one again', () => {
    const inv = emptyInvoice('MYR');
    Object.assign(inv, { seller: { ...inv.seller, name: 'KEDAI RUNCIT ZBH' }, date: '2018-06-01', totalAmount: 43.4 });
    expect(runChecks(inv, NOW).find((c) => c.id === 'required_fields')).toEqual({ id: 'required_fields', ok: false, message: 'missing: number' });
    const checks = runChecks(inv, NOW, 0, true);
    expect(checks.find((c) => c.id === 'required_fields')).toEqual({ id: 'required_fields', ok: true });
    const read = { status: 'ok' as const, invoice: inv, checks } as unknown as ExtractResult;
    expect(tillReceiptCheckedWith(inv, checks)).toBe(true);
    const redated = recheck(read, { ...inv, date: '2018-06-02' }, ['date']);
    expect(redated.status).toBe('ok');
    // Checked as an invoice (its number asked for), or with a number: no till receipt to carry over.
    expect(tillReceiptCheckedWith(inv, runChecks(inv, NOW))).toBe(false);
    expect(tillReceiptCheckedWith({ ...inv, number: 'R-1' }, runChecks({ ...inv, number: 'R-1' }, NOW))).toBe(false);
  });

  it('omits checks without inputs but always reports required_fields', () => {
    const inv = emptyInvoice('EUR');
    const checks = runChecks(inv, NOW);
    expect(checks).toEqual([{ id: 'required_fields', ok: false, message: 'missing: number, date, totalAmount, seller.name' }]);
  });

  it('required_fields: classic CN needs a code, 数电 does not', () => {
    const classic = cnInvoice();
    classic.code = null;
    expect(runChecks(classic, NOW).find((c) => c.id === 'required_fields')).toMatchObject({ ok: false, message: 'missing: code' });
    const digital = cnInvoice();
    digital.code = null;
    digital.number = '25924000000001260164';
    expect(runChecks(digital, NOW).find((c) => c.id === 'required_fields')!.ok).toBe(true);
    const noSeller = cnInvoice();
    noSeller.seller.name = null;
    expect(runChecks(noSeller, NOW).find((c) => c.id === 'required_fields')!.message).toBe('missing: seller.name');
  });

  it('required_fields: a VAT invoice whose 金额 or 税额 was not read names them; a ticket does not need them', () => {
    const vat = cnInvoice();
    vat.amount = null;
    vat.taxAmount = null;
    const failed = runChecks(vat, NOW).filter((c) => !c.ok);
    expect(failed.find((c) => c.id === 'required_fields')!.message).toBe('missing: amount, taxAmount');
    expect(fieldsInDoubt(failed)).toEqual(expect.arrayContaining(['amount', 'taxAmount']));
    const ticket = cnInvoice();
    Object.assign(ticket, { type: 'train', code: null, amount: null, taxAmount: null });
    expect(runChecks(ticket, NOW).find((c) => c.id === 'required_fields')!.ok).toBe(true);
  });

  it('tax_rate_consistent by Σ amount × rate when lines carry no tax; dates before 2000 fail', () => {
    const inv = emptyInvoice('EUR');
    Object.assign(inv, { number: '471102', date: '1999-12-31', amount: 473, taxAmount: 56.87, totalAmount: 529.87 });
    inv.seller.name = 'Feinkost Brenner GmbH';
    inv.items = [{ ...emptyLineItem('a'), amount: 198, taxRate: 0.19 }, { ...emptyLineItem('b'), amount: 275, taxRate: 0.07 }];
    expect(byId(runChecks(inv, NOW))).toEqual({ totals_consistent: true, items_sum: true, tax_rate_consistent: true, date_plausible: false, required_fields: true });
    inv.taxAmount = 50;
    inv.totalAmount = 523;
    expect(byId(runChecks(inv, NOW)).tax_rate_consistent).toBe(false);
  });

  it('checks a person\'s 身份证号码 in a tax ID cell as one, not as a USCC', () => {
    const inv = cnInvoice();
    inv.seller = { ...inv.seller, name: '张大山', taxId: '370783196805124319' };
    expect(byId(runChecks(inv, NOW)).tax_id_checksum).toBe(true);
    inv.seller.taxId = '370783196805124318'; // a digit misread: neither an ID number nor a USCC
    expect(runChecks(inv, NOW).find((c) => c.id === 'tax_id_checksum')).toMatchObject({ ok: false, message: expect.stringContaining('seller') });
    inv.seller.taxId = '370783196813124319'; // no month 13: not an ID number, so checked as a USCC
    expect(byId(runChecks(inv, NOW)).tax_id_checksum).toBe(false);
  });

  it('差额征税: a line\'s tax on the margin is below its amount × rate, never above', () => {
    const inv = cnInvoice();
    Object.assign(inv, { amount: 10358.49, taxAmount: 141.51, totalAmount: 10500, totalInWords: '壹万零伍佰圆整', remarks: '差额征税：扣除额8000.00元。' });
    inv.items = [{ ...emptyLineItem('*旅游服务*旅游服务费'), amount: 10358.49, taxRate: 0.06, taxAmount: 141.51 }];
    expect(byId(runChecks(inv, NOW)).tax_rate_consistent).toBe(true);
    inv.remarks = null;
    expect(byId(runChecks(inv, NOW)).tax_rate_consistent).toBe(false);
    inv.items[0].spec = '差额征税';
    expect(byId(runChecks(inv, NOW)).tax_rate_consistent).toBe(true);
    inv.items[0].taxAmount = 700; // more than 10358.49 × 6 %: wrong on any scheme
    inv.taxAmount = 700;
    expect(byId(runChecks(inv, NOW)).tax_rate_consistent).toBe(false);
  });

  it('no USCC check for Western VAT ids', () => {
    const inv = emptyInvoice('EUR');
    inv.seller.taxId = 'DE123456789';
    expect(runChecks(inv, NOW).map((c) => c.id)).not.toContain('tax_id_checksum');
  });
});

describe('invoiceIdentity', () => {
  it('Chinese: code + number, normalised', () => {
    const a = cnInvoice();
    const b = cnInvoice();
    b.code = ' 0500 0170 0111';
    expect(invoiceIdentity(a)).toBe('cn:050001700111:99999951');
    expect(invoiceIdentity(b)).toBe(invoiceIdentity(a));
  });
  it('数电: the 20-digit number alone; Western: seller tax id (else name) + number', () => {
    const d = emptyInvoice();
    d.number = '25924000000001260164';
    expect(invoiceIdentity(d)).toBe('cn:25924000000001260164');
    const w = emptyInvoice('EUR');
    w.number = 'RE-2019/507';
    expect(invoiceIdentity(w)).toBeNull();
    w.seller.name = 'Bei Spiel GmbH';
    expect(invoiceIdentity(w)).toBe('inv:BEISPIELGMBH:RE2019507');
    w.seller.taxId = 'de 136 695 976';
    expect(invoiceIdentity(w)).toBe('inv:DE136695976:RE2019507');
  });
});

describe('mergeInvoices', () => {
  it('takes each field from the best source that has it and records where it came from', () => {
    const text = emptyInvoice('CNY');
    Object.assign(text, { number: '99999951', date: '2020-10-10', totalAmount: 318, remarks: 'text remark', type: 'vat_normal' });
    text.seller.name = '杭州融易算';
    const xml = emptyInvoice('CNY');
    Object.assign(xml, { number: '99999951', code: '050001700111', amount: 300, taxAmount: 18 });
    xml.seller.name = '杭州融易算企业管理咨询有限公司';
    const qr = emptyInvoice('CNY');
    Object.assign(qr, { checkCode: '14754822929856772523', amount: 299 });
    const merged = mergeInvoices([{ source: 'qr', invoice: qr }, { source: 'text', invoice: text }, { source: 'xml', invoice: xml }]);
    expect(merged).toMatchObject({
      code: '050001700111', number: '99999951', date: '2020-10-10', amount: 300, taxAmount: 18, totalAmount: 318,
      checkCode: '14754822929856772523', remarks: 'text remark', type: 'vat_normal',
    });
    expect(merged.seller.name).toBe('杭州融易算企业管理咨询有限公司');
    expect(merged.fieldSources).toMatchObject({ code: 'xml', amount: 'xml', date: 'text', checkCode: 'qr', 'seller.name': 'xml' });
    expect(dominantSource(merged)).toBe('xml');
  });
});

describe('fieldsInDoubt', () => {
  it('names the fields each failed check casts doubt on, and none for passed checks', () => {
    expect(fieldsInDoubt([
      { id: 'totals_consistent', ok: false, message: '1.00 + 0.19 ≠ 1.20' },
      { id: 'required_fields', ok: false, message: 'missing: number, seller.name' },
      { id: 'qr_matches', ok: false, message: 'the QR code disagrees: date 2024-01-02 (QR: 2024-01-03); checkCode 1 (QR: 2)' },
      { id: 'field_doubt', ok: false, message: 'not read from the document with certainty: date (no label names the issue date; number of dates)' },
      { id: 'date_plausible', ok: true },
    ]).sort()).toEqual(['amount', 'checkCode', 'date', 'number', 'seller.name', 'taxAmount', 'totalAmount']);
    expect(fieldsInDoubt([{ id: 'ocr_uncertain', ok: false, message: 'OCR unsure of: buyer.name; not in the OCR text, computed from the other totals: taxAmount' }]).sort()).toEqual(['buyer.name', 'taxAmount']);
  });
});

describe('checks of two fields that cannot both be right', () => {
  const western = () => {
    const inv = emptyInvoice('EUR');
    Object.assign(inv, { number: 'RE-1', date: '2024-03-12', dueDate: '2024-03-26', amount: 100, taxAmount: 19, totalAmount: 119 });
    inv.seller = { ...inv.seller, name: 'Nordwind Handel GmbH' };
    inv.buyer = { ...inv.buyer, name: 'Bergmann Werkzeuge AG' };
    return inv;
  };
  it('seller and buyer read as one name: parties_distinct fails naming both', () => {
    const inv = western();
    inv.buyer.name = 'NORDWIND Handel GmbH';
    const checks = runChecks(inv, NOW);
    expect(byId(checks).parties_distinct).toBe(false);
    expect(fieldsInDoubt(checks)).toEqual(expect.arrayContaining(['seller.name', 'buyer.name']));
    expect(byId(runChecks(western(), NOW))).not.toHaveProperty('parties_distinct');
  });
  it('a due date before the issue date: due_after_issue fails naming the date', () => {
    const inv = western();
    inv.dueDate = '2024-03-01';
    const checks = runChecks(inv, NOW);
    expect(checks.find((c) => c.id === 'due_after_issue')?.message).toBe('due 2024-03-01 before the issue date 2024-03-12');
    expect(fieldsInDoubt(checks)).toContain('date');
    expect(byId(runChecks(western(), NOW))).not.toHaveProperty('due_after_issue');
  });

  it('a tax above its net: tax_below_net fails naming both (a net of 0 and the gross as the tax add up all the same)', () => {
    const inv = western();
    Object.assign(inv, { amount: 0, taxAmount: 558.8, totalAmount: 558.8 });
    const checks = runChecks(inv, NOW);
    expect(byId(checks)).toMatchObject({ totals_consistent: true, tax_below_net: false });
    expect(fieldsInDoubt(checks)).toEqual(expect.arrayContaining(['amount', 'taxAmount']));
    // Any rate below 100%, a nil tax, a credit note's negative figures: no such check.
    for (const [amount, taxAmount, totalAmount] of [[100, 27, 127], [100, 0, 100], [-100, -19, -119]]) {
      expect(byId(runChecks(Object.assign(western(), { amount, taxAmount, totalAmount }), NOW))).not.toHaveProperty('tax_below_net');
    }
  });

  it('a net read without its tax (or a tax without its net): totals_partial names the one read too, and the total', () => {
    const inv = western();
    Object.assign(inv, { amount: 363, taxAmount: null, totalAmount: 2013 });
    const checks = runChecks(inv, NOW);
    expect(checks.find((c) => c.id === 'required_fields')?.message).toBe('missing: taxAmount');
    expect(checks.find((c) => c.id === 'totals_partial')).toEqual({ id: 'totals_partial', ok: false, message: 'amount 363.00 read without taxAmount, nor checked against totalAmount' });
    expect(fieldsInDoubt(checks)).toEqual(expect.arrayContaining(['amount', 'taxAmount', 'totalAmount']));
    Object.assign(inv, { amount: null, taxAmount: 107 });
    expect(runChecks(inv, NOW).find((c) => c.id === 'totals_partial')?.message).toBe('taxAmount 107.00 read without amount, nor checked against totalAmount');
    // Neither read: the total, checked against nothing, is named (the net read as the total when the gross's row was lost).
    const alone = runChecks(Object.assign(western(), { amount: null, taxAmount: null, totalAmount: 72.47 }), NOW);
    expect(alone.find((c) => c.id === 'totals_partial')?.message).toBe('totalAmount 72.47 read without amount and taxAmount');
    expect(fieldsInDoubt(alone)).toContain('totalAmount');
    // Both read, or no buyer to require them: no such check.
    expect(byId(runChecks(Object.assign(western(), { amount: 1650, taxAmount: 363 }), NOW))).not.toHaveProperty('totals_partial');
    const till = Object.assign(western(), { amount: 363, taxAmount: null });
    till.buyer = { ...till.buyer, name: null };
    expect(byId(runChecks(till, NOW))).not.toHaveProperty('totals_partial');
  });
});

