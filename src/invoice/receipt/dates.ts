/**
 * A till receipt's date as OCR reads it: labelled or not, printed with the time, glued to a terminal or
 * slip number ("#19536001/06/2018"), with letters for digits ("2O18", "O2/03/20l8"), a digit doubled
 * ("222/05/2017") or a separator lost ("0203/2018"). A date that needed a repair beyond a letter read
 * for its digit says so: the caller flags it.
 */
import { findDate, printedMonthFirst, type DateMatch } from '../dates.js';
import { isTotalLine } from './totals.js';

export interface ReceiptDate {
  date: string;
  /** The line names it a date ("Date:", "Tarikh", "日期"). */
  labelled: boolean;
  /** Why the reading is uncertain (a repaired date, one of several), or undefined when it is not. */
  doubt?: string;
  /** Read from digits run into others ("#19536001/06/2018"): a weaker reading than a date standing alone. */
  glued?: boolean;
  /**
   * Repaired by putting back a separator only ("12/022018", "28.09 2019"): every figure of day, month and
   * year is as OCR read it, in the order printed. A second reading that shows those figures surely settles it.
   */
  parted?: boolean;
  /** Printed as a reprint's date ("Print Date:"), which the sale's date printed beside it comes before. */
  reprint?: boolean;
  /** Printed as the day a repair or an order came in ("Received:"), which the receipt's own date beside it comes before. */
  received?: boolean;
  /**
   * The doubt is which of the dates printed is the receipt's, not how its digits read: another reading
   * that takes the same date lifts it. A doubt of the digits ("25/3/18:12", a year cut short) stands.
   */
  choice?: boolean;
  /**
   * Printed under the total with no time and no label ("Valid until 31/12/2018" with its words lost, a
   * promotion's last day at the foot): a till prints the sale's date above the items or with its time.
   */
  late?: boolean;
  /** The other dates printed are all late ones, passed over: the page names this date alone as the sale's. */
  passedOver?: boolean;
  /**
   * An entry's date ("Entry Time: 26/03/2018 21:14", "Tarikh Masuk", "Check In", "Arrival") with its
   * exit's printed after it: a car park, a toll or a hotel charges at the exit, on the exit's day.
   */
  entry?: boolean;
  /** The exit's date, an entry's printed before it: the day a car park, a toll or a hotel charges. */
  exit?: boolean;
  /** Read in the order the page prints beside it ("Date(YY/MM/DD): 18/01/25"): no other reading of the digits stands. */
  ordered?: boolean;
  /**
   * Its year read in the calendar the page prints it in ("令和8年", a Buddhist "2569" or, on a Thai page, "69"):
   * no reading of the digits as the Common Era's stands.
   */
  calendar?: boolean;
}

/** A time of day ("20:15", "3:15PM"). */
const TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/;

/**
 * A date label, also as OCR misreads it ("Dete", "Oate"), or run into the number before it ("NO.08Date:")
 * or the date after it ("DATE220CT18"); Malay "Tarikh" and its short form "Tkh".
 */
const DATE_LABEL = /(?:\b|(?<=\d))(?:[do][ae]t[ae]|dated|tarikh|tkh|tgl|datum|fecha)(?:\b|(?=\d))|日期/i;
/**
 * Lines whose date is another one than the receipt's: a due date, an expiry ("Valid", OCR's "Vald"), a membership, an order's
 * later collection ("Collect: 02/04/2018", "Collection Date", a worn print's "collect1on"; a repair's or a print
 * order's "Ready: 14 May 2019", a worn print's "Rea0y", "Pick-up: 16/06/2018"), the last day to exchange or return the goods
 * ("Exchange by 19/02/2018", "Return by: 2018-03-20"), the original sale's receipt a return or a refund
 * names ("Orig: GH-117004 02/11/2026", "Original Receipt 28/10/2026"; not a copy's "ORIGINAL" mark nor an
 * e-invoice's class, "Original (OO)", printed beside the document's own date). (The German "bis", not the
 * standard a rendered e-invoice names beside its date: "Peppol BIS Billing 3.0".) A period paid for
 * ("Period: 01/03/2018 - 31/03/2018", a worn print's "per1od") and a later delivery ("Delivery: 15 Sep
 * 2018", "Delivery Date:") are no sale's date either, nor a ticket's day of travel ("Travel Date: 08/12/2018",
 * a worn print's "Trave 0ate", the Malay "Tarikh Perjalanan") under the day it was issued ("Tarikh Beli").
 * A pawnshop's redemption names the day the goods were pledged ("Tarikh Gadai", "Pledge Date") and a pawn
 * ticket its expiry ("Tarikh Tamat", "Tarikh Luput") beside the day of the receipt.
 */
const OTHER_DATE = /\bper[i1l][o0]d\b|\bdelivery(?:\s+date)?\s*:|\b[o0]rig(?:inal)?\.?(?:\s*(?:rcpt|receipt|sale|trans\w*|inv\w*|date)\b\.?)?\s*:|\b[o0]rig(?:inal)?\.?\s+(?:rcpt|receipt|sale|trans\w*|inv\w*|date)\b|\b(?:due|until|expir\w*|exp|va[li1|]{1,2}d|since|redeem\w*|use\s+by|(?:exchange|return|refund)s?\s*(?:by|on)|before|collect(?:[i1l][o0]n)?|rea[d0o]y|pick[\s-]?up|trave[l1]?\s*[d0o]ate|date\s+of\s+trave[l1]|(?:tarikh|tkh)\.?\s*(?:perjalanan|gadai|tamat|luput)|pledge[d]?\s+date|(?<!peppol\s)bis|fällig\w*|zahlbar|échéance|birth\w*|dob)\b|到期|有效期/i;
/**
 * A line opening with the day a repair or an order came in ("Received: 21/02/2019 (THU)  ACER ASPIRE 5",
 * "Date Received:"; not a payment's, "Payment received: 28/02/2019"). Beside a date of the receipt's own it
 * is another day's; alone, as on a dry cleaner's bill, it is the bill's date, as a reprint's is when no
 * sale's date is printed beside it.
 */
const RECEIVED_ON = /^\W*(?:date\s+)?rec(?:ei|ie)ved\s*(?:on|date)?\s*:/i;
/** A reprint's own date ("Print Date: 28/03/2018 09:02", "Reprinted on"): when the copy was made, not the sale. */
const PRINT_DATE = /\b(?:re)?print(?:ed)?\b/i;
const SEP = '[./-]';
// The letters of the month names findDate reads (Latin, up to Latin Extended-A), not \p{L}: V8 took ~6 ms
// to compile each of the two patterns below with a Unicode class repeated up to nine times, for a line
// with a character beyond Latin-1 (0.03 ms now), for month names findDate could not read anyway.
const MONTH_LETTERS = '[A-Za-z\u00C0-\u017E]';
const HAS_DIGIT = /\d/;

