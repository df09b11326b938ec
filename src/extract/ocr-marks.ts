/**
 * The marks of a party's name read by the page language's own model. PaddleOCR's dictionary has no ø æ
 * č ž ł ñ ı ś ő …, so on a page in a language that prints them every name is in doubt (ocr-doubts.ts,
 * unreadMarks): OCR gives "Hansen & Son" for "Hansen & Søn" as surely as a right "Nordlys Design", and
 * neither its certainty nor its probability of a marked letter tells them apart (bench/supplier-pages,
 * "Scans: a mark's doubt from the recogniser"). Tesseract's model of the page's language has every mark
 * of it: the name's row, cut from the page as the second look cuts it (ocr-second-look.ts), is read
 * again with that model, and
 * - a reading that shows the name letter for letter, each of its words at MIN_CONFIDENCE or above,
 *   settles it, when it reads as a name (nameShaped): the doubt is dropped;
 * - a reading that shows the same words with marks added (equal once the marks of both are folded away)
 *   gives the name its marks: tesseract can add a mark, never change a letter, where PaddleOCR is the
 *   better reader; PaddleOCR's letters and tesseract's marks are two readings that agree, and settle the
 *   name as a reading letter for letter does (of the 15 names so given marks on the supplier pages' scans,
 *   14 came out right; the other was cut short where it wraps, which the next rule catches). A mark
 *   tesseract reads in place of another PaddleOCR gave (a Slovak "Noväk" read "Novák": PaddleOCR's re-read
 *   of German and French marks, ocr/paddle/restore-accents.ts, gave it an ä) is a letter the two readers
 *   disagree on: the name takes tesseract's and keeps its doubt; unless the page's language does not write
 *   PaddleOCR's mark ("Krakôw" on a Polish page, read "Kraków"): that mark only says where one is;
 * - either keeps its doubt when the reading's next row adds only a company form to the name ("Marmara
 *   Gıda Pazarlama Ltd." over "Şti."): the name goes on where it wraps, and its letters say nothing of that;
 * - anything else (another letter, a word broken otherwise, a word tesseract is unsure of, nothing, a
 *   language whose model is not installed) leaves the name and its doubt as they were.
 * Only names whose one doubt is the page's marks (OcrDoubts.marksOnly), one small crop each.
 */
import type { PageText, TextItem } from '../core/text.js';
import type { SourcedInvoice } from '../invoice/index.js';
import { withoutCompanyForm } from '../invoice/western/parties.js';
import { twoReadings } from '../invoice/western/text.js';
import { frenchMarkLost, germanMarkLost, irishMarkLost, LANGUAGE_MARKS, lookalikesAs, MIN_CONFIDENCE } from './ocr-doubts.js';
import { readRowsAgain, rowReadAgain, valueRows, type ReadPage, type ValueRow } from './ocr-second-look.js';

/** What the re-read needs of the OCR: a row image read by tesseract.js in a given language. */
export interface MarksReader {
  pageText(image: Uint8Array, options: { dpi: number; page: number; signal?: AbortSignal; tesseract: string; psm: number }): Promise<PageText>;
}

/**
 * Tesseract's page segmentation for a uniform block of lines: the crop holds the name's row and, in its
 * margins, parts of the rows above and under it, which the one-line mode (7) read into the name as noise
 * ("je re" for "Borettslaget Solbakken" over "v/ styreleder Kari Nordal").
 */
const BLOCK = 6;

/**
 * Letters that carry their mark inside them and so keep it under NFD (ł ø đ ı ß æ œ are letters of
 * their own in Unicode): each as the letters OCR gives without it.
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe' };

/** The text without its marks: "Søn" → "Son", "Bałtyk" → "Baltyk", "Gıda" → "Gida". */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐıßæÆœŒ]/g, (c) => UNDECOMPOSED[c]!).normalize('NFC');
}

/**
 * A word in capitals with a small i among them: PaddleOCR's dictionary has no dotted capital İ, and reads
 * the Turkish one as the small letter its dot makes it look like ("TEKSTiL", "SANAYi" for "TEKSTİL",
 * "SANAYİ"). Such a word with its i as the capital it stands for, which its marks' reading then dots.
 */
const capitalsDotted = (word: string) => (/^(?:\p{Lu}\p{M}*|i|[.&-])+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word) ? word.replace(/i/g, 'I') : word);

