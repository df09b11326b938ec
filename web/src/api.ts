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

export interface InvoiceDetail extends Invoice {
  checks: { id: string; ok: boolean; message?: string }[];
  error: { code: string; message: string } | null;
  source: string | null;
  fieldSources: Record<string, string>;
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
  const body = (await res.json()) as { code: number; message: string; data: T };
  if (body.code !== 0) throw new ApiError(body.code, body.message);
  return body.data;
}

export const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