// The patterns below are compiled once, not per line: each `new RegExp` of a line was a lookup of its
// compiled code in V8's cache, which full garbage collections age, so that the pattern was compiled
// again now and then (bench/extract/README.md, "Regular expressions compiled again").
const DATE_SHAPED = new RegExp(String.raw`[\dOoIl|]{1,4}(?:${SEP}[\dOoIl|]{1,4}){1,2}`, 'g');

/**
 * A month's name with its inner O read as a zero ("22-N0V-2026", "N0vember"), between a day (its ordinal's
 * letters after it or not: "3rd N0v") and a year: the letter put back. (October's leading one: OCT_ZERO.)
 */
const MONTH_ZERO = /(?<=\b\d{1,2}(?:st|nd|rd|th)?[-/.\s]{1,2})(n)0(v(?:ember)?\.?)(?=[-/.\s]{1,2}\d{2}(?:\d{2})?\b)/gi;
/**
 * October's leading O read as a zero between a day and a year, run into both or not ("220CT18", "22-0CT-2018",
 * "22nd 0ct 2018"),
 * and that of the Malay "Okt" and "Ogos" (August: "12 0gos 2017"): no other month opens with an O, and no
 * figure of a date is followed by "CT", "KT" or "GOS".
 */
const OCT_ZERO = /(?<=(?<!\d)\d{1,2}(?:st|nd|rd|th)?[-/.\s]?)0((?:ct|kt)(?:ober)?\.?|gos)(?=[-/.\s]?(?:\d{4}|\d{2})(?!\d))/gi;
/**
 * The Malay August with its letters read as figures on a worn print, its O as a zero and its s as a 5
 * ("12 0g05 2017"), between a day and a year: no figure of a date is followed by "g".
 */
const OGOS_FIGURES = /(?<=(?<!\d)\d{1,2}[-/.\s]?)[0O]g[o0][s5](?=[-/.\s]?(?:\d{4}|\d{2})(?!\d))/gi;
/** A date label run into the day after it ("DATE220CT18"): parted, so that the day is a number of its own. */
const LABEL_BEFORE_DAY = /\b(date|tarikh|tkh)(?=\d)/gi;

/**
 * Spanish August's "AGO" between a day and a year ("14/AGO/2026"), whose O the repair below reads as a
 * zero (its slash makes it look like a date's figures), or OCR did: the letter put back.
 */
const AGO_ZERO = /(?<=\b\d{1,2}[-/.\s]{1,2})(ag)0(?=[-/.\s]{1,2}\d{2}(?:\d{2})?\b)/gi;

/** An O of a month's name that was read as a zero ("22-N0V-2026", "14/AG0/2026"), put back. */
function monthLettersPutBack(line: string): string {
  return line.replace(MONTH_ZERO, (_m, n: string, rest: string) => `${n}${n === 'N' ? 'O' : 'o'}${rest}`)
    .replace(AGO_ZERO, (_m, ag: string) => `${ag}${ag === 'AG' ? 'O' : 'o'}`)
    .replace(OCT_ZERO, (_m, ct: string) => `${ct[0] === ct[0]!.toUpperCase() ? 'O' : 'o'}${ct}`)
    .replace(OGOS_FIGURES, 'Ogos');
}

/** Letters OCR reads for digits, put back inside the date-shaped parts of a line only; an O read as 0 in a month's name. */
function digitsInDates(line: string): string {
  return monthLettersPutBack(line.replace(DATE_SHAPED, (tok) =>
    /\d.*\d/.test(tok) ? tok.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1') : tok,
  ));
}

// With the Spanish, French and German abbreviations tills print between slashes ("14/AGO/2026", "3/DÉC/2026").
const MONTH = String.raw`(?:jan|feb|f[ée]v|mar|m[äa]r|mrz|mac|apr|avr|abr|may|mei|me[l1](?![a-z])|jun|jul|aug|ago|ogo|sep|oct|okt|nov|dec|d[ée]c|dez|dic|dis|ene)[a-z]{0,6}\.?`;
/** Malay month names findDate does not know, and German's "Mrz", as their English ones. */
const MALAY_MONTHS: Record<string, string> = { januari: 'Jan', februari: 'Feb', mac: 'Mar', mei: 'May', ogos: 'Aug', dis: 'Dec', disember: 'Dec', julai: 'Jul', mrz: 'Mar' };

