/**
 * Fields read by OCR that the result must not state with confidence:
 * - unsure: a number, amount or party name that OCR got partly wrong still parses (a 3 read as 8), so
 *   the parsers cannot tell; the engine's certainty can. A field is unsure when, in every OCR'd item
 *   that shows its value, the value's own characters are not all at MIN_CONFIDENCE or above (a title
 *   word in the same item does not count: "Handelsrechnung (380) Nr. …" read at 38-48% made sure
 *   numbers unsure). Items without per-character certainty (tesseract) are judged by their word's.
 * - computed: an amount the page text does not show at all, which the parser computed from the other
 *   totals (net + tax = total) because OCR lost its figure. It is right only if the figures it came from
 *   are, and the totals check that would have caught a misread one now holds by construction; a total
 *   that the 大写 words printed on the page confirm is read, not computed.
 * - unsure too: a party name the page prints otherwise a few letters apart, in its own web or mail
 *   domain or in another reading of the name (nearlyPrinted), however sure OCR was of each; a name or
 *   number that OCR ran together with the text beside it, its space lost (runTogether, gluedLabel), or a
 *   name with a space OCR put after a word's capital (capitalSplitOff), an "l" read for a word's capital
 *   I (I_READ_AS_L) or a letter lost from its company form (formLetterLost); a
 *   name that reads as an address (addressLike) or as the second line of a name wrapped over two
 *   (wrappedName) or the first of two with its end left under it (restWrappedUnder): the layout rules
 *   took the wrong rows of a block whose rows OCR placed otherwise; a
 *   number that opens with a glyph of the seam between two boxes read twice (glyphReadTwice), or that is
 *   a label's sign read as a figure (signReadAsFigure).
 * Either makes the result need review, with a check that names the field, instead of stating a guess;
 * but a net that two or more item lines add up to stands, and so does one unsure amount that the two
 * others, read with certainty or so confirmed, add up to (net + tax = total).
 */
import { onFirstUse } from '../core/remembered.js';
import { escapeRegExp } from '../core/matches.js';
import type { PageText, TextItem } from '../core/text.js';
import { editDistance, editsToFind, findAmounts, findDate, parseAmount, isChineseInvoice, dateInOrderPrinted, monthNameDatesParted, pageLines, paidLessChange, parseChineseAmount, wordsAgainstFigures, type Invoice, type Line, type Segment } from '../invoice/index.js';
import { plausibleYear } from '../invoice/receipt/dates.js';
import { isCurrencyCode } from '../invoice/western/currency.js';
import { NUMBER_HEADER } from '../invoice/western/text.js';
import { ATTENTION, BUYER_WORD, endsInCompanyForm, isBuyerLabel, isContactRow, isFormOnly, isSellerLabel, LEADING_SALUTATION, opensWithNameLabel, squeeze, withoutCompanyForm } from '../invoice/western/parties.js';

/**
 * Certainty (0..100) of a value's least sure character below which OCR text is not trusted for a key
 * field. Judged on the value's own characters, 50 flagged fewer right scans than on the item's least
 * sure word and named the same wrong ones; higher (60-80) named one misread number more but flagged
 * many right numbers and receipts: a right character's least sure CTC step is often as low as a
 * wrong one's (bench/accuracy/README.md, "Per-character certainty").
 */
export const MIN_CONFIDENCE = 50;

/** Digits of the ways an amount is printed (526 → "52600"; thousands separators and ¥ drop out). */
const digitsOfAmount = (n: number) => n.toFixed(2).replace('.', '');
const digitsOf = (s: string) => s.replace(/\D/g, '');
/** Enough of a name's start to find the items that show it. */
const NAME_KEY = 6;

export interface OcrDoubts {
  unsure: string[];
  /**
   * Those of `unsure` whose one doubt is OCR's certainty of a character (no other sign that the value is
   * wrong): a second, larger reading of its row may settle them (ocr-second-look.ts).
   */
  uncertainOnly?: string[];
  /**
   * Those of `unsure` (party names) whose one doubt is the marks of the page's language, which OCR does
   * not read, or those marks and OCR's certainty of a letter: a reading of their row with that language's
   * model may settle them (ocr-marks.ts), with `marksLanguage` its tesseract code.
   */
  marksOnly?: string[];
  marksLanguage?: string;
  /**
   * Those of `marksOnly` whose language is told by their own party, not by the page's words (nameLanguage:
   * "Lydværket ApS" on a page in English), each with its tesseract code: their re-read takes it.
   */
  nameLanguages?: Record<string, string>;
  /**
   * Party names of a page in French: French marks PaddleOCR's dictionary lacks (ô ê â î û ç ë ï) are
   * read by no one unless the name's row is read again with French's model (ocr-marks.ts, frenchMarks).
   */
  frenchNames?: string[];
  /**
   * Those of `unsure` (party names on a page in French) whose one doubt is a word French writes with a mark
   * read without it (frenchMarkLost: "Hotel" for "Hôtel"): the French re-read that gives the word its mark
   * settles them (ocr-marks.ts, frenchMarks).
   */
  frenchMarkOnly?: string[];
  /**
   * Those of `unsure` (party names) in doubt for the name's shape, which no reading of its row settles (a
   * hyphen set apart, a buyer of one word): a re-read may still give the name its marks, the doubt stays.
   */
  kept?: string[];
  computed: string[];
  /** Fields the page must show that OCR did not give (see noBuyer). */
  unread?: string[];
}

/** OCR'd text: an item, or the cell (layout segment) that OCR cut into two items. */
interface Read {
  text: string;
  confidence?: number;
  charConfidence?: number[];
}

/** Where in a text its value's own characters are: one list of indices per showing of it. */
type Locate = (text: string) => number[][];

export function doubtfulFields(invoice: Invoice, pages: readonly PageText[]): OcrDoubts {
  // Items without a confidence are a real text layer (a page of the document that has one): what they
  // say is what the document says.
  const items = pages.flatMap((p) => p.items);
  let lines: Line[] | undefined;
  const allLines = () => (lines ??= pageLines(pages));
  let segments: Segment[] | undefined;
  const allSegments = () => (segments ??= allLines().flatMap((l) => l.segments));
  let cells: Read[] | undefined;
  // The items that show a value; when none does, the cells: OCR cut the value into two boxes.
  const showing = (locate: Locate): Read[] => {
    const shown = items.filter((i) => locate(i.text).length);
    if (shown.length) return shown;
    cells ??= allSegments().filter((s) => s.items.length > 1 && s.items.some((i) => i.confidence !== undefined))
      .map((s) => ({ text: s.text, confidence: Math.min(...s.items.map((i) => i.confidence ?? 100)), charConfidence: s.charConfidence }));
    return cells.filter((c) => locate(c.text).length);
  };
  const unsure = (locate: Locate, shown = showing(locate)) => shown.length > 0 && certainty(shown, locate) < MIN_CONFIDENCE;
  const unsureThroughout = (locate: Locate, shown = showing(locate)) => shown.length > 0 && shown.every((read) => locate(read.text).every((at) => eachWordWeak(read, at)));
  const out: OcrDoubts = { unsure: [], computed: [] };
  /**
   * A field in doubt: for OCR's certainty (`uncertain`), the marks of the page's language (`marksLost`),
   * a word French writes with a mark read without it (`frenchLost`) or another sign (`otherwise`), or several.
   */
  const doubt = (field: string, uncertain: boolean, otherwise: () => boolean, marksLost = false, frenchLost = false) => {
    const other = otherwise();
    if (uncertain || marksLost || frenchLost || other) out.unsure.push(field);
    if (uncertain && !marksLost && !frenchLost && !other) (out.uncertainOnly ??= []).push(field);
    // (OCR unsure of a letter too: the marks' re-read, sure of each word and letter for letter, is a second
    // reading that settles that as the second look does.)
    if (marksLost && !frenchLost && !other) (out.marksOnly ??= []).push(field);
    if (frenchLost && !uncertain && !marksLost && !other) (out.frenchMarkOnly ??= []).push(field);
  };
  if (invoice.number) {
    const number = invoice.number;
    doubt('number', unsure(occurrences(number)), () => gluedLabel(number) || wordForNumber(number) || smallAmidCapitals(number) || zeroAmidCapitals(number) || oneAmidCapitals(number) || cutShort(number, items) || onlyInDates(number, items) || underOtherLabel(number, items) || glyphReadTwice(number, allSegments) || figuresLostBeside(number, items) || signReadAsFigure(number, items) || farBesideTitle(number, items) || headOnRowAbove(number, items) || headInCellAbove(number, items) || underRunGrid((text) => text === number, items, allSegments));
  }
  if (invoice.code && unsure(occurrences(invoice.code))) out.unsure.push('code');
  if (invoice.currency && ((!rmbInWords(invoice) && otherCurrencyTotalled(invoice.currency, items)) || (invoice.currency === 'USD' && dollarOfNoCountry(items)) || signMarkLost(invoice.currency, items) || rateConvertsInto(invoice.currency, items))) out.unsure.push('currency');
  if (invoice.date && (datedOtherwise(invoice.date, items, invoice.documentType === 'credit_note') || dueDated(invoice.date, items) || !dateShown(invoice.date, items, allLines) || digitLost(invoice.date, items) || rateDated(invoice.date, items) || underRunGrid((text) => { const d = findDate(text); return d?.date === invoice.date && d.index === 0; }, items, allSegments))) out.unsure.push('date');
  let wrapped: Read[] | undefined;
  for (const field of ['amount', 'taxAmount', 'totalAmount'] as const) {
    const value = invoice[field];
    if (value === null || value <= 0) continue;
    const locate = digitsShowing(digitsOfAmount(value));
    const inItems = showing(locate);
    const shown = inItems.length ? inItems : (wrapped ??= wrappedAmounts(items)).filter((r) => locate(r.text).length);
    if (unsure(locate, shown)) out.unsure.push(field);
    else if (!shown.length && !printedOtherwise(invoice, field, items) && !netByForm(invoice, field, items) && !printedInParts(invoice, value, items, field) && !paidAtTill(invoice, field, allLines) && !(field === 'taxAmount' && (taxByRows(value, allLines()) || taxByRates(invoice, value, items)))) out.computed.push(field);
  }
  if (invoice.taxAmount === 0 && unprintedZeroTax(items)) out.computed.push('taxAmount');
  const sheet = printedAcross(pages);
  const marks = unreadMarks(items);
  const french = inFrench(items);
  const german = inGerman(items);
  const english = onFirstUse(() => !marks.unread && !french && !german && inEnglish(items));
  for (const party of ['seller', 'buyer'] as const) {
    const name = withoutRegistration(invoice[party].name);
    if (!name) continue;
    const locate = nameShowing(name, items);
    const shown = items.filter((i) => locate(i.text).length);
    // Certainty of the name's own words: a company form is one of a few words ("Ltd", "GmbH"), which OCR
    // unsure of a letter still gives right (a right "Brackenridge Joinery Ltd" with its "t" at 38).
    const words = withoutCompanyForm(name) || name;
    const form = name.slice(words.length).trim();
    const own = words === name ? locate : nameShowing(words, items);
    const ownShown = own === locate ? shown : items.filter((i) => own(i.text).length);
    // (On a page in a language whose marks OCR gives, a name may still be of one whose marks it does not.)
    const language = marks.unread ? undefined : nameLanguage(name, invoice[party]);
    doubt(`${party}.name`, unsure(own, ownShown) || unsureThroughout(own, ownShown), () => runTogether(german ? sharpS(name) : name, items) || addressLike(name, sheet) || notAName(name) || codePrefix(name, items) || labelAsName(name) || labelAfterName(name) || opensWithNameLabel(name) || (party === 'seller' && (capitalsWordOver(name, items) || openedAlike(name, invoice.buyer.name) || sellerAddressed(name, items) || formedElsewhere(name, items, invoice.buyer.name) || overBuyersAddress(name, invoice.buyer.name, items) || spelledOut(name, items))) || (party === 'buyer' && senderLineHead(name, invoice.seller.name)) || wrappedName(name, shown, items, party === 'seller') || restWrappedUnder(name, shown, items) || townUnderPostcode(name, items) || formCaseMisread(name) || (formInCapitals(name) && !capitalsAlone(name, items)) || capitalSplitOff(name) || SPACED_INITIALS().test(name) || I_READ_AS_L.test(name) || L_READ_AS_I.test(name) || formLetterLost(name, items) || (spacedForm(form) && unsure(occurrences(form))) || spelledOtherwise(name, items, marks.unread || german, french, marks.language ?? (german ? 'deu' : undefined)) || nearlyPrinted(name, items) || rowsRunTogether(name, items, allSegments) || tradeLine(name, shown) || chargeRow(name, shown, items) || labelHead(name, shown, items) || cafeMarkLost(name) || (invoice.currency === 'NZD' && MACRON_READ.test(name)) || placeCutShort(name, items) || cutInsideWord(name, items, invoice[party === 'seller' ? 'buyer' : 'seller'].name) || loneLetterCase(name, items) || capitalShapeLost(name) || formShapeRaised(name) || givenNameSmall(name) || SAINT_SMALL().test(name) || (english() && markOfNoLanguage(name)) || formPartLost(name) || figuresAsName(name) || hungarianCapitalsMarkLost(name) || formStopLost(name, items) || opensJoined(name) || formGluedInCapitals(name) || DOTTED_FORM_STOP_LOST().test(name) || strayMark(name) || wordmarkCases(name) || REFERENCE_LABEL().test(name.trim()), marks.unread || !!language || (german && (germanMarkLost(name) || readBareElsewhere(name, items) || umlautUnsure(ownShown, own))), (french || frenchParty(name, invoice[party])) && frenchMarkLost(name));
    // (Apart from the doubts above: the marks' re-read of such a name still gives its marks, and leaves the doubt.)
    if (language && out.marksOnly?.includes(`${party}.name`)) (out.nameLanguages ??= {})[`${party}.name`] = language;
    if (SPACED_HYPHEN.test(name) || (party === 'buyer' && ONE_WORD().test(name.trim()) && !saluted(name, items)) || capitalMarkLost(name, marks.unread ? marks.language : language)) {
      if (!out.unsure.includes(`${party}.name`)) out.unsure.push(`${party}.name`);
      (out.kept ??= []).push(`${party}.name`);
    }
  }
  // A buyer read as a label with its number: the buyer's block was not read as one, and the seller read may be
  // that block's name (the buyer's), in doubt with it.
  const buyerName = withoutRegistration(invoice.buyer.name);
  // (Either doubt below is none a re-read of the name's marks settles: the name leaves OcrDoubts.marksOnly.)
  const doubtedOtherwise = (field: string) => {
    if (!out.unsure.includes(field)) out.unsure.push(field);
    if (out.marksOnly?.includes(field)) out.marksOnly = out.marksOnly.filter((f) => f !== field);
    if (out.nameLanguages?.[field]) out.nameLanguages = Object.fromEntries(Object.entries(out.nameLanguages).filter(([f]) => f !== field));
  };
  if (invoice.seller.name && buyerName && figuresAsName(buyerName)) doubtedOtherwise('seller.name');
  // A seller whose block is addressed to someone is the buyer: the buyer read is then the seller, in doubt with it.
  if (invoice.seller.name && invoice.buyer.name && sellerAddressed(withoutRegistration(invoice.seller.name)!, items)) doubtedOtherwise('buyer.name');
  // The seller read in the buyer's place is put in doubt with it, when no reading gives a buyer (settle.ts);
  // so are a net and a tax not read, which an invoice addressed to someone states (checks.ts asks them
  // only of one whose buyer was read: a till receipt may print its total alone).
  const netAndTax = (['amount', 'taxAmount'] as const).filter((f) => invoice[f] === null);
  if (noBuyer(invoice, sheet)) out.unread = ['buyer.name', ...netAndTax];
  // A sheet whose total OCR did not read (its totals block lost, a page read upside down): the net and
  // the tax it states went with it, and a buyer not read either. The missing total flags the result
  // already; this names them too.
  else if (sheet && invoice.totalAmount === null && !isChineseInvoice(invoice)) {
    const unread = [...(invoice.buyer.name ? [] : ['buyer.name']), ...netAndTax];
    if (unread.length) out.unread = unread;
  }
  if (out.marksOnly && marks.language) out.marksLanguage = marks.language;
  // (A German page's name with a word German writes with an umlaut read bare: its marks read by German's model.)
  else if (out.marksOnly && german && !marks.unread) out.marksLanguage = 'deu';
  const named = (['seller', 'buyer'] as const).filter((party) => invoice[party].name && (french || frenchParty(invoice[party].name!, invoice[party]))).map((party) => `${party}.name`);
  if (named.length) out.frenchNames = named;
  return corroborated(invoice, out);
}

/**
 * A label of the issue date at the start of a text ("Datum:", "Invoice Date", "Fecha de factura", an ERP's "Date facture",
 * "Data de emissão", "Dátum vystavenia", whose mark OCR may read as another: "Dätum", "emissäo"). (A longer
 * label before the shorter one it opens with: "Date facture" read as "Date" left "facture" for its value.)
 */
const ISSUE_DATE_LABEL = /^(?:rechnungsdatum|d[aáä]tum\s+vystaven(?:ia|í|i)|datum|invoice\s+date|date\s+of\s+issue|issue\s+date|date\s+(?:de\s+(?:la\s+)?)?facture|date|fecha(?:\s+de\s+(?:factura|emisi[oó]n))?|data(?:\s+(?:de\s+)?(?:fattura|wystawienia|emiss[aãä]o|vystaven[ií]))?|factuurdatum|fakturadato|fakturadatum)\s*:?\s*/i;

/**
 * Whether the page labels another date as the issue date: the label with its date after it, or alone
 * with its date under it ("Rechnungsdatum" over "12.03.2025"). OCR moves rows of a label column apart
 * and puts others on one line ("Datum: 06.03.2025" beside "zu Rechnung Nr. … vom 20.02.2025"), and the
 * parser then takes a delivery date or a referenced invoice's date, which parses as well as the right
 * one, or the labelled date's figures OCR split ("24-1 1-2025") read as none. Either day/month order of
 * the labelled date may be the invoice's. A value OCR wrapped in its cell ("14 de novembro de" over
 * "2025", "2025-" over "11-10") is read with its second row, as dateShown reads one. On a credit note
 * (`creditNote`), a label that names the invoice dates the invoice the note credits.
 */
function datedOtherwise(date: string, items: readonly TextItem[], creditNote: boolean): boolean {
  for (const item of items) {
    if (item.confidence === undefined) continue;
    const text = item.text.trim();
    const label = ISSUE_DATE_LABEL.exec(text);
    if (!label || (creditNote && INVOICE_NAMED.test(label[0]))) continue;
    const rest = text.slice(label[0].length);
    let read: string[];
    // (A bare "Datum" or "Date" before a due date's word is that date's own label: "DATUM SPLATNOSTI", "Date due".)
    if (rest && BARE_DATE_LABEL.test(label[0]) && DUE_LABEL().exec(rest)?.index === 0) continue;
    if (!rest || DUE_LABEL().exec(rest)?.index === 0) {
      // The label alone, or with the due date's label of the next column OCR put in its box ("Fakturadatum
      // Forfallodag"): its value is the nearest text right of it on its row (the label alone) or under it,
      // at its left edge. Other words after it make it another date's label ("Fecha de vencimiento").
      // Only a label that says which date it is: a bare "Date" heads a table's column of the lines' dates. But not
      // beside a bare number's header: that row heads the document's own ("Tipo documento | Numero | Data" over "TD04
      // Nota di credito | NC 58/2026 | 26/11/2026", as a courtesy copy of an e-invoice prints it), whose value OCR may
      // box from a few mm left of its header's edge.
      const documentRow = BARE_DATE_LABEL.test(text) && onRow(item, items).some((o) => NUMBER_HEADER.test(o.text.trim()));
      if (BARE_DATE_LABEL.test(text) && !documentRow) continue;
      const values = [rest ? undefined : besideOnRow(item, items), under(item, items) ?? (documentRow ? spanningUnder(item, items) : undefined)];
      read = values.map((v) => (v ? labelledDates(v.text.trim(), under(v, items)) : [])).find((r) => r.length) ?? [];
    } else read = labelledDates(rest);
    if (read.length && !read.includes(date)) return true;
  }
  return false;
}

/** A date's label that does not say which date: the word alone. */
const BARE_DATE_LABEL = /^(?:date|datum|data|fecha)\s*:?\s*$/i;

/**
 * A label that names the invoice ("Invoice date", "Rechnungsdatum", "Date de la facture"): on a credit
 * note it dates the invoice the note credits ("Credit note date 14/11/2025" beside "Invoice date
 * 02/10/2025"), not the note.
 */
const INVOICE_NAMED = /invoice|rechnung|factur|fattur|faktur/i;

/**
 * The dates a labelled value reads as at its start, in either day/month order; when it reads none and
 * `next` is given, with the row under it as its second row. (A space OCR put inside a run of figures,
 * "Factuurdatum 24-1 1-2025", left no date to read; nor did the next label run into it, gluedToLabel.)
 */
function labelledDates(value: string, next?: TextItem): string[] {
  const readAt0 = (text: string) => [text, text.replace(/(\d) (?=\d)/g, '$1'), gluedToLabel(text)].flatMap((t) => [false, true].map((monthFirst) => findDate(t, { monthFirst }))).flatMap((d) => (d !== null && d.index === 0 ? [d.date] : []));
  const own = readAt0(value);
  if (own.length || !next || !/\d/.test(next.text)) return own;
  return readAt0(`${value}${/[-./]$/.test(value) ? '' : ' '}${next.text.trim()}`);
}

/**
 * A value with the next cell's label run into it, no blank between ("24.11.2025Miejsce wystawienia", a
 * row of label:value pairs OCR boxed as one): the two apart, at each figure a capital follows.
 */
const gluedToLabel = (text: string) => text.replace(/(\d)(?=\p{Lu})/gu, '$1 ');

/** The nearest OCR'd text right under an item, at its left edge (the next row of its cell). */
function under(item: TextItem, items: readonly TextItem[]): TextItem | undefined {
  const below = items.filter((o) => o !== item && o.page === item.page && o.y > item.y && o.y - item.y <= 2.5 * item.height && Math.abs(o.x - item.x) <= 3);
  return below.sort((a, b) => a.y - b.y)[0];
}

/** The nearest text under an item whose box spans the item's centre: a value OCR boxed wider than its header. */
function spanningUnder(item: TextItem, items: readonly TextItem[]): TextItem | undefined {
  const centre = item.x + item.width / 2;
  const below = items.filter((o) => o !== item && o.page === item.page && o.y > item.y && o.y - item.y <= 2.5 * item.height && o.x <= centre && o.x + o.width >= centre);
  return below.sort((a, b) => a.y - b.y)[0];
}

/** The other texts on an item's row (their tops within half its height). */
const onRow = (item: TextItem, items: readonly TextItem[]) => items.filter((o) => o !== item && o.page === item.page && Math.abs(o.y - item.y) < item.height / 2);

/** The texts right of an item on its row (their tops within half its height, starting past its end). */
function rightOnRow(item: TextItem, items: readonly TextItem[]): TextItem[] {
  return onRow(item, items).filter((o) => o.x >= item.x + item.width - 1);
}

