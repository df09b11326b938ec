/**
 * Label patterns in two forms (src/invoice/western/ocr-tolerant-labels.ts): as printed, for a PDF text
 * layer drawn visibly, and as OCR may read them (spaces inside words, "l" for "I", "0" for "O") for
 * everything else, an OCR text layer laid invisibly over a scan included.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import { ocrTolerant, readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import { d, toPdf } from './page-builder.js';

const page = (visibleText?: boolean): PageText => ({ page: 1, width: 210, height: 297, items: [], ...(visibleText ? { visibleText } : {}) });

describe('label patterns read as printed or as OCR read them', () => {
  it('read the label as printed only while every page parsed was drawn visibly', () => {
    const net = ocrTolerant(/\bsub-?\s*total\b/i);
    expect(readingPrint([page(true)], () => [net.test('Subtotal 10.00'), net.test('S ubtotal 10.00'), 'S ubtotal'.replace(net, 'x')])).toEqual([true, false, 'S ubtotal']);
    expect(readingPrint([page(true), page()], () => net.test('S ubtotal 10.00'))).toBe(true);
    expect(readingPrint([], () => net.test('S ubtotal 10.00'))).toBe(true);
    // Outside a parse (OCR doubts, settling): as OCR reads it.
    expect(net.test('S ubtotal 10.00')).toBe(true);
    expect('S ubtotal'.replace(net, 'x')).toBe('x');
  });

  it('step a global pattern along its matches in either form', () => {
    const total = ocrTolerant(/\btotal\b/gi);
    const starts = () => {
      const found: number[] = [];
      total.lastIndex = 0;
      for (let m = total.exec('Total 1 total 2 TOTAL 3'); m; m = total.exec('Total 1 total 2 TOTAL 3')) found.push(m.index);
      return found;
    };
    expect(readingPrint([page(true)], starts)).toEqual([0, 8, 16]);
    expect(starts()).toEqual([0, 8, 16]);
    expect(readingPrint([page(true)], () => 'Total 1 total 2'.split(total))).toEqual(['', ' 1 ', ' 2']);
    // split and matchAll search the form too: "T otal" is a total only as OCR reads it.
    expect('T otal 1 total 2'.split(total)).toEqual(['', ' 1 ', ' 2']);
    expect([...'T otal 1 total 2'.matchAll(total)].map((m) => m.index)).toEqual([0, 9]);
    expect(readingPrint([page(true)], () => [...'T otal 1 total 2'.matchAll(total)].map((m) => m.index))).toEqual([9]);
  });

  it('test and match on the form itself, not through exec, stepping a global pattern as exec does', () => {
    const total = ocrTolerant(/\btotal\b/gi);
    // Inherited, test and match called the pattern's own exec (RegExp's generic path); an instance's exec
    // stands in for that call here, and must not be reached.
    Object.defineProperty(total, 'exec', { value: () => { throw new Error('exec called'); } });
    const steps = () => {
      total.lastIndex = 0;
      const found = [0, 1, 2].map(() => [total.test('Total 1 T otal 2 total 3'), total.lastIndex]);
      return { found, match: 'Total 1 T otal 2 total 3'.match(total), lastIndex: total.lastIndex };
    };
    expect(readingPrint([page(true)], steps)).toEqual({ found: [[true, 5], [true, 22], [false, 0]], match: ['Total', 'total'], lastIndex: 0 });
    expect(steps()).toEqual({ found: [[true, 5], [true, 14], [true, 22]], match: ['Total', 'T otal', 'total'], lastIndex: 0 });
    const net = ocrTolerant(/\bnet\s+(\d+)/i);
    Object.defineProperty(net, 'exec', { value: () => { throw new Error('exec called'); } });
    expect(readingPrint([page(true)], () => 'Net 10'.match(net)?.[1])).toBe('10');
  });

  it('search a pattern without g or y from the start in either form, its lastIndex left as set', () => {
    const net = ocrTolerant(/\bnet\b/i);
    net.lastIndex = 3;
    const ask = (text: string) => [net.test(text), net.exec(text)?.index, text.match(net)?.index, net.lastIndex];
    expect(readingPrint([page(true)], () => ask('Net 1'))).toEqual([true, 0, 0, 3]);
    expect(readingPrint([page(true)], () => ask('N et 1'))).toEqual([false, undefined, undefined, 3]);
    expect(ask('N et 1')).toEqual([true, 0, 0, 3]);
  });

  it('keep the OCR-tolerant labels for an OCR text layer laid invisibly over a scan', async () => {
    const draws = [d(20, 15, 'Nordlicht Software GmbH', 5), d(20, 40, 'lnvoice N0.: RE-2025/0147'), d(20, 46, 'lnvoice date: 12.03.2025'), d(110, 90, 'S ubtotal'), d(160, 90, '100,00 EUR'), d(110, 96, 'VAT 19 %'), d(160, 96, '19,00 EUR'), d(110, 102, 'T otal'), d(160, 102, '119,00 EUR')];
    const ocrLayer = leanTextAndAttachments(await toPdf(draws, 210, 140, false, true)).pages;
    expect(ocrLayer[0]!.visibleText).toBeUndefined();
    const invoice = invoiceFromPages(ocrLayer)[0]!.invoice;
    expect([invoice.number, invoice.date, invoice.amount, invoice.taxAmount, invoice.totalAmount]).toEqual(['RE-2025/0147', '2025-03-12', 100, 19, 119]);
    // The same text drawn visibly is the document's own text.
    expect(leanTextAndAttachments(await toPdf(draws, 210, 140, false)).pages[0]!.visibleText).toBe(true);
  });
});