const NUMERIC_DATE = String.raw`\d{1,2}${SEP}\d{1,2}${SEP}(?:\d{4}|\d{2}(?!\d))`;
const LETTER_BEFORE_DATE = new RegExp(String.raw`(?<=[A-Za-z])(?=${NUMERIC_DATE})`, 'g');
const DIGIT_AFTER_YEAR = new RegExp(String.raw`(\d{1,2}${SEP}\d{1,2}${SEP}(?:19|20)\d{2})(?=\d)`, 'g');
// The time run into a year-first date ("2024-01-1519:42"), or with a digit OCR read in the space between
// ("2018-03-26519:02"): the day is printed in two digits, so the date ends there.
const TIME_AFTER_ISO_DATE = new RegExp(String.raw`((?:19|20)\d{2}${SEP}\d{1,2}${SEP}\d{2})(?=\d?\d{1,2}:\d{2})`, 'g');
// An ISO timestamp's date, its T read as a 1 and its time's colons garbled ("2026-11-25109 41:12.00",
// "2026-11-25109:4:5" for "2026-11-25T09:41:12"): the day of a date printed year first with a hyphen is
// two digits, so the date ends there.
const T_AFTER_ISO_DATE = /((?:19|20)\d{2}-\d{2}-\d{2})(?=[T1]\d{1,2}[: ]\d)/g;
// A date's separator OCR read as a colon, the other printed ("05:01-18 16:08", "05-01:18 16:08" for
// 05-01-18): a colon between two figures and a date's separator with a year after them, a time of day
// after a space, is the date's; a time has one colon and no other separator.
const COLON_FOR_SEPARATOR = new RegExp(String.raw`(?<![\d:.,/-])(\d{1,2})(?::(\d{1,2})(${SEP})|(${SEP})(\d{1,2}):)(\d{4}|\d{2})(?=\s+\d{1,2}[:.]\d{2}(?![\d/-]))`, 'g');
const colonForSeparator = (_m: string, d: string, m1: string | undefined, sep1: string | undefined, sep2: string | undefined, m2: string | undefined, y: string) => {
  const sep = sep1 ?? sep2!;
  return `${d}${sep}${m1 ?? m2}${sep}${y}`;
};
const LETTER_AFTER_DATE = new RegExp(String.raw`(${NUMERIC_DATE})(?=[A-Za-z])`, 'g');
// A space OCR set beside a separator ("19-01 -2019", "04 /05/2018"), the year written in full.
const SPACED_DATE = new RegExp(String.raw`(?<![\d.,])(\d{1,2}) ?(${SEP}) ?(\d{1,2}) ?\2 ?((?:19|20)\d{2})(?!\d)`, 'g');
// The same before a two-digit year ("14/07/ 18 3:05PM"), between slashes or dashes (points part figures of amounts too).
const SPACED_SHORT_YEAR = /(?<![\d.,])(\d{1,2}) ?([/-]) ?(\d{1,2}) ?\2 ?(\d{2})(?![\d.,:])/g;
// The same in a date printed year first ("2018-07- 15 14:02").
const SPACED_YEAR_FIRST_DATE = new RegExp(String.raw`(?<![\d.,])((?:19|20)\d{2}) ?(${SEP}) ?(\d{1,2}) ?\2 ?(\d{1,2})(?![\d.,])`, 'g');
// A comma OCR read as a point between a month-name date's day and its year ("Aug 20.2018").
const MONTH_DAY_POINT_YEAR = new RegExp(String.raw`\b(${MONTH})\s*(\d{1,2})\.\s?((?:19|20)\d{2})(?!\d)`, 'gi');
// A month name first, the day and a two-digit year after a comma ("Mar 27, 18 20:15", "Jan 9,18 3:15PM"):
// the comma ends the day, so the figures after it are the year, not a time nor a day. OCR may read the
// comma as a point ("Jan 9.18 3:15PM"): with the time after the year, the figures are no time.
const MONTH_DAY_COMMA_SHORT_YEAR = new RegExp(String.raw`\b(${MONTH})\s*(\d{1,2})(?:,\s?|\.(?=\d{2}\s+\d{1,2}:\d{2}))(\d{2})(?![\d:.,])`, 'gi');
// The same with the year in full and the time run into it ("DEC2,20187:45PM" for "DEC 2, 2018 7:45PM"): the
// comma ends the day and a year has four digits, so the figures after them are the time; nothing is repaired.
const MONTH_DAY_COMMA_YEAR_TIME = new RegExp(String.raw`\b(${MONTH})\s*(\d{1,2}),\s?((?:19|20)\d{2})(?=\d{1,2}:\d{2})`, 'gi');
// A four-digit year may run into a time ("03Mar20237:45PM", "05-JAN-201919:42"); a two-digit one may have a
// digit OCR read in the space before the time after it ("26MAR189 16:22"), but not 19 or 20 so followed:
// "17 Dec 201 21:04" is a year of this century cut short, no 2020; a Malay day may carry its "hb"
// (haribulan, the day of the month: "24hb Mac 2018"), an English one its ordinal's letters ("22nd Oct"). Two digits before a comma and a year in full are
// the day of a date printed month first ("SI.190114-07  Jan 14, 2019"), not the year of the figures before
// the month's name. A year's century may be left out with an apostrophe ("05 JAN'18").
const MONTH_NAME_DATE = new RegExp(String.raw`\b(\d{1,2})(?:\s*(?:hb\.?|haribulan|st|nd|rd|th))?(?:\s*[/.-]\s*|\s+|(?=[A-Za-z]))(${MONTH})(?:\s*[/.-]\s*|\s*['’]|\s+|(?<=[A-Za-z.]))((?:19|20)\d{2}(?=\d{1,2}:\d{2})|\d{4}(?![\d:])|\d{2}(?![\d:]|,\s?(?:19|20)\d{2}(?!\d))|(?!19|20)\d{2}(?=\d\s+\d{1,2}:\d{2}))`, 'gi');
// A month's name between a full year and the day ("2019/May/11"), as some tills print it year first.
const YEAR_MONTH_NAME_DAY = new RegExp(String.raw`(?<![\d.,])((?:19|20)\d{2})\s*([/.-])\s*(${MONTH})\s*\2\s*(\d{1,2})(?![\d.,:])`, 'gi');
// A one-figure day run into its month's name, the month and the year parted by a separator ("1Mar-2019",
// OCR's reading of "18-Mar-2019"): a till prints both separators alike, so the day's was lost, and a figure
// of the day may have gone with it.
const DAY_RUN_INTO_MONTH = new RegExp(String.raw`(?<![\dA-Za-z])(\d)${MONTH}[/.-]\s*(?:\d{4}|\d{2})(?!\d)`, 'i');
// A letter OCR ran into the year ("25 December 2017n"), as it runs one into a numeric date.
const MONTH_DATE_BEFORE_LETTER = new RegExp(String.raw`(\b\d{1,2}-${MONTH_LETTERS}{3,9}-(?:\d{4}|\d{2}))(?=${MONTH_LETTERS})`, 'g');
const GLUED_DAY = new RegExp(String.raw`(\d{3,})(${SEP})(\d{1,2})\2(\d{4}|\d{2})(?!\d)`);
const FULL_YEAR_DATE = new RegExp(String.raw`(?<!\d)\d{1,2}${SEP}(?:\d{1,2}|${MONTH_LETTERS}{3,9})${SEP}\d{4}(?!\d)`, 'g');
const SPACED_YEAR_FIRST = /(?<![\d.,])((?:19|20)\d{2}) (\d{1,2}) (\d{1,2})(?= +\d{1,2}[ :]\d{2}(?!\d))/;
const TIME_IN_YEAR = new RegExp(String.raw`(?<!\d)(\d{1,2})(${SEP})(\d{1,2})\2(\d{2})(\d{2,4})(?!\d)`);
const TIME_AFTER_SHORT_YEAR = new RegExp(String.raw`(?<!\d)(\d{1,2})(${SEP})(\d{1,2})\2(\d{2})(?=\d{1,2}:\d{2}(?!\d))`);

/**
 * A month's name without its stop, a Malay one ("Mac", "Ogos") as findDate reads it in English; also with
 * its last i read as an l ("julal" for "Julai", "Februarl", "Mel" for "Mei"): only the Malay names are
 * looked up so put back ("April" stays April).
 */
const monthWord = (mon: string) => {
  const word = mon.replace(/\.$/, '');
  const key = word.toLowerCase();
  return MALAY_MONTHS[key] ?? MALAY_MONTHS[key.replace(/[l1]$/, 'i')] ?? word;
};
/** MONTH_DAY_COMMA_SHORT_YEAR's (and _YEAR_TIME's) and MONTH_NAME_DATE's match written as findDate reads it ("27-Mar-18 "). */
const commaShortYearDate = (_m: string, mon: string, d: string, y: string) => `${d}-${monthWord(mon)}-${y} `;
const monthNameDate = (_m: string, d: string, mon: string, y: string) => `${d}-${monthWord(mon)}-${y} `;
const yearMonthNameDay = (_m: string, y: string, _sep: string, mon: string, d: string) => `${d}-${monthWord(mon)}-${y} `;

