/**
 * Invoice dates in the many ways they are printed → ISO "YYYY-MM-DD". Numeric day/month order is
 * ambiguous ("03/04/2024"); we read day-first (Europe, most of the world) unless `monthFirst` is set or
 * the first number cannot be a month day-first reading rules out (e.g. "12/31/2024").
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, de, fr, nl, es, it (abbreviations are handled by prefix matching below); then pt, the Nordic
  // languages, pl, cs, sk, sl, hu, ro, fi, lt, lv, each in the case its dates use ("14 marca", "kovo 14 d.",
  // "7. aprīlis"), tr, el (Greek in the genitive its dates use, "14 Νοεμβρίου 2025"), is ("14. nóvember 2025"; its
  // March, September and December are the Nordic names already there), uk and ru in the genitive ("24 листопада
  // 2025 р."). Croatian's are left
  // out: "listopada" is its October and Polish's November.
  ['january', 'januar', 'janvier', 'januari', 'enero', 'gennaio', 'jänner', 'janeiro', 'stycznia', 'ledna', 'januára', 'január', 'ianuarie', 'tammikuuta', 'sausio', 'janvāris', 'janvārī', 'ocak', 'ιανουαρίου', 'janúar', 'січня', 'января'],
  ['february', 'februar', 'février', 'fevrier', 'februari', 'febrero', 'febbraio', 'fevereiro', 'lutego', 'února', 'februára', 'február', 'februarie', 'helmikuuta', 'vasario', 'februāris', 'februārī', 'şubat', 'φεβρουαρίου', 'febrúar', 'лютого', 'февраля'],
  ['march', 'märz', 'maerz', 'mars', 'maart', 'marzo', 'março', 'marts', 'marca', 'března', 'marec', 'március', 'martie', 'maaliskuuta', 'kovo', 'martā', 'mart', 'μαρτίου', 'березня', 'марта'],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'dubna', 'apríla', 'április', 'aprilie', 'huhtikuuta', 'balandžio', 'aprīlis', 'aprīlī', 'nisan', 'απριλίου', 'apríl', 'квітня', 'апреля'],
  ['may', 'mai', 'mei', 'mayo', 'maggio', 'maio', 'maj', 'maja', 'května', 'mája', 'május', 'toukokuuta', 'gegužės', 'maijs', 'maijā', 'mayıs', 'μαΐου', 'maí', 'травня', 'мая'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'června', 'júna', 'junij', 'június', 'iunie', 'kesäkuuta', 'birželio', 'jūnijs', 'jūnijā', 'haziran', 'ιουνίου', 'júní', 'червня', 'июня'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'července', 'júla', 'julij', 'július', 'iulie', 'heinäkuuta', 'liepos', 'jūlijs', 'jūlijā', 'temmuz', 'ιουλίου', 'júlí', 'липня', 'июля'],
  ['august', 'août', 'aout', 'augustus', 'agosto', 'augusti', 'sierpnia', 'srpna', 'augusta', 'avgust', 'augusztus', 'elokuuta', 'rugpjūčio', 'augusts', 'augustā', 'ağustos', 'αυγούστου', 'ágúst', 'серпня', 'августа'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setiembre', 'setembro', 'września', 'září', 'septembra', 'szeptember', 'septembrie', 'syyskuuta', 'rugsėjo', 'septembris', 'septembrī', 'eylül', 'σεπτεμβρίου', 'вересня', 'сентября'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'října', 'októbra', 'október', 'octombrie', 'lokakuuta', 'spalio', 'oktobris', 'oktobrī', 'ekim', 'οκτωβρίου', 'жовтня', 'октября'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopadu', 'novembra', 'noiembrie', 'marraskuuta', 'lapkričio', 'novembris', 'novembrī', 'kasım', 'νοεμβρίου', 'nóvember', 'листопада', 'ноября'],
  ['december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'desember', 'grudnia', 'prosince', 'decembra', 'decembrie', 'joulukuuta', 'gruodžio', 'decembris', 'decembrī', 'aralık', 'δεκεμβρίου', 'грудня', 'декабря'],
];
// Each name also without its marks, as OCR that lacks the letter reads it ("14 de marco de 2025",
// "12. brezna 2025"), and Turkish's dotless ı as an i, as capitals lower-cased ("KASIM") and OCR give it:
// no name without its marks is another month's.
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = MONTHS[n.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i')] = i + 1)));

/** Month number for a (possibly abbreviated, possibly dotted) month name in the languages above. */
export function monthFromName(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '').replace(/0/g, 'o');
  if (w.length < 3) return null;
  if (MONTHS[w]) return MONTHS[w];
  // "Jan", "Sept", "Okt", "déc", "mrt" (Dutch)
  if (w === 'mrt') return 3;
  if (w === 'okt') return 10;
  if (w === 'dez') return 12;
  if (w === 'sept') return 9;
  for (const [name, n] of Object.entries(MONTHS)) if (name.startsWith(w) && w.length >= 3) return n;
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += y >= 70 ? 1900 : 2000;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Latin letters up to Latin Extended-A, the Greek and the Cyrillic blocks, which hold every mark the month names above
// carry (a class without the Unicode flag: findDate is asked of every line, and Unicode patterns cost more).
// Any of its letters may be a zero: OCR reads an O as one ("12 0ctober 2025", "0kt.", "28 n0vembre 2025").
const MONTH_WORD = String.raw`[0A-Za-zÀ-žͰ-ϿЀ-ӿ][0A-Za-zÀ-žͰ-ϿЀ-ӿ]{2,11}\.?`;

