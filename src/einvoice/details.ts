/**
 * What EN 16931 carries beyond the invoice model's common fields, for Invoice.einvoice: references,
 * payment means (IBAN checked with mod 97, BIC by shape), the VAT breakdown per category, document-level
 * allowances and charges, and the totals the model has no field for.
 */
import type { EInvoiceDetails } from '../invoice/model.js';
import { isValidBic, isValidIban } from './iban.js';
import type { SemInvoice } from './semantic.js';
import type { Num, Val } from './xml-node.js';

const s = (v: Val | null | undefined) => v?.text ?? null;
const n = (v: Num | null | undefined) => v?.value ?? null;
/** A percentage as the model's fraction (19 → 0.19). */
const fraction = (v: Num | null | undefined) => (v?.value == null ? null : Math.round(v.value * 100) / 10000);

export function einvoiceDetails(inv: SemInvoice): EInvoiceDetails {
  return {
    syntax: inv.syntax === 'ubl' ? 'ubl' : 'cii',
    customizationId: s(inv.customization),
    profileId: s(inv.profile),
    typeCode: s(inv.typeCode),
    buyerReference: s(inv.buyerReference),
    orderReference: s(inv.orderReference),
    contractReference: s(inv.contractReference),
    projectReference: s(inv.projectReference),
    precedingInvoices: inv.precedingInvoices.map((p) => s(p.number)).filter((x): x is string => !!x),
    paymentTerms: s(inv.paymentTerms),
    paymentMeans: inv.paymentMeans.map((m) => {
      const iban = m.account ? m.account.text.replace(/\s+/g, '') : null;
      const looksIban = !!iban && /^[A-Z]{2}\d{2}/i.test(iban);
      return {
        code: s(m.code),
        account: iban,
        ibanValid: looksIban ? isValidIban(iban!) : null,
        bic: s(m.bic),
        bicValid: m.bic ? isValidBic(m.bic.text) : null,
      };
    }),
    vatBreakdown: inv.vat.map((b) => ({ category: s(b.category), rate: fraction(b.rate), taxableAmount: n(b.taxable), taxAmount: n(b.tax), exemptionReason: s(b.exemptionReason) ?? s(b.exemptionCode) })),
    allowancesCharges: [...inv.allowances, ...inv.charges].map((a) => ({ charge: a.charge, amount: n(a.amount), reason: s(a.reason) ?? s(a.reasonCode), category: s(a.category), rate: fraction(a.rate) })),
    prepaidAmount: n(inv.totals.prepaid),
    payableAmount: n(inv.totals.payable),
  };
}
