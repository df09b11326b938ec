/**
 * The invoice model (docs/invoice-model.md) → the EN 16931 terms a writer needs, with the values a
 * user gave with `--set BT-n=value` taking precedence. What a target requires and the invoice lacks is
 * refused naming the business term and the --set that would supply it; nothing is invented.
 */
import { InvoicectlError } from '../../core/errors.js';
import type { Invoice } from '../../invoice/model.js';

export type Target = 'xrechnung' | 'ubl' | 'cii' | 'facturx';

export interface WriteLine {
  id: string;
  name: string;
  quantity: number;
  unit: string;
  price: number;
  net: number;
  category: string;
  rate: number; // percent
}

export interface WriteVat {
  category: string;
  rate: number; // percent
  taxable: number;
  tax: number;
  exemptionReason: string | null;
}

export interface WriteParty {
  name: string;
  vatId: string | null;
  /** BT-32: a tax number without a country prefix (a German Steuernummer, a Chinese 纳税人识别号). */
  taxRegId: string | null;
  street: string | null;
  city: string | null;
  postcode: string | null;
  country: string;
  electronicAddress: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
}

export interface WriteTerms {
  customization: string;
  profile: string | null;
  number: string;
  issueDate: string;
  typeCode: string;
  currency: string;
  dueDate: string | null;
  buyerReference: string | null;
  orderReference: string | null;
  paymentTerms: string | null;
  note: string | null;
  seller: WriteParty;
  buyer: WriteParty;
  payment: { code: string; iban: string | null; bic: string | null } | null;
  lines: WriteLine[];
  vat: WriteVat[];
  lineTotal: number;
  allowanceTotal: number;
  chargeTotal: number;
  taxExclusive: number;
  taxTotal: number;
  taxInclusive: number;
  prepaid: number;
  payable: number;
  /** Document-level allowances (negative model items without quantity) and charges. */
  allowancesCharges: { charge: boolean; amount: number; reason: string; category: string; rate: number }[];
}

export const CUSTOMIZATION: Record<Target, string> = {
  xrechnung: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
  ubl: 'urn:cen.eu:en16931:2017',
  cii: 'urn:cen.eu:en16931:2017',
  facturx: 'urn:cen.eu:en16931:2017',
};

const r2 = (x: number) => Math.round(x * 100) / 100;
const pct = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 10000) / 100);

/** "Hauptstr. 1, 10115 Berlin, DE" → its parts, as the XML readers join them. */
function splitAddress(address: string | null): { street: string | null; postcode: string | null; city: string | null; country: string | null } {
  const parts = (address ?? '').split(/,\s*/).filter(Boolean);
  const country = parts.length && /^[A-Z]{2}$/.test(parts.at(-1)!) ? parts.pop()! : null;
  const cityIndex = parts.findIndex((p) => /^\d{4,5}\s+\S/.test(p) || /^[A-Z]{1,2}-?\d{4,5}\s+\S/.test(p));
  const cityPart = cityIndex >= 0 ? parts[cityIndex] : null;
  const m = cityPart?.match(/^([A-Z]{0,2}-?\d{4,5})\s+(.+)$/);
  return { street: (cityIndex > 0 ? parts[0] : cityIndex < 0 ? (parts[0] ?? null) : null) ?? null, postcode: m?.[1] ?? null, city: m?.[2] ?? null, country };
}

