import { withCaseClasses } from '../../core/case-classes.js';
import { onFirstUse } from '../../core/remembered.js';
import type { PageText } from '../../core/text.js';

/**
 * Labels that OCR reads without their accents: PP-OCR and tesseract's English model often print
 * "Kaufer", "Rechnungsempfanger", "Facture a" for "Käufer", "Rechnungsempfänger", "Facturé à", and the
 * re-read that restores marks knows German and French ones only (ocr/paddle/restore-accents.ts), so a
 * Czech, Polish, Hungarian, Romanian or Nordic label comes out bare too ("Odberatel", "c." for "č.",
 * "Cumparator"). A label pattern made tolerant accepts the bare letter wherever it names a marked one:
 * every Latin letter its decomposition gives a base letter ("ě" → "e", "ș" → "s"), and the few drawn
 * with a stroke or a ligature that does not decompose; values (names) are never changed.
 */
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ı: 'i' };

/** A marked Latin letter's bare letter, or undefined for a letter without a mark (and for "ß", "æ"). */
function bareLetter(c: string): string | undefined {
  if (STROKED[c]) return STROKED[c];
  const base = c.normalize('NFD').replace(/\p{M}/gu, '');
  return base !== c && /^[a-z]$/i.test(base) ? base : undefined;
}

/**
 * A marked vowel's other marks: OCR reads a mark its dictionary lacks as another on the same letter
 * (the Slovak "Dátum" as "Dätum" or "Dâtum", "Faktúra" as "Faktüra", the Czech "Odběratel" as
 * "Odbératel", the Hungarian "Fizetendő" as "Fizetendö", the Swedish "Avgår" as "Avgär", the Latvian
 * "rēķins" as "rêkins": the Baltic macrons, dots and hooks too).
 */
const SAME_LETTER = ['aáàâäãăąåā', 'eéèêëěęēė', 'iíìîïīį', 'oóòôöõőō', 'uúùûüůűūų', 'AÁÀÂÄÃĂĄÅĀ', 'EÉÈÊËĚĘĒĖ', 'IÍÌÎÏĪĮ', 'OÓÒÔÖÕŐŌ', 'UÚÙÛÜŮŰŪŲ'];
/**
 * Marked letters PaddleOCR reads as another glyph of their shape: the Polish "ł" as a "t", its stroke as
 * the bar ("Do zaptaty", "ptatnosci"), the Hungarian "ó" and "ő" as a "6", the mark as its stem
 * ("Elad6", "Nett6 osszesen", "hatarid6"), and the Icelandic "ð", a round letter with a stroke, as a round
 * one ("Samtals me0 VSK", "meô", "meö", "me8").
 */
const SHAPE_READ: Record<string, string> = { ł: 't', Ł: 'T', ó: '6', ő: '6', ð: '0oôö8' };

/**
 * The letters OCR may read for a label's marked letter: its bare letter, the same letter's other marks,
 * a glyph of its shape, or the "?" PaddleOCR gives for a glyph it cannot name ("Vev?" for "Vevő",
 * "doklad ?." for "doklad č.").
 */
function markReadAs(c: string): string | undefined {
  const family = SAME_LETTER.find((f) => f.slice(1).includes(c))?.replace(c, '') ?? bareLetter(c);
  return family === undefined ? undefined : `${family}${SHAPE_READ[c] ?? ''}?`;
}

/**
 * `re` with each accented letter also matching its bare form (inside and outside character classes), or
 * any of the letters `alternatives` gives it.
 */
export function accentTolerant(re: RegExp, alternatives: (c: string) => string | undefined = bareLetter, flags = re.flags): RegExp {
  let out = '';
  let inClass = false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += c + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const others = alternatives(c);
    out += others === undefined ? c : inClass ? c + others : `[${c}${others}]`;
  }
  return new RegExp(out, flags);
}

/** A marked letter and the letters read for it, as `accentTolerant` writes them: "[äa]", "[áaàâäã?]", "[óoòôöõő6?]". */
const ACCENT_CLASS = /^\[(\p{L})[\p{L}\d?]+\]$/u;
const isAccentClass = (atom: string) => bareLetter(ACCENT_CLASS.exec(atom)?.[1] ?? '') !== undefined;