/**
 * A date made findable: parted from the letters or the time run into it ("DATE02/03/2018",
 * "02/03/2018TIME", "25 December 2017n", "02/03/201814:25", "2024-01-1519:42", a four-digit year of this or the last century); a month name between slashes ("02/Mar/2018") or with a two-digit
 * year ("02 MAR 18", "02MAR18") written as findDate reads it ("02-Mar-18").
 */
function partDate(line: string): string {
  return line
    .replace(COLON_FOR_SEPARATOR, colonForSeparator)
    .replace(SPACED_DATE, '$1$2$3$2$4')
    .replace(SPACED_SHORT_YEAR, '$1$2$3$2$4')
    .replace(SPACED_YEAR_FIRST_DATE, '$1$2$3$2$4')
    .replace(MONTH_DAY_POINT_YEAR, '$1 $2, $3')
    .replace(MONTH_DAY_COMMA_SHORT_YEAR, commaShortYearDate)
    .replace(MONTH_DAY_COMMA_YEAR_TIME, commaShortYearDate)
    .replace(LETTER_BEFORE_DATE, ' ')
    .replace(DIGIT_AFTER_YEAR, '$1 ')
    .replace(TIME_AFTER_ISO_DATE, '$1 ')
    .replace(T_AFTER_ISO_DATE, '$1 ')
    .replace(LETTER_AFTER_DATE, '$1 ')
    // Parted from a time run into the year ("03Mar20237:45PM").
    .replace(LABEL_BEFORE_DAY, '$1 ')
    .replace(YEAR_MONTH_NAME_DAY, yearMonthNameDay)
    .replace(MONTH_NAME_DATE, monthNameDate)
    .replace(MONTH_DATE_BEFORE_LETTER, '$1 ');
}

/**
 * A line with its month-name dates written as findDate reads them ("Mar 27, 18" and "13 Mac 2018" as
 * "27-Mar-18" and "13-Mar-2018"), and its years of another calendar as the Common Era's ("令和8年", a
 * Buddhist "27/11/2569" or "13/11/69"), a separator read as a colon put back ("05:01-18 16:08"), a month's
 * O read as a zero too ("22-N0V-2026", "220CT18": no other month is so spelt), the comma read as a point
 * after a month's day ("Jan 14.2019"), a date label run into the day ("DATE220CT18") and a time into a
 * four-digit year ("7/7/20183:05:12 PM") parted, the rest of it as printed: how a till's date is shown.
 */
export function monthNameDatesParted(line: string): string {
  return monthLettersPutBack(commonEraYears(line, true, true))
    .replace(COLON_FOR_SEPARATOR, colonForSeparator)
    .replace(DIGIT_AFTER_YEAR, '$1 ')
    .replace(MONTH_DAY_POINT_YEAR, '$1 $2, $3')
    .replace(MONTH_DAY_COMMA_SHORT_YEAR, commaShortYearDate)
    .replace(MONTH_DAY_COMMA_YEAR_TIME, commaShortYearDate)
    .replace(LABEL_BEFORE_DAY, '$1 ')
    .replace(YEAR_MONTH_NAME_DAY, yearMonthNameDay)
    .replace(MONTH_NAME_DATE, monthNameDate);
}

/** "17.03 2018": a day and a month, then a full year after a space (not an amount's cents: no digit follows). */
const SEPARATOR_READ_AS_SPACE = /(?<![\d.,])(\d{2})[./-](\d{2})\s((?:19|20)\d{2})(?![\d.,])/;
/** "Nov 242017": a month's name, then its day run into a full year. */
const MONTH_DAY_YEAR_RUN_IN = new RegExp(String.raw`\b(${MONTH})\s*(\d{1,2})((?:19|20)\d{2})(?!\d)`, 'i');

/** A date whose day is run into the digits before it, or whose separator is lost; null when none. */
function repairedDate(line: string): Omit<ReceiptDate, 'labelled'> | null {
  // "#19536001/06/2018": a slip or terminal number before the day; "222/05/2017": a digit doubled.
  const glued = line.match(GLUED_DAY);
  if (glued) {
    const [, run, sep, month, year] = glued as unknown as [string, string, string, string, string];
    const on = (day: string) => findDate(`${day}${sep}${month}${sep}${year}`)?.date;
    // A longer run is a number printed against the day, whose last two digits the day is. Three digits
    // are a day with one doubled or added: in doubt only when its first two and last two read apart.
    const dates = new Set([on(run.slice(-2)), run.length === 3 ? on(run.slice(0, 2)) : undefined].filter((d): d is string => !!d));
    const date = on(run.slice(-2)) ?? [...dates][0];
    if (date) return dates.size > 1 ? { date, glued: true, doubt: `the day is read from "${run}"` } : { date, glued: true };
  }
  // "17/3/18105": a time run into a two-digit year, its colon lost (a four-digit year is parted before).
  const timed = line.match(TIME_IN_YEAR);
  if (timed && !/^(?:19|20)$/.test(timed[4]!)) {
    const date = findDate(`${timed[1]}/${timed[3]}/${timed[4]}`)?.date;
    if (date) return { date, glued: true, doubt: `a time is run into the year in "${timed[0]}"` };
  }
  // "2018 10 17 06 52:31": a year-first date whose separators OCR read as spaces, the time after it.
  const spaced = line.match(SPACED_YEAR_FIRST);
  if (spaced) {
    const date = findDate(`${spaced[1]}-${spaced[2]!.padStart(2, '0')}-${spaced[3]!.padStart(2, '0')}`)?.date;
    if (date) return { date, glued: true, doubt: `the separators are read as spaces in "${spaced[0]}"` };
  }
  // "0203/2018", "02/032018": one separator lost.
  // The year written in full: "0730-0098" is a receipt number, not 07/30 of the year 98.
  const lost = line.match(/(?<!\d)(\d{2})(\d{2})([./-])((?:19|20)\d{2})(?!\d)|(?<!\d)(\d{2})([./-])(\d{2})((?:19|20)\d{2})(?!\d)/);
  if (lost) {
    const [d, m, y] = lost[1] ? [lost[1], lost[2], lost[4]] : [lost[5], lost[7], lost[8]];
    const date = findDate(`${d}/${m}/${y}`)?.date;
    if (date) return { date, glued: true, parted: true, doubt: `a separator is missing in "${lost[0]}"` };
  }
  // "17.03 2018", "28.09 2019": the separator before a full year read as a space; "Nov 242017": the comma
  // and the space between a month's day and its year lost. Repairs, so in doubt.
  const spacedYear = line.match(SEPARATOR_READ_AS_SPACE);
  if (spacedYear) {
    const date = findDate(`${spacedYear[1]}/${spacedYear[2]}/${spacedYear[3]}`)?.date;
    if (date) return { date, glued: true, parted: true, doubt: `a separator is read as a space in "${spacedYear[0]}"` };
  }
  const runIn = line.match(MONTH_DAY_YEAR_RUN_IN);
  if (runIn) {
    const date = findDate(`${runIn[2]} ${runIn[1]} ${runIn[3]}`.replace(MONTH_NAME_DATE, monthNameDate))?.date;
    if (date) return { date, glued: true, doubt: `the day is run into the year in "${runIn[0]}"` };
  }
  return shortYearSeparatorLost(line);
}

