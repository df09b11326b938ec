/**
 * The CII syntax-binding rules of the CEN/TC 434 schematron (EN16931-CII-syntax) that are fatal: the
 * cardinalities CII-SR-009, -010, -014, -046, -069, -072, -090, -439 … -441, and the data type rules
 * CII-DT-001 … -004, -008 … -030, -034 … -037, -068 … -096 (attributes and child elements EN 16931 does
 * not use on identifiers, codes, referenced documents, quantities, taxes, periods and addresses). The
 * CII-SR "should not be present" warnings are not reported; CII-DT-031 / -032 (no currencyID on amounts
 * but the tax total) are not checked: Factur-X and ZUGFeRD write currencyID on every amount, and their
 * published verdicts accept it.
 */
import { isExtension, rawAttr, rawHas, runCountRules, under, type CountRule } from './syntax-table.js';
import type { RuleContext, RuleGroup } from './types.js';

const products = under('rsm:SupplyChainTradeTransaction', 'ram:IncludedSupplyChainTradeLineItem', 'ram:SpecifiedTradeProduct');
const lineAgreements = under('rsm:SupplyChainTradeTransaction', 'ram:IncludedSupplyChainTradeLineItem', 'ram:SpecifiedLineTradeAgreement');

const COUNTS: CountRule[] = [
  { id: 'CII-SR-009', context: under('rsm:ExchangedDocumentContext'), path: ['ram:GuidelineSpecifiedDocumentContextParameter'], exactly: true, message: 'GuidelineSpecifiedDocumentContextParameter must exist exactly once' },
  { id: 'CII-SR-010', context: under('rsm:ExchangedDocumentContext'), path: ['ram:GuidelineSpecifiedDocumentContextParameter', 'ram:ID'], exactly: true, message: 'ID must exist exactly once' },
  { id: 'CII-SR-014', context: under('rsm:ExchangedDocument'), path: ['ram:TypeCode'], exactly: true, message: 'TypeCode must exist exactly once' },
  { id: 'CII-SR-069', context: (r) => products(r).flatMap((p) => p.all('ram:ApplicableProductCharacteristic')), path: ['ram:Description'], message: 'Description should exist maximum once.' },
  { id: 'CII-SR-072', context: (r) => products(r).flatMap((p) => p.all('ram:ApplicableProductCharacteristic')), path: ['ram:Value'], message: 'Value should exist maximum once.' },
  { id: 'CII-SR-090', context: products, path: ['ram:OriginTradeCountry', 'ram:ID'], message: 'ID should exist maximum once.' },
  { id: 'CII-SR-439', context: lineAgreements, path: ['ram:NetPriceProductTradePrice', 'ram:ChargeAmount'], exactly: true, message: 'ChargeAmount should exist maximum once' },
  { id: 'CII-SR-440', context: (r) => lineAgreements(r).flatMap((a) => a.at('ram:GrossPriceProductTradePrice')?.all('ram:AppliedTradeAllowanceCharge') ?? []), path: ['ram:ActualAmount'], message: 'ActualAmount should exist maximum once' },
  { id: 'CII-SR-441', context: lineAgreements, path: ['ram:NetPriceProductTradePrice', 'ram:ChargeAmount'], message: 'ChargeAmount should exist maximum once' },
];

/** A rule that a child element (or an attribute, '@name') must not be on elements of one kind. */
interface Forbidden {
  id: string;
  what: string;
  /** Allowed after all on this element (the schematron's `or` branch). */
  unless?: (raw: unknown, name: string) => boolean;
}

/** `@attr`, `Child` or `Child/Grandchild` written on a raw element. */
function written(raw: object, what: string): boolean {
  if (what[0] === '@') return rawAttr(raw, what.slice(1)) !== undefined;
  const slash = what.indexOf('/');
  if (slash < 0) return rawHas(raw, what);
  return rawHas((raw as Record<string, unknown>)[what.slice(0, slash)], what.slice(slash + 1));
}
const text = (raw: unknown, name: string): string | null => {
  const v = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
  const t = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)['#text'] : v;
  return t == null || Array.isArray(v) ? null : String(t).trim();
};
const additionalOfType =
  (...codes: string[]) =>
  (raw: unknown, name: string): boolean =>
    name === 'AdditionalReferencedDocument' && codes.includes(text(raw, 'TypeCode') ?? '');

