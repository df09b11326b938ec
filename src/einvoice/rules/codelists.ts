/**
 * EN 16931 code list rules (BR-CL-*) for the codes whose lists are stable and known here: invoice type
 * codes (UNTDID 1001 subset), currencies (ISO 4217, from the runtime's ICU list plus the fund and metal
 * codes; the invoice's, the tax currency and every amount's currencyID), tax point date codes, countries (ISO 3166-1 alpha-2, plus 1A Kosovo and XI Northern Ireland),
 * payment means (UNTDID 4461) and VAT categories (UNTDID 5305 subset). Units, schemes, reason codes and
 * MIME codes are not checked (docs/einvoice.md).
 */
import type { Address } from '../semantic.js';
import type { Val } from '../xml-node.js';
import type { RuleGroup } from './types.js';

const TYPE_CODES = new Set(
  '71 80 81 82 83 84 102 130 202 203 204 211 218 219 261 262 295 296 308 325 326 331 380 381 382 383 384 385 386 387 388 389 390 393 394 395 396 420 456 457 458 527 532 553 575 623 633 751 780 817 870 875 876 877 935'.split(' '),
);
const VAT_CATEGORIES = new Set(['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M', 'B']);
/** Value added tax point date codes (BT-8): UBL writes UNTDID 2005 codes, CII UNTDID 2475 codes. */
const TAX_POINT_CODES = { ubl: new Set(['3', '35', '432']), cii: new Set(['5', '29', '72']) };
const PAYMENT_MEANS = /^([1-9]|[1-8]\d|9[0-7]|ZZZ)$/;
const EXTRA_CURRENCIES = new Set(['BOV', 'CHE', 'CHW', 'CLF', 'COU', 'MXV', 'USN', 'UYI', 'UYW', 'XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);
let currencies: Set<string> | undefined;
const isCurrency = (c: string) => (currencies ??= new Set([...Intl.supportedValuesOf('currency'), ...EXTRA_CURRENCIES])).has(c);

/**
 * ISO 3166-1 alpha-2 (the 249 codes of Debian's iso-codes 4.15), plus 1A (Kosovo) and XI (Northern
 * Ireland) as the EN 16931 code list adds them. Written out rather than taken from ICU's region names,
 * which also accept withdrawn codes (AN, CS, YU, SU) and non-ISO ones (AC, EA, IC, XK), and cost the
 * loading of ICU's display data on the first call.
 */
const COUNTRIES = new Set(
  ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW 1A XI').split(' '),
);
const isCountry = (c: string) => COUNTRIES.has(c);

export const codeListRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  const ubl = inv.syntax === 'ubl';
  if (inv.typeCode && !TYPE_CODES.has(inv.typeCode.text)) ctx.report('BR-CL-01', 'fatal', 'The document type code MUST be coded by the invoice and credit note related code lists of UNTDID 1001.', inv.typeCode.xpath);
  if (inv.currency && !isCurrency(inv.currency.text)) ctx.report('BR-CL-04', 'fatal', 'Invoice currency code MUST be coded using ISO code list 4217 alpha-3.', inv.currency.xpath);
  ctx.onElement((e) => {
    const id = e.raw !== null && typeof e.raw === 'object' ? (e.raw as Record<string, unknown>)['@currencyID'] : undefined;
    if (typeof id === 'string' && !isCurrency(id.trim())) ctx.report('BR-CL-03', 'fatal', 'currencyID MUST be coded using ISO code list 4217 alpha-3.', e.xpath());
  });
  if (inv.taxCurrency && !isCurrency(inv.taxCurrency.text)) ctx.report('BR-CL-05', 'fatal', 'Tax currency code MUST be coded using ISO code list 4217 alpha-3.', inv.taxCurrency.xpath);
  if (inv.taxPointCode && !TAX_POINT_CODES[ubl ? 'ubl' : 'cii'].has(inv.taxPointCode.text)) {
    ctx.report('BR-CL-06', 'fatal', `Value added tax point date code MUST be coded using a restriction of UNTDID ${ubl ? '2005' : '2475'}.`, inv.taxPointCode.xpath);
  }
  const addresses: (Address | null | undefined)[] = [inv.seller?.address, inv.buyer?.address, inv.payee?.address, inv.taxRepresentative?.address, inv.deliverTo];
  for (const a of addresses) {
    if (a?.country && !isCountry(a.country.text)) ctx.report('BR-CL-14', 'fatal', 'Country codes in an invoice MUST be coded using ISO code list 3166-1.', a.country.xpath);
  }
  for (const m of inv.paymentMeans) {
    if (m.code && !PAYMENT_MEANS.test(m.code.text)) ctx.report('BR-CL-16', 'fatal', 'Payment means in an invoice MUST be coded using UNCL4461 code list.', m.code.xpath);
  }
  const category = (rule: string, v: Val | null) => {
    if (v && !VAT_CATEGORIES.has(v.text)) ctx.report(rule, 'fatal', 'Invoice tax categories MUST be coded using UNCL5305 code list.', v.xpath);
  };
  // UBL: every cac:TaxCategory is BR-CL-17, a line's cac:ClassifiedTaxCategory BR-CL-18; CII: the
  // allowances' and charges' CategoryTradeTax are BR-CL-17, every ApplicableTradeTax BR-CL-18.
  for (const a of [...inv.allowances, ...inv.charges]) category('BR-CL-17', a.category);
  for (const b of inv.vat) category(ubl ? 'BR-CL-17' : 'BR-CL-18', b.category);
  for (const l of inv.lines) category('BR-CL-18', l.category);
};
