/**
 * ZUGFeRD 1.0 (root rsm:CrossIndustryDocument in urn:ferd:CrossIndustryDocument:invoice:1p0, profiles
 * BASIC, COMFORT, EXTENDED). It predates EN 16931, so none of the BR-* rules apply; what a validator can
 * check without the schema engine is the shape that matters (root, guideline, the elements every profile
 * requires, no empty aggregate) and the arithmetic the ZUGFeRD 1.0 specification defines for the totals.
 * Rule ids ZF1-*: ours (the specification states these requirements without numbering them).
 */
import { isEmptyElement, num, XNode, type Num } from '../xml-node.js';
import { cents, sum, type Finding } from './types.js';

export const ZF1_NAMESPACE = 'urn:ferd:CrossIndustryDocument:invoice:1p0';

/** The three children of the root, in this order, each once (the ZUGFeRD 1.0 schema's sequence). */
const ROOT_CHILDREN = ['SpecifiedExchangedDocumentContext', 'HeaderExchangedDocument', 'SpecifiedSupplyChainTradeTransaction'];

const GUIDELINE = /^urn:ferd:CrossIndustryDocument:invoice:1p0:(basic|comfort|extended)$/;
/** The release candidate's ids (2014) and their short 1.0 form, still found in files published as correct. */
const RC_GUIDELINE = /^urn:ferd:invoice:(rc|1\.0):(basic|comfort|extended)$/;

/**
 * Aggregates whose schema type requires a child element, by their class term: written empty, they break
 * the schema. Text elements (Name, Description, …) may be empty, and so may the aggregates whose children
 * are all optional (a line's SpecifiedSupplyChainTradeSettlement, payment terms, periods).
 */
const AGGREGATE =
  /(ReferencedDocument|TradeParty|TradeAddress|TaxRegistration|TradeTax|AllowanceCharge|ServiceCharge|MonetarySummation|IncludedNote|DateTime|ProductTradePrice|TradeProduct|SupplyChainEvent|FinancialAccount|FinancialInstitution|PaymentMeans|DocumentContextParameter)$/;

/**
 * A line that only carries a note (AssociatedDocumentLineDocument/IncludedNote, no product and no
 * quantity): COMFORT and EXTENDED allow such text lines, as FeRD's own samples write them.
 */
const isNoteLine = (line: XNode) => !line.get('ram:SpecifiedTradeProduct') && !line.at('ram:SpecifiedSupplyChainTradeDelivery', 'ram:BilledQuantity') && !!line.at('ram:AssociatedDocumentLineDocument', 'ram:IncludedNote');

export interface Zugferd1Result {
  guideline: string | null;
  findings: Finding[];
}

/** The findings of a ZUGFeRD 1.0 document, given its namespace-free tree. */
export function zugferd1Findings(tree: Record<string, unknown>): Zugferd1Result {
  const findings: Finding[] = [];
  const report = (rule: string, message: string, xpath: string, severity: Finding['severity'] = 'fatal') => findings.push({ rule, severity, message, xpath });
  const root = new XNode(tree.CrossIndustryDocument, '/rsm:CrossIndustryDocument');

  checkRoot(root, report);
  const guideline = root.at('rsm:SpecifiedExchangedDocumentContext', 'ram:GuidelineSpecifiedDocumentContextParameter', 'ram:ID')?.text() ?? null;
  const guidelineXpath = `${root.xpath}/rsm:SpecifiedExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`;
  if (guideline && RC_GUIDELINE.test(guideline)) {
    report('ZF1-GUIDELINE', `The guideline ${guideline} is an early ZUGFeRD 1.0 id; the final ids are urn:ferd:CrossIndustryDocument:invoice:1p0:basic, :comfort and :extended.`, guidelineXpath, 'warning');
  } else if (!guideline || !GUIDELINE.test(guideline)) {
    report('ZF1-GUIDELINE', `The guideline (GuidelineSpecifiedDocumentContextParameter/ID) must be urn:ferd:CrossIndustryDocument:invoice:1p0:basic, :comfort or :extended (found ${guideline ?? 'none'}).`, guidelineXpath);
  }
  const withLineDetails = !!guideline && /:(comfort|extended)$/.test(guideline) && (GUIDELINE.test(guideline) || RC_GUIDELINE.test(guideline));
  checkRequired(root, withLineDetails, report);
  checkEmptyAggregates(root, report);
  checkArithmetic(root, report);
  return { guideline, findings };
}

