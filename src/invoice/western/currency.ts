/**
 * The currency a Western invoice is in, from what it shows, best evidence first: a "Currency: EUR" line,
 * the symbols and ISO codes beside its amounts, the country of the seller's VAT id (or of every VAT id
 * and Indian GSTIN it prints, when they agree), the country named in its addresses. Nothing is guessed:
 * an invoice showing none of these has no currency (and required_fields says so).
 */
import { onFirstUse } from '../../core/remembered.js';
import { detectCurrency } from '../amounts.js';
import { charX, type Line, type Segment } from '../layout.js';

const EURO_VAT_PREFIXES = ['AT', 'BE', 'CY', 'DE', 'EE', 'EL', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK'];
const VAT_PREFIX_CURRENCY: Record<string, string> = {
  ...Object.fromEntries(EURO_VAT_PREFIXES.map((p) => [p, 'EUR'])),
  CZ: 'CZK', DK: 'DKK', HU: 'HUF', PL: 'PLN', RO: 'RON', SE: 'SEK', GB: 'GBP', CH: 'CHF', CHE: 'CHF', NO: 'NOK',
};
/** An EU-style VAT id (country prefix + 8–12 digits or letters, e.g. DE123456789, NL001234567B01, CHE-123.456.789). */
const VAT_ID = /\b(CHE|[A-Z]{2})[-\s]?(?=[0-9A-Z.]*\d{3})([0-9A-Z](?:[0-9A-Z]|\.(?=\d)){7,13})\b/g;
/** Indian GSTIN: state code, PAN, entity number, 'Z', check character. */
const GSTIN = /\b\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]\b/;

const COUNTRY_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Deutschland|Germany|France|Nederland|Netherlands|España|Spain|Italia|Italy|Österreich|Austria|Belgi(?:que|ë|um)|Ireland|Portugal|Luxembourg)\b/i, 'EUR'],
  [/\b(?:United Kingdom|England|Scotland|Wales)\b/i, 'GBP'],
  [/\b(?:Schweiz|Suisse|Switzerland)\b/i, 'CHF'],
  [/\bIndia\b/i, 'INR'],
  // Greece by its tax number's and tax office's keys, in Greek or Latin letters ("ΑΦΜ … ΔΟΥ", "A.F.M. … D.O.Y."), as
  // a Greek program prints them on every invoice: a print in Latin capitals may show no euro sign at all.
  [/^(?=[\s\S]*(?<!\p{L})(?:Α\.?\s?Φ\.?\s?Μ|A\.?\s?F\.?\s?M)\.?(?!\p{L}))(?=[\s\S]*(?<!\p{L})(?:Δ\.?\s?Ο\.?\s?Υ|D\.?\s?O\.?\s?Y)\.?(?!\p{L}))/u, 'EUR'],
  [/\b(?:USA|United States(?: of America)?)\b/, 'USD'],
];

/**
 * Countries whose currency is printed "$", by their name or their tax numbers (ABN, GST/HST): dollars, and the
 * Latin American pesos by the tax authority or registration an e-invoice must print (an address naming the
 * country is also a foreign buyer's): Argentina's CUIT and AFIP, Chile's SII, Colombia's DIAN, Uruguay's DGI and
 * CFE, Mexico's RFC and CFDI.
 */
