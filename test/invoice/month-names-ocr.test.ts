/** Month names as OCR reads them when its dictionary lacks the marked letter: the mark dropped. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/invoice/dates.js';

describe('month names without their marks', () => {
  it.each([
    ['Porto, 14 de marco de 2025', '2025-03-14'],
    ['Datum vystavení: 12. brezna 2025', '2025-03-12'],
    ['Kelte: 2025. marcius 14.', '2025-03-14'],
    ['Data: 2 wrzesnia 2025', '2025-09-02'],
    ['le 3 fevrier 2025', '2025-02-03'],
  ])('"%s" is %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});

describe("a month's O read as a zero", () => {
  it.each([
    ['Bill date: 12 0ctober 2025', '2025-10-12'],
    ['Fattura n. 311 del 28 n0vembre 2025', '2025-11-28'],
    ['Date: N0v 4, 2025', '2025-11-04'],
    ['Invoice date 0ct 9, 2025', '2025-10-09'],
    ['Rechnungsdatum: 3. 0ktober 2025', '2025-10-03'],
  ])('"%s" is %s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('a zero in other letters is no month', () => {
    expect(parseDate('Ref 12 0xford 2025')).toBeNull();
    expect(parseDate('Ref 12 B00K 2025')).toBeNull();
  });
});