/**
 * "0503/18 07:12", "05/0318 07:12": a date with a two-digit year that lost one separator, the till's time
 * after it. Four digits and two are as often a slip or receipt number ("0112-18"), so the time printed
 * right after the year is what makes it the date. Null otherwise.
 */
const SHORT_YEAR_SEPARATOR_LOST = /(?<![\d.,/-])(?:(\d{2})(\d{2})[./-](\d{2})|(\d{2})[./-](\d{2})(\d{2}))(?=\s+\d{1,2}[:.]\d{2}(?!\d))/;
function shortYearSeparatorLost(line: string): Omit<ReceiptDate, 'labelled'> | null {
  const lost = line.match(SHORT_YEAR_SEPARATOR_LOST);
  if (!lost) return null;
  const [d, m, y] = lost[1] ? [lost[1], lost[2], lost[3]] : [lost[4], lost[5], lost[6]];
  const date = findDate(`${d}/${m}/${y}`)?.date;
  return date && plausibleYear(date) ? { date, glued: true, doubt: `a separator is missing in "${lost[0]}"` } : null;
}

/**
 * A two-digit year with the time run into it, its colon kept ("23/03/1821:14"), which reads as a year no
 * receipt has: the colon tells where the year ends, so nothing is repaired but the space. Null otherwise.
 */
function timeAfterShortYear(line: string): Omit<ReceiptDate, 'labelled'> | null {
  const m = line.match(TIME_AFTER_SHORT_YEAR);
  const date = m ? findDate(`${m[1]}/${m[3]}/${m[4]}`)?.date : undefined;
  return date ? { date, glued: true } : null;
}

/** A year a receipt can have been printed in: no year before 1980 or from 2100. */
export const plausibleYear = (date: string): boolean => +date.slice(0, 4) >= 1980 && +date.slice(0, 4) < 2100;

/**
 * A date no calendar has, or of a year no receipt has, with a 0 that OCR read as 6, 8 or 9 on a blurred
 * print put back ("21/10/2618", "04-85-2018", "30-JUL-2618", "16/07/2918"): read when exactly one such
 * date is plausible, in doubt. Null otherwise.
 */
function zeroRepaired(line: string): Omit<ReceiptDate, 'labelled'> | null {
  // One 0 put back first; two ("28/83/2618": the month's and the year's) only when no single one reads.
  for (const zeros of [1, 2]) {
    const dates = new Map<string, string>();
    for (const token of zeroRepairable(line)) {
      // A date that reads as printed needs no repair ("vom 19.05.2014" after an id OCR read as a date).
      const printed = findDate(token)?.date;
      if (printed && plausibleYear(printed)) continue;
      for (const variant of zeroed(token, zeros)) {
        const date = findDate(variant)?.date;
        if (date && plausibleYear(date)) dates.set(date, token);
      }
    }
    if (dates.size > 1) return null;
    if (dates.size === 1) {
      const [[date, token]] = [...dates];
      return { date: date!, glued: true, doubt: `${zeros === 1 ? 'a 0 is' : 'two 0s are'} read as a 6, an 8 or a 9 in "${token}"` };
    }
  }
  return null;
}

/**
 * A line's dates that a 0 put back may repair: those with the year in full, printed last or first
 * ("2019.66.01 20:14"), and those with a two-digit year and the till's time after them ("14/64/18 11:48"),
 * which a slip or a phone number does not print.
 */
const SHORT_YEAR_BEFORE_TIME = new RegExp(String.raw`(?<![\d.,])\d{1,2}${SEP}\d{1,2}${SEP}\d{2}(?=\s+\d{1,2}[:.]\d{2}(?!\d))`, 'g');
const YEAR_FIRST_DATE = new RegExp(String.raw`(?<![\d.,])(?:19|20)\d{2}(${SEP})\d{2}\1\d{2}(?![\d.,])`, 'g');
function zeroRepairable(line: string): string[] {
  return [...line.matchAll(FULL_YEAR_DATE), ...line.matchAll(YEAR_FIRST_DATE), ...line.matchAll(SHORT_YEAR_BEFORE_TIME)].map((m) => m[0]);
}

/** `token` with each choice of `count` of its 6s and 8s read as 0s. */
function zeroed(token: string, count: number, from = 0): string[] {
  if (count === 0) return [token];
  const out: string[] = [];
  for (let i = from; i < token.length; i++) {
    if (token[i] === '6' || token[i] === '8' || token[i] === '9') out.push(...zeroed(`${token.slice(0, i)}0${token.slice(i + 1)}`, count - 1, i + 1));
  }
  return out;
}

/**
 * "05/08/201 7  08:20": a four-figure year with a space OCR read before its last figure, the till's time
 * after it. The time tells where the year ends; a year cut short ("17/11/201 21:48") has none. In doubt.
 */
const YEAR_SPACED = new RegExp(String.raw`(?<![\d.,])(\d{1,2}(${SEP})\d{1,2}\2(?:19|20)\d) (\d)(?=\s+\d{1,2}[:.]\s?\d{2}(?!\d))`);
function yearSpaced(line: string): Omit<ReceiptDate, 'labelled'> | null {
  const m = line.match(YEAR_SPACED);
  const date = m ? findDate(`${m[1]}${m[3]}`)?.date : undefined;
  return date && plausibleYear(date) ? { date, glued: true, doubt: `a space is read in the year of "${m![0]}"` } : null;
}

/**
 * "05 NAR-2019", "07.M4y.2019": a month's short name with one letter OCR misread (an N for an M, a 3 for a
 * J, a 4 for an a), between a day and a full year. Read as the one month it is a letter from, in doubt; a
 * token a letter from two months ("JUX": June or July) is none.
 */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MISREAD_MONTH_DATE = /(?<![\dA-Za-z.,])(\d{1,2})[\s./-]([A-Za-z0-9]{3})[\s./-]((?:19|20)\d{2})(?![\d.,])/;
function monthMisread(line: string): Omit<ReceiptDate, 'labelled'> | null {
  const m = line.match(MISREAD_MONTH_DATE);
  // Two of its three characters letters, side by side or not ("NAR", "M4y"): one figure is a misread letter at most.
  if (!m || (m[2]!.match(/[A-Za-z]/g) ?? []).length < 2) return null;
  const token = m[2]!.toLowerCase();
  const near = MONTH_ABBREVIATIONS.filter((mon) => [...mon].filter((c, i) => c !== token[i]).length === 1);
  const date = near.length === 1 ? findDate(`${m[1]}-${near[0]}-${m[3]}`)?.date : undefined;
  return date && plausibleYear(date) ? { date, glued: true, doubt: `a letter of the month is misread in "${m[0]}"` } : null;
}

