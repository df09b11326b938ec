/** A parser's guess that made it into the result is named by a failed field_doubt check; one a better source read is not. */
import { describe, expect, it } from 'vitest';
import { settle } from '../../src/extract/settle.js';
import { emptyInvoice } from '../../src/invoice/model.js';

function textReading() {
  const inv = emptyInvoice('EUR');
  inv.number = 'RE-2024-117';
  inv.date = '2024-03-05';
  inv.seller.name = 'Musterdruck Lindner';
  inv.totalAmount = 119;
  return inv;
}

describe('field_doubt', () => {
  it('names guessed fields, a party field among them, that the result states', () => {
    const { checks } = settle({ parts: [{ source: 'text', invoice: textReading(), guessed: { date: 'no label names the issue date', 'seller.name': 'no label or company form names the seller' } }], pages: 1 }, new Date('2024-06-01'));
    expect(checks).toContainEqual({ id: 'field_doubt', ok: false, message: 'not read from the document with certainty: date, seller.name (no label names the issue date; no label or company form names the seller)' });
  });

  it('drops a guess that a better source read otherwise', () => {
    const xml = emptyInvoice('EUR');
    xml.seller.name = 'Musterdruck Lindner GmbH';
    xml.date = '2024-03-04';
    const { checks } = settle({ parts: [{ source: 'text', invoice: textReading(), guessed: { date: 'no label names the issue date', 'seller.name': 'no label or company form names the seller' } }, { source: 'xml', invoice: xml }], pages: 1 }, new Date('2024-06-01'));
    expect(checks.find((c) => c.id === 'field_doubt')).toBeUndefined();
  });

  it('drops a guess whose value another reading of the same source replaced', () => {
    const read = textReading();
    read.seller.name = 'Musterdruck Lindner GmbH';
    const { checks } = settle({ parts: [{ source: 'text', invoice: read }, { source: 'text', invoice: textReading(), guessed: { 'seller.name': 'no label or company form names the seller' } }], pages: 1 }, new Date('2024-06-01'));
    expect(checks.find((c) => c.id === 'field_doubt')).toBeUndefined();
  });
});
