/**
 * The number label's small sign as OCR reads it: the numero's "º" lost ("N: R-2025/014", "N F250341") or read
 * as a letter or figure of its shape ("N9 fatura", "Factura ng", "N.9 FR ATSIRE01FR/12"), the Czech and Slovak "č." read as "&." or
 * lost before its stop ("FAKTURA. 2025041", "FAKTURA - DANOVY DOKLAD | . 2025110487"). The parser's labels want the sign: a scanned page read without
 * it has no number though its text layer has one. The cells that print such a label are given their sign
 * back before the page is parsed; a cell whose "N" opens nothing of a number's shape stays as read.
 */
import type { PageText, TextItem } from '../core/text.js';

/** A document's number as a cell prints it after its label: up to four capitals, then a figure ("R-2025/014", "F250341", "FT 2025A1/0342"). */
const NUMBER = String.raw`(?=(?:[A-Z]{1,4}\s)?[A-Z]{0,4}[-/]?\d[\w\-/.]*$)(?=[^\s]*[\w/-]{3})`;
/** The title words a numero sign sits beside: "Nº fatura", "Factura nº". */
const DOCUMENT = String.raw`(?:factura|fatura|fattura|facture|documento|recibo)`;

const RESTORED: Array<[RegExp, string]> = [
  // "N9 fatura", "Ng factura": the sign read as a figure or a letter of its shape, before the title word.
  [new RegExp(String.raw`^N[9gq](?=\s+(?:de\s+|da\s+|di\s+)?${DOCUMENT}\b)`, 'i'), 'Nº'],
  // "Factura ng", "Fatura n9": after the title word, ending the cell (the number in the cell under it).
  [new RegExp(String.raw`(?<=\b${DOCUMENT}\s+)n[9gq]$`, 'i'), 'nº'],
  // "N.9 FR ATSIRE01FR/12": the abbreviation's "º" after its stop read so, before a number (its series first).
  [new RegExp(String.raw`^N\.[9gq](?=\s+(?:[A-Z]{1,4}\s)?[A-Z\d][\w\-/.]*\d[\w\-/.]*$)`), 'N.º'],
  // "FATURA N.9 FT 2025/0418773", "Factura N9 A-2025/118": the same after the title word, in its cell.
  [new RegExp(String.raw`(?<=^${DOCUMENT}\s+N\.?)[9gq](?=\s+(?:[A-Z]{1,4}\s)?[A-Z\d][\w\-/.]*\d[\w\-/.]*$)`, 'i'), 'º'],
  // "N: R-2025/014", "N F250341": the sign lost, the cell the label and the number alone.
  [new RegExp(String.raw`^N(?=\s*:\s*${NUMBER})`), 'Nº'],
  [new RegExp(String.raw`^N(?=\s+${NUMBER})`), 'Nº'],
  // "danovy doklad &.", "FAKTURA &. 2025041": the Czech "č." read as an ampersand.
  [/(?<=\b(?:doklad|fakt[uú]ra|dobropis)\s*)&\./i, 'č.'],
  // "FAKTURA. 2025041": the "č" lost, its stop joined to the title.
  [/(?<=^fakt[uú]ra)\.(?=\s*\d[\d/-]*$)/i, ' č.'],
];

/** A cell with its number label's sign given back (the sign's certainty that of what was read for it), or the cell itself. */
function numberSignRead(item: TextItem): TextItem {
  for (const [re, sign] of RESTORED) {
    const m = re.exec(item.text);
    if (!m) continue;
    const at = m.index;
    const text = item.text.slice(0, at) + sign + item.text.slice(at + m[0].length);
    const read = item.charConfidence?.slice(at, at + m[0].length) ?? [];
    const signConfidence = read.length ? Math.min(...read) : 100;
    const charConfidence = item.charConfidence && [...item.charConfidence.slice(0, at), ...Array<number>(sign.length).fill(signConfidence), ...item.charConfidence.slice(at + m[0].length)];
    return { ...item, text, ...(charConfidence ? { charConfidence } : {}) };
  }
  return item;
}

/** A Czech or Slovak title a "č." follows on its row ("FAKTURA – DAŇOVÝ DOKLAD  č. 2025110487"), as OCR reads its marks too. */
const CZECH_TITLE_END = /\b(?:doklad|fakt\p{L}ra|dobropis)$/iu;
/** A cell that is a stop and a number: the "č." of "č. 2025110487" with its letter lost. */
const STOP_NUMBER = /^\.(?=\s*\d[\d/-]*$)/;

/**
 * A cell ". 2025110487" after a Czech or Slovak title on its row, right of it: the "č." whose letter OCR lost, given
 * back with the stop's certainty. A stop opening a figure elsewhere stays as read.
 */
function czechSignRead(item: TextItem, items: readonly TextItem[]): TextItem {
  if (!STOP_NUMBER.test(item.text)) return item;
  const centre = (i: TextItem) => i.y + i.height / 2;
  const titled = items.some((o) => o !== item && o.page === item.page && o.x + o.width <= item.x && CZECH_TITLE_END.test(o.text.trim())
    && Math.abs(centre(o) - centre(item)) <= Math.max(o.height, item.height) / 2);
  if (!titled) return item;
  return { ...item, text: `č${item.text}`, ...(item.charConfidence ? { charConfidence: [item.charConfidence[0]!, ...item.charConfidence] } : {}) };
}

/** The OCR'd pages with each cell's number label given its sign back (see above); pages without one are returned as they are. */
export function withNumberSigns(pages: readonly PageText[]): readonly PageText[] {
  const out = pages.map((p) => {
    const items = p.items.map((i) => (i.confidence === undefined ? i : czechSignRead(numberSignRead(i), p.items)));
    return items.some((it, k) => it !== p.items[k]) ? { ...p, items } : p;
  });
  return out.some((p, k) => p !== pages[k]) ? out : pages;
}
