/**
 * Positioned text (PDF text layer, OFD page text, OCR) → partial invoices: a matching template first,
 * then the Chinese or Western parser, and the lenient receipt reader when those find no total or date.
 */
import { escapeRegExp } from '../core/matches.js';
import { onFirstUse } from '../core/remembered.js';
import { keptCertainty, type PageText, type TextItem } from '../core/text.js';
import { ADDRESS, addressLike, doubtfulFields, lookalikesAs, misreadLabel, printedAcross, rowsOver, subsequence, withRowWrappedFrom, ZERO_AMID_CAPITALS, zeroAmidCapitals } from './ocr-doubts.js';
import { guessesOf, invoiceFromPages, isTillReceiptReading, parseReceiptText, roundingOf, type Invoice, type SourcedInvoice, type Template } from '../invoice/index.js';
import { isProperName, nameDoubt, partyNameDoubt } from '../invoice/western/doubts.js';
import { twoReadings } from '../invoice/western/text.js';
import { foldMarks, marksOnlyAdded } from './ocr-marks.js';
import { currencyOnScan } from './ocr-currency.js';
import { withNumberSigns } from './ocr-number-sign.js';
import { readingPrint, senderParts } from '../invoice/western/ocr-tolerant-labels.js';
import { companyPrefix, confirmedSeller, endsInCompanyForm, isBuyerLabel, isFormOnly, isSellerLabel, squeeze, UNCONFIRMED_SELLER, withoutCompanyForm, withoutNameLabel } from '../invoice/western/parties.js';

export function textParts(read: readonly PageText[], source: 'text' | 'ocr', templates: readonly Template[]): SourcedInvoice[] {
  const pages = source === 'ocr' ? withNumberSigns(read.map(euroSignsRead)).map(gapFiguresDropped).map(senderLinesParted).map(turkishFormsMarked).map(polishFormRestRead) : read;
  const parts = invoiceFromPages(pages, templates).map((p) => (p.source === 'text' ? relabel(p.invoice, source, pages) : p));
  const parsed = parts.find((p) => p.source === source)?.invoice;
  if (parsed && (parsed.totalAmount === null || parsed.date === null)) {
    parts.push(relabel(readingPrint(pages, () => parseReceiptText(pages)), source, pages));
  }
  return parts;
}

/**
 * The euro sign as PaddleOCR reads it in small or faint print, the math sign "∈" ("88,40 ∈", "95,00 ∈)",
 * "∈/Monat"), which no invoice prints: written as the €, so the parsers read the amount beside it as one
 * and the page's currency as euros.
 */
function euroSignsRead(page: PageText): PageText {
  if (!page.items.some((item) => item.confidence !== undefined && item.text.includes('∈'))) return page;
  return { ...page, items: page.items.map((item) => (item.confidence !== undefined && item.text.includes('∈') ? { ...item, text: item.text.replaceAll('∈', '€') } : item)) };
}

/**
 * A figure or two OCR found in the gap between a label and its value ("Fakturadato" "205" "19-11-2025", at 18 %
 * certainty): the box straddles the gap, reaching into the sure boxes on either side. Printed text stands clear of
 * its neighbours; run into the label's cell it hid the date after it ("Fakturadato205 19-11-2025"), and the due
 * date was read instead. Such a box, figures only and read with little certainty, or little more than half
 * as tall as the sure boxes it stands between, is dropped.
 */
const GAP_FIGURES = /^\d{1,3}$/;
const UNSURE = 40;
/** A box this much of its neighbours' height or less is no figure printed among them. */
const SPECK = 0.6;
const SURE = 80;
function gapFiguresDropped(page: PageText): PageText {
  const sure = page.items.filter((o) => (o.confidence ?? 0) >= SURE);
  const sameRow = (a: TextItem, b: TextItem) => Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > Math.min(a.height, b.height) / 2;
  // The sure boxes it reaches into, or comes within `reach` of, on its left and on its right, when there is one on each side.
  const straddled = (item: TextItem, reach: number) => {
    const right = item.x + item.width;
    const row = sure.filter((o) => sameRow(o, item));
    const left = row.filter((o) => o.x < item.x && o.x + o.width > item.x - reach && o.x + o.width < right);
    const beyond = row.filter((o) => o.x > item.x && o.x < right + reach && o.x + o.width > right);
    return left.length && beyond.length ? [...left, ...beyond] : null;
  };
  // (Or, read surely or not, little more than half the height of the boxes it stands between, within its own
  // height of each, as a speck or a rule's tick is: "1", 2.5 mm tall, between "292,57" and "61,44", run into both as
  // "292,57161,44"; "Schlussrechnung" "3" "SR-2025/0117", half as tall, ran the label into its value; a "1" half as
  // tall between two headers of a row, "Rechnungsnummer" "1" "Rechnungsdatum", was taken for the number under the
  // first. The figures of a row are printed alike, within a tenth, and as tall as its words.)
  const dropped = (item: TextItem) => {
    if (item.confidence === undefined || !GAP_FIGURES.test(item.text.trim())) return false;
    if (item.confidence < UNSURE && straddled(item, 0)) return true;
    const between = straddled(item, item.height);
    return !!between && between.every((o) => item.height < SPECK * o.height);
  };
  const items = page.items.filter((item) => !dropped(item));
  return items.length < page.items.length ? { ...page, items } : page;
}

/**
 * A sender line ("Lagertechnik Weser GmbH · Am Hafen 9 · 28197 Bremen", the small print over a letter's
 * address window) whose separators a scan lost or misread: run into its parts, the spaces around a middle
 * dot lost ("GmbH·Am Hafen 9·28197 Bremen"), a dot read as a stop or a colon ("Hauptstraße 7.4040 Linz",
 * "27 rue des Tanneurs : 67000 Strasbourg"), or lost with its spaces ("Bahnhofstraße 12 82362 Weilheim").
 * The parser knows a sender line by its parts, three or more, and without them took the letterhead's logo
 * for the seller and the window's town for the buyer ("28217 Bremen"), or the window's block for the seller
 * and the logo for the buyer. A row opening with a company's name and its form, then a street with its
 * number and a postcode with its town, is written with its separators where they stood: after the form,
 * between the number and the postcode; with none of them left too ("Bäckereibedarf Lindner GmbH
 * Gewerbering 12 86899 Landsberg am Lech"), a company's whole address in one row being a sender line's
 * form. A row written with commas ("Acme GmbH, Europa-Allee 1, 60486 Frankfurt") is one the parser reads
 * as it is; it keeps them.
 */
function senderLinesParted(page: PageText): PageText {
  let changed = false;
  const items = page.items.map((item) => {
    const text = senderLineParted(item.text);
    if (item.confidence === undefined || text === item.text) return item;
    changed = true;
    return { ...item, text, ...(item.charConfidence ? { charConfidence: keptCertainty(item.text, item.charConfidence, text) } : {}) };
  });
  return changed ? { ...page, items } : page;
}

/** Words every Turkish invoice prints: its tax office, the tax number's label, the VAT's name. */
const TURKISH_TAX_WORDS = /\b(?:vergi\s+dairesi|vkn|tckn|kdv)\b/i;

/**
 * The Turkish company forms "A.Ş." and "Şti." ("Ltd. Şti.") as PaddleOCR reads them, its dictionary without the
 * Ş or the dotted İ: "A.S.", "Sti.", "STi.". The parser knows a form by its letters, and without one a name
 * wrapped before its form ("KEMER MAKİNA SANAYİ VE" over "TİCARET A.Ş.", "Marmara Gıda Pazarlama Ltd." over
 * "Şti.") was read cut short. Written with the mark on a page with Turkish invoices' tax words (the Czech and
 * Slovak "a.s." is written small, and no other form reads so); the marks' re-read gives the name's own.
 */
function turkishFormsMarked(page: PageText): PageText {
  if (!page.items.some((item) => TURKISH_TAX_WORDS.test(item.text))) return page;
  let changed = false;
  const items = page.items.map((item) => {
    const text = item.text.replace(/(?<=\S\s)A\.S\.(?=$|[\s,])/u, 'A.Ş.').replace(/(?<=^|\s)(?:Sti|STi|STI)\.(?=$|\s)/u, (m) => (m === 'Sti.' ? 'Şti.' : 'ŞTİ.'));
    if (item.confidence === undefined || text === item.text) return item;
    changed = true;
    return { ...item, text, ...(item.charConfidence ? { charConfidence: keptCertainty(item.text, item.charConfidence, text) } : {}) };
  });
  return changed ? { ...page, items } : page;
}

