/**
 * The VAT category rules of EN 16931, one table row per category: S standard rate, Z zero rated, E exempt,
 * AE reverse charge, K intra-community supply (rules BR-IC-*), G export outside the EU, O not subject to
 * VAT, L Canary Islands IGIC (BR-AF-*), M Ceuta and Melilla IPSI (BR-AG-*); B, Italian split payment, has
 * two rules of its own (below). Each group's numbered rules mean the same across categories: 01 a
 * breakdown exists, 02-04 the parties' identifiers, 05-07 the rates, 08 the taxable amount, 09 the tax
 * amount, 10 the exemption reason.
 */
import type { AllowanceCharge, Line, SemInvoice } from '../semantic.js';
import { cents, sum, v, type RuleContext, type RuleGroup } from './types.js';

interface Category {
  code: string;
  prefix: string;
  name: string;
  /** Rate rule: positive, zero, none (O), or zero or more. */
  rate: 'positive' | 'zero' | 'none' | 'any';
  /** The taxable amount is kept per rate (S, L, M) or for the category as a whole. */
  perRate: boolean;
  /** Tax is rate × taxable (S, L, M) or zero. */
  taxed: boolean;
  /** Exemption reason: required (E, AE, K, G, O) or forbidden (S, Z, L, M). */
  exemption: 'required' | 'forbidden';
  /** Who must be identified when the category is used. */
  ids: 'seller-any' | 'seller-vat' | 'seller-and-buyer' | 'seller-and-buyer-vat' | 'none-allowed';
}

const CATEGORIES: Category[] = [
  { code: 'S', prefix: 'BR-S', name: 'Standard rated', rate: 'positive', perRate: true, taxed: true, exemption: 'forbidden', ids: 'seller-any' },
  { code: 'Z', prefix: 'BR-Z', name: 'Zero rated', rate: 'zero', perRate: false, taxed: false, exemption: 'forbidden', ids: 'seller-any' },
  { code: 'E', prefix: 'BR-E', name: 'Exempt from VAT', rate: 'zero', perRate: false, taxed: false, exemption: 'required', ids: 'seller-any' },
  { code: 'AE', prefix: 'BR-AE', name: 'Reverse charge', rate: 'zero', perRate: false, taxed: false, exemption: 'required', ids: 'seller-and-buyer' },
  { code: 'K', prefix: 'BR-IC', name: 'Intra-community supply', rate: 'zero', perRate: false, taxed: false, exemption: 'required', ids: 'seller-and-buyer-vat' },
  { code: 'G', prefix: 'BR-G', name: 'Export outside the EU', rate: 'zero', perRate: false, taxed: false, exemption: 'required', ids: 'seller-vat' },
  { code: 'O', prefix: 'BR-O', name: 'Not subject to VAT', rate: 'none', perRate: false, taxed: false, exemption: 'required', ids: 'none-allowed' },
  { code: 'L', prefix: 'BR-AF', name: 'IGIC', rate: 'any', perRate: true, taxed: true, exemption: 'forbidden', ids: 'seller-any' },
  { code: 'M', prefix: 'BR-AG', name: 'IPSI', rate: 'any', perRate: true, taxed: true, exemption: 'forbidden', ids: 'seller-any' },
];

const cat = (x: { category: { text: string } | null }) => x.category?.text ?? null;

function identified(ctx: RuleContext, c: Category, where: string, what: string, n: string): void {
  const { inv } = ctx;
  const sellerVat = !!inv.seller?.vatId || !!inv.taxRepresentative?.vatId;
  const sellerAny = sellerVat || !!inv.seller?.taxRegId;
  const buyerAny = !!inv.buyer?.vatId || !!inv.buyer?.legalId;
  let ok = true;
  let need = '';
  switch (c.ids) {
    case 'seller-any':
      ok = sellerAny;
      need = 'the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63)';
      break;
    case 'seller-vat':
      ok = sellerVat;
      need = 'the Seller VAT Identifier (BT-31) or the Seller tax representative VAT identifier (BT-63)';
      break;
    case 'seller-and-buyer':
      ok = sellerAny && buyerAny;
      need = 'the Seller VAT Identifier (BT-31), the Seller Tax registration identifier (BT-32) and/or the Seller tax representative VAT identifier (BT-63), and the Buyer VAT identifier (BT-48) and/or the Buyer legal registration identifier (BT-47)';
      break;
    case 'seller-and-buyer-vat':
      ok = sellerVat && !!inv.buyer?.vatId;
      need = 'the Seller VAT Identifier (BT-31) or the Seller tax representative VAT identifier (BT-63), and the Buyer VAT identifier (BT-48)';
      break;
    case 'none-allowed':
      ok = !inv.seller?.vatId && !inv.taxRepresentative?.vatId && !inv.buyer?.vatId;
      if (!ok) ctx.report(`${c.prefix}-${n}`, 'fatal', `An Invoice that contains ${what} where the VAT category code is "${c.name}" shall not contain the Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) or the Buyer VAT identifier (BT-48).`, where);
      return;
  }
  if (!ok) ctx.report(`${c.prefix}-${n}`, 'fatal', `An Invoice that contains ${what} where the VAT category code is "${c.name}" shall contain ${need}.`, where);
}

