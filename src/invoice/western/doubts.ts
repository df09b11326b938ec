/**
 * Values no invoice has, caught after a Western page is read: a last net under the layout rules, so that
 * a field they took from the wrong place goes to review with its name rather than out as read. Each rule
 * is about what the value is, never about where it was found, since a layout the rules have not met is
 * exactly where they go wrong:
 * - a party's "name" that is words of the form itself ("Address", "Tipo documento", "Factuurnummer
 *   Factuurdatum"), a label still holding its value ("Company: Kitsune Robotics Inc."), a sentence's
 *   words ("Kestrel Business is a trading nan"), a street line,
 *   a fragment ("C-", "(A unit of …)"), or a logo's letters set apart ("T H E H A R C O U RT");
 * - an invoice number that ends or starts at a separator: its cell wrapped ("EB-2025-" over "1107"); or of one figure;
 * - a seller other than the name the page opens with in larger print (a letterhead "Gasthof Alpenrose"
 *   over the owners' line "Familie Hofer · …" the rules took);
 * - a buyer that is the name the page opens with in larger print, the seller not: the letterhead read as
 *   the addressee, the parties swapped.
 */
import { onFirstUse } from '../../core/remembered.js';
import { guessesOf, noteGuess } from '../guesses.js';
import type { Line, Segment } from '../layout.js';
import type { Invoice } from '../model.js';
import { endsInCompanyForm, endsWithItsNumber, isFormOnly, squeeze } from './parties.js';

/**
 * Labels and column headers of an invoice, as whole words. The heads of German and Dutch compounds
 * ("Rechnungs…", "Factuur…") and the tails ("…nummer", "…datum", "…adresse") count inside a word too.
 */
const FORM_WORD = onFirstUse(() => new RegExp([
  String.raw`\b(?:invoice|facture|factura|fattura|fatura|faktura|number|num[ée]ro|n[úu]mero|date|fecha|address|adres|indirizzo|direcci[oó]n|documento|tipo|description|descrizione|descripci[oó]n|quantity|quantit[ée]|cantidad|qty|amount|montant|importe|importo|bedrag)\b`,
  String.raw`\b(?:rechnung|factuur)`,
  String.raw`\p{L}*(?:nummer|datum|adresse)\b`,
].join('|'), 'iu'));

/** A label and its value in one ("Company: …", "Denominazione: …"). */
const LABEL_AND_VALUE = onFirstUse(() => /^[\p{L}][\p{L} ./()-]{1,30}:\s*\S/u);

/** A postcode and its town after a street, an address row's end: "3645 AB Vinkeveen", "D-20457 Hamburg", "802 55 Gävle". */
const POSTCODE_TOWN = String.raw`(?:[A-Z]{1,2}-)?\d{3,5}(?:\s?\d{2}|\s?[A-Z]{2})?\s+\p{Lu}[\p{L}\s.-]*`;
/** A street and its house number: "Bahnhofstraße 5", "Storgatan 12", "12 Mill Lane", "rue de la Paix 4", "Via Roma 12". */
const STREET = onFirstUse(() => new RegExp([
  // (A word may go before it, as Nordic streets have one: "Södra Kungsgatan 40"; its postcode and town may follow it on
  // the row, "Veenweg 14, 3645 AB Vinkeveen".)
  String.raw`^(?:\p{L}+\s)?\p{L}[\p{L}.'-]*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|damm|ufer|straat|laan|plein|gracht|kade|gatan|gata|v[äa]gen|gr[äa]nd|gade|vej|gaten|veien|vegen|katu|tie)\s+\d+\s?\p{L}?(?:,?\s+${POSTCODE_TOWN})?$`,
  // (An English street's last word may name a green, a row, a square: "12 Clerkenwell Green", "4 Albion Mews".)
  String.raw`^\d+[a-z]?,?\s+[\p{L}' ]+\s(?:street|st|road|rd|avenue|ave|lane|drive|way|place|court|green|gardens|grove|crescent|close|terrace|square|parade|row|mews|hill|walk|wharf|yard|park)\.?$`,
  String.raw`^(?:\d+[a-z]?,?\s+)?(?:rue|avenue|boulevard|bd|chemin|impasse|all[ée]e|via|viale|piazza|corso|calle|avenida|plaza|paseo|carrer|rua)\s.*\d`,
].join('|'), 'iu'));

/** A number's word before figures: an info grid's label and its value run together ("N° de compte client 1.18447.220"). */
const NUMBER_AND_FIGURES = onFirstUse(() => /(?:^|\s)(?:n[°º]|nr\.|no\.)\s.*\d{3}/iu);

/**
 * A sentence's words, a verb and its article: "Kestrel Business is a trading nan", a footer's "… is a trading name of …"
 * read as a name where OCR cut it inside a word. No company's name says what it is.
 */
