/** The documented routes of invoices-api.md the page uses; every answer is its `{code, message, data}` envelope. */
export interface Invoice {
  id: string;
  code: string | null;
  number: string | null;
  type: string;
  sellerName: string | null;
  buyerName: string | null;
  date: string | null;
  amount: number | null;
  taxAmount: number | null;
  totalAmount: number | null;
  status: 'pending' | 'verified' | 'reviewing' | 'failed';
  fileUrl: string;
  fileType: 'pdf' | 'jpg' | 'png' | 'ofd';
  fileName: string;
  duplicateOf?: string | null;
}

export interface Check {
  id: string;
  ok: boolean;
  message?: string;
}

export interface InvoiceDetail extends Invoice {
  checks: Check[];
  error: { code: string; message: string } | null;
  source: string | null;
  fieldSources: Record<string, string>;
}

export interface Party {
  name: string | null;
  taxId: string | null;
  address: string | null;
  phone: string | null;
  bank: string | null;
  account: string | null;
}

/** The library's invoice (docs/invoice-model.md), as GET /invoices/{id}/review gives it. */
export interface FullInvoice {
  type: string;
  documentType: string;
  code: string | null;
  number: string | null;
  date: string | null;
  dueDate: string | null;
  checkCode: string | null;
  currency: string | null;
  amount: number | null;
  taxAmount: number | null;
  totalAmount: number | null;
  totalInWords: string | null;
  seller: Party;
  buyer: Party;
  items: { name: string; spec: string | null; unit: string | null; quantity: number | null; unitPrice: number | null; amount: number | null; taxRate: number | null; taxAmount: number | null }[];
  remarks: string | null;
  fieldSources?: Record<string, string>;
}

export interface InvoiceReview extends InvoiceDetail {
  invoice: FullInvoice | null;
  pages: number | null;
  approvedAt: string | null;
}

export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const BASE = '/api/v1';

export async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${BASE}${path}`, init);
  const body = (await res.json().catch(() => ({ code: res.status >= 500 ? 5001 : 1001, message: `HTTP ${res.status}`, data: null }))) as { code: number; message: string; data: T };
  if (body.code !== 0) throw new ApiError(body.code, body.message);
  return body.data;
}

export const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
