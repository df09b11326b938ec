/** The badge claims "verified" only when a check proved something about the figures. */
import { describe, expect, it } from 'vitest';
import { provenByChecks } from '../../web/src/status';

describe('provenByChecks', () => {
  it('is false when only presence and plausibility checks ran (an OCR read nothing could cross-check)', () => {
    expect(provenByChecks([{ id: 'required_fields', ok: true }, { id: 'date_plausible', ok: true }])).toBe(false);
    expect(provenByChecks([])).toBe(false);
  });
  it('is true when the arithmetic or the QR code agreed and nothing failed', () => {
    expect(provenByChecks([{ id: 'totals_consistent', ok: true }, { id: 'required_fields', ok: true }])).toBe(true);
    expect(provenByChecks([{ id: 'qr_matches', ok: true }])).toBe(true);
  });
  it('is false when any check failed', () => {
    expect(provenByChecks([{ id: 'totals_consistent', ok: true }, { id: 'ocr_uncertain', ok: false }])).toBe(false);
  });
});