/**
 * The rest of the Polish "Sp. z o.o." wrapped onto a row of its own under the name's "Sp. z", as OCR reads its o's
 * in small print: zeros ("0.0.", "o.0."). Written as printed, so the parser joins it to the name as it does "o.o.";
 * a row of that shape under the form's start is nothing else (no figure is written so).
 */
const FORM_REST_READ = /^[o0O]\.\s?[o0O]\.$/;
function polishFormRestRead(page: PageText): PageText {
  let changed = false;
  const items = page.items.map((item) => {
    const text = item.text.trim();
    if (item.confidence === undefined || !FORM_REST_READ.test(text) || !/0/.test(text)) return item;
    const over = page.items.some((o) => o !== item && /\b[Ss]p\.\s?[zZ2]$/.test(o.text.trim()) && item.y > o.y && item.y - o.y <= 1.6 * o.height && Math.abs(item.x - o.x) <= 3);
    if (!over) return item;
    changed = true;
    const rest = text.replace(/[0O]/g, 'o');
    return { ...item, text: rest, ...(item.charConfidence ? { charConfidence: keptCertainty(item.text, item.charConfidence, rest) } : {}) };
  });
  return changed ? { ...page, items } : page;
}

/**
 * A seller read as the first part of a row of separated parts that opens with a trade, no company's name
 * ("Fachärztin für Dermatologie · Kaiserstraße 31 · 60311 Frankfurt am Main"), right under a name in larger
 * print ("Dr. med. Sabine Krüger"): the letterhead's second row, and the larger name the seller's, as the
 * parser reads a text layer. The parser tells the larger print by the rows' heights, and OCR's boxes stand
 * near as tall for small print as for large (38 and 35 pixels for type of 4.0 and 2.8 mm): the print is told
 * by each character's advance instead, the box's width over its characters, 1.3 times the row's or more.
 */
function letterheadOverSenderLine<P extends { name: string | null }>(seller: P, pages: readonly PageText[]): P {
  const name = seller.name?.trim();
  if (!name || companyPrefix(name)) return seller;
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  const row = items.find((i) => {
    const parts = senderParts(i.text);
    return parts.length >= 3 && parts[0] === name && i.text.trim().startsWith(name) && parts.slice(1).some((p) => /\d/.test(p));
  });
  if (!row) return seller;
  const advance = (i: TextItem) => i.width / Math.max(1, i.text.trim().length);
  const letters = (t: string) => t.match(/\p{L}/gu)?.length ?? 0;
  const head = items.filter((i) => i.page === row.page && i.y < row.y && row.y - (i.y + i.height) <= 1.5 * row.height && i.x < row.x + row.width && i.x + i.width > row.x)
    .sort((a, b) => b.y - a.y)[0];
  const text = head?.text.trim();
  if (!head || !text || advance(head) < LARGER_PRINT * advance(row) || letters(text) < 4 || letters(text) < 4 * (text.match(/\d/g)?.length ?? 0) || TITLE_WORD.test(text)) return seller;
  return { ...seller, name: text };
}

/** How much larger than a row a letterhead's print is, by the characters' advance (parties.ts: by height). */
const LARGER_PRINT = 1.3;
/** A document's title in large print over the sender line: no name. */
const TITLE_WORD = /^(?:(?:tax\s+)?invoice|rechnung|gutschrift|facture|avoir|factuur|factura|fattura|fatura|faktura|credit\s+note)\b/i;

/**
 * After the name's form: a separator, one read as a colon, or none, a street with its house number (the number
 * last, or first as French and English write it), a separator lost or misread (a stop, a colon, a dot run into
 * its words) and the postcode, four or five figures, with its town.
 */
const STREET_AND_TOWN = /^\s*(?:[·•|:]\s*)?(\p{L}[^·•|:,\d]*?\s\d{1,4}[a-z]?|\d{1,4}[a-z]?,?\s+\p{L}[^·•|:,\d]*?)\s*(?:[·•|:.]\s*|(?<=\d)\s+)(\d{4,5}\s+\p{Lu}[\s\S]*)$/u;

export function senderLineParted(text: string): string {
  // (A Catalan "l·l" is a letter's dot, and one between figures a decimal point: no separators.)
  const between = (at: number, re: RegExp) => re.test(text[at - 1]!) && re.test(text[at + 1]!);
  const spaced = text.replace(/(?<=\S)([·•])(?=\S)/g, (dot, _d, at: number) => (between(at, /l/i) || between(at, /\d/) ? dot : ` ${dot} `));
  const name = companyPrefix(spaced) ?? ownerBeforeColon(spaced);
  if (!name || !spaced.startsWith(name)) return spaced;
  const m = STREET_AND_TOWN.exec(spaced.slice(name.length));
  if (!m) return spaced;
  return `${name} · ${m[1]!.trim()} · ${m[2]!.trim()}`;
}

/**
 * A person's name opening a row, a colon standing apart after it ("Mag. Lena Hofbauer : Schlossgasse 4 · 8010
 * Graz", the owner's line under a trade's letterhead): OCR's reading of the row's first middle dot, as after a
 * company's form; the row is a sender line when a street and a postcode with its town follow (STREET_AND_TOWN).
 * A label before a colon ("Adresse : …", "Tél : …") is one word, or no name's shape.
 */
function ownerBeforeColon(text: string): string | null {
  const head = /^([^:·•|\d]+?)\s:\s/u.exec(text)?.[1];
  return head && head.split(/\s+/).length >= 2 && isProperName(head) ? head : null;
}

/** The parsers mark their fields with a fixed source; the caller knows whether the text came from OCR. */
function relabel(parsed: Invoice, source: 'text' | 'ocr', pages: readonly PageText[]): SourcedInvoice {
  const cut = formAsPrinted(cutAtRunOn(source === 'ocr' ? endsAtPrintedForm(withFormUnder(letterheadOverSenderLine(wrappedFrom(parsed.seller, pages), pages), pages), pages) : parsed.seller), parsed.currency);
  const buyer = source === 'ocr' ? formAsPrinted(cutAtRunOn(endsAtPrintedForm(withFormUnder(wrappedFrom(parsed.buyer, pages), pages), pages)), parsed.currency) : parsed.buyer;
  const named = source === 'ocr' ? nameOverAddress(buyer.name, parsed.seller.name, pages) : null;
  const underLabel = source === 'ocr' && !named ? nameUnderLabel(buyer.name, parsed.seller.name, pages) : null;
  // A name's letters as printed, each party's alike.
  const asPrinted = <P extends { name: string | null }>(party: P) => stopsAsPrinted(compoundJoined(ampersandSpaced(capitalIRead(fullerPrinting(rejoined(party, pages), pages)))), pages);
  const invoice = source === 'ocr' ? { ...withScanCurrency(parsed, pages), number: numberLettersAsPrinted(parsed.number), seller: asPrinted(withPrintedForm(cut, pages)), buyer: asPrinted(named || underLabel ? { ...buyer, name: named ?? underLabel } : buyer) } : parsed;
  const fieldSources = Object.fromEntries(Object.keys(invoice.fieldSources ?? {}).map((key) => [key, source]));
  const doubtful = source === 'ocr' ? doubtfulFields(invoice, pages) : undefined;
  // The parsers keep these by the invoice object they return: asked of it, not of the copy with names cut.
  const guessed = guessesOf(parsed);
  if (source === 'ocr' && guessed['seller.name'] && (sellerConfirmed(parsed, cut.name, invoice.seller, pages, guessed['seller.name']) || fullerReading(invoice.seller.name, guessed['seller.name']))) delete guessed['seller.name'];
  // A name the parser doubted for the text OCR ran into it ("Cedar Park Biologics Inc. number"): cut off, the doubt goes with it.
  // So does its doubt of a company form read alone ("SAS" of "SAS · 45 avenue de Toulon" under the letterhead's name),
  // once the name it ends is read.
  for (const [party, read] of [['seller', cut], ['buyer', buyer]] as const) {
    const was = parsed[party].name;
    if (source === 'ocr' && was && read.name && read.name !== was && guessed[`${party}.name`] === partyNameDoubt(was) && !partyNameDoubt(read.name)) delete guessed[`${party}.name`];
  }
  // The block's name found in place of an address row: the parser's doubt of that row ("… is a street") is of
  // a value no longer stated, and goes with it; the company above it is doubted for itself, or not (a block's
  // first row under its label). In place of a misread label, any doubt of the label read as the name goes
  // ("Custmer" over "Harborview Events LLC" as one name wrapped or a department over its company).
  const replaced = named ?? underLabel;
  if (replaced && parsed.buyer.name && (underLabel || guessed['buyer.name'] === nameDoubt(parsed.buyer.name)) && !nameDoubt(replaced)) delete guessed['buyer.name'];
  if (named && !underBuyerLabel(named, pages) && !overAddressLabel(named, buyer.name!, pages)) guessed['buyer.name'] = `the block's address row ("${buyer.name}") was read as its name; the company above it taken`;
  // (Under a buyer's label, the row is the buyer's, as the text layer's rules read it: a label that may be the
  // seller's, "Vendr" for "Vendor", says the block may be the other party's.)
  if (underLabel && misreadLabel(buyer.name!, isSellerLabel)) guessed['buyer.name'] = `the block's label, misread ("${buyer.name}"), was read as its name; the row under it taken`;
  if (source === 'ocr' && seriesGuessed(parsed.number)) guessed.number = `read as "${parsed.number}", a letter of its series taken for a capital`;
  const rounding = roundingOf(parsed);
  const till = isTillReceiptReading(parsed);
  return { source, invoice: { ...invoice, fieldSources }, ...(doubtful ? { doubtful } : {}), ...(Object.keys(guessed).length ? { guessed } : {}), ...(rounding ? { rounding } : {}), ...(till ? { tillReceipt: true } : {}) };
}

