/**
 * The dashboard's figures (invoices-api.md §1.1), computed from the stored invoices by the month they
 * were uploaded, in Beijing time:
 *   processedCount  invoices uploaded this month whose extraction has ended (verified, reviewing, failed)
 *   pendingCount    invoices uploaded this month still waiting for extraction or for review (pending, reviewing)
 *   savedTax        deductible input VAT: the tax amount of this month's verified special VAT invoices (增值税专用发票),
 *                   each invoice once (a second copy of one, duplicateOf set, is not deducted twice)
 * Each *Change is the percent change against the same figure for last month, one decimal; null when
 * last month's figure is 0 (there is nothing to compare with).
 */
import { startOfBeijingMonth } from '../http/time.js';
import type { InvoiceRow, InvoiceStore } from './store.js';

export interface DashboardStats {
  processedCount: number;
  processedChange: number | null;
  pendingCount: number;
  pendingChange: number | null;
  savedTax: number;
  savedChange: number | null;
}

interface MonthFigures {
  processed: number;
  pending: number;
  savedTax: number;
}

export function dashboardStats(invoices: InvoiceStore, now = Date.now()): DashboardStats {
  const thisMonth = figures(invoices.createdBetween(startOfBeijingMonth(now), Number.MAX_SAFE_INTEGER));
  const lastMonth = figures(invoices.createdBetween(startOfBeijingMonth(now, 1), startOfBeijingMonth(now)));
  return {
    processedCount: thisMonth.processed,
    processedChange: change(thisMonth.processed, lastMonth.processed),
    pendingCount: thisMonth.pending,
    pendingChange: change(thisMonth.pending, lastMonth.pending),
    savedTax: thisMonth.savedTax,
    savedChange: change(thisMonth.savedTax, lastMonth.savedTax),
  };
}

function figures(rows: readonly InvoiceRow[]): MonthFigures {
  const saved = rows.filter((r) => r.status === 'verified' && r.type === 'vat_special' && r.duplicate_of === null).reduce((sum, r) => sum + (r.tax_amount ?? 0), 0);
  return {
    processed: rows.filter((r) => r.status !== 'pending').length,
    pending: rows.filter((r) => r.status === 'pending' || r.status === 'reviewing').length,
    savedTax: Math.round(saved * 100) / 100,
  };
}

function change(now: number, before: number): number | null {
  return before === 0 ? null : Math.round(((now - before) / before) * 1000) / 10;
}