const ID_ATTRS: Forbidden[] = [
  { id: 'CII-DT-001', what: '@schemeName' },
  { id: 'CII-DT-002', what: '@schemeAgencyName' },
  { id: 'CII-DT-003', what: '@schemeDataURI' },
  { id: 'CII-DT-004', what: '@schemeURI' },
];
const TYPE_CODE_ATTRS: Forbidden[] = [
  { id: 'CII-DT-008', what: '@name' },
  { id: 'CII-DT-009', what: '@listURI' },
];
const REFERENCED_DOCUMENT: Forbidden[] = [
  { id: 'CII-DT-015', what: 'URIID', unless: additionalOfType('916') },
  { id: 'CII-DT-016', what: 'StatusCode' },
  { id: 'CII-DT-017', what: 'CopyIndicator' },
  { id: 'CII-DT-018', what: 'TypeCode', unless: additionalOfType('50', '130', '916') },
  { id: 'CII-DT-019', what: 'GlobalID' },
  { id: 'CII-DT-020', what: 'RevisionID' },
  { id: 'CII-DT-021', what: 'Name', unless: additionalOfType('916') },
  { id: 'CII-DT-022', what: 'AttachmentBinaryObject', unless: additionalOfType('916') },
  { id: 'CII-DT-023', what: 'Information' },
  { id: 'CII-DT-024', what: 'ReferenceTypeCode', unless: additionalOfType('130') },
  { id: 'CII-DT-025', what: 'SectionName' },
  { id: 'CII-DT-026', what: 'PreviousRevisionID' },
  { id: 'CII-DT-027', what: 'FormattedIssueDateTime', unless: (_raw, name) => name === 'InvoiceReferencedDocument' },
  { id: 'CII-DT-028', what: 'EffectiveSpecifiedPeriod' },
  { id: 'CII-DT-029', what: 'IssuerTradeParty' },
  { id: 'CII-DT-030', what: 'AttachedSpecifiedBinaryFile' },
];
const QUANTITY_ATTRS: Forbidden[] = [
  { id: 'CII-DT-034', what: '@unitCodeListID' },
  { id: 'CII-DT-035', what: '@unitCodeListAgencyID' },
  { id: 'CII-DT-036', what: '@unitCodeListAgencyName' },
];
const BILLING_PERIOD: Forbidden[] = [
  { id: 'CII-DT-068', what: 'StartDateTime/DateTime' },
  { id: 'CII-DT-069', what: 'DurationMeasure' },
  { id: 'CII-DT-070', what: 'InclusiveIndicator' },
  { id: 'CII-DT-071', what: 'Description' },
  { id: 'CII-DT-072', what: 'EndDateTime/DateTime' },
  { id: 'CII-DT-073', what: 'CompleteDateTime' },
  { id: 'CII-DT-074', what: 'OpenIndicator' },
  { id: 'CII-DT-075', what: 'SeasonCode' },
  { id: 'CII-DT-076', what: 'ID' },
  { id: 'CII-DT-077', what: 'Name' },
  { id: 'CII-DT-078', what: 'SequenceNumeric' },
  { id: 'CII-DT-079', what: 'StartDateFlexibilityCode' },
  { id: 'CII-DT-080', what: 'ContinuousIndicator' },
  { id: 'CII-DT-081', what: 'PurposeCode' },
];
const POSTAL_ADDRESS: Forbidden[] = [
  ['CII-DT-082', 'ID'],
  ['CII-DT-083', 'PostOfficeBox'],
  ['CII-DT-084', 'BuildingName'],
  ['CII-DT-086', 'LineFour'],
  ['CII-DT-087', 'LineFive'],
  ['CII-DT-088', 'StreetName'],
  ['CII-DT-089', 'CitySubDivisionName'],
  ['CII-DT-090', 'CountryName'],
  ['CII-DT-091', 'CountrySubDivisionID'],
  ['CII-DT-092', 'AttentionOf'],
  ['CII-DT-093', 'CareOf'],
  ['CII-DT-094', 'BuildingNumber'],
  ['CII-DT-095', 'DepartmentName'],
  ['CII-DT-096', 'AdditionalStreetName'],
].map(([id, what]) => ({ id, what }));

/** Which forbidden list applies to an element, by its local name (the schematron's contexts). */
function forbiddenFor(name: string): Forbidden[] | null {
  if (name === 'PostalTradeAddress') return POSTAL_ADDRESS;
  if (name === 'BillingSpecifiedPeriod') return BILLING_PERIOD;
  if (name.endsWith('ReferencedDocument')) return REFERENCED_DOCUMENT;
  if (name === 'TypeCode') return TYPE_CODE_ATTRS;
  if (name.endsWith('Quantity')) return QUANTITY_ATTRS;
  if (name.endsWith('ID')) return ID_ATTRS;
  return null;
}

function report(ctx: RuleContext, f: Forbidden, what: string, xpath: string): void {
  ctx.report(f.id, 'fatal', `${f.what} shall not be used in ${what}.`, xpath);
}

/** The data type rules, on the shared walk over every element. */
function dataTypeRules(ctx: RuleContext): void {
  ctx.onElement((e) => {
    // A text-only element (most of them) carries neither attributes nor children.
    if (e.raw === null || typeof e.raw !== 'object') return;
    const list = forbiddenFor(e.name);
    if (list) for (const f of list) if (written(e.raw, f.what) && !f.unless?.(e.raw, e.name)) report(ctx, f, e.name, e.xpath());
    if (e.name.endsWith('TradeTax')) {
      const code = text(e.raw, 'TypeCode');
      if (code !== null && code !== 'VAT') ctx.report('CII-DT-037', 'fatal', `TypeCode shall be 'VAT' (found ${code}).`, `${e.xpath()}/ram:TypeCode`);
    }
  });
}

export const ciiSyntaxRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  if (inv.syntax !== 'cii' || isExtension(inv.customization?.text ?? null)) return;
  const root = inv.root;
  runCountRules(ctx, root, COUNTS);
  for (const p of products(root)) {
    for (const g of p.all('ram:GlobalID')) if (g.attr('schemeID') === null) ctx.report('CII-SR-046', 'fatal', 'schemeID must be present if GlobalID is present', g.xpath);
  }
  const typeCode = root.at('rsm:ExchangedDocument', 'ram:TypeCode');
  for (const a of ['listID', 'listAgencyID', 'listVersionID'] as const) {
    if (typeCode?.attr(a) != null) ctx.report({ listID: 'CII-DT-010', listAgencyID: 'CII-DT-011', listVersionID: 'CII-DT-012' }[a], 'fatal', `@${a} should not be present`, typeCode.xpath);
  }
  if (rawAttr(root.raw, 'languageID') !== undefined) ctx.report('CII-DT-013', 'fatal', 'languageID should not be present', root.xpath);
  if (rawAttr(root.raw, 'languageLocaleID') !== undefined) ctx.report('CII-DT-014', 'fatal', 'languageLocaleID should not be present', root.xpath);
  dataTypeRules(ctx);
};