export function termsFromInvoice(inv: Invoice, target: Target, set: Record<string, string> = {}): WriteTerms {
  const missing: string[] = [];
  const need = <T>(bt: string, label: string, value: T | null | undefined): T => {
    const given = set[bt];
    if (given !== undefined) return given as unknown as T;
    if (value === null || value === undefined || value === '') missing.push(`${bt} ${label}`);
    return value as T;
  };
  const opt = (bt: string, value: string | null | undefined) => set[bt] ?? value ?? null;
  const e = inv.einvoice;

  const party = (who: 'seller' | 'buyer'): WriteParty => {
    const p = inv[who];
    const a = splitAddress(p.address);
    const bt = who === 'seller' ? { name: 'BT-27', vat: 'BT-31', street: 'BT-35', city: 'BT-37', post: 'BT-38', country: 'BT-40', addr: 'BT-34', contact: 'BT-41', phone: 'BT-42', email: 'BT-43' } : { name: 'BT-44', vat: 'BT-48', street: 'BT-50', city: 'BT-52', post: 'BT-53', country: 'BT-55', addr: 'BT-49', contact: 'BT-56', phone: 'BT-57', email: 'BT-58' };
    // A VAT id starts with its country's code (BR-CO-9), which names the country when the address does
    // not; another tax number is the tax registration identifier.
    const taxId = opt(bt.vat, p.taxId?.replace(/\s+/g, '') ?? null);
    const vat = taxId && /^[A-Z]{2}[A-Z0-9]/.test(taxId) ? taxId : null;
    const country = a.country ?? (vat ? vat.slice(0, 2).replace('EL', 'GR') : null);
    return {
      name: need(bt.name, `${who} name`, p.name),
      vatId: vat,
      taxRegId: taxId && !vat ? taxId : null,
      street: opt(bt.street, a.street),
      city: target === 'xrechnung' ? need(bt.city, `${who} city`, a.city) : opt(bt.city, a.city),
      postcode: target === 'xrechnung' ? need(bt.post, `${who} post code`, a.postcode) : opt(bt.post, a.postcode),
      country: need(bt.country, `${who} country code`, country),
      electronicAddress: opt(bt.addr, null),
      contactName: target === 'xrechnung' && who === 'seller' ? need(bt.contact, 'seller contact point', p.name) : opt(bt.contact, null),
      phone: target === 'xrechnung' && who === 'seller' ? need(bt.phone, 'seller contact telephone number', p.phone) : opt(bt.phone, p.phone),
      email: target === 'xrechnung' && who === 'seller' ? need(bt.email, 'seller contact email address', null) : opt(bt.email, null),
    };
  };

  const number = need('BT-1', 'invoice number', inv.number);
  const issueDate = need('BT-2', 'invoice issue date', inv.date);
  const currency = need('BT-5', 'invoice currency code', inv.currency);
  const seller = party('seller');
  const buyer = party('buyer');
  const buyerReference = target === 'xrechnung' ? need('BT-10', 'buyer reference (Leitweg-ID)', e?.buyerReference) : opt('BT-10', e?.buyerReference);

  // Lines: the model's items with a quantity or a price; negative ones without are document allowances.
  const lines: WriteLine[] = [];
  const allowancesCharges: WriteTerms['allowancesCharges'] = [];
  // A line without a rate takes the invoice's one rate when its totals state one exactly (net × r % = tax
  // to the cent, r in whole hundredths of a percent); otherwise --set BT-152 must say it.
  const single = inv.amount && inv.taxAmount !== null ? Math.round((inv.taxAmount / inv.amount) * 10000) / 100 : null;
  const invoiceRate = single !== null && Math.abs(r2((inv.amount! * single) / 100) - inv.taxAmount!) < 0.005 ? single : null;
  const rateOf = (taxRate: number | null) => (set['BT-152'] !== undefined ? Number(set['BT-152']) : (pct(taxRate) ?? invoiceRate));
  for (const item of inv.items) {
    if (item.amount === null) continue;
    const rate = rateOf(item.taxRate);
    if (rate === null) missing.push(`BT-152 VAT rate of the line "${item.name}"`);
    const category = rate === null || rate > 0 ? 'S' : 'Z';
    if (item.quantity === null && item.unitPrice === null && lines.length) {
      allowancesCharges.push({ charge: item.amount > 0, amount: r2(Math.abs(item.amount)), reason: item.name || (item.amount > 0 ? 'Charge' : 'Allowance'), category, rate: rate ?? 0 });
      continue;
    }
    const quantity = item.quantity ?? 1;
    lines.push({ id: String(lines.length + 1), name: item.name || 'Item', quantity, unit: item.unit && /^[A-Z0-9]{2,3}$/.test(item.unit) ? item.unit : 'C62', price: item.unitPrice ?? r2(item.amount / quantity), net: r2(item.amount), category, rate: rate ?? 0 });
  }
  if (!lines.length) missing.push('BG-25 invoice lines (the invoice has no items)');
  const dueDate = opt('BT-9', inv.dueDate);
  const paymentTerms = opt('BT-20', e?.paymentTerms);
  if (!dueDate && !paymentTerms && (inv.totalAmount ?? 0) > 0) missing.push('BT-9 payment due date (or BT-20 payment terms)');
  if (missing.length) {
    const hint = missing.map((m) => m.split(' ')[0]).filter((bt) => /^BT-/.test(bt)).map((bt) => `--set ${bt}=…`);
    throw new InvoicectlError('CONVERSION_FAILED', `the invoice lacks what ${target} requires: ${missing.join('; ')}${hint.length ? ` (give it with ${hint.join(' ')})` : ''}`, { missing });
  }

  // VAT breakdown per category and rate, from the lines and document allowances / charges.
  const groups = new Map<string, WriteVat>();
  const add = (category: string, rate: number, amount: number) => {
    const key = `${category}/${rate}`;
    const g = groups.get(key) ?? { category, rate, taxable: 0, tax: 0, exemptionReason: null };
    g.taxable = r2(g.taxable + amount);
    groups.set(key, g);
  };
  for (const l of lines) add(l.category, l.rate, l.net);
  for (const a of allowancesCharges) add(a.category, a.rate, a.charge ? a.amount : -a.amount);
  const vat = [...groups.values()].map((g) => ({ ...g, tax: r2((g.taxable * g.rate) / 100) }));
  // One VAT group: its tax is the invoice's own when that lies within the unit EN 16931 allows for
  // rounding (BR-CO-17); issuers round per line, and the written total must be what the invoice says.
  if (vat.length === 1 && inv.taxAmount !== null && Math.abs(vat[0].tax - inv.taxAmount) < 1) vat[0].tax = r2(inv.taxAmount);
  const lineTotal = r2(lines.reduce((s, l) => s + l.net, 0));
  const allowanceTotal = r2(allowancesCharges.filter((a) => !a.charge).reduce((s, a) => s + a.amount, 0));
  const chargeTotal = r2(allowancesCharges.filter((a) => a.charge).reduce((s, a) => s + a.amount, 0));
  const taxExclusive = r2(lineTotal - allowanceTotal + chargeTotal);
  const taxTotal = r2(vat.reduce((s, g) => s + g.tax, 0));
  const taxInclusive = r2(taxExclusive + taxTotal);
  // The written totals come from the lines; an invoice whose own totals say otherwise is refused, not rewritten.
  const disagree = ([['net amount (BT-109)', inv.amount, taxExclusive], ['VAT total (BT-110)', inv.taxAmount, taxTotal], ['gross total (BT-112)', inv.totalAmount, taxInclusive]] as const)
    .filter(([, own, computed]) => own !== null && Math.abs(own - computed) > 0.01 * Math.max(1, lines.length) + 1e-9)
    .map(([label, own, computed]) => `${label} ${own!.toFixed(2)} ≠ ${computed.toFixed(2)} from the lines`);
  if (disagree.length) throw new InvoicectlError('CONVERSION_FAILED', `the invoice's totals disagree with its lines: ${disagree.join('; ')}`);
  const prepaid = e?.prepaidAmount ?? 0;
  const account = e?.paymentMeans.find((m) => m.account) ?? null;
  const iban = set['BT-84'] ?? account?.account ?? inv.seller.account ?? null;
  return {
    customization: set['BT-24'] ?? CUSTOMIZATION[target],
    profile: opt('BT-23', target === 'xrechnung' ? 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0' : null),
    number,
    issueDate,
    typeCode: set['BT-3'] ?? e?.typeCode ?? (inv.documentType === 'credit_note' ? '381' : '380'),
    currency,
    dueDate,
    buyerReference,
    orderReference: opt('BT-13', e?.orderReference),
    paymentTerms,
    note: inv.remarks,
    seller,
    buyer,
    payment: iban ? { code: set['BT-81'] ?? account?.code ?? '58', iban: iban.replace(/\s+/g, ''), bic: set['BT-86'] ?? account?.bic ?? null } : set['BT-81'] ? { code: set['BT-81'], iban: null, bic: null } : null,
    lines,
    vat,
    lineTotal,
    allowanceTotal,
    chargeTotal,
    taxExclusive,
    taxTotal,
    taxInclusive,
    prepaid,
    payable: r2(taxInclusive - prepaid),
    allowancesCharges,
  };
}