type Report = (rule: string, message: string, xpath: string, severity?: Finding['severity']) => void;

function checkRoot(root: XNode, report: Report): void {
  const names = root.childNames();
  for (const n of names) {
    if (!ROOT_CHILDREN.includes(n)) report('ZF1-ROOT', `${n} is not allowed in a ZUGFeRD 1.0 invoice: the root holds SpecifiedExchangedDocumentContext, HeaderExchangedDocument and SpecifiedSupplyChainTradeTransaction only.`, `${root.xpath}/*:${n}`);
  }
  for (const n of ROOT_CHILDREN) {
    const count = root.all(`rsm:${n}`).length;
    if (count !== 1) report('ZF1-ROOT', `A ZUGFeRD 1.0 invoice must contain rsm:${n} exactly once (found ${count}).`, `${root.xpath}/rsm:${n}`);
  }
  const order = names.filter((n) => ROOT_CHILDREN.includes(n));
  if (order.some((n, i) => i > 0 && ROOT_CHILDREN.indexOf(n) < ROOT_CHILDREN.indexOf(order[i - 1]))) {
    report('ZF1-ROOT', `The root's children must come in the order ${ROOT_CHILDREN.join(', ')}.`, root.xpath);
  }
}

/** Every profile's mandatory elements, as paths below the root; the line ones per line. */
const REQUIRED: string[][] = [
  ['rsm:HeaderExchangedDocument', 'ram:ID'],
  ['rsm:HeaderExchangedDocument', 'ram:Name'],
  ['rsm:HeaderExchangedDocument', 'ram:TypeCode'],
  ['rsm:HeaderExchangedDocument', 'ram:IssueDateTime', 'udt:DateTimeString'],
  ['rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeAgreement', 'ram:SellerTradeParty', 'ram:Name'],
  ['rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeAgreement', 'ram:BuyerTradeParty', 'ram:Name'],
  ['rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeSettlement', 'ram:InvoiceCurrencyCode'],
  ...['LineTotalAmount', 'TaxBasisTotalAmount', 'TaxTotalAmount', 'GrandTotalAmount'].map((n) => ['rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeSettlement', 'ram:SpecifiedTradeSettlementMonetarySummation', `ram:${n}`]),
];
const TAX_REQUIRED = ['ram:CalculatedAmount', 'ram:TypeCode', 'ram:BasisAmount'];
const LINE_REQUIRED: string[][] = [['ram:SpecifiedSupplyChainTradeDelivery', 'ram:BilledQuantity'], ['ram:SpecifiedTradeProduct', 'ram:Name']];
/** COMFORT and EXTENDED lines also carry their number, VAT and net amount. */
const LINE_DETAIL_REQUIRED: string[][] = [
  ['ram:AssociatedDocumentLineDocument', 'ram:LineID'],
  ['ram:SpecifiedSupplyChainTradeSettlement', 'ram:ApplicableTradeTax'],
  ['ram:SpecifiedSupplyChainTradeSettlement', 'ram:SpecifiedTradeSettlementMonetarySummation', 'ram:LineTotalAmount'],
];

function checkRequired(root: XNode, withLineDetails: boolean, report: Report): void {
  // Written is enough: the schema's code and text types accept an empty value (<ram:InvoiceCurrencyCode/>).
  const missing = (base: XNode, path: string[]) => !base.at(...path);
  for (const path of REQUIRED) {
    if (root.get(path[0]) && missing(root, path)) report('ZF1-REQUIRED', `${path[path.length - 1]} is required in every ZUGFeRD 1.0 profile.`, `${root.xpath}/${path.join('/')}`);
  }
  const settlement = root.at('rsm:SpecifiedSupplyChainTradeTransaction', 'ram:ApplicableSupplyChainTradeSettlement');
  for (const tax of settlement?.all('ram:ApplicableTradeTax') ?? []) {
    for (const p of TAX_REQUIRED) if (missing(tax, [p])) report('ZF1-REQUIRED', `Each ApplicableTradeTax must carry ${p}.`, `${tax.xpath}/${p}`);
  }
  for (const line of root.get('rsm:SpecifiedSupplyChainTradeTransaction')?.all('ram:IncludedSupplyChainTradeLineItem') ?? []) {
    if (isNoteLine(line)) continue;
    for (const path of [...LINE_REQUIRED, ...(withLineDetails ? LINE_DETAIL_REQUIRED : [])]) {
      if (missing(line, path)) report('ZF1-REQUIRED', `Each line (IncludedSupplyChainTradeLineItem) must carry ${path.join('/')}${withLineDetails ? ' (COMFORT, EXTENDED)' : ''}.`, `${line.xpath}/${path.join('/')}`);
    }
  }
}