function rateRule(ctx: RuleContext, c: Category, rate: { value: number | null; xpath: string } | null, where: string, what: string, n: string): void {
  const r = rate?.value ?? null;
  const bad =
    c.rate === 'positive' ? !(r !== null && r > 0) : c.rate === 'zero' ? r !== 0 : c.rate === 'none' ? rate !== null : !(r !== null && r >= 0);
  if (!bad) return;
  const says = { positive: 'shall be greater than zero', zero: 'shall be 0 (zero)', none: 'shall not be present', any: 'shall be 0 (zero) or greater than zero' }[c.rate];
  ctx.report(`${c.prefix}-${n}`, 'fatal', `In ${what} where the VAT category code is "${c.name}" the VAT rate ${says}.`, rate?.xpath ?? where);
}

function taxableOf(inv: SemInvoice, c: Category, rate: number | null): number {
  const match = (x: { category: { text: string } | null; rate: { value: number | null } | null }) => cat(x) === c.code && (!c.perRate || (x.rate?.value ?? null) === rate);
  const lines = inv.lines.filter((l: Line) => match(l)).map((l) => v(l.netAmount));
  const charges = inv.charges.filter((a: AllowanceCharge) => match(a)).map((a) => v(a.amount));
  const allowances = inv.allowances.filter((a: AllowanceCharge) => match(a)).map((a) => v(a.amount));
  return sum(lines) + sum(charges) - sum(allowances);
}

