/**
 * PDF or invoice JSON → e-invoice: xrechnung (XRechnung UBL), ubl, cii (EN 16931) or facturx (the PDF
 * with its CII attached). A PDF is read by extract (its text layer or its own invoice XML; no OCR: a
 * scan is extracted first, then its JSON converted); the JSON is an invoice of docs/invoice-model.md,
 * or an extract result holding one. Outputs are named NAME.<target>.xml / NAME.facturx.pdf, never
 * the input's own name.
 */
import { InvoicectlError, type ErrorCode } from '../core/errors.js';
import type { Invoice } from '../invoice/model.js';
import { TARGETS, writeEInvoice, type Target } from '../einvoice/write/index.js';
import { baseNameOf } from './formats.js';
import type { Converter } from './types.js';

function invoiceFromJson(bytes: Uint8Array): Invoice {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch (err) {
    throw new InvoicectlError('INVALID_FILE_TYPE', `the JSON cannot be parsed: ${(err as Error).message}`);
  }
  if (Array.isArray(value)) {
    if (value.length !== 1) throw new InvoicectlError('INVALID_OPTION', `the JSON holds ${value.length} results; convert one invoice at a time`);
    value = value[0];
  }
  const v = value as { invoice?: unknown; seller?: unknown; items?: unknown };
  const inv = (v && typeof v === 'object' && 'invoice' in v ? v.invoice : v) as Invoice | null;
  if (!inv || typeof inv !== 'object' || !inv.seller || !Array.isArray(inv.items)) throw new InvoicectlError('INVALID_FILE_TYPE', 'the JSON is not an invoice of docs/invoice-model.md (nor an extract result holding one)');
  return inv;
}

async function invoiceFromPdf(bytes: Uint8Array, name: string): Promise<Invoice> {
  const { extract } = await import('../api/extract.js');
  const { results } = await extract({ inputs: [{ name, bytes }], concurrency: 1, ocr: false });
  const r = results[0];
  if (!r?.invoice) throw new InvoicectlError((r?.error?.code as ErrorCode | undefined) ?? 'EXTRACTION_FAILED', r?.error?.message ?? 'no invoice could be read from the PDF');
  return r.invoice;
}

export function createEInvoiceConverter(): Converter {
  return {
    id: 'einvoice',
    from: ['pdf', 'json'],
    to: [...TARGETS],
    engine: 'native',
    supports: (from, to) => !(from === 'json' && to === 'facturx'),
    available: async () => ({ ok: true }),
    async convert(input, to, options) {
      const from = input.name.toLowerCase().endsWith('.json') ? 'json' : 'pdf';
      const invoice = from === 'json' ? invoiceFromJson(input.bytes) : await invoiceFromPdf(input.bytes, input.name);
      const written = await writeEInvoice(invoice, to as Target, { set: options.einvoice?.set, pdf: from === 'pdf' ? input.bytes : undefined });
      const base = baseNameOf(input.name);
      return [{ name: `${base}.${to}.${written.extension}`, bytes: written.bytes, mime: written.extension === 'pdf' ? 'application/pdf' : 'application/xml' }];
    },
  };
}