/**
 * A scan whose parser read no currency: the one the page names in ways OCR keeps when it loses a sign
 * (ocr-currency.ts), read as the page's as the text layer's sign would be.
 */
function withScanCurrency(parsed: Invoice, pages: readonly PageText[]): Invoice {
  if (parsed.currency) return parsed;
  const currency = currencyOnScan(pages);
  return currency ? { ...parsed, currency, fieldSources: { ...parsed.fieldSources, currency: 'text' } } : parsed;
}

/**
 * A party read without the company form its name wrapped onto, alone on the row under it at its left edge
 * ("Marina Crest Hotel" over "L.L.C." in a narrow cell beside "Customer"): the name with it, as the cell prints it.
 * A form's "o" OCR read as a zero ("d.0.0." for the Croatian "d.o.o.", "s.r.0."; no form writes a figure) is
 * taken as the form.
 */
function withFormUnder<P extends { name: string | null }>(party: P, pages: readonly PageText[]): P {
  const name = party.name?.trim();
  if (!name || endsInCompanyForm(name)) return party;
  const items = pages.flatMap((p) => p.items);
  // The name's row, or the last of the rows it wraps over ("Trasporti Rapidi" / "Lombardi" / "S.p.A.").
  const row = items.find((i) => i.confidence !== undefined && i.text.trim() === name)
    ?? items.find((i) => i.confidence !== undefined && i.text.trim().length > 2 && name.endsWith(` ${i.text.trim()}`) && rowEndingAbove(i, name, items));
  const asForm = (text: string) => [text.trim(), text.trim().replace(/0/g, 'o')].find(isFormOnly);
  const form = row && items.find((i) => i.page === row.page && i.y > row.y && i.y - row.y <= 1.6 * row.height && Math.abs(i.x - row.x) <= 3 && asForm(i.text));
  return form ? { ...party, name: `${name} ${asForm(form.text)}` } : party;
}

/** A party whose name OCR read from the second row of the two it wraps over, with the first (ocr-doubts.ts, withRowWrappedFrom). */
const wrappedFrom = <P extends { name: string | null }>(party: P, pages: readonly PageText[]): P =>
  party.name ? { ...party, name: withRowWrappedFrom(party.name, pages.flatMap((p) => p.items)) } : party;

/** Whether the row right above `item` ends with the rest of `name` (its words before the item's): the name wrapped onto `item`. */
function rowEndingAbove(item: TextItem, name: string, items: readonly TextItem[]): boolean {
  const head = name.slice(0, name.length - item.text.trim().length).trim();
  return items.some((above) => above.page === item.page && above.confidence !== undefined && item.y > above.y && item.y - above.y <= 1.6 * item.height
    && above.x < item.x + item.width && item.x < above.x + above.width && above.text.trim().endsWith(head));
}

/**
 * A party whose name OCR read on into the words after its company form, the separator between them lost
 * ("Grunwerk Meier AG Gartenbau und Unterhalt" for the letterhead's "Grünwerk Meier AG · Gartenbau und
 * Unterhalt", "Fliesen Gruber GmbH Fliesen aturstin Mosaik"): a trade line or a slogan, not the name. Cut
 * at that form where another OCR'd row of the page prints the name ending there, alone in its cell (a
 * payment part's "Grünwerk Meier AG", a footer's "Fliesen Gruber GmbH"), as that row spells it when it
 * differs only by the marks OCR lost in the first. A name that ends in a form of its own ("Meier AG Holding
 * GmbH") or that no other row cuts so stays as read.
 */
function endsAtPrintedForm<P extends { name: string | null }>(party: P, pages: readonly PageText[]): P {
  const name = party.name?.trim();
  if (!name || endsInCompanyForm(name)) return party;
  const words = name.split(/\s+/);
  const rows = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined && i.text.trim() !== name)
    .map((i) => spacedSeparators(i.text).split(/\s[·•|]\s/)[0]!.trim());
  for (let k = words.length - 1; k >= 2; k--) {
    const head = words.slice(0, k).join(' ');
    if (!endsInCompanyForm(head) || !/\p{L}{2}/u.test(words.slice(k).join(' '))) continue;
    const printed = rows.find((r) => foldMarks(r).toLowerCase() === foldMarks(head).toLowerCase());
    if (!printed) continue;
    return { ...party, name: printed !== head && /\p{Ll}/u.test(printed) && marksOnlyAdded(head, printed) ? printed : head };
  }
  return party;
}

/** Company forms written in small letters after a capital: a capital right after one starts another word. */
const MIXED_FORMS = String.raw`(?:Ltd|Inc|Corp|Lda|Kft)\.?|GmbH|Oy|ApS|Limited`;
/** Company forms in capitals: a capital and a small letter after one start another word. */
const CAPITAL_FORMS = String.raw`PLLC|LLC|LLP|OHG|AG|KG|SARL|SAS|SRL|SA|BV|NV|AB|AS`;
const GLUED_FORM = onFirstUse(() => new RegExp(String.raw`^(.*?\S\s+(?:(?:${MIXED_FORMS})(?=\d|\p{Lu})|(?:${CAPITAL_FORMS})(?=\d|\p{Lu}\p{Ll})))`, 'u'));

/**
 * The other party's rows and the party's own ids that OCR may run a name into, the space lost: a "c/o" row
 * ("Bostadsrättsföreningen Eken 4c/o Anna Lindqvist") or a "z. H." one ("… Hirschen KGz. H. Frau Maria
 * Hofer"), a tax id's label and its figures after a small letter
 * ("Javier Morales PintoNIF 24118730Q").
 */
const GLUED_ROW = onFirstUse(() => /^(.*?\S)(?:c\/o\s|z\.\s?Hd?\.\s|(?<=\p{Ll})(?:NIF|CIF|NIE|VAT|UID|USt|TVA|BTW|IVA|KvK|ABN|GST)\b(?=.*\d))/u);

/**
 * A party whose name OCR ran into the text after it, the space between them lost: at its company form
 * ("Granite State Landscaping LLC18 Depot Rd", "Kahvila-Leipomo Pullapuoti OyHämeenkatu 9", "Nimbus Cloud
 * Services, Inc.410 Townsend Street"), the name ends with the form; at a "c/o" row or an id's label, before
 * it. A name OCR ran onto the row before it starts after the seam (runOnto). A stop doubled at its end
 * ("Assn..") is a speck read as a second one, and so is a stop standing apart after its last word
 * ("Savannah Lodges Limited .", a box of its own beside the name). A run elsewhere in the name stays, and is doubted
 * (ocr-doubts.ts, runTogether).
 */
