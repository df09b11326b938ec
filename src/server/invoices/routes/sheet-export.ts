/**
 * The spreadsheet export of the web page: one row per invoice, headers and statuses in the page's
 * language. Spreadsheets read 042001700112 as a number (the leading zero lost) and a 20-digit 数电
 * number as 2.3312E+19, so identifiers are written as text: ="…" in CSV (Excel and LibreOffice keep
 * it as the string), inline-string cells in .xlsx (written with fflate: a workbook of one sheet needs
 * four small XML parts).
 */
import { strToU8, zipSync } from 'fflate';
import type { ExtractResult } from '../../../invoice/model.js';
import { INVOICE_TYPE_LABELS } from '../../../invoice/type-labels.js';
import type { InvoiceRow } from '../store.js';
import { csvCell } from '../../../extract/csv.js';

export type SheetLang = 'zh' | 'en';
export type Cell = { text: string } | { id: string } | { money: number } | null;

const HEADERS: Record<SheetLang, string[]> = {
  zh: ['文件', '发票类型', '发票代码', '发票号码', '开票日期', '币种', '金额', '税额', '价税合计', '销售方名称', '销售方纳税人识别号', '销售方账号', '购买方名称', '购买方纳税人识别号', '购买方账号', '校验码', '状态', '重复于', '备注'],
  en: ['File', 'Type', 'Invoice code', 'Invoice number', 'Date', 'Currency', 'Net amount', 'Tax', 'Total', 'Seller', 'Seller tax ID', 'Seller account', 'Buyer', 'Buyer tax ID', 'Buyer account', 'Check code', 'Status', 'Duplicate of', 'Remarks'],
};
const STATUSES: Record<SheetLang, Record<string, string>> = {
  zh: { pending: '处理中', verified: '已验证', reviewing: '待审核', failed: '读取失败', approved: '已人工确认' },
  en: { pending: 'Processing', verified: 'Verified', reviewing: 'Needs review', failed: 'Could not be read', approved: 'Approved' },
};
// The Chinese names are the ones the merged sheets print, so a category reads the same everywhere.
const TYPES: Record<SheetLang, Record<string, string>> = {
  zh: INVOICE_TYPE_LABELS,
  en: { vat_special: 'VAT special', vat_normal: 'VAT normal', flight: 'Flight itinerary', train: 'Train ticket', taxi: 'Taxi', hotel: 'Hotel', toll: 'Toll', other: 'Other' },
};

export function sheetColumns(rows: InvoiceRow[], lang: SheetLang, original: (id: string | null) => InvoiceRow | null): { header: string[]; lines: Cell[][] } {
  const text = (s: string | null | undefined): Cell => (s ? { text: s } : null);
  const id = (s: string | null | undefined): Cell => (s ? { id: s } : null);
  const money = (n: number | null | undefined): Cell => (n === null || n === undefined ? null : { money: n });
  const lines = rows.map((row): Cell[] => {
    const result = row.result ? (JSON.parse(row.result) as ExtractResult & { approvedAt?: string }) : null;
    const inv = result?.invoice ?? null;
    const first = original(row.duplicate_of);
    const status = result?.approvedAt ? 'approved' : row.status;
    return [
      text(row.file_name), text(TYPES[lang][inv?.type ?? row.type ?? 'other'] ?? inv?.type ?? null), id(row.code), id(row.number), text(row.date), text(inv?.currency),
      money(row.amount), money(row.tax_amount), money(row.total_amount),
      text(row.seller_name), id(inv?.seller.taxId), id(inv?.seller.account), text(row.buyer_name), id(inv?.buyer.taxId), id(inv?.buyer.account), id(inv?.checkCode),
      text(STATUSES[lang][status]), first ? text(`${first.number ?? ''} ${first.file_name}`.trim()) : null, text(inv?.remarks),
    ];
  });
  return { header: HEADERS[lang], lines };
}

/** A field as CSV: quoted when it must be; a text that a spreadsheet would run as a formula gets a leading '. */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  if ('money' in cell) return cell.money.toFixed(2);
  if ('id' in cell) return `"=""${cell.id.replace(/"/g, '""""')}"""`;
  return csvCell(cell.text);
}

export function toCsv(header: string[], lines: Cell[][]): string {
  const head = header.map((h) => csvField({ text: h })).join(',');
  return `\ufeff${[head, ...lines.map((l) => l.map(csvField).join(','))].join('\r\n')}\r\n`;
}

const xml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
const column = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : column(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

function xlsxCell(cell: Cell, ref: string): string {
  if (cell === null) return '';
  if ('money' in cell) return `<c r="${ref}" s="1"><v>${cell.money}</v></c>`;
  const value = 'id' in cell ? cell.id : cell.text;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
}

export function toXlsx(header: string[], lines: Cell[][]): Uint8Array {
  const rows = [header.map((h): Cell => ({ text: h })), ...lines]
    .map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => xlsxCell(c, `${column(i)}${r + 1}`)).join('')}</row>`)
    .join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${rows}</sheetData></worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="invoices" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    // Style 1: amounts with two decimals (built-in number format 2, "0.00").
    'xl/styles.xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'),
  });
}
