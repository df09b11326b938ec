/**
 * Whether a till's line names the total is read with the total's label as printed on a text layer, and with the
 * letters OCR misreads ("T0TAL") on a scan's reading: a line's answer under one form says nothing of its answer
 * under the other, whichever is asked first.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { isTotalLine } from '../../src/invoice/receipt/totals.js';
import { readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';

const printedPage: PageText = { page: 1, width: 80, height: 200, items: [], visibleText: true };
const asPrinted = (line: string) => readingPrint([printedPage], () => isTotalLine(line));

describe('a total line, as printed and as OCR reads it', () => {
  it('takes a zero for the O only in a scan reading, whichever form asks first', () => {
    expect(isTotalLine('GRAND T0TAL  18.40')).toBe(true);
    expect(asPrinted('GRAND T0TAL  18.40')).toBe(false);
    expect(isTotalLine('GRAND T0TAL  18.40')).toBe(true);
    expect(asPrinted('T0TAL DUE  7.15')).toBe(false);
    expect(isTotalLine('T0TAL DUE  7.15')).toBe(true);
    expect(asPrinted('T0TAL DUE  7.15')).toBe(false);
  });

  it('reads a printed total and a tax line alike in both forms', () => {
    for (const read of [isTotalLine, asPrinted]) {
      expect(read('GRAND TOTAL  18.40')).toBe(true);
      expect(read('TOTAL INCL. GST  18.40')).toBe(true);
      expect(read('TOTAL GST  1.04')).toBe(false);
      expect(read('CHANGE  1.60')).toBe(false);
    }
  });
});