function cutAtRunOn<P extends { name: string | null }>(party: P): P {
  if (!party.name) return party;
  const name = (GLUED_FORM().exec(party.name)?.[1] ?? formIntoOwnName(party.name) ?? GLUED_ROW().exec(party.name)?.[1] ?? labelAfterForm(party.name) ?? runOnto(party.name) ?? party.name).replace(/\.\.$/, '.').replace(/(?<=\p{L})\s+\.$/u, '');
  return name === party.name ? party : { ...party, name };
}

/** A capitals form run into a word of capitals ("ABNORRSKOG"): the form, then the word. */
const FORM_INTO_CAPITALS = onFirstUse(() => new RegExp(String.raw`^(.*?\S\s+(?:${CAPITAL_FORMS}))(\p{Lu}{3,})(?=\s|$)`, 'u'));

/**
 * A name that OCR ran into the logo beside it at its form, the space lost, the logo's capitals repeating
 * the name's first word ("Norrskog Maskin & Service ABNORRSKOG MASKIN"): the name ends with the form.
 */
function formIntoOwnName(name: string): string | undefined {
  const m = FORM_INTO_CAPITALS().exec(name);
  return m && m[2] === name.split(/\s+/)[0]!.toUpperCase() ? m[1] : undefined;
}

/**
 * A name that OCR ran onto the row before it, the space lost at a capital: an address row
 * ("200 Queens Quay W, Suite 1410Lakeshore Analytics Inc.", "Unit 4, Canal Side Trading EstateMillstone
 * Bakery Ltd", "17 rue de la FonderieQuincaillerie Bonnefoy SARL"), or the buyer block's label ("INVOICE
 * TOThe Lantern Café Ltd"). The name is what follows, when it ends in its company form. A figure inside a
 * word of the name ("Sportschool Fit4All B.V.") or a garbled row ("Basesa axlas 1 eBäckerei Hofmann GmbH",
 * a sender line misread over the buyer's name) is no address row. A label run onto the name's end is cut
 * off too, after a dotted form as well ("Lunchroom Het Pleintje V.O.F.Factuuradres").
 */
/** An address row: its house number first, before a comma, or last, a word of its own ("17 rue …", "Unit 4, …", "… Suite 1410"). */
const ADDRESS_ROW = /^\d+[a-z]?\s+\p{L}|\s\d+[a-z]?,\s|\s\d+[a-z]?$/u;

function runOnto(name: string): string | undefined {
  for (const seam of name.matchAll(/(?<=[\p{L}\d.])(?=\p{Lu}\p{Ll})/gu)) {
    const before = name.slice(0, seam.index).trim(), after = name.slice(seam.index);
    if ((ADDRESS_ROW.test(before) || isBuyerLabel(before)) && /\s/.test(after) && endsInCompanyForm(after)) return after;
    // The block's label run onto the name's end, the row under it ("Naturkost Elbwiese eGRechnungsanschrift").
    if (isBuyerLabel(after) && /\s/.test(before)) return before;
  }
  return undefined;
}

/** A label's word that a cell beside a name ends with ("Invoice number" wrapped, its "number" level with the name). */
const LABEL_WORD = /^(?:number|no\.?|date|ref\.?|reference|page|account|order)$/;

/**
 * A name that goes on past its company form with a label's word in small letters ("Cedar Park Biologics
 * Inc. number"): OCR put the next cell's last word on the name's row. The name ends with its form.
 */
function labelAfterForm(name: string): string | undefined {
  const at = name.lastIndexOf(' ');
  return at > 0 && LABEL_WORD.test(name.slice(at + 1)) && endsInCompanyForm(name.slice(0, at)) ? name.slice(0, at) : undefined;
}

/**
 * A Lithuanian company's name, set in quotes after its form (UAB „Kauno biuro apstatymas“), whose low opening
 * quote OCR read as one comma or two, as its shape is, and its closing one as a straight quote or not at all.
 */
const LITHUANIAN_QUOTES_READ = onFirstUse(() => /^(UAB|MB|VšĮ)\s*,{1,2}\s*(\p{Lu}[^"“”,]*?)\s*(?:["“”]|'')?$/u);

/** Small letters that OCR reads for their capitals and back: the two are drawn alike, only their size differs. */
const SAME_SHAPE = /^[cosuvwxz]$/;

/**
 * A party whose company form OCR misread, written as printed: a capitals form with a letter of the same
 * shape read small ("Atelier Numérique Lefort SAs", "Harbor Dental Group, P.c."), or cut in two ("Cedar
 * Home Goods L LC"); a dotted form with a space read after a stop ("Reformas Lumbre, S. L.", "Polderlicht
 * B. V."), or the space after the name's comma lost ("Aragoneses,S.L."); the Polish "Sp. z o.o." with its z in capitals or an o read as
 * a zero ("Sp. Z o.o.", "Sp. z 0.o."), as the Balkan "d.o.o." ("d.o.0."); on an invoice in Swiss francs, "Sarl" for the Swiss "Sàrl",
 * whose mark OCR does not read (the French form is written in capitals, "SARL"); "S.a r.l." for
 * "S.à r.l." and "OU" for the Estonian "OÜ", which no one writes without their marks; "As" for the Norwegian "AS";
 * a Lithuanian name's quotes after its form (LITHUANIAN_QUOTES_READ).
 */
function formAsPrinted<P extends { name: string | null }>(party: P, currency: string | null): P {
  if (!party.name) return party;
  let name = party.name.replace(LITHUANIAN_QUOTES_READ(), '$1 „$2“').replace(/,(?=\p{L})/gu, ', ');
  const words = name.split(' ');
  const last = words.at(-1)!;
  const join = (form: string, count: number) => [...words.slice(0, -count), form].join(' ');
  const capitals = last.toUpperCase();
  // (Dotted initials after the name's comma are a form whatever their letters: a professional
  // corporation's "P.C.", a professional association's "P.A.".)
  const dotted = /^(?:\p{Lu}\.){2,3}$/u.test(capitals) && !!words.at(-2)?.endsWith(',');
  // (Not a form as read: "Co.", whose capitals "CO." a name in capitals ends in.)
  if (capitals !== last && /\p{Lu}/u.test(last) && [...last].every((c) => c === c.toUpperCase() || SAME_SHAPE.test(c)) && !endsInCompanyForm(name) && (endsInCompanyForm(join(capitals, 1)) || dotted)) name = join(capitals, 1);
  else if (words.length > 2 && /^\p{Lu}{1,2}$/u.test(words.at(-2)!) && /^\p{Lu}{1,3}$/u.test(last) && endsInCompanyForm(join(words.at(-2)! + last, 2))) name = join(words.at(-2)! + last, 2);
  else if (words.length > 2 && /^\p{Lu}\.$/u.test(words.at(-2)!) && /^\p{Lu}\.$/u.test(last) && endsInCompanyForm(join(words.at(-2)! + last, 2))) name = join(words.at(-2)! + last, 2);
  name = name.replace(/\b([Ss]p)\.\s?[zZ2]\s?[o0O]\.\s?[o0O]\.$/, '$1. z o.o.');
  // The Balkan "d.o.o." and "j.d.o.o." with an o read as a zero ("Mlin j.d.o.0."): no form is written with a figure.
  name = name.replace(/(?<=\s)((?:j\.)?d\.)[o0]\.[o0]\.$/, '$1o.o.');
  if (currency === 'CHF') name = name.replace(/\bSarl$/, 'Sàrl');
  // The Luxembourg and Belgian "S.à r.l." is written with its mark alone; read without it, it is that form.
  name = name.replace(/\b([Ss])\.a r\.l\.$/, '$1.à r.l.');
  // The Estonian "OÜ", whose Ü OCR reads bare or small ("Zonehost ou"), or its O small ("Puidutöö oU"): no
  // other form is written so.
  name = name.replace(/(?<=\S\s)(?:OU|Ou|ou|oU)$/, 'OÜ');
  // The Norwegian "AS", its capital S read small, the two drawn alike ("Trondelag Maskinservice As"): no name
  // ends in a word "As" otherwise.
  name = name.replace(/(?<=\p{L}\s)As$/u, 'AS');
  return name === party.name ? party : { ...party, name };
}