function checkEmptyAggregates(root: XNode, report: Report): void {
  const prefixOf = (parent: XNode, name: string) => (parent === root ? 'rsm' : /^(DateTimeString|Indicator)$/.test(name) ? 'udt' : 'ram');
  const walk = (n: XNode): void => {
    for (const name of n.childNames()) {
      for (const c of n.all(`${prefixOf(n, name)}:${name}`)) {
        if (AGGREGATE.test(name) && isEmptyElement(c.raw)) report('ZF1-EMPTY', `${name} is written without content: the schema requires its child elements.`, c.xpath);
        else walk(c);
      }
    }
  };
  walk(root);
}

const amountsOf = (nodes: XNode[], name: string): Num[] => nodes.map((n) => num(n.get(name))).filter((x): x is Num => x !== null && x.value !== null);
const money = (x: number) => (cents(x) / 100).toFixed(2);

/**
 * The totals of the document level must add up (fatal). The line level (Σ lines, price × quantity, rate ×
 * basis per rate) is reported as warnings: the validators whose verdicts ZUGFeRD 1.0 files carry do not
 * check it, and early producers wrote gross line amounts into files published as correct.
 */
function checkArithmetic(root: XNode, report: Report): void {
  const transaction = root.get('rsm:SpecifiedSupplyChainTradeTransaction');
  const settlement = transaction?.get('ram:ApplicableSupplyChainTradeSettlement');
  const totals = settlement?.get('ram:SpecifiedTradeSettlementMonetarySummation');
  if (!transaction || !settlement || !totals) return;
  const total = (name: string) => {
    const n = num(totals.get(`ram:${name}`));
    return n && n.value !== null ? (n as Num & { value: number }) : null;
  };
  const unequal = (rule: string, what: Num & { value: number }, expected: number, formula: string, severity: Finding['severity'] = 'fatal') => {
    if (cents(what.value) !== cents(expected)) report(rule, `${formula}: ${what.text} ≠ ${money(expected)}.`, what.xpath, severity);
  };

  const lines = transaction.all('ram:IncludedSupplyChainTradeLineItem').filter((l) => !isNoteLine(l));
  const lineTotals = lines.map((l) => num(l.at('ram:SpecifiedSupplyChainTradeSettlement', 'ram:SpecifiedTradeSettlementMonetarySummation', 'ram:LineTotalAmount')));
  const lineTotal = total('LineTotalAmount');
  if (lineTotal && lines.length > 0 && lineTotals.every((t) => t?.value != null)) {
    unequal('ZF1-CALC-LINES', lineTotal, sum(lineTotals.map((t) => t!.value!)), 'LineTotalAmount = Σ line LineTotalAmount', 'warning');
  }
  for (const [i, line] of lines.entries()) checkLine(line, lineTotals[i], report);

  const allowanceCharges = settlement.all('ram:SpecifiedTradeAllowanceCharge');
  const isCharge = (ac: XNode) => /^true$/i.test(ac.at('ram:ChargeIndicator', 'udt:Indicator')?.text() ?? '');
  const charges = sum(amountsOf(allowanceCharges.filter(isCharge), 'ram:ActualAmount').map((a) => a.value!)) + sum(amountsOf(settlement.all('ram:SpecifiedLogisticsServiceCharge'), 'ram:AppliedAmount').map((a) => a.value!));
  const allowances = sum(amountsOf(allowanceCharges.filter((ac) => !isCharge(ac)), 'ram:ActualAmount').map((a) => a.value!));
  const chargeTotal = total('ChargeTotalAmount');
  const allowanceTotal = total('AllowanceTotalAmount');
  if (chargeTotal) unequal('ZF1-CALC-CHARGES', chargeTotal, charges, 'ChargeTotalAmount = Σ charges (SpecifiedTradeAllowanceCharge with ChargeIndicator true, SpecifiedLogisticsServiceCharge)');
  if (allowanceTotal) unequal('ZF1-CALC-ALLOWANCES', allowanceTotal, allowances, 'AllowanceTotalAmount = Σ allowances (SpecifiedTradeAllowanceCharge with ChargeIndicator false)');

  const basis = total('TaxBasisTotalAmount');
  if (basis && lineTotal) unequal('ZF1-CALC-BASIS', basis, lineTotal.value - (allowanceTotal?.value ?? 0) + (chargeTotal?.value ?? 0), 'TaxBasisTotalAmount = LineTotalAmount − AllowanceTotalAmount + ChargeTotalAmount');

  const taxes = settlement.all('ram:ApplicableTradeTax');
  const taxTotal = total('TaxTotalAmount');
  const calculated = amountsOf(taxes, 'ram:CalculatedAmount');
  if (taxTotal && calculated.length === taxes.length && taxes.length > 0) unequal('ZF1-CALC-TAX', taxTotal, sum(calculated.map((c) => c.value!)), 'TaxTotalAmount = Σ ApplicableTradeTax CalculatedAmount');
  for (const tax of taxes) {
    const amount = num(tax.get('ram:CalculatedAmount'));
    const base = num(tax.get('ram:BasisAmount'));
    const rate = num(tax.get('ram:ApplicablePercent'));
    if (amount?.value == null || base?.value == null || rate?.value == null) continue;
    // Rounded once per rate: a cent either way is the rounding of the line amounts behind the basis.
    const expected = (base.value * rate.value) / 100;
    if (Math.abs(cents(amount.value) - cents(expected)) > 1) report('ZF1-CALC-VAT', `CalculatedAmount = BasisAmount × ApplicablePercent / 100: ${amount.text} ≠ ${money(expected)}.`, amount.xpath, 'warning');
  }

  const grand = total('GrandTotalAmount');
  if (grand && basis && taxTotal) unequal('ZF1-CALC-GRAND', grand, basis.value + taxTotal.value, 'GrandTotalAmount = TaxBasisTotalAmount + TaxTotalAmount');
  const due = total('DuePayableAmount');
  if (due && grand) unequal('ZF1-CALC-DUE', due, grand.value - (total('TotalPrepaidAmount')?.value ?? 0), 'DuePayableAmount = GrandTotalAmount − TotalPrepaidAmount');
}