/**
 * A two-digit day as OCR may split it with a space ("1 1. Juli 2014" is the 11th: read as the 1st, the
 * date would be wrong with nothing to show it). Before a month name, or a zero-padded month (whose
 * day is padded too: "1 1.07.2014" is no "1.07.2014").
 */
const SPLIT_DAY = String.raw`(?:[012]\s\d|3\s[01])(?!\d)`;
const dayOf = (s: string) => +s.replace(/\s/, '');
/**
 * A figure's two digits after a date's first separator as OCR may split them ("26/1 1/2025" for the 26th of
 * November): before a four-figure year only, so that a figure and a date after it stay apart.
 */
const SPLIT_SECOND = String.raw`[0-3]\s\d(?=[./-](?:19|20)\d{2}\b)`;

/** Patterns tried in order; each yields [year, month, day] from its match. */
const DATE_PATTERNS: Array<{ re: RegExp; ymd: (m: RegExpMatchArray, monthFirst: boolean) => [number, number, number] | null }> = [
  // 2024年01月15日, 2024年1月5日
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  // 2024-01-15, 2024/01/15, 2024.01.15, also 2024-01-15T10:00
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, ymd: (m) => [+m[1], +m[2], +m[3]] },
  // 15.01.2024, 15/01/2024, 15-01-2024, 01/15/2024 (US when the first part exceeds 12 only as month-first)
  {
    re: new RegExp(String.raw`\b(${SPLIT_DAY}(?=[./-]\d{2}[./-])|\d{1,2})[./-](${SPLIT_SECOND}|\d{1,2})[./-](\d{4}|\d{2})\b`),
    ymd: (m, monthFirst) => {
      let a = dayOf(m[1]), b = dayOf(m[2]);
      // Dots are the day-first countries' way ("05.01.2019"); the month-first order writes slashes.
      const dotted = m[0].includes('.');
      if ((monthFirst && !dotted && b <= 31 && a <= 12) || (a <= 12 && b > 12)) [a, b] = [b, a];
      return [+m[3], b, a];
    },
  },
  // 15 janvier 2024, 15. Januar 2024, 1er mars 2024, 15 de enero de 2024, 3rd of May 2024, 15-Jan-2024,
  // 15-Jan-24, 05 Jan 19, 05 Jan, 2019 (a two-digit year only after a three-letter month, not a time "19:30")
  {
    re: new RegExp(String.raw`\b(${SPLIT_DAY}|\d{1,2})(?:er|st|nd|rd|th)?\.?[\s-]+(?:de\s+|of\s+)?(${MONTH_WORD}),?[\s-]+(?:del?\s+)?(\d{4}|(?<=\d[-\s][A-Za-z]{3}[-\s])\d{2}(?![\d:]))\b`, 'i'),
    ymd: (m) => {
      const mo = monthFromName(m[2]);
      return mo ? [+m[3], mo, dayOf(m[1])] : null;
    },
  },
  // Jan 15, 2024 / January 15th 2024 / March 14,2024 (OCR often drops the space after the comma)
  {
    re: new RegExp(String.raw`\b(${MONTH_WORD})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b`, 'i'),
    ymd: (m) => {
      const mo = monthFromName(m[1]);
      return mo ? [+m[3], mo, +m[2]] : null;
    },
  },
  // The year first: 2025. március 14. (Hungarian), 2025 m. kovo 14 d. (Lithuanian)
  {
    re: new RegExp(String.raw`\b((?:19|20)\d{2})\.?\s+(?:m\.\s*)?(${MONTH_WORD})\s+(\d{1,2})(?!\d)`, 'i'),
    ymd: (m) => {
      const mo = monthFromName(m[2]);
      return mo ? [+m[1], mo, +m[3]] : null;
    },
  },
  // 2025. gada 7. aprīlis (Latvian: "of the year 2025, 7 April")
  {
    re: new RegExp(String.raw`\b((?:19|20)\d{2})\.\s+gada\s+(\d{1,2})\.\s+(${MONTH_WORD})`, 'i'),
    ymd: (m) => {
      const mo = monthFromName(m[3]);
      return mo ? [+m[1], mo, +m[2]] : null;
    },
  },
  // Ngày 25 tháng 11 năm 2025: a Vietnamese invoice's date, "day 25 month 11 year 2025"
  { re: /\bng[àa]y\s+(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})\b/i, ymd: (m) => [+m[3], +m[2], +m[1]] },
  // 12. 3. 2025: Czech, Slovak and Slovenian dates with a space after each dot
  { re: /\b(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})\b/, ymd: (m) => [+m[3], +m[2], +m[1]] },
  // 20240115 (XML format 102, QR payloads); a number padded with zeros ("00001204") is none
  { re: /\b((?:19|20)\d{2})(\d{2})(\d{2})\b/, ymd: (m) => [+m[1], +m[2], +m[3]] },
];