/** The nearest text right of an item on its row, at most LABEL_GAP away: a label's value beside it. */
function besideOnRow(item: TextItem, items: readonly TextItem[]): TextItem | undefined {
  const row = rightOnRow(item, items).filter((o) => o.x - item.x - item.width <= LABEL_GAP);
  return row.sort((a, b) => a.x - b.x)[0];
}

/**
 * A label of a due date, as OCR gives it (marks lost or read as digits: "hatarid6", "Termen de plata"):
 * "Due date", "Fällig am", "Zahlbar bis", "Échéance", "Scadenza", "Vencimiento", "Vervaldatum",
 * "Forfaldsdato", "Förfallodatum", "Eräpäivä", "Termin płatności", "Dátum splatnosti", "Termen de
 * plată", "Fizetési határidő", "Rok plaćanja", "Maksetähtaeg", "Apmaksas termiņš".
 */
const DUE_LABEL = onFirstUse(() => /(?:\bdue\b|\bpay(?:able)?\s+by|f[aä]llig|zahlbar\s+bis|zahlungsziel|[ée]ch[ée]ance|scadenza|vencim|vervaldat|forfald|forfall|f[öo]rfall|er[äa]p[äa]iv|termin\s+p[łl]atno|splatnost|termen\s+de\s+pl|hat[aá]rid|rok\s+pla|makset[äa]htaeg|apmaksas\s+term)[\p{L}\d]*\.?\s*:?\s*$/iu);

/**
 * Whether the OCR'd page prints the date only as a due date: beside a due date's label in its own text,
 * or, alone, right of one on its row or under one in a header row ("Fizetési határidő" over
 * "2025.10.28."). The parser took it when OCR moved or misread the issue date's label ("Dátum
 * vystavenia", "Data (zi/lună/an)") and the due date was the only labelled date left.
 */
function dueDated(date: string, items: readonly TextItem[]): boolean {
  let due = false;
  for (const item of items) {
    if (item.confidence === undefined) continue;
    for (const at of datesIn(item.text, date)) {
      const before = item.text.slice(0, at).trim();
      const label = before ? before : besideOrAbove(item, items)?.text.trim() ?? '';
      if (!DUE_LABEL().test(label)) return false;
      due = true;
    }
  }
  return due;
}

/** Days from the page's other dates within which an issue date belongs with them: a due date's usual terms (60 days) and then some. */
const NEAR_DAYS = 62;
/** A date in figures, day and month either way round, with a year of four digits: "18/11/2025", "3.11.2025". */
const FIGURES_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/g;

/**
 * Whether OCR may have lost a digit of the date's day or month ("18/1/2025" for "18/11/2025", the "1"s of
 * "11" merged into one): the page prints the date with a one-digit day or month and never in full, every
 * other date on it is months away, and the date with one digit put back into that part falls among them
 * ("Devis … accepté le 12/11/2025" beside it). A date printed so ("3.11.2025") sits among the page's
 * other dates, its due date or its period: a lost digit puts it months off, and nothing else on the page
 * says it is misread, since it parses as well as the right one.
 */
function digitLost(date: string, items: readonly TextItem[]): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shown = items.filter((i) => i.confidence !== undefined).flatMap((i) => [...i.text.matchAll(FIGURES_DATE)]);
  // How the page writes the date: day first or not, and which of its parts with one digit.
  let read: { dayFirst: boolean; shortDay: boolean; shortMonth: boolean } | undefined;
  for (const [, a, , b, year] of shown) {
    const dayFirst = Number(a) === d && Number(b) === m;
    if (Number(year) !== y || (!dayFirst && !(Number(a) === m && Number(b) === d))) continue;
    // Printed with both parts in full somewhere: the print writes it so.
    if (a!.length === 2 && b!.length === 2) return false;
    read ??= { dayFirst, shortDay: (dayFirst ? a : b)!.length === 1, shortMonth: (dayFirst ? b : a)!.length === 1 };
  }
  if (!read) return false;
  const at = dayNumber(y, m, d)!;
  const others = shown.flatMap(([, a, , b, year]) => {
    const t = read!.dayFirst ? dayNumber(Number(year), Number(b), Number(a)) : dayNumber(Number(year), Number(a), Number(b));
    return t === undefined || t === at ? [] : [t];
  });
  const near = (t: number) => others.some((o) => Math.abs(o - t) <= NEAR_DAYS);
  if (!others.length || near(at)) return false;
  const whole = (part: number) => [...'0123456789'].flatMap((k) => [Number(`${k}${part}`), Number(`${part}${k}`)]);
  return (read.shortDay && whole(d).some((n) => near(dayNumber(y, m, n) ?? Infinity)))
    || (read.shortMonth && whole(m).some((n) => near(dayNumber(y, n, d) ?? Infinity)));
}

/** Days since 1970 of a date, undefined when there is no such day (a 31 November, a month 13). */
function dayNumber(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  return month >= 1 && month <= 12 && new Date(t).getUTCDate() === day ? t / 86_400_000 : undefined;
}

/**
 * Whether an OCR'd item, a line OCR's items make, or an item with the one right under it (a date
 * wrapped after its day or month: "… Delivery date 0 9" over "April 2025", its digits cut apart) reads as
 * the date: one that none does was made of figures the page prints for something else
 * ("VAI/25-26/0418" beside "7-Nov-25"), not read.
 */
function dateShown(date: string, items: readonly TextItem[], lines: () => readonly Line[]): boolean {
  // (A label run into its date, "DATE11/21/2025", read apart; a receipt's number run into it,
  // "#19536005/05/2017", by the date's own figures.)
  const [y, m, d] = date.split('-');
  const figures = ['/', '.', '-'].flatMap((s) => [`${d}${s}${m}${s}${y}`, `${m}${s}${d}${s}${y}`, `${y}${s}${m}${s}${d}`]);
  // A till's two-digit year with the time run into it ("23/03/1821:14"), which reads as another year.
  const shortYear = new RegExp(String.raw`(?<!\d)${d}([/.-])${m}\1(?:${y!.slice(2)})(?=\d{1,2}:\d{2})`);
  // A till's month name run into its day and year ("27JAN18 15:02") reads with the words parted too.
  const reads = (text: string) => figures.some((f) => text.includes(f)) || shortYear.test(text)
    || datesIn(text.replace(/(\p{L})(?=\d)/gu, '$1 '), date).length > 0 || datesIn(text.replace(/(\p{L})(?=\d)|(\d)(?=\p{L})/gu, '$1$2 '), date).length > 0
    || shownInTillWords(text, date);
  if (items.some((i) => i.confidence === undefined || reads(i.text)) || lines().some((l) => reads(l.text))) return true;
  // (Wrapped after a separator, "Factuurdatum: 21-10-" over "2025", the two join without a space; in a
  // cell set flush right, "Nov 19," over "2025", the two rows end alike. A narrow cell wraps a date
  // written out over three rows: "14." over "november" over "2025".)
  const join = (a: string, b: string) => `${a}${/[-./]$/.test(a) && /^\d/.test(b) ? '' : ' '}${b}`;
  const readsWrapped = (text: string) => reads(text.replace(/(\d) (?=\d\s+\p{L})/u, '$1'));
  return items.some((i) => rowsUnder(i, items).some((u) => readsWrapped(join(i.text, u.text)) || rowsUnder(u, items).some((w) => readsWrapped(join(join(i.text, u.text), w.text)))));
}

/**
 * Whether a text shows the date in the words a till prints it in, which findDate alone does not read: a
 * month name first and a two-digit year after a comma ("Mar 27, 18"), a Malay month ("13 Mac 2018"); or
 * in the order printed beside it ("Date(YY/MM/DD): 18/01/25").
 */
function shownInTillWords(text: string, date: string): boolean {
  const parted = monthNameDatesParted(text);
  return (parted !== text && datesIn(parted, date).length > 0) || dateInOrderPrinted(text) === date;
}

/**
 * The rows right under an item in its cell: at its left edge, or at its right edge in a cell set flush
 * right (under() takes the nearest at its left edge only).
 */
function rowsUnder(item: TextItem, items: readonly TextItem[]): TextItem[] {
  return items.filter((u) => u !== item && u.page === item.page && u.y > item.y && u.y - item.y <= 2.5 * item.height
    && (Math.abs(u.x - item.x) <= 3 || Math.abs(u.x + u.width - item.x - item.width) <= 3));
}

const WRAPPED_HEAD = /^(?:(?:[£€$]|kr|[A-Z]{3})\s?)?-?\d{1,3}$/;

/**
 * Amounts a narrow cell wrapped at their thousands' space: "57" over "000,00" in a column set flush right,
 * read as "57 000,00", as sure as the less sure of the two rows.
 */
