/**
 * BR-DEC-*: amounts have at most two decimals; and any amount written in no xs:decimal form at all
 * (the schema's own type) is reported as the schema would (rule id XSD-DECIMAL).
 */
import type { Num } from '../xml-node.js';
import type { RuleGroup } from './types.js';

const decimals = (n: Num) => (n.text.split('.')[1] ?? '').length;

export const decimalRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  const t = inv.totals;
  /** True when the amount is a number; reports it as the schema would when it is not. */
  const isDecimal = (n: Num, term: string) => {
    if (n.value !== null) return true;
    ctx.report('XSD-DECIMAL', 'fatal', `${term} "${n.text.slice(0, 40)}" is not a decimal number (digits, one dot, optional sign).`, n.xpath);
    return false;
  };
  const check = (rule: string, n: Num | null, term: string) => {
    if (n && isDecimal(n, term) && decimals(n) > 2) ctx.report(rule, 'fatal', `The allowed maximum number of decimals for the ${term} is 2.`, n.xpath);
  };
  for (const a of inv.allowances) {
    check('BR-DEC-01', a.amount, 'Document level allowance amount (BT-92)');
    check('BR-DEC-02', a.base, 'Document level allowance base amount (BT-93)');
  }
  for (const c of inv.charges) {
    check('BR-DEC-05', c.amount, 'Document level charge amount (BT-99)');
    check('BR-DEC-06', c.base, 'Document level charge base amount (BT-100)');
  }
  check('BR-DEC-09', t.lineTotal, 'Sum of Invoice line net amount (BT-106)');
  check('BR-DEC-10', t.allowanceTotal, 'Sum of allowances on document level (BT-107)');
  check('BR-DEC-11', t.chargeTotal, 'Sum of charges on document level (BT-108)');
  check('BR-DEC-12', t.taxExclusive, 'Invoice total amount without VAT (BT-109)');
  check('BR-DEC-13', t.taxTotal, 'Invoice total VAT amount (BT-110)');
  check('BR-DEC-15', t.taxTotalTaxCurrency, 'Invoice total VAT amount in accounting currency (BT-111)');
  check('BR-DEC-14', t.taxInclusive, 'Invoice total amount with VAT (BT-112)');
  check('BR-DEC-16', t.prepaid, 'Paid amount (BT-113)');
  check('BR-DEC-17', t.rounding, 'Rounding amount (BT-114)');
  check('BR-DEC-18', t.payable, 'Amount due for payment (BT-115)');
  for (const b of inv.vat) {
    check('BR-DEC-19', b.taxable, 'VAT category taxable amount (BT-116)');
    check('BR-DEC-20', b.tax, 'VAT category tax amount (BT-117)');
  }
  for (const l of inv.lines) {
    check('BR-DEC-23', l.netAmount, 'Invoice line net amount (BT-131)');
    for (const a of l.allowances) {
      check('BR-DEC-24', a.amount, 'Invoice line allowance amount (BT-136)');
      check('BR-DEC-25', a.base, 'Invoice line allowance base amount (BT-137)');
    }
    for (const c of l.charges) {
      check('BR-DEC-27', c.amount, 'Invoice line charge amount (BT-141)');
      check('BR-DEC-28', c.base, 'Invoice line charge base amount (BT-142)');
    }
    // Prices and quantities may carry more decimals; they still must be numbers.
    for (const [n, term] of [[l.quantity, 'Invoiced quantity (BT-129)'], [l.price, 'Item net price (BT-146)'], [l.grossPrice, 'Item gross price (BT-148)'], [l.baseQuantity, 'Item price base quantity (BT-149)']] as const) {
      if (n) isDecimal(n, term);
    }
  }
  for (const b of inv.vat) if (b.rate) isDecimal(b.rate, 'VAT category rate (BT-119)');
};