/** A letter as a label pattern writes it: a literal letter, or a class of a letter and what OCR reads for it ("[äa]", "[óoòôöõő6?]"). */
const LETTER_ATOM = onFirstUse(() => /^(?:\p{L}|\[\p{L}[\p{L}\d?]*\])$/u);

/**
 * Whether the text being parsed is printed text: a PDF text layer whose every character was drawn
 * visibly (`PageText.visibleText`). Set only for the span of one synchronous parse (`readingPrint`).
 */
let printed = false;

/**
 * `parse()` with the label patterns of `ocrTolerant` reading `pages` as what they are: printed text with
 * the labels as written when every page's text was drawn visibly, else as OCR may have read them. The
 * tolerant forms are several times longer; V8 compiles each pattern before its first search, once per
 * thread, and on a small batch of text PDFs that compiling was a seventh of the run's time
 * (bench/extract/README.md, "Label patterns as printed"). A text layer laid invisibly over a scan is
 * an OCR engine's reading, and keeps the tolerant forms.
 */
export function readingPrint<T>(pages: readonly PageText[], parse: () => T): T {
  const was = printed;
  printed = pages.length > 0 && pages.every((p) => p.visibleText === true);
  try {
    return parse();
  } finally {
    printed = was;
  }
}

/**
 * A label pattern as written (case-blind, exact), searched in one of two forms: as printed (accents
 * optional, `accentTolerant`) while `readingPrint` reads printed text, else as OCR may read it
 * (`tolerantForm`). Each form is built and compiled on first use: a document whose parse never asks
 * for a label (a Chinese invoice asks for none of the Western ones) pays for neither, and building the
 * OCR forms of all labels was a tenth of the instructions of extracting one text invoice
 * (bench/extract/README.md, "Label patterns as printed"). `exec`, `test`, `match`, `split` and
 * `matchAll`, and through `exec` `replace` and `search`, search the form; `source` and `flags` are the
 * label as written, so a pattern built from a label's source takes the form from `asRead`.
 */
class LabelPattern extends RegExp {
  static override get [Symbol.species]() {
    return RegExp;
  }

  #printed: RegExp | undefined;
  #ocr: RegExp | undefined;
  /**
   * Whether a search starts from `lastIndex` and sets it (`g` or `y`). Without either, `exec` and `test`
   * neither read nor set it (RegExpBuiltinExec), so the form's is not kept in step with this pattern's.
   */
  readonly #positional: boolean;

  /** Whether the form stands for this label inside a pattern built on its source (`labelMatchFrom`). */
  readonly standsInLonger: boolean;

  constructor(private readonly label: RegExp) {
    super(label);
    this.#positional = label.global || label.sticky;
    this.standsInLonger = label.flags === 'i' && !/\\[1-9]/.test(label.source);
  }

  /**
   * The form for the text being parsed. A label that is neither global nor sticky is searched in a global
   * form, its `lastIndex` set to 0 before and after each search here (a search from 0 finds what the label
   * itself would find): `searchFrom` then finds its matches further along a line with the same compiled
   * pattern, where a copy with `g` would be compiled again.
   */
  get reading(): RegExp {
    const flags = this.#positional ? this.label.flags : `${this.label.flags}g`;
    return printed ? (this.#printed ??= withCaseClasses(accentTolerant(this.label, undefined, flags))) : (this.#ocr ??= tolerantForm(this.label, flags));
  }

  /** The form for the text being parsed, set to search from the start of a text (see `reading`). */
  #fromStart(): RegExp {
    const form = this.reading;
    form.lastIndex = 0;
    return form;
  }

  /**
   * The first match of the form for the text being parsed at `from` or after it, as a global copy of this
   * pattern would find it: only for a pattern that is neither global nor sticky.
   */
  searchFrom(text: string, from: number): RegExpExecArray | null {
    if (this.#positional) throw new TypeError(`searchFrom needs a pattern that is neither global nor sticky: ${this.label}`);
    const form = this.reading;
    form.lastIndex = from;
    const m = form.exec(text);
    form.lastIndex = 0;
    return m;
  }

  /** The form for the text being parsed, set to search from where this pattern stands. */
  #from(): RegExp {
    const form = this.reading;
    form.lastIndex = this.lastIndex;
    return form;
  }

  override exec(text: string): RegExpExecArray | null {
    if (!this.#positional) {
      const form = this.#fromStart();
      const m = form.exec(text);
      form.lastIndex = 0;
      return m;
    }
    const form = this.#from();
    const m = form.exec(text);
    this.lastIndex = form.lastIndex;
    return m;
  }

