/**
 * The text a PDF draws in glyphs that nothing maps to a character: a simple or Type 3 font without
 * ToUnicode whose encoding names them otherwise than by a character's name (glyphUnicode: pdfTeX's
 * bitmap fonts "/a82", subset names "/g12"; a rarer name pdf.js knows is counted with them). A reader can only guess their characters from their
 * codes (pdf.js takes the code as the character: T1-encoded TeX's "ß", code 255, reads "ÿ"), and what it
 * reads may be another character than the page shows. The lean reader refuses such fonts (pdf.js reads
 * the document); this finds what they draw, for the caller to hold the fields read from it in doubt.
 * Runs over the content streams' text operators only, without positions: it costs the documents that
 * have such a font a second, cheap pass.
 */
import { LeanDocument } from './document.js';
import { pageContent, skipInlineImage } from './content.js';
import { glyphUnicode } from './standard14.js';
import { isStream, Keyword, Lexer, Name, nameOf, Ref, Str, type Dict, type PdfObject } from './syntax.js';

const MAX_FORM_DEPTH = 16;
/** A TJ figure at least this wide (thousandths of the size) parts words. */
const WORD_GAP = 200;

/** A font's codes whose character only a guess gives, or undefined when every code has one. */
type Guessed = Set<number> | undefined;

function guessedCodes(doc: LeanDocument, font: Dict): Guessed {
  if (font.has('ToUnicode')) return undefined;
  const subtype = nameOf(doc.get(font.get('Subtype')));
  if (subtype === 'Type0') return undefined;
  const encoding = doc.get(font.get('Encoding'));
  const differences = encoding instanceof Name ? undefined : doc.array(doc.dict(encoding)?.get('Differences'));
  const guessed = new Set<number>();
  let code = 0;
  for (const d of differences ?? []) {
    const v = doc.get(d);
    if (typeof v === 'number') code = v;
    else if (v instanceof Name) {
      if (glyphUnicode(v.name) === undefined) guessed.add(code);
      code++;
    }
  }
  // A Type 3 font's glyphs have no other names than its encoding's: without Differences, none.
  if (subtype === 'Type3' && !differences) for (let c = 0; c < 256; c++) guessed.add(c);
  return guessed.size ? guessed : undefined;
}

/**
 * The runs of text (a string shown, or a TJ array's words) that hold a glyph of such a font, as pdf.js
 * reads them (such a glyph as its code's character); empty for a document without such a font. Throws
 * what LeanDocument throws.
 */
export function guessedText(bytes: Uint8Array, password?: string): string[] {
  const doc = new LeanDocument(bytes, { password });
  const runs: string[] = [];
  const fonts = new Map<PdfObject, Guessed>();
  const scan = (data: Uint8Array, resources: Dict | undefined, depth: number) => {
    const fontDict = doc.dict(resources?.get('Font'));
    let guessed: Guessed;
    const lx = new Lexer(data, 0, false);
    const args: (PdfObject | Keyword)[] = [];
    const show = (parts: (PdfObject | Keyword)[]) => {
      if (!guessed) return;
      let text = '';
      let any = false;
      for (const p of parts) {
        if (typeof p === 'number' && -p >= WORD_GAP) text += ' ';
        if (!(p instanceof Str)) continue;
        for (let i = 0; i < p.bytes.length; i++) {
          const c = p.bytes.charCodeAt(i);
          any ||= guessed.has(c);
          text += String.fromCharCode(c);
        }
      }
      if (any) runs.push(text);
    };
    for (let t = lx.object(); t !== undefined; t = lx.object()) {
      if (!(t instanceof Keyword)) {
        args.push(t);
        continue;
      }
      if (t.word === 'Tf' && args[0] instanceof Name) {
        const ref = fontDict?.get(args[0].name);
        const key = ref instanceof Ref ? ref.num : ref;
        if (key !== undefined && !fonts.has(key)) fonts.set(key, doc.dict(ref) ? guessedCodes(doc, doc.dict(ref)!) : undefined);
        guessed = key === undefined ? undefined : fonts.get(key);
      } else if (t.word === 'Tj' || t.word === "'") show(args.slice(0, 1));
      else if (t.word === '"') show(args.slice(2, 3));
      else if (t.word === 'TJ' && Array.isArray(args[0])) show(args[0].map((e) => doc.get(e) as PdfObject));
      else if (t.word === 'BI') skipInlineImage(lx);
      else if (t.word === 'Do' && args[0] instanceof Name && depth < MAX_FORM_DEPTH) {
        const ref = doc.dict(resources?.get('XObject'))?.get(args[0].name);
        const form = doc.get(ref);
        if (isStream(form) && nameOf(doc.get(form.dict.get('Subtype'))) === 'Form') scan(doc.streamData(ref)!, doc.dict(form.dict.get('Resources')) ?? resources, depth + 1);
      }
      args.length = 0;
    }
  };
  for (const page of doc.pages()) scan(pageContent(doc, page), doc.dict(page.get('Resources')), 0);
  return runs;
}
