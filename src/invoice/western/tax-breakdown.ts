/**
 * The tax breakdown of a Western invoice: a table with one row per rate under a header of a rate column,
 * a base column and a tax column ("USt.-Satz | Nettobetrag | USt.-Betrag", "Taux TVA | Base HT | Montant
 * TVA", "VAT rate | Net | VAT"). Its columns add up to the net and the tax, when the totals block names
 * only the gross, or when a page prints one tax line per rate.
 */
import { parseAmount } from '../amounts.js';
import type { Line, Segment } from '../layout.js';
import { ocrTolerant } from './ocr-tolerant-labels.js';

type Column = 'rate' | 'base' | 'tax';

/**
 * The columns' headers, as OCR may read them too (marks lost or read as others: "Zâklad", "Netto"). The
 * Polish e-invoice's summary by its own words ("Stawka podatku", "Kwota netto", "Kwota podatku"): an item
 * table's "Stawka" over "%", "Wartość netto" and "Kwota VAT" head its lines' columns.
 */
const HEADERS: Array<[Column, RegExp]> = ([
  // The rate column may be headed by the table's own title ("Btw-specificatie", "VAT analysis", a KSeF view's
  // "Podsumowanie stawek").
  ['rate', /^(?:(?:ust|mwst|vat|tax|tva|btw|iva|steuer|alv|moms|mva|dph|áfa)\.?[-\s]*(?:satz|rate|sats|%|kulcs|sazba|sadzba|specificatie|analysis|summary|breakdown)|steuersatz|satz|rate|taux(?:\s+(?:de\s+)?(?:tva|taxe))?|tarief|tipo|taxa|aliquota(?:\s+iva)?|verokanta|stawka(?:\s+(?:podatku|vat))?|podsumowanie\s+stawek|sazba(?:\s+dph)?|sadzba(?:\s+dph)?|%(?:\s*(?:iva|tva|vat|btw|ust|mwst))?)$/i],
  // A column of amounts before tax by its qualifier ("Item subtotal (excl. VAT)").
  ['base', /^(?:net(?:to)?(?:betrag)?|nettó|nettowert|base(?:\s+(?:ht|imponible))?|basis|bemessungsgrundlage|taxable(?:\s+(?:amount|value))?|montant\s+ht|total\s+ht|net\s+amount|grondslag|bedrag\s+excl\.?(?:\s+btw)?|(?:totale\s+)?imponibile|incid[êe]ncia|veroton|grundlag|grunnlag|underlag|základ(?:\s+dane)?|kwota\s+netto|(?:item\s+)?(?:subtotal|amount|value)\s*\(?(?:excl\.?|excluding)\s*(?:vat|tax|gst)\)?)$/i],
  ['tax', /^(?:(?:ust|mwst|vat|tax|tva|btw|iva|steuer|moms|mva|dph|áfa)\.?[-\s]*(?:betrag|amount|bedrag|beløp|belopp|beløb|subtotal)?|(?:montant|total)\s+(?:de\s+la\s+)?tva|umsatzsteuer|steuerbetrag|cuota(?:\s+(?:iva|i\.v\.a\.))?|(?:totale\s+)?imposta|valor\s+iva|vero|alv|kwota\s+podatku)$/i],
] as Array<[Column, RegExp]>).map(([column, re]) => [column, ocrTolerant(re)]);
/** The quota of Spain's equivalence surcharge heading its column: "Cuota R.E.", "Importe recargo", "Cuota rec. equiv.". */
const SURCHARGE_QUOTA = /^(?:cuota|importe)\s+(?:r\.\s?e\.?|rec(?:argo)?\.?(?:\s+(?:de\s+)?equiv(?:alencia)?\.?)?)$/i;
/** The title of a Czech or Slovak VAT summary, its currency after it or not ("Rekapitulace DPH v Kč", "Rekapitulácia DPH"). */
const RATE_TITLE = /^rekapitul(?:ace|[áa]cia)(?:\s+dph)?(?:\s+(?:v|in)\s+(?:kč|czk|eur|€))?:?$/i;
// "19 %", or a rate without its sign as Italian summaries print it ("22,00" under "Aliquota IVA" or "%IVA"); the
// Polish e-invoice's code for either standard rate, "23% lub 22%"; the Polish codes of a row taxed at no rate
// (exempt "zw", outside the scope "np", reverse charge "oo"), and the Italian e-invoice's nature codes of such
// rows ("N1" excluded under art. 15, "N2.1" not subject, "N3.2" not taxable, …), whose base is part of the net
// all the same. (A scan reads the 1 of "N1" as the letter of its shape: "NI", "Nl".)
/** A rate with its sign ("21 %", "5,5%"): where no header names the rate column, the sign says which cell is the rate. */
const RATE_WITH_SIGN = /^\d{1,2}(?:[.,]\d{1,2})?\s*%$/;
const RATE_CELL = /^(?:\d{1,2}(?:[.,]\d{1,2})?\s*%?(?:\s+lub\s+\d{1,2}\s*%)?|zw|np|oo|N[1-7Il](?:\.\d)?)$/i;
// Thousands in threes, or Indian lakhs and crores in twos ("1,23,456.00"); a currency without cents
// prints whole amounts, their thousands set off by spaces ("192 000" forints).
const MONEY = /^-?\s?\d{1,3}(?:[.,' \u00a0]\d{2,3})*(?:[.,]\d{2})$|^-?\s?\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;

export interface Breakdown {
  net: number;
  tax: number;
  rows: number;
  /** Every row's tax its base at its rate, to the cent: the sums stand by their own arithmetic. */
  atRates?: boolean;
}

const centre = (s: Segment) => (s.x + s.x2) / 2;

/** A cell's figure without its currency, when it is a money cell. */
function moneyText(c: Segment): string | null {
  const text = c.text.replace(/\s*(?:€|EUR|[A-Z]{3})$/, '').replace(/^(?:[€$£₹]|Rs\.?|[A-Z]{3})\s*/, '').trim();
  return MONEY.test(text) ? text : null;
}

/** The money cell in `line` under `header` (the one whose centre is nearest the header's, overlapping it). */
function cellUnder(line: Line, header: Segment, headers: readonly Segment[]): Segment | null {
  for (const c of line.segments) {
    if (moneyText(c) === null || !(c.x < header.x2 + 5 && c.x2 > header.x - 5)) continue;
    const nearest = headers.reduce((a, b) => (Math.abs(centre(a) - centre(c)) <= Math.abs(centre(b) - centre(c)) ? a : b));
    if (nearest === header) return c;
  }
  return null;
}

/** The figure in `line` under `header`. */
function under(line: Line, header: Segment, headers: readonly Segment[]): number | null {
  const c = cellUnder(line, header, headers);
  return c && parseAmount(moneyText(c)!);
}

/**
 * The base's and the tax's cells of a breakdown's row. A short figure set right in a wide column under a
 * header set left ("Grondslag | Btw" over "€ 82,64 | € 17,36") may sit nearer the next header: then the
 * two money cells under the pair of headers, in their order.
 */
function baseAndTax(line: Line, base: Segment, tax: Segment, headers: readonly Segment[]): [number, number] | null {
  let [b, t] = [cellUnder(line, base, headers), cellUnder(line, tax, headers)];
  if (!b || !t || b === t) {
    const [left, right] = base.x < tax.x ? [base, tax] : [tax, base];
    const span = line.segments.filter((c) => moneyText(c) !== null && c.x < right.x2 + 5 && c.x2 > left.x - 5);
    if (span.length !== 2) return null;
    [b, t] = base.x < tax.x ? span : [span[1], span[0]];
  }
  return [parseAmount(moneyText(b)!)!, parseAmount(moneyText(t)!)!];
}

/**
 * A header cell OCR ran together from the boxes of a row of headers set close ("Importe bruto" "Dto. P.P. 2 %"
 * "Portes" "Base imponible" "% Iva" "Cuota IVA", one cell): a cell per box, when two of its boxes or more each
 * head a column alone, or one does and the cell as run together heads none ("Natura" "Totale imponibile", an
 * Italian summary's column of nature codes beside its base's). A text layer's cell, and an OCR'd cell with no
 * such box, or one that the whole cell's text heads anyway ("Totale" "imponibile"), stays one.
 */
function headerBoxes(s: Segment, kindOf: (text: string) => Column | undefined): Segment[] {
  const ocr = s.items.length > 1 && s.items.every((it) => it.confidence !== undefined);
  const heading = ocr ? s.items.filter((it) => kindOf(it.text)).length : 0;
  if (heading < 2 && !(heading === 1 && !kindOf(s.text))) return [s];
  return s.items.map((it) => ({ text: it.text.trim(), x: it.x, x2: it.x + it.width, y: it.y, height: it.height, items: [it] }));
}

/** The sums of the first tax breakdown on the page: null when there is none or a row cannot be read. */
export function taxBreakdown(lines: readonly Line[]): Breakdown | null {
  // A header's currency ("Základ v Kč", "DPH v Kč") says nothing of its column's kind. A cell is asked two to four
  // times (as a header, for two taxes' headers, as the row above the next line's): its answer is kept by its text.
  const kinds = new Map<string, Column | null>();
  const kindOf = (text: string): Column | undefined => {
    let kind = kinds.get(text);
    if (kind === undefined) {
      kind = HEADERS.find(([, re]) => re.test(text.trim().replace(/[:.]$/, '').replace(/\s+(?:v|in|en)\s+(?:kč|czk|eur|€)$/i, '')))?.[0] ?? null;
      kinds.set(text, kind);
    }
    return kind ?? undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    // A header's second row was read with its first, the row of words right above it: alone it heads other
    // columns (an item table's "Cena | Wartość | VAT | Kwota" over "netto | netto | % | VAT", whose "netto"
    // under "Cena" is a unit price), when that row has two cells or more that head no column here.
    const above = lines[i - 1];
    if (above && above.page === lines[i].page && lines[i].y - above.y2 < lines[i].height && !/\d/.test(above.text) && above.segments.filter((s) => !kindOf(s.text)).length >= 2) continue;
    // Headers wrapped in narrow cells ("DPH v" over "Kč"): a cell and the one under it on a line of words only.
    const next = lines[i + 1];
    const wrapped = next && next.page === lines[i].page && next.y - lines[i].y2 < lines[i].height && !/\d/.test(next.text) ? next : null;
    const cols = new Map<Column, Segment>();
    const heads = lines[i].segments.flatMap((s) => headerBoxes(s, kindOf));
    for (const s of heads) {
      const rest = wrapped?.segments.find((n) => n.x < s.x2 && n.x2 > s.x);
      const kind = (rest && kindOf(`${s.text} ${rest.text}`)) || kindOf(s.text);
      if (kind && !cols.has(kind)) cols.set(kind, s);
    }
    // A Czech or Slovak summary's title over its column of rates, no rate header in the row ("Rekapitulace DPH v Kč |
    // Základ | DPH | Celkem" over "21 % | 9 780,00 | 2 053,80 | …"): the title heads the rates.
    const titled = cols.has('rate') ? undefined : heads.find((s) => RATE_TITLE.test(`${s.text} ${wrapped?.segments.find((n) => n.x < s.x2 && n.x2 > s.x)?.text ?? ''}`.trim()));
    if (titled) cols.set('rate', titled);
    // Two headers of the tax's kind, the first over rates ("Base imponible | IVA | Cuota" over "1.074,00 € | 10 % |
    // 107,40 €"): the first heads the rates, the second the tax.
    const taxes = heads.filter((s) => kindOf(s.text) === 'tax');
    const first = lines[wrapped ? i + 2 : i + 1];
    if (!cols.has('rate') && taxes.length === 2 && first?.page === lines[i].page && first.segments.some((c) => c.x < taxes[0].x2 + 5 && c.x2 > taxes[0].x - 5 && RATE_WITH_SIGN.test(c.text.trim()))) {
      cols.set('rate', taxes[0]);
      cols.set('tax', taxes[1]);
    }
    const base = cols.get('base');
    const tax = cols.get('tax');
    if (!base || !tax) continue;
    // A summary whose rate column has no header, its row of headers only the base's and the tax's ("Základ |
    // DPH" over "21 % | 28 550,00 | 5 995,50"): the rate is the row's cell with its sign left of the base.
    const rate = cols.get('rate') ?? (lines[i].segments.length === 2 ? undefined : null);
    if (rate === null) continue;
    const headers = rate ? [rate, base, tax] : [base, tax];
    // Spain's equivalence surcharge in a quota column of its own beside the VAT's ("% IVA | Cuota IVA | % R.E. |
    // Cuota R.E."): charged with the VAT to a retailer, it is part of the tax.
    const surcharge = heads.find((s) => SURCHARGE_QUOTA.test(s.text.trim()));
    let net = 0;
    let sum = 0;
    let rows = 0;
    let atRates = true;
    for (let j = i + 1; j < lines.length && lines[j].page === lines[i].page; j++) {
      // The headers' wrapped rows of words come before the first row.
      if (!rows && !/\d/.test(lines[j].text) && lines[j].y - lines[j - 1].y2 < lines[j].height) continue;
      const rateCell = rate
        ? lines[j].segments.find((s) => s.x < rate.x2 + 5 && s.x2 > rate.x - 5 && RATE_CELL.test(s.text.trim()))
        : lines[j].segments.find((s) => s.x2 < base.x && RATE_WITH_SIGN.test(s.text.trim()));
      // An item table with the VAT on each line ("Base | % IVA | Cuota IVA" beside the description): a
      // description's wrapped row, right under its line and with no cell under the three columns, is none.
      const wrappedRow = rows > 0 && lines[j].y - lines[j - 1].y2 < lines[j].height && !lines[j].segments.some((s) => headers.some((h) => s.x < h.x2 + 5 && s.x2 > h.x - 5));
      if (wrappedRow) continue;
      // (Nor is the row of the figures' rests wrapped at their thousands space, "540,00 | 633,40" under "12 | 2":
      // the row above read them whole.)
      const rests = rows > 0 && lines[j].y - lines[j - 1].y2 < lines[j].height && lines[j].segments.every((s) => /^\d{3}(?:[ .,']\d{3})*[.,]\d{2}$/.test(s.text.trim()));
      if (rests) continue;
      if (!rateCell) break;
      // Figures wrapped at their thousands space ("50" over "000,00") are read whole.
      const row = { ...lines[j], segments: cellsWhole(lines, j) };
      // (A figure is under the header nearest it of all the header row's cells: a column of another kind beside
      // the base's, "Portes | Base imponible" over "18,00 | 215,76", keeps its own.)
      const figures = baseAndTax(row, base, tax, heads);
      if (!figures) return null;
      const percent = /^\d{1,2}(?:[.,]\d{1,2})?(?=\s*%?$)/.exec(rateCell.text.trim());
      atRates &&= percent !== null && Math.abs(figures[0] * Number(percent[0].replace(',', '.')) / 100 - figures[1]) <= 0.01;
      net += figures[0];
      sum += figures[1] + (surcharge ? under(row, surcharge, heads) ?? 0 : 0);
      rows++;
    }
    if (rows) return { net: Math.round(net * 100) / 100, tax: Math.round(sum * 100) / 100, rows, atRates };
  }
  return null;
}

/**
 * Indian GST as its parts: CGST and SGST (or UTGST) within a state, IGST between states, and a cess,
 * each on a row of its own ("CGST @ 9%  11,111.04", "Add: SGST 9%  11,111.04", "Output CGST" in an item
 * table), with the rate in the row or in a column of its own. The tax is their
 * sum; a central part without its state part (or the other way round) is half a reading, so null.
 */
const GST_PART = /^(?:add\s*:?\s*|output\s+)?(CGST|SGST|UTGST|IGST|(?:GST\s+)?cess)\b(.*)$/i;
const RATE = /\(?@?\s*\d{1,2}(?:\.\d{1,2})?\s*%\)?/g;
const FIGURE = /-?\d[\d,]*(?:\.\d{1,2})?(?![\d%])/g;

export function gstParts(lines: readonly Line[]): number | null {
  const parts = new Map<string, number>();
  for (const l of lines) {
    const at = l.segments.findIndex((s) => GST_PART.test(s.text.trim()));
    if (at < 0) continue;
    const m = l.segments[at].text.trim().match(GST_PART)!;
    const rest = [m[2], ...l.segments.slice(at + 1).map((s) => s.text)].join(' ');
    const rate = rest.match(RATE)?.[0].replace(/\D/g, '') ?? '';
    const figures = rest.replace(RATE, ' ').replace(/[₹$]|\bRs\.?|\bINR\b/g, ' ').match(FIGURE);
    const value = figures ? parseAmount(figures[figures.length - 1], '.') : null;
    // The same part at the same rate printed twice (a summary and the totals) is one part.
    if (value !== null) parts.set(`${m[1].toUpperCase()} ${rate}`, value);
  }
  if (!parts.size) return null;
  const kinds = new Set([...parts.keys()].map((k) => k.split(' ')[0]));
  if (kinds.has('CGST') !== (kinds.has('SGST') || kinds.has('UTGST'))) return null;
  return Math.round([...parts.values()].reduce((a, b) => a + b, 0) * 100) / 100;
}

/**
 * The rest of a figure whose narrow cell wrapped at its thousands separator ("1" or "-1" over "255,00"):
 * the cell right under `seg`, right-aligned with it, on the next line or one just under a line of another
 * column; null when there is none.
 */
export function wrappedRest(lines: readonly Line[], i: number, seg: Segment): Segment | null {
  const line = lines[i];
  if (!/^-?\d{1,3}$/.test(seg.text.trim())) return null;
  // (A currency without cents prints whole figures: "154" over "000" forints.)
  // (A line of another column may come between: "14" over "(BT-111) : 2 147,63 EUR" at the left over "940,00".)
  for (let j = i + 1; j < lines.length && lines[j].page === line.page && lines[j].y - line.y2 <= line.height; j++) {
    const rest = lines[j].segments.find((s) => Math.abs(s.x2 - seg.x2) < 3);
    if (rest) return /^\d{3}(?:[ .,']\d{3})*(?:[.,]\d{2})?$/.test(rest.text.trim()) ? rest : null;
  }
  return null;
}

/**
 * A row's cells, each figure wrapped in its narrow cell joined again ("Razem: | 12 | 2" over "480,00 | 870,40").
 * OCR may box a wrapped figure's head with the next cell's figure ("1 7 933,50" over "483,50" under the "1"):
 * the cell's first item is then the head, its rest under that item's right edge.
 */
function cellsWhole(lines: readonly Line[], i: number): Segment[] {
  return lines[i].segments.flatMap((s) => {
    const rest = wrappedRest(lines, i, s);
    if (rest) return [{ ...s, text: `${s.text.trim()} ${rest.text.trim()}`, x: Math.min(s.x, rest.x) }];
    const [head, ...others] = s.items;
    const headRest = others.length ? wrappedRest(lines, i, { ...s, text: head.text, x2: head.x + head.width }) : null;
    if (!headRest) return [s];
    return [
      { ...s, text: `${head.text.trim()} ${headRest.text.trim()}`, x: Math.min(s.x, headRest.x), x2: head.x + head.width, items: [head] },
      { ...s, text: others.map((o) => o.text.trim()).join(' '), x: others[0].x, items: others },
    ];
  });
}

/**
 * Figures with a decimal point or comma, thousands grouped by commas, dots or spaces ("3 300,00"); or whole,
 * their thousands set off by spaces ("154 000" forints). The cells of a row are joined by two spaces.
 */
const ROW_FIGURE = /-?\d[\d,]*\.\d{2}(?!\d)|-?\d{1,3}(?:[.\u00a0\u202f ]\d{3})*,\d{2}(?!\d)|-?\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,])/g;
/** A whole figure grouped by commas, as a currency without cents prints it ("60,500", "1,250,000"). */
const WHOLE_FIGURE = /(?<![\d.,])-?\d{1,3}(?:,\d{3})+(?![\d.,])/g;
const figuresIn = (text: string) => (text.match(ROW_FIGURE) ?? [])
  .map((f) => parseAmount(f.replace(/[\u00a0\u202f ]/g, ''), f.includes('.') && !/,\d{2}$/.test(f) ? '.' : ','))
  .filter((f): f is number => f !== null);

/** A column of an item table that holds the tax of each line ("CGST Amt", "Tax Amount"), not its rate. */
const TAX_COLUMN = /^(?:(?:CGST|SGST|UTGST|IGST)(?:\s*(?:amt\.?|amount|value))?|(?:tax|vat|gst)\s+(?:amt\.?|amount))$/i;
const BASE_COLUMN = /^(?:taxable\s+(?:value|amount|amt\.?)|net\s+(?:amount|value)|assessable\s+value)$/i;
const TOTALS_ROW = /^(?:(?:grand\s+)?total|razem|celkem|summa|suma|i\s+alt|totaal|gesamt|summe|összesen)(?=$|[\s:])/i;
/** The title of a table of the tax per rate or per jurisdiction. */
const TAX_SUMMARY = /^(?:tax|vat|gst|sales\s+tax)\s+(?:summary|breakdown|analysis)$/i;

/**
 * The totals row under an item table that has a column of taxable values and columns of tax
 * ("Taxable Value | CGST % | CGST Amt | SGST % | SGST Amt" over the lines, then "Total  1,23,456.00 …"):
 * the net is the figure under the base column, the tax the sum of the figures under the tax columns.
 * Null when the table has no such columns, no totals row, or a column's figure is missing.
 */
export function columnTotals(lines: readonly Line[]): { net: number; tax: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const segs = lines[i].segments;
    const base = segs.find((s) => BASE_COLUMN.test(s.text.trim()));
    const taxes = segs.filter((s) => TAX_COLUMN.test(s.text.trim()));
    if (!base || !taxes.length) continue;
    const headers = [...segs];
    for (let j = i + 1; j < lines.length && lines[j].page === lines[i].page && lines[j].y - lines[i].y < 150; j++) {
      if (!TOTALS_ROW.test(lines[j].segments[0]?.text.trim() ?? '')) continue;
      const net = under(lines[j], base, headers);
      const tax = taxes.map((t) => under(lines[j], t, headers));
      if (net === null || tax.some((t) => t === null)) return null;
      return { net, tax: Math.round(tax.reduce((a, b) => a! + b!, 0)! * 100) / 100 };
    }
  }
  return null;
}

/**
 * The totals row of an item table whose columns end "taxable value | tax… | total" ("Total  2  4,039.00
 * -500.00  2,999.15  539.85  3,539.00", headers wrapped over lines that cannot be matched): when the
 * figures right before the last add up to it, and the last is the invoice's total, the first of them is
 * the net and the others the tax. Taken only when the tax is at most 30 % of the net (no rate is more).
 */
export function totalsRowParts(lines: readonly Line[], total: number): { net: number; tax: number } | null {
  for (const [i, l] of lines.entries()) {
    // Or the one row of a tax summary, named by its tax ("Tax summary | Taxable amount | Tax | Total" over
    // "NC state + Buncombe County | $572.20 $40.05 $612.25").
    const summaryRow = lines.slice(Math.max(0, i - 3), i).some((h) => h.page === l.page && h.segments.some((s) => TAX_SUMMARY.test(s.text.trim())));
    if (!(TOTALS_ROW.test(l.segments[0]?.text.trim() ?? '') || summaryRow) || /[a-z]{3}/i.test(l.segments.slice(1).map((s) => s.text).join(' ').replace(/\b(?:INR|Rs)\b/g, ''))) continue;
    const figures = figuresIn(cellsWhole(lines, i).map((s) => s.text).join('  ').replace(TOTALS_ROW, ''));
    if (figures.length < 3 || Math.abs(figures[figures.length - 1] - total) > 0.005) continue;
    for (const k of [2, 3]) {
      const parts = figures.slice(-1 - k, -1);
      if (parts.length < k) continue;
      const sum = Math.round(parts.reduce((a, b) => a + b, 0) * 100) / 100;
      const [net, ...taxes] = parts;
      const tax = Math.round(taxes.reduce((a, b) => a + b, 0) * 100) / 100;
      if (Math.abs(sum - total) < 0.011 && net > 0 && tax >= 0 && tax <= net * 0.3) return { net, tax };
    }
  }
  // The table's "Total" row with the net and the tax only, the gross under it on a row of its own ("Total
  // 3.200,00  608,00" / "Total de plată  3.808,00"), the row's first cell perhaps another's (a signature
  // box beside it): the two figures after the totals cell, when they add up to the total. A "Total" cell
  // alone on its row heads the figures of the row under it.
  // The totals cell and its figures may be one text item ("Total 8.400,00 1.764,00"); the cell may say "Suma",
  // "Summe", "Razem" … (a Spanish "Desglose" ends in "Suma | 14.712,07 € | 2.590,77 €").
  for (const [i, l] of lines.entries()) {
    const at = l.segments.findIndex((s) => TOTALS_ROW.test(s.text.trim()) && /^\S+(?:\s+\S+)?(?:\s+-?\d.*)?$/.test(s.text.trim()));
    if (at < 0) continue;
    const next = lines[i + 1];
    const rest = l.segments[at].text.trim().replace(TOTALS_ROW, '');
    const alone = at === l.segments.length - 1 && !rest.trim();
    const row = alone && next && next.page === l.page && next.y - l.y < 1.5 * l.height ? next.segments : [{ ...l.segments[at], text: rest }, ...l.segments.slice(at + 1)];
    const text = row.map((s) => s.text).join('  ');
    // (In a currency without cents, whole figures grouped by commas: "Total  60,500  5,800" over "66,300".)
    const whole = !figuresIn(text).length;
    const figures = whole ? (text.match(WHOLE_FIGURE) ?? []).map((f) => Number(f.replace(/,/g, ''))) : figuresIn(text);
    // (Each figure perhaps with its currency: "14.712,07 €".)
    if (figures.length !== 2 || text.replace(whole ? WHOLE_FIGURE : ROW_FIGURE, '').replace(/[€$£¥₹]|\b[A-Z]{3}\b/g, '').trim()) continue;
    const [net, tax] = figures;
    if (net > 0 && tax >= 0 && tax <= net * 0.3 && Math.abs(net + tax - total) < 0.011) return { net, tax };
  }
  return null;
}

/**
 * The sums row of an item table whose lines each print their net, tax and gross, as a rent's prescription or a
 * landlord's notice does ("Position | USt-Satz | Netto | USt | Brutto", "Libellé | Montant HT | TVA 20 % | Montant
 * TTC"), closed by a row of the three sums under a label no totals list knows ("Monatliche Vorschreibung", a bare
 * "Total" in a grid): the row whose last three figures add up (net + tax = gross) and are each the sum of the same
 * figures of two rows or more right above it. Null when no row is such a sum.
 */
export function lineColumnSums(lines: readonly Line[]): { net: number; tax: number; total: number } | null {
  const lastThree = (i: number): [number, number, number] | null => {
    const f = figuresIn(cellsWhole(lines, i).map((s) => s.text).join('  '));
    if (f.length < 3) return null;
    const [n, t, g] = f.slice(-3);
    return n > 0 && t >= 0 && t <= n * 0.3 && Math.abs(n + t - g) < 0.011 ? [n, t, g] : null;
  };
  for (let i = lines.length - 1; i > 1; i--) {
    const row = lastThree(i);
    if (!row) continue;
    const sums = [0, 0, 0];
    let count = 0;
    for (let j = i - 1; j >= 0 && lines[j].page === lines[i].page; j--) {
      const above = lastThree(j);
      // (A description wrapped onto a row of its own holds no figure: skipped; a row of other figures ends the lines.)
      if (!above) { if (figuresIn(lines[j].text).length) break; continue; }
      above.forEach((v, k) => { sums[k] += v; });
      count++;
      if (count >= 2 && sums.every((s, k) => Math.abs(s - row[k]) < 0.005 * count + 1e-9)) return { net: row[0], tax: row[1], total: row[2] };
    }
  }
  return null;
}
