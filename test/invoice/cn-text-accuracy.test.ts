/**
 * The Chinese text path (page text only, no structured data) scored field by field against ground truth:
 *
 * - the real OFD e-invoices in ../shared/fixtures/real/ofd, through two paths:
 *   (a) ofdPageText(parseOfd(bytes)) → parseChineseInvoiceText;
 *   (b) ofdToPdf(bytes) → pdfPageText → parseChineseInvoiceText (a realistic Chinese invoice PDF: the
 *       classic layout's spaced labels come out as separate items, vertical 购买方/密码区 labels as single
 *       glyphs, the 全国统一发票监制章 as rotated text).
 *   (c) path (b)'s page text re-cut to one item per glyph (spaces dropped) and shuffled, as PDFs that
 *       emit one glyph per text operation give it: the parser must work by geometry, not reading order.
 *   Truth: the issuer XML beside the OFD (parseChineseInvoiceXml), filled in from *.gt.json (OFD.xml
 *   CustomData + CustomTag fields) where the XML is missing or silent.
 * - the generated PDFs under fixtures/invoices/** (fixtures/generate.mjs) against their *.expected.json;
 * - the air itinerary preview PDF in ../shared/fixtures/real/cn, against the values printed on it (read by
 *   hand: there is no sidecar).
 *
 * A field is scored only when its true value is known and printed on the page: a field the page does not
 * print (the 数电 fixtures keep the parties' address/bank in expected.json but print only name and tax id,
 * empty XML fields, the type of a document whose truth has no type) is excluded and listed. totalInWords
 * has no XML element in the classic issuer XML; its truth is toChineseAmount(totalAmount) when that text
 * is printed on the page. Values are compared after NFKC (full-width → half-width) and with whitespace
 * removed; numbers exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { invoiceFromOfdFields } from '../../src/invoice/cn/ofd-fields.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toChineseAmount } from '../../src/invoice/cn/amount-words.js';
import { parseChineseInvoiceXml } from '../../src/invoice/cn/xml.js';
import { emptyInvoice, type Invoice, type LineItem, type Party } from '../../src/invoice/model.js';
import { parseOfd } from '../../src/ofd/parse.js';
import { ofdPageText } from '../../src/ofd/text.js';
import { ofdToPdf } from '../../src/ofd/to-pdf.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { REAL } from './fixtures.js';

const OFD_DIR = path.join(REAL, 'ofd');
const GENERATED = 'fixtures/invoices';

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

type Value = string | number | null;

/** How a value can appear on the page (any of these, normalised). */
function printedForms(field: string, v: Exclude<Value, null>): string[] {
  if (typeof v === 'number') {
    if (/taxRate$/.test(field)) return v === 0 ? ['0%', '免税', '不征税', '***'] : [`${+(v * 100).toFixed(4)}%`];
    return [...new Set([String(v), v.toFixed(2), v.toLocaleString('en-US', { minimumFractionDigits: 2 })])];
  }
  if (field === 'date') {
    const [y, m, d] = v.split('-');
    return [v, `${y}年${m}月${d}日`, `${y}年${+m}月${+d}日`, `${y}/${m}/${d}`];
  }
  return [v];
}

const TOP = ['type', 'code', 'number', 'date', 'checkCode', 'amount', 'taxAmount', 'totalAmount', 'totalInWords', 'remarks'] as const;
const PARTY = ['name', 'taxId', 'address', 'phone', 'bank', 'account'] as const;
const ITEM = ['name', 'spec', 'unit', 'quantity', 'unitPrice', 'amount', 'taxRate', 'taxAmount'] as const;

interface Case {
  doc: string;
  path: 'a' | 'b' | 'c';
  /** The page text to parse, and the text the page prints in reading order (to tell which fields it prints). */
  pages: () => Promise<{ parse: PageText[]; printed: PageText[] }>;
  truth: Invoice;
}

/** field → [truth, got] pairs of one document. */
function pairs(truth: Invoice, got: Invoice): Array<[string, Value, Value]> {
  const out: Array<[string, Value, Value]> = [];
  for (const f of TOP) out.push([f, truth[f], got[f]]);
  for (const who of ['buyer', 'seller'] as const) for (const f of PARTY) out.push([`${who}.${f}`, truth[who][f], got[who][f]]);
  if (truth.items.length) out.push(['items.count', truth.items.length, got.items.length]);
  truth.items.forEach((t, i) => {
    const g: Partial<LineItem> = got.items[i] ?? {};
    for (const f of ITEM) out.push([`item.${f}`, t[f], g[f] ?? null]);
  });
  return out;
}