export interface DateMatch {
  date: string;
  index: number;
  length: number;
}

/** The label of a sort code, right before its figures. */
const SORT_CODE_BEFORE = /sort[\s-]*code\s*:?\s*$/i;

/** The first date in `text` with its position, or null. */
export function findDate(text: string, options: { monthFirst?: boolean } = {}): DateMatch | null {
  let best: DateMatch | null = null;
  for (const { re, ymd } of DATE_PATTERNS) {
    const m = text.match(re);
    if (!m || m.index === undefined) continue;
    if (best && m.index >= best.index) continue;
    const parts = ymd(m, options.monthFirst ?? false);
    const date = parts && iso(parts[0], parts[1], parts[2]);
    // A British bank's sort code ("Sort code 05-01-23") is written as a date is, and is none.
    if (date && !SORT_CODE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * The day/month order the numeric dates of `text` settle: true when more of them read only month first
 * ("06/18/2025") than only day first ("18/06/2025"), false when fewer, null when as many (none).
 */
export function printedMonthFirst(text: string): boolean | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b/g)) {
    // A group over 31 is neither a day nor a month: no date but a British sort code ("12-34-56").
    if (+m[1]! > 31 || +m[2]! > 31) continue;
    if (+m[1]! > 12 && +m[2]! <= 12) dayFirst++;
    if (+m[2]! > 12 && +m[1]! <= 12) monthFirst++;
  }
  return monthFirst === dayFirst ? null : monthFirst > dayFirst;
}

/** Parses a date string to YYYY-MM-DD, or null. */
export function parseDate(text: string | null | undefined, options: { monthFirst?: boolean } = {}): string | null {
  if (!text) return null;
  return findDate(String(text), options)?.date ?? null;
}

/** All dates in a text, in order of appearance. */
export function findDates(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 50; guard++) {
    const m = findDate(rest);
    if (!m) break;
    out.push(m.date);
    rest = rest.slice(m.index + m.length);
  }
  return out;
}
