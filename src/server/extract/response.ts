/**
 * The library's extract result as extract-api.md's ExtractionResponse. Unknown values are null (the
 * spec types invoice_number, vendor_name and the amounts as required; we never invent them). Added
 * without breaking the shape: `review`, saying whether a person should check the result and which of
 * the response's fields the failed checks concern.
 */
import { fieldsInDoubt } from '../../invoice/checks.js';
import type { Check, ExtractResult, Invoice } from '../../invoice/model.js';

/** Library field (as fieldsInDoubt names them) → response field; fields the response lacks are left out. */
const FIELD_NAMES: Record<string, string> = {
  number: 'invoice_number',
  date: 'invoice_date',
  dueDate: 'due_date',
  'seller.name': 'vendor_name',
  seller: 'vendor_name',
  'buyer.name': 'customer_name',
  buyer: 'customer_name',
  amount: 'subtotal',
  taxAmount: 'tax',
  totalAmount: 'total',
  currency: 'currency',
  items: 'items',
};

export function extractionResponse(result: ExtractResult & { invoice: Invoice }) {
  const inv = result.invoice;
  return {
    invoice_number: inv.number,
    invoice_date: inv.date,
    due_date: inv.dueDate,
    vendor_name: inv.seller.name,
    vendor_address: inv.seller.address,
    customer_name: inv.buyer.name,
    customer_address: inv.buyer.address,
    subtotal: inv.amount,
    tax: inv.taxAmount,
    total: inv.totalAmount,
    // The spec's contract: currency is a string, "USD" when the document names none. The library never
    // guesses, so such a result needs review and `review.fields` names currency.
    currency: inv.currency ?? 'USD',
    document_type: inv.documentType,
    items: inv.items.map((item) => ({ description: item.name, quantity: item.quantity, unit_price: item.unitPrice, total_price: item.amount })),
    review: reviewOf(result.status, result.checks),
  };
}

function reviewOf(status: ExtractResult['status'], checks: readonly Check[]) {
  const failed = checks.filter((c) => !c.ok);
  const fields = new Set(fieldsInDoubt(failed).flatMap((f) => (FIELD_NAMES[f] ? [FIELD_NAMES[f]] : [])));
  return { needed: status === 'needs_review' || failed.length > 0, fields: [...fields], reasons: failed.map((c) => `${c.id}${c.message ? `: ${c.message}` : ''}`) };
}