function same(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === typeof b && Math.abs(Number(a) - Number(b)) < 1e-9;
  return norm(a) === norm(b);
}

function ofdTruth(base: string): Invoice {
  const gt = JSON.parse(readFileSync(path.join(OFD_DIR, `${base}.gt.json`), 'utf8')) as {
    ofd_xml_customdata: Record<string, string>;
    customtag_resolved?: Record<string, Record<string, string>>;
  };
  const tags = Object.assign({}, ...Object.values(gt.customtag_resolved ?? {})) as Record<string, string>;
  const fromFields = invoiceFromOfdFields({ ...tags, ...gt.ofd_xml_customdata });
  const xmlFile = readdirSync(OFD_DIR).find((f) => f.startsWith(`${base}.attach.`) && f.endsWith('.xml'));
  const truth = xmlFile ? parseChineseInvoiceXml(readFileSync(path.join(OFD_DIR, xmlFile))) : emptyInvoice('CNY');
  const fill = <T extends object>(into: T, from: T) => {
    for (const k of Object.keys(from) as Array<keyof T>) if (into[k] === null || into[k] === '') into[k] = from[k];
  };
  fill(truth, { ...fromFields, type: truth.type === 'other' ? fromFields.type : truth.type, items: truth.items.length ? truth.items : fromFields.items });
  fill<Party>(truth.buyer, fromFields.buyer);
  fill<Party>(truth.seller, fromFields.seller);
  // Empty XML elements mean "not printed", not "empty string".
  for (const p of [truth.buyer, truth.seller]) for (const f of PARTY) if (p[f] === '') p[f] = null;
  for (const it of truth.items) for (const f of ['spec', 'unit'] as const) if (it[f] === '') it[f] = null;
  return truth;
}

function generatedTruth(file: string): Invoice {
  const e = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.expected.json'), 'utf8')) as Invoice;
  return { ...emptyInvoice('CNY'), ...e };
}

/** The air itinerary preview: values as printed on the page (no sidecar); fields it does not print stay null. */
function airTruth(): Invoice {
  const inv = emptyInvoice('CNY');
  Object.assign(inv, { type: 'flight', number: '9223372036854775807', date: '2021-07-28', checkCode: '7890', amount: 572.93, taxAmount: 47.07, totalAmount: 620 });
  inv.seller.name = '中国南方航空股份有限公司';
  inv.buyer.name = '北京XXX公司';
  inv.buyer.taxId = '9111000007311XXXX';
  return inv;
}

/** One item per glyph, widths shared out by glyph class, in a scrambled (seeded) order. */
function perGlyph(pages: PageText[]): PageText[] {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return pages.map((p) => {
    const items = p.items.flatMap((it) => {
      const chars = [...it.text];
      const weight = (ch: string) => (/\s/.test(ch) ? 0.3 : /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55);
      const total = chars.reduce((n, ch) => n + weight(ch), 0) || 1;
      let x = it.x;
      return chars.flatMap((ch) => {
        const w = (weight(ch) / total) * it.width;
        const out = /\s/.test(ch) ? [] : [{ ...it, text: ch, x, width: w }];
        x += w;
        return out;
      });
    });
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return { ...p, items };
  });
}

const same2 = (pages: PageText[]) => ({ parse: pages, printed: pages });
const glyphs = (pages: PageText[]) => ({ parse: perGlyph(pages), printed: pages });

function cases(): Case[] {
  const out: Case[] = [];
  for (const file of readdirSync(OFD_DIR).filter((f) => f.endsWith('.ofd')).sort()) {
    const base = file.slice(0, -4);
    const bytes = new Uint8Array(readFileSync(path.join(OFD_DIR, file)));
    const truth = ofdTruth(base);
    out.push({ doc: base, path: 'a', truth, pages: async () => same2(ofdPageText(parseOfd(bytes))) });
    out.push({ doc: base, path: 'b', truth, pages: async () => same2(await pdfPageText(await ofdToPdf(bytes))) });
    out.push({ doc: base, path: 'c', truth, pages: async () => glyphs(await pdfPageText(await ofdToPdf(bytes))) });
  }
  for (const dir of readdirSync(GENERATED).sort()) {
    for (const f of readdirSync(path.join(GENERATED, dir)).filter((f) => f.endsWith('.pdf')).sort()) {
      const file = path.join(GENERATED, dir, f);
      const truth = generatedTruth(file);
      const pages = () => pdfPageText(new Uint8Array(readFileSync(file)));
      out.push({ doc: `${dir}/${f.slice(0, -4)}`, path: 'b', truth, pages: async () => same2(await pages()) });
      out.push({ doc: `${dir}/${f.slice(0, -4)}`, path: 'c', truth, pages: async () => glyphs(await pages()) });
    }
  }
  const air = path.join(REAL, 'cn', 'ofdrw__xbrl-001_air_itinerary_einvoice_preview.pdf');
  out.push({ doc: 'cn/air_itinerary', path: 'b', truth: airTruth(), pages: async () => same2(await pdfPageText(new Uint8Array(readFileSync(air)))) });
  out.push({ doc: 'cn/air_itinerary', path: 'c', truth: airTruth(), pages: async () => glyphs(await pdfPageText(new Uint8Array(readFileSync(air)))) });
  return out;
}

