/**
 * Fields read from glyphs whose characters were guessed (pdf/lean/guessed-glyphs.ts: fonts that map
 * their glyphs to no character, which pdf.js reads by their codes). Such a field may say another
 * character than the page shows ("Groÿ" for "Groß") with nothing else to tell: it is named for review.
 */
import type { Check, Invoice, SourcedInvoice } from '../invoice/index.js';
import { guessedText } from '../pdf/lean/guessed-glyphs.js';

/** The fields whose words a guessed character changes without a trace (figures and dates do not parse then). */
const FIELDS: [string, (inv: Invoice) => string | null][] = [
  ['number', (inv) => inv.number],
  ['seller.name', (inv) => inv.seller.name],
  ['buyer.name', (inv) => inv.buyer.name],
];

/** Words with a letter or a digit, two characters or more: what a field and a run can share. */
const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w.length >= 2 && /[\p{L}\p{N}]/u.test(w));

/**
 * The check naming the text layer's fields that share a word with a run of guessed glyphs, or null
 * when there is none. For a PDF pdf.js read (the lean reader refuses such fonts); a file the lean
 * reader cannot open at all has no such runs to find.
 */
export function guessedGlyphsCheck(bytes: Uint8Array, parts: readonly SourcedInvoice[], password?: string): Check | null {
  const invoice = parts.find((p) => p.source === 'text')?.invoice;
  if (!invoice) return null;
  let runs: string[];
  try {
    runs = guessedText(bytes, password);
  } catch {
    return null;
  }
  if (!runs.length) return null;
  const guessed = new Set(runs.flatMap(wordsOf));
  const fields = FIELDS.filter(([, value]) => wordsOf(value(invoice) ?? '').some((w) => guessed.has(w))).map(([name]) => name);
  if (!fields.length) return null;
  // The fields lead the message (fieldsInDoubt reads them before the first parenthesis).
  return { id: 'text_layer_doubt', ok: false, message: `${fields.join(', ')} (drawn in a font that maps its glyphs to no characters: their characters are guessed from their codes)` };
}
