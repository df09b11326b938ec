/**
 * POST /extract's `review.fields` names the response fields every failed check casts doubt on, as the
 * library's fieldsInDoubt reads them: a guessed party name, a low-confidence OCR amount, a due date
 * before the issue date, seller and buyer read as one.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractResult, Invoice } from '../../src/invoice/model.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { extractionResponse } from '../../src/server/extract/response.js';

function result(checks: ExtractResult['checks']): ExtractResult & { invoice: Invoice } {
  return { file: 'a.pdf', sha256: '0'.repeat(64), status: 'needs_review', source: 'text', invoice: emptyInvoice(), checks, warnings: [] } as unknown as ExtractResult & { invoice: Invoice };
}

describe('extract-api review.fields', () => {
  it('names the fields of field_doubt, ocr_uncertain, due_after_issue and parties_distinct', () => {
    const r = extractionResponse(result([
      { id: 'field_doubt', ok: false, message: 'not read from the document with certainty: seller.name (no label or company form names the seller)' },
      { id: 'ocr_uncertain', ok: false, message: 'shown only by OCR words the engine was unsure of: totalAmount' },
      { id: 'due_after_issue', ok: false, message: 'due 2024-01-01 before the issue date 2024-02-01' },
      { id: 'parties_distinct', ok: false, message: 'seller and buyer both read as "Acme GmbH"' },
      { id: 'totals_consistent', ok: true },
    ]));
    expect(r.review.needed).toBe(true);
    expect(new Set(r.review.fields)).toEqual(new Set(['vendor_name', 'total', 'invoice_date', 'due_date', 'customer_name']));
    expect(r.review.reasons).toHaveLength(4);
  });

  it('a required field missing names it; passing checks name nothing', () => {
    expect(extractionResponse(result([{ id: 'required_fields', ok: false, message: 'missing: number, totalAmount' }])).review.fields.sort()).toEqual(['invoice_number', 'total']);
    expect(extractionResponse(result([{ id: 'date_plausible', ok: true }])).review.fields).toEqual([]);
  });
});
