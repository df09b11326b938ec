/**
 * The XRechnung CIUS rules (BR-DE-*, KoSIT xrechnung-schematron, XRechnung 3.0). Messages in English;
 * the rule ids are KoSIT's.
 */
import { isValidIban } from '../iban.js';
import type { RuleGroup } from './types.js';

const TYPE_CODES = new Set(['326', '380', '384', '381', '389', '875', '876', '877']);
const CREDIT_TRANSFER = new Set(['30', '58']);
const CARD = new Set(['48', '54', '55']);
const DIRECT_DEBIT = new Set(['59']);
/** XRechnung 3.0: the CIUS identifier, which the extension's identifier starts with too. */
const SPECIFICATION = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
const SKONTO_LINE = /^#(SKONTO|VERZUG)#TAGE=([0-9]+)#PROZENT=[0-9]+\.[0-9]{2}(#BASISBETRAG=-?[0-9]+\.[0-9]{2})?#$/;

export const xrechnungRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  const root = inv.rootXpath;
  const need = (rule: string, present: unknown, message: string, where = root, severity: 'fatal' | 'warning' = 'fatal') => {
    if (!present) ctx.report(rule, severity, message, where);
  };
  if (inv.customization && !inv.customization.text.startsWith(SPECIFICATION)) ctx.report('BR-DE-21', 'warning', 'The element "Specification identifier" (BT-24) should syntactically correspond to the identifier of the XRechnung standard.', inv.customization.xpath);
  const filenames = new Set<string>();
  for (const d of inv.documents) {
    if (d.filename === null) continue;
    if (filenames.has(d.filename)) ctx.report('BR-DE-22', 'fatal', 'The "filename" attribute of all attached documents (BT-125) must be unique.', d.xpath);
    filenames.add(d.filename);
  }
  need('BR-DE-1', inv.paymentMeans.length, 'An invoice must contain PAYMENT INSTRUCTIONS (BG-16).');
  const seller = inv.seller;
  need('BR-DE-2', seller?.contact, 'The group SELLER CONTACT (BG-6) must be transmitted.', seller?.xpath ?? root);
  if (seller?.address) {
    need('BR-DE-3', seller.address.city, 'The element "Seller city" (BT-37) must be transmitted.', seller.address.xpath);
    need('BR-DE-4', seller.address.postcode, 'The element "Seller post code" (BT-38) must be transmitted.', seller.address.xpath);
  }
  if (seller?.contact) {
    need('BR-DE-5', seller.contact.name, 'The element "Seller contact point" (BT-41) must be transmitted.', seller.contact.xpath);
    need('BR-DE-6', seller.contact.phone, 'The element "Seller contact telephone number" (BT-42) must be transmitted.', seller.contact.xpath);
    need('BR-DE-7', seller.contact.email, 'The element "Seller contact email address" (BT-43) must be transmitted.', seller.contact.xpath);
    const phone = seller.contact.phone?.text;
    if (phone && (phone.match(/\d/g)?.length ?? 0) < 3) ctx.report('BR-DE-27', 'warning', 'The element "Seller contact telephone number" (BT-42) should contain at least three digits.', seller.contact.phone!.xpath);
    const email = seller.contact.email?.text;
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) ctx.report('BR-DE-28', 'warning', 'The element "Seller contact email address" (BT-43) should contain exactly one @, no spaces, and a dot after it.', seller.contact.email!.xpath);
  }
  const buyer = inv.buyer;
  if (buyer?.address) {
    need('BR-DE-8', buyer.address.city, 'The element "Buyer city" (BT-52) must be transmitted.', buyer.address.xpath);
    need('BR-DE-9', buyer.address.postcode, 'The element "Buyer post code" (BT-53) must be transmitted.', buyer.address.xpath);
  }
  if (inv.deliverTo) {
    need('BR-DE-10', inv.deliverTo.city, 'The element "Deliver to city" (BT-77) must be transmitted if the group "DELIVER TO ADDRESS" (BG-15) is delivered.', inv.deliverTo.xpath);
    need('BR-DE-11', inv.deliverTo.postcode, 'The element "Deliver to post code" (BT-78) must be transmitted if the group "DELIVER TO ADDRESS" (BG-15) is delivered.', inv.deliverTo.xpath);
  }
  for (const b of inv.vat) need('BR-DE-14', b.rate, 'The element "VAT category rate" (BT-119) must be transmitted.', b.xpath);
  need('BR-DE-15', inv.buyerReference, 'The element "Buyer reference" (BT-10) must be transmitted.');
  need('BR-DE-16', seller?.vatId || seller?.taxRegId || inv.taxRepresentative, 'At least one of "Seller VAT identifier" (BT-31), "Seller tax registration identifier" (BT-32) or SELLER TAX REPRESENTATIVE PARTY (BG-11) must be transmitted.', seller?.xpath ?? root);
  if (inv.typeCode && !TYPE_CODES.has(inv.typeCode.text)) ctx.report('BR-DE-17', 'warning', 'The "Invoice type code" (BT-3) should only be one of the UNTDID 1001 codes 326 (Partial invoice), 380 (Commercial invoice), 384 (Corrected invoice), 389 (Self-billed invoice), 381 (Credit note), 875, 876, 877 (partial construction invoices).', inv.typeCode.xpath);
  // Payment terms lines that start with # are Skonto / Verzug instructions in the agreed form.
  for (const l of (inv.paymentTerms?.text ?? '').split(/\r?\n/)) {
    const s = l.trim();
    if (s.startsWith('#') && !SKONTO_LINE.test(s)) {
      ctx.report('BR-DE-18', 'fatal', 'Skonto or late-payment interest must be given in "Payment terms" (BT-20) one per line as #SKONTO# or #VERZUG#, then #TAGE=n#, #PROZENT=n.nn# and optionally #BASISBETRAG=n.nn#, ending with #.', inv.paymentTerms!.xpath);
      break;
    }
  }
  for (const m of inv.paymentMeans) {
    const code = m.code?.text ?? '';
    if (code === '58' && m.account && !isValidIban(m.account.text)) ctx.report('BR-DE-19', 'warning', '"Payment account identifier" (BT-84) should be a correct IBAN when the payment means is SEPA credit transfer (58).', m.account.xpath);
    if (code === '59' && m.debitedAccount && !isValidIban(m.debitedAccount.text)) ctx.report('BR-DE-20', 'warning', '"Debited account identifier" (BT-91) should be a correct IBAN when the payment means is SEPA direct debit (59).', m.debitedAccount.xpath);
    // -a: the group the payment means needs is there; -b: the groups of the other two means are not.
    const transfer = m.creditTransferXpath !== null;
    const card = m.cardXpath !== null;
    const debit = m.directDebitWritten;
    if (CREDIT_TRANSFER.has(code)) {
      need('BR-DE-23-a', m.account, 'If "Payment means type code" (BT-81) is a credit transfer (30, 58), CREDIT TRANSFER (BG-17) must be transmitted.', m.xpath);
      need('BR-DE-23-b', !card && !debit, 'If "Payment means type code" (BT-81) is a credit transfer (30, 58), BG-18 and BG-19 must not be transmitted.', m.xpath);
    }
    if (CARD.has(code)) {
      need('BR-DE-24-a', m.cardPan, 'If "Payment means type code" (BT-81) is a card payment (48, 54, 55), PAYMENT CARD INFORMATION (BG-18) must be transmitted.', m.xpath);
      need('BR-DE-24-b', !transfer && !debit, 'If "Payment means type code" (BT-81) is a card payment (48, 54, 55), BG-17 and BG-19 must not be transmitted.', m.xpath);
    }
    if (DIRECT_DEBIT.has(code)) {
      need('BR-DE-25-a', m.mandate || m.debitedAccount, 'If "Payment means type code" (BT-81) is SEPA direct debit (59), DIRECT DEBIT (BG-19) must be transmitted.', m.xpath);
      need('BR-DE-25-b', !transfer && !card, 'If "Payment means type code" (BT-81) is SEPA direct debit (59), BG-17 and BG-18 must not be transmitted.', m.xpath);
    }
  }
  // BG-19 is written with all three of its terms or not at all.
  const debit = inv.paymentMeans.find((m) => m.directDebitWritten);
  if (debit) {
    need('BR-DE-29', inv.paymentMeans.some((m) => m.mandate), 'If DIRECT DEBIT (BG-19) is transmitted, "Mandate reference identifier" (BT-89) must be transmitted.', debit.xpath);
    need('BR-DE-30', inv.creditorId, 'If DIRECT DEBIT (BG-19) is transmitted, "Bank assigned creditor identifier" (BT-90) must be transmitted.', debit.xpath);
    need('BR-DE-31', inv.paymentMeans.some((m) => m.debitedAccount), 'If DIRECT DEBIT (BG-19) is transmitted, "Debited account identifier" (BT-91) must be transmitted.', debit.xpath);
  }
  if (inv.typeCode?.text === '384' && !inv.precedingInvoices.length) ctx.report('BR-DE-26', 'warning', 'If "Invoice type code" (BT-3) is 384 (Corrected invoice), PRECEDING INVOICE REFERENCE (BG-3) should be transmitted at least once.', inv.typeCode.xpath);
};
