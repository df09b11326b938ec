/**
 * Money strings as printed on invoices → numbers. Handles both decimal conventions ("1.234,56" and
 * "1,234.56"), currency symbols and codes on either side, minus signs, parentheses and spaces used as
 * thousands separators ("1 234,56", "1'234.56").
 */

const CURRENCY_SYMBOLS: Array<[RegExp, string]> = [
  [/€|\bEUR\b|\bEuro?s?\b/i, 'EUR'],
  [/¥|￥|\bCNY\b|\bRMB\b|人民币|元/, 'CNY'],
  [/£|\bGBP\b/, 'GBP'],
  [/\bCHF\b|\bSFr\.?/, 'CHF'],
  [/US\$|\bUSD\b/, 'USD'],
  [/\bC(?:A)?\$|\bCAD\b/, 'CAD'],
  [/\bAU?\$|\bAUD\b/, 'AUD'],
  [/\bS\$|\bSGD\b/, 'SGD'],
  [/\bNZ\$|\bNZD\b/, 'NZD'],
  [/\bHK\$|\bHKD\b/, 'HKD'],
  [/\bJPY\b|円/, 'JPY'],
  [/\bSEK\b/, 'SEK'],
  [/\bNOK\b/, 'NOK'],
  [/\bDKK\b/, 'DKK'],
  // ("436,04 zl": the złoty's ł read as an l, as OCR reads it and some print it.)
  [/\bPLN\b|zł|\d\s?zl\b/, 'PLN'],
  [/\bCZK\b|Kč/, 'CZK'],
  [/\bINR\b|₹|\bRs\.?(?=\s?\d)|\(Rs\.?\)|\bin\s+Rs\b|\bRupees\b/, 'INR'],
  // Malaysian ringgit as receipts print it: "RM4.00", "Total (RM) : 8.00", "RM(TOTAL)", "Total RM Including GST".
  [/\bMYR\b|\bRM\s?\d|\(RM\b|\bRM\s?\(|\b[Tt][Oo][Tt][Aa][Ll]\s+RM\b/, 'MYR'],
  // "968,00 E": OCR's reading of "968,00 €" (a capital E alone after an amount, ending its cell).
  // The Turkish lira: its sign, its code, or "TL" after a figure ("1.793,00 TL").
  [/\bTRY\b|₺|\d\s?TL\b/, 'TRY'],
  // The Bulgarian lev ("2 940,00 лв."), the Serbian dinar, the Icelandic króna by their codes.
  [/\bBGN\b|\d\s?лв(?![А-яЁё])/, 'BGN'],
  [/\bRSD\b/, 'RSD'],
  [/\bISK\b/, 'ISK'],
  // The naira's and the peso's signs: each names one currency (the Philippine peso's code is also a language's name).
  // So does the naira's name, as an amount in words ends ("… Fifty Thousand Naira Only"), which a scan keeps when
  // OCR reads the sign as a "#".
  [/₦|\bNGN\b|\bNaira\b/, 'NGN'],
  [/₱/, 'PHP'],
  // The shekel's, the hryvnia's and the dong's signs, and the rupiah's "Rp" before a figure ("Rp 50.000.000").
  [/₪|\bILS\b|\bNIS\b(?=\s?\d)/, 'ILS'],
  [/₴|\bUAH\b/, 'UAH'],
  [/₫|\bVND\b/, 'VND'],
  [/\bRp\.?\s?\d|\bIDR\b/, 'IDR'],
  // The Brazilian real's sign, before the dollar's that ends it.
  [/\bR\$|\bBRL\b/, 'BRL'],
  [/\d[.,]\d{2}\s?E\s*$/, 'EUR'],
  [/\$/, 'USD'],
];

/** The ISO 4217 code a piece of text names or symbolises, or null. Codes win over symbols. */
export function detectCurrency(text: string): string | null {
  for (const [re, code] of CURRENCY_SYMBOLS) if (re.test(text)) return code;
  return null;
}

/** A number-ish token inside a longer string: digits with separators, optional sign and decimals. */
export const AMOUNT_PATTERN = String.raw`[-−–]?\(?\s*(?:\d{1,3}(?:[.,'’\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d{1,4})?\s*\)?-?`;
const AMOUNT_RE = new RegExp(AMOUNT_PATTERN, 'g');

/**
 * Parses one amount. Returns null when the string holds no number.
 * `decimalSeparator` forces the convention (templates know it); otherwise it is inferred: the last of
 * '.'/',' is the decimal mark when followed by 1, 2 or 4 digits, or by 3 digits when the other mark also
 * appears; a lone separator followed by exactly 3 digits is a thousands separator ("1.234" = 1234).
 */
export function parseAmount(input: string | null | undefined, decimalSeparator?: '.' | ','): number | null {
  if (input == null) return null;
  const raw = String(input).replace(/[−–]/g, '-');
  const m = raw.match(/\d[\d.,'’ \u00a0\u202f]*/);
  if (!m) return null;
  // A space after two decimals or one ends the figure: "665,00 139,65 804,65" is three figures (a row of
  // cells OCR boxed as one), not a number with spaces between its thousands.
  const figure = /^.*?[.,]\d{1,2}(?=[ \u00a0\u202f]\d)/.exec(m[0])?.[0] ?? m[0];
  const before = raw.slice(0, m.index);
  const after = raw.slice(m.index! + figure.length);
  // "-12,00 €", "€ -12,00", "(12.00)" and the bookkeeping "12,00-" are all negative.
  const negative = /-\s*[^\d-]{0,4}$/.test(before) || (/\(\s*[^\d(]{0,4}$/.test(before) && /^\s*[^\d]{0,4}\)/.test(after)) || /^\s*-(?!\d)/.test(after);
  let s = figure.replace(/[ '’\u00a0\u202f]/g, '').replace(/[.,]+$/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null = decimalSeparator ?? null;
  if (!decimal && lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (!decimal && (lastDot >= 0 || lastComma >= 0)) {
    const sep = lastDot >= 0 ? '.' : ',';
    const single = s.split(sep).length === 2;
    const digitsAfter = s.length - s.lastIndexOf(sep) - 1;
    // One separator with 3 digits after it is a thousands separator ("1.234"), unless the number starts "0".
    if (single && (digitsAfter !== 3 || /^0[.,]/.test(s))) decimal = sep;
  }
  s = decimal === '.' ? s.replace(/,/g, '') : decimal === ',' ? s.replace(/\./g, '').replace(',', '.') : s.replace(/[.,]/g, '');
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/**
 * A capital or small O that OCR read inside a number, as the zero it is: "1.21O,00" → "1.210,00",
 * "2O5.00" → "205.00". Only between digits (a separator may stand between), where no word has an O; the
 * text keeps its length.
 */
export function ocrDigits(text: string): string {
  return /\d[.,]?[Oo]|[Oo][.,]?\d/.test(text) ? text.replace(/(?<=\d[.,]?)[Oo]+(?=[.,]?\d)/g, (m) => '0'.repeat(m.length)) : text;
}

/** Every amount in a string, in order (e.g. a table row "2 5,00 10,00 19%"). */
export function findAmounts(text: string, decimalSeparator?: '.' | ','): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const n = parseAmount(m[0], decimalSeparator);
    if (n !== null) out.push(n);
  }
  return out;
}

/** "13%" → 0.13, "6 %" → 0.06, "免税"/"不征税" → 0; null when no rate is present. */
export function parseTaxRate(input: string | null | undefined): number | null {
  if (input == null) return null;
  const s = String(input).trim();
  if (/免税|不征税|出口零税|^\*+$/.test(s)) return 0;
  const m = s.match(/(\d+(?:[.,]\d+)?)\s*%/) ?? s.match(/^(\d+(?:[.,]\d+)?)$/);
  if (!m) return null;
  const n = Number(m[1].replace(',', '.'));
  // A bare "0.13" is already a fraction; "13" or "13%" is a percentage.
  const rate = s.includes('%') || n >= 1 ? n / 100 : n;
  return Math.round(rate * 10000) / 10000;
}
