/**
 * A row of label:value pairs OCR boxed as one, the issue date run into the next label ("Data
 * wystawienia:24.11.2025Miejsce wystawienia Kraków"): the parser found no date after the label and read the
 * corrected invoice's ("z dnia 02.10.2025"). The labelled date, read apart from the label after it, is not
 * the date read: the date is in doubt, named.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const row = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: text.length * 2, height: 4.5, page: 1, confidence: 90 });

function doubts(date: string) {
  const inv = emptyInvoice();
  inv.number = 'FK/11/2025/018';
  inv.date = date;
  inv.fieldSources = { number: 'ocr', date: 'ocr' };
  const items = [row('FAKTURA KORYGUJACA nr FK/11/2025/018', 20, 16), row('Data wystawienia:24.11.2025Miejsce wystawienia Kraków', 20, 22),
    row('Do faktury nr FV/10/2025/1187 z dnia 02.10.2025', 20, 28)];
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items }]).unsure;
}

describe('an issue date run into the next label', () => {
  it('puts another date read in doubt', () => {
    expect(doubts('2025-10-02')).toContain('date');
  });
  it('confirms the date it is', () => {
    expect(doubts('2025-11-24')).not.toContain('date');
  });
});