/** Weekdays as tills print them, in English (whole or short) and in Malay, Sunday first as getUTCDay counts. */
const WEEKDAYS = [/^(?:sun(?:day)?|ahad)$/, /^(?:mon(?:day)?|isnin)$/, /^(?:tue(?:s|sday)?|selasa)$/, /^(?:wed(?:nesday)?|rabu)$/, /^(?:thu(?:r|rs|rsday)?|khamis)$/, /^(?:fri(?:day)?|jumaat)$/, /^(?:sat(?:urday)?|sabtu)$/];

/**
 * Whether a date's row prints its weekday ("Sabtu 05/08/2017", "05-MAR-2019 (TUE)") and the date falls on
 * it, the row naming no other weekday: the calendar confirms a repair of the row's figures, which a misread
 * day or year (a weekday off) or month would not agree with but one time in seven.
 */
export function weekdayAgrees(row: string, date: string): boolean {
  const named = weekdaysNamed(row);
  return named.size === 1 && named.has(new Date(`${date}T00:00:00Z`).getUTCDay());
}

/** The weekdays a row names (Sunday 0), a worn print's "FRI" with its I read as a colon or a 1 ("FR: 15:22") too. */
function weekdaysNamed(row: string): Set<number> {
  const words = row.toLowerCase().replace(/\bfr[1l|!:](?=\s|$)/g, 'fri').split(/[^a-z]+/);
  return new Set(words.flatMap((word) => WEEKDAYS.flatMap((day, n) => (day.test(word) ? [n] : []))));
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The weekday a date's row prints when the date does not fall on it ("15/10/2019 FRI": a misread day, 18
 * read as 15), the row naming no other: one of the two is misread, most often a figure of the date. Null
 * when the row names no weekday, or more than one, or the one the date falls on.
 */
function weekdayContradicts(row: string, date: string): string | null {
  const named = weekdaysNamed(row);
  if (named.size !== 1) return null;
  const [day] = named;
  return day === new Date(`${date}T00:00:00Z`).getUTCDay() ? null : WEEKDAY_NAMES[day!]!;
}

/**
 * A till prints the day first where this reader is mostly used; a page whose other dates read only month
 * first ("Paid on 06/18/2025") writes "06/10/2025" month first too.
 */
const monthFirstOn = (lines: readonly string[]): boolean => printedMonthFirst(lines.join('\n')) === true;

/**
 * The first date written with its year in full that reads as printed, one token at a time: an order or
 * slip number before it ("S0-18-0915-07  Date: 15/09/2018", parted as "S 0-18-0915") can read as a date
 * no calendar has, and findDate tries only the first figure of each shape on a line.
 */
function fullYearDateIn(line: string, monthFirst: boolean): DateMatch | null {
  for (const m of line.matchAll(FULL_YEAR_DATE)) {
    const found = findDate(m[0], { monthFirst });
    if (found && plausibleYear(found.date)) return { ...found, index: m.index + found.index };
  }
  return null;
}

/** Two digits, a month and two digits: a day-first date with a short year, or a year-first one ("19-01-05"). */
const SHORT_YEAR_EITHER_WAY = /^(\d{2})([./-])(\d{1,2})\2(\d{2})$/;

/**
 * The year-first reading of a date printed with a two-digit year at both ends ("19-01-05" at a petrol
 * till: 5 January 2019), when the day-first one put the receipt before 2010, a year this reader's
 * receipts are not of, and the year-first one gives a date of 2010 on. Null otherwise.
 */
function yearFirstReading(text: string, dayFirst: string): string | null {
  const m = text.match(SHORT_YEAR_EITHER_WAY);
  if (!m || dayFirst >= '2010' || +m[1]! < 10) return null;
  return findDate(`20${m[1]}-${m[3]!.padStart(2, '0')}-${m[4]}`)?.date ?? null;
}

/** An entry's label: a car park's or a toll's "Entry", Malay "Masuk", a hotel's "Check In" or "Arrival". */
const ENTRY_WORD = /\b(?:entry|entrance|masuk|check[\s-]*in|arrival|arrived)\b/i;
/** An exit's label: "Exit", Malay "Keluar", a hotel's "Check Out" or "Departure". */
const EXIT_WORD = /\b(?:exit|keluar|check[\s-]*out|departure|departed)\b/i;

/** Whether a page prints an entry's label and an exit's (cheap: whether the dates are worth reading for them). */
export const printsEntryAndExit = (lines: readonly string[]): boolean => lines.some((l) => ENTRY_WORD.test(l)) && lines.some((l) => EXIT_WORD.test(l));

/** A line's parts: one printing an entry's date and then an exit's ("Arrival 24/03/18  Departure 27/03/18") is two. */
function entryExitParts(raw: string): { text: string; role?: 'entry' | 'exit' }[] {
  const exit = raw.match(EXIT_WORD);
  const entry = raw.match(ENTRY_WORD);
  if (exit && entry && entry.index! < exit.index!) return [{ text: raw.slice(0, exit.index), role: 'entry' }, { text: raw.slice(exit.index), role: 'exit' }];
  return [{ text: raw, ...(exit ? { role: 'exit' as const } : entry ? { role: 'entry' as const } : {}) }];
}

/**
 * The dates of an entry and of the exit printed after it (a car park's ticket, a closed toll's receipt, a
 * hotel's folio): the exit's is the day the page charges, named as a label names it; the entry's, the day
 * before or the same, is passed over. A page printing the exit first ("Departure 15/04  Arrival 15/04", a
 * travel ticket's) or an exit before its entry is read as it was.
 */
function entryAndExit(dates: (ReceiptDate & { role?: 'entry' | 'exit' })[]): ReceiptDate[] {
  const entryAt = dates.findIndex((d) => d.role === 'entry');
  const exitAt = dates.findIndex((d) => d.role === 'exit');
  const paired = entryAt >= 0 && exitAt > entryAt && dates.every((d) => d.role !== 'exit' || d.date >= dates[entryAt]!.date);
  return dates.map(({ role, ...d }) => (!paired || !role ? d : role === 'exit' ? { ...d, labelled: true, late: false, exit: true } : { ...d, entry: true }));
}

/**
 * The order a till prints its date in, printed beside it ("Date(YY/MM/DD):", "DATE (DD-MM-YYYY)"), also with
 * a letter OCR lost ("YY/M/DD").
 */
const DATE_FORMAT = /\b(y{1,4}|m{1,2}|d{1,2})([./-])(y{1,4}|m{1,2}|d{1,2})\2(y{1,4}|m{1,2}|d{1,2})\b/i;
const NUMERIC_PARTS = /(?<![\d.,])(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d.,])/;

