/**
 * Chinese structured invoice XML → Invoice (fieldSources 'xml'):
 * - the issuer XML inside a classic e-invoice OFD (eInvoice, namespace fp:, Doc_0/Attachs/original_invoice.xml);
 * - the standalone 数电 XML (EInvoice: Header/EIid, TaxSupervisionInfo/InvoiceNumber, BasicInformation,
 *   SellerInformation, BuyerInformation, IssuItemInformation…).
 * Elements are looked up by name anywhere below the root, so nesting differences between issuers and
 * schema versions do not matter.
 */
import { InvoicectlError } from '../../core/errors.js';
import { parseTaxRate } from '../amounts.js';
import { splitAddressPhone, splitBankAccount, cleanWords } from './party-cells.js';
import { parseDate } from '../dates.js';
import { markRedLetter } from '../credit-note.js';
import { emptyInvoice, emptyLineItem, markSources, type Invoice, type InvoiceType, type LineItem } from '../model.js';
import { parseInvoiceQr } from './qr.js';
import { asArray, num, parseXml, text, type XmlNode } from '../xml.js';

/** Depth-first: the first element called `name` below `node`. */
function find(node: unknown, name: string): unknown {
  if (node == null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const r = find(n, name);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  const obj = node as XmlNode;
  if (name in obj) return obj[name];
  for (const [k, v] of Object.entries(obj)) {
    if (k.startsWith('@') || k === '#text') continue;
    const r = find(v, name);
    if (r !== undefined) return r;
  }
  return undefined;
}

function str(node: unknown, ...names: string[]): string | null {
  for (const n of names) {
    const v = text(find(node, n));
    if (v) return v;
  }
  return null;
}

function amount(node: unknown, ...names: string[]): number | null {
  for (const n of names) {
    const v = num(find(node, n));
    if (v !== null) return v;
  }
  return null;
}

/** Type from the last digits of a 12-digit classic code: …11 电子普票, …12 通行费, …13 电子专票. */
function typeFromCode(code: string | null): InvoiceType {
  if (!code) return 'other';
  if (/13$/.test(code) && code.length === 12) return 'vat_special';
  if (/12$/.test(code) && code.length === 12) return 'toll';
  return 'vat_normal';
}

function typeFromLabel(label: string | null): InvoiceType | null {
  if (!label) return null;
  if (/航空/.test(label)) return 'flight';
  if (/铁路/.test(label)) return 'train';
  if (/通行费/.test(label)) return 'toll';
  if (/专用/.test(label)) return 'vat_special';
  if (/普通/.test(label)) return 'vat_normal';
  return null;
}

export function isChineseInvoiceXml(xml: string): boolean {
  return /<(?:\w+:)?(?:eInvoice|EInvoice)[\s>]/.test(xml.slice(0, 4000)) || /edrm\.org\.cn\/schema\/e-invoice/.test(xml.slice(0, 4000));
}

function classicItems(root: unknown): LineItem[] {
  return asArray(find(root, 'GoodsInfo')).map((g) => {
    const item = emptyLineItem(str(g, 'Item') ?? '');
    item.spec = str(g, 'Specification');
    item.unit = str(g, 'MeasurementDimension');
    item.quantity = amount(g, 'Quantity');
    item.unitPrice = amount(g, 'Price');
    item.amount = amount(g, 'Amount');
    item.taxRate = parseTaxRate(str(g, 'TaxScheme'));
    item.taxAmount = amount(g, 'TaxAmount');
    return item;
  });
}

function digitalItems(root: unknown): LineItem[] {
  return asArray(find(root, 'IssuItemInformation')).map((g) => {
    const item = emptyLineItem(str(g, 'ItemName') ?? '');
    item.spec = str(g, 'SpecMod');
    item.unit = str(g, 'MeaUnits');
    item.quantity = amount(g, 'Quantity');
    item.unitPrice = amount(g, 'UnPrice');
    item.amount = amount(g, 'Amount');
    item.taxRate = parseTaxRate(str(g, 'TaxRate'));
    item.taxAmount = amount(g, 'ComTaxAm');
    return item;
  });
}

/** Parses the issuer XML of a Chinese e-invoice. XML_CORRUPT when malformed, EXTRACTION_FAILED when foreign. */
export function parseChineseInvoiceXml(xml: string | Uint8Array): Invoice {
  const tree = parseXml(xml);
  const root = (tree.eInvoice ?? tree.EInvoice) as XmlNode | undefined;
  if (!root) throw new InvoicectlError('EXTRACTION_FAILED', 'not a Chinese e-invoice XML (no eInvoice / EInvoice root)');
  const inv = emptyInvoice('CNY');

  if (find(root, 'InvoiceNo') !== undefined || find(root, 'GoodsInfos') !== undefined) {
    // Classic e-invoice (增值税电子普通/专用发票) issuer XML.
    inv.code = str(root, 'InvoiceCode');
    inv.number = str(root, 'InvoiceNo');
    inv.date = parseDate(str(root, 'IssueDate'));
    inv.checkCode = str(root, 'InvoiceCheckCode')?.replace(/\s+/g, '') ?? null;
    inv.amount = amount(root, 'TaxExclusiveTotalAmount');
    inv.taxAmount = amount(root, 'TaxTotalAmount');
    inv.totalAmount = amount(root, 'TaxInclusiveTotalAmount');
    inv.seller = {
      name: str(root, 'SellerName'), taxId: str(root, 'SellerTaxID'),
      ...splitAddressPhone(str(root, 'SellerAddrTel')), ...splitBankAccount(str(root, 'SellerFinancialAccount')),
    };
    inv.buyer = {
      name: str(root, 'BuyerName'), taxId: str(root, 'BuyerTaxID'),
      ...splitAddressPhone(str(root, 'BuyerAddrTel')), ...splitBankAccount(str(root, 'BuyerFinancialAccount')),
    };
    inv.items = classicItems(root);
    inv.remarks = str(root, 'Note');
    const qr = parseInvoiceQr(str(root, 'GraphCode') ?? '');
    inv.type = qr && qr.type !== 'other' ? qr.type : typeFromCode(inv.code);
  } else {
    // 数电 (fully digital) invoice XML.
    inv.number = str(root, 'EIid', 'InvoiceNumber');
    inv.date = parseDate(str(root, 'IssueTime', 'RequestTime'));
    inv.amount = amount(root, 'TotalAmWithoutTax');
    inv.taxAmount = amount(root, 'TotalTaxAm');
    inv.totalAmount = amount(root, 'TotalTax-includedAmount', 'TotalTaxIncludedAmount');
    inv.totalInWords = cleanWords(str(root, 'TotalTax-includedAmountInChinese', 'TotalTaxIncludedAmountInChinese'));
    const seller = find(root, 'SellerInformation');
    const buyer = find(root, 'BuyerInformation');
    inv.seller = {
      name: str(seller, 'SellerName'), taxId: str(seller, 'SellerIdNum'), address: str(seller, 'SellerAddr'),
      phone: str(seller, 'SellerTelNum'), bank: str(seller, 'SellerBankName'), account: str(seller, 'SellerBankAccNum'),
    };
    inv.buyer = {
      name: str(buyer, 'BuyerName'), taxId: str(buyer, 'BuyerIdNum'), address: str(buyer, 'BuyerAddr'),
      phone: str(buyer, 'BuyerTelNum'), bank: str(buyer, 'BuyerBankName'), account: str(buyer, 'BuyerBankAccNum'),
    };
    inv.items = digitalItems(root);
    inv.remarks = str(root, 'Remark', 'Note');
    inv.type = typeFromLabel(str(root, 'LabelName', 'InvoiceTypeName')) ?? 'vat_normal';
  }
  markSources(inv, 'xml');
  markRedLetter(inv, 'xml');
  inv.fieldSources!.currency = 'xml';
  return inv;
}
