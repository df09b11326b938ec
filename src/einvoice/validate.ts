/**
 * Validation of an e-invoice XML against EN 16931 (core, calculation, VAT category and decimal rules)
 * and a CIUS profile: XRechnung (BR-DE-*) or Peppol BIS Billing 3.0 (PEPPOL-EN16931-R*). The profile is
 * taken from the Specification identifier (BT-24) unless one is asked for.
 */
import { InvoicectlError } from '../core/errors.js';
import { decodeXml, parseXml } from '../invoice/xml.js';
import { ciiSemantic } from './cii-semantic.js';
import { sniffEInvoice, xmlRoot, type EInvoiceSyntax, type Sniffed } from './detect.js';
import { calcRules } from './rules/calc.js';
import { ciiSyntaxRules } from './rules/cii-syntax.js';
import { codeListRules } from './rules/codelists.js';
import { coreRules } from './rules/core.js';
import { decimalRules } from './rules/decimals.js';
import { peppolRules } from './rules/peppol.js';
import type { Finding, RuleContext, RuleGroup } from './rules/types.js';
import { ublSyntaxRules } from './rules/ubl-syntax.js';
import { eachElement, type ElementVisit } from './xml-node.js';
import { vatRules } from './rules/vat.js';
import { xrechnungRules } from './rules/xrechnung.js';
import { ZF1_NAMESPACE, zugferd1Findings } from './rules/zugferd1.js';
import type { SemInvoice } from './semantic.js';
import { ublSemantic } from './ubl-semantic.js';

export type { Finding } from './rules/types.js';

export const PROFILES = ['en16931', 'xrechnung', 'peppol'] as const;
export type Profile = (typeof PROFILES)[number];

export interface XmlValidation {
  valid: boolean;
  syntax: EInvoiceSyntax;
  profile: Profile;
  /** BT-24 as written. */
  customization: string | null;
  /** The rule groups that ran, e.g. ["EN16931", "XRechnung"]. */
  ruleSets: string[];
  findings: Finding[];
}

export interface ValidateXmlOptions {
  /** Default: from the Specification identifier (BT-24). */
  profile?: Profile;
}

const EN16931_GROUPS: RuleGroup[] = [coreRules, calcRules, vatRules, decimalRules, codeListRules, ublSyntaxRules, ciiSyntaxRules];

/** The profile a Specification identifier (BT-24) names. */
export function profileOf(customization: string | null): Profile {
  const c = customization ?? '';
  if (/xrechnung/i.test(c)) return 'xrechnung';
  if (/peppol\.eu:2017:poacc:billing/i.test(c)) return 'peppol';
  return 'en16931';
}

/** Factur-X / ZUGFeRD MINIMUM and BASIC WL: header data only, no lines (the EN 16931 line rules do not apply). */
const WITHOUT_LINES = /(factur-x\.eu:1p0:(minimum|basicwl))|(zugferd\.de:2p\d:(minimum|basicwl))/i;

/**
 * ZUGFeRD 1.0 (CrossIndustryDocument in its final namespace) has its own checks (rules/zugferd1.ts):
 * the EN 16931 profiles do not apply to it. Null for any other XML.
 */
function zugferd1Validation(text: string, sniffed: Sniffed | null, options: ValidateXmlOptions): XmlValidation | null {
  if (sniffed?.name !== 'CrossIndustryDocument' || sniffed.namespace !== ZF1_NAMESPACE) return null;
  const { guideline, findings } = zugferd1Findings(parseXml(text));
  return { valid: !findings.some((f) => f.severity === 'fatal'), syntax: 'cii-d1', profile: options.profile ?? 'en16931', customization: guideline, ruleSets: ['ZUGFeRD 1.0'], findings };
}

/** The semantic invoice of an EN 16931 XML (UBL or CII); other XML is UNSUPPORTED_FILE_TYPE. */
export function semanticInvoice(input: string | Uint8Array, sniffedAlready?: Sniffed | null): SemInvoice {
  const bytes = decodeXml(input);
  const sniffed = sniffedAlready === undefined ? sniffEInvoice(bytes) : sniffedAlready;
  if (!sniffed) {
    const root = xmlRoot(bytes);
    if (!root) throw new InvoicectlError('XML_CORRUPT', 'not XML: no root element');
    throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', `not an EN 16931 invoice: root element ${root.name}${root.namespace ? ` in ${root.namespace}` : ' without namespace'} is neither UBL Invoice/CreditNote nor CII CrossIndustryInvoice`);
  }
  if (sniffed.syntax === 'cii-d1') throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', `${sniffed.name} in ${sniffed.namespace ?? 'no namespace'} is neither EN 16931 nor ZUGFeRD 1.0 (${ZF1_NAMESPACE}): the 2014 ZUGFeRD draft predates both, no rule set applies to it`);
  const tree = parseXml(bytes);
  return sniffed.syntax === 'ubl' ? ublSemantic(tree) : ciiSemantic(tree);
}

export function validateXml(bytes: string | Uint8Array, options: ValidateXmlOptions = {}): XmlValidation {
  // Decoded and sniffed once, for both the ZUGFeRD 1.0 and the EN 16931 path.
  const text = decodeXml(bytes);
  const sniffed = sniffEInvoice(text);
  const zf1 = zugferd1Validation(text, sniffed, options);
  if (zf1) return zf1;
  const inv = semanticInvoice(text, sniffed);
  const customization = inv.customization?.text ?? null;
  const profile = options.profile ?? profileOf(customization);
  const findings: Finding[] = [];
  const visitors: ((e: ElementVisit) => void)[] = [];
  const ctx: RuleContext = {
    inv,
    withoutLines: WITHOUT_LINES.test(customization ?? ''),
    minimum: /(factur-x\.eu:1p0|zugferd\.de:2p\d):minimum$/i.test(customization ?? ''),
    report: (rule, severity, message, xpath) => findings.push({ rule, severity, message, xpath }),
    onElement: (visit) => visitors.push(visit),
  };
  const groups = [...EN16931_GROUPS];
  const ruleSets = ['EN16931'];
  if (profile === 'xrechnung') {
    groups.push(xrechnungRules);
    ruleSets.push('XRechnung');
  } else if (profile === 'peppol') {
    groups.push(peppolRules);
    ruleSets.push('Peppol');
  }
  for (const g of groups) g(ctx);
  if (visitors.length > 0) eachElement(inv.root, (e) => visitors.forEach((visit) => visit(e)));
  return { valid: !findings.some((f) => f.severity === 'fatal'), syntax: inv.syntax, profile, customization, ruleSets, findings };
}