/**
 * The date a line prints in the order its label says, with the day, the month and the year each named
 * once ("Date(YY/MM/DD): 18/01/25": 25 January 2018, not 18 January 2025); null when the line prints no
 * such order or no date of it.
 */
function dateInPrintedOrder(line: string): string | null {
  const format = line.match(DATE_FORMAT);
  if (!format) return null;
  const order = [format[1]!, format[3]!, format[4]!].map((p) => p[0]!.toLowerCase());
  if (new Set(order).size !== 3) return null;
  const figures = line.slice(format.index! + format[0].length).match(NUMERIC_PARTS);
  if (!figures) return null;
  const parts = [figures[1]!, figures[3]!, figures[4]!];
  const of = (kind: string) => parts[order.indexOf(kind)]!;
  const year = of('y').length === 2 ? `20${of('y')}` : of('y');
  if (year.length !== 4) return null;
  const date = findDate(`${year}-${of('m').padStart(2, '0')}-${of('d').padStart(2, '0')}`)?.date ?? null;
  return date && plausibleYear(date) ? date : null;
}

/** The date a line prints in the order printed beside it ("Date(YY/MM/DD): 18/01/25" as 2018-01-25), or null. */
export function dateInOrderPrinted(line: string): string | null {
  return dateInPrintedOrder(digitsInDates(line));
}

/**
 * A Japanese era's year ("令和8年11月26日": the 8th year of Reiwa, 2026; "令和元年", its first, 2019; Heisei's
 * from 1989), written as the year of the Common Era that dates.ts reads ("2026年11月26日").
 */
const JAPANESE_ERA = /(令和|平成)\s*(\d{1,2}|元)\s*年/g;
const ERA_BEFORE: Record<string, number> = { 令和: 2018, 平成: 1988 };
/**
 * A date whose year is a Buddhist era's, 543 years ahead of the Common Era ("27/11/2569": Thailand's 2026):
 * no receipt's year of the Common Era is 2520-2599, so a date printed with one is of that calendar (1977-2056).
 * (Not 2600 on: "2618" is 2018 with its 0 read as a 6, which zeroRepaired puts back.)
 */
// (Also with the day run into digits before it, "DOD00027/11/2569": the glued day is read after.)
const BUDDHIST_FULL_YEAR = new RegExp(String.raw`(\d{1,2}(${SEP})\d{1,2}\2)(25[2-9]\d)(?!\d)`, 'g');
/**
 * The same year in two digits on a Thai page ("13/11/69": 2569, which is 2026), read as the Common Era
 * would make it 2060 or later: only the Buddhist reading is a year a receipt has.
 */
const BUDDHIST_SHORT_YEAR = new RegExp(String.raw`(?<![\d.,])(\d{1,2}(${SEP})\d{1,2}\2)([6-9]\d)(?![\d.,])`, 'g');
/** A Thai page: its script, the baht, the country or its capital. */
const THAI_PAGE = /[\u0E00-\u0E7F]|\bTHB\b|฿|\bbaht\b|\bthailand\b|\bbangkok\b/i;

/** A line's dates in another calendar than the Common Era's, written in it (the year only). */
function commonEraYears(line: string, thai: boolean, parted = false): string {
  // (`parted`: a space before the day, parted from digits run into it, to show the date as printed.)
  const out = line
    .replace(JAPANESE_ERA, (_m, era: string, year: string) => `${ERA_BEFORE[era]! + (year === '元' ? 1 : +year)}年`)
    .replace(BUDDHIST_FULL_YEAR, (_m, dayMonth: string, _sep: string, year: string) => `${parted ? ' ' : ''}${dayMonth}${+year - 543}`);
  return thai ? out.replace(BUDDHIST_SHORT_YEAR, (_m, dayMonth: string, _sep: string, year: string) => `${dayMonth}${2500 + +year - 543}`) : out;
}

/** Every date the lines print, in order, with whether a label names it and what was repaired. */
function datesIn(lines: readonly string[]): ReceiptDate[] {
  const out: (ReceiptDate & { role?: 'entry' | 'exit' })[] = [];
  const monthFirst = monthFirstOn(lines);
  const thai = lines.some((l) => THAI_PAGE.test(l));
  const total = lines.findIndex((l) => isTotalLine(l));
  for (const [at, printed] of lines.entries()) for (const { text: raw, role } of entryExitParts(printed)) {
    // Every pattern below needs a digit, and digitsInDates only turns letters into digits beside one:
    // a line without a digit holds no date, and is passed over unread.
    if (!HAS_DIGIT.test(raw) || OTHER_DATE.test(raw)) continue;
    const labelled = DATE_LABEL.test(raw);
    const plain = digitsInDates(raw);
    const digits = commonEraYears(plain, thai);
    const calendar = digits !== plain;
    const ordered = dateInPrintedOrder(digits);
    if (ordered) {
      out.push({ date: ordered, labelled, ordered: true, ...(role ? { role } : {}) });
      continue;
    }
    const line = partDate(digits);
    const reprint = PRINT_DATE.test(raw);
    const received = RECEIVED_ON.test(raw);
    const late = total >= 0 && at > total && !labelled && !TIME.test(raw);
    // What the line says of its date, the same for the date read and for one repaired.
    const marks = { ...(reprint ? { reprint } : {}), ...(received ? { received } : {}), ...(late ? { late } : {}), ...(role ? { role } : {}), ...(calendar ? { calendar } : {}) };
    const first = findDate(line, { monthFirst });
    const found = first && plausibleYear(first.date) ? first : (fullYearDateIn(line, monthFirst) ?? first);
    const text = found ? line.slice(found.index, found.index + found.length) : '';
    // Eight digits with no separator ("31801011", a logo or an id OCR read) are a date only when labelled.
    if (found && (labelled || !/^\d{8}$/.test(text)) && plausibleYear(found.date)) {
      // "25/10/20:7": OCR read a digit of the year as a colon; the two digits before it are no year. A
      // year printed in full is whole: "21st June 2019,4:15pm" is the time after a comma.
      const after = line.slice(found.index + found.length);
      const cut = /^[:;.,]\d/.test(after) && !/\d{4}$/.test(text);
      // "26 Myr 2018.6.05 pm": figures before "am" or "pm" end in a time (6:05), its colon read as a point.
      const clock = after.match(/^\s?[ap]\.?m\b/i);
      const runIn = DAY_RUN_INTO_MONTH.exec(digits);
      const dayLost = runIn && +found.date.slice(8) === +runIn[1]! ? runIn[0] : null;
      const yearFirst = cut || clock ? null : yearFirstReading(text, found.date);
      const offWeekday = weekdayContradicts(raw, found.date);
      const doubt = cut ? `the year is cut short in "${text}${after.slice(0, 2)}"` : clock ? `"${text}${clock[0]}" ends in a time` : dayLost ? `a figure of the day may be lost in "${dayLost}"` : yearFirst ? `"${text}" may be printed year first (${yearFirst})`
        : offWeekday ? `"${text}" is no ${offWeekday}, the weekday its row prints` : undefined;
      out.push({ date: found.date, labelled, ...(doubt ? { doubt } : {}), ...marks });
    } else {
      const glued = found ? (plausibleYear(found.date) ? null : timeAfterShortYear(line)) : repairedDate(line);
      const repaired = glued && plausibleYear(glued.date) ? glued : (zeroRepaired(line) ?? yearSpaced(line) ?? monthMisread(line));
      if (repaired) out.push({ ...repaired, labelled, ...marks });
    }
  }
  return entryAndExit(out);
}