/**
 * The name of a party whose address row OCR's rows made its name ("14 Bartholomew Close", "Puistokatu 4"):
 * the nearest row above it in the block, at its left edge and within a few rows, that names a company
 * with its form ("Harrow & Finch Ltd", "Kahvila Koivu Oy" over a contact's name and the street). Not
 * the seller's name: a block taken for the wrong party leaves both as read. Null when none does.
 */
export function nameOverAddress(name: string | null, seller: string | null, pages: readonly PageText[]): string | null {
  if (!name || !printedAcross(pages) || !addressLike(name, true)) return null;
  const above = rowsOver(name, pages.flatMap((p) => p.items)).find((i) => endsInCompanyForm(i.text.trim()) && !/\d/.test(i.text));
  // (The name after its label on its row, "Raison sociale : École Saint-Joseph ASBL": the name.)
  const found = above && withoutNameLabel(above.text).trim();
  return found && (!seller || !squeeze(found).includes(squeeze(seller))) ? found : null;
}

/**
 * The name of a party whose block's label OCR misread and the layout rules took for its name ("Bill o"
 * over "Harborview Events LLC", "Vev\"" over "Bakony Faipari Zrt."): the row right under it, at its left
 * edge, of words without figures, neither an address nor the seller's name. Null when there is none.
 */
function nameUnderLabel(name: string | null, seller: string | null, pages: readonly PageText[]): string | null {
  if (!name || !misreadLabel(name)) return null;
  const items = pages.flatMap((p) => p.items);
  const label = items.find((i) => i.confidence !== undefined && i.text.trim() === name.trim());
  const row = label && items.filter((i) => i.page === label.page && i.y > label.y && i.y - label.y <= 1.6 * label.height && Math.abs(i.x - label.x) <= 3).sort((a, b) => a.y - b.y)[0];
  const found = row?.text.trim();
  return found && /\p{L}{2}/u.test(found) && !/\d/.test(found) && !addressLike(found, true) && squeeze(found) !== squeeze(seller) ? found : null;
}

/**
 * Whether a name (nameOverAddress's) is the first row under the buyer block's label, at its left edge:
 * "Bill to" over "Harrow & Finch Ltd" over "14 Bartholomew Close"; a bare "To" heads a column of the block
 * ("From | To | Details"). The block names it as its party, as a text layer's rows would: no guess. Not
 * a box reaching under the next column's caption ("Bill to | Ship to" over one box of both cells).
 */
function underBuyerLabel(name: string, pages: readonly PageText[]): boolean {
  const items = pages.flatMap((p) => p.items);
  const row = items.find((i) => i.confidence !== undefined && withoutNameLabel(i.text).trim() === name);
  const label = row && items.find((l) => l.page === row.page && l.y < row.y && row.y - l.y <= 1.6 * row.height && Math.abs(l.x - row.x) <= 3
    && (isBuyerLabel(l.text) || /^(?:to|aan|an)$/i.test(l.text.trim())));
  return !!label && !items.some((c) => c.page === label.page && Math.abs(c.y - label.y) < label.height && c.x > label.x + label.width && c.x < row!.x + row!.width);
}

/**
 * Whether a name (nameOverAddress's) stands right over a buyer's label that heads the address row read as
 * the name ("Bygg & Fasad i Gävle AB" over "Fakturaadress" over "Södra Kungsgatan 40"): the block prints its
 * name, then its billing address under that label, each row under the one before at its left edge. The
 * label names the block as the buyer's and the company as its own, as a label over the name does.
 */
function overAddressLabel(name: string, address: string, pages: readonly PageText[]): boolean {
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  const next = (row: TextItem) => items.filter((i) => i.page === row.page && i.y > row.y && i.y - row.y <= 1.6 * row.height && Math.abs(i.x - row.x) <= 3).sort((a, b) => a.y - b.y)[0];
  const row = items.find((i) => i.text.trim() === name);
  const label = row && next(row);
  return !!label && isBuyerLabel(label.text) && next(label)?.text.trim() === address.trim();
}

/**
 * A name that another OCR'd row of the page prints whole with the stops it was read without ("Feinkost
 * Brenner GmbH & Co KG" in a sender line, "Feinkost Brenner GmbH & Co. KG" over it in the letterhead): OCR
 * loses a stop in small print far more often than it reads one that is not there, so the row with it is
 * the name as printed. Only a row that is the name and nothing else, and one spelling of it.
 */
function stopsAsPrinted<P extends { name: string | null }>(party: P, pages: readonly PageText[]): P {
  const name = party.name?.trim();
  if (!name) return party;
  const spellings = new Set(pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined).map((i) => i.text.trim()).filter((text) => text.length > name.length && stopsAdded(name, text)));
  return spellings.size === 1 ? { ...party, name: [...spellings][0]! } : party;
}

/**
 * Whether `text` is `name` with stops added inside it, after a letter, and nothing else. (One after the
 * name or after a stop is a sentence's or a speck's as often as the name's: "Harwick Garden Assn..".)
 */
function stopsAdded(name: string, text: string): boolean {
  let at = 0;
  for (const [k, c] of [...text].entries()) {
    if (c === name[at]) at++;
    else if (c !== '.' || at === 0 || at === name.length || !/\p{L}/u.test(text[k - 1]!)) return false;
  }
  return at === name.length;
}

/**
 * A name whose ampersand OCR read with the space on one side of it lost ("BRADSHAW &HEYES (ENGINEERING
 * SUPPLIES) LTD", "Pratt& Sons"): a name sets "&" between two spaces or between two letters ("H&M"), never
 * against one word and apart from the other, so the space lost is put back. And a limited partnership's
 * form run together at it ("GmbH&Co. KG"), which is written "GmbH & Co. KG".
 */
function ampersandSpaced<P extends { name: string | null }>(party: P): P {
  const name = party.name?.replace(/(?<=\s)&(?=[\p{L}\d])|(?<=[\p{L}\d.])&(?=\s)/gu, (amp, at: number, all: string) => (all[at - 1] === ' ' ? '& ' : ' &'))
    .replace(/\b(GmbH|UG|AG|SE|Ltd\.?)\s?&\s?(Co\.)/g, '$1 & $2');
  return name === party.name ? party : { ...party, name: name ?? null };
}

/**
 * A name whose hyphenated compound OCR parted after its hyphen ("Müller- Brügger Treuhand AG" for
 * "Müller-Brügger"): a name's hyphen ending a word before a space is a shared word's ellipsis, which goes
 * on in small letters ("Bau- und Möbeltischlerei"); before a capital and small letters it joins two names.
 */
function compoundJoined<P extends { name: string | null }>(party: P): P {
  const name = party.name?.replace(/(?<=\p{L}{2})-\s+(?=\p{Lu}\p{Ll})/gu, '-');
  return name === party.name ? party : { ...party, name: name ?? null };
}

/**
 * A number's group of letters in capitals with a small "l" among them ("POl-25-3307" for "POI-25-3307"): OCR
 * read a capital I as an l, both one stroke; among capitals and between separators it is a letter, so the I,
 * not a 1 (which a group of digits would hold). So is a small letter drawn as its capital is, only smaller
 * ("cV-25-2206" for "CV-25-2206", "INv" for "INV"): OCR judged the letter's height wrong. A group with other
 * small letters ("Projekt-2025-7", "Rev") is written so. A group of capitals that opens or ends with a lone
 * zero, or has one between two capitals ("0N/2025/311", "LS0-25-0311", "B0S-118842"), holds the letter O, OCR
 * reading the two alike and a series being letters.
 * A group read so with one capital only ("El-2025-004471", "cV", "0N") is in doubt (`seriesGuessed`): one capital
 * alone cannot say the case of the other letter, nor a lone glyph whether it is a letter.
 */
