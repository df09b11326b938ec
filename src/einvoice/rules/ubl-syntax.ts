/**
 * The UBL syntax-binding rules of the CEN/TC 434 schematron (EN16931-UBL-syntax): the fatal UBL-SR-*
 * ("… shall occur maximum once"), UBL-CR-666 / -673 and UBL-DT-06 / -07. The readers take the first of a
 * repeated element, so without these a second seller name or a second invoice period went unnoticed.
 * The UBL-CR warnings (an element EN 16931 does not use) and UBL-DT-08 … -28 are not reported.
 */
import type { XNode } from '../xml-node.js';
import { isExtension, nodesAt, rawAttr, rawText, runCountRules, under, type CountRule } from './syntax-table.js';
import type { RuleGroup } from './types.js';

const SUPPLIER = ['cac:AccountingSupplierParty', 'cac:Party'];
const CUSTOMER = ['cac:AccountingCustomerParty', 'cac:Party'];
const self = (root: XNode) => [root];
const lines = (root: XNode) => [...root.all('cac:InvoiceLine'), ...root.all('cac:CreditNoteLine')];
/** A PartyTaxScheme with a CompanyID, of the VAT scheme or another. */
const companyId = (vat: boolean) => (raw: unknown) => rawText(raw, 'CompanyID') !== null && ((rawText(raw, 'TaxScheme', 'ID') ?? '').toUpperCase() === 'VAT') === vat;

