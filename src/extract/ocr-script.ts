/**
 * A page in Cyrillic or Greek that PaddleOCR read. Its model knows Chinese and Latin letters (and a few
 * Greek ones) only, so it reads Cyrillic and Greek as the Latin letters that look alike ("KPEHHTHO
 * H3BECTHE" for "КРЕДИТНО ИЗВЕСТИЕ", "ΦaKTypa" for "фактура", "TIMOAOTIO" for "ΤΙΜΟΛΟΓΙΟ"), surely
 * enough that neither a name nor a label can be told wrong from its certainty, and the parsers find
 * nothing of the page's labels. Tesseract's Cyrillic and Greek models read such a page: when the reading
 * has the signs of either script taken for Latin, the page is read again with that script's models, and
 * that reading (for Cyrillic, its signs read as letters given back: withCyrillicSigns) is the page's text.
 */
import type { PageText } from '../core/text.js';

/**
 * Tesseract's models of the Cyrillic languages invoices come in (Bulgarian, Serbian, Macedonian), with
 * English's for the Latin a page prints beside them (an IBAN, a product's name).
 */
export const CYRILLIC_LANGS = 'bul+srp+mkd+eng';

/**
 * Signs of a Cyrillic word read with Latin letters: a small letter before a capital H, T, K, M or B, which
 * is how the small н, т, к, м, в print ("HaTa", "ΦaKTypa", "KbM"); a Greek or a Roman numeral's letter in
 * it, what the model has nearest to ф and п ("Φ", "Ⅱ"); or a 3 between letters, for з ("H3BECTHE").
 */
const CYRILLIC_AS_LATIN = /[a-z][HTKMB]|[ΦⅡ]|[A-Za-z]3[A-Za-z]/;
/** Words of letters only, as a page's words are counted (figures, dates and amounts say nothing of the script). */
const LETTER_WORD = /^[\p{L}Ⅱ3]{3,}$/u;
/**
 * Share of a page's words with those signs from which it is in Cyrillic, and how many at least: a Latin
 * page has few ("GmbH", "PixelForge", "eBay"), a Cyrillic one read as Latin a third or more of them.
 */
const CYRILLIC_SHARE = 0.2;
/** Fewer such words than this say nothing of a page's script, in Cyrillic or in Greek. */
const MIN_SCRIPT_WORDS = 6;

/** Whether a page's OCR text is Cyrillic read with Latin letters (see CYRILLIC_AS_LATIN). */
export function cyrillicReadAsLatin(page: PageText): boolean {
  const words = page.items.flatMap((i) => i.text.split(/\s+/)).map((w) => w.replace(/^[^\p{L}Ⅱ]+|[^\p{L}Ⅱ3]+$/gu, '')).filter((w) => LETTER_WORD.test(w));
  const signs = words.filter((w) => CYRILLIC_AS_LATIN.test(w)).length;
  return signs >= MIN_SCRIPT_WORDS && signs >= words.length * CYRILLIC_SHARE;
}

/**
 * Tesseract's model of Greek, with English's for the Latin a Greek page prints beside it (an IBAN, "MARK",
 * an e-mail address).
 */
export const GREEK_LANGS = 'ell+eng';

/**
 * A Greek word read by PaddleOCR: its dictionary has a few small Greek letters (α β ε θ μ π, Φ), reads the
 * others and every other capital as the Latin letters that look alike, and λ as 入, so a Greek word comes
 * out as Latin letters with one of those among them ("HpαKAε10" for "Ηράκλειο", "Hμεpoμnviα" for
 * "Ημερομηνία", "Kα入αμαTαc" for "Καλαμάτας").
 */
const GREEK_AS_LATIN = /^(?=.*\p{Script=Latin})(?=.*[\p{Script=Greek}入])/u;
/**
 * Share of a page's words with those signs from which it is in Greek: a Greek page so read has a third of
 * them, a Western page that prints a Greek word or two (an English invoice of a Greek firm, "AΦM", "ΦAE")
 * a twentieth or fewer.
 */
const GREEK_SHARE = 0.15;

/** Whether a page's OCR text is Greek read with Latin letters (see GREEK_AS_LATIN). */
export function greekReadAsLatin(page: PageText): boolean {
  const words = page.items.flatMap((i) => i.text.split(/\s+/)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => [...w.matchAll(/\p{L}/gu)].length >= 3);
  const signs = words.filter((w) => GREEK_AS_LATIN.test(w)).length;
  return signs >= MIN_SCRIPT_WORDS && signs >= words.length * GREEK_SHARE;
}

/**
 * The number sign as tesseract's Cyrillic models read it: "Ме", "Мо", "Ne" standing alone before a
 * figure, a colon or a column's bar ("Ме 0000000219", "ДДС Ne: BG204418227", "Мо | Наименование"), or
 * opening a header row before its next label ("Мо Дата на издаване:"); no word of the languages is so written.
 */
const NUMBER_SIGN_READ = /(?<=^|\s)[NМM][eеoо](?=:|\s+[\d|]|$)|^[NМM][eеoо](?=\s+\p{Lu})/gu;
/**
 * The percent sign as they read it, 96 or 90 after a tax's rate ("ДДС 20 90: 48,00 лв.", "Начислен ДДС
 * 2096: 1 236,00 лв.", "Основица за ПДВ (2090)"), before the colon, the bracket or the amount of its row,
 * or ending the cell, its amount in the next ("Износ ПДВ 2096" | "50.500,00").
 */
const PERCENT_READ = /(?<=(?:^|\s)(?:ДДС|ПДВ|ДДВ|НДС)\s\(?)(\d{1,2})\s?9[06](?=\)|\s*:|\s+\d|$)/gu;
/** A date's stop read as a colon ("17:11.2025:г:"): a time of day has no year after it. */
const DATE_STOP_READ = /(?<!\d)(\d{1,2})[:.](\d{1,2})[:.](\d{4})(?!\d)/g;

/** A Cyrillic model's reading with the signs it read as letters, figures or colons given back. */
export function withCyrillicSigns(page: PageText): PageText {
  const signs = (text: string) => text.replace(NUMBER_SIGN_READ, '№').replace(PERCENT_READ, '$1 %').replace(DATE_STOP_READ, '$1.$2.$3');
  return { ...page, items: page.items.map((item) => ({ ...item, text: signs(item.text) })) };
}