function numberLettersAsPrinted(number: string | null): string | null {
  if (!number || !/\d/.test(number)) return number;
  return number.replace(ZERO_AMID_CAPITALS, (group) => group.replace('0', 'O'))
    .replace(/\p{L}+/gu, (group) => (/^[\p{Lu}l]+$/u.test(group) && /\p{Lu}.*\p{Lu}/u.test(group) && group.includes('l')) || seriesWithL(group) ? group.replaceAll('l', 'I') : group)
    .replace(/\p{L}+/gu, (group) => (capitalsAndTheirShapes(group) ? group.toUpperCase() : group));
}

/** A group of capitals and small letters drawn as capitals are (`SAME_SHAPE`), a capital among them. */
const capitalsAndTheirShapes = (group: string) => /\p{Lu}/u.test(group) && [...group].every((c) => /\p{Lu}/u.test(c) || SAME_SHAPE.test(c));

/** A group of a capital and a small l ("El"), between a number's separators or figures. */
const seriesWithL = (group: string) => /^\p{Lu}l$/u.test(group);

/**
 * Whether `numberLettersAsPrinted` read a group of one capital's other letter ("El", "cV"), or a lone zero of
 * a group of capitals, as a capital (see there).
 */
const seriesGuessed = (number: string | null) => !!number && /\d/.test(number)
  && ((number.match(/\p{L}+/gu) ?? []).some((group) => seriesWithL(group) || (capitalsAndTheirShapes(group) && /\p{Ll}/u.test(group) && (group.match(/\p{Lu}/gu) ?? []).length === 1))
    || zeroAmidCapitals(number));

/**
 * A word of a name that opens with a small "l" before a consonant ("lvana Horvat" for "Ivana", "Tisza
 * lrodagép Kft."): no language starts a word so ("lj" aside: "ljekarna"), and OCR reads a capital I as an l
 * where the two print as one stroke. The word with its capital I, as printed. Company forms written in small
 * letters ("ltd", "ltda", "lda", "lp") open so and are left as read.
 */
const L_FOR_I = /(?<=^|\s)l(?=[bcdfghkmnpqrstvwxz])(?!(?:tda?|da|p)(?!\p{L}))/gu;
function capitalIRead<P extends { name: string | null }>(party: P): P {
  const name = smallLInForm(party.name?.replace(L_FOR_I, 'I') ?? null);
  return name === party.name ? party : { ...party, name };
}

/**
 * A name ending in a company form that OCR read with a capital I for its small l ("TESSITURA COMENSE S.r.I." for
 * "S.r.l."), the two one stroke: the letters read are no form, the small l makes one. The form as printed.
 */
function smallLInForm(name: string | null): string | null {
  const m = name?.match(/^(.*\s)(\S*\p{Ll}\S*)$/u);
  if (!name || !m || !m[2]!.includes('I') || withoutCompanyForm(name) !== name) return name;
  const read = `${m[1]}${m[2]!.replace(/I/g, 'l')}`;
  return withoutCompanyForm(read) !== read ? read : name;
}

/**
 * A word OCR split by a space after its first letter or before its last ("Nidderdale Insurance B rokers
 * Ltd", "Riverina Tur f Farms Pty Ltd"): the letter standing alone beside the rest of the word in small
 * letters. Rejoined only where another OCR'd row of the page prints the whole word (its footer's "Brokers",
 * a mail address's "nidderdalebrokers"), as that row spells it; else the name stays as read, in doubt
 * (ocr-doubts.ts).
 */
const SPLIT_OFF = onFirstUse(() => /(?<=^|\s)(?:(\p{Lu})\s(\p{Ll}{2,})|(\p{L}\p{Ll}+)\s(\p{Ll}))(?=\s|$)/gu);
/** Letters a joined word must have to tell it by another row (a two-letter word is printed everywhere). */
const MIN_JOINED = 4;
function rejoined<P extends { name: string | null }>(party: P, pages: readonly PageText[]): P {
  const name = party.name;
  if (!name) return party;
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  const joined = name.replace(SPLIT_OFF(), (split: string, capital?: string, rest?: string, head?: string, last?: string) => {
    const word = capital ? `${capital}${rest}` : `${head}${last}`;
    const printed = new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'iu');
    const elsewhere = items.filter((i) => !i.text.includes(split));
    if (word.length < MIN_JOINED) return split;
    // As that row spells it ("Gmb h" rejoined "GmbH", where the page prints it so), unless in capitals
    // throughout, as a footer or a heading may set a name's words.
    const spelt = elsewhere.map((i) => printed.exec(i.text)?.[0]).find(Boolean);
    if (spelt) return spelt === spelt.toUpperCase() ? word : spelt;
    return elsewhere.some((i) => ADDRESS.test(i.text) && squeeze(i.text).includes(squeeze(word))) ? word : split;
  });
  return joined === name ? party : { ...party, name: joined };
}

/**
 * A name with a letter lost from a word ("Hotel Mar lau S.L." beside the letterhead's "HOTEL MAR BLAU", "Nordisk
 * Kntorindretning ApS" in a footer under the letterhead's "Nordisk" over "Kontorindretning Aps"), where another
 * OCR'd row, or two rows one over the other at one edge, prints the name's words before its form in their order,
 * each the same or the name's with one letter more: OCR loses a letter of small or faint print far more often
 * than it makes one up, so the fuller reading is the name. Its words take the name's case (a capital first where
 * the name's other words have one). The fuller name is then doubted for itself (ocr-doubts.ts).
 */
function fullerPrinting<P extends { name: string | null }>(party: P, pages: readonly PageText[]): P {
  const name = party.name?.trim();
  const own = name ? withoutCompanyForm(name) : '';
  const words = own.split(/\s+/);
  if (!name || words.length < 2 || squeeze(own).length < MIN_FULLER) return party;
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  // (Two rows one over the other are the name's printing only when they end with it, its form aside: a logo's short
  // name over a tagline, "CampusPro" over "Formations management & bureautique", prints other words.)
  const stacked = items.flatMap((i) => items.filter((u) => u.page === i.page && u.y > i.y && u.y - i.y <= 1.6 * i.height && Math.abs(u.x - i.x) <= 3).map((u) => `${i.text.trim()} ${u.text.trim()}`))
    .filter((text) => withoutCompanyForm(text).trim().split(/\s+/).length === words.length);
  // (A name whose words mostly open with a capital.)
  const titled = words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length / 2;
  for (const text of [...items.map((i) => i.text.trim()), ...stacked]) {
    const read = text.split(/\s+/).slice(0, words.length);
    if (read.length < words.length) continue;
    const fuller = words.map((w, k) => {
      const r = read[k]!;
      if (fold(r) === fold(w)) return w;
      return r.length === w.length + 1 && /^\p{L}+$/u.test(r) && subsequence(fold(w), fold(r)) ? r : undefined;
    });
    if (fuller.some((w) => w === undefined) || fuller.every((w, k) => w === words[k])) continue;
    // A word the other reading sets in capitals, in the name's case: a capital first as most of its words have, or small.
    const capitals = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
    // A word the other reading sets all small (a logo's line under its name, "installatietechniek"), opened as the
    // name's own word opens: a logo's style, not the name's spelling.
    const opened = (w: string, own: string) => (/^\p{Lu}/u.test(own) && w === w.toLowerCase() ? w[0]!.toUpperCase() + w.slice(1) : w);
    const cased = fuller.map((w, k) => (w === words[k] ? w! : !capitals(w!) ? opened(w!, words[k]!) : capitals(words[k]!) ? w! : titled ? w![0]! + w!.slice(1).toLowerCase() : w!.toLowerCase()));
    return { ...party, name: `${cased.join(' ')}${name.slice(own.length)}` };
  }
  return party;
}
/** Letters a name must have, its form aside, to be told by another reading (a short one is many names'). */
const MIN_FULLER = 8;
const fold = (s: string) => foldMarks(s).toLowerCase();

/** Words a printing may set between a short name and its company form ("Stadtwerke Lindenau" … "Spedition GmbH"). */
const MAX_WORDS_TO_FORM = 3;

/**
 * A seller read without a company form, a logo's or a letterhead's short name ("Stadtwerke Lindenau",
 * "Kaltenbach Webdesign"), whose words open another OCR'd row that goes on to a company form within a few
 * words ("Stadtwerke Lindenau GmbH Postfach 10 11 …", the footer's "Feinkost Brenner GmbH & Co. KG"): the
 * seller is that company, as the text layer's footer names it. Two such rows naming two companies leave
 * the name as read.
 */