/**
 * Letters PaddleOCR's dictionary lacks, as the one letter its recogniser reads for each: a barred ł as a "t"
 * (it takes the bar across the stem for a t's: "Wista" for "Wisła", "Ztoty Ktos" for "Złoty Kłos"), the Danish
 * and Norwegian æ as the "e" its right half is ("Lydverket ApS" for "Lydværket ApS"), where tesseract's model of
 * the language reads the letter. That "t" or "e" is the letter's place, not another letter: the two readers
 * agree on it.
 */
const READ_AS_ONE_LETTER: Record<string, string> = { ł: 't', Ł: 'T', æ: 'e', Æ: 'E' };

/** Tesseract's `text` with each such letter where OCR's `read` has the one it reads for it written as that one (READ_AS_ONE_LETTER). */
function lettersAsRead(text: string, read: string): string {
  const is = [...text.normalize('NFC')], was = [...read.normalize('NFC')];
  return is.length !== was.length ? text : is.map((c, k) => (READ_AS_ONE_LETTER[c] === was[k] ? was[k] : c)).join('');
}

/** How many of a word's letters carry a mark. */
const markCount = (word: string) => [...word.normalize('NFC')].filter((c) => foldMarks(c) !== c).length;

/**
 * Tesseract's spelling of `name` in its reading of the name's row: each of the name's words, in order,
 * one word of the reading, the same letters or the same with marks added (none dropped), at
 * MIN_CONFIDENCE or above; undefined when the reading shows no such run. Punctuation beside the run
 * ("Kowalczyk," before the row's next field) is the row's, not the name's. A name wrapped over two rows
 * may run from one row of the reading on to the next.
 */
export function markedReading(items: readonly TextItem[], name: string): string | undefined {
  const own = name.split(/\s+/).filter(Boolean);
  // The words of the name's company form, which the first reading's certainty leaves aside: read with a figure
  // for a look-alike letter or in the other case ("Sp. Z 0.0." for "Sp. z o.o."), they are the form, as the
  // name has it (written as the page prints it: text-parts.ts).
  const form = withoutCompanyForm(name).split(/\s+/).filter(Boolean).length;
  const formAlike = (k: number, text: string) => k >= form && form > 0 && lookalikesAs(text) === lookalikesAs(own[k]!);
  // Each row's words with the next row's after them: a name wrapped over two rows, read as two lines. A run
  // within one row is found there too, and before any run that starts later.
  const rows = items.filter((i) => i.confidence !== undefined).map(wordsOf);
  for (const words of rows.map((row, k) => (rows[k + 1] ? [...row, ...rows[k + 1]!] : row))) {
    for (let from = 0; from + own.length <= words.length; from++) {
      const run = own.map((n, k) => {
        const read = words[from + k]!;
        const text = k === own.length - 1 ? read.text.replace(/[,;:]+$/, '') : read.text;
        if (formAlike(k, text)) return { text: n, sure: true };
        return text === n || ([text, lettersAsRead(text, n), text.replace(/ß/g, 'B')].some((t) => foldMarks(t) === foldMarks(capitalsDotted(n))) && markCount(text) >= markCount(n)) ? { text, sure: read.confidence >= MIN_CONFIDENCE } : undefined;
      });
      if (run.every((w) => w?.sure)) return run.map((w) => w!.text).join(' ');
      // The name's form wrapped onto a row of its own ("Limpiezas y Mantenimientos Aragoneses," over "S.L."),
      // which the crop's edge leaves tesseract unsure of or without: a form written with no mark is no
      // letter the marks' doubt is of, and the name's own words read letter for letter settle it. A word
      // it reads sure there must be the form.
      if (form > 0 && !MARKED_FORM_READ.test(own.slice(form).join(' ')) && run.slice(0, form).every((w) => w?.sure)
        && words.slice(from + form, from + own.length).every((w, k) => w.confidence < MIN_CONFIDENCE || formAlike(form + k, w.text))) {
        return [...run.slice(0, form).map((w) => w!.text), ...own.slice(form)].join(' ');
      }
    }
  }
  return undefined;
}

/**
 * A company form as OCR reads one written with a mark (the Turkish "A.Ş.", "Şti.", the Estonian "OÜ", the
 * Swiss "Sàrl", "S.à r.l."), bare: its mark is the doubt's, and only a reading that shows it settles it.
 */
const MARKED_FORM_READ = /^(?:a\.?\s?s\.?|sti\.?|ltd\.?\s?sti\.?|ou|sarl|s\.\s?a\.?\s?r\.\s?l\.)$/i;

