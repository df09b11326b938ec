/**
 * A till receipt's date as OCR reads it: labelled or not, printed with the time, glued to a terminal or
 * slip number ("#19536001/06/2018"), with letters for digits ("2O18", "O2/03/20l8"), a digit doubled
 * ("222/05/2017") or a separator lost ("0203/2018"). A date that needed a repair beyond a letter read
 * for its digit says so: the caller flags it.
 */
import { findDate } from '../dates.js';

export interface ReceiptDate {
  date: string;
  /** The line names it a date ("Date:", "Tarikh", "日期"). */
  labelled: boolean;
  /** Why the reading is uncertain (a repaired date, one of several), or undefined when it is not. */
  doubt?: string;
  /** Read from digits run into others ("#19536001/06/2018"): a weaker reading than a date standing alone. */
  glued?: boolean;
}

const DATE_LABEL = /\b(?:date|dated|tarikh|tgl|datum|fecha)\b|日期/i;
const SEP = '[./-]';

/** Letters OCR reads for digits, put back inside the date-shaped parts of a line only. */
function digitsInDates(line: string): string {
  return line.replace(new RegExp(String.raw`[\dOoIl|]{1,4}(?:${SEP}[\dOoIl|]{1,4}){1,2}`, 'g'), (tok) =>
    /\d.*\d/.test(tok) ? tok.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1') : tok,
  );
}

/** A four-digit year run into the time after it ("02/03/201814:25") is parted from it. */
function partTime(line: string): string {
  return line.replace(new RegExp(String.raw`(\d{1,2}${SEP}\d{1,2}${SEP}\d{4})(?=\d{1,2}:\d{2})`, 'g'), '$1 ');
}

/** A date whose day is run into the digits before it, or whose separator is lost; null when none. */
function repairedDate(line: string): Omit<ReceiptDate, 'labelled'> | null {
  // "#19536001/06/2018": a slip or terminal number before the day; "222/05/2017": a digit doubled.
  const glued = line.match(new RegExp(String.raw`(\d{3,})(${SEP})(\d{1,2})\2(\d{4}|\d{2})(?!\d)`));
  if (glued) {
    const run = glued[1]!;
    const date = findDate(`${run.slice(-2)}${glued[2]}${glued[3]}${glued[2]}${glued[4]}`)?.date;
    // Three digits are a day with one too many: which one is a guess. A longer run is a number printed
    // against the day, whose last two digits the day is.
    if (date) return run.length === 3 ? { date, glued: true, doubt: `the day is read from "${run}"` } : { date, glued: true };
  }
  // "0203/2018", "02/032018": one separator lost.
  const lost = line.match(/(?<!\d)(\d{2})(\d{2})([./-])(\d{4})(?!\d)|(?<!\d)(\d{2})([./-])(\d{2})(\d{4})(?!\d)/);
  if (lost) {
    const [d, m, y] = lost[1] ? [lost[1], lost[2], lost[4]] : [lost[5], lost[7], lost[8]];
    const date = findDate(`${d}/${m}/${y}`)?.date;
    if (date) return { date, glued: true, doubt: `a separator is missing in "${lost[0]}"` };
  }
  return null;
}

/** Every date the lines print, in order, with whether a label names it and what was repaired. */
function datesIn(lines: readonly string[]): ReceiptDate[] {
  const out: ReceiptDate[] = [];
  for (const raw of lines) {
    const line = partTime(digitsInDates(raw));
    const labelled = DATE_LABEL.test(raw);
    const found = findDate(line);
    if (found) out.push({ date: found.date, labelled });
    else {
      const repaired = repairedDate(line);
      if (repaired) out.push({ ...repaired, labelled });
    }
  }
  return out;
}

/**
 * The receipt's date: the first one a label names, else the only one printed (a till prints one, often
 * twice); of several different unlabelled dates the first, in doubt. A date standing alone is preferred
 * to one cut from a run of digits.
 */
export function readReceiptDate(lines: readonly string[]): ReceiptDate | null {
  const dates = datesIn(lines);
  const labelled = dates.find((d) => d.labelled && !d.glued) ?? dates.find((d) => d.labelled);
  if (labelled) return labelled;
  const first = dates.find((d) => !d.glued) ?? dates[0];
  if (!first) return null;
  const others = new Set(dates.map((d) => d.date).filter((d) => d !== first.date));
  return others.size && !first.doubt ? { ...first, doubt: `${others.size + 1} different dates printed` } : first;
}