export const vatRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  // Most invoices use one or two categories: the rules of the others cannot fire.
  const present = new Set([...inv.lines, ...inv.allowances, ...inv.charges, ...inv.vat].map(cat));
  for (const c of CATEGORIES) {
    if (!present.has(c.code)) continue;
    const lines = inv.lines.filter((l) => cat(l) === c.code);
    const allowances = inv.allowances.filter((a) => cat(a) === c.code);
    const charges = inv.charges.filter((a) => cat(a) === c.code);
    const breakdowns = inv.vat.filter((b) => cat(b) === c.code);
    const used = lines.length + allowances.length + charges.length > 0;
    if (used && !breakdowns.length) ctx.report(`${c.prefix}-01`, 'fatal', `An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code is "${c.name}" shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with "${c.name}".`, inv.rootXpath);
    if (lines.length) identified(ctx, c, lines[0].xpath, 'an Invoice line (BG-25)', '02');
    if (allowances.length) identified(ctx, c, allowances[0].xpath, 'a Document level allowance (BG-20)', '03');
    if (charges.length) identified(ctx, c, charges[0].xpath, 'a Document level charge (BG-21)', '04');
    for (const l of lines) rateRule(ctx, c, l.rate, l.xpath, 'an Invoice line (BG-25)', '05');
    for (const a of allowances) rateRule(ctx, c, a.rate, a.xpath, 'a Document level allowance (BG-20)', '06');
    for (const a of charges) rateRule(ctx, c, a.rate, a.xpath, 'a Document level charge (BG-21)', '07');
    for (const b of breakdowns) {
      const expected = taxableOf(inv, c, b.rate?.value ?? null);
      if (b.taxable?.value != null && cents(b.taxable.value) !== cents(expected) && !ctx.withoutLines) {
        ctx.report(`${c.prefix}-08`, 'fatal', `For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is "${c.name}", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) minus the sum of document level allowance amounts (BT-92) where the VAT category code is "${c.name}": ${b.taxable.text} ≠ ${expected.toFixed(2)}.`, b.taxable.xpath);
      }
      if (b.tax?.value != null) {
        if (c.taxed) {
          const due = Math.round(v(b.taxable) * v(b.rate)) / 100;
          if (Math.abs(Math.abs(b.tax.value) - Math.abs(due)) >= 1) ctx.report(`${c.prefix}-09`, 'fatal', `The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where VAT category code (BT-118) is "${c.name}" shall equal the VAT category taxable amount (BT-116) multiplied by the VAT category rate (BT-119): ${b.tax.text} ≠ ${due.toFixed(2)}.`, b.tax.xpath);
        } else if (b.tax.value !== 0) {
          ctx.report(`${c.prefix}-09`, 'fatal', `The VAT category tax amount (BT-117) in a VAT breakdown (BG-23) where the VAT category code (BT-118) is "${c.name}" shall equal 0 (zero).`, b.tax.xpath);
        }
      }
      const reason = b.exemptionReason || b.exemptionCode;
      if (c.exemption === 'required' && !reason) ctx.report(`${c.prefix}-10`, 'fatal', `A VAT breakdown (BG-23) with VAT Category code (BT-118) "${c.name}" shall have a VAT exemption reason code (BT-121) or a VAT exemption reason text (BT-120).`, b.xpath);
      if (c.exemption === 'forbidden' && reason) ctx.report(`${c.prefix}-10`, 'fatal', `A VAT breakdown (BG-23) with VAT Category code (BT-118) "${c.name}" shall not have a VAT exemption reason code (BT-121) or VAT exemption reason text (BT-120).`, b.xpath);
    }
    if (c.code === 'O' && breakdowns.length) {
      if (inv.vat.some((b) => cat(b) !== 'O')) ctx.report('BR-O-11', 'fatal', 'An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) "Not subject to VAT" shall not contain other VAT breakdown groups (BG-23).', breakdowns[0].xpath);
      const other = inv.lines.find((l) => cat(l) !== 'O');
      if (other) ctx.report('BR-O-12', 'fatal', 'An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) "Not subject to VAT" shall not contain an Invoice line (BG-25) where the Invoiced item VAT category code (BT-151) is not "Not subject to VAT".', other.xpath);
      const otherA = inv.allowances.find((a) => cat(a) !== 'O');
      if (otherA) ctx.report('BR-O-13', 'fatal', 'An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) "Not subject to VAT" shall not contain Document level allowances (BG-20) where Document level allowance VAT category code (BT-95) is not "Not subject to VAT".', otherA.xpath);
      const otherC = inv.charges.find((a) => cat(a) !== 'O');
      if (otherC) ctx.report('BR-O-14', 'fatal', 'An Invoice that contains a VAT breakdown group (BG-23) with a VAT category code (BT-118) "Not subject to VAT" shall not contain Document level charges (BG-21) where Document level charge VAT category code (BT-102) is not "Not subject to VAT".', otherC.xpath);
    }
    if (c.code === 'K' && breakdowns.length) {
      if (!inv.deliveryDate && !inv.periodStart && !inv.periodEnd) ctx.report('BR-IC-11', 'fatal', 'In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is "Intra-community supply" the Actual delivery date (BT-72) or the Invoicing period (BG-14) shall not be blank.', breakdowns[0].xpath);
      if (!inv.deliverTo?.country) ctx.report('BR-IC-12', 'fatal', 'In an Invoice with a VAT breakdown (BG-23) where the VAT category code (BT-118) is "Intra-community supply" the Deliver to country code (BT-80) shall not be blank.', breakdowns[0].xpath);
    }
  }
  splitPayment(ctx);
};

/**
 * BR-B (B, Italian split payment), as the CEN schematron tests them: every country code in the invoice
 * is IT, and no standard rated (S) item, allowance, charge or breakdown sits beside it.
 */
function splitPayment(ctx: RuleContext): void {
  const { inv } = ctx;
  const categorised = [...inv.lines, ...inv.allowances, ...inv.charges, ...inv.vat];
  const split = categorised.find((x) => cat(x) === 'B');
  if (!split) return;
  const countries = [inv.seller?.address, inv.buyer?.address, inv.payee?.address, inv.taxRepresentative?.address, inv.deliverTo].map((a) => a?.country).filter((c) => c != null);
  const foreign = countries.find((c) => c.text !== 'IT');
  if (foreign) ctx.report('BR-B-01', 'fatal', 'An Invoice where the VAT category code (BT-151, BT-95 or BT-102) is "Split payment" shall be a domestic Italian invoice.', foreign.xpath);
  const standard = categorised.find((x) => cat(x) === 'S');
  if (standard) ctx.report('BR-B-02', 'fatal', 'An Invoice that contains an Invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "Split payment" shall not contain an invoice line (BG-25), a Document level allowance (BG-20) or a Document level charge (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "Standard rated".', standard.xpath);
}