function wrappedAmounts(items: readonly TextItem[]): Read[] {
  const ocr = items.filter((i) => i.confidence !== undefined);
  // (The upper row may open with the currency's sign or code: "kr 19" over "515,00".)
  return ocr.filter((i) => WRAPPED_HEAD.test(i.text.trim())).flatMap((i) => rowsUnder(i, ocr)
    .filter((u) => /^\d{3}(?:[ .,']\d{3})*[.,]\d{2}$/.test(u.text.trim()))
    .map((u) => ({ text: `${i.text.trim()} ${u.text.trim()}`, confidence: Math.min(i.confidence!, u.confidence!) })));
}

/** Where a text reads as the date, in either day/month order. */
function datesIn(text: string, date: string): number[] {
  const out: number[] = [];
  for (let from = 0; from < text.length;) {
    const read = [false, true].map((monthFirst) => findDate(text.slice(from), { monthFirst })).filter((d) => d !== null);
    if (!read.length) break;
    const first = Math.min(...read.map((d) => d!.index));
    if (read.some((d) => d!.index === first && d!.date === date)) out.push(from + first);
    from += first + Math.max(...read.filter((d) => d!.index === first).map((d) => d!.length));
  }
  return out;
}

/**
 * The item a value standing alone is labelled by: the nearest words left of it on its row, else the
 * ones right above it (a header row over a row of values, whose other values stand beside it).
 */
/** How far (mm) right of its label a value stands on its row; words further off are another cell's value ("Átutalás"). */
const LABEL_GAP = 25;

function besideOrAbove(item: TextItem, items: readonly TextItem[]): TextItem | undefined {
  // (Words: a digit OCR read for a letter, "hatarid6", is no figure.)
  const words = items.filter((o) => o !== item && o.page === item.page && /\p{L}{2}/u.test(o.text) && !/(?:^|[^\p{L}\d])\d|\d{2}/u.test(o.text));
  const row = words.filter((o) => Math.abs(o.y - item.y) < item.height / 2 && o.x + o.width <= item.x + 1 && item.x - o.x - o.width <= LABEL_GAP);
  if (row.length) return row.sort((a, b) => b.x + b.width - (a.x + a.width))[0];
  return words.filter((o) => o.y < item.y && item.y - o.y <= 2.5 * item.height && Math.abs(o.x - item.x) <= 3).sort((a, b) => b.y - a.y)[0];
}

/** Words of a totals row ("TOTAL DUE GBP", "Amount due (EUR)"). */
const TOTAL_WORD = /\b(?:total|amount|due|balance|summe|betrag|montant|totale|totaal|importe)\b/i;

/** An amount with a code beside it: "5,760.00 SAR", "SAR 5,760.00". */
const CODED_AMOUNT = /\d[.,]\d{2}\s?([A-Z]{3})(?![A-Za-z])|(?<![A-Za-z])([A-Z]{3})\s?\d[\d.,' ]*[.,]\d{2}(?!\d)/g;

/**
 * Whether the OCR'd page labels a total with another currency's code ("TOTAL DUE GBP"), or sets that code
 * beside an amount ("5,760.00 SAR"), and prints the invoice's own code nowhere: the currency came from a
 * sign read in other text (the ringgit's "RM" of a UK postcode in a footer OCR misread, "Tibury RM8."; the
 * złoty's "zl" of Arabic labels read as Latin letters, "90zl"), and the amounts say otherwise.
 */
function otherCurrencyTotalled(currency: string, items: readonly TextItem[]): boolean {
  const ocr = items.filter((i) => i.confidence !== undefined);
  const codes = (text: string) => text.split(/[^A-Z]+/).filter(isCurrencyCode);
  if (ocr.some((i) => codes(i.text).includes(currency))) return false;
  const coded = (text: string) => [...text.matchAll(CODED_AMOUNT)].map((m) => (m[1] ?? m[2])!).filter(isCurrencyCode);
  return ocr.some((i) => (TOTAL_WORD.test(i.text) ? codes(i.text) : coded(i.text)).some((c) => c !== currency));
}

/**
 * Whether the total is in 人民币 by the page's own words: a 发票 or 票据 writes its total in 大写 (…圆整) as
 * well, and words that OCR read as the very ¥ total say the currency however many other codes' amounts the
 * page shows (an export invoice's FOB dollars, a 外币 figure in its 备注).
 */
function rmbInWords(invoice: Invoice): boolean {
  return invoice.currency === 'CNY' && wordsAgainstFigures(invoice)?.ok === true;
}

/** An exchange rate's words: its name, or the central bank that publishes it ("BCE du 11/11/2025"). */
const RATE_WORDS = /taux\s+de\s+change|exchange\s+rate|wechselkurs|umrechnungskurs|tipo\s+de\s+cambio|tasso\s+di\s+cambio|wisselkoers|\b(?:BCE|ECB|EZB)\b/i;

/**
 * A rate's row, read with the row under it at its left edge (a sentence OCR boxed as two rows: "Taux de
 * change appliqué : 1 USD =" over "0,8625 EUR (BCE du 11/11/2025)").
 */
function rateRows(items: readonly TextItem[]): string[] {
  return items.filter((i) => i.confidence !== undefined && RATE_WORDS.test(i.text)).map((i) => `${i.text.trim()} ${under(i, items)?.text.trim() ?? ''}`);
}

/**
 * An issue date shown only on an exchange rate's rows ("BCE du 11/11/2025"): the rate's own date, the day
 * before the invoice's as a rule, which the parser takes when OCR ran the invoice's date into the next cell.
 */
function rateDated(date: string, items: readonly TextItem[]): boolean {
  const shown = items.filter((i) => datesIn(i.text, date).length);
  const rates = rateRows(items);
  return shown.length > 0 && shown.every((i) => rates.some((r) => r.includes(i.text.trim())));
}

/**
 * A currency read that is the one a printed rate converts into ("1 USD = 0,8625 EUR"): the currency the VAT
 * is accounted in, which a page in another currency states beside its own (Factur-X's BT-6 under BT-5). The
 * invoice is in the rate's first currency, or the reading cannot tell: in doubt. (OCR may read a code's capital
 * small: "1 UsD =".)
 */
function rateConvertsInto(currency: string, items: readonly TextItem[]): boolean {
  return rateRows(items).some((row) => {
    const m = /\b1\s?([A-Za-z]{3})\s?=\s?\d[\d.,\s]*\s?([A-Z]{3})\b/.exec(row);
    return !!m && m[2] === currency && m[1]!.toUpperCase() !== currency && isCurrencyCode(m[1]!.toUpperCase());
  });
}

/**
 * A sign with a mark, after the figures, read without its marked letter: "9 900,00 K" for "9 900,00 Kč",
 * "436,04 z" for "436,04 zł". The parser reads no currency from it, and the page's currency came from other
 * text ("Informativně v EUR … 440,71 EUR" under a total in koruny).
 */
const MARK_LOST_SIGNS: Array<[RegExp, string]> = [[/\d[.,]\d{2}\s?K\s*$/, 'CZK'], [/\d[.,]\d{2}\s?z\s*$/, 'PLN']];

function signMarkLost(currency: string, items: readonly TextItem[]): boolean {
  return items.some((i) => i.confidence !== undefined && MARK_LOST_SIGNS.some(([sign, code]) => code !== currency && sign.test(i.text)));
}

/**
 * What says a "$" is the US dollar: its code or sign, the country, or an address's state and ZIP code
 * ("Austin, TX 78701"; "Boulder, C0 80302", the state's O read as a zero).
 */
const US_SAID = /US\$|\bUSD\b|\bU\.?S\.?A\b|United States|\b[A-Z][A-Z0],?\s\d{5}(?:-\d{4})?\b/;

/**
 * Whether the OCR'd page prints a bare "$" and nothing that says whose: the parser reads it as the US
 * dollar when no other dollar's country is named (western/currency.ts), and a scan may have lost the
 * line that named it ("All amounts in New Zealand dollars" in a footer OCR garbled).
 */
function dollarOfNoCountry(items: readonly TextItem[]): boolean {
  const ocr = items.filter((i) => i.confidence !== undefined);
  return ocr.some((i) => i.text.includes('$')) && !ocr.some((i) => US_SAID.test(i.text));
}

/**
 * Whether a tax of zero is one the page never prints while it prints a tax rate above zero ("20%" in the
 * items' VAT column, "VAT 20 %"): the parser read the gross as the net (an "Item subtotal (incl. VAT)"
 * column) and the tax came out as their difference, nothing. A page that charges no tax prints its zero
 * ("VAT 0.00", "0 %") or no rate at all.
 */
function unprintedZeroTax(items: readonly TextItem[]): boolean {
  const ocr = items.filter((i) => i.confidence !== undefined);
  if (ocr.some((i) => /(?<![\d.,])0(?:[.,]00)?\s?%|(?<![\d.,])0[.,]00(?!\d)/.test(i.text))) return false;
  return ocr.some((i) => TAX_RATE().test(i.text.trim()));
}

/** A tax rate above zero: in a cell of its own ("20%", "5 20%": a quantity run into it) or after a tax's name ("VAT 20 %", "MwSt. 19%"). */
const TAX_RATE = onFirstUse(() => /^(?:\d+\s+)?[1-9]\d?(?:[.,]\d{1,2})?\s?%$|\b(?:vat|tva|iva|btw|mwst|ust|gst|hst|moms|mva|alv|dph|pdv|ddv|áfa|afa|ptu|tax)\.?\s*[1-9]\d?(?:[.,]\d{1,2})?\s?%/iu);

/** Narrowest print of a letter or a form, left to right: a till receipt's is less (even scanned on an A4 bed). */
const SHEET_PRINT = 110;

/** Whether the first page is printed across a sheet, not in a till receipt's narrow column. */
export function printedAcross(pages: readonly PageText[]): boolean {
  const items = pages[0]?.items ?? [];
  if (!items.length) return false;
  return Math.max(...items.map((i) => i.x + i.width)) - Math.min(...items.map((i) => i.x)) >= SHEET_PRINT;
}

/**
 * An invoice printed across a sheet that names its seller but no buyer: a letter or a form is
 * addressed to someone, and on a scan the buyer's block is lost when OCR moves its rows; the block
 * then often became the seller (the name under the window read as the sender's, its own name lost).
 * Both are in doubt. A till receipt (narrow print, whatever the scanner's page) names no buyer; a
 * Chinese invoice is checked otherwise. `sheet`: the page is printed across a sheet (printedAcross).
 */
function noBuyer(invoice: Invoice, sheet: boolean): boolean {
  return sheet && !invoice.buyer.name && !!invoice.seller.name && invoice.totalAmount !== null && !isChineseInvoice(invoice);
}

/**
 * A name without the company registration number printed after it ("MAXINCOME RESOURCES SDN BHD
 * (383322-D)", "KLANG BKT ENTERPRISE (JM0567890-T)"): an identifier beside the name, whose digits OCR
 * is often least sure of, and no letter of the name a reader goes by.
 */
const withoutRegistration = (name: string | null) => name?.replace(/\s*\([^()]*\d[^()]*\)\s*$/, '') || name;

/**
 * How sure OCR is of a value: of its surest showing, the least sure of the characters that show it (not
 * of a title word in the same item). A text without a confidence is a real text layer: sure.
 */
function certainty(shown: readonly Read[], locate: Locate): number {
  let best = -1;
  for (const read of shown) {
    if (read.confidence === undefined) return Infinity;
    const each = read.charConfidence?.length === read.text.length ? read.charConfidence : undefined;
    for (const at of locate(read.text)) best = Math.max(best, each ? Math.min(...at.map((i) => each[i]!)) : read.confidence);
  }
  return best;
}

/**
 * A letter OCR was less than sure of: above MIN_CONFIDENCE, which one such letter in a right name often is
 * ("Imprim'Ouest" with a letter at 62), but when every word of a name has one, the print itself was poor.
 */
const WEAK_LETTER = 65;
/** Words of a name that say whether its print was read well: those of three letters or more. */
const WEIGHED_WORD = 3;

/**
 * Whether a showing of a name (`at`: its characters' indices in `read`) has, in each of its words of
 * WEIGHED_WORD letters or more, two at least, a letter under WEAK_LETTER: a name printed small or faint, a
 * footer's small print ("Ateller Verier du Lac SARL" for "Atelier Verrier", its three words' least sure
 * letters at 62-64), whose letters OCR got wrong as well as any. A right name is most often sure of one of
 * its words. Without each character's confidence, no say.
 */
function eachWordWeak(read: Read, at: readonly number[]): boolean {
  const each = read.charConfidence?.length === read.text.length ? read.charConfidence : undefined;
  if (!each || !at.length) return false;
  const words: number[][] = [[]];
  for (const [k, i] of at.entries()) {
    if (k && /\s/u.test(read.text.slice(at[k - 1]! + 1, i))) words.push([]);
    words.at(-1)!.push(i);
  }
  const weighed = words.filter((w) => w.length >= WEIGHED_WORD);
  return weighed.length >= 2 && weighed.every((w) => Math.min(...w.map((i) => each[i]!)) < WEAK_LETTER);
}

/** Every place `value` stands in a text, as the indices of its characters. */
const occurrences = (value: string): Locate => (text) => {
  const out: number[][] = [];
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) out.push(Array.from(value, (_, k) => at + k));
  return out;
};

/** The places a text's digits, read without what stands between them, hold `digits`: those digits' indices. */
const digitsShowing = (digits: string): Locate => (text) => {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (/\d/.test(text[i]!)) at.push(i);
  return occurrences(digits)(at.map((i) => text[i]).join('')).map((run) => run.map((k) => at[k]!));
};

/** A mail or web address: spelt as its owner chose, and often the name's words run together. */
export const ADDRESS = /@|:\/\/|[Ww]{3}\.|\w\.[a-z]{2,6}$/;

/**
 * A text's letters and digits, lower case, with the index each came from; mail and web addresses left
 * out ("www.aubonmoulin.fr" does not show "Au bon moulin").
 */
function squeezed(text: string): { letters: string; at: number[] } {
  let letters = '';
  const at: number[] = [];
  for (const token of text.matchAll(/\S+/g)) {
    if (ADDRESS.test(token[0])) continue;
    let i = token.index;
    for (const ch of token[0]) {
      for (const c of ch.toLowerCase()) {
        if (!/[\p{L}\p{N}]/u.test(c)) continue;
        letters += c;
        at.push(i);
      }
      i += ch.length;
    }
  }
  return { letters, at };
}

/**
 * Where a text shows a name: where it holds the name's start, with as much of the name as follows
 * there; when no item does (a glyph read in front of the name, a misread first letter), where one
 * holds its end, with as much of the name as comes before.
 */
function nameShowing(name: string, items: readonly TextItem[]): Locate {
  const own = squeeze(name);
  const start = own.slice(0, NAME_KEY), end = own.slice(-NAME_KEY);
  const byStart = !!start && items.some((i) => squeezed(i.text).letters.includes(start));
  if (!start || (!byStart && own.length <= NAME_KEY)) return () => [];
  return (text) => {
    const { letters, at } = squeezed(text);
    const out: number[][] = [];
    const key = byStart ? start : end;
    for (let p = letters.indexOf(key); p >= 0; p = letters.indexOf(key, p + 1)) {
      let from = p, to = p + key.length;
      if (byStart) while (to - p < own.length && letters[to] === own[to - p]) to++;
      else while (from > 0 && own.length - (p + key.length - from) > 0 && letters[from - 1] === own[own.length - key.length - (p - from) - 1]) from--;
      out.push(at.slice(from, to));
    }
    return out;
  };
}

/**
 * A company form of single letters with a space between them ("e. V.", "B. V."): the same form is printed
 * "e.V." and "e. V.", and OCR puts a space into one printed tight, so OCR unsure of its characters is unsure
 * of the name as printed (a doubt the second look does not settle: a larger reading is sure of the letters,
 * and reads the same space). A form read a capital then a small letter ("B. v.", "N.v."), as no form is
 * written, is OCR's reading of the form in capitals when that is one ("B.V."; not the Italian "S.s.").
 */
const spacedForm = (form: string) => /^\p{L}\.\s\p{L}\.?$/u.test(form);
const FORM_CASE_MISREAD = onFirstUse(() => /(?<=^|\s)(\p{Lu})\.\s?(\p{Ll})\.?$/u);
/**
 * A name ending in a word of one to three small letters with a mark ("Zonehost où" for "Zonehost OÜ"): the
 * short word a name ends in is its company form, written in capitals ("OÜ") or without marks ("oy",
 * "ehf."); PaddleOCR read the form in small letters, the accents' re-read then marking it as French.
 */
const MARKED_SMALL_FORM = onFirstUse(() => /\s(?=\p{Ll}{1,3}\.?$)\p{Ll}*[^\p{ASCII}]/u);
/**
 * A name ending in a word of capitals with one small letter among them ("Ararat Software CJsC", "… PtE"): the
 * short word a name ends in is its form, in capitals ("CJSC") or written as its own spelling has it ("GmbH",
 * "SpA", "ApS": one capital before the small letters, which this leaves out); PaddleOCR read a capital small.
 * The German "KGaA" is written so.
 */
const CAPITAL_READ_SMALL = onFirstUse(() => /\s(?!KGaA\b)\p{Lu}{2,}\p{Ll}\p{Lu}+\.?$/u);
/**
 * A last word of letters each with its stop ("d.o.O." for the Croatian "d.o.o.", "s.R.o."): no form as read, but
 * one with a letter's case turned. OCR read a small letter as its capital (o, s, c, v, w, x, z print alike in
 * both), however sure it was; the forms written in mixed case ("e.K.", "S.p.A.") are forms as read.
 */
const DOTTED_FORM = onFirstUse(() => /(?<=\s)(?:\p{L}\.){2,}$/u);
function dottedFormCaseTurned(name: string): boolean {
  const form = DOTTED_FORM().exec(name)?.[0];
  if (!form || isFormOnly(form)) return false;
  const turn = (c: string) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase());
  return [...form].some((c, at) => c !== turn(c) && isFormOnly(`${form.slice(0, at)}${turn(c)}${form.slice(at + 1)}`));
}
function formCaseMisread(name: string): boolean {
  if (MARKED_SMALL_FORM().test(name.trim()) || CAPITAL_READ_SMALL().test(name.trim()) || dottedFormCaseTurned(name.trim())) return true;
  const m = FORM_CASE_MISREAD().exec(name.trim());
  if (!m) return false;
  const capitals = `${name.trim().slice(0, m.index)}${m[1]}.${m[2]!.toUpperCase()}.`;
  return withoutCompanyForm(capitals) !== capitals;
}

/**
 * Where two texts meet without a space inside a word: small letters running into a capital
 * ("PkwyRidgeline", "MarcLambert", "LtdLEHarbourside") or a full stop straight into a digit
 * ("Inc.410", "Lda.Av. da Boavista"), or a word with small letters and one after it run into an "&"
 * ("GmbH&Co. KG", a letterhead's bold type, for "GmbH & Co. KG"; capitals alone, "AT&T", "H&M", are
 * written so), or a "c/o" row run into it. PaddleOCR loses spaces (paddle-lines.ts), and a detection box may span a name and the
 * street or the other party's name beside it; the parsers then take the run for the name. The German
 * company forms that are written so (GmbH, mbH, mbB, a partnership's PartG) are no such place.
 */
const GLUED = onFirstUse(() => /(?!mbH|mbB|rtG\b)\p{Ll}{2}\p{Lu}|\p{L}\.\d|\p{Ll}{2}\.\p{Lu}\p{Ll}|\p{Ll}\p{Lu}?&\p{Lu}\p{Ll}/u);
const runTogether = (name: string, items: readonly TextItem[]) => name.split(/\s+/).some((word) => (GLUED().test(word) && !writtenSo(word, name, items)) || DIGIT_FOR_LETTER().test(word) || FORM_INTO_FIGURE.test(word)) || /c\/o\b/i.test(name);

/**
 * A name set in capitals whose company form is written with small letters inside it ("GASTRO-GROSSHANDEL LENZ
 * GMBH" for "… GmbH", "NORDLYS APS" for "ApS", a "KGAA"): a letterhead's capitals, not the name as
 * registered, which the page's legal line prints ("Gastro-Großhandel Lenz GmbH") and the text layer reads
 * from it. On a scan that line, small print at the foot, OCR often garbles, and the capitals are left;
 * their spelling (an "SS" for "ß", the case of each word) is not the name's. Forms in capitals as they are
 * written ("LTD", "PTE. LTD.", "SARL") say nothing: a name printed in capitals alone is its own.
 */
const FORM_WRITTEN_SMALL = /(?:^|[\s,-])(?:GMBH|MBH|KGAA|APS)(?=$|[\s,.])/u;
const formInCapitals = (name: string) => !/\p{Ll}/u.test(name) && FORM_WRITTEN_SMALL.test(name.trim());
/**
 * Unless the capitals stand alone: no other OCR'd row holds a word of the name, however misread by a letter (a
 * garbled legal line still shows "Lenz" in "Gastro-GroBhandel Lenz GmbH", a mandate its "LENZ-4471"), so the page
 * spells the name no other way, and the capitals are the name as printed (a printout set in one type, whose
 * "ALPENNETZ BREITBAND GMBH" heads it with no legal line under it). A word of four letters or more, the form's aside.
 */
function capitalsAlone(name: string, items: readonly TextItem[]): boolean {
  const own = fold(name);
  const words = fold(withoutCompanyForm(name)).split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  return words.length > 0 && !items.some((item) => {
    const text = fold(item.text);
    return !text.includes(own) && words.some((w) => editsToFind(w, text) <= (w.length >= 6 ? 1 : 0));
  });
}

/**
 * A capital standing alone before a word that opens in small letters ("Nidderdale Insurance B rokers
 * Ltd"): OCR put a space after a word's first letter, which a capital's wide print and the gap beside
 * it invite. Names do not print a lone capital so: an initial takes a stop ("J. Smith"), a word a capital
 * of its own; so the name as read is not the name as printed, however sure OCR was of each letter
 * (text-parts.ts rejoins the word where another row prints it whole).
 */
const CAPITAL_SPLIT_OFF = onFirstUse(() => /(?<=^|\s)\p{Lu}\s\p{Ll}{2}/u);
const capitalSplitOff = (name: string) => CAPITAL_SPLIT_OFF().test(name);

/**
 * A person's initials read with a space between them before the surname ("Mevrouw J. W. Dijkstra-Bos"): initials
 * are printed tight ("J.W.") as often, and OCR puts a space after a stop in tight print, however sure it was of
 * each letter; the spacing read is not the name as printed.
 */
const SPACED_INITIALS = onFirstUse(() => /(?<=^|\s)\p{Lu}\.\s\p{Lu}\.\s\p{Lu}\p{Ll}/u);

/**
 * A word that opens with a small "l" before a consonant ("Tisza lrodagép Kft." for "Irodagép"): no
 * language starts a word so ("lj" aside: "ljekarna"), and OCR reads a capital I as an l where the two
 * print alike, however sure it was.
 */
const I_READ_AS_L = /(?<=^|\s)l[bcdfghkmnpqrstvwxz]/;
/**
 * The other way: an elided article's small "l" before its apostrophe read as a capital I ("Clinique Vétérinaire de
 * I'Erdre" for "de l'Erdre", "Bottega dell'Arte" as "deII'Arte" aside): French and Italian elide "l'" inside a name
 * in small letters, no word is a capital I with an apostrophe, and OCR reads the two strokes alike however sure.
 */
const L_READ_AS_I = /(?<=^|\s|\p{Ll})I['’]\p{L}/u;

/**
 * A name that ends in a company form with one letter lost ("Tisza Irodagép Kf." for "Kft.", "Harbour
 * Lt." for "Ltd.", "Restaurante O Farol, da" for "Lda"): the form of the letters read is no form, but one
 * letter more makes it one. OCR lost a letter, and may have lost one elsewhere in the name too. Unless the
 * page prints the name twice, read alike, its last word ending a row each time ("Greenpoint Architecture" over
 * "PC" in both a bill-to and a ship-to block): two printings rarely lose the same letter, and the word is as printed.
 */
function formLetterLost(name: string, items: readonly TextItem[]): boolean {
  const trimmed = name.trim();
  const m = FORM_READ().exec(trimmed);
  if (!m || withoutCompanyForm(trimmed) !== trimmed) return false;
  const head = trimmed.slice(0, m.index), read = (m[1] ?? m[2])!;
  const oneLetterShort = [...read].some((_, at) => LETTERS.some((letter) => withoutCompanyForm(`${head} ${read.slice(0, at)}${letter}${read.slice(at)}`) === head));
  return oneLetterShort && !(endingRows(read, items) >= 2 && shownTwice(head, items));
}
/** How many OCR rows end in `word` as a word of its own ("… PC", "PC"). */
const endingRows = (word: string, items: readonly TextItem[]) => items.filter((i) => { const t = i.text.trim(); return t === word || t.endsWith(` ${word}`); }).length;
/**
 * A last word read as a company form is: an abbreviation with its stop ("Kf.") or capitals ("GMH"), or a
 * short word of small letters after the comma a form follows (", da": the capital that opens it lost).
 */
const FORM_READ = onFirstUse(() => /(?:\s(\p{L}{1,4}\.|\p{Lu}{2,4})|,\s(\p{Ll}{2,3}))$/u);
const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * Whether a word of capitals inside small letters is how the name is written ("PixelForge Studio"
 * beside the item "PixelForge Pro - annual licence"): an OCR'd row prints the same word on its own
 * outside the name, in another row or in the rest of a row that shows the name too (a footer's
 * "HansaLog Spedition GmbH & Co. KG · … phG: HansaLog Verwaltungs GmbH"). Two places rarely lose the
 * same space at the same letters. So does a logo that prints the word alone in one case, capitals or small
 * letters, all of it one word ("SWIFTPARCEL" or "swiftparcel" over "SwiftParcel UK Ltd").
 */
function writtenSo(word: string, name: string, items: readonly TextItem[]): boolean {
  const own = squeeze(name);
  return items.some((i) => {
    const rest = i.text.split(name.trim()).join(' · ');
    return i.confidence !== undefined && ((!squeeze(rest).includes(own) && rest.split(/[\s,;:()]+/).includes(word)) || [word.toUpperCase(), word.toLowerCase()].includes(i.text.trim()));
  });
}
/** A digit amid small letters or ending them ("expedici6n", "Elad6" for "Eladó"): a letter OCR read as a digit, however sure it was. */
const DIGIT_FOR_LETTER = onFirstUse(() => /\p{Ll}{2}\d(?:\p{Ll}|$)/u);
/** A company form run into the figure after it ("LLC18 Depot Rd"): the name went on into the street. */
const FORM_INTO_FIGURE = /^(?:LLC|LLP|Ltd|Inc|Corp|GmbH|AG|KG|SA|SAS|SARL|BV|NV|Oy|AB|AS|ApS|Kft|SRL|SL|Lda|Pty|Pte)\.?,?\d/;
/**
 * A word in capitals that ends in a company form no word of a language ends in ("MAPLE & FOX STUDIOLTD"): a
 * letter-spaced heading whose last word OCR boxed apart, the two boxes overlapping, joined without their space.
 */
const FORM_GLUED_IN_CAPITALS = /\p{Lu}{2}(?:LTD|LLC|LLP|PLC|GMBH)\.?$/u;
const formGluedInCapitals = (name: string) => name.split(/\s+/).some((word) => FORM_GLUED_IN_CAPITALS.test(word));

/**
 * Whether the name is read from a cell that joins two rows: no item shows it alone, and in the cell
 * that does, an item starts under the one before it, further in than half its own width ("Basesa
 * axlas 1 e", a sender line misread, over "Bäckerei Hofmann GmbH", run together as "Basesa axlas 1
 * eBäckerei Hofmann GmbH"). A box OCR drew too wide put the two rows on one line. A seam read twice,
 * a character or three, is no such overlap.
 */
function rowsRunTogether(name: string, items: readonly TextItem[], segments: () => readonly Segment[]): boolean {
  const own = squeeze(name);
  if (!own || items.some((i) => squeeze(i.text).includes(own))) return false;
  return segments().some((s) => squeeze(s.text).includes(own)
    && s.items.some((it, k) => k > 0 && it.confidence !== undefined && s.items[k - 1]!.x + s.items[k - 1]!.width - it.x > it.width / 2));
}

/**
 * Whether the name is the first part of a row split by separators into three or more, the others words
 * without figures ("Meisterbetrieb fur Sanitär · Heizung · Klima"): a letterhead's line of trades under
 * the logo's name, which OCR's boxes make look as large as the name. A sender line goes on with its
 * street and town, figures in them; a name that ends in its company form is a firm's, not a trade
 * ("Grundbesitz Kessler KG · pers. haftende Gesellschafterin: … · AG", a footer's line of its register).
 */
function tradeLine(name: string, shown: readonly TextItem[]): boolean {
  if (withoutCompanyForm(name) !== name.trim()) return false;
  return shown.some((item) => {
    const parts = item.text.split(/\s[·•|]\s/).map((p) => p.trim());
    return parts.length >= 3 && parts[0] === name.trim() && parts.slice(1).every((p) => /\p{L}/u.test(p) && !/\d/.test(p));
  });
}

/**
 * Whether the name, without a company form, is the head of a row that goes on ("Monthly plan - Unlimited 5G (14
 * Oct - 13 Nov)") to a sum of money on it ("€32.52", in the row's own text or beside it): a line of charges, a
 * bill's first summary row, which the layout rules took for a letterhead's name when the bill's own name is a
 * logo or a footer OCR misread. A party's name is a row of its own, or goes on to its street, not to a price.
 */
function chargeRow(name: string, shown: readonly TextItem[], items: readonly TextItem[]): boolean {
  const own = name.trim();
  if (withoutCompanyForm(name) !== own) return false;
  return shown.some((item) => {
    const text = item.text.trim();
    if (!text.startsWith(own) || text.length === own.length) return false;
    return [text.slice(own.length), ...rightOnRow(item, items).map((o) => o.text)].some((t) => MONEY.test(t));
  });
}
/** A sum of money: figures with cents and a currency's sign or code beside them ("€32.52", "32,52 EUR"). */
const MONEY = /(?:[£€$]|\b[A-Z]{3})\s?\d[\d,.' ]*[.,]\d{2}(?!\d)|\d[.,]\d{2}\s?(?:[£€$]|[A-Z]{3}\b)/;

/**
 * Whether the name is the first row of a label wrapped over two: right under it, at its left edge, a row
 * that goes on in small letters and ends the label with a colon ("Juridiskā" over "adrese:", a narrow
 * label column's "Juridiskā adrese:"). The layout rules took the label's head, alone on its row, for
 * the name of the block beside it.
 */
function labelHead(name: string, shown: readonly TextItem[], items: readonly TextItem[]): boolean {
  const own = squeeze(name);
  return shown.some((item) => squeeze(item.text) === own && items.some((below) => below !== item && below.page === item.page
    && below.y > item.y && below.y - item.y <= 1.6 * item.height && Math.abs(below.x - item.x) <= 3 && /^\p{Ll}[\p{L} .-]*:$/u.test(below.text.trim())));
}

/**
 * A number that ends in a label's word run onto it ("24/0871SDate" for "24/0871S" beside "Date"): the
 * space between them lost, the number's end is not known. Or a number cut at a separator that the
 * next label's word ends ("FV-2025-11-Rechnungsdatum"): the number wrapped onto the row under it, and
 * the label beside its first part was read in its place.
 */
// (Or a compound label of the next cell, "2025-048Bestellnummer", "RE-1182Lieferdatum": its capital opens a word no number ends in.)
const LABEL_END = onFirstUse(() => /\d\p{L}?(?:Date|Datum|Due|Invoice|Rechnung|Facture|Fecha|Data|Kunde|Customer|Page|Seite|Nr|No|\p{Lu}\p{Ll}+(?:nummer|number|datum|date))[.:]?$/u);
const LABEL_AFTER_SEPARATOR = onFirstUse(() => /[-/.]\p{L}*(?:date|datum|due|invoice|rechnung|facture|fecha|data|kunde|customer|page|seite)[.:]?$/iu);
/** Or a date's label run into the date after it ("RECHNUNGSDATUM14.11.2025"): a date read in the number's place. */
const LABEL_BEFORE_DATE = onFirstUse(() => /^\p{L}*(?:date|datum|fecha|data)[.:]?\d/iu);
const gluedLabel = (number: string) => LABEL_END().test(number) || LABEL_AFTER_SEPARATOR().test(number) || LABEL_BEFORE_DATE().test(number);

/**
 * Whether the OCR'd page shows the number only inside dates ("6" of "Datum  6 november 2025"): the
 * parser took the number's label's neighbour from a row OCR moved beside it. A number the page prints
 * shows outside a date too.
 */
function onlyInDates(number: string, items: readonly TextItem[]): boolean {
  const token = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(number)}(?![\\p{L}\\p{N}])`, 'gu');
  let inDate = false;
  for (const item of items) {
    if (item.confidence === undefined) continue;
    const dates: Array<[number, number]> = [];
    for (let from = 0, d = findDate(item.text); d; d = findDate(item.text.slice(from))) {
      // Digits alone ("47110815") read as a date are no date the page prints: they may be the number. Nor is
      // one of a year no invoice has ("25-11-0447", a number of a year's and a month's figures and a sequence).
      if (/\D/.test(item.text.slice(from + d.index, from + d.index + d.length)) && plausibleYear(d.date)) dates.push([from + d.index, from + d.index + d.length]);
      from += d.index + d.length;
    }
    for (const m of item.text.matchAll(token)) {
      if (!dates.some(([a, b]) => m.index >= a && m.index < b)) return false;
      inDate = true;
    }
  }
  return inDate;
}

/** Labels of the other numbers an invoice's header grid sets beside its own: the customer's account, an order. */
const OTHER_NUMBER = /\b(?:account|customer|client|kunden?|order|bestell|auftrag|commande|pedido|ordine)/i;
const INVOICE_WORD = /\b(?:invoice|rechnung|factur|fattura|faktura)/i;

/**
 * Whether the number stands alone in a cell under a header grid's label of another number ("Account" over
 * "No." over "OLDM01", beside "Invoice" over "No." over "SI-" and "204471", the invoice's own number
 * wrapped): the rows right over it, where they overlap its width, name the account or an order, not the
 * invoice. The parser took the one whole value of the grid.
 */
function underOtherLabel(number: string, items: readonly TextItem[]): boolean {
  const cell = items.find((i) => i.confidence !== undefined && i.text.trim() === number);
  if (!cell) return false;
  const over = items.filter((o) => o.page === cell.page && o.y < cell.y && cell.y - o.y <= 3 * cell.height && o.x < cell.x + cell.width && o.x + o.width > cell.x && !/\d/.test(o.text))
    .sort((a, b) => a.y - b.y).map((o) => o.text).join(' ');
  return OTHER_NUMBER.test(over) && !INVOICE_WORD.test(over);
}

/** A label of a header grid's value: a number's or a date's. */
const GRID_LABEL = /nummer|datum|number|date|\bnr\b|\bno\b/gi;
/** A label's word run into a value, the blank between cells lost ("AbrechnungszeitraumV-20447120", "Rechnungsdatum01.11.2025"). */
const LABEL_INTO_VALUE = /\p{Ll}{3}(?:\p{Lu}{1,3}-?)?\d/u;

/**
 * Whether a value stands alone in a cell right under a header grid's row that the page's rows ran together
 * with values, the cells' blanks lost ("Kundennummer Verragsnummer Rechnungsnummer Rechnungsdatum
 * AbrechnungszeitraumV-20447120DH-2025-11-8841201.11.2025…", OCR's boxes of a skewed row's values joined to
 * its headers, over "K1044712" and "31.10.2026"): three labels or more, a label's word run into a figure.
 * Which label heads the value is lost with the row's cells, and the parser took a value of the grid that
 * another label may head (the customer's number, the end of a period).
 */
function underRunGrid(shows: (text: string) => boolean, items: readonly TextItem[], segments: () => readonly Segment[]): boolean {
  const cells = items.filter((cell) => cell.confidence !== undefined && shows(cell.text.trim()));
  return cells.length > 0 && segments().some((row) => row.items.some((i) => i.confidence !== undefined) && (row.text.match(GRID_LABEL)?.length ?? 0) >= 3 && LABEL_INTO_VALUE.test(row.text)
    && cells.some((cell) => cell.page === row.items[0]!.page && row.y < cell.y && cell.y - row.y <= 3 * cell.height && row.x < cell.x + cell.width && row.x2 > cell.x));
}

/**
 * Whether the number opens with a lone glyph that ends the box before it, lying over the start of the
 * box the rest of the number is in ("Rechnungs-Nr. E" over the "B" of "BR/2025/448812", read as
 * "EBR/2025/448812"): OCR read the seam's character twice, once as another letter. When the two
 * readings agree the line drops the repeat (readTwice, invoice/layout.ts); when they differ, the number
 * may or may not hold the first.
 */
function glyphReadTwice(number: string, segments: () => readonly Segment[]): boolean {
  return segments().some((s) => s.items.some((it, k) => {
    const before = s.items[k - 1];
    const glyph = before && /(?:^|\s)(\S{1,3})$/.exec(before.text.trim())?.[1];
    if (!glyph || it.confidence === undefined || !it.text.length) return false;
    // (About the glyph's own width: boxes that lie over each other further are no seam.)
    const overlap = before.x + before.width - it.x, width = (glyph.length * it.width) / it.text.length;
    return overlap >= width / 2 && overlap <= 2 * width && number.length > glyph.length && number.startsWith(glyph) && it.text.startsWith(number.slice(glyph.length, glyph.length + 3));
  }));
}

/** Rows above an address row that its block's name may stand (a contact person's, a street's between). */
const ROWS_OVER_ADDRESS = 3.5;

/** The rows of a block above an OCR'd row that reads as `name`, nearest first: at its left edge, within a few rows. */
export function rowsOver(name: string, items: readonly TextItem[]): TextItem[] {
  const row = items.find((i) => i.confidence !== undefined && squeeze(i.text) === squeeze(name));
  if (!row) return [];
  return items.filter((i) => i.page === row.page && i.y < row.y && row.y - i.y <= ROWS_OVER_ADDRESS * row.height && Math.abs(i.x - row.x) <= 3)
    .sort((a, b) => b.y - a.y);
}

/**
 * Whether the name is the town of an address row right above it that ends in a house number and a
 * postcode ("Kessler Haustechnik-Vertrieb GmbH · Eckendorfer Str. 88 · 33609" over "Bielefeld"): a
 * sender line wrapped after its postcode, its town on a row of its own at the head of the window's
 * block, where the layout rules took it for the party's name. A company's name is no town.
 */
function townUnderPostcode(name: string, items: readonly TextItem[]): boolean {
  if (withoutCompanyForm(name) !== name.trim() || /\d/.test(name) || name.trim().split(/\s+/).length > 3) return false;
  // (A street's word before the house number: a row of figures alone, an account's "22 00 0 001 00001", is no address.)
  return /\p{L}{2,}\.?\s+\d{1,4}[a-z]?\s*[,·|–-]?\s+(?:[A-Z]{1,2}-)?\d{4,5}$/u.test(rowsOver(name, items)[0]?.text.trim() ?? '');
}

/**
 * Whether the seller is the name over the address row read as the buyer ("Oakridge Physiotherapy Ltd"
 * over "FAO Finance", "22 Mill Lane", "Harrogate", "HG1 4QP"): the layout rules read one block, the
 * buyer's, for both parties, the seller's own name lost (a logo, a footer OCR misread).
 */
function overBuyersAddress(seller: string, buyer: string | null, items: readonly TextItem[]): boolean {
  return !!buyer && addressLike(buyer, true) && rowsOver(buyer, items).some((i) => squeeze(i.text).includes(squeeze(seller)));
}

/**
 * Whether the buyer is the head of the seller's own name ("Malerbetrieb" or "Kaltenba" of "Malerbetrieb
 * Schneider GmbH", "Kaltenbach Webdesign"): the sender line over the window ("Malerbetrieb Schneider GmbH ·
 * Venloer Straße 212 · 50823 Köln"), printed small, which OCR cut into two boxes, the first at the window
 * block's left edge; the layout rules took it for the block's first row, the buyer's name below it. Or the
 * whole sender line read as one row with its rest garbled ("Lichtblick den m,Hansta 8,5518 a" for "Lichtblick
 * Medien GmbH · Hafenstraße 18 · 55118 Mainz", its separators lost): a buyer opening with the seller's first
 * word, one of four letters or more, and going on otherwise, with the figures of a street's number or a postcode
 * that no such name holds (two companies of a group, "Hotel Seeblick GmbH" and "Hotel Alpenrose GmbH", share a
 * first word too). A buyer named as the seller is is another check's (parties_distinct).
 */
function senderLineHead(buyer: string, seller: string | null): boolean {
  const own = squeeze(buyer), sender = squeeze(seller);
  if (own.length > 0 && sender.length > own.length && sender.startsWith(own)) return true;
  const first = (name: string) => fold(name.trim().split(/[\s,.·|-]+/)[0]!);
  const head = first(seller ?? '');
  return head.length >= 4 && /^\p{L}+$/u.test(head) && first(buyer) === head && /\d/.test(buyer) && !/\d/.test(seller ?? '') && !own.startsWith(sender);
}

/**
 * Whether the seller is a short name of initials and a company form ("HGV AG") while the page prints
 * the words they stand for ("HGV Hanseatische Gewerbe-Versicherung" in the letterhead): the company's
 * name is the long one, which the text layer reads from the footer's company line (parties.ts,
 * legalName); on a scan OCR misread that line, and the sender line's short form was left.
 */
function spelledOut(name: string, items: readonly TextItem[]): boolean {
  const [abbr, ...form] = name.trim().split(/\s+/);
  if (!form.length || !/^\p{Lu}{2,5}$/u.test(abbr!) || withoutCompanyForm(name) !== abbr) return false;
  return items.some((item) => {
    const words = item.text.split(/[\s-]+/);
    return words.some((_, i) => i + abbr!.length <= words.length && words.slice(i, i + abbr!.length).every((w, k) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && w[0] === abbr![k]));
  });
}

/**
 * A number that is a word in small letters with one digit in it ("m6d" for the Hungarian "mód" of
 * "Fizetési mód"): a letter OCR read as a digit (DIGIT_FOR_LETTER), and a label's word taken for the
 * number its label stood beside.
 */
const wordForNumber = (number: string) => /^\p{Ll}*\d\p{Ll}+$|^\p{Ll}+\d$/u.test(number);

/**
 * A number of capitals and digits with a small l, i or o among them ("POl-25-3307" for "POI-25-3307"),
 * or a small letter drawn as its capital is, only smaller ("ESz-2025/00418" for "ESZ-…"), or with a dot
 * (a phone photo's "Oj-2025-0447" for "OJ-…", the blur taking the J's hook for a j's): OCR read a
 * capital I, a 1, an O or a capital of that shape as the small letter, and cannot say which.
 */
const smallAmidCapitals = (number: string) => /^(?=.*\d)(?=.*[A-Z])(?=.*[liocsuvwxzj])[A-Z0-9liocsuvwxzj/._-]+$/.test(number);

/**
 * A number's group of capitals that ends in a lone zero, at a separator or the number's end ("LS0-25-0311" for
 * "LSO-25-0311", a company's initials), opens with one ("0N/2025/311" for "ON/2025/311") or has one between two
 * capitals ("B0S-118842"): OCR reads a capital O and a zero alike, and a series of letters is what such a group
 * mostly is. A group with a run of figures ("INV0012", "RE-2025-0047") or another figure ("GB5-2025-118822") is
 * not one. Nor is a number that opens with a zero and capitals run into its figures ("0D26-0031" for "OD26-0031", a
 * series' letters before the year's): no numbering opens with a zero before letters. text-parts.ts reads such a
 * group's zero as the O, in doubt.
 */
export const ZERO_AMID_CAPITALS = /(?<=^|[-/._ ])(?:[A-Z]{2,}0|0[A-Z]+|[A-Z]+0[A-Z]+)(?=[-/._ ]|$)|^0[A-Z]+(?=\d)/g;
export const zeroAmidCapitals = (number: string) => number.search(ZERO_AMID_CAPITALS) >= 0;

/**
 * The same of a lone 1 ("PO1-25-3307" for "POI-25-3307", "1NV-2025-0042" for "INV-…"): OCR reads a capital I
 * as the figure of its shape as it reads an O as a zero, and a group of capitals with one figure in it is mostly
 * letters. (A 1 among figures, "INV1042", or a single capital's "Q1", is no such group.)
 */
const oneAmidCapitals = (number: string) => /(?<=^|[-/._ ])(?:[A-Z]{2,}1|1[A-Z]{2,}|[A-Z]+1[A-Z]+)(?=[-/._ ]|$)/.test(number);

/**
 * A postcode on a row of its own, as a British, Canadian or Dutch address block ends ("HG1 4QP", "K1A 0B1",
 * "1012 AB") or a continental one sets it before the town OCR put on another row ("50968", "D-50968").
 */
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4}\s?[A-Z]{2}|(?:[A-Z]{1,2}-)?\d{4,5})$/;

/**
 * An association of a building's owners or tenants, which goes by its property's name and number
 * ("Bostadsrättsföreningen Tallen 4", "Brf Kajen 4", "Ejerforeningen Strandvejen 112", "WEG Lindenstraße 12",
 * "VvE Keizersgracht 120"): a name of a street's shape whose first word is its legal form.
 */
const OWNERS_WORDS = /^(?:(?:bostadsrättsförening|ejerforening|andelsboligforening|borettslag|asunto-osakeyhtiö|wohnungseigentümergemeinschaft|eigentümergemeinschaft|stockwerkeigentümergemeinschaft)\p{L}*|brf|asunto\s+oy|vereniging\s+van\s+eigena(?:ar|ren)s?)\s/iu;
const ownersAssociation = (name: string) => OWNERS_WORDS.test(name) || /^(?:WEG|VvE|E\/F|A\/B)\s/u.test(name);

/**
 * A street with its house number, after it or before it ("Am Anger 7", "Hafenweg 12a", "2 Queens
 * Wharf" on a sheet: a till's shop name may open with a figure, "99 SPEED MART", "7 ELEVEN"), or a
 * postcode run into its town ("2770Kastrup", "47119 Duisburg"; a Slovak, Czech or Swedish one of three and
 * two figures, "059 52 Veľká Lomnica"), an Italian one with its province
 * ("40121 Bologna (BO)"), or a town and its state after a comma, no company form ("Pune, Maharashtra";
 * a professional corporation's "PC" or "PA" after its comma is a form), a row of parts one of which is a street
 * with its number or a floor (STREET_PART), or a postcode alone (POSTCODE):
 * an address row, not a name, whichever row of the block OCR moved into the name's place.
 */
export const addressLike = (name: string, sheet: boolean) => POSTCODE.test(name.trim()) || (/^\p{L}[\p{L}.' -]*\s\d{1,4}[a-z]?$/u.test(name.trim()) && !ownersAssociation(name.trim())) || /^(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3}\s\d{2})\s?\p{L}+(?:[ -]\p{L}+)*(?:\s\(\p{Lu}{2}\))?$/u.test(name.trim())
  || (sheet && /^\d{1,4}[a-z]?\s+\p{L}/u.test(name.trim()) && withoutCompanyForm(name) === name.trim())
  || (/^\p{Lu}[\p{L}.' -]*,\s\p{Lu}\p{Ll}+$/u.test(name.trim()) && withoutCompanyForm(name) === name.trim())
  || (name.split(/,\s*/).length >= 2 && name.split(/,\s*/).some((part) => STREET_PART.test(part.trim())) && withoutCompanyForm(name) === name.trim());

/**
 * A part of an address row after or before a comma: a house number and an English street's word ("80 Feet Road"), or a
 * floor or a suite ("4th Floor", "Suite 210"). A row of such parts ("4th Floor, 80 Feet Road, Koramangala") is the
 * address under a name OCR boxed with the next column's label ("Tarang Cloudworks Private Limited Invoice No.: …"),
 * which the name's place then fell to.
 */
const STREET_PART = /^(?:\d+[A-Za-z]?\s+(?:\p{L}+\s+)*(?:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way)\.?|\d+(?:st|nd|rd|th)\s+floor|(?:suite|unit|floor)\s+\d+\w?)$/iu;

/**
 * A name no party goes by, whatever OCR's certainty: what the layout rules took from a block whose
 * rows OCR moved or joined.
 * - a small letter first: a logo's word mark ("lumeo") or the tail of a row cut in two ("sign GmbH" of
 *   "Vogt Webdesign GmbH"); the particles a surname opens with ("van Dijk", "de la Cruz") excepted;
 * - a small consonant standing alone between two words ("Rahu l Mehta"): OCR split a word; or "ll" so
 *   ("Enoteca ll Grappolo"): the capital I of "Il" or "II" read small, both one stroke;
 * - a word or a stop doubled ("Design Ltd Ltd", "Assn.."), or the whole name (one box over two cells that
 *   print it side by side, "Bill to | Ship to"): two items run together, or a stray mark;
 * - the row that names the owner or the person a firm's block is for ("Inh. Markus Schuster"), not the
 *   firm above it;
 * - a country alone (the last row of an address block: "U.S.A", "Deutschland");
 * - a company form read without the mark it is written with ("Sarl" for the Swiss "Sàrl"), or with a
 *   digit for its letter ("Sp. z 0.o.");
 * - a row's cells split by separators ("FREIGHT · CUSTOMS · WAREHOUSING Tilbury Cross Freight Ltd"): a
 *   letterhead's line of trades or a footer's cells run into the name;
 * - a bracket opened and not closed, or closed and not opened ("Hotel Tauernblick Brandstätter (GmbH"):
 *   a glyph's half or a speck read as one, or a bracketed part cut off; a Chinese name's bracket of
 *   either width closes the other's, as OCR reads the one printed in either ("中铁快运（成都)物流");
 * - one word that names the document ("Premienota", "Creditnota", "Schlussrechnung"): its title, over the
 *   number's row, taken for a block's first row;
 * - a date after its words ("Biuro Rachunkowe Nowak 01.11.2025"): the next column's cell, boxed by OCR with
 *   the name, whose own rows may go on under it;
 * - a question mark against a letter ("Alpenk?serei"): OCR's sign for a letter it could not read (a mark's
 *   letter, mostly), never a name's own;
 * - the label of a page count last ("CLEGOF Page"): a header's cells (a customer code, "Page 1") read as a name;
 * - a field's label alone ("Tax Point", "Due Date", "Account Number"): a header grid's caption beside the block
 *   that OCR boxed into it, read as its first row.
 */
function notAName(name: string): boolean {
  const text = name.trim();
  return (/^\p{Ll}/u.test(text) && !PARTICLE.test(text)) || /(?:^|\s)(?:[bcdfghjlmnpqrtx]|ll)(?=\s|$)/.test(text)
    || /(?:^|\s)(\p{L}+)\s+\1(?:\s|$)/iu.test(text) || /\.\.|,,|\s[.,]\s/.test(text)
    || /^(?:inh\.|inhaber(?:in)?\b|z\.\s?hd\.|attn\b|attention\b|c\/o\b)/i.test(text) || countries().has(squeeze(text))
    || /\bSarl\b/.test(text) || /(?:^|\s)\d\.\p{Ll}\./u.test(text) || /\s[·•|]\s/.test(text) || /^(.{5,})\s+\1$/u.test(text)
    || /[(（][^)）]*$|^[^(（]*[)）]/.test(text) || DOCUMENT_TITLE.test(text) || /\s\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}$|^\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\s/.test(text)
    || /\p{L}\?|\?\p{L}/u.test(text) || PAGE_LABEL_LAST.test(text) || FIELD_LABEL.test(text) || BELGIAN_REGISTER.test(text);
}

/**
 * The Belgian register of legal persons and its court's town ("RPR Antwerpen", "RPM Bruxelles"), a row of the
 * seller's legal lines: taken for a party's name when the letterhead above it was not read as a company.
 */
const BELGIAN_REGISTER = /^(?:RPR|RPM)\s/;

/** A field's label, a date's or a number's, as the whole text ("Tax Point", "Invoice Date", "Customer No."). */
const FIELD_LABEL = /^(?:tax\s+point(?:\s+date)?|(?:invoice|issue|due|order|delivery|supply)\s+date|(?:invoice|account|customer|order|consignment)\s+(?:number|no\.?))\s*:?$/i;
/** The label of a page count ("Page", "Seite", "Pagina") as a name's last word (not the Danish "Side": "Lake Side" is a name). */
const PAGE_LABEL_LAST = /\s(?:page|seite|pagina|página|sivu|sida|strona|pág\.?)$/iu;

/**
 * A name that is only ever the letters of a code on the page ("CDE" of an order's "CDE-2025-0412"): every row
 * that shows it runs it on into a hyphen or a slash and figures, as a reference's prefix; a name's rows
 * never do. (A cell's label lost, its value was taken for a block's name.)
 */
function codePrefix(name: string, items: readonly TextItem[]): boolean {
  const text = name.trim();
  if (text.length < 2) return false;
  const rows = items.filter((i) => i.text.includes(text));
  const prefix = new RegExp(String.raw`(?:^|[^\p{L}])${escapeRegExp(text)}[-/]\s?\d`, 'u');
  return rows.length > 0 && rows.every((i) => prefix.test(i.text));
}

/**
 * A seller whose first word is a row of its own in capitals over the rest of the name ("KIINTEISTÖHUOLTO" over
 * "Lahtinen & Poika Oy"): a letterhead's trade or logo word set over the firm's name, which OCR's boxes make
 * as large as the name's; the name is the row under it, or both: in doubt. (A name set in capitals throughout
 * is one name over two rows.)
 */
function capitalsWordOver(name: string, items: readonly TextItem[]): boolean {
  const m = /^(\p{Lu}{4,})\s+(.*\p{Ll}.*)$/u.exec(name.trim());
  if (!m || !endsInCompanyForm(m[2]!)) return false;
  return items.some((word) => word.text.trim() === m[1] && items.some((rest) => rest.page === word.page && rest.text.trim() === m[2]
    && rest.y > word.y && rest.y - word.y <= 1.6 * rest.height && Math.abs(rest.x - word.x) <= 3));
}

/** One word that names a document: an invoice, a credit or premium note, a receipt, in the languages read. */
const DOCUMENT_TITLE = /^\p{L}*(?:nota|rechnung|gutschrift|factuur|factura|facture|fattura|faktura|invoice|receipt)$/iu;

/** Names longer than this are no label (the longest, "Rechnungsempfänger", and a letter more). */
const LONGEST_LABEL = 20;
/** Letters OCR may have lost, added or read another for in a label (its marks: the labels read them bare). */
const LABEL_LETTERS = [...'abcdefghijklmnopqrstuvwxyz '];

/** A party's word and a code after it, a customer number ("Cod. cliente C0114", "Kundennr. 30412"). */
const LABELLED_CODE = onFirstUse(() => new RegExp(String.raw`(?:^|\s)\p{L}*(?:${BUYER_WORD.source})\p{L}*[.:]?\s+\S*\d\S*$`, 'iu'));

/**
 * Whether the name is a party block's label, not its party: the label as OCR misread it (misreadLabel),
 * or a label with the code it labels, a customer number ("Cod. cliente C0114").
 */
const labelAsName = (name: string) => LABELLED_CODE().test(name.trim()) || misreadLabel(name);

/** A label of either party, in any language the parsers know ("Verkäufer", "Bill to", "DODAVATEL"). */
const isPartyLabel = (text: string) => isSellerLabel(text) || isBuyerLabel(text);

/**
 * Whether a text is a party block's label as OCR misread it, a letter lost, added or read as another
 * ("Bill o" for "Bill To", "Vev?" for "Vevő"), which no label pattern knows: the layout rules took the
 * caption for the block's first row. Texts as short as a label and without a company form only.
 * `label`: the labels it may be (a buyer's or a seller's, by default either).
 */
export function misreadLabel(name: string, label = isPartyLabel): boolean {
  const text = name.trim();
  if (text.length < 4 || text.length > LONGEST_LABEL || /\d/.test(text) || withoutCompanyForm(text) !== text) return false;
  for (let i = 0; i <= text.length; i++) {
    const [head, tail] = [text.slice(0, i), text.slice(i)];
    if (i < text.length && label(head + tail.slice(1))) return true;
    for (const c of LABEL_LETTERS) if (label(head + c + tail) || (i < text.length && label(head + c + tail.slice(1)))) return true;
  }
  return false;
}

/**
 * A salutation or a block's label after the name's words ("OFFICINA MECCANICA BERTOLINI Spett.le", "… Ltd Bill
 * To", "… GmbH Kunde:"): OCR put the letterhead's first row and the label of the addressee's block beside it on
 * one row, and the layout rules read the two blocks' text as one party's name, the other party's name likely in
 * its place. A name ends in none of them.
 */
const LABEL_AFTER_NAME = onFirstUse(() => /\s(?:spett\.?le|messrs\.?|herrn?|frau|monsieur|madame|mademoiselle|se[ñn]ora?|mevrouw|attn\.?|(?:bill(?:ed)?|ship|sold|invoiced?|deliver(?:ed)?)\s+to:?|\p{L}+:)$/iu);
/**
 * A salutation and a person's name inside the name ("Brenner Anlagentechnik Herr Daniel Okafor AG"): OCR drew one
 * box over the buyer's row and the driver's or contact's block beside it, and the next row's form was added to
 * the run. A company's name holds no "Herr" or "Mr" before a given name after its own first word.
 */
const SALUTATION_INSIDE = /\S\s(?:Herrn?|Frau|Mrs?\.?|Ms\.?|Dhr\.|Mevr\.)\s\p{Lu}\p{Ll}/u;
const labelAfterName = (name: string) => LABEL_AFTER_NAME().test(name.trim()) || SALUTATION_INSIDE.test(name.trim());

/**
 * Whether the seller's name opens with the buyer's first two words and goes on otherwise ("Hollins & Pratt Group
 * plc" beside the buyer "Hollins & Pratt Foods Ltd"): the buyer's group, another of the addressee's blocks (a
 * payer's, a sold-to party's) read in the seller's place; a supplier rarely shares its customer's name.
 */
function openedAlike(seller: string, buyer: string | null): boolean {
  const words = (name: string) => fold(withoutCompanyForm(name) || name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [a, b] = [words(seller), words(buyer ?? '')];
  return a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[1] === b[1] && a.join(' ') !== b.join(' ') && (a[0] + a[1]).length >= 6;
}

/** Words a surname or a firm's name may open with in small letters. */
const PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|du|dos|das|le|la|ten|ter|zu|zur|vom|e\.k\.)(?:\s|$)/u;

let countryNames: Set<string> | undefined;
/**
 * Country names as an address block prints them, in the languages of the invoices read (from the
 * runtime's region names, not a list kept here), and their common short forms.
 */
function countries(): Set<string> {
  if (countryNames) return countryNames;
  const names = new Set(['usa', 'us', 'uk', 'gb']);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'cs', 'da', 'sv', 'nb', 'fi', 'hu', 'ro', 'et']) {
    const display = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const a of letters) for (const b of letters) {
      const region = display.of(a + b);
      if (region) names.add(squeeze(region));
    }
  }
  return (countryNames = names);
}

/**
 * Words of invoices in languages whose marks OCR does not read (í ó ñ ã ç ř ł ø å ő ș č ć õ ð …), also as
 * OCR gives them without their marks ("Belob" for "Beløb", "Racun" for "Račun"), and the Nordic
 * compounds of a word ("Fakturanr.", "Forfaldsdato"; the Icelandic "Reikningur nr.", whose names lose
 * their ð to "o" or "ö": "Norourljos Prentsmiöja" for "Norðurljós Prentsmiðja"; the Latvian "Rigas" for
 * "Rīgas", stated with certainty had the page's language not been known; the Finnish "Kinteistohuolto" for
 * "Kiinteistöhuolto", its ö lost and one of its two i's, which PaddleOCR often reads as one: "Vitenumero"
 * for "Viitenumero"); `small`, the short
 * words, in small letters only. By the tesseract model that reads the language's marks (ocr-marks.ts):
 * a word several languages print counts for each; Serbian and Croatian share their Latin marks.
 */
const UNREAD_MARKS_LANGUAGES = onFirstUse(() => Object.entries<{ words: RegExp; small?: RegExp }>({
  spa: { words: /^(?:factura|fecha|importe|iva|nif|cif)$/iu, small: /^(?:del|los|las|y|el)$/ },
  por: { words: /^(?:fatura|iva|nif|contribuinte)$/iu, small: /^(?:do|dos|das|em|com)$/ },
  ces: { words: /^(?:faktura\p{L}*|dph|ičo|dič|celkem)$/iu, small: /^(?:pro)$/ },
  slk: { words: /^(?:faktúra|dph|ičo|dič|spolu)$/iu, small: /^(?:pre)$/ },
  pol: { words: /^(?:faktura\p{L}*|nip|sprzedawca|nabywca|razem)$/iu, small: /^(?:w|z|na|za)$/ },
  dan: { words: /^(?:faktura\p{L}*|moms\p{L}*|beløb|belob|forfald\p{L}*)$/iu, small: /^(?:og|til|af)$/ },
  nor: { words: /^(?:faktura\p{L}*|mva|beløp|belop|forfall\p{L}*)$/iu, small: /^(?:og|til|av)$/ },
  swe: { words: /^(?:faktura\p{L}*|moms\p{L}*|betala|bankgiro|plusgiro|betalningsvillkor|f[öo]rfallo\p{L}*|[öo]resavrundning)$/iu, small: /^(?:och|för|i|av)$/ },
  hun: { words: /^(?:számla|szamla|áfa|vevő|eladó|összesen)$/iu, small: /^(?:és)$/ },
  ron: { words: /^(?:factura|cump[aăä]r[aăä]tor|furnizor\p{L}*|denumirea|valoarea|sediul|semn[aăä]tura|[sșş]tampila)$/iu, small: /^(?:și|si)$/ },
  est: { words: /^(?:arve|kokku|ostja|müüja|maksja|k[äa]ibemaks|kmkr|tasuda|kuup[äa]ev)$/iu, small: /^(?:ja)$/ },
  fin: { words: /^(?:lasku\p{L}*|alv|veroton|yhteens[aä]|er[aä]p[aä]iv[aä]|vii?te\p{L}*|maksettava|y-tunnus)$/iu, small: /^(?:ja)$/ },
  hrv: { words: /^(?:račun|racun|pdv|kupac|ukupno|osnovica)$/iu, small: /^(?:na|za)$/ },
  slv: { words: /^(?:račun|racun|ddv|kupec|skupaj|znesek)$/iu, small: /^(?:na|za)$/ },
  isl: { words: /^(?:reikning\p{L}*|kaupandi|seljandi|samtals|vsk|gjalddagi|eindagi|dagsetning)$/iu },
  tur: { words: /^(?:fatura)$/iu, small: /^(?:ve)$/ },
  lav: { words: /^(?:r[eē][kķ]ins|pvn|pieg[aā]d[aā]t[aā]js|sa[nņ][eē]m[eē]js|pirc[eē]js|apmaksa[is])$/iu, small: /^(?:un)$/ },
  lit: { words: /^(?:s[aą]skaita|pvm|pirk[eė]jas|pardav[eė]jas|mok[eė]ti)$/iu, small: /^(?:ir)$/ },
}));
/**
 * Words of invoices in the languages whose marks OCR reads (German, French, English, Dutch, Italian). Italian's
 * tax, "IVA", is Spanish's and Portuguese's word too and counts for them: an Italian page's own labels
 * ("Imponibile", "Aliquota", "Imposta", "Totale", "Codice fiscale") outweigh it, or its summary of IVA by rate
 * made the page one of a language whose marks OCR loses, and its names doubted for marks Italian does not lack.
 */
const READ_MARKS_WORDS = onFirstUse(() => /^(?:rechnung\p{L}*|und|der|die|das|für|mit|von|mwst|ust|zzgl|inkl|betrag|summe|gesamt\p{L}*|facture|le|les|des|du|et|montant|pour|invoice|the|and|of|to|for|amount|date|due|tax|factuur|het|een|bedrag|btw|van|fattura|il|di|della|per|importo|imponibile|aliquota|imposta|totale|codice|fiscale|scadenza|riepilogo)$/iu);
/** English's among them: a page that prints them beside another language's labels is bilingual, its names the other's. */
const ENGLISH_WORDS = /^(?:invoice|the|and|of|to|for|amount|date|due|tax)$/i;

/**
 * The marked letters of each language the marks' re-read knows, by its tesseract code (small letters).
 */
export const LANGUAGE_MARKS: Record<string, string> = {
  spa: 'áéíóúñü', por: 'áâãàçéêíóôõú', ces: 'áčďéěíňóřšťúůýž', slk: 'áäčďéíĺľňóôŕšťúýž', pol: 'ąćęłńóśźż', dan: 'æøåé', nor: 'æøåé',
  swe: 'åäöé', deu: 'äöüß', hun: 'áéíóöőúüű', ron: 'ăâîșțşţ', est: 'äöõüšž', fin: 'äöå', hrv: 'čćđšž', slv: 'čšž', isl: 'áðéíóúýþæö', tur: 'çğıöşü',
  lav: 'āčēģīķļņšūž', lit: 'ąčęėįšųūž', gle: 'áéíóú',
};

/** Fewer such words say nothing of the page: a name alone ("Sp. z o.o.") or a stray word. */
const MIN_LANGUAGE_WORDS = 3;

/**
 * Whether the page is written in a language whose marks OCR does not give: PaddleOCR's dictionary
 * lacks most marked letters, and the re-read that restores them knows German and French marks only
 * (ocr/paddle/restore-accents.ts), so a Spanish, Portuguese, Czech, Polish, Nordic or Hungarian name
 * comes out without its marks ("Asesoria" for "Asesoría", "Hansen & Son" for "Hansen & Søn") or with
 * a German or French one in their place ("Sänchez", "Lôpez"), however sure OCR was of each letter.
 * Judged by the page's words: more of such a language's invoice and short words than of the others'.
 * `language`: the tesseract model of the one language most of those words are in (none on a tie).
 */
function unreadMarks(items: readonly TextItem[]): { unread: boolean; language?: string } {
  let unread = 0, read = 0, english = 0, labels = 0;
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const token of item.text.split(/\s+/)) {
      const word = token.replace(/^[.,:;()]+|[.,:;()]+$/g, '');
      const languages = UNREAD_MARKS_LANGUAGES().filter(([, l]) => l.words.test(word) || l.small?.test(word));
      if (languages.length) unread++;
      else if (READ_MARKS_WORDS().test(word)) read++;
      if (!languages.length && ENGLISH_WORDS.test(word)) english++;
      if (languages.some(([, l]) => l.words.test(word))) labels++;
      for (const [code] of languages) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  // A bilingual page ("Sprzedawca / Seller", "Faktura VAT / Invoice"): English's words outnumber the
  // language's, which has as many invoice labels of its own as a page in it alone; its names are its own.
  const bilingual = labels >= MIN_LANGUAGE_WORDS && unread > read - english;
  if (unread < MIN_LANGUAGE_WORDS || (unread <= read && !bilingual)) return { unread: false };
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return { unread: true, ...(first && first[1] !== second?.[1] ? { language: first[0] } : {}) };
}

/**
 * A vowel with a diaeresis or a circumflex in a name on an invoice in New Zealand dollars: Māori names carry
 * macrons ("Kāpiti", "Ōtaki", "Taupō", "Kōwhai"), which OCR, whose dictionary has none, reads as a diaeresis
 * ("Käpiti") or the marks' re-read as a circumflex ("Kôwhai"), with certainty; te reo Māori has neither.
 */
const MACRON_READ = /[äëïöüâêîôûÄËÏÖÜÂÊÎÔÛ]/;

/**
 * Words of names that Spanish, Portuguese, Czech, Slovak and Hungarian write only with a mark on their first
 * letter, a capital where a name opens them ("Óptica", "Águas", "Účetní", "Építő"), read bare in small
 * letters after it ("Optica Mirada Clara, S.L."): PaddleOCR seldom gives a capital's mark, and the marks'
 * re-read in the page's language (ocr-marks.ts) gave seed 12007's Spanish tenant "Optica" letter for letter
 * too, which settled it, wrong, status ok. Neither reading tells a capital's mark: such a name stays in doubt
 * (OcrDoubts.kept). Words in capitals throughout are left: a name set in capitals is often printed without.
 */
const CAPITAL_MARKED: Record<string, RegExp> = {
  spa: /^(?:optica|opticas|optico|alamo|alamos|angel|angeles|arbol|arboles|area|avila|ambar|ebano|indice|orbita|opera|unico|unica|ultima|ultimo|oleo|oleos|agora|africa|asia)$/,
  por: /^(?:agua|aguas|otica|optica|area|angulo|ancora|arvore|arvores|epoca|oculos|unico|unica|africa|asia|obidos|evora|agueda)$/,
  ces: /^(?:ucetni|ucetnictvi|uklid|usti|uprava|upravy|uzemi|udrzba|uver|uspech|urad)$/,
  slk: /^(?:uctovnictvo|uctovna|uprava|udrzba|uver|urad)$/,
  hun: /^(?:epito|epitoipari|epulet|etterem|elelmiszer|ugyved|ugyvedi|uveg|uveges|ontode|osz|orszagos|ozon)$/,
};
const capitalMarkLost = (name: string, language: string | undefined) => {
  const lexicon = language ? CAPITAL_MARKED[language] : undefined;
  return !!lexicon && name.split(/[\s,.'’()/-]+/).some((w) => /^[AEIOU]\p{Ll}+$/u.test(w) && lexicon.test(foldAccents(w).toLowerCase()));
};
/** The word with its small letters' marks folded away ("Epitö" → "Epito"): the lexicon's spelling. */
const foldAccents = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Company forms that say which language a name is in, with the languages (tesseract codes) that write each:
 * the first unless the party's country says another of them (partyCountry). Forms of languages whose marks
 * OCR does not give only ("Kft." Hungarian, "UAB" Lithuanian, "ApS" Danish); "AB" set before the name is
 * Lithuanian's or Swedish's, after it Swedish's; "AS" after it Norwegian's or Estonian's, before it Latvian's or
 * Estonian's. A form a language whose marks OCR gives writes too says nothing alone: "S.R.L.", Romanian's and
 * Italian's, asks the party's country to be Romania (`country`); "S.A.", written from Madrid to Warsaw, is left.
 */
const FORM_LANGUAGES = onFirstUse(() => ([
  [/(?:^|\s)(?:ApS|A\/S|I\/S|IVS|K\/S|P\/S)$/u, ['dan']],
  [/\s(?:AS|ASA|ANS)$/u, ['nor', 'est']],
  [/^AS\s/u, ['lav', 'est']],
  [/\s(?:AB|HB|KB)$|\sek\.\s?för\.$/u, ['swe']],
  [/^(?:UAB|MB|VšĮ|VsI)\s/u, ['lit']],
  [/^AB\s/u, ['lit', 'swe']],
  [/^SIA\s|\sSIA$/u, ['lav']],
  [/\sO[ÜU]$|^O[ÜU]\s/u, ['est']],
  [/\s(?:Oy|Oyj|Ky|Tmi)$|^Oy\s/u, ['fin']],
  [/\s(?:Kft|Zrt|Nyrt|Bt|Kkt)\.?$/u, ['hun']],
  [/\s(?:Sp\.\s?z\s?o\.\s?o\.|sp\.\s?[jk]\.|S\.C\.)$/iu, ['pol']],
  [/\s(?:s\.\s?r\.\s?o\.|spol\.\s?s\s?r\.\s?o\.|a\.\s?s\.|v\.\s?o\.\s?s\.|k\.\s?s\.)$/u, ['ces', 'slk']],
  [/\s(?:j\.?\s?)?d\.\s?o\.\s?o\.$|\sd\.\s?d\.$/u, ['hrv', 'slv']],
  [/,?\s(?:S\.L\.[UP]?\.?|SL|SLU)$/u, ['spa']],
  [/,?\s(?:Lda\.?|Unipessoal(?:\s+Lda\.?)?)$/u, ['por']],
  [/\s(?:A\.[ŞS]\.|(?:Ltd\.\s?)?[ŞS]ti\.)$/u, ['tur']],
  [/\s(?:ehf|hf)\.$/u, ['isl']],
  [/,?\s(?:S\.R\.L\.|SRL|S\.r\.l\.)$/u, ['ron'], 'country'],
] as Array<[RegExp, string[], 'country'?]>));

/** The language of the marks of each country whose marks OCR does not give, by its ISO code. */
const COUNTRY_LANGUAGES: Record<string, string> = {
  DK: 'dan', NO: 'nor', SE: 'swe', FI: 'fin', EE: 'est', LV: 'lav', LT: 'lit', HU: 'hun', PL: 'pol', CZ: 'ces', SK: 'slk',
  HR: 'hrv', SI: 'slv', RO: 'ron', ES: 'spa', PT: 'por', TR: 'tur', IS: 'isl',
};

/**
 * A party's country as its own fields give it: the prefix of its VAT number ("HU27811452"), of its IBAN, or of
 * its postcode ("LT-03154 Vilnius", "Riga, LV-1050").
 */
function partyCountry(party: { taxId: string | null; account: string | null; address: string | null }): string | undefined {
  return party.taxId?.replace(/\s/g, '').match(/^([A-Z]{2})[0-9A-Z]/)?.[1] ?? party.account?.replace(/\s/g, '').match(/^([A-Z]{2})\d{2}[0-9A-Z]/)?.[1]
    ?? party.address?.match(/\b([A-Z]{2})-\d{3,5}\b/)?.[1];
}

/**
 * Words Irish writes only with a fada, read bare ("Uisce Eireann" for "Uisce Éireann", "Failte", "Udaras", "Baile
 * Atha Cliath"): PaddleOCR rarely gives a capital's mark, nor the Irish á in a word's small letters. An Irish
 * name's other words are mostly written without one, and English names many Irish bodies: these alone tell one.
 */
const IRISH_MARKED = /^(?:eire|eireann|failte|udaras|atha|naisiunta|naisiunach|seirbhisi)$/;
export const irishMarkLost = (name: string) => name.split(/[\s,.'’()/-]+/).some((w) => /^\p{Lu}?\p{Ll}+$/u.test(w) && IRISH_MARKED.test(w.toLowerCase()));

/**
 * The language of a party's name as its own party tells it (its company form; else its country, a sole
 * trader's or an association's name having no form), when that language writes marks OCR does not give; on a
 * page in English, German or French the page's words say nothing of it: a Danish sound engineer's "Lydværket ApS" read "Lydverket ApS", a Hungarian "Sajtműhely Kft."
 * read "Sajtmühely Kft.", a Lithuanian "UAB „Švarus kampas“" read "Svarus", each with certainty. Such a name is
 * in doubt for its marks as one on a page in its language is, and re-read by its language's model (ocr-marks.ts).
 * An Irish name is by a word Irish marks read bare (irishMarkLost) only.
 */
function nameLanguage(name: string, party: { taxId: string | null; account: string | null; address: string | null }): string | undefined {
  const trimmed = name.trim();
  const form = FORM_LANGUAGES().find(([pattern]) => pattern.test(trimmed));
  const country = partyCountry(party);
  const own = country ? COUNTRY_LANGUAGES[country] : undefined;
  if (form) return own && form[1].includes(own) ? own : form[2] ? undefined : form[1][0];
  return own ?? (irishMarkLost(trimmed) ? 'gle' : undefined);
}

/** Short words and invoice words of a page in French. */
const FRENCH_WORDS = /^(?:le|la|les|des|du|au|aux|et|pour|par|sur|une?|facture|montant|tva|ttc|ht|date|échéance|echeance|client|règlement|reglement|paiement)$/i;

/**
 * Short words and invoice words of the other languages a page with French's short words may be in: German,
 * English, Dutch, and Italian, Spanish and Portuguese, whose articles French shares ("la", "le": an Italian
 * bill's "Bolletta per la fornitura di energia" has as many of them as a French page).
 */
const NOT_FRENCH_WORDS = /^(?:der|die|das|und|für|mit|the|and|of|for|invoice|het|een|van|factuur|rechnung|il|di|della|del|dei|degli|per|fattura|bolletta|totale|el|los|las|y|factura|fatura|do|dos|da)$/i;

/** Whether the page is in French: more of its words French ones than those of the languages beside it. */
const inFrench = (items: readonly TextItem[]) => inLanguage(items, FRENCH_WORDS, NOT_FRENCH_WORDS);

/** Whether more of the page's words are the language's (`own`) than those of the languages beside it (`other`), and enough of them. */
function inLanguage(items: readonly TextItem[], own: RegExp, others: RegExp): boolean {
  let words = 0, other = 0;
  for (const item of items) {
    for (const token of item.text.split(/\s+/)) {
      const word = token.replace(/^[.,:;()]+|[.,:;()]+$/g, '');
      if (own.test(word)) words++;
      else if (others.test(word)) other++;
    }
  }
  return words >= MIN_LANGUAGE_WORDS && words > other;
}

/**
 * Words of names that French writes with a mark, as OCR gives them without it ("Hotel des Remparts" for
 * "Hôtel", "Duval Batiment"), and one ending in "iere" or "evre", which French writes "ière" and "èvre" only
 * ("Lumiere", "Riviere", "Lefevre", "Orfevre");
 * and a word of small letters opening with E, a consonant and a vowel
 * ("Energie", "Electricité", "Ecole", "Editions"), which French writes with É (not one ending in "y", an
 * English word a French page's name may use, "Lumeo Energy SA": French ends no such word so): OCR's re-read of French
 * marks (ocr/paddle/restore-accents.ts) looks only at letters the recogniser gave a mark some chance,
 * and drops a capital's mark with certainty. Words in capitals are left: French often sets them without marks.
 */
const FRENCH_MARKED = /^(?:hotel|hopital|theatre|societe|cote|credit|generale?s?|federation|batiments?|electricite|energies?|etudes?|equipements?|ecole|creations?|patisserie|epicerie|telecoms?|cooperative|numerique|reseaux?|maconnerie|freres|[a-z]+ieres?|[a-z]*evres?)$/;
export const frenchMarkLost = (name: string) => name.split(/[\s,.'’-]+/).some((w) => /^\p{Lu}?\p{Ll}+$/u.test(w) && !/[^\p{ASCII}]/u.test(w) && (FRENCH_MARKED.test(w.toLowerCase()) || (/^E[bcdfghjlmnpqrstvz][aeiouy]\p{Ll}/u.test(w) && !/y$/.test(w))));

/**
 * A French party on a page in another language, by its own form (SARL, SAS, SASU, EURL, SCI, SNC: French law's, which
 * no other language writes) or its country (a FR VAT number, IBAN or postcode): a French hotel billed by a booking
 * platform in English ("Hôtel des Remparts SARL" read "Hotel des Remparts SARL"). Its name is asked, as a name on a
 * page in French is, for a word French writes with a mark read bare (frenchMarkLost), and re-read with French's model.
 */
const FRENCH_FORM = /\s(?:SARL|SAS|SASU|EURL|SCI|SNC)$/u;
const frenchParty = (name: string, party: { taxId: string | null; account: string | null; address: string | null }) => FRENCH_FORM.test(name.trim()) || partyCountry(party) === 'FR';

/** Short words of the languages a page with English's words may be in instead (German, French, Italian, Dutch, Spanish, Portuguese). */
const NOT_ENGLISH_WORDS = /^(?:der|die|das|und|für|mit|le|la|les|et|des|du|il|di|della|del|per|het|een|van|en|el|los|las|y|do|da|dos)$/i;

/** Whether the page is in English: more of its words English ones than those of the languages beside it. */
const inEnglish = (items: readonly TextItem[]) => inLanguage(items, ENGLISH_WORDS, NOT_ENGLISH_WORDS);

/** Short words and invoice words of a page in German, and of the languages beside it on one (English, French, Dutch, Italian). */
const GERMAN_WORDS = /^(?:der|die|das|und|für|fur|mit|von|zzgl|inkl|rechnung\p{L}*|betrag|summe|gesamt\p{L}*|mwst|ust|datum)$/iu;
const NOT_GERMAN_WORDS = /^(?:the|and|of|for|invoice|le|la|les|et|facture|het|een|van|factuur|il|di|per|fattura)$/i;

/**
 * Whether every showing of a name has a letter an umlaut is read as (a, o, u, i) that OCR was less than sure of
 * (under WEAK_LETTER): on a German page, an umlaut read as another letter ("Café Lindgrin GmbH" for "Lindgrün",
 * its i at 56), which no list of words German marks knows. The German model's re-read of the row (ocr-marks.ts)
 * settles a right name, read letter for letter.
 */
function umlautUnsure(shown: readonly Read[], locate: Locate): boolean {
  return shown.length > 0 && shown.every((read) => {
    const each = read.charConfidence?.length === read.text.length ? read.charConfidence : undefined;
    const showings = locate(read.text);
    return !!each && showings.length > 0 && showings.every((at) => at.some((i) => /[aiou]/.test(read.text[i]!) && each[i]! < WEAK_LETTER));
  });
}

/** Whether the page is in German: more of its words German ones than those of the languages beside it. */
const inGerman = (items: readonly TextItem[]) => inLanguage(items, GERMAN_WORDS, NOT_GERMAN_WORDS);

/**
 * Words of German names written with an umlaut, as OCR gives them without it, inside a word as well
 * ("Bautrager" for "Bauträger", "Westerwald Fordersysteme", "Backerei", "Gartnerei", "Munchen"):
 * PaddleOCR's re-read of German marks (ocr/paddle/restore-accents.ts) reads again only letters its
 * recogniser gave a mark some chance, and leaves the rest bare with certainty; a capital's mark it seldom gives
 * ("Arztehaus" for "Ärztehaus": the doctor's "Arzt" has none, its plural "Ärzte" always). German writes none of these
 * without its mark (not "grund", "braun"); a name whose word has the mark read is as printed.
 */
const GERMAN_MARKED = /arzte|trager|muller|backer|gartner|schafer|kramer|jager|kuche|brucke|muhle|grun(?!d)|buro|mobel|forder|fuhrer|brau(?!n)|getranke|gerate|bader|dacher|schlussel|gebaude|statte|munchen|koln|nurnberg|dusseldorf|wurzburg|lubeck|osterreich|karnten|zurich/;
/**
 * Or a German mark read as another: a ß as the capital B it looks like between small letters ("Naturkost
 * GroBhandel", "StraBe": after a vowel, before a small letter German puts after ß, not "MediaBox"), an
 * umlaut as a circumflex German does not write ("Pôlzl" for "Pölzl": the French model of the marks' re-read).
 */
const SHARP_S_AS_B = /[aeiouäöü]B(?=[ehlmt]\p{Ll})/u;
/** The name with each such B as the ß it stands for: no word run together at it (runTogether). */
const sharpS = (name: string) => name.replace(/(?<=[aeiouäöü])B(?=[ehlmt]\p{Ll})/gu, 'ß');
const FRENCH_MARK_FOR_UMLAUT = /[ôâûÔÂÛ]/;
export const germanMarkLost = (name: string) => name.split(/[\s,.'’&/-]+/).some((w) => /^\p{L}+$/u.test(w)
  && ((!/[^\p{ASCII}]/u.test(w) && GERMAN_MARKED.test(w.toLowerCase())) || SHARP_S_AS_B.test(w) || FRENCH_MARK_FOR_UMLAUT.test(w)));

/**
 * "Café" as OCR gives it without its mark, on a page in any language ("Pinecrest Bakery & Cafe Inc.",
 * "Eetcafe Het Wapen van Zeist"): names in English, Dutch, German and the Nordic languages keep the
 * French word's é as often as not, and OCR's recogniser rarely gives it, so "Cafe" read says nothing of
 * the print. Read with its mark, the print had it.
 */
const cafeMarkLost = (name: string) => /cafe(?![\p{L}\p{M}])/iu.test(name.normalize('NFC'));

/**
 * A German "UG" without the second part of its form, "(haftungsbeschränkt)", as the law (GmbHG § 5a) has it
 * written in full ("Codefabrik UG" for "Codefabrik UG (haftungsbeschränkt)"): OCR lost or misread the bracketed
 * word of smaller print, or the parser cut the name at the bracket. The name read is not the company's.
 */
const formPartLost = (name: string) => /\bUG\b(?!\s*\(haftungsbeschränkt\))/u.test(name.normalize('NFC'));

/**
 * A name holding a group of five figures or more outside brackets ("Mätarställning, mätare 4471882"): a
 * label read with its meter, account or customer number, not a party's name (a registration number in
 * brackets after a name is the name's: "(201801011844)"; so is a numbered company's, see NUMBERED_COMPANY),
 * or made of codes only (codesAsName).
 */
const figuresAsName = (name: string) => (!numberedCompany(name) && /(?<![\p{L}\d])\d{5,}(?![\p{L}\d])/u.test(name.replace(/\([^]*\)/g, ' '))) || codesAsName(name);

/**
 * A numbered company: its registry number, its jurisdiction in a word or two and its form, and nothing else
 * ("2094471 Alberta Ltd.", "1234567 Ontario Inc.", "9123-4567 Québec inc."), the name Canadian law gives a
 * company incorporated without one. A label with its figures has no company form after one place's name.
 */
const NUMBERED_COMPANY = onFirstUse(() => /^\d[\d-]{5,}\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s+\S+$/u);
const numberedCompany = (name: string) => NUMBERED_COMPANY().test(name.trim()) && endsInCompanyForm(name);

/**
 * A name of codes only, each word capitals and figures of four characters at most, one of them capitals with
 * two figures or more ("YX21 PJL", a vehicle's registration on a fuel card's statement): a value of a table's
 * row read for the party, not a name ("3M UK", "A1 AG" hold one figure).
 */
const codesAsName = (name: string) => {
  const words = name.trim().split(/\s+/);
  return words.every((w) => /^[\p{Lu}\d]{1,4}$/u.test(w)) && words.some((w) => /\p{Lu}/u.test(w) && (w.match(/\d/g) ?? []).length >= 2);
};

/**
 * A Hungarian company's name in capitals ("KOVÁCS ÉS TÁRSA ÉPÍTŐIPARI KFT.") read with no capital of an acute
 * or a double acute, or with Ö or Ü: a capital's acute is a short stroke above the letter OCR loses on a scan
 * ("KOVACS ES TARSA"), and it reads the double acute of Ő and Ű as the umlaut. Hungarian writes few words
 * without such a mark, so a name in capitals read without one, or with an umlaut, is in doubt.
 */
const hungarianCapitalsMarkLost = (name: string) => /^[^\p{Ll}]+\s(?:KFT|ZRT|NYRT|BT|KKT)\.?$/u.test(name.trim())
  && (!/[ÁÉÍÓÚŐŰ]/u.test(name.normalize('NFC')) || /[ÖÜ]/u.test(name.normalize('NFC')));

/**
 * A form of letters each followed by a stop whose last stop is missing ("Veerhuis B.V", "Turism S.R.L"):
 * such a form is printed with all its stops or none, so OCR lost the last one, a speck beside the letter.
 */
const DOTTED_FORM_STOP_LOST = onFirstUse(() => /(?<=\s)(?:\p{L}\.)+\p{L}$/u);

/**
 * A mark no name is printed with, a bracket of Chinese or Japanese print or another script's sign ("Mr 」
 * Appleby" for "J Appleby"): OCR read a letter as a sign of another script. Names print letters, figures and
 * the few signs that join or shorten words (stops, commas, "&", apostrophes, quotes, brackets, slashes,
 * hyphens and dashes, the middle dot). (A name in Chinese or Japanese script prints its own brackets,
 * "华贸物流（上海）有限公司".)
 */
const STRAY_MARK = onFirstUse(() => /[^\p{L}\p{M}\p{N}\s.,;:&'’‘`´"“”„«»‹›()[\]/\\+\-–—·・!?#@%*°]/u);
const EAST_ASIAN = onFirstUse(() => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u);
const strayMark = (name: string) => STRAY_MARK().test(name) && !EAST_ASIAN().test(name);

/**
 * A reference's label alone ("Vår referens", "Your reference", "Ihr Zeichen"), read as the name its box holds
 * beside the buyer's block, whose value OCR set on another row: no party's name.
 */
const REFERENCE_LABEL = onFirstUse(() => /^(?:ihre?|unsere?|votre|notre|vos|nos|uw|onze|your|our|er|v[åa]r|vores|deres|jeres)\s+(?:r[ée]f\p{L}*|referenz|zeichen|nachricht)\s*:?$/iu);

/**
 * Whether a name with no company form is a word in capitals followed by a word all in small letters
 * ("SWIFTLANE expresfreight"): a logo's lettering in two cases, which no registered name is written in; the
 * page's name is elsewhere, in a row OCR may have read less well. (A connecting word, "ROSSI e figli", is
 * short; a form in small letters, "spółka", is a form.)
 */
function wordmarkCases(name: string): boolean {
  return withoutCompanyForm(name) === name.trim() && /(?<=^|\s)\p{Lu}{3,}\s\p{Ll}{4,}$/u.test(name.trim());
}

/**
 * A name ending in a Dutch or Belgian form (N.V., B.V.) that the page prints with one stop, after it
 * ("Schadeverzekeringen NV." for "N.V."): the form is written with both stops or none, so OCR lost the one
 * between the letters, smaller than a letter, and the form read ("NV") is not the printed one.
 */
function formStopLost(name: string, items: readonly TextItem[]): boolean {
  const form = name.match(/\s([NB])\.?(V)\.?$/)?.slice(1).join('');
  if (!form) return false;
  const printed = new RegExp(`(?<![\\p{L}.])${form}\\.(?![\\p{L}.])`, 'u');
  return items.some((i) => i.confidence !== undefined && printed.test(i.text));
}

/**
 * Whether a seller read without a company form shares a word with a name the page prints with one
 * ("Abonnement Planeo Pro", an item's description, beside "Planeo SAS"; a logo's "Hotel Alpenrose"
 * beside "Hotel Alpenrose Gruber KG"): the registered name is the company's, the one read is not. A
 * row of the buyer's is no such name. (Such a name may open a sender line, "Nuagique Hébergement SAs ·
 * 14 rue des Tanneurs · …", its form read with a letter small: the line's first part, its last word in
 * capitals.)
 */
function formedElsewhere(name: string, items: readonly TextItem[], buyer: string | null): boolean {
  if (withoutCompanyForm(name) !== name.trim()) return false;
  const words = (s: string) => fold(s).split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  const own = new Set(words(name));
  const formed = (text: string) => {
    const bare = withoutCompanyForm(text);
    if (!bare || bare === text || (buyer && squeeze(text).includes(squeeze(buyer)))) return false;
    const its = words(bare);
    return its.length <= 4 && its.some((w) => own.has(w));
  };
  return items.some((item) => {
    const text = item.text.trim();
    const head = text.split(SENDER_SEPARATOR)[0]!.trim();
    return formed(text) || (head !== text && formed(head.replace(/\S+$/, (w) => w.toUpperCase())));
  });
}
/** The separator of a sender line's parts ("Name SAS · street · town"). */
const SENDER_SEPARATOR = /\s[·•|]\s/;

/**
 * Whether the name's last word before its company form is the head of a longer word that another row
 * prints in the same place of the same name, no figure in that row ("Glaser GmbH", pieced from a small
 * sender line whose middle OCR lost, "Glaser[ei Brandstätter] GmbH · Wiener Str. 55", beside the
 * letterhead's "Glaserei Brandstätter"): the name was cut inside a word, and what followed is lost. A
 * word the other row prints whole ("Kanzlei Müller" beside "Kanzlei Müller & Partner") is the name
 * printed short, no doubt.
 */
function cutInsideWord(name: string, items: readonly TextItem[], other: string | null): boolean {
  const own = fold(withoutCompanyForm(name) || name).split(/[^\p{L}]+/u).filter(Boolean);
  const last = own.at(-1);
  if (!last || last.length < 4) return false;
  return items.some((item) => {
    const text = item.text.trim();
    if (/\d/.test(text) || ADDRESS.test(text) || (other && squeeze(text).includes(squeeze(other)))) return false;
    const its = fold(text).split(/[^\p{L}]+/u).filter(Boolean);
    if (its.length < own.length) return false;
    const word = its[own.length - 1]!;
    if (!(own.slice(0, -1).every((w, k) => its[k] === w) && word.length >= last.length + 2 && word.startsWith(last))) return false;
    // A company form run into the word ("Malardalens kyl & VarmeAB" in a footer's small print) is no rest of it.
    const printed = text.normalize('NFC').split(/[^\p{L}\p{M}]+/u).filter(Boolean)[own.length - 1] ?? '';
    return !endsInCompanyForm(`${name} ${printed.slice(printed.length - (word.length - last.length))}`);
  });
}

/**
 * Whether a row right under the seller's name, in its block, says who at that party is to read the letter
 * ("t.a.v. boekhouding", "z. Hd. Frau …", "Attn: Accounts"): the block is the addressee's, the buyer's,
 * and the two parties were read in each other's places (a skewed scan that set the sender's block a row
 * above the addressee's beside it).
 */
function sellerAddressed(seller: string, items: readonly TextItem[]): boolean {
  const own = squeeze(seller);
  return items.some((item) => squeeze(item.text) === own && items.some((row) => row !== item && row.page === item.page
    && row.y > item.y && row.y - item.y <= 2.5 * item.height && Math.abs(row.x - item.x) <= 3 && ATTENTION.test(row.text.trim())));
}

/**
 * Whether a word of a name set in capitalised words opens with a small letter whose capital has its shape
 * ("Kestrel office Cleaning Ltd" for "Kestrel Office Cleaning Ltd"): OCR tells the two by their height
 * against the word's other letters, and a scan's noise blurs that. A word of five letters or more: the
 * small words a name writes in small letters ("of", "sur", "und", "von") are shorter.
 */
function capitalShapeLost(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const small = words.slice(1).filter((w) => /^[cosuvwxz]\p{Ll}{4,}$/u.test(w));
  return small.length === 1 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && words.every((w) => w === small[0] || /^[\p{Lu}\d&(]/u.test(w));
}

/**
 * Whether a name set in words with small letters ends in "CO." ("Staplewood Office Supply CO." for "Co."): the
 * converse of capitalShapeLost, OCR taking the small "o" for its capital by height. The form written with a
 * small letter whose capital has its shape is "Co." alone; forms written in capitals ("LTD", "AS", "INC.")
 * say nothing.
 */
function formShapeRaised(name: string): boolean {
  return /\sCO\.?$/u.test(name.trim()) && /\p{Ll}/u.test(name);
}

/**
 * Whether a name of two people's given names before their surname ("Martina und Jörg Bauer", "Daniel and Lea
 * Vogt") has the given name after the "und" in small letters ("Martina und jorg Bauer"): a given name is written
 * with its capital, and OCR that read it small lost the capital's shape, and often the word's mark with it
 * (the ö of "Jörg"), however sure it was of each letter. Only a name with no company form: a company's name
 * may write a word small after its "and" ("… a syn, s.r.o.").
 */
const GIVEN_NAME_SMALL = onFirstUse(() => /^(?:\p{Lu}\p{Ll}+\s)+(?:und|and|et|en|og|och|e|y|&)\s\p{Ll}{2,}\s\p{Lu}\p{Ll}/u);
const givenNameSmall = (name: string) => GIVEN_NAME_SMALL().test(name.trim()) && withoutCompanyForm(name) === name.trim();

/**
 * Whether a saint's name joined to its "Saint-" (a school's, a parish's, a town's: "École Saint-Joseph ASBL",
 * "Sainte-Marie", "Sankt-Georgen", "San-Martín") opens with a small letter ("Saint-joseph"): it is written with its
 * capital, and OCR that read it small lost the capital's shape.
 */
const SAINT_SMALL = onFirstUse(() => /(?<!\p{L})(?:Saint|Sainte|Sankt|Sint|San|Santa|Santo|São)-\p{Ll}/u);

/**
 * A mark of the accents' re-read (ocr/paddle/restore-accents.ts: German's and French's, ä ö ü à â è ê ë î ï ô û
 * ù) in a name with no company form, on a page in English, which writes no marks: the re-read gives the nearest
 * mark it has for whatever mark is printed over the letter ("Ciarän" for the Irish "Ciarán"), and a person's
 * name on such a page may be in any language. It says where a mark is, not which. (An é is printed as it is
 * read; a company's form says its country, whose marks the readers then know: "Schreinerei Kögel GmbH" on an
 * Irish invoice. A page in Italian or Dutch, whose own marks the French re-read gives, is not in English.)
 */
const REREAD_MARK = /[äöüàâèêëîïôûùÄÖÜÀÂÈÊËÎÏÔÛÙ]/;
const markOfNoLanguage = (name: string) => REREAD_MARK.test(name.normalize('NFC')) && withoutCompanyForm(name) === name.trim();

/**
 * Whether a one-word name is the surname after the words that address its row ("Madame et Monsieur Garnier",
 * "M. et Mme Guérin"): a person's, addressed, not a label or a heading taken for the name (ONE_WORD).
 */
const saluted = (name: string, items: readonly TextItem[]) => items.some((item) => {
  const text = item.text.trim();
  return LEADING_SALUTATION.test(text) && text.replace(LEADING_SALUTATION, '') === name.trim();
});

/**
 * Whether the name ends in a lone letter that OCR read in a box of its own (a name wrapped after "&",
 * "… di Greco Marta &" over "C."), one whose capital and small letter have the same shape (c o s u v w x
 * z): with no other letter beside it to set its height against, OCR cannot tell which it is.
 */
const LONE_LETTER = /\s([cosuvwxz])\.?$/i;
function loneLetterCase(name: string, items: readonly TextItem[]): boolean {
  const end = name.trim().match(LONE_LETTER);
  if (!end) return false;
  const word = name.trim().slice(end.index! + 1);
  return items.some((item) => item.confidence !== undefined && item.text.trim() === word);
}

/**
 * A word that addresses the name under it ("Firma", "Herrn", "Monsieur") or labels its block
 * ("Customer", "Kunde", "Rechnungsempfänger", a footer's column "Adress" over the company's name and
 * street): the row above a name, not its start.
 */
const ADDRESSED = /^(?:address|adress|adresse|adres|anschrift|indirizzo|direcci[oó]n|endere[cç]o|adresa|osoite|firma|herrn?|frau|familie|monsieur|madame|mademoiselle|messrs|mister|señora?|spett\.?le|mevrouw|heer|attn|attention|customer|client|cliente|klant|kunde|kund|asiakas|buyer|käufer|acheteur|koper|comprador|acquirente|seller|verkäufer|vendeur|verkoper|vendedor|supplier|vendor|lieferant|fournisseur|leverancier|proveedor|fornitore|recipient|empfänger|rechnungsempfänger|leistungsempfänger|auftraggeber|destinataire|cedente|prestatore|cessionario|committente|from|to|invoice|billed|bill|ship|deliver|sold|issuer|odbiorca|nabywca|sprzedawca)\.?$/i;

/** A surname's particle ending a row: no name ends in it, it goes on under it ("… Van" over "Dijk B.V."). */
const NAME_GOES_ON = /\s(?:van|von|de|der|den|del|della|di|da|du|dos|das|le|la|ten|ter|zu|zur|vom)$/iu;
/** A row under this share of a name's height is printed smaller than the name, not as a row of it. */
const SMALL_PRINT = 0.6;
/**
 * A letter's closing over the signature's company ("Mit freundlichen Grüßen", its "ß" often read as a "B";
 * "Kind regards,"; "Cordialement"): the letter's words, no row of the name under it.
 */
const CLOSING = /^(?:mit\s+(?:freundlichen|besten)\s+gr(?:ü|u|ue)(?:ß|ss|b)en|freundliche\s+gr(?:ü|u|ue)(?:ß|ss|b)e|(?:kind|best|warm|with\s+kind)\s+regards|regards|yours\s+(?:sincerely|faithfully|truly)|sincerely|(?:bien\s+)?cordialement|salutations\s+distingu[ée]es|met\s+vriendelijke\s+groet(?:en)?|(?:cordiali|distinti)\s+saluti|(?:un\s+)?saludo(?:s)?(?:\s+cordiales?)?|atentamente|atenciosamente|med\s+venn?lig\s+hilsen|med\s+v[äa]nlig\s+h[äa]lsning|yst[äa]v[äa]llisin\s+terveisin|z\s+powa[żz]aniem|s\s+pozdravem)[,.!]?$/i;

/**
 * Whether `above` is a row of words right over `item` that may be the first row of a name wrapped onto it: at
 * either edge of it (or centred, as the caller allows), printed alike, without figures, opening with a capital,
 * and no letter's closing.
 */
function rowOfWordsOver(item: TextItem, above: TextItem, centred: boolean): boolean {
  if (above === item || above.page !== item.page) return false;
  const gap = item.y - above.y;
  if (gap <= 0 || gap > 1.6 * item.height) return false;
  // The two rows of a name are printed alike; a field's label in small print over its value is not
  // one of them ("Empfä", a payment slip's "EmpfängerIn" cut short, over the payee's name).
  if (above.height < SMALL_PRINT * item.height) return false;
  if (Math.abs(above.x - item.x) > 3 && Math.abs(above.x + above.width - item.x - item.width) > 3 && !centred) return false;
  const text = above.text.trim();
  return !/\d|:|@/.test(text) && /^\p{Lu}/u.test(text) && !CLOSING.test(text);
}

/** A row that ends where no name does: in "&", "und", "and" or "et", or, after a word, in a surname's particle. */
const endsOpen = (text: string) => /(?:&|\bund|\band|\bet)$/iu.test(text) || (/\s/.test(text) && NAME_GOES_ON.test(text));
/**
 * A name that opens where no name does: with a sign that joins it to words before it ("+ Kitchen Ltd." under
 * "O'Connell's Bar", "& Partner mbB"), or with "and", "und" or "et" in small letters. It is the second row
 * of a name wrapped over two, whatever its first row ends with.
 */
const opensJoined = (name: string) => /^(?:[&+]|(?:and|und|et)\s)/u.test(name.trim());

/**
 * How much the heights of OCR's boxes round the two rows of a wrapped name may differ, as a share of the taller:
 * a row with a descender and a capital boxed over one with less ("Bakkerij Groothandel Van", 7.0 mm, over "Dijk
 * B.V.", 6.0 mm), more than the tenth the parser joins rows by (OCR_BOX_SPREAD), as the row over ends where no
 * name ends; a row in larger print ("Packaging Ltd", 8.5 mm, under 5.7 mm) is another's.
 */
const WRAP_BOX_SPREAD = 0.25;

/**
 * The name with the row it wrapped from, when OCR read its second row alone: the name's item has right over
 * it a row of words in the same print that ends where no name ends ("Bakkerij Groothandel Van" over "Dijk
 * B.V.", "Rechtsanwälte Vogel &" over "Partner mbB"), or under which the name opens joined (opensJoined), so
 * the two rows are one name; the name as read otherwise. A party's label over the name is no row of it,
 * though it may end in a particle ("Verkauft von" over "Drechslerei Holzmann e.K.").
 */
export function withRowWrappedFrom(name: string, items: readonly TextItem[]): string {
  const own = squeeze(name);
  const onePrint = (a: TextItem, b: TextItem) => Math.abs(a.height - b.height) <= Math.max(0.5, WRAP_BOX_SPREAD * Math.max(a.height, b.height));
  for (const item of items) {
    if (item.confidence === undefined || squeeze(item.text) !== own) continue;
    const above = items.find((a) => a.confidence !== undefined && rowOfWordsOver(item, a, false) && onePrint(a, item) && (endsOpen(a.text.trim()) || opensJoined(name)) && !isPartyLabel(a.text));
    if (above) return `${above.text.trim()} ${name.trim()}`;
  }
  return name;
}

/**
 * Whether the name's item is the second row of a name wrapped over two: right under it, aligned at
 * either edge, a row of words without figures that ends in "&", "und", "and" or "et", or in a surname's
 * particle ("Bakkerij Groothandel Van" over "Dijk B.V.", a letterhead set right), or is not a
 * name by itself over a letterhead's ("Rechtsanwälte Vogel &" over "Partner mbB"; "Serverwerk" over
 * "Hosting GmbH"); or, over a letterhead's name that ends in its form, a row centred on it in print as large
 * or larger, or set at its left edge so, none of whose words the name holds and with no form of its own: the
 * name's first words set over the rest ("P. McCARTHY & SONS" over "PLUMBING & HEATING LTD"), which a text layer joins where the
 * page writes the two as one elsewhere and OCR, reading that other row with its own losses, may not.
 * OCR puts the two rows in lines of their own, and a letterhead's name then reads as its second
 * half. Only when the name is all of its item (a name in a sentence is no letterhead's row).
 */
function wrappedName(name: string, shown: readonly TextItem[], items: readonly TextItem[], letterhead: boolean): boolean {
  const own = squeeze(name);
  return shown.some((item) => {
    if (squeeze(item.text) !== own) return false;
    return items.some((above) => {
      const centred = letterhead && above.height >= item.height && Math.abs(above.x + above.width / 2 - item.x - item.width / 2) <= item.height / 2;
      // (Or set at its left edge, as a letterhead sets its first words in its largest print: "Tipografia Lombarda" over
      // "Arti Grafiche S.r.l.", a brand over another company's name alike.)
      const atLeft = letterhead && above.height >= item.height && Math.abs(above.x - item.x) <= item.height / 2;
      if (!rowOfWordsOver(item, above, centred)) return false;
      const text = above.text.trim();
      const nameWords = fold(name).split(/[^\p{L}]+/u);
      // A word of the name, or of four letters or more that one of its words opens with ("Paket", "Paketdienst").
      const namesWord = (w: string) => nameWords.some((n) => n === w || (w.length >= 4 && n.startsWith(w)));
      if ((centred || atLeft) && endsInCompanyForm(name) && !endsInCompanyForm(text) && !ADDRESSED.test(text) && !isPartyLabel(text)
        && fold(text).split(/[^\p{L}]+/u).every((w) => w.length < 2 || (!namesWord(w) && !DOCUMENT_TITLE.test(w)))) return true;
      // A word alone only over the seller's name (a letterhead): over a buyer it is the block's label ("Rechnungsadresse").
      // Nor a label of two words joined by a slash ("Cedente/prestatore"), or a word the name itself holds or one
      // of its words opens with: a logo set over two rows ("AEGEAN COASTAL" over "LOGISTICS", "Blitzbote" over
      // "Paket") over the name it stands for ("Blitzbote Paketdienst GmbH").
      // (Nor a party's label the parsers know in any language: "DODAVATEL" over a Czech seller's block.)
      // (A party's label ending in a particle, "Verkauft von", is the block's label, as withRowWrappedFrom reads it.)
      return !isPartyLabel(text) && (endsOpen(text) || (letterhead && !/\s/.test(text) && text.length >= 5 && !text.split('/').every((w) => ADDRESSED.test(w))
        && !namesWord(fold(text)) && withoutCompanyForm(name) !== name));
    });
  });
}

/**
 * Whether the name's item is the first row of a name wrapped over two, its end left under it: right under
 * the item, at its left edge and printed as large, a row at most half as wide of one or two words of
 * letters (no figure, no label), when the name ends in no company form that closes it ("Caseificio Val
 * Panaro Soc. Coop." over "Agricola", a narrow column's wrap). OCR boxes the two rows apart, and where the
 * layout rules do not join them the name is read cut short, as surely as OCR read each row. Only when the
 * name is all of its item; a word the name holds, an addressing word, a street or a department that reads
 * the letter ("Facilities Team", "Buchhaltung": isContactRow) is no end of it.
 */
function restWrappedUnder(name: string, shown: readonly TextItem[], items: readonly TextItem[]): boolean {
  if (endsInCompanyForm(name)) return false;
  const own = squeeze(name);
  const words = fold(name).split(/[^\p{L}]+/u);
  return shown.some((item) => {
    const labelled = afterPartyLabel(item.text, name);
    return (labelled || squeeze(item.text) === own) && items.some((under) => {
      if (under === item || under.page !== item.page || under.confidence === undefined) return false;
      const gap = under.y - item.y;
      if (gap <= 0 || gap > 1.6 * item.height || under.height < 0.8 * item.height) return false;
      // (Under a party's label and its name, the rest its company form closes: "Cumpărător: Vila Bran" over
      // "Turism S.R.L.", no wider than the label's row. A row of words alone there is as often the block's
      // next row as the name's end.)
      if (Math.abs(under.x - item.x) > 3 || (labelled ? 1 : 2) * under.width > item.width) return false;
      const text = labelled ? (endsInCompanyForm(under.text) && !isFormOnly(under.text.trim()) ? withoutCompanyForm(under.text).trim() : '') : under.text.trim();
      return /^\p{Lu}\p{Ll}+(?:\s\p{L}+)?$/u.test(text) && !ADDRESSED.test(text.split(/\s/)[0]!) && !/(?:stra(?:ß|ss)e|gasse|weg|road|street|lane|avenue|via|rue|calle)$/i.test(text)
        && !words.includes(fold(text.split(/\s/)[0]!)) && !isContactRow(text);
    });
  });
}

/**
 * Whether an item is a party's label with the name after it and nothing more ("Cumpărător: Vila Bran"): the
 * item starts at the label, and a row at the item's left edge is at the label's.
 */
function afterPartyLabel(text: string, name: string): boolean {
  const at = text.lastIndexOf(name);
  return at > 0 && text.slice(at).trim() === name.trim() && isPartyLabel(text.slice(0, at).trim());
}

/** A document's title alone in its box: "Rechnung", "CREDIT NOTE", "Tax Invoice", "Facture". */
const TITLE_ALONE = /^(?:\p{L}+\s)?\p{L}*(?:nota|note|rechnung|gutschrift|factuur|factura|facture|fattura|fatura|faktura|invoice|receipt)$/iu;
/** A number's label: a box over the number that says so names it. */
const NUMBER_WORD = /(?:^|[\s.])(?:no|nr|number|nummer|num[ée]ro|n[°º])\b|#/iu;

/**
 * Whether the number is a figure that opens a box set far right of the document's title on its row, across
 * the page, with no number's label over it ("CREDIT NOTE" … "41 Tory Street", the letterhead's street beside
 * a large title; "Rechnung" … "218", the end of a phone number wrapped in its narrow cell onto the title's
 * row): OCR's row joins boxes of a height apart that the print sets on different lines, and the parser took
 * the figure after the title for the document's number.
 */
function farBesideTitle(number: string, items: readonly TextItem[]): boolean {
  if (!/^\d+$/.test(number)) return false;
  const opens = new RegExp(`^${number}(?![\\p{L}\\p{N}])`, 'u');
  const cells = items.filter((i) => i.confidence !== undefined && opens.test(i.text.trim()));
  return cells.length > 0 && cells.every((cell) => {
    const row = items.filter((o) => o !== cell && o.page === cell.page && Math.abs(o.y - cell.y) < cell.height / 2 && o.x + o.width <= cell.x + 1);
    const left = row.sort((a, b) => b.x + b.width - (a.x + a.width))[0];
    const labelled = items.some((o) => o.page === cell.page && o.y < cell.y && cell.y - o.y <= 2.5 * cell.height && o.x < cell.x + cell.width && o.x + o.width > cell.x && NUMBER_WORD.test(o.text));
    return !!left && !labelled && TITLE_ALONE.test(left.text.trim()) && cell.x - left.x - left.width > LABEL_GAP;
  });
}

/**
 * Whether the number is a figure or two that only ends a number's label ("Fatura n.9" for "Fatura n.º",
 * its number on the row under it): OCR read the label's sign (º, °) as a digit, and the parser took it
 * for the number. A number so short is rare enough that one printed so ("Nº 7") is doubted with them.
 */
function signReadAsFigure(number: string, items: readonly TextItem[]): boolean {
  if (!/^\d{1,2}$/.test(number)) return false;
  const endsLabel = new RegExp(`(?:^|\\s)[Nn](?:\\.|º|°|o)\\s?${number}$`);
  return items.some((i) => i.confidence !== undefined && endsLabel.test(i.text.trim()));
}

/**
 * A number's label followed on its row by a code cut at a separator ("Invoice Number: DR-IE-"), the number
 * read on a row under it ("220931"): the number's cell wrapped at its separator, and its head is that code
 * ("DR-IE-220931"), which the number read lacks. (OCR joins a row's cells into one line, so the head and
 * its label are one box; the text layer keeps the cell's two rows together.)
 */
const CUT_HEAD = /(?:^|[\s.])(?:no|nr|number|nummer|num[ée]ro|n[°º])\.?\s*[:#]?\s*((?:[\p{L}\d]+[-/])+)(?=\s|$)/iu;
function headOnRowAbove(number: string, items: readonly TextItem[]): boolean {
  return items.some((label) => {
    if (label.confidence === undefined || !NUMBER_WORD.test(label.text)) return false;
    // (The label's box and the boxes after it on its row: OCR may box the head apart from its label.)
    const row = items.filter((i) => i.page === label.page && Math.abs(i.y - label.y) < label.height / 2 && i.x >= label.x).sort((a, b) => a.x - b.x).map((i) => i.text).join(' ');
    const head = CUT_HEAD.exec(row)?.[1];
    return !!head && !number.startsWith(head) && items.some((i) => i.page === label.page && i.y > label.y && i.y - label.y <= 2.5 * label.height && occurrences(number)(i.text).length > 0);
  });
}

/**
 * A code in capitals or figures cut at its separator ("STR-") right above the number's box, at its left edge,
 * one row up ("4471188" for "STR-4471188"): the number's cell wrapped at its separator, its label wrapped
 * beside it ("Rechnungs-" over "Nr."), and the number read is the cell's tail. A cell's own text never ends
 * in a hyphen or a slash but where it goes on.
 */
const CODE_CUT_AT_SEPARATOR = /^[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)*[-/]$/u;
function headInCellAbove(number: string, items: readonly TextItem[]): boolean {
  return items.some((tail) => tail.confidence !== undefined && tail.text.trim().startsWith(number) && items.some((head) => head.page === tail.page
    && head.confidence !== undefined && CODE_CUT_AT_SEPARATOR.test(head.text.trim()) && !number.startsWith(head.text.trim())
    && Math.abs(head.x - tail.x) <= 3 && tail.y > head.y && tail.y - head.y <= 1.6 * tail.height));
}

/**
 * Whether the box that shows the number lost figures elsewhere: two separators with nothing between them
 * ("FACTURA N factura: A-202/004 Fecha: 20//25" for "A-2025/004417 … 20/11/2025"). OCR dropped glyphs of
 * that row, and a number that still parses may have lost some of its own.
 */
function figuresLostBeside(number: string, items: readonly TextItem[]): boolean {
  return items.some((i) => i.confidence !== undefined && i.text.includes(number) && /\d(?:\/\/|\.\.|--)\d/.test(i.text.replace(number, ' ')));
}

/**
 * Whether an item shows the number with groups of digits after it ("HGS/24/1 1 82" for "HGS/24/1182",
 * "R00251 18734" for "R0025118734"): PaddleOCR cut the number's narrow digits apart (a 1 leaves wide
 * blanks) or put a space of its own between two digits that touch, and the parser kept only its first
 * part; or a number of digit groups has another group under it. A bare figure in the number's own box,
 * before the row's end or its next label, is no other field's value (a date or an amount has its
 * separators).
 */
function cutShort(number: string, items: readonly TextItem[]): boolean {
  // (A group amid a code's groups, "00000 55120 88412" in a payment slip's reference, is no number cut short:
  // the parser kept no first part of that code.)
  const amidGroups = (text: string, at: number[]) => /\d\s+$/.test(text.slice(0, at[0]));
  if (items.some((i) => i.confidence !== undefined && occurrences(number)(i.text).some((at) => !amidGroups(i.text, at) && /^ \d{1,6}(?: \d{1,6})*(?:$|\s+\p{L})/u.test(i.text.slice(at[at.length - 1]! + 1))))) return true;
  if (restAfterSpace(number, items)) return true;
  // A number printed in groups of digits ("8812 4471 0325") whose last group OCR put on a row of its
  // own, under the others: the parser kept the first row.
  if (!/^\d+(?: \d+)+$/.test(number)) return false;
  return items.some((i) => i.confidence !== undefined && i.text.trim() === number && items.some((below) => below !== i && below.page === i.page
    && /^\d{2,6}$/.test(below.text.trim()) && below.y > i.y && below.y - i.y <= 2.5 * i.height && Math.abs(below.x - i.x) <= 3));
}

/**
 * Whether an item shows the number, then a space and the rest of a number written with the number's own
 * separator ("FK/1 1/2025/0447" for "FK/11/2025/0447"): OCR put a space between two digits
 * of one group, and the parser kept the part before it. The rest is groups of digits joined by that
 * separator, no date (a row's "Nr 2025/118 14/11/2025" prints the date after the number); the number ends
 * in a short group of digits, where a digit may go on.
 */
function restAfterSpace(number: string, items: readonly TextItem[]): boolean {
  const separator = /[-/.](?=\d{1,3}$)/.exec(number)?.[0];
  if (!separator) return false;
  const shows = occurrences(number);
  return items.some((i) => i.confidence !== undefined && shows(i.text).some((at) => {
    const after = i.text.slice(at[at.length - 1]! + 1);
    return REST_AFTER_SPACE.exec(after)?.[1] === separator && !DATE_AFTER_SPACE.test(after);
  }));
}
/** Groups of digits after a space, joined by one separator (group 1). */
const REST_AFTER_SPACE = /^ \d{1,6}([-/.])\d{1,6}(?:\1\d{1,6})*(?=$|\s)/;
/** A date after a space ("Nr 2025/118 14/11/2025"). */
const DATE_AFTER_SPACE = /^ \d{1,2}([-/.])\d{1,2}\1\d{2,4}(?=$|\s)/;

/**
 * Whether a Chinese name opens with the end of a place the page prints whole ("圳市芯源电子有限公司"
 * beside an address in "深圳市…"): OCR lost the place's first glyph, a phone photo's blur merging two
 * into one at the row's lowest certainty, which is no doubt by itself. The place is the name's opening
 * up to its first 省, 市, 县 or 区, printed elsewhere one glyph longer where an address opens, after no
 * other glyph ("地址：深圳市…"; not "广东省深圳市" nor "国家税务总局重庆市…", where the name opens with the
 * whole city).
 */
function placeCutShort(name: string, items: readonly TextItem[]): boolean {
  const place = /^\p{Script=Han}+?[省市县区]/u.exec(name)?.[0];
  if (!place) return false;
  const whole = new RegExp(`(?:^|\\P{Script=Han})\\p{Script=Han}${escapeRegExp(place)}`, 'u');
  // Not on the name's own row: a label OCR read without its colon ("名称深圳市…") is no place.
  return items.some((i) => whole.test(i.text) && !i.text.includes(name));
}

/**
 * A buyer's name of one word, no company form, no figure ("Inscripto" of the form's "IVA Responsable Inscripto",
 * a column's "Artículo", the Finnish "Viitteenne"): a customer goes by a person's names or a company's, its form
 * or more words with it; one word alone is a label's or a heading's, taken for the name. (In a script written
 * with spaces between words: a Chinese or Japanese name is one run of characters, "北京云栖科技有限公司".)
 */
const ONE_WORD = onFirstUse(() => /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}'’]*$/u);

/**
 * A hyphen standing between spaces in a name ("Petr Novák - Elektroinstalace"): a dash set apart, as a trade's
 * name follows its owner's, is an en dash where the page is typeset ("Petr Novák – Elektroinstalace"), and
 * OCR reads the two alike. The name is right but for that sign, or not: named.
 */
const SPACED_HYPHEN = /\s-\s/;

/** A word with French accents alone, in small letters: "numérique", "crêperie", "façade" (not "müller", "brandstätter"). */
const FRENCH_ACCENTED = /^(?=.*[éèêëàâîïôûùüç])[a-zéèêëàâîïôûùüçœæ-]+$/u;

/** Letters only, lower case, marks dropped: "Müller" and OCR's "Muller" are one spelling. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Words long enough that one letter apart is a misreading, not another word ("Kunde", "Kunden"). */
const LONG_WORD = 7;

/**
 * Whether a long word of a name is printed elsewhere on the page one letter apart, beginning and
 * ending alike ("Aufraggeber Firmenkunde GmbH" beside "Herr Thomas Auftraggeber"): one of the two
 * readings is wrong, and OCR's certainty cannot say which. Mail and web addresses are left out: they
 * are spelt as their owner chose. `marksReadAgain`: the page is in a language whose marks OCR does not
 * read (unreadMarks), or in German with a reading of the name's word bare (readBareElsewhere), so the name
 * is read again with its model (ocr-marks.ts), which judges its marks.
 * `french`: the page is in French (inFrench), which sets its capitals without their accents.
 */
function spelledOtherwise(name: string, items: readonly TextItem[], marksReadAgain: boolean, french = false, language?: string): boolean {
  const words = (s: string) => fold(s).split(/[^\p{L}]+/u).filter((w) => w.length >= LONG_WORD - 1);
  const own = new Set(words(name).filter((w) => w.length >= LONG_WORD));
  if (!own.size) return false;
  // (A party's label, all of its words labels' words, is the form's, no reading of the name: "Cedente/prestatore
  // (fornitore)" over the seller's "Forniture Scaligere S.r.l.", a letter apart.)
  const page = new Set(items.filter((i) => !partyLabel(i.text)).flatMap((i) => i.text.split(/\s+/).filter((t) => !ADDRESS.test(t)).flatMap(words)));
  let outvoted: boolean | undefined;
  for (const w of own) {
    for (const v of page) {
      if (v === w || Math.abs(v.length - w.length) > 1 || v[0] !== w[0] || v.slice(-2) !== w.slice(-2)) continue;
      // A reading that only lost a letter of the word ("Velwerk" in a small sender line beside the
      // letterhead's "Velowerk") is the poorer of the two, as in nearlyPrinted.
      if (v.length < w.length && subsequence(v, w)) continue;
      // (Two items that show the name as read outvote the other reading, as in nearlyPrinted: "Kuhimann" in an
      // owner's line beside the letterhead's, the sender line's and the footer's "Netzwerkstatt Kuhlmann".)
      if (editDistance(v, w) === 1 && !(outvoted ??= shownTwice(name, items))) return true;
    }
  }
  // The same word printed elsewhere with other marks inside it ("Brandstatter" in a sender line,
  // "Brandstätter" in the letterhead): one reading lost a mark or gained one. A mark on a capital alone
  // ("Äufraggeber") is the speck OCR often reads over a large first letter. On a page whose marks are
  // read again, a reading with no mark at all ("Fjallstrom Bygg AB" in a footer's small print under the
  // letterhead's "Fjällström Bygg AB") is PaddleOCR's bare reading, which that re-read judges. So is one
  // beside two or more readings that show the name's word with its marks, letter for letter (the letterhead's
  // and the sender line's "Druckerei Hansen & Söhne GmbH" over a footer's and a running head's "Sohne"):
  // PaddleOCR reads no marks, and two readings that the re-read of German and French marks gave the same
  // mark agree; a reading it left bare (small print, a footer) says nothing against them.
  const kept = new Set(markedWords(name));
  const agreed = (bare: string) => markedTwice(kept, bare, items);
  // French sets its capitals without their accents ("ATELIER NUMERIQUE" in a letterhead over the sender
  // line's "Atelier Numérique"), and PaddleOCR reads a capital's accent seldom: a word in capitals read
  // bare on a French page says nothing against the name's word with French accents (é è ê à ç …) in small
  // letters. A word in capitals with a mark of its own, or one in small letters read bare, still does.
  const capitalsBare = (token: string, v: string) => french && v === fold(v) && /\p{Lu}{2}/u.test(token) && token === token.toUpperCase()
    && name.split(/[^\p{L}\p{M}]+/u).some((w) => w !== w.toUpperCase() && fold(w) === v && FRENCH_ACCENTED.test(w.toLowerCase()));
  // A mark the page's language does not write ("Gällego" on a Spanish page, beside the name's "Gállego"): PaddleOCR's
  // re-read of German and French marks gave its own mark where the language's stands; that says where a mark
  // is, not which (as in ocr-marks.ts, foreignMarkOf), and the name's is the language's. So on a German page,
  // whose marks that re-read gives: a French mark ("Kaffeerôsterei" in a footer's small print) where the
  // letterhead reads German's ("Kaffeerösterei").
  // (`language`: the one language of the page's words, German's when the page is in German.)
  const writes = language ? LANGUAGE_MARKS[language] : undefined;
  const foreignMarked = (v: string) => !!writes && [...kept].some((w) => {
    const is = [...w.normalize('NFC')], was = [...v.normalize('NFC')];
    return is.length === was.length && is.some((c, k) => c !== was[k]) && is.every((c, k) => c === was[k] || (fold(c) === fold(was[k]!) && writes.includes(c) && fold(was[k]!) !== was[k] && !writes.includes(was[k]!)));
  });
  for (const item of items) {
    for (const token of item.text.split(/\s+/).filter((t) => !ADDRESS.test(t))) for (const v of markedWords(token)) {
      if (marksReadAgain && v === fold(v)) continue;
      if (foreignMarked(v)) continue;
      if (v === fold(v) && agreed(v)) continue;
      if (capitalsBare(token, v)) continue;
      if (!kept.has(v) && [...kept].some((w) => fold(w) === fold(v) && w.normalize('NFC').slice(1) !== v.normalize('NFC').slice(1))) return true;
    }
  }
  return false;
}

/** Whether a text is a party's label and nothing else, each of its words one (ADDRESSED: "Cessionario/committente (cliente)"). */
const partyLabel = (text: string) => { const words = text.split(/[^\p{L}]+/u).filter(Boolean); return words.length > 0 && words.every((w) => ADDRESSED.test(w)); };

/** A text's words long enough to compare, in small letters, with their marks. */
const markedWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= LONG_WORD - 2);

/**
 * Whether another reading shows a word of the name without the marks the name reads it with ("KALTEWERK", a
 * logo, over the sender line's "Kältewerk Klimaservice GmbH" on a German page): one reading lost the marks or
 * the other gained them. As on a page whose marks are read again (spelledOtherwise, `marksReadAgain`), the
 * re-read of the name's row with the language's model judges that (ocr-marks.ts): a reading letter for letter,
 * with the marks, settles the name; any other keeps it in doubt.
 */
function readBareElsewhere(name: string, items: readonly TextItem[]): boolean {
  const kept = new Set(markedWords(name));
  const own = [...kept].filter((w) => w !== fold(w));
  return own.length > 0 && items.some((i) => i.text.split(/\s+/).filter((t) => !ADDRESS.test(t))
    .some((t) => markedWords(t).some((v) => v === fold(v) && own.some((w) => fold(w) === v) && !markedTwice(kept, v, items))));
}

/** Whether two readings or more show a word of the name (`kept`) with the marks a bare reading lacks (spelledOtherwise). */
const markedTwice = (kept: ReadonlySet<string>, bare: string, items: readonly TextItem[]) =>
  [...kept].some((w) => w !== bare && fold(w) === bare && items.filter((i) => markedWords(i.text).includes(w)).length >= 2);

/**
 * A name's letters as a domain spells them: marks dropped, or umlauts written out ("Müller" is
 * "mueller" or "muller" in an address, "Malaucène" is "malaucene").
 */
const spellings = (s: string): string[] => {
  const plain = fold(s).replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]/gu, '');
  const written = s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return [...new Set([plain, fold(written).replace(/[^\p{L}\p{N}]/gu, '')])];
};

/**
 * A text, spaces aside, in small letters, with each letter OCR reads as another or as a figure as one: an I
 * as an l, an O as a 0, an S as a 5, a B as an 8. The row of "Ivana Horvat", which OCR read "lvana Horvat",
 * or of "Meblotech Sp. z o.o.", read "Meblotech Sp. z o.0.", shows the value so.
 */
const LOOKALIKE: Record<string, string> = { i: 'l', 1: 'l', 0: 'o', 5: 's', 8: 'b' };
export const lookalikesAs = (text: string) => text.replace(/\s/g, '').toLowerCase().replace(/[i1058]/g, (c) => LOOKALIKE[c]!);

/** Whether `part` is `whole` with some of its letters left out. */
export function subsequence(part: string, whole: string, same: (a: string, b: string) => boolean = (a, b) => a === b): boolean {
  let i = 0;
  for (const c of whole) if (i < part.length && same(part[i]!, c)) i++;
  return i === part.length;
}

/** Names shorter than this (without their company form) match too much by chance to be compared. */
const MIN_NAME_KEY = 5;

/**
 * Whether the page prints the name otherwise, a few letters apart, where it would print it as it is:
 * in its web or mail domain ("Aubon mul SARL" beside "www.aubonmoulin.fr") or in another reading of the
 * name on the page. One of the two readings lost or changed letters, and OCR's certainty cannot say
 * which. A domain that holds the name's letters as they are, or no near match, is no doubt: domains and
 * other lines of the page often differ from the name ("mustermann-shop.de", "Mustermann Str. 4").
 */
function nearlyPrinted(name: string, items: readonly TextItem[]): boolean {
  // Latin letters: one character of a Chinese name is a word, and names of a city's firms share many.
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(name)) return false;
  const keys = spellings(withoutCompanyForm(name));
  if (keys[0]!.length < MIN_NAME_KEY) return false;
  const domains = items.flatMap((i) => i.text.split(/\s+/).flatMap((t) => {
    const host = t.match(/@([\w.-]+\.[a-z]{2,6})\b|(?:https?:\/\/|www\.)([\w.-]+\.[a-z]{2,6})\b|^([\w-]+(?:\.[\w-]+)*\.(?:com|net|org|de|fr|es|it|nl|be|at|ch|eu|uk|my|sg|io|biz|info))\b/i);
    const labels = (host?.[1] ?? host?.[2] ?? host?.[3])?.toLowerCase().replace(/^www\./, '').split('.').slice(0, -1) ?? [];
    return labels.map((l) => l.replace(/[^a-z0-9]/g, '')).filter((l) => l.length >= MIN_NAME_KEY - 1);
  }));
  // A domain a letter in four apart: "aubonmul" is one letter from a part of "aubonmoulin".
  const room = Math.max(1, Math.floor(keys[0]!.length / 4));
  const near = (text: string) => {
    const edits = Math.min(...keys.map((k) => editsToFind(k, text)));
    return edits > 0 && edits <= room;
  };
  // A domain that spells the name as it is vouches for it: the near one is another company's. One that
  // leaves two or more of the name's letters out is the name shortened ("coastmtnirrigation" for "Coast
  // Mountain Irrigation"), not another reading of it: OCR loses letters of a name, it rarely adds them.
  const shortened = (d: string) => keys.some((k) => k.length - d.length >= 2 && subsequence(d, k));
  if (!domains.some((d) => keys.some((k) => d.includes(k))) && domains.some((d) => near(d) && !shortened(d))) return true;
  // Another reading: a run of whole words of another item, a letter or so apart from the name (one per
  // six: "Adresse du Client" is no other reading of "LE CLIENT"). Names as short as a word ("Kunde AG"
  // beside "Kunden") are other words one letter apart.
  if (keys[0]!.length < LONG_WORD) return false;
  if (shownTwice(name, items)) return false;
  const close = Math.max(1, Math.floor(keys[0]!.length / 6));
  // The name with its company form, for a poorer reading that lost letters of both ("Cedar Ridge Hme
  // Repair C." in a payment line, for "Cedar Ridge Home Repair LLC").
  const whole = spellings(name);
  for (const item of items) {
    const words = wordsOf(item.text);
    for (let from = 0; from < words.length; from++) {
      for (let run = '', to = from; to < words.length && run.length < keys[0]!.length + close; to++) {
        run += words[to];
        // An item that shows the name as it was read, in whole words, is no other reading (it may go on past it).
        if (keys.some((k) => wholeWordsShow(words.slice(from, to + 1), k))) break;
        // The name's start alone is the name printed short ("Kanzlei Müller" for "Kanzlei Müller & Partner").
        if (run[0] !== keys[0]![0] || Math.abs(run.length - keys[0]!.length) > close || keys.some((k) => k.startsWith(run))) continue;
        // A reading that only lost letters of the name ("Kuchenstudi Wendt" in a small sender line beside
        // "Küchenstudio Wendt GmbH") is the poorer of the two, not a sign that the name is wrong; the words after
        // it are the row's next ones, as after a reading of the name as it is ("Fusteria Puigdmenech, L Inscrit
        // a …" beside "Fusteria Puigdomènech": its form "SL" read short is no letter of the name).
        if ([...keys, ...whole].some((k) => subsequence(run, k))) break;
        // Nor one with a figure where a name of letters has none ("Kunststofftechnik 0berland AG" in a
        // sender line beside the letterhead's "Kunststofftechnik Oberland AG"): a glyph read as a figure.
        if (/\d/.test(run) && !/\d/.test(keys[0]!)) continue;
        const edits = Math.min(...keys.map((k) => editDistance(k, run)));
        if (edits > 0 && edits <= close) return true;
      }
    }
  }
  return false;
}

/** The words of an item, each as a domain spells it (ADDRESS's aside). */
const wordsOf = (text: string) => text.split(/\s+/).filter((t) => t && !ADDRESS.test(t)).map((t) => spellings(t)[0]!).filter(Boolean);

/**
 * Whether two items show the name as it was read (the letterhead and the footer): they outvote a reading a
 * letter apart elsewhere ("Kaltenbach Webdesiqn GmbH" in a small sender line): two boxes rarely misread a
 * name alike. (Its whole words: "Holzbau Reindl" in the letterhead does not show "Holzbau Reind", which
 * lost its last word's last letter.)
 */
function shownTwice(name: string, items: readonly TextItem[]): boolean {
  const keys = spellings(withoutCompanyForm(name));
  return items.filter((i) => keys.some((k) => wholeWordsShow(wordsOf(i.text), k))).length >= 2;
}

/**
 * Whether a run of whole words (each spelled as `spellings` gives it) shows `key`: the key starts at a word's
 * start and ends at a word's end ("holzbau reindl gmbh" shows "holzbaureindl", not "holzbaureind").
 */
function wholeWordsShow(words: readonly string[], key: string): boolean {
  for (let from = 0; from < words.length; from++) {
    let run = '';
    for (let to = from; to < words.length && run.length < key.length; to++) {
      run += words[to];
      if (run === key) return true;
    }
  }
  return false;
}

/**
 * The doubts less the amounts other printed figures confirm: a net that two or more item lines add up
 * to (printed apart from it, they would have to be misread to the same sum), then one amount OCR was
 * unsure of that the two others, read with certainty or so confirmed, add up to (net + tax = total
 * cannot hold by chance with a misread figure). Applied to each reading and again to the merged
 * invoice, whose net may come from one reading of the page and whose total from another.
 */
export function corroborated(invoice: Invoice, doubts: OcrDoubts): OcrDoubts {
  const { amount, taxAmount, totalAmount } = invoice;
  const amounts = ['amount', 'taxAmount', 'totalAmount'];
  if (doubts.computed.some((f) => amounts.includes(f))) return doubts;
  let unsure = doubts.unsure;
  if (unsure.includes('amount') && itemsAddUpTo(invoice)) unsure = unsure.filter((f) => f !== 'amount');
  if (amount !== null && taxAmount !== null && totalAmount !== null && Math.abs(amount + taxAmount - totalAmount) < 0.005) {
    const doubted = unsure.filter((f) => amounts.includes(f));
    if (doubted.length === 1) unsure = unsure.filter((f) => f !== doubted[0]);
  }
  return unsure === doubts.unsure ? doubts : { ...doubts, unsure };
}

/** Whether two or more item lines, each with an amount, add up to the net. */
function itemsAddUpTo(invoice: Invoice): boolean {
  const lines = invoice.items.map((i) => i.amount);
  if (invoice.amount === null || lines.length < 2 || lines.some((a) => a === null)) return false;
  return Math.abs((lines as number[]).reduce((a, b) => a + b, 0) - invoice.amount) < 0.005;
}

/** An amount with its cents before a rate on the row: an item's line ("… 480000,00  21% |580800,00"). */
const AMOUNT_BEFORE_RATE = /\d[.,]\d{2}(?!\d)\D.*?\d\s?%/;
/** A tax's name beside its rate ("IVA 21%", "GST 9%", "MwSt. 19 %"). */
const RATE_TAX = /\b(?:vat|tva|iva|btw|mwst|ust|gst|hst|pst|qst|cgst|sgst|igst|sst|moms|mva|alv|dph|pdv|ddv|áfa|afa|ptu|kdv|pvm|pvn|tax)\b/iu;

/** A rate's base ("Base imponible", "Grundlag", "Základ", "Osnovica", "Imponibile", "Bemessungsgrundlage"). */
const RATE_BASE = /\b(?:base|basis|imponibile|grundlag|grunnlag|underlag|z[áa]klad|osnovica|osnova|podstawa|bemessungsgrundlage|veroton|alap)/iu;

/**
 * Whether two figures the page prints add up to an amount it does not show: a tax of
 * two rates or two kinds ("GST 126.00", "PST 176.40"; CGST and SGST), whose sum the parser took as the
 * tax; or a figure less a deduction the page prints with its minus, a subtotal less its discount. The sum
 * is read, not computed: misread figures would not add up to total − net by chance. Of a net (`net`),
 * no part is the figure a rate's row ends with when the row names its tax or is an item's line: a rate's
 * tax ("IVA 21%: $ 100800,00") or an item's gross ("… 480000,00  21% |580800,00") and another figure add up
 * to a sum no page means (the tax of one rate read for the tax, the other's taken into the net). A base
 * ("Base HT 20 % 290,00"), a charge at a rate ("Svc Chg 10% 4.00") or a summary's base before its tax ("S 6%
 * 94.34 5.66") is a part. Of a tax, no part is an amount its row calls exempt ("MONTO EXENTO $ 85.000" and "I.V.A.
 * 19% $ 235.600" add up to total − net when the net read is the taxed one): that amount is the net's, untaxed.
 */
function printedInParts(invoice: Invoice, value: number, items: readonly TextItem[], field: 'amount' | 'taxAmount' | 'totalAmount'): boolean {
  const cents = Math.round(value * 100);
  const net = field === 'amount';
  // The invoice's other totals are no parts: a total computed from them is their sum by construction.
  const totals = [invoice.amount, invoice.taxAmount, invoice.totalAmount].map((a) => (a === null ? NaN : Math.round(a * 100)));
  const printed = new Map<number, number>(), larger = new Set<number>();
  for (const item of items) {
    // (The row's text up to the figure: OCR boxes a label and its figure apart, "IVA 21%: $" | "100800,00".)
    const sameRow = net || field === 'taxAmount' ? items.filter((o) => o !== item && o.page === item.page && Math.abs(o.y - item.y) < item.height / 2) : [];
    const row = [...sameRow.filter((o) => o.x < item.x), item].map((o) => o.text).join(' ');
    if (field === 'taxAmount' && EXEMPT_ROW.test(row)) continue;
    // (The figure a rate's row ends with, when the row names its tax or is an item's line, figures before its
    // rate: not a charge at a rate, "Svc Chg 10% 4.00", nor a summary's base before its tax, "S 6% 94.34 5.66".)
    const taxRow = net && /%/.test(row) && !(NET_LABEL.test(row) || RATE_BASE.test(row)) && (RATE_TAX.test(row) || AMOUNT_BEFORE_RATE.test(row)) && !sameRow.some((o) => o.x > item.x);
    const amounts = [...findAmounts(item.text), ...spacedAmounts(item.text)];
    for (const [n, a] of amounts.entries()) {
      const c = Math.round(a * 100);
      if (c > 0 && c < cents && !totals.includes(c) && !(taxRow && n === amounts.length - 1)) printed.set(c, (printed.get(c) ?? 0) + 1);
      if (c > cents && !totals.includes(c)) larger.add(c);
    }
  }
  // Two halves (CGST and SGST at one rate) must each be printed.
  if ([...printed].some(([c, n]) => (c * 2 === cents ? n >= 2 : printed.has(cents - c)))) return true;
  // A figure less a deduction printed with its minus: a subtotal less its discount ("Subtotal $7,425.00",
  // "Discount (5%) -$371.25"), the net of an invoice that prints none after the discount.
  const deducted = new Set(items.flatMap((i) => [...i.text.matchAll(DEDUCTION)].map((m) => Math.round(Math.abs(findAmounts(m[1]!)[0] ?? 0) * 100))).filter((c) => c > 0));
  return [...larger].some((c) => deducted.has(c - cents)) || netOfRowsAbove(invoice, cents, items);
}

/** A row of an amount exempt from the tax: "Monto exento", "Exempt supplies", "Steuerfrei", "Esente art. 15". */
const EXEMPT_ROW = /(?<!\p{L})(?:exent[oa]s?|exempt(?:ed)?|esente|isento|steuerfrei|exon[ée]r[ée]e?s?|vrijgesteld|fritaget|zwolnion\p{L}*)(?!\p{L})/iu;

/**
 * Figures grouped in thousands by spaces, with decimals ("1 665,00", "1 350,00" in a Norwegian totals
 * block), which findAmounts reads as two figures.
 */
const SPACED_AMOUNT = /(?<![\d.,])\d{1,3}(?: \d{3})+[.,]\d{2}(?![\d.,]?\d)/g;
const spacedAmounts = (text: string) => [...text.matchAll(SPACED_AMOUNT)].map((m) => parseAmount(m[0])!);

/** How far apart (mm) the right edges of one column's figures stand, at most. */
const COLUMN_EDGE = 4;

/**
 * Whether the net is the sum of the figures of the rows right above the tax and the total, in their
 * column: a net the totals block prints as its kinds ("Charges standard-rated 700.00", "Charges
 * zero-rated 1,240.00", "Disbursements (outside the scope) 3,121.20", then "VAT @ 20% 140.00", "TOTAL
 * DUE 5,201.20"), or with rows outside the tax's scope under the tax ("Professional fees 1,500.00", "VAT @ 23% on
 * fees 345.00", "Land Registry fees 200.00", "Searches 50.00", "Total due 2,095.00"). Three or more rows one under
 * another that add up to it to the cent are read, not a guess: misread figures would not.
 */
function netOfRowsAbove(invoice: Invoice, cents: number, items: readonly TextItem[]): boolean {
  if (invoice.amount === null || Math.round(invoice.amount * 100) !== cents || invoice.totalAmount === null) return false;
  const only = (i: TextItem) => { const a = findAmounts(i.text); return a.length === 1 && /^[^\p{L}]*$/u.test(i.text.replace(/[£€$]|\b[A-Z]{3}\b/g, '')) ? Math.round(a[0]! * 100) : null; };
  const total = Math.round(invoice.totalAmount * 100);
  const tax = invoice.taxAmount === null ? null : Math.round(invoice.taxAmount * 100);
  for (const last of items.filter((i) => only(i) === total)) {
    const edge = last.x + last.width;
    const column = items.filter((i) => i.page === last.page && i.y < last.y && Math.abs(i.x + i.width - edge) <= COLUMN_EDGE && only(i) !== null).sort((a, b) => b.y - a.y);
    let sum = 0, parts = 0, taxed = false;
    for (const i of column) {
      const c = only(i)!;
      // (The tax's row once, wherever it stands: outlays outside its scope may follow it, "VAT @ 23% on fees" over "Land Registry fees".)
      if (!taxed && c === tax) { taxed = true; continue; }
      sum += c;
      parts += 1;
      if (sum === cents) return parts >= 3;
      if (sum > cents) break;
    }
  }
  return false;
}

/** A figure printed with a minus before it, a currency's sign or code between: "-$371.25", "- 12.00", "−€5,00". */
const DEDUCTION = /(?<![\p{L}\p{N}.,])[-−–]\s?(?:[£€$]|[A-Z]{3})?\s?(\d{1,3}(?:[,.' ]\d{3})*[.,]\d{2}|\d+[.,]\d{2})(?![.,]?\d)/gu;

/**
 * A till receipt's total that it prints only as what was paid less the change ("CASH 50.00", "CHANGE
 * 22.70" under items and no total label): read off the page by the till's own arithmetic, not computed.
 */
function paidAtTill(invoice: Invoice, field: 'amount' | 'taxAmount' | 'totalAmount', lines: () => readonly Line[]): boolean {
  if (field !== 'totalAmount') return false;
  const paid = paidLessChange(lines().map((l) => l.text));
  return paid !== null && Math.round(paid * 100) === Math.round(invoice.totalAmount! * 100);
}

/**
 * Whether rows one under another, each a tax's label and its one figure, add up to the tax: a US sales tax
 * levied by the state, its county, its city and a district, printed by jurisdiction with no sum ("Colorado
 * State Tax 54.06", "Boulder County Tax 37.00", "City of Boulder Tax 71.95", "RTD/CD District Tax 20.50"). The
 * sum is read, as printedInParts reads two parts: misread figures would not add up to total − net by chance,
 * and the rows must follow one another, a row of a tax's rate alone ("2.9%") under each aside.
 */
function taxByRows(value: number, lines: readonly Line[]): boolean {
  const cents = Math.round(value * 100);
  const taxRow = (l: Line) => {
    const amounts = findAmounts(l.text);
    return TAX_ROW.test(l.text) && !/total/i.test(l.text) && !TOTAL_WORD.test(l.text) && amounts.length === 1 ? Math.round(amounts[0]! * 100) : null;
  };
  for (let from = 0; from < lines.length; from++) {
    let sum = 0;
    for (let to = from; to < lines.length && lines[to]!.page === lines[from]!.page; to++) {
      if (to > from && RATE_ALONE.test(lines[to]!.text.trim())) continue;
      const c = taxRow(lines[to]!);
      if (c === null || c <= 0) break;
      sum += c;
      if (to > from && sum === cents) return true;
    }
  }
  return false;
}
/**
 * Whether the tax is the sum of its rates' taxes, each printed with its base and no sum of them: a summary of
 * bases and taxes by rate across one row ("Base 4%" 320,00, "Cuota" 12,80, "Base 10%" 850,00, "Cuota" 85,00,
 * "Base 21%" 600,00, "Cuota" 126,00: a Spanish invoice's table of IVA) or down a column. Two rates or more
 * the page prints, each one's tax its base times the rate, the bases adding up to the net and the taxes to the
 * tax: read, as printedInParts reads two parts; misread figures would not keep all three sums by chance.
 */
function taxByRates(invoice: Invoice, value: number, items: readonly TextItem[]): boolean {
  if (invoice.amount === null) return false;
  const cents = Math.round(value * 100), net = Math.round(invoice.amount * 100);
  const rates = new Set(items.flatMap((i) => [...i.text.matchAll(PRINTED_RATE)].map((m) => Number(m[1]!.replace(',', '.')))).filter((r) => r > 0 && r < 100));
  const figures = [...new Set(items.flatMap((i) => findAmounts(i.text)).map((a) => Math.round(a * 100)).filter((c) => c > 0 && c < net))];
  // Each rate's figures that are a base and its tax (to the cent, as rounded).
  const shares = [...rates].map((r) => figures.flatMap((base) => figures.filter((tax) => Math.abs(base * r / 100 - tax) <= 1).map((tax) => [base, tax] as const)));
  // (A page of many rates and figures that pair by chance: too many ways to choose, no sum read.)
  if (shares.reduce((n, s) => n * (s.length + 1), 1) > MAX_CHOICES) return false;
  // One base and tax of each rate, or none of it: two rates or more whose sums are the net and the tax.
  const adds = (k: number, base: number, tax: number, n: number): boolean => {
    if (base > net || tax > cents) return false;
    if (k === shares.length) return n >= 2 && base === net && tax === cents;
    return adds(k + 1, base, tax, n) || shares[k]!.some(([b, t]) => adds(k + 1, base + b, tax + t, n + 1));
  };
  return adds(0, 0, 0, 0);
}
const MAX_CHOICES = 4096;
/** A rate as printed ("21%", "5,5 %"). */
const PRINTED_RATE = /(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%/g;

/** A row labelled as a tax ("Boulder County Tax", "State sales tax"). */
const TAX_ROW = /\btax\b/i;
/** A row of a tax's rate alone, in small print under the tax's row ("2.9%"). */
const RATE_ALONE = /^\d{1,2}(?:[.,]\d{1,3})?\s?%$/;

/**
 * A net the form never prints: a 航空运输电子客票行程单 states 合计 and 增值税税额, and its net is their
 * difference by definition (docs/invoice-model.md); so does an invoice in gross prices that states its
 * total and the tax the total holds ("Gesamtbetrag", "darin enthaltene MwSt. 19 %") and prints no net at
 * all. Nothing was lost to OCR; the net is as sure as the two figures it comes from, each judged on its own.
 */
function netByForm(invoice: Invoice, field: 'amount' | 'taxAmount' | 'totalAmount', items: readonly TextItem[]): boolean {
  const { amount, taxAmount, totalAmount } = invoice;
  if (field !== 'amount' || amount === null || taxAmount === null || totalAmount === null || Math.abs(totalAmount - taxAmount - amount) >= 0.005) return false;
  return invoice.type === 'flight' || (items.some((i) => TAX_HELD.test(i.text) || TAX_HELD.test(bracketClosedUnder(i, items))) && !items.some((i) => NET_LABEL.test(i.text) && !grossOnRow(i, items, totalAmount)));
}

/**
 * The tax a gross total holds, labelled so: "darin enthaltene MwSt.", "GST included", "includes VAT", "dont
 * TVA", with its figure between ("(includes £18.80 VAT)", a shop's order invoice).
 */
const TAX_HELD = /\b(?:darin\s+)?enthaltene?\s+(?:mwst|ust)|\b(?:gst|vat|tax)\s+included|\binclud(?:es|ing)\s+(?:(?:[£€$]|[A-Z]{3})?\s?\d[\d.,' ]*\d\s*)?(?:gst|vat|tax)|\bdont\s+tva\b/i;
/** A net's label, or a tax added to a net ("zzgl.", "plus VAT"): the page prints a net. */
const NET_LABEL = /\b(?:netto\p{L}*|nett|net|subtotal|sub-total|zwischensumme|excl|exkl|exclusive|zzgl|plus\s+(?:gst|vat|tax)|ht|hors\s+taxes?)\b/iu;

/**
 * An item that opens a bracket it does not close, with the row under it that closes it (at either edge):
 * the small print after a total wrapped in its cell, "£112.80 (includes 18.80" over "VAT)", which OCR boxes
 * as two rows. Empty when the item closes its brackets or no row under it closes one.
 */
function bracketClosedUnder(item: TextItem, items: readonly TextItem[]): string {
  if (item.confidence === undefined || !/\([^()]*$/.test(item.text)) return '';
  const next = rowsUnder(item, items).sort((a, b) => a.y - b.y)[0];
  return next && /^[^()]*\)/.test(next.text.trim()) ? `${item.text.trim()} ${next.text.trim()}` : '';
}

/**
 * Whether a net's label stands on a row whose figures are all as large as the total or more: a subtotal of
 * prices with their tax in them ("Subtotal £120.00" over a coupon and "Total £112.80 (includes £18.80
 * VAT)"), not a net; a net is less than a gross that adds a tax to it. A label without a figure on its row
 * is a net's, whose figure OCR may have lost.
 */
function grossOnRow(label: TextItem, items: readonly TextItem[], total: number): boolean {
  const row = [label, ...rightOnRow(label, items)];
  const figures = row.flatMap((i) => findAmounts(i.text)).map(Math.abs).filter((a) => a > 0);
  return figures.length > 0 && figures.every((a) => a >= total - 0.005);
}

/**
 * Whether an amount no item shows with its cents is printed all the same: as a whole number ("Total
 * 300", which many invoices and receipts print) or, for the 价税合计, in the 大写 words beside it.
 */
function printedOtherwise(invoice: Invoice, field: 'amount' | 'taxAmount' | 'totalAmount', items: readonly TextItem[]): boolean {
  const value = invoice[field]!;
  if (Number.isInteger(value) && items.some((i) => digitsOf(i.text).includes(String(value)))) return true;
  return field === 'totalAmount' && invoice.totalInWords !== null && parseChineseAmount(invoice.totalInWords) === value;
}