  // `test` and `match` are the form's own: inherited, they took RegExp's generic path through `exec`
  // above, ~0.4 us a call where the form's own test takes ~0.2, and the parsers call them ~3,300 times
  // an invoice (bench/extract/README.md, "Extract's CPU per file, 2026-11-27").
  override test(text: string): boolean {
    if (!this.#positional) {
      const form = this.#fromStart();
      const found = form.test(text);
      form.lastIndex = 0;
      return found;
    }
    const form = this.#from();
    const found = form.test(text);
    this.lastIndex = form.lastIndex;
    return found;
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    // (Neither global nor sticky, `match` is the form's `exec` from the start: the form is global.)
    if (!this.#positional) {
      const form = this.#fromStart();
      const m = form.exec(text);
      form.lastIndex = 0;
      return m;
    }
    const form = this.#from();
    const m = form[Symbol.match](text);
    this.lastIndex = form.lastIndex;
    return m;
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    return this.reading[Symbol.split](text, limit);
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    return this.reading[Symbol.matchAll](text);
  }
}

/** The form of `re` for the text being parsed: `re` itself unless it is a label pattern. */
export function asRead(re: RegExp): RegExp {
  return re instanceof LabelPattern ? re.reading : re;
}

/**
 * The first match of label pattern `re` at `from` or after it in `text` (`LabelPattern.searchFrom`), for a
 * label whose form can stand for it inside a longer pattern made from its source: case-blind and no other
 * flag (a pattern built on the source as `(${source})…` with `gi` reads it the same), and no numbered
 * back-reference (the group around it would shift their numbers). Undefined for any other pattern.
 */
export function labelMatchFrom(re: RegExp, text: string, from: number): RegExpExecArray | null | undefined {
  return searchedFrom(re) ? re.searchFrom(text, from) : undefined;
}

/** Whether `labelMatchFrom` searches `re`. */
export function searchedFrom(re: RegExp): re is LabelPattern {
  return re instanceof LabelPattern && re.standsInLonger;
}

/** A label pattern (`LabelPattern`): searched as printed or as OCR may read it, as the text needs. */
export function ocrTolerant(re: RegExp): RegExp {
  return new LabelPattern(re);
}

/**
 * `re` made tolerant of what PaddleOCR does to the words of a label (on top of `accentTolerant`, with a
 * marked vowel's other marks too):
 * - a letter it reads once where the print doubles it: "Netobetrag", "Factur aan";
 * - a space it puts inside a word, after a wide first letter ("S ubtotal", "E lektro") or anywhere in a
 *   word of five letters or more;
 * - a capital I read as l at the start of a word ("lnvoice To");
 * - a marked letter left out inside a word of five letters or more ("Kufer", "Rechnungsempfnger");
 * - the letter O read as the digit 0, in words of any length ("INV0ICE N0:");
 * - the capital I of a dotted abbreviation read as 1 or l ("1.V.A." for "I.V.A.");
 * - a caron beside its letter read as an apostrophe ("Odberatel'" for "Odberateľ").
 * Only literal runs of letters change; classes, escapes, groups and quantifiers are kept. Short words
 * (≤ 2 letters: "no", "n°", "à") are otherwise left exact.
 */