const SENTENCE = onFirstUse(() => /\s(?:is|ist|est|es|è|wird)\s+(?:a|an|een|eine?|une?|una?|ein\p{L}*)\s/iu);

/** Too little of a name: under two letters, or cut at a bracket or a separator. */
const FRAGMENT = onFirstUse(() => /^[([{]|[-/:,&+([{]$|^[^\p{L}]*(?:\p{L}[^\p{L}]*)?$/u);

/** An invoice number whose cell wrapped or whose label ran into it. */
const CUT_NUMBER = /^[-/.:,]|[-/:,]$/;

/** How much larger than the page's body text a letterhead's print is, at least. */
const LARGER_PRINT = 1.2;
/** How far below the page's first line (mm) a letterhead stands. */
const LETTERHEAD_DEPTH = 40;
/**
 * The shape of a proper name: a few capitalised words, particles ("zur", "de", "&") between them, no
 * figures. A heading in large print has longer lower-case words or figures ("Lesbarmachung der
 * XML-Daten von elektronischen Rechnungen", "Profil EN16931").
 */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'.-]*|\p{Ll}{1,3}|[&+·-])`;
const PROPER_NAME = onFirstUse(() => new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,4}$`, 'u'));
/** Whether a text has the shape of a proper name (see PROPER_NAME): "Luca Martini", not "Verdeviva manutenzione del verde". */
export const isProperName = (text: string): boolean => PROPER_NAME().test(text.trim());
/** A document title or a date: large print that names no one. */
const TITLE_OR_DATE = /\b(?:invoice|rechnung|gutschrift|facture|avoir|factuur|creditnota|factura|fattura|credit\s+note|receipt|quittung|folio|statement|faktura|kreditnota|kreditfaktura|hyvityslasku|lasku|dobropis)|\d{1,2}[./-]\d{1,2}[./-]\d{2}/i;

/** Letters set apart, a logo's spaced capitals read letter by letter ("T H E H A R C O U RT A R M S"): four words or more, none over two letters. */
const LETTER_SPACED = onFirstUse(() => /^\p{L}{1,2}(?:\s+\p{L}{1,2}){3,}$/u);

/**
 * Capitals set apart before a name of two words or more: a label printed letter-spaced over the block ("D E",
 * "P A R A", "T O"), run into the name under it ("D E Estudio Brava Diseño"). (Initials before a company form
 * alone, "A B C Ltd", are a name.)
 */
const SPACED_HEAD = onFirstUse(() => /^\p{Lu}(?:\s\p{Lu}){1,3}\s+\p{Lu}\p{Ll}+\s+\S/u);

/** Why `name` cannot be a party's name, or null. */
export function nameDoubt(name: string): string | null {
  const value = name.trim();
  if (FRAGMENT().test(value)) return `"${value}" is part of a name at most`;
  if (LETTER_SPACED().test(value)) return `"${value}" is letters set apart, a logo's, not the name as written`;
  if (SPACED_HEAD().test(value)) return `"${value}" opens with letters set apart, a label's`;
  if (LABEL_AND_VALUE().test(value)) return `"${value}" still holds its label`;
  if (SENTENCE().test(value)) return `"${value}" is part of a sentence`;
  // (Not a name that ends with its own number, "… Condominium Corporation No. 312".)
  if (NUMBER_AND_FIGURES().test(value) && !endsWithItsNumber(value)) return `"${value}" holds a number's label and its figures`;
  if (STREET().test(value)) return `"${value}" is a street`;
  const word = value.match(FORM_WORD());
  if (word) return `"${value}" holds "${word[0]}", a word of the form`;
  return null;
}

/**
 * Why the party's name read cannot be its name, or null: nameDoubt's reasons, and a company form alone, the last row
 * of a name wrapped over two ("Coastal Solar Installations Pty" over "Ltd") read without the rest. (Not among
 * nameDoubt's: a form alone in a letterhead's larger print is the seller's name wrapped, which otherName asks about.)
 */
export function partyNameDoubt(name: string): string | null {
  return nameDoubt(name) ?? (isFormOnly(name) ? `"${name.trim()}" is a company form alone, a name's last row` : null);
}

/** Why `number` cannot be a whole invoice number (or most likely is not), or null. */
export function numberDoubt(number: string): string | null {
  if (CUT_NUMBER.test(number.trim())) return `"${number}" is cut at a separator`;
  // (One figure is a page's, an item's position or a copy's count far more often than an invoice's number: a number
  // wrapped in a narrow cell, "VR-" over "104882", leaves such a figure nearest its label.)
  return /^\d$/.test(number.trim()) ? `"${number}" is one figure, more often a count than an invoice's number` : null;
}


/**
 * What the top of page 1 prints larger than its body text: a letterhead's name, a title, a date. Read
 * from a text layer only: an OCR box's height follows the letters of its word (capitals, descenders),
 * and a scan's addressee came out "larger" than its body text.
 */
function largerPrint(page1: readonly Line[]): Segment[] {
  if (!page1.length || page1.some((l) => l.segments.some((s) => s.items.some((i) => i.confidence !== undefined)))) return [];
  const heights = page1.flatMap((l) => l.segments.map((s) => s.height)).sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)]!;
  return page1.filter((l) => l.y < page1[0]!.y + LETTERHEAD_DEPTH).flatMap((l) => l.segments).filter((s) => s.height >= LARGER_PRINT * body);
}

/**
 * Of the larger print, a name (in the shape of one) other than the seller read, the buyer's, a title, a
 * date or words of the form: the letterhead's, which is the seller's on most invoices. Web addresses
 * and names that share a word with the seller's count as the same name.
 */
function otherName(larger: readonly Segment[], inv: Invoice): string | null {
  const seller = squeeze(inv.seller.name);
  const sellerWords = (inv.seller.name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5);
  const sameName = (text: string) => {
    const t = squeeze(text);
    return t.includes(seller) || seller.includes(t) || sellerWords.some((w) => t.includes(w));
  };
  const other = larger.find((s) => /\p{L}{3}/u.test(s.text) && PROPER_NAME().test(s.text.trim()) && !TITLE_OR_DATE.test(s.text)
    && !nameDoubt(s.text) && !sameName(s.text) && squeeze(s.text) !== squeeze(inv.buyer.name));
  return other ? other.text.trim() : null;
}

/** Whether the larger print holds `name` (as its letterhead), or, when `opening`, the words it opens with (a logo's "NORRSKOG MASKIN"). */
function inLargerPrint(larger: readonly Segment[], name: string | null, opening = false): boolean {
  const key = squeeze(name);
  return key.length >= 4 && larger.some((s) => squeeze(s.text) === key || (opening && squeeze(s.text).length >= 6 && key.startsWith(squeeze(s.text))));
}

/**
 * A larger row set right over the seller's name, at its left edge, sharing no word with it ("Frutas do Oeste" over
 * "Distribuição Alimentar, Lda."): the name's first words in a letterhead that wraps it over two sizes of print, or a
 * brand over another company's name. Either way the row under alone is not sure to be the name.
 */
function nameUnderOtherLarger(page1: readonly Line[], larger: readonly Segment[], name: string): string | null {
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  for (const [k, line] of page1.entries()) {
    const seg = line.segments.find((s) => squeeze(s.text) === squeeze(name));
    const prev = page1[k - 1];
    if (!seg || !prev || prev.page !== line.page || line.y - prev.y2 > line.height * 0.5) continue;
    const over = prev.segments.find((s) => Math.abs(s.x - seg.x) < 2 && larger.includes(s) && s.height >= LARGER_PRINT * seg.height);
    if (over && PROPER_NAME().test(over.text.trim()) && !TITLE_OR_DATE.test(over.text) && !words.some((w) => over.text.toLowerCase().includes(w))) return over.text.trim();
  }
  return null;
}

/** Notes each implausible value of `inv` as a guess, unless the parser already doubted that field. */
export function noteImplausibleValues(inv: Invoice, page1: readonly Line[] = []): void {
  const doubted = guessesOf(inv);
  const larger = largerPrint(page1);
  // A legal name with its company form ("Sun Victory Sdn Bhd") under a brand or a mall's name in large
  // print ("SOLARIS") is how tills and logo letterheads print: only a seller read without one is doubted.
  const other = inv.seller.name && !endsInCompanyForm(inv.seller.name) ? otherName(larger, inv) : null;
  const over = inv.seller.name && endsInCompanyForm(inv.seller.name) ? nameUnderOtherLarger(page1, larger, inv.seller.name) : null;
  const doubts: Array<[string, string | null]> = [
    ['seller.name', inv.seller.name && (partyNameDoubt(inv.seller.name) ?? (other && `the page opens in larger print with "${other}"`) ?? (over && `"${over}" is set larger right over "${inv.seller.name}"`))],
    ['buyer.name', inv.buyer.name && partyNameDoubt(inv.buyer.name)],
    ['number', inv.number && numberDoubt(inv.number)],
  ];
  if (inLargerPrint(larger, inv.buyer.name) && !inLargerPrint(larger, inv.seller.name, true)) {
    const why = `the page opens in larger print with "${inv.buyer.name}", read as the buyer`;
    doubts.push(['seller.name', why], ['buyer.name', why]);
  }
  for (const [field, why] of doubts) if (why && !doubted[field]) noteGuess(inv, field, why);
}
