/**
 * The invoice model, documented for users in docs/invoice-model.md. Field names are the output contract: scripts and tests read
 * them, so they change only together with that document.
 */

export type FieldSource = 'xml' | 'ofd' | 'text' | 'qr' | 'ocr' | 'template' | 'llm';

export type InvoiceType = 'vat_special' | 'vat_normal' | 'flight' | 'train' | 'taxi' | 'hotel' | 'toll' | 'other';
/** The VAT invoice forms (a toll's among them): they print a 发票代码 (before 数电) and a 合计 row of 金额 and 税额. */
export const isVatForm = (type: InvoiceType) => type === 'vat_special' || type === 'vat_normal' || type === 'toll';

/**
 * An invoice or a credit note (Gutschrift, avoir, CII TypeCode 381, 红字发票). Amounts follow the
 * structured form of the document's kind: a Western credit note has positive amounts, as its CII XML
 * states them; a Chinese 红字发票 keeps the negative amounts its issuer XML and face carry.
 */
export type DocumentType = 'invoice' | 'credit_note';

export interface Party {
  name: string | null;
  taxId: string | null;       // 纳税人识别号 / 统一社会信用代码 / VAT ID
  address: string | null;
  phone: string | null;
  bank: string | null;        // 开户行
  account: string | null;     // 账号 / IBAN
}

export interface LineItem {
  name: string;
  spec: string | null;        // 规格型号
  unit: string | null;
  quantity: number | null;
  unitPrice: number | null;
  amount: number | null;      // line net amount
  taxRate: number | null;     // 0.13 for 13%
  taxAmount: number | null;
}

export interface Invoice {
  type: InvoiceType;
  documentType: DocumentType;
  code: string | null;        // 发票代码 (10 or 12 digits); null for 数电 invoices and most Western ones
  number: string | null;      // 发票号码 / invoice number, as printed, without spaces
  date: string | null;        // issue date, YYYY-MM-DD
  dueDate: string | null;     // YYYY-MM-DD
  checkCode: string | null;   // 校验码, digits only
  currency: string | null;    // ISO 4217; null when the document does not say (never guessed)
  amount: number | null;      // net total, before tax
  taxAmount: number | null;   // total tax
  totalAmount: number | null; // gross total
  totalInWords: string | null;// 价税合计（大写）when printed
  seller: Party;
  buyer: Party;
  items: LineItem[];
  remarks: string | null;     // 备注
  /** An e-invoice's (UBL, CII) further EN 16931 terms; absent for other documents. */
  einvoice?: EInvoiceDetails;
  fieldSources?: Record<string, FieldSource>;
}

/** The EN 16931 terms the common fields do not hold (docs/invoice-model.md, "einvoice"). */
export interface EInvoiceDetails {
  syntax: 'ubl' | 'cii';
  customizationId: string | null;   // BT-24
  profileId: string | null;         // BT-23
  typeCode: string | null;          // BT-3 (UNTDID 1001)
  buyerReference: string | null;    // BT-10 (Leitweg-ID for XRechnung)
  orderReference: string | null;    // BT-13
  contractReference: string | null; // BT-12
  projectReference: string | null;  // BT-11
  precedingInvoices: string[];      // BT-25
  paymentTerms: string | null;      // BT-20
  paymentMeans: { code: string | null; account: string | null; ibanValid: boolean | null; bic: string | null; bicValid: boolean | null }[]; // BG-16
  vatBreakdown: { category: string | null; rate: number | null; taxableAmount: number | null; taxAmount: number | null; exemptionReason: string | null }[]; // BG-23
  allowancesCharges: { charge: boolean; amount: number | null; reason: string | null; category: string | null; rate: number | null }[]; // BG-20, BG-21
  prepaidAmount: number | null;     // BT-113
  payableAmount: number | null;     // BT-115
}

export interface Check {
  id: string;
  ok: boolean;
  message?: string;
}

export interface ExtractResult {
  file: string;
  sha256: string;
  status: 'ok' | 'needs_review' | 'failed';
  source: 'xml' | 'ofd' | 'text' | 'qr' | 'ocr' | null;
  invoice: Invoice | null;
  checks: Check[];
  duplicateOf?: string;
  error?: { code: string; message: string };
  cache: 'HIT' | 'MISS';
  pages: number;
  elapsedMs: number;
}

export function emptyParty(): Party {
  return { name: null, taxId: null, address: null, phone: null, bank: null, account: null };
}

export function emptyLineItem(name = ''): LineItem {
  return { name, spec: null, unit: null, quantity: null, unitPrice: null, amount: null, taxRate: null, taxAmount: null };
}

/**
 * An invoice with every field unknown. Parsers start from this so that a field they cannot read stays
 * null rather than undefined, and the JSON output always has the same keys.
 */
export function emptyInvoice(currency: string | null = 'CNY'): Invoice {
  return {
    type: 'other',
    documentType: 'invoice',
    code: null,
    number: null,
    date: null,
    dueDate: null,
    checkCode: null,
    currency,
    amount: null,
    taxAmount: null,
    totalAmount: null,
    totalInWords: null,
    seller: emptyParty(),
    buyer: emptyParty(),
    items: [],
    remarks: null,
  };
}

/** Money rounded to cents; binary floating point otherwise leaks 0.30000000000000004 into JSON. */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

/**
 * One missing total follows from the other two (net + tax = total). A net or tax amount is taken from
 * the difference only when it has the total's sign (or is zero): an invoice does not print a tax larger
 * than its total, so such a difference means one of the two figures was misread, and it stays unknown.
 */
export function completeTotals(inv: Invoice): void {
  const { amount, taxAmount, totalAmount } = inv;
  const part = (difference: number) => (difference === 0 || Math.sign(difference) === Math.sign(totalAmount!) ? round2(difference) : null);
  if (taxAmount === null && amount !== null && totalAmount !== null) inv.taxAmount = part(totalAmount - amount);
  if (amount === null && taxAmount !== null && totalAmount !== null) inv.amount = part(totalAmount - taxAmount);
  if (totalAmount === null && amount !== null && taxAmount !== null) inv.totalAmount = round2(amount + taxAmount);
}

/** Sets fieldSources[key] = source for every top-level / party field that is filled. */
export function markSources(inv: Invoice, source: FieldSource): Invoice {
  const sources: Record<string, FieldSource> = { ...(inv.fieldSources ?? {}) };
  for (const [key, value] of Object.entries(inv)) {
    if (key === 'fieldSources' || key === 'currency' || key === 'type' || key === 'documentType') continue;
    if (key === 'seller' || key === 'buyer') {
      for (const [k, v] of Object.entries(value as Party)) if (v !== null) sources[`${key}.${k}`] ??= source;
    } else if (key === 'items') {
      if ((value as LineItem[]).length) sources.items ??= source;
    } else if (value !== null) {
      sources[key] ??= source;
    }
  }
  inv.fieldSources = sources;
  return inv;
}
