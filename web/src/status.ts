/** What a status badge may claim. */

/** Checks that prove something about the figures (not just that fields are present or a date plausible). */
const PROVING = new Set(['totals_consistent', 'words_match_figures', 'items_sum', 'tax_rate_consistent', 'tax_id_checksum', 'qr_matches']);

/** "Verified" only when a check that proves something passed and none failed; an invoice nothing could check is only "read". */
export const provenByChecks = (checks: readonly { id: string; ok: boolean }[]): boolean => checks.some((c) => c.ok && PROVING.has(c.id)) && checks.every((c) => c.ok);
