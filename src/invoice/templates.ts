/**
 * invoice2data-compatible YAML templates: a user's per-issuer regexes for invoices our generic parsers
 * misread. Supported: issuer, keywords (all must match), exclude_keywords, priority, fields (a regex
 * string, or {parser: regex|static|lines, regex, value, type: int|float|date, group: sum|first|last}),
 * legacy `static_*` fields, `sum_amount*` fields, options (currency, date_formats, decimal_separator,
 * remove_whitespace, remove_accents, languages, lowercase) and lines (start / end / line regexes with
 * named groups, types), top level or as a `lines` field. Python regex syntax ((?P<name>…), inline
 * flags) is translated to JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InvoicectlError } from '../core/errors.js';
import { escapeRegExp } from '../core/matches.js';
import { lazyRequire } from '../core/lazy-require.js';
import { parseAmount, parseTaxRate } from './amounts.js';
import { parseDate } from './dates.js';
import { monthFromName } from './dates.js';
import { emptyInvoice, emptyLineItem, type FieldSource, type Invoice, type LineItem } from './model.js';

// The YAML reader loads only when a run has templates.
const yaml = lazyRequire<typeof import('js-yaml')>('js-yaml');

export interface TemplateOptions {
  currency?: string;
  date_formats?: string[];
  decimal_separator?: '.' | ',';
  remove_whitespace?: boolean;
  remove_accents?: boolean;
  lowercase?: boolean;
  languages?: string[];
}

export interface LinesSpec {
  start: string;
  end: string;
  line: string;
  types?: Record<string, 'int' | 'float' | 'date'>;
}

export type FieldSpec =
  | string
  | string[]
  | { parser?: 'regex' | 'static' | 'lines'; regex?: string | string[]; value?: unknown; type?: 'int' | 'float' | 'date'; group?: 'sum' | 'first' | 'last' } & Partial<LinesSpec>;

export interface Template {
  issuer: string;
  keywords: string[];
  exclude_keywords?: string[];
  priority?: number;
  fields: Record<string, FieldSpec>;
  options?: TemplateOptions;
  lines?: LinesSpec;
  file?: string;
}

export interface TemplateResult {
  template: string;
  /** Raw extracted values by invoice2data field name (dates as YYYY-MM-DD, numbers as numbers). */
  fields: Record<string, unknown>;
  invoice: Invoice;
}

/** Python regex → JavaScript RegExp: named groups, leading inline flags, \Z and \A. */
export function pyRegex(source: string, extraFlags = ''): RegExp {
  let flags = new Set(extraFlags.split('').filter(Boolean));
  let src = source.replace(/\(\?P<(\w+)>/g, '(?<$1>').replace(/\(\?P=(\w+)\)/g, '\\k<$1>').replace(/\\Z/g, '$').replace(/\\A/g, '^');
  const inline = src.match(/^\(\?([aiLmsux]+)\)/);
  if (inline) {
    src = src.slice(inline[0].length);
    for (const f of inline[1]) if ('ims'.includes(f)) flags.add(f);
  }
  return new RegExp(src, [...flags].join(''));
}

function loadOne(file: string): Template {
  let doc: unknown;
  try {
    doc = yaml().load(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InvoicectlError('CONFIG_INVALID', `template ${file}: ${(err as Error).message}`);
  }
  const t = doc as Partial<Template> | null;
  if (!t || typeof t !== 'object' || !t.issuer || !Array.isArray(t.keywords ?? (t.keywords = [t.issuer])) || !t.fields) {
    throw new InvoicectlError('CONFIG_INVALID', `template ${file}: needs issuer, keywords and fields`);
  }
  return { ...(t as Template), keywords: (t.keywords as unknown[]).map(String), file };
}

/** Every *.yml / *.yaml below `dir`, highest priority first (then by file name). */
export function loadTemplates(dir: string): Template[] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/i.test(f)).sort();
  return files.map((f) => loadOne(path.join(dir, f))).sort((a, b) => (b.priority ?? 5) - (a.priority ?? 5));
}