export function tolerantForm(re: RegExp, flags = re.flags): RegExp {
  const tolerant = accentTolerant(re, markReadAs, flags);
  // A caron set beside its tall letter, the Slovak "ľ", "ť", "ď", read as an apostrophe after it ("Odberatel'").
  const src = tolerant.source.replace(/\[[ľťďĽŤĎ][^\]]*\]/gu, "$&'?");
  // Tokens: a letter atom (with its quantifier), or anything else (kept as it is).
  const tokens: Array<{ text: string; letter: boolean; quantified: boolean }> = [];
  for (let i = 0; i < src.length;) {
    let text: string;
    if (src[i] === '\\') text = src.slice(i, i + 2);
    else if (src[i] === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      text = src.slice(i, j + 1);
    } else text = [...src.slice(i, i + 2)][0]!;
    i += text.length;
    const quantifier = src.slice(i).match(/^(?:[?*+]|\{\d+(?:,\d*)?\})\??/)?.[0] ?? '';
    i += quantifier.length;
    tokens.push({ text: text + quantifier, letter: LETTER_ATOM().test(text), quantified: quantifier !== '' });
  }
  let out = '';
  for (let i = 0; i < tokens.length;) {
    if (!tokens[i]!.letter) {
      out += tokens[i]!.text;
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.letter) j++;
    const run = tokens.slice(i, j);
    // A capital I opening a dotted abbreviation, read as the figure of its shape ("1.V.A." for "I.V.A."): a
    // letter alone before its stop is no word, so neither rule for words below reaches it.
    if (run.length === 1 && /^i$/i.test(run[0]!.text) && tokens[j]?.text.startsWith('\\.')) {
      out += `[${run[0]!.text}1l]`;
      i = j;
      continue;
    }
    const plain = (k: number) => !run[k]!.quantified;
    run.forEach((t, k) => {
      // The letter O read as the digit 0, in any word ("INV0ICE N0:").
      if (/^o$/i.test(t.text)) t = { ...t, text: `[${t.text}0]` };
      if (k === 0) {
        // Start of a word: I may have been read as l.
        out += run.length >= 3 && /^i$/i.test(t.text) ? '[il]' : t.text;
        return;
      }
      const prev = run[k - 1]!;
      if (plain(k) && plain(k - 1) && t.text.toLowerCase() === prev.text.toLowerCase()) {
        out += `${t.text}?`;
        return;
      }
      if ((k === 1 && run.length >= 3) || run.length >= 5) out += ' ?';
      // A marked letter it may leave out altogether in a longer word: "Kufer" for "Käufer".
      out += run.length >= 5 && plain(k) && isAccentClass(t.text) ? `${t.text}?` : t.text;
    });
    i = j;
  }
  return withCaseClasses(new RegExp(out, tolerant.flags));
}

/**
 * Where a sender line ("Au bon moulin SARL - 1242 chemin de l'olive - 84340 Malaucène - France",
 * "Acme GmbH | Europa-Allee 1 | Frankfurt") changes from one part to the next, as a scan reads it. OCR
 * loses the spaces around a dash ("l'olive-84340", "Malaucène -France", "99- http") and sometimes the dash
 * itself, so besides the printed forms a separator is also a dash with a space before it and a letter
 * after ("Malaucène -France"), a dash after a number with a space after it ("99- http"), and a dash
 * between a word of three letters or more and a number ("SARL-1242", "l'olive-84340"). Kept: a dash
 * inside a word ("Saint-Étienne"), a word's dash before "und" ("Elektro- und Sanitärtechnik"), a country
 * before its postcode ("D-07545", "CH-8001"), a negative amount ("-8,79").
 */
const SENDER_SEPARATOR = onFirstUse(() => /\s+[-–|●•·]\s+|\s*[|●•]\s*|(?<=\d)[-–]\s+|\s+[-–](?=\p{L})|(?<=\p{L}{3})-(?=\d)/u);

/** A sender line's parts, trimmed, empty ones dropped (see SENDER_SEPARATOR). */
export function senderParts(text: string): string[] {
  return text.split(SENDER_SEPARATOR()).map((p) => p.trim()).filter(Boolean);
}

/**
 * Words a template prints where the issuer's logo goes: "LOGO", "[Logo]", "Your logo", "Votre logo",
 * "Ihr Logo", "Logo here". At the start or end of a name they are the placeholder, never the name: the
 * letterhead "LOGO  LE FOURNISSEUR" names "LE FOURNISSEUR". A bare word counts only in capitals ("Logo
 * Design GmbH" keeps its name); a name that is nothing else stays as it is.
 */
const LOGO_PHRASE = /^(?:[[(]\s*(?:(?:your|votre|ihr)\s+)?logo\s*[\])]|(?:your|votre|ihr|company|firmen)\s*logo(?:\s+(?:here|ici|hier))?|logo\s+(?:here|ici|hier))(?=\s|$)|(?<=^|\s)[[(]\s*logo\s*[\])]$/iu;
const LOGO_WORD = /^LOGO(?=\s)|(?<=\s)LOGO$/u;

/** The name without the logo placeholder words at its start or end. */
export function withoutLogoPlaceholder(name: string): string {
  let rest = name.trim();
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    const stripped = rest.replace(LOGO_PHRASE, '').replace(LOGO_WORD, '').trim();
    if (/[\p{L}\p{N}]/u.test(stripped)) rest = stripped;
  }
  return rest;
}