/** An item's words with the certainty of each: its least sure character's, else the item's. */
function wordsOf(item: TextItem): Array<{ text: string; confidence: number }> {
  const out: Array<{ text: string; confidence: number }> = [];
  for (const m of item.text.matchAll(/\S+/g)) {
    const each = item.charConfidence?.length === item.text.length ? item.charConfidence.slice(m.index, m.index + m[0].length) : [];
    out.push({ text: m[0], confidence: each.length ? Math.min(...each) : item.confidence! });
  }
  return out;
}

/**
 * Whether a value reads as a company's or a person's name, as more than its letters: with small letters
 * (a logo's or a heading's capitals, "SERRALHARIA COSTA" for "Serralharia Costa & Filhos, Lda", and a
 * register number, "J40/11842/2014", are what the parser takes for a name wrongly) and not ending in a
 * word of one letter (a company form cut where it wraps: "Nowak Sp. z" over "o.o."), unless that word
 * ends a whole company form ("Zielony Zakątek Sp. j.", a general partnership). A name in capitals that ends
 * in its company form ("SUPERMERCADOS DEL SUR AUSTRAL LTDA.") is a registered name as the page sets it, no
 * logo's or heading's word. The marks' doubt also stood for the others, which tesseract reads letter for
 * letter as well: they keep it.
 */
export function nameShaped(name: string): boolean {
  return (/\p{Ll}/u.test(name) || withoutCompanyForm(name) !== name.trim()) && (!/(?:^|\s)\p{L}\.?$/u.test(name.trim()) || withoutCompanyForm(name) !== name.trim());
}

/**
 * A letter with a ring as the one with two dots that PaddleOCR's re-read of marks (ocr/paddle/restore-accents.ts)
 * gives for it: its German and French models have no å or ů, and read the ring as the nearest mark they know
 * ("Äkesson" for "Åkesson", "Růžička" read "Rüžička"). That ä or ü is the letter's place marked, not another
 * mark: tesseract's ring there agrees with it.
 */
const RING_READ_AS_DOTS: Record<string, string> = { å: 'ä', Å: 'Ä', ů: 'ü', Ů: 'Ü' };

/**
 * Whether OCR's marked letter `was` is one the page's `language` does not write, on the letter tesseract
 * marks as that language writes it (`is`): PaddleOCR's re-read of marks knows German's and French's only
 * and gives one of theirs for a Polish ó ("Krakôw" for "Kraków") or a Czech á ("Noväk"); that mark is the
 * letter's place marked, no reading of which mark. Tesseract's, of the language's own marks, agrees with it.
 */
function foreignMarkOf(was: string, is: string, language: string | undefined, before?: string): boolean {
  const own = language && LANGUAGE_MARKS[language];
  if (!own || was === is || foldMarks(was) !== foldMarks(is) || foldMarks(was) === was) return false;
  const after = MARK_ONLY_AFTER[language!]?.[was.toLowerCase()];
  return (!own.includes(was.toLowerCase()) || (!!after && !(before && after.test(before)))) && own.includes(is.toLowerCase());
}

/**
 * Marks a language writes only after some letters: Slovak's ä follows a labial alone (b m p v, f in
 * loans: "mäso", "päť", "deväť"). PaddleOCR's re-read of German marks gives its ä for the Slovak á
 * anywhere ("Stolärstvo", "Povazskä", "Dodävatel'" on one page); where Slovak writes no ä, that ä is the
 * letter's place marked, as a mark the language never writes is (foreignMarkOf), and tesseract's á there
 * agrees with it. After a labial ("Noväk" against "Novák") the two stay a disagreement.
 */
const MARK_ONLY_AFTER: Record<string, Record<string, RegExp>> = { slk: { ä: /[bmpvf]/i } };

/**
 * The marked small letters the first reading can give: those of PaddleOCR's dictionary (é è ä í á ó ò ü ā ú ē
 * ǐ ō ǒ à ī ū ì, the capitals' small forms with them) and those its re-read of German and French marks
 * (ocr/paddle/restore-accents.ts) writes.
 */
const FIRST_READING_MARKS = 'éèäíáóòüāúēǐōǒàīūìëöüßêâçîïôûùÿ';

/**
 * Whether OCR's marked letter `was` stands where tesseract reads, on the same letter, a mark the first
 * reading has no letter for (`is`), one the page's `language` writes: a Czech "Mésto" read "Město", a ě no
 * step of the first reading can write. Its é there is the nearest letter it had, and says where a mark
 * is, not which: tesseract's reading of the language's own mark agrees with it.
 */