function prepare(text: string, o: TemplateOptions = {}): string {
  let t = text;
  if (o.remove_accents) t = t.normalize('NFD').replace(/\p{M}/gu, '');
  if (o.remove_whitespace) t = t.replace(/\s+/g, '');
  if (o.lowercase) t = t.toLowerCase();
  return t;
}

/** strptime subset: %d %m %Y %y %b %B %H %M %S and literals. */
function parseWithFormat(s: string, fmt: string): string | null {
  const parts: string[] = [];
  let re = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '%' && i + 1 < fmt.length) {
      const d = fmt[++i];
      const map: Record<string, string> = { d: '(\\d{1,2})', m: '(\\d{1,2})', Y: '(\\d{4})', y: '(\\d{2})', b: '([^\\s\\d.,]+)\\.?', B: '([^\\s\\d.,]+)', H: '\\d{1,2}', M: '\\d{2}', S: '\\d{2}', p: '[AaPp][Mm]' };
      if (!map[d]) return null;
      re += map[d];
      if ('dmYybB'.includes(d)) parts.push(d);
    } else re += escapeRegExp(c).replace(/\s+/g, '\\s+');
  }
  const m = s.trim().match(new RegExp('^' + re + '$', 'i'));
  if (!m) return null;
  let y = 0, mo = 0, d = 0;
  parts.forEach((p, i) => {
    const v = m[i + 1];
    if (p === 'd') d = +v;
    else if (p === 'm') mo = +v;
    else if (p === 'Y') y = +v;
    else if (p === 'y') y = 2000 + +v;
    else mo = monthFromName(v) ?? 0;
  });
  if (!y || !mo || !d) return null;
  return parseDate(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

function convert(value: string, type: string | undefined, name: string, o: TemplateOptions): unknown {
  const isDate = type === 'date' || (!type && /^date/.test(name));
  const isNumber = type === 'float' || (!type && /^(?:amount|sum_amount|vat|tax|amount_\w+)/.test(name) && /\d/.test(value) && !/[A-Z]{2}\d/.test(value));
  if (isDate) {
    for (const f of o.date_formats ?? []) {
      const d = parseWithFormat(value, f);
      if (d) return d;
    }
    return parseDate(value);
  }
  if (type === 'int') return parseInt(value.replace(/\D/g, ''), 10);
  if (isNumber) return parseAmount(value, o.decimal_separator);
  return value.trim();
}

function regexField(text: string, spec: string | string[], name: string, type: string | undefined, group: string | undefined, o: TemplateOptions): unknown {
  const values: unknown[] = [];
  for (const src of Array.isArray(spec) ? spec : [spec]) {
    const re = pyRegex(src, 'g');
    for (const m of text.matchAll(re)) {
      const raw = m.slice(1).find((g) => g !== undefined) ?? m[0];
      values.push(convert(raw, type, name, o));
    }
  }
  if (!values.length) return undefined;
  if (group === 'sum' || name.startsWith('sum_')) return values.reduce((a: number, v) => a + (typeof v === 'number' ? v : 0), 0);
  return group === 'last' ? values[values.length - 1] : values[0];
}

function linesField(text: string, spec: LinesSpec, o: TemplateOptions): Record<string, unknown>[] {
  const start = pyRegex(spec.start, 'm').exec(text);
  if (!start) return [];
  const rest = text.slice(start.index + start[0].length);
  const end = pyRegex(spec.end, 'm').exec(rest);
  const body = end ? rest.slice(0, end.index) : rest;
  const lineRe = pyRegex(spec.line);
  const out: Record<string, unknown>[] = [];
  for (const line of body.split('\n')) {
    const m = line.match(lineRe);
    if (!m?.groups) continue;
    const row: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m.groups)) {
      if (v === undefined) continue;
      const t = spec.types?.[k] ?? (/^(?:qty|quantity|price|unit_price|amount|line_total|total|price_total|tax|vat)$/.test(k) ? 'float' : undefined);
      row[k] = t ? convert(v, t, k, o) : v.trim();
    }
    out.push(row);
  }
  return out;
}

