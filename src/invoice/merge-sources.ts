/**
 * Combines partial invoices from several sources of one document, best first (xml > ofd > text > qr >
 * ocr): each field comes from the first source that has it, and fieldSources records which.
 */
import { emptyInvoice, type FieldSource, type Invoice, type Party } from './model.js';

export const SOURCE_RANK: FieldSource[] = ['xml', 'ofd', 'template', 'text', 'qr', 'ocr', 'llm'];

export interface SourcedInvoice {
  source: FieldSource;
  invoice: Invoice;
  /** OCR: fields whose printed value the engine was unsure of, or did not read (see extract/ocr-doubts.ts). */
  doubtful?: { unsure: string[]; uncertainOnly?: string[]; marksOnly?: string[]; marksLanguage?: string; nameLanguages?: Record<string, string>; frenchNames?: string[]; frenchMarkOnly?: string[]; kept?: string[]; computed: string[]; unread?: string[] };
  /** Fields the parser filled by a guess, with why (see guesses.ts). */
  guessed?: Record<string, string>;
  /** A till's cash rounding adjustment the page prints (see receipt/rounding.ts), when not 0. */
  rounding?: number;
  /** Read from a till receipt (see receipt/till.ts): its receipt number is not required. */
  tillReceipt?: boolean;
}

const SCALARS = ['code', 'number', 'date', 'dueDate', 'checkCode', 'amount', 'taxAmount', 'totalAmount', 'totalInWords', 'remarks'] as const;
const PARTY_FIELDS = ['name', 'taxId', 'address', 'phone', 'bank', 'account'] as const;

/**
 * Merges `parts` (any order; sorted here by SOURCE_RANK, ties keep their order). A field's source is the
 * part's own fieldSources entry when it has one (a template may have filled it), else the part's source.
 */
export function mergeInvoices(parts: readonly SourcedInvoice[]): Invoice {
  const sorted = [...parts].sort((a, b) => SOURCE_RANK.indexOf(a.source) - SOURCE_RANK.indexOf(b.source));
  const out = emptyInvoice(null);
  const sources: Record<string, FieldSource> = {};
  const from = (p: SourcedInvoice, key: string) => p.invoice.fieldSources?.[key] ?? p.source;

  for (const key of SCALARS) {
    const p = sorted.find((s) => s.invoice[key] !== null && s.invoice[key] !== undefined);
    if (p) {
      (out as unknown as Record<string, unknown>)[key] = p.invoice[key];
      sources[key] = from(p, key);
    }
  }
  for (const who of ['seller', 'buyer'] as const) {
    for (const f of PARTY_FIELDS) {
      const p = sorted.find((s) => s.invoice[who][f]);
      if (p) {
        (out[who] as Party)[f] = p.invoice[who][f];
        sources[`${who}.${f}`] = from(p, `${who}.${f}`);
      }
    }
  }
  const withItems = sorted.find((s) => s.invoice.items.length);
  if (withItems) {
    out.items = withItems.invoice.items.map((i) => ({ ...i }));
    sources.items = from(withItems, 'items');
  }
  // Type, document type and currency: the best source that determined them (fieldSources says so), else
  // the best source.
  const typed = sorted.find((s) => s.invoice.type !== 'other');
  if (typed) out.type = typed.invoice.type;
  const kind = sorted.find((s) => s.invoice.fieldSources?.documentType) ?? sorted[0];
  if (kind) {
    out.documentType = kind.invoice.documentType;
    if (kind.invoice.fieldSources?.documentType) sources.documentType = from(kind, 'documentType');
  }
  const cur = sorted.find((s) => s.invoice.fieldSources?.currency) ?? sorted[0];
  if (cur) {
    out.currency = cur.invoice.currency;
    sources.currency = from(cur, 'currency');
  }
  // An e-invoice's further terms come whole from the XML that has them.
  const einvoice = sorted.find((s) => s.invoice.einvoice)?.invoice.einvoice;
  if (einvoice) out.einvoice = einvoice;
  out.fieldSources = sources;
  return out;
}

/** The source most fields came from (ExtractResult.source). */
export function dominantSource(inv: Invoice): FieldSource | null {
  const counts = new Map<FieldSource, number>();
  for (const s of Object.values(inv.fieldSources ?? {})) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: FieldSource | null = null;
  for (const [s, n] of counts) if (!best || n > counts.get(best)! || (n === counts.get(best)! && SOURCE_RANK.indexOf(s) < SOURCE_RANK.indexOf(best))) best = s;
  return best;
}
