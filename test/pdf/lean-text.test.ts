/**
 * The lean text reader must read every fixture exactly as pdf.js does: the same pages and sizes, the
 * same items (text, position, size) and the same embedded files. A document it cannot decode must be
 * refused with LeanUnsupported (then pdf.js reads it), never read differently.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leanTextAndAttachments, LeanUnsupported } from '../../src/pdf/lean-text.js';
import { pdfTextAndAttachments } from '../../src/pdf/text.js';
import { expectSamePages } from '../helpers/same-pages.js';
import { allFixturePdfs } from '../invoice/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const FIXTURES = allFixturePdfs();

/**
 * Fixtures whose text pdf.js takes from the font program: a Symbol font without a Unicode mapping.
 * The lean reader must refuse these, and read all others (the fnfe samples' ToUnicode maps give half
 * a surrogate pair, which is read as pdf.js reads it).
 */
const LEFT_TO_PDFJS = ['docling__multi_page.pdf'];

describe('lean text reader = pdf.js on the fixtures', () => {
  const refused: string[] = [];

  it.each(FIXTURES.map((f) => [path.relative(path.dirname(ROOT), f), f]))('%s', async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const pdfjs = await pdfTextAndAttachments(bytes);
    let lean: ReturnType<typeof leanTextAndAttachments>;
    try {
      lean = leanTextAndAttachments(bytes);
    } catch (err) {
      if (!(err instanceof LeanUnsupported)) throw err;
      refused.push(path.basename(file));
      return;
    }
    expectSamePages(lean.pages, pdfjs.pages);
    expect(lean.attachments.map((a) => [a.name, Buffer.from(a.bytes).toString('base64')])).toEqual(pdfjs.attachments.map((a) => [a.name, Buffer.from(a.bytes).toString('base64')]));
    // Invoices carry text: an empty reading on both sides would prove nothing.
    expect(pdfjs.pages.some((p) => p.items.length > 0)).toBe(true);
  });

  it('bytes after %%EOF (padding, appended junk) change nothing', () => {
    const file = FIXTURES.find((f) => f.includes(`${path.sep}invoices${path.sep}`))!;
    const bytes = readFileSync(file);
    const padded = Buffer.concat([bytes, Buffer.from(`\n%${' '.repeat(16 * 1024)}\n%junk\n`)]);
    expect(leanTextAndAttachments(padded)).toEqual(leanTextAndAttachments(bytes));
  });

  it('refuses only what it cannot decode (every generated invoice and most real ones are read lean)', () => {
    expect(refused.sort()).toEqual(LEFT_TO_PDFJS);
    expect(FIXTURES.length - refused.length).toBeGreaterThanOrEqual(18);
  });
});