function toItem(row: Record<string, unknown>): LineItem {
  const s = (k: string[]) => k.map((x) => row[x]).find((v) => v !== undefined && v !== '');
  const n = (k: string[]) => {
    const v = s(k);
    return typeof v === 'number' ? v : typeof v === 'string' ? parseAmount(v) : null;
  };
  const item = emptyLineItem(String(s(['description', 'name', 'item', 'product']) ?? ''));
  item.quantity = n(['qty', 'quantity']);
  item.unitPrice = n(['price', 'unit_price', 'price_unit']);
  item.amount = n(['amount', 'line_total', 'price_total', 'total', 'price_subtotal']);
  const rate = s(['tax_rate', 'vat_rate']);
  item.taxRate = rate === undefined ? null : parseTaxRate(String(rate));
  item.unit = (s(['unit', 'uom']) as string | undefined) ?? null;
  return item;
}

/** Maps invoice2data field names onto the model. */
function toInvoice(t: Template, fields: Record<string, unknown>): Invoice {
  const inv = emptyInvoice(String(fields.currency ?? t.options?.currency ?? 'EUR'));
  const str = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  inv.number = str(fields.invoice_number);
  inv.date = str(fields.date);
  inv.dueDate = str(fields.date_due);
  inv.totalAmount = num(fields.amount ?? fields.sum_amount);
  inv.amount = num(fields.amount_untaxed);
  inv.taxAmount = num(fields.amount_tax ?? fields.tax ?? (typeof fields.vat === 'number' ? fields.vat : undefined));
  inv.seller.name = str(fields.partner_name ?? t.issuer);
  inv.seller.taxId = typeof fields.vat === 'string' ? fields.vat : str(fields.vat_number ?? fields.partner_vat);
  inv.buyer.name = str(fields.buyer_name ?? fields.customer_name);
  inv.remarks = str(fields.note ?? fields.remarks);
  if (Array.isArray(fields.lines)) inv.items = (fields.lines as Record<string, unknown>[]).map(toItem);
  const sources: Record<string, FieldSource> = {};
  for (const [k, v] of Object.entries({ number: inv.number, date: inv.date, dueDate: inv.dueDate, totalAmount: inv.totalAmount, amount: inv.amount, taxAmount: inv.taxAmount, 'seller.name': inv.seller.name, 'seller.taxId': inv.seller.taxId, 'buyer.name': inv.buyer.name, remarks: inv.remarks })) {
    if (v !== null) sources[k] = 'template';
  }
  if (inv.items.length) sources.items = 'template';
  sources.currency = 'template';
  inv.fieldSources = sources;
  return inv;
}

/** True when all keywords and no exclude_keywords match the (prepared) text. */
export function templateMatches(t: Template, text: string): boolean {
  const prepared = prepare(text, t.options);
  return t.keywords.every((k) => pyRegex(k).test(prepared)) && !(t.exclude_keywords ?? []).some((k) => pyRegex(k).test(prepared));
}

/** Extracts with the first matching template; null when none matches. */
export function applyTemplates(text: string, templates: readonly Template[]): TemplateResult | null {
  const template = templates.find((t) => templateMatches(t, text));
  if (!template) return null;
  const o = template.options ?? {};
  const prepared = prepare(text, o);
  const fields: Record<string, unknown> = { issuer: template.issuer };
  if (o.currency) fields.currency = o.currency;
  for (const [name, spec] of Object.entries(template.fields)) {
    if (name.startsWith('static_')) {
      fields[name.slice(7)] = spec;
      continue;
    }
    if (typeof spec === 'string' || Array.isArray(spec)) {
      const v = regexField(prepared, spec, name, undefined, undefined, o);
      if (v !== undefined) fields[name] = v;
      continue;
    }
    const parser = spec.parser ?? 'regex';
    if (parser === 'static') fields[name] = spec.value;
    else if (parser === 'lines' && spec.start && spec.end && spec.line) fields[name] = linesField(prepared, spec as LinesSpec, o);
    else if (parser === 'regex' && spec.regex) {
      const v = regexField(prepared, spec.regex, name, spec.type, spec.group, o);
      if (v !== undefined) fields[name] = v;
    }
  }
  if (template.lines && !fields.lines) fields.lines = linesField(prepared, template.lines, o);
  return { template: template.issuer, fields, invoice: toInvoice(template, fields) };
}