describe('Chinese text path accuracy (OFD page text, OFD→PDF, generated PDFs, air itinerary)', () => {
  it('scores every printed field and prints the table', async () => {
    const perField = new Map<string, { right: number; total: number }>();
    const perPath = { a: { right: 0, total: 0 }, b: { right: 0, total: 0 }, c: { right: 0, total: 0 } };
    const rows: string[] = [];
    const excluded = new Map<string, number>();
    let right = 0;
    let total = 0;
    let spurious = 0;
    for (const c of cases()) {
      const { parse: pages, printed } = await c.pages();
      const pageText = norm(printed.flatMap((p) => p.items.map((i) => i.text)).join(''));
      const truth = structuredClone(c.truth);
      if (truth.totalInWords === null && truth.totalAmount !== null) truth.totalInWords = toChineseAmount(truth.totalAmount);
      const got = parseChineseInvoiceText(pages);
      const misses: string[] = [];
      let docRight = 0;
      let docTotal = 0;
      for (const [field, t, g] of pairs(truth, got)) {
        const known = t !== null && t !== '' && !(field === 'type' && t === 'other');
        const printed = known && (field === 'type' || field === 'items.count' || printedForms(field, t!).some((s) => pageText.includes(norm(s))));
        if (!printed) {
          if (known) excluded.set(field, (excluded.get(field) ?? 0) + 1);
          else if (g !== null && g !== '' && field !== 'type') {
            spurious++;
            misses.push(`${field}: got ${JSON.stringify(g)}, truth has none (not scored)`);
          }
          continue;
        }
        const ok = same(t, g);
        const pf = perField.get(field) ?? { right: 0, total: 0 };
        pf.total++;
        docTotal++;
        if (ok) {
          pf.right++;
          docRight++;
        } else misses.push(`${field}: got ${JSON.stringify(g)} want ${JSON.stringify(t)}`);
        perField.set(field, pf);
      }
      right += docRight;
      total += docTotal;
      perPath[c.path].right += docRight;
      perPath[c.path].total += docTotal;
      rows.push(`(${c.path}) ${c.doc.padEnd(44)} ${String(docRight).padStart(3)}/${String(docTotal).padEnd(3)}` + misses.map((m) => `\n      ✗ ${m}`).join(''));
    }
    const fieldRows = [...perField].map(([f, s]) => `  ${f.padEnd(16)} ${String(s.right).padStart(3)}/${s.total}`);
    console.log(
      `Chinese text path: ${right}/${total} fields (${((100 * right) / total).toFixed(1)} %); ` +
        `path (a) OFD page text ${perPath.a.right}/${perPath.a.total}, path (b) PDF ${perPath.b.right}/${perPath.b.total}, ` +
        `path (c) one glyph per item ${perPath.c.right}/${perPath.c.total}; ` +
        `${spurious} values where the truth has none\n` +
        `per document:\n${rows.join('\n')}\nper field:\n${fieldRows.join('\n')}\n` +
        `excluded (true value known but not printed on the page): ${[...excluded].map(([f, n]) => `${f}×${n}`).join(', ') || 'none'}`,
    );
    // Measured 905/908: (a) 105/106, (b) 400/401, (c) 400/401. The misses are the 数电 sample's 备注:
    // the page prints four lines there (both parties' address/phone and bank/account, added by the
    // platform) while its Note holds only the buyer-bank line, so the remark as printed cannot equal it.
    // Before this scoring existed the text path scored 649/908: (a) 105/106, (b) 271/401, (c) 273/401.
    expect(total).toBe(908);
    expect(right).toBeGreaterThanOrEqual(905);
    expect(perPath.a.right).toBeGreaterThanOrEqual(105);
    expect(perPath.b.right).toBeGreaterThanOrEqual(400);
    expect(perPath.c.right).toBeGreaterThanOrEqual(400);
  });
});