/**
 * The receipt's date: the first one a label names, else the only one printed (a till prints one, often
 * twice); of several different unlabelled dates the first, in doubt. A date standing alone is preferred
 * to one cut from a run of digits.
 */
export function readReceiptDate(lines: readonly string[]): ReceiptDate | null {
  const date = pickReceiptDate(lines);
  return date && !date.doubt && beforeGstBegan(lines, date.date) ? { ...date, doubt: `Malaysia charged no GST before April 2015; the page charges it on ${date.date}`, choice: false } : date;
}

/** A Malaysian page: ringgit figures ("RM 12.50", "MYR") or a company's "Sdn Bhd". */
const MALAYSIAN = /\bRM\s*\d|\bMYR\b|\bringgit\b|\bsdn\.?\s*bhd\b/i;
const GST = /\bGST\b/;

/**
 * A Malaysian page that charges GST, dated before the tax began (1 April 2015): a year OCR misread
 * ("2010/05/03" for 2018/05/03 on a petrol slip), or a date that is no sale's.
 */
function beforeGstBegan(lines: readonly string[], date: string): boolean {
  return date < '2015-04-01' && lines.some((l) => GST.test(l)) && lines.some((l) => MALAYSIAN.test(l));
}

function pickReceiptDate(lines: readonly string[]): ReceiptDate | null {
  // A reprint's date gives way to the sale's printed beside it ("Print Date: 28/03/2018" over "Trans Date: 27/03/2018"),
  // and so does the day a repair came in ("Received: 21/02/2019" under "28/02/2019").
  const read = datesIn(lines).filter((d, _, all) => !d.entry || all.every((o) => o.entry));
  const sale = read.filter((d) => !d.reprint && !d.received);
  const dates = sale.length ? sale : read;
  const labelled = dates.find((d) => d.labelled && !d.glued) ?? dates.find((d) => d.labelled);
  if (labelled) {
    // Two labels naming different dates: which is the receipt's is a guess.
    const others = new Set(dates.filter((d) => d.labelled && d.date !== labelled.date).map((d) => d.date));
    return others.size && !labelled.doubt ? { ...labelled, doubt: `another labelled date reads ${[...others].join(', ')}`, choice: true } : labelled;
  }
  // A date printed late (under the total, with no time) gives way to one printed before it or with its
  // time; when only such dates are printed, the first is in doubt: it may be a voucher's or a return's.
  const timely = dates.filter((d) => !d.late);
  const candidates = timely.length ? timely : dates;
  const first = candidates.find((d) => !d.glued) ?? candidates[0];
  if (!first) return null;
  const others = new Set(candidates.map((d) => d.date).filter((d) => d !== first.date));
  if (first.late && !first.doubt) return { ...first, doubt: 'the only date is printed under the total, with no time' };
  if (others.size && !first.doubt) return { ...first, doubt: `${others.size + 1} different dates printed`, choice: true };
  return dates.some((d) => d.late && d.date !== first.date) ? { ...first, passedOver: true } : first;
}

/** Two years that differ in one digit ("2024" and "2026"). */
const oneDigitApart = (a: string, b: string): boolean => a.length === b.length && [...a].filter((c, i) => c !== b[i]).length === 1;

/**
 * A date the page prints with a time of day (a till's stamp, a TSE's "2026-11-25T09:41:12") on the same day
 * and month as `date`, its year one digit from `date`'s ("25.11.2024 09:41" over "TSE-Stop: 2026-11-25T09:41"):
 * no sale is stamped on one day of two years, so OCR misread a digit of one of them. The other date, or null.
 */
export function yearOneDigitOff(lines: readonly string[], date: string): string | null {
  const day = String(+date.slice(8));
  const timed = lines.filter((l) => TIME.test(l) && l.includes(day));
  if (!timed.length) return null;
  const other = datesIn(timed).find((d) => d.date !== date && d.date.slice(4) === date.slice(4) && oneDigitApart(d.date.slice(0, 4), date.slice(0, 4)));
  return other?.date ?? null;
}

/**
 * Dates printed on lines that name them another date (member since, valid until, a reprint's print date
 * beside the sale's): none is the receipt's.
 */
export function otherDatesIn(lines: readonly string[]): Set<string> {
  const monthFirst = monthFirstOn(lines);
  const read = datesIn(lines);
  const reprinted = read.some((d) => !d.reprint && !d.received) ? lines.filter((l) => PRINT_DATE.test(l) || RECEIVED_ON.test(l)) : [];
  const entries = read.filter((d) => d.entry).map((d) => d.date);
  return new Set([...[...lines.filter((l) => OTHER_DATE.test(l)), ...reprinted].map((l) => findDate(partDate(digitsInDates(l)), { monthFirst })?.date), ...entries].filter((d): d is string => !!d));
}

/**
 * Whether `date` is printed only on lines that name it another date than the page's ("Vald un 31/12/2018", a
 * voucher's last day under the sale): lines without its year's last two digits are not read.
 */
export function printedOnlyAsOtherDate(lines: readonly string[], date: string): boolean {
  const yy = date.slice(2, 4);
  const withYear = lines.filter((l) => l.includes(yy));
  if (!withYear.some((l) => OTHER_DATE.test(l))) return false;
  // A page whose figures do not say which comes first, the day or the month ("03/04/2025" over "04/03/2025"), is
  // read both ways: the parser may have taken the other order (a US invoice's), and its date's own line is then
  // the one read so.
  const printed = printedMonthFirst(lines.join('\n'));
  const orders = printed === null ? [false, true] : [printed];
  let other = false;
  for (const l of withYear) {
    const text = partDate(digitsInDates(l));
    const found = orders.map((monthFirst) => findDate(text, { monthFirst })).find((f) => f?.date === date);
    if (!found) continue;
    // (The other date's label after the date, on a row of two, "Datum 27.11.2025  Zahlbar bis 27.12.2025", labels the other.)
    if (!OTHER_DATE.test(text.slice(0, found.index))) return false;
    other = true;
  }
  return other;
}