function unwritableMarkOf(was: string, is: string, language: string | undefined): boolean {
  const own = language && LANGUAGE_MARKS[language];
  if (!own || was === is || foldMarks(was) !== foldMarks(is) || foldMarks(was) === was) return false;
  return own.includes(is.toLowerCase()) && !FIRST_READING_MARKS.includes(is.toLowerCase());
}

/**
 * Whether a capital I with a mark (`is`: İ, Í, Î, Ï) stands where the first reading has a small i: PaddleOCR's
 * dictionary has none of them, and it reads the capital's mark over the stem as the small letter's dot
 * ("FRUTiCOLA" for "FRUTÍCOLA", "SANAYi" for "SANAYİ"). That i, among capitals (`before`, `after`: the letters
 * beside it), is the capital's place, its mark tesseract's.
 */
const capitalIDotted = (is: string, was: string, before?: string, after?: string) => was === 'i' && is !== 'I' && foldMarks(is) === 'I'
  && [before, after].some((c) => c && /\p{Lu}/u.test(c)) && ![before, after].some((c) => c && /\p{Ll}/u.test(c));

/**
 * Whether `marked` is `read` with marks added only where `read` has that letter bare: no mark of `read`
 * replaced by another ("Noväk" → "Novák"; a ring for the two dots PaddleOCR gives for it aside,
 * RING_READ_AS_DOTS, a mark the page's `language` does not write, foreignMarkOf, and one tesseract reads that
 * the first reading has no letter for, unwritableMarkOf), no letter by another
 * (an ł or æ for the "t" or "e" PaddleOCR reads for it aside, READ_AS_ONE_LETTER). A letter of its own that OCR spells
 * out in two ("ae" for the Danish and Norwegian æ, "oe" for œ, "ss" for ß: PaddleOCR's dictionary has
 * none of them) is that letter: "Cykelvaerksted" → "Cykelværksted". A capital I with a mark (the Turkish İ,
 * the Spanish Í) is the small i PaddleOCR reads for it with its mark added (capitalsDotted, capitalIDotted).
 */
export function marksOnlyAdded(read: string, marked: string, language?: string): boolean {
  const was = [...read.normalize('NFC')];
  const is = [...marked.normalize('NFC')];
  let at = 0;
  for (const [k, c] of is.entries()) {
    const spelled = UNDECOMPOSED[c];
    if (spelled && spelled.length > 1 && was.slice(at, at + spelled.length).join('') === spelled) at += spelled.length;
    else if (at < was.length && (was[at] === c || foldMarks(c) === was[at] || capitalIDotted(c, was[at]!, is[k - 1], is[k + 1]) || RING_READ_AS_DOTS[c] === was[at] || READ_AS_ONE_LETTER[c] === was[at] || foreignMarkOf(was[at]!, c, language, is[k - 1]) || unwritableMarkOf(was[at]!, c, language) || (c === 'ß' && was[at] === 'B' && language === 'deu'))) at += 1;
    else return false;
  }
  return at === was.length;
}

/**
 * Whether the row after the one that shows `name` in a reading adds only a company form to it, or the rest
 * of one: "Şti." under "Marmara Gıda Pazarlama Ltd.", "z o.o." under "Hurtownia Nowak Sp.", the name's form
 * wrapped onto a row of its own. (The name and that row together, less their form, are the name's start.)
 */
export function formGoesOn(items: readonly TextItem[], name: string): boolean {
  const at = items.findIndex((i) => i.text.includes(name));
  const next = at >= 0 ? items[at + 1]?.text.trim() : undefined;
  return !!next && withoutCompanyForm(name).startsWith(withoutCompanyForm(`${name} ${next}`));
}

/**
 * Reads again, with the page language's tesseract model, the party names of the OCR part whose one doubt
 * is that language's marks: drops the doubt of a name the reading confirms, gives marks to one it shows
 * with marks (its doubt kept). `pages`: the OCR'd pages' text; `read(page)`: that page's image as OCR read it.
 */
