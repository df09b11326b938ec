/**
 * OFD invoice metadata → Invoice (fieldSources 'ofd'). Issuers name the fields in OFD.xml CustomData
 * (Chinese: 发票代码, 合计金额…) and in Doc_0/Tags/CustomTag.xml (English: InvoiceCode,
 * TaxExclusiveTotalAmount…); the OFD reader resolves both to plain name → text pairs.
 */
import { parseAmount, parseTaxRate } from '../amounts.js';
import { cleanWords, splitAddressPhone, splitBankAccount } from './party-cells.js';
import { parseDate } from '../dates.js';
import { markRedLetter } from '../credit-note.js';
import { emptyInvoice, emptyLineItem, markSources, type Invoice } from '../model.js';

/** Field name (either language, case-insensitive) → our field. */
const FIELD_NAMES: Record<string, string> = {
  发票代码: 'code', invoicecode: 'code',
  发票号码: 'number', invoiceno: 'number', invoicenumber: 'number', eiid: 'number',
  开票日期: 'date', issuedate: 'date', issuetime: 'date',
  校验码: 'checkCode', invoicecheckcode: 'checkCode', checkcode: 'checkCode',
  合计金额: 'amount', taxexclusivetotalamount: 'amount', totalamwithouttax: 'amount',
  合计税额: 'taxAmount', taxtotalamount: 'taxAmount', totaltaxam: 'taxAmount',
  价税合计: 'totalAmount', 价税合计小写: 'totalAmount', taxinclusivetotalamount: 'totalAmount', 'totaltax-includedamount': 'totalAmount',
  价税合计大写: 'totalInWords',
  购买方名称: 'buyer.name', buyername: 'buyer.name',
  购买方纳税人识别号: 'buyer.taxId', buyertaxid: 'buyer.taxId', buyeridnum: 'buyer.taxId',
  购买方地址电话: 'buyer.addrTel', buyeraddrtel: 'buyer.addrTel',
  购买方开户行及账号: 'buyer.bankAccount', buyerfinancialaccount: 'buyer.bankAccount',
  销售方名称: 'seller.name', sellername: 'seller.name',
  销售方纳税人识别号: 'seller.taxId', sellertaxid: 'seller.taxId', selleridnum: 'seller.taxId',
  销售方地址电话: 'seller.addrTel', selleraddrtel: 'seller.addrTel',
  销售方开户行及账号: 'seller.bankAccount', sellerfinancialaccount: 'seller.bankAccount',
  备注: 'remarks', note: 'remarks',
  // A single-line CustomTag item table (multi-line tables are read from the page or the XML).
  item: 'item.name', 货物或应税劳务名称: 'item.name', 项目名称: 'item.name',
  specification: 'item.spec', 规格型号: 'item.spec',
  measurementdimension: 'item.unit', 单位: 'item.unit',
  quantity: 'item.quantity', 数量: 'item.quantity',
  price: 'item.unitPrice', 单价: 'item.unitPrice',
  'item.amount': 'item.amount', 金额: 'item.amount',
  taxscheme: 'item.taxRate', 税率: 'item.taxRate',
  'item.taxamount': 'item.taxAmount', 税额: 'item.taxAmount',
};

function fieldFor(name: string): string | undefined {
  const key = name.replace(/[\s（）()、:：]/g, '');
  const f = FIELD_NAMES[key] ?? FIELD_NAMES[key.toLowerCase()];
  if (f) return f;
  // CustomTag uses bare "Amount"/"TaxAmount" for the line (the totals have their own names).
  if (/^amount$/i.test(key)) return 'item.amount';
  if (/^taxamount$/i.test(key)) return 'item.taxAmount';
  return undefined;
}

export function invoiceFromOfdFields(fields: Record<string, string>): Invoice {
  const inv = emptyInvoice('CNY');
  const item = emptyLineItem();
  let hasItem = false;
  for (const [name, raw] of Object.entries(fields)) {
    const value = (raw ?? '').trim();
    const field = fieldFor(name);
    if (!field || !value) continue;
    switch (field) {
      case 'code': case 'number': case 'checkCode':
        inv[field] ??= value.replace(/\s+/g, '');
        break;
      case 'date':
        inv.date ??= parseDate(value);
        break;
      case 'amount': case 'taxAmount': case 'totalAmount':
        inv[field] ??= parseAmount(value);
        break;
      case 'totalInWords':
        inv.totalInWords ??= cleanWords(value);
        break;
      case 'remarks':
        inv.remarks ??= value;
        break;
      case 'buyer.name': case 'seller.name': case 'buyer.taxId': case 'seller.taxId': {
        const [who, f] = field.split('.') as ['buyer' | 'seller', 'name' | 'taxId'];
        inv[who][f] ??= value;
        break;
      }
      case 'buyer.addrTel': case 'seller.addrTel': {
        const who = field.split('.')[0] as 'buyer' | 'seller';
        const { address, phone } = splitAddressPhone(value);
        inv[who].address ??= address;
        inv[who].phone ??= phone;
        break;
      }
      case 'buyer.bankAccount': case 'seller.bankAccount': {
        const who = field.split('.')[0] as 'buyer' | 'seller';
        const { bank, account } = splitBankAccount(value);
        inv[who].bank ??= bank;
        inv[who].account ??= account;
        break;
      }
      default: {
        hasItem = true;
        const f = field.slice(5) as 'name' | 'spec' | 'unit' | 'quantity' | 'unitPrice' | 'amount' | 'taxRate' | 'taxAmount';
        if (f === 'name' || f === 'spec' || f === 'unit') item[f] = value;
        else if (f === 'taxRate') item.taxRate = parseTaxRate(value);
        else item[f] = parseAmount(value);
      }
    }
  }
  if (hasItem && item.name) inv.items = [item];
  if (inv.code) inv.type = /13$/.test(inv.code) ? 'vat_special' : /12$/.test(inv.code) ? 'toll' : 'vat_normal';
  markSources(inv, 'ofd');
  markRedLetter(inv, 'ofd');
  return inv;
}
