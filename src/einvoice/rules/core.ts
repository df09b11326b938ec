/**
 * EN 16931 core rules on presence and cardinality (BR-01 … BR-65), from the rule texts of
 * EN 16931-1 and the CEN/TC 434 schematron. All are fatal. BR-CO-21 … -24 test what BR-33, -38, -42 and
 * -44 test (a reason or a reason code); the schematron asserts both ids, and so do we.
 */
import type { RuleGroup } from './types.js';

export const coreRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  const root = inv.rootXpath;
  const need = (rule: string, present: unknown, message: string, where = root) => {
    if (!present) ctx.report(rule, 'fatal', message, where);
  };
  need('BR-01', inv.customization, 'An Invoice shall have a Specification identifier (BT-24).');
  need('BR-02', inv.number, 'An Invoice shall have an Invoice number (BT-1).');
  need('BR-03', inv.issueDate, 'An Invoice shall have an Invoice issue date (BT-2).');
  need('BR-04', inv.typeCode, 'An Invoice shall have an Invoice type code (BT-3).');
  need('BR-05', inv.currency, 'An Invoice shall have an Invoice currency code (BT-5).');
  need('BR-06', inv.seller?.name, 'An Invoice shall contain the Seller name (BT-27).', inv.seller?.xpath ?? root);
  need('BR-07', inv.buyer?.name, 'An Invoice shall contain the Buyer name (BT-44).', inv.buyer?.xpath ?? root);
  need('BR-08', inv.seller?.address, 'An Invoice shall contain the Seller postal address (BG-5).', inv.seller?.xpath ?? root);
  if (inv.seller?.address) need('BR-09', inv.seller.address.country, 'The Seller postal address (BG-5) shall contain a Seller country code (BT-40).', inv.seller.address.xpath);
  if (!ctx.minimum) need('BR-10', inv.buyer?.address, 'An Invoice shall contain the Buyer postal address (BG-8).', inv.buyer?.xpath ?? root);
  if (inv.buyer?.address) need('BR-11', inv.buyer.address.country, 'The Buyer postal address shall contain a Buyer country code (BT-55).', inv.buyer.address.xpath);
  const t = inv.totals;
  if (!ctx.withoutLines) need('BR-12', t.lineTotal, 'An Invoice shall have the Sum of Invoice line net amount (BT-106).', t.xpath);
  need('BR-13', t.taxExclusive, 'An Invoice shall have the Invoice total amount without VAT (BT-109).', t.xpath);
  need('BR-14', t.taxInclusive, 'An Invoice shall have the Invoice total amount with VAT (BT-112).', t.xpath);
  need('BR-15', t.payable, 'An Invoice shall have the Amount due for payment (BT-115).', t.xpath);
  if (!ctx.withoutLines) need('BR-16', inv.lines.length, 'An Invoice shall have at least one Invoice line (BG-25).');
  if (inv.payee) need('BR-17', inv.payee.name, 'The Payee name (BT-59) shall be provided in the Invoice, if the Payee (BG-10) is different from the Seller (BG-4).', inv.payee.xpath);
  const rep = inv.taxRepresentative;
  if (rep) {
    need('BR-18', rep.name, 'The Seller tax representative name (BT-62) shall be provided in the Invoice, if the Seller (BG-4) has a Seller tax representative party (BG-11).', rep.xpath);
    need('BR-19', rep.address, 'The Seller tax representative postal address (BG-12) shall be provided in the Invoice, if the Seller (BG-4) has a Seller tax representative party (BG-11).', rep.xpath);
    if (rep.address) need('BR-20', rep.address.country, 'The Seller tax representative postal address (BG-12) shall contain a Tax representative country code (BT-69), if the Seller (BG-4) has a Seller tax representative party (BG-11).', rep.address.xpath);
    need('BR-56', rep.vatId, 'Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT identifier (BT-63).', rep.xpath);
  }
  for (const l of inv.lines) {
    need('BR-21', l.id, 'Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).', l.xpath);
    need('BR-22', l.quantity, 'Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).', l.xpath);
    need('BR-23', l.unit, 'An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130).', l.quantity?.xpath ?? l.xpath);
    need('BR-24', l.netAmount, 'Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131).', l.xpath);
    need('BR-25', l.name, 'Each Invoice line (BG-25) shall contain the Item name (BT-153).', l.xpath);
    need('BR-26', l.price, 'Each Invoice line (BG-25) shall contain the Item net price (BT-146).', l.xpath);
    if (l.price?.value != null && l.price.value < 0) ctx.report('BR-27', 'fatal', 'The Item net price (BT-146) shall NOT be negative.', l.price.xpath);
    if (l.grossPrice?.value != null && l.grossPrice.value < 0) ctx.report('BR-28', 'fatal', 'The Item gross price (BT-148) shall NOT be negative.', l.grossPrice.xpath);
    if (l.periodStart && l.periodEnd && l.periodEnd.text < l.periodStart.text) ctx.report('BR-30', 'fatal', 'If both Invoice line period start date (BT-134) and Invoice line period end date (BT-135) are given then the Invoice line period end date (BT-135) shall be later or equal to the Invoice line period start date (BT-134).', l.periodEnd.xpath);
    for (const a of l.allowances) {
      need('BR-41', a.amount, 'Each Invoice line allowance (BG-27) shall have an Invoice line allowance amount (BT-136).', a.xpath);
      need('BR-42', a.reason || a.reasonCode, 'Each Invoice line allowance (BG-27) shall have an Invoice line allowance reason (BT-139) or an Invoice line allowance reason code (BT-140).', a.xpath);
      need('BR-CO-23', a.reason || a.reasonCode, 'Each Invoice line allowance (BG-27) shall contain an Invoice line allowance reason (BT-139) or an Invoice line allowance reason code (BT-140), or both.', a.xpath);
    }
    for (const c of l.charges) {
      need('BR-43', c.amount, 'Each Invoice line charge (BG-28) shall have an Invoice line charge amount (BT-141).', c.xpath);
      need('BR-44', c.reason || c.reasonCode, 'Each Invoice line charge shall have an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145).', c.xpath);
      need('BR-CO-24', c.reason || c.reasonCode, 'Each Invoice line charge (BG-28) shall contain an Invoice line charge reason (BT-144) or an Invoice line charge reason code (BT-145), or both.', c.xpath);
    }
    for (const id of l.standardIds) need('BR-64', id.scheme, 'The Item standard identifier (BT-157) shall have a Scheme identifier.', id.xpath);
    for (const c of l.classifications) need('BR-65', c.scheme, 'The Item classification identifier (BT-158) shall have a Scheme identifier.', c.xpath);
    for (const a of l.attributes) need('BR-54', a.name && a.value, 'Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) and an Item attribute value (BT-161).', a.xpath);
  }
  if (inv.periodStart && inv.periodEnd && inv.periodEnd.text < inv.periodStart.text) ctx.report('BR-29', 'fatal', 'If both Invoicing period start date (BT-73) and Invoicing period end date (BT-74) are given then the Invoicing period end date (BT-74) shall be later or equal to the Invoicing period start date (BT-73).', inv.periodEnd.xpath);
  for (const a of inv.allowances) {
    need('BR-31', a.amount, 'Each Document level allowance (BG-20) shall have a Document level allowance amount (BT-92).', a.xpath);
    need('BR-32', a.category, 'Each Document level allowance (BG-20) shall have a Document level allowance VAT category code (BT-95).', a.xpath);
    need('BR-33', a.reason || a.reasonCode, 'Each Document level allowance (BG-20) shall have a Document level allowance reason (BT-97) or a Document level allowance reason code (BT-98).', a.xpath);
    need('BR-CO-21', a.reason || a.reasonCode, 'Each Document level allowance (BG-20) shall contain a Document level allowance reason (BT-97) or a Document level allowance reason code (BT-98), or both.', a.xpath);
  }
  for (const c of inv.charges) {
    need('BR-36', c.amount, 'Each Document level charge (BG-21) shall have a Document level charge amount (BT-99).', c.xpath);
    need('BR-37', c.category, 'Each Document level charge (BG-21) shall have a Document level charge VAT category code (BT-102).', c.xpath);
    need('BR-38', c.reason || c.reasonCode, 'Each Document level charge (BG-21) shall have a Document level charge reason (BT-104) or a Document level charge reason code (BT-105).', c.xpath);
    need('BR-CO-22', c.reason || c.reasonCode, 'Each Document level charge (BG-21) shall contain a Document level charge reason (BT-104) or a Document level charge reason code (BT-105), or both.', c.xpath);
  }
  for (const b of inv.vat) {
    need('BR-45', b.taxable, 'Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).', b.xpath);
    need('BR-46', b.tax, 'Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).', b.xpath);
    need('BR-47', b.category, 'Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).', b.xpath);
    if (b.category?.text !== 'O') need('BR-48', b.rate, 'Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except if the Invoice is not subject to VAT.', b.xpath);
  }
  for (const m of inv.paymentMeans) {
    need('BR-49', m.code, 'A Payment instruction (BG-16) shall specify the Payment means type code (BT-81).', m.xpath);
    if (m.creditTransferXpath && !m.account) ctx.report('BR-50', 'fatal', 'A Payment account identifier (BT-84) shall be present if Credit transfer (BG-17) information is provided in the Invoice.', m.creditTransferXpath);
    // Credit transfer (30, 58): the account to pay to is the point of the group.
    if (['30', '58'].includes(m.code?.text ?? '')) need('BR-61', m.account, 'If the Payment means type code (BT-81) means SEPA credit transfer, Local credit transfer or Non-SEPA international credit transfer, the Payment account identifier (BT-84) shall be present.', m.xpath);
    if (m.cardPan && m.cardPan.text.replace(/\D/g, '').length < 4) ctx.report('BR-51', 'fatal', 'In accordance with card payments security standards an invoice should never include a full card primary account number (BT-87); at least the last 4 to 6 digits are shown.', m.cardPan.xpath);
  }
  for (const d of inv.documents) if (d.supporting) need('BR-52', d.id, 'Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).', d.xpath);
  for (const p of inv.precedingInvoices) need('BR-55', p.number, 'Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).', p.xpath);
  if (inv.deliverTo) need('BR-57', inv.deliverTo.country, 'Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).', inv.deliverTo.xpath);
  if (inv.seller?.electronicAddress) need('BR-62', inv.seller.electronicAddressScheme, 'The Seller electronic address (BT-34) shall have a Scheme identifier.', inv.seller.electronicAddress.xpath);
  if (inv.buyer?.electronicAddress) need('BR-63', inv.buyer.electronicAddressScheme, 'The Buyer electronic address (BT-49) shall have a Scheme identifier.', inv.buyer.electronicAddress.xpath);
  if (inv.taxCurrency) need('BR-53', inv.totals.taxTotalTaxCurrency, 'If the VAT accounting currency code (BT-6) is present, then the Invoice total VAT amount in accounting currency (BT-111) shall be provided.', inv.totals.xpath);
};
