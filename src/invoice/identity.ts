/**
 * Invoice identity for duplicate detection (docs/invoice-model.md): Chinese invoices are code + number (or
 * the 20-digit 数电 number alone); others are the seller's tax id (or name) + number. Normalised so the
 * PDF, OFD and XML of one invoice agree: digits and letters only, upper case, no spaces or punctuation.
 */
import type { Invoice } from './model.js';

function norm(s: string): string {
  return s.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The identity key, or null when the invoice lacks what identifies it. */
export function invoiceIdentity(inv: Invoice): string | null {
  const number = inv.number ? norm(inv.number) : '';
  if (!number) return null;
  if (/^\d{20}$/.test(number) && !inv.code) return `cn:${number}`;
  if (inv.code) return `cn:${norm(inv.code)}:${number}`;
  const seller = inv.seller.taxId ? norm(inv.seller.taxId) : inv.seller.name ? norm(inv.seller.name) : '';
  if (!seller) return null;
  return `inv:${seller}:${number}`;
}