export async function readMarks(parts: SourcedInvoice[], pages: readonly PageText[], read: (page: number) => ReadPage | undefined, ocr: MarksReader, signal?: AbortSignal): Promise<void> {
  await frenchMarks(parts, pages, read, ocr, signal);
  // Each name in the language its own party tells (OcrDoubts.nameLanguages), else in the page's.
  const languageOf = (doubtful: NonNullable<SourcedInvoice['doubtful']>, field: string) => doubtful.nameLanguages?.[field] ?? doubtful.marksLanguage;
  const part = parts.find((p) => p.source === 'ocr' && p.doubtful?.marksOnly?.some((field) => languageOf(p.doubtful!, field)));
  if (!part?.doubtful) return;
  const { marksOnly } = part.doubtful;
  const rows = valueRows(pages, read);
  for (const field of marksOnly!) {
    const language = languageOf(part.doubtful, field);
    if (!language) continue;
    const reading = (row: ValueRow) => ocr.pageText(row.crop, { dpi: row.dpi, page: row.page, signal, tesseract: language, psm: BLOCK });
    await readRowsAgain(part, [field], rows, reading, (field, name, items) => {
      const marked = markedReading(items, name);
      if (!marked) return false;
      const who = field === 'seller.name' ? 'seller' : 'buyer';
      if (marked !== name) part.invoice = { ...part.invoice, [who]: { ...part.invoice[who], name: marked } };
      // (A word German writes with its umlaut, or Irish with its fada, still read bare, is no confirmation: the
      // mark is lost to both readers.)
      return nameShaped(marked) && !formGoesOn(items, marked) && marksOnlyAdded(name, marked, language) && !(language === 'deu' && germanMarkLost(marked)) && !(language === 'gle' && irishMarkLost(marked));
    });
  }
  // A seller the page prints twice, its two readings apart in their marks alone ("Lapin Lumityö Oy" in the
  // letterhead, "Lapin Lumityô Oy" in the footer: PaddleOCR gives a German or French mark for the language's
  // own): which marks are right is what the language's reading of the name's row tells, and once that
  // reading settled the name (its doubt dropped above), it settles the two readings too.
  const seller = part.invoice.seller.name;
  const readings = twoReadings(part.guessed?.['seller.name']);
  if (seller && readings && marksOnly!.includes('seller.name') && !part.doubtful?.unsure.includes('seller.name') && readings.every((r) => foldMarks(r) === foldMarks(seller))) {
    const rest = Object.entries(part.guessed!).filter(([field]) => field !== 'seller.name');
    part.guessed = rest.length ? Object.fromEntries(rest) : undefined;
  }
}

/** French marks PaddleOCR's dictionary has no letter for (it has é è à and ü). */
const LACKED_MARK = /[ôêâîûùçëïÔÊÂÎÛÙÇËÏ]/;

/**
 * Gives a French page's party names (OcrDoubts.frenchNames) the marks PaddleOCR cannot read. Its
 * dictionary has no ô ê â î û ç ë ï and gives the bare letter no chance of a marked one, so the accents'
 * re-read (ocr/paddle/restore-accents.ts), which reads again only words with such a chance, leaves
 * "Signalisation Rhone-Alpes SAS" for "Rhône-Alpes" with certainty. The name's row is read again with
 * French's model, and a reading that shows it letter for letter with only such marks added
 * (markedReading, marksOnlyAdded) gives the name those marks: the two readers agree on every letter, and
 * the marks are tesseract's alone to give. A name whose one doubt was a word French writes with a mark read
 * without it (OcrDoubts.frenchMarkOnly: "Hotel des Remparts SAS") is settled once that word has its mark;
 * its other doubts stay as they were either way.
 */
async function frenchMarks(parts: SourcedInvoice[], pages: readonly PageText[], read: (page: number) => ReadPage | undefined, ocr: MarksReader, signal?: AbortSignal): Promise<void> {
  const part = parts.find((p) => p.source === 'ocr' && p.doubtful?.frenchNames?.length);
  if (!part) return;
  const rows = valueRows(pages, read);
  const reading = (row: ValueRow) => ocr.pageText(row.crop, { dpi: row.dpi, page: row.page, signal, tesseract: 'fra', psm: BLOCK });
  for (const who of ['seller', 'buyer'] as const) {
    const name = part.invoice[who].name;
    if (!name || !part.doubtful!.frenchNames!.includes(`${who}.name`)) continue;
    const items = await rowReadAgain(name, rows, reading);
    const marked = items && markedReading(items, name);
    if (marked && marked !== name && marksOnlyAdded(name, marked) && [...marked].every((c, k) => c === [...name][k] || LACKED_MARK.test(c))) {
      part.invoice = { ...part.invoice, [who]: { ...part.invoice[who], name: marked } };
      const doubtful = part.doubtful!;
      if (doubtful.frenchMarkOnly?.includes(`${who}.name`) && !doubtful.kept?.includes(`${who}.name`) && !frenchMarkLost(marked)) part.doubtful = { ...doubtful, unsure: doubtful.unsure.filter((f) => f !== `${who}.name`) };
    }
  }
}