const RULES: CountRule[] = [
  { id: 'UBL-SR-01', context: self, path: ['cac:ContractDocumentReference', 'cbc:ID'], message: 'Contract identifier shall occur maximum once.' },
  { id: 'UBL-SR-02', context: self, path: ['cac:ReceiptDocumentReference', 'cbc:ID'], message: 'Receive advice identifier shall occur maximum once' },
  { id: 'UBL-SR-03', context: self, path: ['cac:DespatchDocumentReference', 'cbc:ID'], message: 'Despatch advice identifier shall occur maximum once' },
  { id: 'UBL-SR-04', context: self, path: ['cac:AdditionalDocumentReference'], filter: (raw) => rawText(raw, 'DocumentTypeCode') === '130' && rawText(raw, 'ID') !== null, message: 'Invoice object identifier shall occur maximum once' },
  { id: 'UBL-SR-05', context: self, path: ['cac:PaymentTerms', 'cbc:Note'], message: 'Payment terms shall occur maximum once' },
  { id: 'UBL-SR-06', context: under('cac:BillingReference'), path: ['cac:InvoiceDocumentReference'], message: 'Preceding invoice reference shall occur maximum once' },
  { id: 'UBL-SR-08', context: self, path: ['cac:InvoicePeriod'], message: 'Invoice period shall occur maximum once' },
  { id: 'UBL-SR-09', context: under(...SUPPLIER), path: ['cac:PartyLegalEntity', 'cbc:RegistrationName'], message: 'Seller name shall occur maximum once' },
  { id: 'UBL-SR-10', context: under(...SUPPLIER), path: ['cac:PartyName', 'cbc:Name'], message: 'Seller trader name shall occur maximum once' },
  { id: 'UBL-SR-11', context: under(...SUPPLIER), path: ['cac:PartyLegalEntity', 'cbc:CompanyID'], message: 'Seller legal registration identifier shall occur maximum once' },
  { id: 'UBL-SR-12', context: under(...SUPPLIER), path: ['cac:PartyTaxScheme'], filter: companyId(true), message: 'Seller VAT identifier shall occur maximum once' },
  { id: 'UBL-SR-13', context: under(...SUPPLIER), path: ['cac:PartyTaxScheme'], filter: companyId(false), message: 'Seller tax registration shall occur maximum once' },
  { id: 'UBL-SR-14', context: under(...SUPPLIER), path: ['cac:PartyLegalEntity', 'cbc:CompanyLegalForm'], message: 'Seller additional legal information shall occur maximum once' },
  { id: 'UBL-SR-15', context: under(...CUSTOMER), path: ['cac:PartyLegalEntity', 'cbc:RegistrationName'], message: 'Buyer name shall occur maximum once' },
  { id: 'UBL-SR-16', context: under(...CUSTOMER), path: ['cac:PartyIdentification', 'cbc:ID'], message: 'Buyer identifier shall occur maximum once' },
  { id: 'UBL-SR-17', context: under(...CUSTOMER), path: ['cac:PartyLegalEntity', 'cbc:CompanyID'], message: 'Buyer legal registration identifier shall occur maximum once' },
  { id: 'UBL-SR-18', context: under(...CUSTOMER), path: ['cac:PartyTaxScheme'], filter: companyId(true), message: 'Buyer VAT identifier shall occur maximum once' },
  { id: 'UBL-SR-19', context: under('cac:PayeeParty'), path: ['cac:PartyName', 'cbc:Name'], message: 'Payee name shall occur maximum once, if the Payee is different from the Seller' },
  { id: 'UBL-SR-20', context: under('cac:PayeeParty'), path: ['cac:PartyIdentification', 'cbc:ID'], filter: (raw) => String(rawAttr(raw, 'schemeID') ?? '').toUpperCase() !== 'SEPA', message: 'Payee identifier shall occur maximum once, if the Payee is different from the Seller' },
  { id: 'UBL-SR-21', context: under('cac:PayeeParty'), path: ['cac:PartyLegalEntity', 'cbc:CompanyID'], message: 'Payee legal registration identifier shall occur maximum once, if the Payee is different from the Seller' },
  { id: 'UBL-SR-22', context: under('cac:TaxRepresentativeParty'), path: ['cac:PartyName', 'cbc:Name'], message: 'Seller tax representative name shall occur maximum once, if the Seller has a tax representative' },
  { id: 'UBL-SR-23', context: under('cac:TaxRepresentativeParty'), path: ['cac:PartyTaxScheme', 'cbc:CompanyID'], message: 'Seller tax representative VAT identifier shall occur maximum once, if the Seller has a tax representative' },
  { id: 'UBL-SR-24', context: self, path: ['cac:Delivery'], message: 'Deliver to information shall occur maximum once' },
  { id: 'UBL-SR-26', context: under('cac:PaymentMeans'), path: ['cbc:PaymentID'], message: 'Payment reference shall occur maximum once' },
  { id: 'UBL-SR-27', context: under('cac:PaymentMeans'), path: ['cbc:InstructionNote'], message: 'Payment means text shall occur maximum once' },
  { id: 'UBL-SR-28', context: under('cac:PaymentMeans'), path: ['cac:PaymentMandate', 'cbc:ID'], message: 'Mandate reference identifier shall occur maximum once' },
  { id: 'UBL-SR-32', context: under('cac:TaxTotal', 'cac:TaxSubtotal'), path: ['cac:TaxCategory', 'cbc:TaxExemptionReason'], message: 'VAT exemption reason text shall occur maximum once' },
  { id: 'UBL-SR-34', context: lines, path: ['cbc:Note'], message: 'Invoice line note shall occur maximum once' },
  { id: 'UBL-SR-35', context: lines, path: ['cac:OrderLineReference', 'cbc:LineID'], message: 'Referenced purchase order line identifier shall occur maximum once' },
  { id: 'UBL-SR-36', context: lines, path: ['cac:InvoicePeriod'], message: 'Invoice line period shall occur maximum once' },
  { id: 'UBL-SR-37', context: lines, path: ['cac:Price', 'cac:AllowanceCharge', 'cbc:Amount'], message: 'Item price discount shall occur maximum once' },
  { id: 'UBL-SR-39', context: self, path: ['cac:ProjectReference', 'cbc:ID'], message: 'Project reference shall occur maximum once.' },
  { id: 'UBL-SR-40', context: under(...CUSTOMER), path: ['cac:PartyName', 'cbc:Name'], message: 'Buyer trade name shall occur maximum once' },
  { id: 'UBL-SR-45', context: self, path: ['cac:PaymentMeans', 'cbc:PaymentDueDate'], message: 'Due Date shall occur maximum once' },
  { id: 'UBL-SR-46', context: self, path: ['cac:PaymentMeans', 'cbc:PaymentMeansCode'], filter: (raw) => rawAttr(raw, 'name') !== undefined, message: 'Payment means text shall occur maximum once' },
  { id: 'UBL-SR-48', context: lines, path: ['cac:Item', 'cac:ClassifiedTaxCategory'], exactly: true, message: 'Invoice lines shall have one and only one classified tax category.' },
  { id: 'UBL-SR-49', context: self, path: ['cac:InvoicePeriod', 'cbc:DescriptionCode'], message: 'Value tax point date shall occur maximum once' },
  { id: 'UBL-SR-50', context: lines, path: ['cac:Item', 'cbc:Description'], message: 'Item description shall occur maximum once' },
  { id: 'UBL-SR-52', context: lines, path: ['cac:DocumentReference'], message: 'Document reference shall occur maximum once' },
];