function withPrintedForm<P extends { name: string | null }>(seller: P, pages: readonly PageText[]): P {
  const name = seller.name?.trim();
  if (!name || withoutCompanyForm(name) !== name) return seller;
  const formed = new Set<string>();
  for (const item of pages.flatMap((p) => p.items)) {
    const row = item.confidence === undefined ? undefined : openedByName(name, formsClosed(spacedSeparators(item.text).replace(GLUED_DOTTED_FORM, ' ')));
    if (!row) continue;
    const text = `${row.name}${row.rest}`;
    const prefix = companyPrefix(text);
    // (Words of letters: an ampersand between two is none, "Brightwater Pool & Spa Services LLC".)
    if (!prefix || prefix.slice(row.name.length).trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > MAX_WORDS_TO_FORM + 1) continue;
    // "GmbH & Co. KG": the limited partner's form goes on to the partnership's.
    formed.add(prefix + (text.slice(prefix.length).match(/^\s*&\s*Co\.?\s*(?:KG|OHG)\b/)?.[0] ?? ''));
  }
  return formed.size === 1 ? { ...seller, name: [...formed][0]! } : seller;
}

/**
 * A dotted company form of two letters with a space OCR read between them ("Kantoorpuur B. V." for "B.V.",
 * "S. L."), closed: the form as printed. Initials that are no form ("J. R. Tolkien") stay as read.
 */
const formsClosed = (text: string) => text.replace(/(?<=^|\s)(\p{Lu}\.)\s(\p{Lu}\.)(?=\s|,|$)/gu, (read, one: string, two: string) => (isFormOnly(one + two) ? one + two : read));