const DOLLAR_COUNTRIES: Array<[RegExp, string]> = [
  [/\b(?:CUIT|AFIP)\b/, 'ARS'],
  [/\bS\.?I\.?I\.?(?![\w.])/, 'CLP'],
  [/\bDIAN\b/, 'COP'],
  [/\b(?:DGI|CFE)\b/, 'UYU'],
  [/\b(?:RFC|CFDI)\b/, 'MXN'],
  // (Not a US town of a province's name, its state's code after it: "Ontario, CA 91761", "Ontario, OR".)
  [/\b(?:Canada|Ontario(?!,?\s+[A-Z]{2}\b)|Qu[ée]bec|British Columbia|Alberta|HST|GST\/HST)\b/, 'CAD'],
  [/\b(?:Australia|ABN)\b/, 'AUD'],
  // New Zealand's GST number is its IRD number, printed in groups of two or three digits and two of three
  // ("GST No 112-448-903", "GST Number: 98-441-207"); Canada's is a business number with its RT account,
  // Singapore's and India's have letters.
  [/\bNew Zealand\b|\bGST\s*(?:No\.?|Number|Reg(?:istration)?\.?\s*No\.?|#)\s*:?\s*\d{2,3}-\d{3}-\d{3}\b/, 'NZD'],
  [/\bSingapore\b/, 'SGD'],
  [/\bHong Kong\b/, 'HKD'],
];

/**
 * A dollar other than the US one named by its sign ("NZ$"), or by its code beside a figure, in brackets
 * or ending a label ("Total Due (NZD)", "Total AUD"): not a word of a description ("CAD drafting").
 */
const DOLLAR_NAMED = /\b(?:CA?|AU?|S|NZ|HK)\$|\b(?:CAD|AUD|SGD|NZD|HKD)\b(?=\s?\d|\)|\s*$)|(?<=\d\s?|\()(?:CAD|AUD|SGD|NZD|HKD)\b/g;

/** The currency of a VAT id or GSTIN, or null when its prefix is not a country we know. */
export function currencyOfTaxId(id: string | null): string | null {
  if (!id) return null;
  if (GSTIN.test(id)) return 'INR';
  const m = id.toUpperCase().match(/^(CHE|[A-Z]{2})/);
  return m ? VAT_PREFIX_CURRENCY[m[1]] ?? null : null;
}

/**
 * The codes ISO 4217 has withdrawn since 1978 (DEM, FRF, LTL, EEK, HRD…), its fund and metal codes (BOV,
 * XAU…) and CLDR's offshore yuan (CNH): old invoices print them. With the runtime's current codes
 * (`Intl.supportedValuesOf`) they are the 307 codes ICU 78 names in English. Written out, not asked of
 * `Intl.DisplayNames`: loading its currency names cost ~110 M instructions (~25 ms) in the process of
 * every Western invoice that prints a word in capitals.
 */
const OTHER_CODES =
  'ADP AFA ALK AOK AON AOR ARA ARL ARM ARP ATS AZM BAD BAN BEC BEF BEL BGL BGM BGO BOL BOP BOV BRB BRC ' +
  'BRE BRN BRR BRZ BUK BYB BYR CHE CHW CLE CLF CNH CNX COU CSD CSK CYP DDM DEM ECS ECV EEK ESA ESB ESP ' +
  'FIM FRF GEK GHC GNS GQE GRD GWE GWP HRD IEP ILP ILR ISJ ITL KRH KRO LTL LTT LUC LUF LUL LVL LVR MAF ' +
  'MCF MDC MGF MKN MLF MRO MTL MTP MVP MXP MXV MZE MZM NIC NLG PEI PES PLZ PTE RHD ROL RUR SDD SDP SIT ' +
  'SKK SRG STD SUR TJR TMM TPE TRL UAK UGS USN USS UYI UYP UYW VEB VED VEF VNN XAG XAU XBA XBB XBC XBD ' +
  'XEU XFO XFU XPD XPT XRE XTS XUA XXX YDD YUD YUM YUN YUR ZAL ZMK ZRN ZRZ ZWD ZWR';
const inUse = onFirstUse(() => new Set(Intl.supportedValuesOf('currency')));
const currencyCodes = onFirstUse(() => new Set([...inUse(), ...OTHER_CODES.split(' ')]));

/** An ISO 4217 code as printed: three capitals that name a currency, current or withdrawn. */
export const isCurrencyCode = (code: string): boolean => code.length === 3 && currencyCodes().has(code);

/**
 * Local signs that name one currency only, after a figure ("kr" names three: KRONE below), or before it ("S/ 7,850.00",
 * the Peruvian sol). A sign may wrap under its figure in a narrow cell ("90 800,00" over "Lekë").
 */
const LOCAL_SIGNS: Array<[RegExp, string]> = [
  [/\d\s?Ft\b/, 'HUF'], [/\d\s?lei\b/i, 'RON'], [/\d\s*lek[ëe]?(?![\p{L}])/iu, 'ALL'], [/\d\s*ден\./, 'MKD'],
  [/\d\s*дин\.|\(дин\.\)|\d\s*din\./, 'RSD'], [/\d\s*лв\./, 'BGN'], [/(?<![\p{L}])S\/\s?\d/u, 'PEN'],
  // The hryvnia ("57 900,00 грн."), the Bosnian convertible mark ("8.002,80 KM": in capitals, no kilometre).
  [/\d\s*грн(?![А-яЁёІіЇїЄєҐґ])/, 'UAH'], [/\d\s?KM\b/, 'BAM'],
];

/**
 * The currencies a line's figures are marked in by a sign that names one currency only: a local sign after a
 * figure ("6.201,08 lei", "37 993,88 Kč", "1 000,00 zł") or the euro's and the pound's before or after one. Not
 * "$" nor "kr", which name several.
 */
export function signsBesideFigures(text: string): string[] {
  const signs: Array<[RegExp, string]> = [...LOCAL_SIGNS, [/\d\s?Kč|Kč\s?\d/, 'CZK'], [/\d\s?zł|zł\s?\d/, 'PLN'], [/€\s?-?\d|\d\s?€/, 'EUR'], [/£\s?-?\d|\d\s?£/, 'GBP']];
  return signs.filter(([re]) => re.test(text)).map(([, code]) => code);
}

/**
 * "kr 19 515,00", "1 250,00 kr.": a Danish, Norwegian, Swedish or Icelandic figure; or a label's "kr." with its
 * figure in the next cell, negative on a credit note ("Samtals kr.  -35.092").
 */
const KRONE = /\bkr\.?\s*-?\d|\d\s?kr\b/;
/** "Kr." heading an amount column, alone in its cell or after the column's word ("Beløb kr.", "Beløb i kr."). */
const KRONE_HEADER = /^(?:\p{L}+\s+)?(?:i\s+)?\(?kr\.?\)?$/iu;
/** What names the country: its registrations (Norway's "Org.nr. … MVA" and KID, Denmark's CVR, Sweden's F-skatt and giro) or its name. */
const KRONE_COUNTRIES: Array<[RegExp, string]> = [
  [/\b(?:org\.?\s?n(?:r|ummer)\.?\s*(?:NO\s?)?\d{3}\s?\d{3}\s?\d{3}\s*MVA|Foretaksregisteret|Norge|Norway)\b/i, 'NOK'],
  // In capitals only: "kid" is also an English word.
  [/\bKID(?:-nummer)?\b/, 'NOK'],
  [/\b(?:CVR(?:-nr)?|Danmark|Denmark)\b/i, 'DKK'],
  [/\b(?:F-skatt|bankgiro|plusgiro|momsreg(?:istrerings)?\.?\s?nr|Sverige|Sweden)\b/i, 'SEK'],
  // Iceland's kennitala ("Kt. 540317-1280") and VAT number ("VSK-nr.").
  [/\b(?:kt\.\s?\d{6}-\d{4}|VSK-n(?:r|úmer)\.?|Ísland|Iceland)/i, 'ISK'],
];

/** "R 124 000.00": the rand's sign, a capital R alone before a figure (or in a cell of its own before the figure's, "R  124 000.00"). */
const RAND = /(?<![\p{L}\d])R\s{0,2}\d{1,3}(?:[ ,]\d{3})*\.\d{2}\b/u;
/** What names South Africa: its name, a "(Pty) Ltd", or a company registration number as CIPC issues it (2016/224417/07). */
const SOUTH_AFRICA = /\b(?:South Africa|Suid-Afrika)\b|\(Pty\)\s*Ltd\b|\b(?:19|20)\d{2}\/\d{6}\/\d{2}\b/i;

/**
 * "Euro" before a word names a standard, not the currency: "Euro pallet", "Euro-Palette", "Euro zone";
 * "in Euro zzgl. MwSt." and "Euro hors taxes" still name the currency.
 */
const EURO_ADJECTIVE = onFirstUse(() => /\bEuro(?=-\p{L}|\s+(?!(?:inkl|zzgl|exkl|incl|excl|hors|netto|brutto|ttc|ht)\b)\p{Ll})/gu);

/**
 * "EUR" or "Euro" beside a pallet's word names the pallet's standard: "Paleți EUR", "EUR-Paletten", "palety EUR",
 * "Euro pallets".
 */
const EURO_PALLET = onFirstUse(() => /\bEURO?[-\s]?(?=pal)|(?<=\bpal\p{L}*\s)EURO?\b/giu);

/**
 * A currency named by its word in a sentence of the terms, not beside a figure as its sign: the 40 euros of the EU's late
 * payment rules a Hungarian invoice in forints cites ("… késedelmi kamatot és 40 eurónak megfelelő behajtási
 * költségátalányt számítunk fel."). It names the invoice's currency only when nothing else does.
 */
function inSentence(text: string): boolean {
  // (Only a currency's word: a sign or a code names it anywhere, "… (BT-111) : 2 147,63 EUR", "Règlement en USD par
  // virement …" on an invoice in dollars that states its VAT in euros.)
  return (text.match(/\p{L}{2,}/gu)?.length ?? 0) >= 10 && !signsBesideFigures(text).length && !/[$€£¥]/.test(text)
    && !(text.match(/\b[A-Z]{3}\b/g) ?? []).some(isCurrencyCode);
}

/** A UK postcode ("RM18 7HZ", "SW1A 1AA"): its area's letters are no currency sign (RM is also the ringgit's). */
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
/**
 * A reference that opens with three capitals joined by a hyphen to its digits ("PO CHF-25-1180", "EUR-INV-0042"):
 * a customer's or order's code, no currency. A figure after the hyphen ("EUR-1.250,00") is still one.
 */
const CODE_IN_REFERENCE = /\b[A-Z]{3}-(?=[A-Z\d/-]*\d)[A-Z\d]+(?:[-/][A-Z\d]+)*(?![\d.,'])/g;

/**
 * A three-capital code before a figure with its cents, after one, or in brackets; or after an amount column's
 * header and a comma ("Amount, AMD"), as pages in a currency without cents print it.
 */
const CODE_BESIDE_FIGURE = /\b([A-Z]{3})\s?(?=\d[\d.,' ]*[.,]\d{2}\b)|(?<=\d[.,]\d{2}\s?|\b(?:[Aa]mount|[Pp]rice|[Tt]otal|[Ss]um|[Vv]alue),\s?)([A-Z]{3})\b|\(([A-Z]{3})\)/g;
/** An amount's word right before a bracket, whose code is then the amount's currency: "Total Amount (", "Betrag (". */
const AMOUNT_WORD_BEFORE = /(?:amount|total|price|sum|value|betrag|summe|preis|montant|prix|importe|importo|totale|bedrag|totaal|prijs)\s*$/i;
/** An item table's unit column's header: "UM", "U.M.", "Unit", "Einheit", "ME", "Unité", "Eenheid", "Unidad". */
const UNIT_HEADER = /^(?:u\.?\s?m\.?|units?|unit\s+of\s+measure|uom|einheit|me|unit[ée]|eenheid|unidad|unidade|enhet|yksikk[öo]|j\.\s?m\.)$/i;
/** Japan's consumption tax or its qualified-invoice registration number ("T" and 13 digits): "¥" is the yen. */
const JAPAN = /\bconsumption\s+tax\b|\bregistration\s+(?:no\.?|number)\s*:?\s*T\d{13}\b|\bJapan\b/i;

function mostFrequent(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (!best || n > counts.get(best)!) best = v;
  return best;
}

export function documentCurrency(lines: readonly Line[], text: string, sellerTaxId: string | null): string | null {
  // The first code a currency label states: in capitals as codes are printed ("Währung der
  // Umsatzsteuerbuchung" states none) and one ISO 4217 knows, current or withdrawn (DEM). A scan may
  // put a speck read as a letter before the colon ("Rechnungswährung S: GBP").
  for (const m of text.matchAll(/(?:currency|währung|rechnungswährung|devise|valuta|moneda|moeda|waluta|měna|mena|valiuta|valūta|валюта|unit(?=\s*:)|mata\s+uang|đồng\s+tiền(?:\s+thanh\s+toán)?|loại\s+tiền)\s*(?:\w?\s*[:.])?\s*(\w{3})\b/gi)) {
    if (isCurrencyCode(m[1])) return m[1];
  }

  const marks = lines.flatMap((l) => l.segments.map((s) => {
    const text = s.text.replace(EURO_ADJECTIVE(), '').replace(EURO_PALLET(), '').replace(UK_POSTCODE, '').replace(CODE_IN_REFERENCE, '');
    const code = detectCurrency(text);
    return { code, told: !!code && inSentence(text) };
  }));
  const symbols = mostFrequent(marks.filter((m) => m.code && !m.told).map((m) => m.code!));
  // A bare "$" is the dollar of the seller's country: Canadian, Australian… unless it says US$ or USD.
  // The one other dollar the page names by its code or sign ("Total Due (NZD)", "NZ$") says which; else
  // the country the page names.
  if (symbols === 'USD' && !/US\$|\bUSD\b/.test(text)) {
    const named = new Set(lines.flatMap((l) => l.segments.flatMap((s) => [...s.text.matchAll(DOLLAR_NAMED)].map((m) => detectCurrency(m[0])!))));
    const dollars = named.size ? [...named] : DOLLAR_COUNTRIES.filter(([re]) => re.test(text)).map(([, code]) => code);
    if (dollars.length && dollars.every((c) => c === dollars[0])) return dollars[0];
  }
  if (symbols === 'CNY' && JAPAN.test(text)) return 'JPY';
  if (symbols) return symbols;
  // Any other ISO code beside a figure with its cents or in a label's brackets: "AED 34,500.00",
  // "1 250,00 MKD", "Total (KES)". A code alone in a word ("TOP 10", "ALL 3") names no currency, nor
  // one in an item table's unit column ("BAN", a pallet, under "UM", run into the VAT rate beside it).
  // (The header's text item: a narrow header may be read into one cell with the next, "Prezzo UM".)
  const units = lines.flatMap((l) => l.segments.flatMap((s) => s.items.filter((item) => UNIT_HEADER.test(item.text.trim()))));
  // (The code's place within its cell: a producer may write a row's cells as one text item, "125,00000 BAN 22,00".
  // A code in brackets is a header's currency, "(EGP)" under "Unit" over "Price": no unit.)
  const inUnitColumn = (s: Segment, m: RegExpMatchArray) => {
    if (m[3]) return false;
    const at = m.index! + m[0].indexOf((m[1] ?? m[2])!);
    const [x, x2] = [charX(s, at), charX(s, at + 3)];
    return units.some((u) => x < u.x + u.width + 2 && x2 > u.x - 2);
  };
  // (A code in brackets names a currency when it is one in use, or when an amount's word heads it, "Total
  // Amount (DEM)" on an invoice of before the euro; a withdrawn code in brackets elsewhere is an abbreviation
  // that spells it, "Addebito su conto corrente (SDD)", SEPA's direct debit, once the Sudanese dinar.)
  const bracketed = (s: Segment, m: RegExpMatchArray) => inUse().has(m[3]!) || AMOUNT_WORD_BEFORE.test(s.text.slice(0, m.index));
  const codes = lines.flatMap((l) => l.segments.flatMap((s) => [...s.text.matchAll(CODE_BESIDE_FIGURE)].filter((m) => !inUnitColumn(s, m) && (!m[3] || bracketed(s, m))).map((m) => m[1] ?? m[2] ?? m[3]))).filter(isCurrencyCode);
  if (codes.length) return mostFrequent(codes);
  // A currency printed after its figures by its local sign: "317 500 Ft".
  const local = LOCAL_SIGNS.find(([re]) => re.test(text));
  if (local) return local[1];
  const told = mostFrequent(marks.filter((m) => m.code && m.told).map((m) => m.code!));
  if (told) return told;
  const seller = currencyOfTaxId(sellerTaxId);
  if (seller) return seller;
  const ids = [...text.matchAll(VAT_ID)].map((m) => currencyOfTaxId(m[1])).filter((c): c is string => !!c);
  if (GSTIN.test(text)) ids.push('INR');
  if (ids.length && ids.every((c) => c === ids[0])) return ids[0];
  // "kr" beside a figure is the krone or krona of the one Nordic country the page's registrations name
  // (after the VAT ids: a name is also the buyer's country).
  if (KRONE.test(text) || lines.some((l) => l.segments.some((c) => KRONE_HEADER.test(c.text.trim())))) {
    const nordic = new Set(KRONE_COUNTRIES.filter(([re]) => re.test(text)).map(([, code]) => code));
    if (nordic.size === 1) return [...nordic][0]!;
  }

  if (RAND.test(text) && SOUTH_AFRICA.test(text)) return 'ZAR';

  const countries = COUNTRY_NAMES.filter(([re]) => re.test(text)).map(([, code]) => code);
  if (countries.length && countries.every((c) => c === countries[0])) return countries[0];
  return null;
}