/** The first element whose text differs from the first one's (UBL-SR-44, -47 compare values). */
function secondValue(nodes: XNode[]): XNode | null {
  const first = nodes[0]?.text() ?? '';
  return nodes.find((n) => (n.text() ?? '') !== first) ?? null;
}

export const ublSyntaxRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  if (inv.syntax !== 'ubl' || isExtension(inv.customization?.text ?? null)) return;
  const root = inv.root;
  runCountRules(ctx, root, RULES);
  for (const br of root.all('cac:BillingReference')) {
    for (const d of br.all('cac:InvoiceDocumentReference')) if (!d.get('cbc:ID')) ctx.report('UBL-SR-07', 'fatal', 'If there is a preceding invoice reference, the preceding invoice number shall be present', d.xpath);
  }
  const sepa = nodesAt(root, [...SUPPLIER, 'cac:PartyIdentification', 'cbc:ID']).concat(nodesAt(root, ['cac:PayeeParty', 'cac:PartyIdentification', 'cbc:ID'])).filter((n) => (n.attr('schemeID') ?? '').toUpperCase() === 'SEPA');
  if (sepa.length > 1) ctx.report('UBL-SR-29', 'fatal', 'Bank creditor reference shall occur maximum once', sepa[1].xpath);
  // PaymentID and PaymentMeansCode are written in PaymentMeans only (BG-16).
  const otherId = secondValue(nodesAt(root, ['cac:PaymentMeans', 'cbc:PaymentID']));
  if (otherId) ctx.report('UBL-SR-44', 'fatal', 'An Invoice may only have one unique PaymentID, but the PaymentID may be used for multiple PaymentMeans', otherId.xpath);
  const otherCode = secondValue(nodesAt(root, ['cac:PaymentMeans', 'cbc:PaymentMeansCode']));
  if (otherCode) ctx.report('UBL-SR-47', 'fatal', 'When there are more than one payment means code, they shall be equal', otherCode.xpath);
  for (const d of root.all('cac:AdditionalDocumentReference')) {
    if (d.get('cbc:DocumentTypeCode')?.text() !== '130') continue;
    if (d.get('cac:Attachment')) ctx.report('UBL-CR-666', 'fatal', 'A UBL invoice shall not include an AdditionalDocumentReference simultaneously referring an Invoice Object Identifier and an Attachment', d.xpath);
    if (d.get('cbc:DocumentDescription')) ctx.report('UBL-CR-673', 'fatal', 'A UBL invoice shall not include an AdditionalDocumentReference simultaneously referring an Invoice Object Identifier and an Document Description', d.xpath);
  }
  // Binary objects are the attachments of supporting documents (BG-24).
  for (const b of nodesAt(root, ['cac:AdditionalDocumentReference', 'cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject'])) {
    if (rawAttr(b.raw, 'mimeCode') === undefined) ctx.report('UBL-DT-06', 'fatal', 'Binary object elements shall contain the mime code attribute', b.xpath);
    if (rawAttr(b.raw, 'filename') === undefined) ctx.report('UBL-DT-07', 'fatal', 'Binary object elements shall contain the file name attribute', b.xpath);
  }
};