/** A dotted company form run into the words beside it, the spaces lost ("KarperB.V.Oudegracht"). */
const GLUED_DOTTED_FORM = /(?<=\p{Ll})(?=(?:\p{Lu}\.){2,})|(?<=\p{Lu}\.\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu;
/** Letters OCR may lose of a name's opening words in small print and the row still be that name's. */
const LOST_LETTERS = 2;

/**
 * A row that opens with the name's words, split there: the name as the row prints it (a logo's capitals,
 * "BLITZKURIER", over "Blitzkurier Rhein-Main GmbH …"), or as read when OCR lost a letter or two of the
 * row's words in small print ("De Gouen Karper" for the logo's "De Gouden Karper" in the sender line under
 * it), each word's first letter kept; undefined when the row opens otherwise.
 */
function openedByName(name: string, text: string): { name: string; rest: string } | undefined {
  if (text.startsWith(`${name} `)) return { name, rest: text.slice(name.length) };
  const own = name.split(/\s+/);
  const words = text.split(/\s+/);
  if (words.length <= own.length) return undefined;
  const head = words.slice(0, own.length);
  const read = squeeze(head.join(' ')), whole = squeeze(name);
  if (!head.every((w, k) => w[0]?.toLowerCase() === own[k]![0]!.toLowerCase()) || read.length < whole.length - LOST_LETTERS || !subsequence(read, whole)) return undefined;
  return { name: read === whole ? head.join(' ') : name, rest: ` ${words.slice(own.length).join(' ')}` };
}

/**
 * Whether a seller the parser guessed is named after all, once its name is read as the text layer would
 * give it: cut where OCR ran it into its street, it ends in its company form ("Kahvila-Leipomo
 * Pullapuoti OyHämeenkatu 9"), as a letterhead's name the parser takes without a guess does; or a
 * short name that the page prints with its company form (withPrintedForm) passes the parser's own
 * confirmations as that longer name (its row going on with the sender's whole address, "Stadtwerke
 * Lindenau GmbH Postfach 10 11 04171 Leipzig"), or on the row right under the short name's (formedUnder).
 * The buyer's name is no seller's, however formed.
 */
function sellerConfirmed(parsed: Invoice, cut: string | null, seller: Invoice['seller'], pages: readonly PageText[], why: string): boolean {
  const name = seller.name;
  if (!name || squeeze(name) === squeeze(parsed.buyer.name ?? '')) return false;
  if (why === UNCONFIRMED_SELLER && (inFooter(name, parsed.buyer.name, pages) || formedBareOfMarks(name, parsed.buyer.name, pages))) return true;
  if (why === UNCONFIRMED_SELLER && restatedUnder([parsed.seller.name, name], parsed.buyer.name, pages)) return true;
  if (name === parsed.seller.name) return false;
  if (why === UNCONFIRMED_SELLER && parsed.seller.name && formedUnder(parsed.seller.name, name, pages)) return true;
  // (Only a guess for the want of a form: one for another company the page names stays.)
  // (A form that only counts after a word in small letters, "Innredning AS", read "As" by the parser and as printed here.)
  if (cut === name && (endsInCompanyForm(name) || companyPrefix(name) === name.trim()) && why === UNCONFIRMED_SELLER) return true;
  return confirmedSeller(itemRows(pages), { ...seller, name }, false);
}

/**
 * Whether the seller is the fuller of the two readings of a name printed twice: the other is it with
 * letters, stops or marks lost ("Van Dik Afbouw BV." in a sender line beside "Van Dijk Afbouw B.V.",
 * "Moselle Conseil s.a r.l." under a logo beside the footer's "Moselle Conseil S.à r.l."). OCR loses
 * what small or faint print holds far more often than it makes letters up, so the poorer reading says
 * nothing against the name; a reading with a letter of its own (a "Kuika" kept beside "Kuikka") does.
 */
export function fullerReading(name: string | null, why: string): boolean {
  const [one, two] = twoReadings(why) ?? [];
  if (!name || !one || !two) return false;
  // Marks apart from their letters, so that a lost mark is a lost character.
  const spelt = (s: string) => s.normalize('NFD').toLowerCase().replace(/\s+/g, '');
  const own = spelt(name);
  // The name is one of the two readings, or one with the marks its row's re-read gave it ("Pärnu Aknatehas OÜ").
  const is = (reading: string) => spelt(reading) === own || spelt(foldMarks(reading)) === spelt(foldMarks(name));
  const other = is(one) ? spelt(two) : is(two) ? spelt(one) : own;
  return other !== own && subsequence(other, own, figureAsLetter);
}

/**
 * The letters a figure amid letters is OCR's reading of ("Pärnu Aknatehas 0U" beside "Pärnu Aknatehas OU"):
 * a 0 for an O, a 1 for an l or I, a 5 for an S, an 8 for a B. The figure is a letter lost to its look-alike,
 * as a lost stop or mark is; the name with the letter is the fuller reading.
 */
const figureAsLetter = (read: string, letter: string) => read === letter || (/\d/.test(read) && lookalikesAs(read) === lookalikesAs(letter));

/**
 * Whether the row right under the short name's, at its left edge, is the name with its company form, alone or
 * as the first cell of a sender line ("Kantoorpuur" over "Kantoorpuur B. V.", "ZonWijs" over "ZonWijs Installaties
 * B.V. · Energieweg 5, …" whose middle dot OCR read as a colon): the company the letterhead's word stands for, as
 * the parser takes it from a text layer (findSeller's logo over its legal name). OCR often reads the two rows as
 * the parser's letterhead and its address, and the form then names no one.
 */
function formedUnder(short: string, formed: string, pages: readonly PageText[]): boolean {
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  return items.some((row) => row.text.trim() === short.trim() && items.some((under) => under.page === row.page && under.y > row.y
    && under.y - row.y <= 1.6 * row.height && Math.abs(under.x - row.x) <= 3 && squeeze(spacedSeparators(under.text).split(CELL_SEPARATOR)[0]!) === squeeze(formed)));
}

/**
 * Whether the letterhead's name (as the parser or the scan's rules read it) stands alone on its row and the row
 * right under it, at its left edge, opens with the name's first word and goes on: a brand or short name over the
 * issuer's fuller name ("Tutukaka Marina" over "Tutukaka Marina Management Trust", "SafeLane Driving School" over
 * "SafeLane Driver Training Pty Ltd · ABN …", "AutoFlota" over "AutoFlota Wynajem Sp. z o.o."), whose form OCR
 * may have lost or misread in small print. A page's own name printed twice, one over the other, is its issuer's: a
 * title or a heading of the body ("Your water bill", "Work done") is not restated under itself, nor is a logo over
 * another name ("LICHTVANG" over "fotografie · Sanne de Wit", "Watercare Kapiti" over "Kāpiti Coast District
 * Council"). A word of the form ("Faktura" over "Fakturanr.") names no one; nor does a word the buyer's name opens with.
 */
function restatedUnder(names: ReadonlyArray<string | null>, buyer: string | null, pages: readonly PageText[]): boolean {
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  const firstWord = (text: string) => fold(text.trim().split(/\s+/)[0]!.replace(/[^\p{L}\p{N}]+$/u, ''));
  return names.some((name) => {
    const head = name ? firstWord(name) : '';
    if (!name || head.length < MIN_RESTATED || nameDoubt(name) || (buyer && firstWord(buyer) === head)) return false;
    // (The row's first cell a name going on in words: not initials, an owner's "Kantoorpuur J. R.", nor a sentence,
    // "Cascade Valley Water Company, Inc. thanks you for your payment", nor words past a company form, "Zonlicht
    // Installaties B.V. Partners".)
    const restates = (cell: string) => {
      const words = cell.split(/\s+/);
      const formed = companyPrefix(cell);
      return (firstWord(cell) === head || opensWithName(cell, name)) && words.length <= MAX_RESTATED_WORDS && words.slice(1).some((w) => /\p{L}{3}/u.test(w))
        && (!formed || squeeze(formed) === squeeze(cell));
    };
    return items.some((row) => row.text.trim() === name.trim() && items.some((under) => under.page === row.page && under.y > row.y
      && under.y - row.y <= 1.6 * row.height && Math.abs(under.x - row.x) <= 3 && squeeze(under.text).length > squeeze(name).length
      && restates(spacedSeparators(under.text).split(CELL_SEPARATOR)[0]!.trim())));
  });
}
/** Letters the first word of a name restated under it must have (a short one opens many rows). */
const MIN_RESTATED = 4;
/** Words a name restated under the letterhead's runs to at most ("Cedar Hill Montessori School, a nonprofit corporation"). */
const MAX_RESTATED_WORDS = 7;

/**
 * Whether a row opens with all of a name's letters, one lost at most but the first, whatever the spaces: the name
 * restated in small print, where OCR drops a letter or a space ("ClibriMail SAS : 3 rue …" under "Colibri Mail").
 */
function opensWithName(text: string, name: string): boolean {
  const row = squeeze(foldMarks(text)), own = squeeze(foldMarks(name));
  return own.length >= MIN_FULLER && row[0] === own[0] && subsequence(row.slice(0, own.length - 1), own);
}

/**
 * Whether another row prints the seller's name again going on to its company form, a word between at most
 * ("Academia Atlantico Formacao, Lda. Rua do Almada 44" in the footer under the logo's "Academia Atlântico",
 * "Energies du Rhone SA 3 cours Lafayette" under "Énergies du Rhône"): the company line a text layer names the
 * seller by (withPrintedForm), its marks lost in small print. Only the marks may differ, each letter of the
 * name's words read alike in both printings; a letter read otherwise is another name's, or OCR's, and no
 * confirmation. The buyer's company line names the buyer.
 */
function formedBareOfMarks(name: string, buyer: string | null, pages: readonly PageText[]): boolean {
  const bare = (text: string) => squeeze(foldMarks(text));
  const own = name.trim().split(/\s+/);
  return pages.flatMap((p) => p.items).some((item) => {
    const prefix = item.confidence === undefined ? null : companyPrefix(formsClosed(spacedSeparators(item.text).replace(GLUED_DOTTED_FORM, ' ')));
    if (!prefix || (buyer && bare(prefix) === bare(buyer))) return false;
    const words = prefix.split(/\s+/);
    const between = withoutCompanyForm(prefix).split(/\s+/).length - own.length;
    return between >= 0 && between <= 1 && bare(words.slice(0, own.length).join(' ')) === bare(name);
  });
}

/** The parser's footer: rows this near (mm) the page's last, well under its first ("Acme GmbH · Street 1 · HRB 123"). */
const FOOTER_ROWS = 25;
const UNDER_TOP = 80;

/**
 * Whether the first page's footer prints the seller's name with its company form, in a cell of its own
 * or opening one ("Kaltenbach Webdesign GmbH" over "Gerberstraße 9"), as the parser takes a footer's
 * company line for the seller's on a text layer. A scan sets the footer's columns as OCR boxes them:
 * the parser's line then runs the name into the cells beside it or the row under it
 * ("Kaltenbach Webdesign GmbHGerberstrafe 9  Tel. …") and finds no company line.
 * A trading name without a form is its issuer's too when the footer gives it a cell of its own, whole, beside
 * its owner's ("Caleb Ortega, AFA CJF · High Desert Hoof Care" under the heading "HIGH DESERT HOOF CARE"): a
 * name of two words or more, no words of the form, and not the buyer's (a thank-you line may name the buyer).
 */
function inFooter(name: string, buyer: string | null, pages: readonly PageText[]): boolean {
  const items = pages[0]?.items.filter((i) => i.confidence !== undefined) ?? [];
  const formed = endsInCompanyForm(name);
  const trading = !formed && name.trim().split(/\s+/).length >= 2 && squeeze(name).length >= MIN_FULLER && !nameDoubt(name) && squeeze(name) !== squeeze(buyer);
  if ((!formed && !trading) || !items.length) return false;
  const top = Math.min(...items.map((i) => i.y)), last = Math.max(...items.map((i) => i.y));
  const cells = (text: string) => spacedSeparators(text).split(FOOTER_SEPARATOR);
  // (A formed name's cell as far as its form: OCR may lose the separator after it, "… Unipessoal Lda. NIF 514 …".)
  const company = (cell: string) => companyPrefix(cell) ?? cell;
  return items.some((i) => i.y > last - FOOTER_ROWS && i.y > top + UNDER_TOP && (formed ? squeeze(company(cells(i.text)[0]!)) === squeeze(name) : cells(i.text).length > 1 && cells(i.text).some((c) => squeeze(c) === squeeze(name))));
}

/** A footer's separator between its cells: a middle dot, a bullet, a bar, or a plus, OCR's reading of a middle dot in small print. */
const FOOTER_SEPARATOR = /\s[·•|+]\s/;

/** A row's cells split by separators, with the spaces around a separator that OCR lost ("Planten V.O.F.· Markt 31"). */
const spacedSeparators = (text: string) => text.replace(/(?<=\S)(?=[·•|])|(?<=[·•|])(?=\S)/g, ' ');

/**
 * The OCR'd items' texts, one a row, as the parser's confirmations read a page: a sender line's separators
 * between its cells, standing apart, made spaces ("Gemeindewerke Kirchheim GmbH - Postfach 1120 : 73220
 * Kirchheim", OCR's ":" for a middle dot), as a scan that lost them reads the row ("Stadtwerke Lindenau GmbH
 * Postfach 10 11 04171 Leipzig").
 */
const itemRows = (pages: readonly PageText[]) => pages.flatMap((p) => p.items.map((i) => i.text.replace(CELL_SEPARATOR, ' '))).join('\n');
/** A separator standing apart between a sender line's cells: a middle dot, a bullet, a bar, a dash, or OCR's colon for a dot. */
const CELL_SEPARATOR = /(?<=\S)\s+[·•|:–-]\s+(?=\S)/g;

/** Printed in Chinese: where a QR code carrying the invoice's key fields is to be expected. */
export function pagesLookChinese(pages: readonly PageText[]): boolean {
  let han = 0;
  for (const page of pages) {
    for (const item of page.items) {
      han += item.text.match(/\p{Script=Han}/gu)?.length ?? 0;
      if (han >= 10) return true; // enough: the rest of the document need not be counted
    }
  }
  return false;
}

/** Characters of real text on a page; fewer than a handful means a scan (perhaps with a stray stamp). */
export function textLength(page: PageText): number {
  return page.items.reduce((n, item) => n + item.text.replace(/\s/g, '').length, 0);
}