/** A line's net amount is its net price times its quantity (per the price's basis quantity). */
function checkLine(line: XNode, lineTotal: Num | null, report: Report): void {
  if (lineTotal?.value == null) return;
  const settlement = line.get('ram:SpecifiedSupplyChainTradeSettlement');
  // Line allowances and charges (EXTENDED) change the net amount beyond price × quantity.
  if (settlement?.get('ram:SpecifiedTradeAllowanceCharge')) return;
  const price = line.at('ram:SpecifiedSupplyChainTradeAgreement', 'ram:NetPriceProductTradePrice');
  const net = num(price?.get('ram:ChargeAmount') ?? null);
  const per = num(price?.get('ram:BasisQuantity') ?? null);
  const quantity = num(line.at('ram:SpecifiedSupplyChainTradeDelivery', 'ram:BilledQuantity'));
  if (net?.value == null || quantity?.value == null) return;
  const basisQuantity = per?.value ? per.value : 1;
  const expected = (net.value * quantity.value) / basisQuantity;
  if (Math.abs(cents(lineTotal.value) - cents(expected)) > 1) {
    report('ZF1-CALC-LINE', `Line LineTotalAmount = NetPriceProductTradePrice ChargeAmount × BilledQuantity / BasisQuantity: ${lineTotal.text} ≠ ${money(expected)}.`, lineTotal.xpath, 'warning');
  }
}
