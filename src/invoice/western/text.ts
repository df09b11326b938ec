/**
 * Western invoices (English, German, French, Dutch, Spanish, and the labels of Italian, Portuguese, Polish,
 * Czech and Scandinavian ones) from positioned text. Each field is found by
 * a label from a multilingual list and read from the rest of its line, the next cell, or the cell below
 * the label; label lists are ordered most specific first (e.g. "Total TTC" before a bare "Total").
 */
import type { PageText, TextItem } from '../../core/text.js';
import { detectCurrency, findAmounts, ocrDigits, parseAmount, parseTaxRate } from '../amounts.js';
import { creditNoteAmounts, isCreditNote } from '../credit-note.js';
import { documentCurrency, isCurrencyCode, signsBesideFigures } from './currency.js';
import { columnTotals, gstParts, lineColumnSums, taxBreakdown, totalsRowParts, wrappedRest, type Breakdown } from './tax-breakdown.js';
import { asRead, labelMatchFrom, ocrTolerant, searchedFrom } from './ocr-tolerant-labels.js';
import { findDate, printedMonthFirst } from '../dates.js';
import { charX, columnOf, linesToText, pageLines, readTwice, rowCells, type Column, type Line, type Segment } from '../layout.js';
import { isProperName, noteImplausibleValues } from './doubts.js';
import { completeTotals, emptyInvoice, emptyLineItem, markSources, round2, type Invoice, type LineItem } from '../model.js';
import { onFirstUse, remembered } from '../../core/remembered.js';
import { escapeRegExp, matchesOf } from '../../core/matches.js';
import { withCaseClasses } from '../../core/case-classes.js';
import { dropGuess, guessesOf, noteGuess } from '../guesses.js';
import { editDistance } from '../edit-distance.js';
import { paidLessChange, SERVICE_CHARGE } from '../receipt.js';
import { maxRounding, noteRounding } from '../receipt/rounding.js';
import { ATTENTION, addressedApart, buyerShown, logoHeadsOther, BUYER_WORD, COPY_MARK, DATELINE, buyerByLabel, isBuyerLabel, labelsSeller, buyerInWindow, cleanText, confirmedSeller, findSeller, UNCONFIRMED_SELLER, VAT_ID, vatIdIn, wellFormedReading, endsInCompanyForm, withoutCompanyForm } from './parties.js';

// ---------------------------------------------------------------------------------------------------
// Labels

/**
 * Label patterns accept OCR's unaccented spellings (accents.ts), and the degree sign of "n°" as OCR also
 * reads it: "。" (PaddleOCR's model knows Chinese punctuation), "˚", or "?" for a glyph it could not name
 * ("Facture N?"), or the "º" of "n.º" as a 9 run into the "n." before a figure, its colon kept or not
 * ("Fatura n.9 2025/0093", "FACTURA N9: 2025-F-"; a Portuguese number may open with its
 * document type's code, "Fatura n.9 FT DAM2025/4471"), or lost, the "n" alone after the document's word
 * ("Factura n" over its number).
 */
const NUMERO = String.raw`(?:[°º˚。№?]|9(?=[:.]?\s+(?:[A-Z]{1,3}\s+)?\S*\d))`;
/**
 * The end of a label: a colon or a dot, or both as OCR may read a colon ("Gutschriftsnummer.:"); a
 * monospaced print pads its labels to one width with dot leaders ("INVOICE NO.....: 0088417").
 */
const LABEL_END = String.raw`(?:\s*(?:\.{3,}|…+))?[:.]{0,2}\s*`;
/** What an invoice or credit note calls itself, for "<document> <number word>" labels. */
// (A French summary invoice of a period's deliveries, art. 289-I-3 CGI, titles itself "Facture récapitulative N° …".)
const DOCUMENT_WORD = String.raw`(?:invoice(?:\s+serial)?|folio|\bcomp(?:robante)?\b\.?|credit\s+memo|r[ea]ceipt|\binv\b\.?|\bdoc(?:ument)?\b|\bbeleg|\brg\b\.?|\bre\.|ticket|bill|rechnungs?|handelsrechnung|rechnungskorrektur|korrekturrechnung|korrektur|stornorechnung|gutschrifts?|[ck]reditnota|kreditfaktura|facture(?:\s+d['’]\s?(?:acompte|honoraires)|\s+(?:de\s+solde|finale|de\s+situation|r[ée]capitulative))?|note\s+d['’]\s?honoraires|avoir|factuur|factur[aă]|fattura|fatura(?:-recibo)?|fakt[uú]ra(?:\s+vat)?(?:\s+(?:korygująca|zaliczkowa|końcowa))?|bolletta|avviso(?:\s+di\s+(?:pagamento|scadenza))?|honorar(?:note|rechnung)|vorschreibungs?|\b(?:kreedit)?arve|r[eē][kķ]in[sa]|(?:pvm\s+)?s[ąa]skait(?:a|os)[\s-]+fakt[ūu]r(?:a|os)|ra[čc]un|dobropis|doklad|reikning(?:ur|s)?|фактура|рахунок(?:-фактура|\s+на\s+оплату)?|credit\s+note|note\s+de\s+cr[ée]dit|credit|adjustment\s+note|fee\s+note|tax\s+invoice|pro[\s-]?forma(?:\s+invoice)?|statement)`;
/**
 * The type code a rendering of an e-invoice prints after the title: "Handelsrechnung (380) Nr. 471102"; or a
 * Croatian invoice's R-1 or R-2 (to a business that deducts the VAT, or not): "RAČUN R-1 br. 412/1/1".
 */
const TYPE_CODE = String.raw`(?:\s*\(\d{3}\)|\s+R-?[12](?=\s))?`;
const NUMBER_LABELS: RegExp[] = [
  // (An insurer's premium notice, "Avviso n.", "Avviso di pagamento n.", the number beside its policy's.)
  new RegExp(String.raw`${DOCUMENT_WORD}${TYPE_CODE}\s*[-‐]?\s*(?:no(?:\.|(?![a-zà-ž]))|nro\.?|nr\.?|n\.?${NUMERO}\.?|n\.|n(?![a-zà-ž0-9])|№|#|number|nummer|num[ée]ro|número|numero|č\.|št\.|br\.|бр\.|број|zk\.|zenbakia|id|ref\.?|reference|r[ée]f[ée]rence)\s*${LABEL_END}`, 'i'),
  new RegExp(String.raw`(?:(?<![A-Za-zÀ-ž-])(?:nummer|number|no\.)\s*\/\s*(?:datum|date)|rechnungsnummer(?:\s*\/\s*datum)?|rechnungs-?nr\.?|\bre-nr\.?|\brg\.?-nr\.?|policennummer|notanummer|belegnummer|beleg-nr\.?|factuurnummer|factuurnr\.?|fakturan(?:r|ummer)\.?|afregningsn(?:r|ummer)\.?|laskun\s+(?:numero|nro\.?)|laskunumero|laskunro\.?|számla\s+sorszáma|sorszám|invoice\s*#|invoice\s*id|internal\s+id|pro\s+(?:number|no\.?|#)|series\s*\/\s*(?:no\.?|number)|številka\s+računa|broj\s+računa|serie\s+y\s+folio|n[úu]mero\s+da\s+(?:nota(?:\s+fiscal)?|nfs-?e)|αριθμ[οό]ς\s+(?:τιμολογ[ιί]ου|παραστατικο[υύ])|αριθμ[οό]ς(?=\s*:|\s{2,}\S))\s*${LABEL_END}`, 'i'),
  // OCR may drop the degree sign of "N° Factura" ("NFactura:"); the document word after it decides.
  // "Číslo faktury", "Numer faktury", "Nr. i faturës": the Czech, Polish and Albanian genitive. "Numero documento": an Italian
  // e-invoice's copy. "Nr. factură", "Numărul facturii": the Romanian, with its letters. "N° pièce": a French ERP's
  // (Sage's) document, the invoice it prints; tried after the labels that name an invoice.
  new RegExp(String.raw`(?:\bno\.?|\bnr\.?|\bn${NUMERO}?|№|num[ée]ro|número|numero|n[úu]m\.|nummer|\bnumer|\bnumri|\bnum[aă]r(?:ul)?|č[ií]slo|r[ée]f[ée]rence)\s*(?:de\s+|d['’]\s*|di\s+|della\s+|i\s+)?(?:la\s+|l['’]\s*)?(?:facture|factur(?:a|ă|ii)|factuur|avoir|fakt[uú]ry|fattura|fatura|fatur[ëe]s|documento|dokladu|invoice|pi[èe]ce)\s*${LABEL_END}`, 'i'),
  // A till's slip number is the receipt's number ("Slip: 0000000109000712950"); a colon makes it a label.
  /\b(?:receipt\s+)?slip\s*(?:no\.?|nr\.?|#|number)?\s*[:：]\s*/i,
  // A bare "Réf. :" or "Ref. :" under the title (Dolibarr's layouts): the document's own reference, when no
  // label above names the number; not the customer's or an order's ("Réf. client :", "Votre réf. :").
  /(?<!(?:votre|notre|vos|nos|your|our)\s+)\br[ée]f\.\s*:\s*/i,
  // A Vietnamese invoice's "Số:" (number) under its "Ký hiệu:" (series), opening its cell.
  /(?:^|\s{2})s[ốo]\s*:\s*/i,
].map(ocrTolerant);
/** "№" opening a cell, no word before it ("№ 0000004512", "№" over the number; "ДДС №" labels a tax id). */
const NUMERO_SIGN = /(?:^|\s{2})№\s*[:.]?\s*/;
/** "Nº:" opening a cell, with no document word: a Spanish or Portuguese page's number label beside its title. */
const NUMERO_ABBREVIATION = /(?:^|\s{2})N[º°]\s*:\s*/;
/**
 * A title word directly followed by the number ("Facture FA-2017-0010"), or by the Czech and Slovak "č."
 * as OCR may read it: bare, a "?" for the letter, or the stop alone ("FAKTURA . 2025041"). (A final
 * invoice's own title, "Eindfactuur  2025-0388", "Schlussrechnung 25-118", is one; the advance invoices it
 * cites are other documents; so are a correction's, "Factura rectificativa R-2025-0031", "Opravný daňový doklad (dobropis)
 * č. OD-0031". An Italian e-invoice's type code after its title, "Fattura TD01", is none; nor is
 * the UNTDID type code a rendering of a Factur-X, ZUGFeRD or XRechnung invoice prints there ("FACTURE 380 –
 * Factur-X EN 16931"); nor is a sum in thousands and cents, the tail of a total's label wrapped in a narrow cell: "Total" over "factura
 * 16.660.000,00".)
 */
const TITLE_NUMBER = /^(?:invoice|(?:schluss|anzahlungs|vorauszahlungs)?rechnung|gutschrift|facture|avoir|note\s+de\s+cr[ée]dit|nota\s+de\s+cr[ée]dito|nota\s+di\s+credito|(?:eind)?factuur|factura\s+rectificativa|factur[aă]|fattura|fatura(?:-recibo)?|fakt[uú]ra(?:\s+vat)?|opravn[ýy]\s+da[ňn]ov[ýy]\s+doklad(?:\s*\((?:dobropis|vrubopis)\))?)(?:\s*:\s*|\s+(?:[čc?]?\.|nr\.?|n[°º]\.?)?\s*)(?=(?:[A-Z]{2,4} )?[A-Z0-9][A-Z0-9\-/._]*\d)(?!TD\d{2}\b)(?!(?:38\d|751)\b(?=.*\b(?:factur-?x|zugferd|xrechnung|en\s?16931|peppol|ubl|cii)\b))(?!\d{1,3}(?:[.,'\u00a0 ]\d{3})+[.,]\d{2}(?!\d))/i;
// (A Greek series is a Greek capital: "Α-1042".)
/** A document's title alone in its cell, as ERPs set it over the number: "FACTURE", "Invoice", "Rechnung". */
const TITLE_ALONE = /^(?:invoice|tax\s+invoice|(?:schluss)?rechnung|honorar(?:note|rechnung)|facture|factuur|factura|fattura|fatura)$/i;
/**
 * The number beside a title that is the first key of an info block ("Rechnung | 90218874" over "Datum | 27.11.2026"):
 * the value cell right of the title, an id with a figure and no date, when another key (words alone, not the title
 * again, as a list of invoices would repeat it) starts where the title starts on the row under it.
 */
function titleKeyNumber(page1: readonly Line[]): string | null {
  for (let i = 0; i + 1 < page1.length; i++) {
    const [line, next] = [page1[i], page1[i + 1]];
    const k = line.segments.findIndex((s) => TITLE_ALONE.test(s.text.trim()));
    const value = line.segments[k + 1]?.text.trim();
    if (k < 0 || !value || next.page !== line.page || next.y - line.y2 > line.height) continue;
    const key = line.segments[k];
    const keyUnder = next.segments.some((s) => Math.abs(s.x - key.x) < 1.5 && /^\p{L}[\p{L} .-]*:?$/u.test(s.text.trim()) && !TITLE_ALONE.test(s.text.trim()));
    if (keyUnder && NUMBER_VALUE.exec(value)?.[1] === value && /\d/.test(value) && !isDateLike(value)) return value;
  }
  return null;
}
/** A number's word run into the figures after it ("Nr.471102-25", "No.2025-118"). */
const NUMBER_WORD_JOINED = /^(?:nr|no|n[°º]|num)\.\d/i;
const NUMBER_VALUE = /^([A-ZΑ-ΩА-ЯІЇЄҐ0-9][A-ZΑ-ΩА-ЯІЇЄҐ0-9\-/._]*\d[A-Z0-9\-/._]*|\d(?:[-/][A-Z]{1,4}\b)?)/i;
/** A number printed in groups of digits within its cell, as telecoms print theirs ("8812 4471 0325"). */
// (Its last group may be shorter: "7004 8812 19", its first longer: "30044718 2207", or of two figures when two
// groups follow: "40 2511 117". Its series' letters may open it: "FA 2025 00123", "SWX 7702 3318".)
const GROUPED_NUMBER = /^((?:[A-Z]{1,4} )?(?:\d{3,8}(?: \d{3,5}){0,2}|\d{2}(?: \d{3,5}){1,2}) \d{2,5})(?![\d.,/-]|\s?%)/;
/**
 * A Romanian, Lithuanian or Uruguayan invoice's series and number: "Seria BV nr. 0457", "Serija BV Nr. 0457",
 * "Seria: BV Nr.: 0457", "SERIE A NÚMERO 0457" are the number "BV 0457"; so is the English of such a form, "Series BV
 * No. 0457". (In English, of a series of letters: "Series A No. 1184" is a Greek or Spanish book's letter, the number
 * its figures.)
 */
const SERIES_AND_NUMBER = /\bseri(?:j?a|e)\b\s*:?\s*([A-Z]{1,6})\s*,?\s*(?:nr|num[aă]r|n[uú]mero)\.?\s*:?\s*(\d[\d\-/]*)|\bseries\s*:?\s*([A-Z]{2,6})\s*,?\s*(?:no|number)\.?\s*:?\s*(\d[\d\-/]*)|\bseira\s*:?\s*([A-Z]{1,6})\s*,?\s*(?:ar|arith)\.?\s*:?\s*(\d[\d\-/]*)/i;
// (A Greek invoice printed in Latin letters spells its "Σειρά" and "Αρ." so: "SEIRA: TPY AR.: 0452".)
/**
 * A Spanish invoice's series, then the numero sign over the number within it, parted by a middle dot or a comma
 * ("Serie A · Nº 2025/0871", "Serie B, N.º 118"): the sign labels the number, the figure after it.
 */
const SERIES_NUMERO_SIGN = /\bserie\s+[A-Z]{1,6}\s*[,·]\s*n\.?\s?[º°]\s*:?\s*(\d[\d\-/]*\d|\d)(?![\w/-])/i;
/** The series and its label in a narrow cell, the number wrapped under them ("Seria TMS nr." over "00318", "Seria CLG" over "nr. 004471"). */
const SERIES_LABEL = /^serij?a\s*:?\s*([A-Z]{1,6})\s*,?\s*((?:nr|num[aă]r)\.?\s*:?)?$/i;
function seriesOverNumber(page1: readonly Line[]): string | null {
  for (const [i, l] of page1.entries()) {
    const seg = l.segments.find((s) => SERIES_LABEL.test(s.text.trim()));
    const m = seg?.text.trim().match(SERIES_LABEL);
    const rest = seg && cellUnder(page1, i, seg)?.seg.text.trim();
    // (Or the series alone, its number word wrapped with the number: "Seria CLG" over "nr. 004471".)
    const under = m?.[2] ? rest : rest?.replace(/^(?:nr|num[aă]r)\.?\s*:?\s*/i, '');
    if (m && under && /^\d[\d\-/]*$/.test(under)) return `${m[1]} ${under}`;
  }
  return null;
}

/**
 * The key of a series cell, perhaps with its translation after a slash, wrapped or not ("Seria", "Serie",
 * "Factura serie", "Σειρά /" over "Series"); and the key of the number cell that goes with it ("Număr", "Nr.",
 * "Número", "Αριθμός /" over "No.").
 */
const SERIES_KEY = /^(?:(?:factura|fattura|fatura|factur[aă])\s+)?(?:seri(?:j?a|e)|series|seira|σειρ[άα])\s*(?:\/\s*(?:series|serie)?)?\s*:?$/iu;
// (A Mexican CFDI's "Folio", the number within its "Serie"; not its "Folio fiscal", the UUID.)
const NUMBER_KEY = /^(?:nr|no|n[uú]mero|numero|num[aă]r(?:ul)?|folio|αριθμ[οό]ς|arithmos|ar|αρ)\.?\s*(?:\/\s*(?:(?:no|nr)\.?|number)?)?\s*:?$/iu;
/** A series as printed: letters, figures and their joins, no space ("MVF", "ΤΠ-Β", "2026-A"). */
const SERIES_VALUE = /^[\p{Lu}\d][\p{Lu}\d\-./]{0,9}$/u;
/**
 * A series and a number each in a cell of its own beside its key: the series' row over the number's, keys in one
 * column, or the two pairs side by side in one row ("Seria | MVF" over "Număr | 00327", as Romanian and Greek programs print the title's box, the key's
 * translation perhaps wrapped between them). The number is the series and the figures, as a one-cell "Seria MVF
 * nr. 00327" reads.
 */
function seriesAndNumberCells(page1: readonly Line[]): string | null {
  for (const [i, l] of page1.entries()) {
    for (const [k, key] of l.segments.entries()) {
      if (!SERIES_KEY.test(key.text.trim())) continue;
      // (Keys side by side over their values, "Serie | Número" over "FC25 | 000318", are a header row's: numberInHeaderRow.)
      const series = l.segments[k + 1]?.text.trim();
      if (!series || !SERIES_VALUE.test(series)) continue;
      // Or the number's key and value next on the same row: "Serie | FV2026 | Número | 00318", as a Facturae view
      // prints its invoice's data in pairs of cells.
      const beside = l.segments[k + 3]?.text.trim();
      if (l.segments[k + 2] && NUMBER_KEY.test(l.segments[k + 2].text.trim()) && beside && /^\d[\d\-/]*$/.test(beside)) return `${series} ${beside}`;
      // Keys in a column: the number's key within three rows, where the series' key starts or, set right, ends.
      for (let j = i + 1; j < page1.length && page1[j].page === l.page && page1[j].y - l.y <= 3.5 * l.height; j++) {
        const at = page1[j].segments.findIndex((s) => (Math.abs(s.x - key.x) < 2 || Math.abs(s.x2 - key.x2) < 2) && NUMBER_KEY.test(s.text.trim()));
        const number = at < 0 ? null : page1[j].segments[at + 1]?.text.trim();
        if (number && /^\d[\d\-/]*$/.test(number)) return `${series} ${number}`;
      }
    }
  }
  return null;
}

/**
 * A sequence and its year ("214/2025") with a space OCR set inside its figures ("21 4/2025"): its head alone
 * was read for the number. No number is printed as a few figures, a space and a sequence of the year; the two
 * parts are one number.
 */
const SPLIT_YEAR_NUMBER = /^(\d{1,4}) (\d{1,4}\/(?:19|20)\d{2})(?![\w/.-])/;

/**
 * A year and a section's letters, then after a space the sequence within them: the Italian sectional numbering of a
 * professional's or a firm's invoices ("2026/FPR 77", "2026/A 12"). An id does not end in its series' letters: the
 * figures after the space are its own.
 */
const YEAR_SECTION_NUMBER = /^((?:19|20)\d{2}\/[A-Z]{1,5} \d{1,6})(?![\w/.,-])/;

/**
 * A document id of a series in capitals, a space, then series and sequence: Portuguese ("FT 2025/314", "FR
 * A1/27", "FT A/2025/188" with its year), a Baltic one whose series has a hyphen ("SIA-MR 2026/1148"), or a
 * forwarder's or an ERP's ("SR 25-118734").
 */
const SERIES_NUMBER = /^([A-Z]{2,4}(?:-[A-Z]{1,4})? [A-Z0-9]+(?:\/\d+){1,2}|[A-Z]{2,3} \d+-\d+)(?![\w/])/;

// ("Facture du 01/12/2026": a French bill's date as its own label, the date right after it.)
const DATE_LABELS: RegExp[] = [
  /(?:invoice\s+date|date\s+of\s+(?:invoice|issue)|issue\s+date|date\s+issued|\bissued(?:\s+(?:at|on))?(?=\s*:|\s+\d|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|(?<!next\s)billing\s+date|(?<!next\s)statement\s+date|rechnungsdatum|gutschriftsdatum|korrekturdatum|ausstellungsdatum(?!\s+(?:(?:des|der)\s+)?(?:tickets?|flugscheins?|lieferscheins?|auftrags?|angebots?|bestellung)\b)|belegdatum|credit\s+note\s+date|date\s+of\s+credit\s+note|creditnotadatum|kreditnotadato|date\s+de\s+(?:la\s+)?facture(?!\s+(?:associ|d['’]origine|initiale|pr[ée]c[ée]dente|rectifi))|date\s+de\s+facturation|(?:votre\s+|(?<![\wÀ-ž])(?=facture\s+du\s*:?\s*\d))facture\s+du|date\s+(?:de\s+l['’]\s?|d['’]\s?)avoir|date\s+d['’]émission|(?<![\wÀ-ž])[ée]mise?\s+le(?=\s*:?\s*\d)|factuurdatum|notadatum|fecha\s+de\s+(?:la\s+)?factura|fecha\s+de\s+emisi[oó]n|data\s+fattura|fakturadat(?:o|um)|udstedelsesdato|utstedelsesdato|utfärdandedatum|data\s+(?:de\s+)?emiss(?:ão|ao|ione)|data\s+wystawienia|datum\s+vystavení|d[áa]tum\s+vyhotovenia|d[áa]tum\s+vystavenia|data\s+emiterii|data\s+facturii|data\s*\(zi\s*\/\s*luna\s*\/\s*an\)|laskun\s+päivämäärä|laskun\s+pvm|päiväys|számla\s+kelte|kiállítás\s+dátuma|arve\s+kuupäev|datum\s+izdaje|datum\s+(?:i\s+vrijeme\s+)?izdavanja|datum\s+računa|sąskaitos\s+data|išrašymo\s+data|reikningsdagur|útgáfudagur|(?<![А-яЁё])(?:датум\s+(?:на\s+)?(?:издавањ[ае]|издавање|рачуна|фактура(?:та)?)|дата\s+на\s+(?:издаване|фактура(?:та)?)))\s*[:.]?\s*/i,
  /(?:\bvom\b|\bdu\b|\bdated\b|(?<!due\s)(?<!delivery\s)\bdate\b(?!\s*(?:of\s+delivery|d['’]échéance|de\s+livraison|de\s+vencimiento|due))|\bdatum\b|\bdatums\b|\bdato\b|\bfecha\b|\bkuupäev\b|\bdagsetning\b|\btanggal\b|\bpäivämäärä(?=[\s:.]|$)|\bdata\b(?!\s+(?:de|di|do|da)\b)|(?<![Ͱ-Ͽ])ημερομην[ιί]α(?![Ͱ-Ͽ]))\s*[:.]?\s*/i,
].map(ocrTolerant);
/** A UK VAT invoice's "tax point", the date of supply: its issue date when no line labels one. */
/** A subject line's label, ending the text before a document's word: "Betreft", "Betreff:", "Objet :", "Oggetto". */
/** A progress invoice's title with its ordinal: "Facture de situation n° 2", "FACTURE DE SITUATION N° 3". */
const SITUATION_ORDINAL = /\bfacture\s+de\s+situation\s*(?:n[°º]|no\.?|num[ée]ro)\s*(\d{1,2})(?![\d\-/.])/i;
const SUBJECT_LABEL = /(?:^|\s)(?:betreft|betreff|betrifft|concerne|objet|oggetto|asunto|subject)\s*:?\s*$/i;
const TAX_POINT = /\btax\s+point(?:\s+date)?\s*[:.]?\s*/i;
const NOT_ISSUE_DATE = ocrTolerant(/due|start|commenc|expir|birth|geburt|naissance|fällig|échéance|liefer|leistung|delivery|livraison|vencimiento|verval|bestell|order|zahlbar|payable|remit|période|period|zeitraum|\bship|dispatch|despatch|payment|paid|check-?(?:in|out)|arrival|departure|travel|booking|forfald|förfallo|splatnost|termin|sprzeda|uskute|zdaniteln|eräpäivä|teljesítés|határidő|tähtaeg|termiņš|dospije|rok\s+plačila|opravljen|isporuk|apmokėti|gjalddag|eindag/i);

const DUE_LABELS: RegExp[] = [
  /(?:due\s+date|payment\s+due|date\s+due|due\s+on|due\s+by|pay(?:able)?\s+by|remit\s+until|zahlbar\s+bis|fällig(?:keit)?(?:\s+am)?|zahlungsziel|date\s+d['’]échéance|échéance|[àa]\s+payer\s+avant\s+le|vervaldatum|uiterste\s+betaaldatum|fecha\s+de\s+vencimiento|vencimiento|scadenza|forfaldsdato|förfallodatum|forfallsdato|datum\s+splatnosti|termin\s+p[łl]atności|data\s+de\s+vencimento|vencimento|eräpäivä|fizetési\s+határidő|maksetähtaeg|rok\s+plačila|dospijeće(?:\s+plaćanja)?|apmaksas\s+termiņš|apmokėti\s+iki|mokėjimo\s+terminas)\s*[:.]?\s*/i,
].map(ocrTolerant);

const GROSS_LABELS: RegExp[] = [
  // ("Gesamt inkl. USt", "Summe einschl. MwSt": an e-invoice view's gross, no tax line.)
  // (The Swedish "Summa inkl. moms" as "Totalt inkl. moms": the gross, before a RUT or ROT deduction under it.)
  /(?:(?:gesamt|summe)\s*\(?\s*(?:inkl\.?|einschl\.?|inklusive|einschließlich)\s*(?:ust|mwst|umsatzsteuer|mehrwertsteuer)\b\.?\)?|total(?:\s+[a-z]+)?\s*\(?\s*(?:incl\.?|inc\.|inc(?=\s+(?:gst|vat|tax))|inclusive|including)\s*(?:of\s+)?(?:gst|vat|tax)\)?|total\s+[a-zäöü]+\s+inkl\.?\s*(?:mwst|ust)\b\.?|total\s+after\s+(?:adj\w*|rounding)(?:\s+incl\.?\s*(?:gst|vat|tax))?|grand\s+total|(?:totalt?|summa|sum|amount|price)(?:\s+(?:eur|chf|gbp|usd|sek|dkk|nok|pln|czk|huf|€|\$|£))?\s+(?:incl\.?|including|inkl\.?)\s*(?:vat|tax|mwst\.?|ust\.?)?|total\s+(?:new|current)\s+charges|total\s+charges\s+(?:for\s+)?this\s+(?:period|bill|invoice|month)|total\s+value|brutto-?\s*betrag|gesamtwert|bruttowert|gesamtpreis|total\s+ttc|total\s+tvac|tvac|montant\s+ttc(?:\s+[àa]\s+payer)?|montant\s+total\s+(?:ttc|tva\s+comprise)|total\s+(?:tva|taxes)\s+comprises?|total\s+amount(?!\s+(?:due|payable|to\s+pay))|invoice\s+total|total\s+(?:of\s+)?this\s+(?:invoice|bill)|total\s+invoice\s+(?:value|amount)|total\s+(?:amount\s+|value\s+)?after\s+tax(?:es)?|invoice\s+value|gesamtbetrag\s+der\s+rechnung\s+einschließlich\s+umsatzsteuer|gesamtbetrag|gesamthonorar|total\s+(?:gutschrift|avoir|credit(?:\s+note)?)|gutschriftsbetrag|bruttosumme|bruttobetrag|rechnungsbetrag|vorschreibungsbetrag|rechnungstotal|rechnungssumme(?!\s+ohne)|gesamtsumme|endbetrag|bruttobeitrag|gesamtbeitrag|zu\s+zahlender\s+(?:betrag|beitrag)|(?:brutto|gesamt)prämie|total\s+prämie|zu\s+zahlende\s+prämie|totaal\s+(?:incl\.?|inclusief)\s*(?:btw)?|totaalbedrag|total\s+factura|importe\s+total|total\s+a\s+pagar|totale\s+(?:documento|fattura|da\s+pagare|complessivo)|importo\s+complessivo|do\s+zap[łl]aty|kwota\s+należności(?:\s+ogółem)?|valor\s+total\s+da\s+nota|valor\s+l[íi]quido\s+da\s+nfs-?e|(?:razem|ogółem|wartość)\s+brutto|fakturabel(?:opp|øb|øp)|(?:celkem\s+)?k\s+úhradě|(?:celkom\s+)?k\s+úhrade|(?:spolu\s+)?na\s+úhradu|(?:spolu|celkem|celkom)(?:\s+(?:za|na)\s+[^\s\d:]+)?\s+s\s+dph|total\s+de\s+plat[aă](?:\s*\(col\.\s*\d+\s*\+(?:\s*col\.\s*\d+\)?)?)?|att\s+(?:åter)?betala|at\s+(?:til)?betale|att\s+återfå|å\s+betale|\bi\s+alt\b|maksettava(?:\s+yhteensä)?|bruttó\s+(?:vég)?összeg|fizetendő|végösszeg|kokku\s+tasuda|iš\s+viso\s+(?:su\s+pvm|mokėti)|suma\s+su\s+pvm|(?:kopā|summa)\s+(?:apmaksai|ar\s+pvn)|summa\s+apmaksai|(?:skupaj\s+)?za\s+plačilo|skupaj\s+z\s+ddv|ukupno(?:\s+za(?:\s+(?:platiti|plaćanje|uplatu))?)?|za\s+platiti|πληρωτ[εέ]ο(?:\s+πος[οό])?|γενικ[οό]\s+σ[υύ]νολο|συνολικ[ηή]\s+αξ[ιί]α|\bpl[hi]r[wo]teo(?:\s+poso)?\b|\bsynolik[hi]\s+axia\b|\bgeniko\s+synolo\b|vergiler\s+dahil\s+toplam(?:\s+tutar[ıi])?|genel\s+toplam|сума\s+за\s+плащане|samtals\s+með\s+vsk|samtals\s+til\s+greiðslu|vlera\s+totale(?:\s+me\s+tvsh)?|totali\s+(?:p[ëe]r\s+pages[ëe]|me\s+tvsh)|p[ëe]r\s+t['’]u\s+paguar|(?<![А-яЁё])(?:вкупно\s+(?:за\s+плаќање|со\s+ддв)|вкупен\s+износ|за\s+плаќање|укупно(?:\s+(?:за\s+(?:уплату|плаћање)|са\s+пдв))?|за\s+уплату|износ\s+за\s+уплату)(?![А-яЁё])|za\s+uplatu|ukupno\s+sa\s+pdv-?om|(?<![А-яЁёІіЇїЄє])(?:всього\s+з\s+пдв|разом\s+з\s+пдв|до\s+сплати)(?![А-яЁёІіЇїЄє])|t[ổo]ng\s+c[ộo]ng\s+ti[ềe]n\s+thanh\s+to[áa]n|\bguztira\b|total\s+tagihan|jumlah\s+(?:tagihan|yang\s+harus\s+dibayar))/i,
  // (Not a section's total in an itemised bill: "Total call charges", "Total monthly charges".)
  /(?<!(?:sub|net|tax|vat|netto|steuer)[-\s]?)\b(?:total|totaal|summe|gesamt|gesamtleistung|kokku|yhteensä)(?![\wÀ-ž])(?!\s*(?:HT|net|excl|hors|taxes?|vat|tva|tax|btw|iva|mwst|ust|gst|ohne|paid|prepaid|before|qty|quantity|items?|count|stamps?|discount|savings?))(?!\s+[\w-]+\s+charges\b)/i,
  // (A small trader's total in a sentence, "The total for your outing is $1,710.00": "is" before a money sign.)
  /(?:total(?:\s+(?:for|of)(?:\s+[a-z]+){1,3})?\s+is(?=\s*[$€£])|amount\s+due|balance\s+due|total\s+(?:payment\s+)?due|(?:total\s+)?amount\s+payable|total\s+payable|(?:total|amount)\s+to\s+(?:be\s+)?pa(?:y|id)|due\s+payable|(?:fälliger\s+)?zahl(?:ungs)?betrag|zu\s+zahlen|solde\s+à\s+payer|net\s+à\s+payer|reste\s+à\s+payer|total\s+à\s+payer|(?:total|montant|net|reste)\s+à\s+r[ée]gler|montant\s+(?:total\s+)?à\s+payer|fälliger\s+betrag|te\s+betalen|a\s+pagar|ödenecek\s+tutar|residual)/i,
].map(ocrTolerant);
/**
 * What a ticket's invoice, paid when booked, totals as paid or charged ("Total paid", "Total amount paid", "Total
 * charged EUR"), its fare, carriers' charges and taxes over it (VAT 0 on international transport): the gross where no
 * gross label names one and the page names a tax. A balance's "Total paid" under a labelled total is what came off
 * it, and a till slip's (no tax line) is the receipt reading's to weigh against the change.
 */
const TOTAL_PAID = ocrTolerant(/\btotal\s+(?:amount\s+)?(?:paid|charged)(?![\wÀ-ž])/i);
const NET_LABELS: RegExp[] = [
  /(?:merchandise(?:\s+(?:total|subtotal))?(?=\s*[:$]|\s{2}|\s*$)|total(?:\s+[a-zäöü]+){0,2}\s*\(?\s*(?:excl\.?|exkl\.?|exclusive|excluding|without|w\/o|before|ex\.?(?=\s*(?:gst|vat|tax)\b))\s*(?:of\s+)?(?:gst|vat|tax|mwst\.?|ust\.?)\)?|sub-?\s*total|(?:total\s+)?(?:amount|value)\s+before\s+(?:tax(?:es)?|vat|gst)|(?:total\s+)?charges\s+(?:excl\.?|excluding|exclusive\s+of|before|without)\s*(?:gst|vat|tax)|nettobeitrag|nettoprämie|afgiftsgrundlag|momsgrundlag|net\s+total|total\s+net|net\s+amount|total\s+(?:excl\.?|excluding|before\s+tax|hors\s+taxes?)\s*(?:vat|tax|btw)?|total\s+ht|total(?:\s+[a-zà-ÿ]+){1,2}\s+(?:ht|hors\s+taxes?)(?=$|[\s:])|total\s+htva|htva|montant\s+ht|sous-?\s*total|summe\s+netto|nettobetrag|steuerbasis(?:betrag)?|nettosumme|nettowert|net\s+value|maatstaf\s+van\s+heffing|nettobeträge|rechnungssumme\s+ohne(?:\s+ust\.?)?|summa\s+(?:käibemaksuta|km-ta)|zwischensumme|zwischentotal|subtotaal|totaal\s+excl\.?\s*(?:btw)?|base\s+imponible|valor\s+base(?:\s+tribut[áa]vel)?|incid[êe]ncia(?=\s*:?\s*(?:[€$]\s*)?-?\d)|(?:totale\s+)?imponibile|taxable\s+(?:value|amount)|tax(?:able)?\s+base|(?:charges|goods|supplies|services|amount)\s+subject\s+to\s+(?:vat|tax)|sales?\s+amount|(?:totaal|total|gesamt|summe|summa|sum|amount|price|betrag|montant|importe|celkem|beløb|belopp|beløp|razem)\w*(?:\s+(?:eur|chf|gbp|usd|sek|dkk|nok|pln|czk|huf|ron|€|\$|£))?\s+(?:excl\.?|exkl\.?|ekskl\.?|excluding|exclusief|netto|ohne\s+(?:mwst|ust|umsatzsteuer)|hors\s+(?:tax\w*|tva)|sin\s+iva|sem\s+iva|bez\s+dph|uden\s+moms)|total\s+il[íi]quido|wartość\s+netto(?:\s+korekty)?|základ\s+(?:dan[ěe]|dph)|sum\s+eks\.?\s*mva|veroton\s+(?:hinta\s+)?yhteensä|nettó\s+összesen|(?:suma|iš\s+viso)\s+be\s+pvm|(?:kopā|summa)\s+bez\s+pvn|(?:skupaj|znesek)\s+brez\s+ddv|osnova\s+za\s+ddv|osnovica|(?:ukupno|iznos)\s+bez\s+pdv(?:-?a)?|(?:σ[υύ]νολο\s+)?καθαρ[ηή]ς\s+αξ[ιί]ας|καθαρ[ηή]\s+αξ[ιί]α|\b(?:synolo\s+)?kathar[hi]s?\s+axias?\b|total\s+f[ăa]r[ăa]\s+tva|mal\s+hizmet\s+toplam\s+tutar[ıi]|\bmatrah\b|данъчна\s+основа|samtals\s+án\s+vsk|totaal\s+premie|vlera\s+pa\s+tvsh|totali\s+pa\s+tvsh|(?<![А-яЁё])(?:(?:вкупно|износ)\s+без\s+(?:ддв|пдв)|даночна\s+основа|основица(?:\s+за\s+пдв)?|укупно\s+без\s+пдв)(?![А-яЁё])|op(?:eraci[oó]n(?:es)?)?\.?\s+gravadas?|total\s+(?:op\.?\s+)?gravad[ao]|(?<![А-яЁёІіЇїЄє])(?:разом|сума|всього)\s+без\s+пдв(?![А-яЁёІіЇїЄє])|c[ộo]ng\s+ti[ềe]n\s+h[àa]ng|zerga-?\s?oinarria|harga\s+jual)/i,
  // ("Monto neto", "Importe neto", "Valor neto": Spanish and Portuguese.)
  // (A Spanish insurance receipt's "Prima neta", the premium before its surcharges and tax.)
  /(?:\bnetto\b|\bnet\b(?!\s+[àa]\s+payer)|\bneto\b|\bprima\s+neta\b|positionssumme)/i,
].map(ocrTolerant);
// (The German "USt." is not the Polish "ust." of a law's paragraph after its article: "art. 113 ust. 1 ustawy o
// VAT" is no tax of 1, nor with the article on the line above, "ust. 1 ustawy:". Nor the Polish unit "usł."
// (a service) after an item's quantity, its "ł" read as a "t" on a scan: "1 ust.  120,00" is no tax of 120.)
// (The Argentine "IVA contenido", the VAT a Factura B's prices contain, stated under its total.)
// (The Italian "di cui imposta", "of which tax", beside a total including it, as a simplified invoice's view prints it.)
// (An insurance premium's tax on a notice exempt from VAT: the Italian "Imposte sulle assicurazioni", "Imposte di
// assicurazione", the Spanish "Impuesto sobre las primas de seguros", as the German "Versicherungsteuer".)
const TAX_LABELS: RegExp[] = [
  /(?:total\s+(?:government\s+)?taxes,?\s+(?:and\s+|&\s+)?(?:government\s+|regulatory\s+)?fees(?:,?\s+(?:and\s+|&\s+)?surcharges)?|total\s+(?:taxes|tax|vat|tva|btw|iva)|moms\s+i\s+alt|(?:gst|vat|tax)\s+included(?:\s+in\s+(?:the\s+)?(?:total|price|new\s+charges))?|(?:total\s+)?includes?\s+(?:gst|vat|tax)(?:\s+of)?|(?:tax|vat|mwst\.?|ust\.?)\s*total|vat\s+amount|tax\s+amount|(?:vat|tax)\s+value|(?:mwst|ust)\.?-?\s*betrag|steuerbetrag|gesamtbetrag\s+(?:der\s+umsatzsteuer|(?:ust|mwst)\.?(?![\w-]))|item\s+tax|artikelsteuer|versicherungs?steuer|(?:eidg\.?\s+)?stempelabgabe|taxe\s+(?:sur\s+les\s+conventions(?:\s+d['’]assurances?)?|d['’]assurances?)|assurantiebelasting|impost[ae]\s+(?:di\s+assicurazion[ei]|sui\s+premi|sulle\s+assicurazioni)|impuesto\s+sobre\s+(?:las\s+)?primas\s+de\s+seguros?|summe\s+(?:mwst|ust|umsatzsteuer)|(?:umsatzsteuer|ust\.?|mwst\.?)\s+gesamt|montant\s+(?:total\s+)?(?:de\s+la\s+)?tva|total\s+(?:de\s+la\s+)?tva|btw-?bedrag|totaal\s+btw|cuota\s+(?:de\s+)?iva|totale?\s+iva|totale\s+imposta|importe\s+iva|kwota\s+vat|(?:summa|total)\s+moms|dph\s+celkem|áfa\s+összesen|(?:alv|arvonlisävero)\s+yhteensä|käibemaks\s+kokku|pvm\s+suma|pvn\s+summa|iznos\s+pdv-?a|(?:pdv|ddv|dph|pvm|pvn|vsk)\s+(?:ukupno|skupaj|celkem|iš\s+viso|kopā|samtals)|ukupno\s+pdv(?:-?a)?|znesek\s+ddv|valor\s+do\s+iss|issqn\s+apurado|ti[ềe]n\s+thu[ếe]\s+gtgt|(?:σ[υύ]νολο|πος[οό])\s+φ\.?π\.?α\.?|\b(?:synolo|poso)\s+f\.?p\.?a\b\.?|hesaplanan\s+kdv|iva\s+contenido|di\s+cui\s+(?:imposta|iva))/i,
  /(?:\bmwst\.?|(?<!\bart\.?\s*\d+[a-z]?\s+)(?<!(?<![\d.,])\d{1,4} )\bust\.?(?!-?id|\.?\s*\d+[a-z]?\s+ustawy)|\bumsatzsteuer\b|\bmehrwertsteuer\b|\bvat\b|\btva\b|\bbtw\b|\biva\b|\bi\.\s?v\.\s?a\b\.?|\btax(?:es)?\b|\bsales\s+tax\b|\bkäibemaks\b|\bgst\b|\b(?:hst|pst|qst|tps|tvq|tvh)\b|\bmoms\b|\bdph\b|\bmva\b|\balv\b|\bpvm\b|\bpvn\b|\bddv\b|\bpdv\b|(?<![\wÀ-ž])áfa\b|\bkdv\b|\bvsk\b|\bigi\b|\bppn\b|\bbez(?=\s*\(?%\s?\d)|\btvsh\b|\bigv\b|(?<![А-яЁё])(?:ддс|ддв|пдв)(?![А-яЁё])|(?<![Ά-ώ])φ\.?π\.?α(?![Ά-ώ])|\bf\.p\.a\b\.?|\bfpa\b)/i,
].map(ocrTolerant);
/**
 * Words that make a total net or gross whatever the label ("Gesamtbetrag netto", "Totaalbedrag excl.
 * BTW", "Total TTC", "Total amount (tax included)"): a line carrying one is never the other kind of total.
 */
const NET_QUALIFIER = /\b(?:excl\.?|exkl\.?|ex\.?(?=\s*(?:gst|vat|tax)\b)|ekskl\.?|eks\.?\s+mva|veroton|excluding|without\s+(?:vat|tax)|netto|bez\s+dph|sem\s+iva|s\/\s?iva|uden\s+moms|ohne\s+(?:mwst|ust|umsatzsteuer)|hors\s+(?:tax\w*|tva)|HT|HTVA|before\s+(?:tax|vat|gst)|sans\s+tva|sin\s+iva|zonder\s+btw|be\s+pvm|bez\s+pvn|brez\s+ddv|bez\s+pdv|f[ăa]r[ăa]\s+tva)(?=$|[\s.:)])/i;
const GROSS_QUALIFIER = /\b(?:(?<=\(\s?)(?:consumption\s+)?(?:tax|vat|gst)\s+included|incl\.?|inc\.?(?=\s*(?:gst|vat|tax))|inkl\.?|einschl\.?|einschließlich|inklusive|(?:tva|taxes)\s+comprises?|including|with\s+(?:vat|tax)|inclusief|brutto|TTC|TVAC|con\s+iva|com\s+iva|s\s+dph|inkl\.?\s+moms|su\s+pvm|ar\s+pvn|z\s+ddv|s\s+pdv|(?:kdv|vergiler)\s+dahil)(?=$|[\s.:)])/i;
/**
 * What a page says when it charges no VAT at all: a small business's exemption (§ 19 UStG, "TVA non
 * applicable, art. 293 B du CGI", the Dutch KOR, Italy's regime forfettario, a Czech or Slovak trader who is
 * no VAT payer, "Nejsem plátce DPH", a Polish one exempt, "zwolniony z VAT"), an exempt service (§ 4
 * UStG, a doctor's or a school's; a US state's sales tax not due on a service, "exempt from Washington sales
 * tax"; a state that has none, "Oregon has no sales tax"; a buyer's exemption, "Farm exemption certificate on
 * file"), a Swiss trader under the turnover threshold ("Nicht MWST-pflichtig", "non assujetti à la TVA") or a service
 * Swiss and Liechtenstein law exempts (a doctor's, "von der Mehrwertsteuer ausgenommen", Art. 21 MWSTG), a place
 * that levies none ("No VAT is chargeable in Gibraltar"; not "No VAT charged on postage", one line's), or the buyer
 * accounting for it (reverse charge, "btw verlegd", a German builder's "Steuerschuldnerschaft des Leistungsempfängers", § 13b UStG).
 * OCR reads a small "§" as 5 or S ("Gemäß 5 19 UStG").
 */
const NO_VAT_CHARGED = ocrTolerant(/(?:von\s+der\s+umsatzsteuer\s+befreit|von\s+der\s+(?:mehrwertsteuer|mwst\.?)\s+(?:ausgenommen|befreit)|(?:mehrwertsteuer|mwst)[\s-]?befreit|umsatzsteuerbefreit|steuerfreie?\s+(?:leistung|umsätze)|(?:§|\b[5S](?=\s))\s*19\s*(?:abs\.?\s*1\s*)?ustg|(?:§|\b[5S](?=\s))\s*4\s*nr\.?\s*\d+\w?\s*(?:\w\)?\s*)?ustg|kleinunternehmer|umsatzsteuer\s+wird\s+(?:nicht|keine)|wird\s+keine\s+umsatzsteuer|ohne\s+ausweis\s+der\s+(?:umsatzsteuer|mwst)|tva\s+non\s+applicable|293\s*b\s+du\s+cgi|exon[ée]r[ée]e?\s+de\s+tva|autoliquidation|steuerschuldnerschaft\s+des\s+leistungsempf[äa]ngers|vat\s+exempt|exempt\s+from\s+(?:vat|gst)|(?:exempt\s+from|not\s+subject\s+to)\s+(?:[a-z]+\s+){0,2}sales\s+tax|not\s+registered\s+for\s+(?:vat|gst)|not\s+(?:vat|gst)[\s-]registered|\bno\s+sales\s+tax\b(?!\s+on\b)|\b(?:exemption|resale|tax[\s-]exempt(?:ion)?)\s+certificate\s+(?:is\s+)?on\s+file\b|\bno\s+(?:vat|gst)\s+(?:is\s+)?(?:chargeable|charged|payable)\b(?!\s+(?:on|for)\b)|\b(?:vat|gst)\s+is\s+not\s+(?:chargeable|charged|payable)\b(?!\s+(?:on|for)\b)|nicht\s+(?:mwst|mehrwertsteuer)[\s-]?pflichtig|non\s+assujetti(?:e|s)?\s+(?:[àa]\s+la\s+)?tva|reverse\s+charge|btw\s+verlegd|vrijgesteld\s+van\s+btw|kleineondernemersregeling|exento\s+de\s+iva|inversi[oó]n\s+del\s+sujeto\s+pasivo|esente\s+iva|regime\s+forfettario|(?:nejsem|není|nie\s+(?:som|sme|je))\s+(?:pl[áa]tc\w*|platite[ľl]\w*)\s+dph|nepl[áa]tce\s+dph|zwolni(?:ony|ona|one)\s+(?:(?:pod|przed)miotowo\s+)?z\s+(?:podatku\s+)?vat|operazione\s+(?:esente|non\s+imponibile))/i);

/** A payment made before the invoice and deducted from its total: a deposit, an instalment, a prepayment. */
// ("Zapłacono", "Wpłacono", "Nadpłata" (an overpayment set off), "Avgår förskott": what was paid, in Polish and Swedish.)
// (The amount an EN 16931 view says was paid before, BT-113: "Gezahlter Betrag", "Paid amount", "Montant payé". And a
// builder's retention kept back from the total until the work is accepted, "abzgl. 3 % Haftrücklass", "Retenue de
// garantie 5 %": deducted from the total the same way, what is left is the amount to pay.)
// (What a Danish or Norwegian craftsman invoiced on account before the final invoice, "Faktureret a conto", "Aconto".)
const DEDUCTION = ocrTolerant(/\b(?:(?:gezahlter|bezahlter)\s+betrag|haftr[üu]cklass|deckungsr[üu]cklass|(?:sicherheits|gew[äa]hrleistungs)einbehalt|retenue\s+de\s+garantie|retention\s+money|ritenuta\s+(?:a\s+)?garanzia|paid\s+amount|montant\s+pay[ée]|betaald\s+bedrag|importe\s+pagado|importo\s+pagato|anzahlung|abschlag(?:szahlung)?|vorauszahlung|voraus\s?bezahlte[rn]?\s+betrag|acompte|avance|(?<!\b(?:direct|bank)\s)deposit|prepayment|prepaid|already\s+paid|bereits\s+(?:gezahlt|bezahlt)|d[ée]j[àa]\s+(?:vers[ée]|r[ée]gl[ée])|zap[łl]acono|wp[łl]acono|nadp[łl]ata|avg[åa]r|(?:entregad[oa]s?|entregas|pagos?|cobrad[oa]s?)\s+a\s+cuenta|(?:uhrazen|zaplacen|uhraden|zaplaten|ode[čc]ten)\S*\s+z[áa]loh|a\s?conto\b)/i);

/** A cell heading figures taken off the total: "abzüglich", "abzgl.", "less", "moins", "à déduire", "af". */
const DEDUCTED_HEADER = /^(?:abz[üu]glich|abzgl\.?|less|moins|[àa]\s+d[ée]duire|af|minus)\s*:?$/i;

/** A unit after a figure: the figure is a quantity ("2 No", "3 pcs", "10 hrs"). */
const QUANTITY_UNIT = /^\s*(?:nos?|pcs?|pieces?|units?|items?|hrs?|hours?|kgs?|ea|sets?)\b\.?/i;
/**
 * Payment terms ("Terms: Net 30", "Net 15 days", "Netto 8 dage", "Betalingsbetingelser …"): a number of days
 * after "net", never the net amount; at the end of the line or of its cell ("Our Truck  Net 30  12/12/2025"), or of
 * its clause in a sentence ("Total due: $581.30, net 30."; not "Net 30.00").
 * So is an ERP's terms code alone in a header grid's cell, "Netto 30" under "Zahlungsbedingungen" (a net
 * amount has its cents, or its thousands after a space).
 * So is "netto" after a date, a cash-discount table's last row ("25.12.2026 | netto | 0,00 | 2.212,69": pay the whole
 * by then), whose figures are no net.
 */
const PAYMENT_TERMS = /\bterms\b|\bnet\s*\d{1,2}(?:\s*days?)?(?=\s*$|\s{2}|[.,;)](?!\d))|\bnetto\s*\d{1,3}(?=\s*$|\s{2})|\bnetto\s*\d{1,3}\s*(?:dage|dagen|dagar|tage|days|päivää|pv|dni|dní|napon|jours)\b|\b\d{1,3}\s*(?:dage|dagen|dagar|tage|days|päivää|pv|dni|dní|napon|jours)\s+netto\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s+netto\b|betalingsbetingelser|betalingsvoorwaarden|zahlungsbedingungen|betalningsvillkor|maksuehto/i;
/** What may follow a dateline's date in its cell: nothing but stops, or a separator before another part. */
const DATE_ENDS_CELL = /^[\s.,;:]*(?:$|[·•|–—-]\s)/;
const PAYMENT_TERMS_ALL = new RegExp(PAYMENT_TERMS.source, 'gi');
/** The one-character currency signs a figure may carry. */
const CURRENCY_SIGN = '[€$£¥₹₦₱₪₴₫]';
/** What may sit between a label and its amount: colon or leader dots, currency, a rate ("19%"), "in EUR". */
// A rate may be said with "at" before it, as a UK bill's summary says it: "VAT at 5%  £8.13".
// A dollar with its country's letters: "US$", "S$", "A$", "C$", "NZ$", "HK$".
// "R" alone is the rand's sign only right before a figure ("R 18 600.00"), or in a cell of its own before the figure's
// ("TOTAL | R | 3 553.50", a Word table's column of signs).
// "S/" is the Peruvian sol's sign ("Op. Gravada  S/ 7,850.00").
// "Rp" is the rupiah's before its figure ("Harga Jual  Rp 50.000.000").
const CURRENCY_MARK = String.raw`(?:[A-Z]{3}|[A-Z]{1,2}\$|S\/|${CURRENCY_SIGN}|Rs\.?|Rp\.?|RM|R(?=\s{0,2}\d))`;
/**
 * A cell that holds only a figure's currency, its sign or its code ("€", "EUR"): no figure of its own. Three
 * capitals that name no currency are a header of their own: the tax's column, "VAT" or "DPH", over its rates.
 */
const CURRENCY_SIGN_CELL = new RegExp(`^${CURRENCY_SIGN}$`);
const CURRENCY_ONLY_CELL = { test: (text: string) => CURRENCY_SIGN_CELL.test(text) || isCurrencyCode(text) };
/** A scan's "€" alone in its cell, read as the capital of its shape ("Totaal te betalen | E" over "1.094,80"). */
const euroReadAsE = (s: Segment) => s.text.trim() === 'E' && s.items.every((it) => it.confidence !== undefined);
// A bilingual page prints each label with its translation after a slash ("Do zapłaty / Amount due:",
// "USt. 19 % / VAT 19 %"): the translation, and its rate, stand between the label and its amount.
const TRANSLATION = String.raw`(?:\s*\/\s*[A-Za-zÀ-ž][A-Za-zÀ-ž .]{0,30}?(?:\s*\d{1,2}(?:[.,]\d{1,3})?\s*%)?)?`;
// A qualifier in parentheses after the label ("Gesamtbetrag (brutto) 180,87 €", one cell as OCR boxes it; a text
// layer gives the figure a cell of its own): its words must still be qualifiers (isLabelTail).
const QUALIFIER_NOTE = String.raw`(?:\s*\((?:[A-Za-zÀ-ž.]+\s?){1,3}\))?`;
// The label's currency after a comma ("Iš viso mokėti, EUR", "Kopā, EUR"), as Baltic forms print it.
const BETWEEN = String.raw`${TRANSLATION}${QUALIFIER_NOTE}\s*(?:[:=]|\.{3,}|\.|,(?=\s*${CURRENCY_MARK}))?\s*(?:\(?(?:in\s+)?${CURRENCY_MARK}\)?\s*[:=]?)?\s*(?:\(?(?:@|at\s+|au\s+taux\s+(?:de\s+)?|à\s+|zu\s+|al\s+)?\s*(?:\d{1,2}(?:[.,]\d{1,3})?\s*%|%\s?\d{1,2}(?:[.,]\d{1,3})?)\)?\s*)?${TRANSLATION}${CURRENCY_MARK}?\s*`;
/** The currency symbol of a negative amount printed after its sign ("-£120.00", "-€ 5,00"): part of the figure. */
const MINUS_SYMBOL = String.raw`(?:(?<=[-−–]\s?)${CURRENCY_SIGN}\s?)?`;
// French and Swiss thousands: "3 340,00" with a space, no-break or narrow no-break space. A negative
// amount as printed: "-8,79", "−8,79", "–8,79", the bookkeeping "8,79-" and "(8,79)".
const AMOUNT_CAPTURE = String.raw`([-−–]?\s?${MINUS_SYMBOL}\(?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?(?!\d)\)?(?:-(?![\d-]))?|[-−–]?\s?${MINUS_SYMBOL}\(?\d[\d.,']*\)?(?:-(?![\d-]))?)`;


// ---------------------------------------------------------------------------------------------------

const HAS_DIGIT = /\d/;

/**
 * A shop's total with the VAT its prices include in brackets after it: "Total £112.80 (includes £18.80 VAT)",
 * its tax word perhaps wrapped onto the next row in a narrow cell.
 */
const TOTAL_WITH_INCLUDED_TAX = /^(?:order\s+)?total\s*:?\s*(-?\D{0,3}\s?\d[\d.,' ]*\d)\s*\((?:includes?|incl\.?|including|inkl\.?|davon|dont)\s+(\D{0,3}\s?\d[\d.,' ]*\d)\s+([^)]*)\)?$/i;

/** The total and the VAT it includes, from a row of TOTAL_WITH_INCLUDED_TAX. */
function totalWithIncludedTax(lines: readonly Line[]): { total: number; tax: number } | null {
  for (const [i, l] of lines.entries()) {
    const next = lines[i + 1];
    const text = l.text.trim();
    const wrapped = !text.endsWith(')') && next && next.page === l.page && next.y - l.y2 < l.height ? `${text} ${next.text.trim()}` : text;
    const m = wrapped.match(TOTAL_WITH_INCLUDED_TAX);
    if (!m || !TAX_LABELS[1].test(m[3])) continue;
    const [total, tax] = [parseAmount(m[1].replace(/^\D+/, '')), parseAmount(m[2].replace(/^\D+/, ''))];
    if (total !== null && tax !== null && tax < total) return { total, tax };
  }
  return null;
}

/**
 * A date, or a period that opens with one ("01.11.2025-31.10.2026", or its first date and dash, the rest wrapped
 * onto the row under it): no document's number. A header grid's "Leistungszeitraum" or "Abrechnungszeitraum"
 * beside "Rechnungsnummer", its cells run together on a scan, gave its period as the number.
 */
function isDateLike(s: string): boolean {
  // (Not with a day or month no calendar has: "47/11/2025", the 47th invoice of November as Polish software
  // numbers them.)
  const [, a, b] = /^(\d{1,2})[./](\d{1,2})[./]/.exec(s) ?? [];
  if (a && (Number(a) > 31 || Number(b) > 31 || (Number(a) > 12 && Number(b) > 12))) return false;
  return DATE_OR_PERIOD.test(s);
}
const DATE_OR_PERIOD = /^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})(?:\s*[-–]\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})?)?$/;

/**
 * A label followed by an amount, compiled once per label: compiling it for every line and label was the
 * Western parser's largest cost (~0.1 s of CPU over the 50 files of bench/extract/files.mjs).
 */
const labelAmount = remembered((label: RegExp) => withCaseClasses(new RegExp(`(${label.source})${BETWEEN}${AMOUNT_CAPTURE}`, 'gi')));
/** The same, sticky: whether and how it matches at one place. */
const labelAmountAt = remembered((label: RegExp) => withCaseClasses(new RegExp(`(${label.source})${BETWEEN}${AMOUNT_CAPTURE}`, 'iy')));
/** What may follow a label up to its amount, and the amount, at one place (`labelAmount` without its label). */
const AFTER_LABEL = onFirstUse(() => withCaseClasses(new RegExp(`${BETWEEN}${AMOUNT_CAPTURE}`, 'iy')));

/** A match of `labelAmount`: where it starts, all of it, its label and its amount. */
type LabelAmount = { index: number; text: string; label: string; amount: string };

/**
 * Every match of `labelAmount(asRead(label))` in `text`, in order, as its global search finds them. The
 * large label alternations (the gross, the net, the taxes) compiled a second time inside it, 100-300 KB
 * of code each: for a label pattern (`labelMatchFrom`) the label's own form finds the next place it
 * matches, and the label's end places the search of what follows it. Where nothing fit there, another way
 * the label matches at that place may end elsewhere: the whole pattern, sticky, decides at that place
 * alone (compiled only then).
 */
function labelAmounts(label: RegExp, text: string): LabelAmount[] {
  const found: LabelAmount[] = [];
  const form = asRead(label);
  if (!searchedFrom(label)) {
    for (const m of matchesOf(labelAmount(form), text)) found.push({ index: m.index, text: m[0], label: m[1], amount: m[m.length - 1] });
    return found;
  }
  const after = AFTER_LABEL();
  for (let from = 0; from <= text.length;) {
    const l = labelMatchFrom(label, text, from) ?? null;
    if (!l) break;
    const end = l.index + l[0].length;
    after.lastIndex = end;
    const a = after.exec(text);
    if (a) {
      found.push({ index: l.index, text: text.slice(l.index, end + a[0].length), label: l[0], amount: a[1] });
      from = end + a[0].length;
      continue;
    }
    const at = labelAmountAt(form);
    at.lastIndex = l.index;
    const m = at.exec(text);
    if (m) {
      found.push({ index: m.index, text: m[0], label: m[1], amount: m[m.length - 1] });
      from = at.lastIndex;
    } else from = l.index + 1;
  }
  after.lastIndex = 0;
  return found;
}

/** A Swiss company id (UID), "CHE-114.552.880", as it follows a label. */
const SWISS_UID = /^[\s:.]*CHE[-\s]?\d{3}\.\d{3}\.\d{3}/;

/**
 * A rate's base named after it ("Waarvan btw 21% over € 47,73  € 10,02", "IVA  21% s/ 55,14 €  11,58 €", "VAT 20%
 * on £94.83  £18.97"): the amount the rate is taken of, not the one it gives.
 */
const RATE_BASE = /(?<=\d\s?%\)?)\s+(?:on|sur|auf|op|over|s\/|sobre|su)\s+(?:[A-Z]{3}\s?|[€$£]\s?)?\d[\d.,'\u00a0 ]*\d(?:\s?(?:[A-Z]{3}(?![A-Za-z])|[€$£]))?/gi;

/** The amount right after a label in `text`, or null. */
function amountAfter(line: string, label: RegExp, decimal?: '.' | ','): { value: number; index: number } | null {
  // Most lines carry no label or no figure at all; a digit, then the label alone, are much cheaper tests
  // than label + amount (an amount has a digit even as OCR reads it: ocrDigits mends O beside a digit).
  if (!HAS_DIGIT.test(line) || !label.test(line)) return null;
  // "Total 1.21O,00": without this the amount would end at the O ("1.21"). A rate's base is blanked, its
  // place kept for the indexes found.
  const text = ocrDigits(line).replace(RATE_BASE, (base) => ' '.repeat(base.length));
  let found: { value: number; index: number } | null = null;
  for (const m of labelAmounts(label, text)) {
    const raw = m.amount.trim().replace(/[.,]$/, '');
    if (isDateLike(raw) || /^\d{5,}$/.test(raw) && !/[.,]/.test(raw)) continue;
    // A whole number run on with a comma into words is an address's number, the cell beside the label another
    // column's ("Cota TVA: 21%" beside "102, Oradea, jud. Bihor"): no amount.
    if (/^\d+,$/.test(m.amount.trim()) && /^\s*\p{L}/u.test(text.slice(m.index + m.text.length))) continue;
    // A Swiss company's VAT number after a VAT label ("VAT: CHE-114.552.880 MWST"): its "CHE" reads as a
    // currency code and its digits as a negative amount.
    if (SWISS_UID.test(m.text.slice(m.label.length))) continue;
    // A quantity with its unit ("Total  2 No  ₹ 1,45,678.08", "Total 3 items"): the amount is the
    // figure after it, if the line has one.
    const after = text.slice(m.index + m.text.length);
    if (QUANTITY_UNIT.test(after)) {
      const money = after.match(/\d{1,3}(?:,\d{2,3})*\.\d{2}(?!\d)|\d{1,3}(?:\.\d{3})*,\d{2}(?!\d)/);
      const value = money ? parseAmount(money[0], decimal) : null;
      if (value !== null) found = { value, index: m.index };
      continue;
    }
    // A zero run straight into small letters is a word whose O OCR read as a digit ("BTW 21% 0ver" for
    // "over", "0n" for "on"), no amount; a currency's word after a figure ("0zł", "0kr") is one.
    if (raw === '0' && /^\p{Ll}/u.test(after) && !/^(?:zł?|zl|kr|kn|lei)(?!\p{L})/u.test(after)) continue;
    // The pattern is case-blind for the labels' sake; what it let between label and amount must still be
    // a currency code in capitals, a symbol or a rate ("Total qty 5" is no total).
    if (!isLabelTail(m.text.slice(m.label.length, m.text.length - m.amount.length))) continue;
    // "VAT 15 %" with nothing after it: a rate is never the tax amount.
    if (/^\s*%/.test(text.slice(m.index + m.text.length))) continue;
    // A rate whose "%" wrapped to the next line of a narrow cell ("zzgl. Umsatzsteuer 19" over "%"), the
    // amount in the next cell: the amount, not the rate.
    const rated = /^\d{1,2}$/.test(raw) && VAT_RATES.has(Number(raw)) ? after.match(/^\s+(?:[A-Z]{3}\s*|[€$£]\s?)?(-?\d{1,3}(?:[.,' \u00a0]\d{3})*[.,]\d{2})(?!\d)/) : null;
    if (rated) {
      const v = parseAmount(rated[1], decimal);
      if (v !== null) found = { value: v, index: m.index };
      continue;
    }
    const value = parseAmount(raw, decimal);
    if (value !== null) found = { value, index: m.index };
  }
  return found;
}

/** `test` remembered per line: a line's text does not change while a page is parsed. */
function oncePerLine(test: (l: Line) => boolean): (l: Line) => boolean {
  const seen = new Map<Line, boolean>();
  return (l) => {
    let v = seen.get(l);
    if (v === undefined) seen.set(l, (v = test(l)));
    return v;
  };
}

/**
 * Finds a money field: for each label group in priority order, the last line whose label is followed
 * by an amount; a label alone on its line takes the amount right of it on an adjacent line.
 */
/**
 * Whether a line names another currency than the document's by its code ("EUR" on a USD invoice), or by
 * codes beside its figures or labels none of which is the document's ("Total MXN (informativo)  219,955.01" on
 * a USD invoice). A symbol alone does not say it: "$" is the Canadian or the Australian dollar as well.
 */
function inOtherCurrency(text: string, currency: string | null): boolean {
  const code = currency ? detectCurrency(text) : null;
  if (code && code !== currency && new RegExp(`\\b${code}\\b`).test(text)) return true;
  const beside = currency ? [...text.matchAll(CODE_BY_FIGURE)].map((m) => m[1] ?? m[2]).filter(isCurrencyCode) : [];
  if (beside.length > 0 && !beside.includes(currency!)) return true;
  // A sign that names one currency beside a figure, none of them the document's: the lei equivalent of a EUR
  // invoice's VAT ("TVA 21%  6.201,08 lei" under "Echivalent în lei la cursul BNR").
  const signs = currency ? signsBesideFigures(text) : [];
  return signs.length > 0 && !signs.includes(currency!);
}
/**
 * A code before a figure (a note in brackets between them) or after one. Not before a rate: a tax's name read in
 * capitals without its mark may be a withdrawn code ("AFA 27%", the Hungarian "ÁFA" as a scan reads it, is the
 * old afghani's), and a rate is no amount.
 */
const CODE_BY_FIGURE = /\b([A-Z]{3})\b(?=\s*(?:\([^)]{1,20}\)\s*)?-?\d(?![\d.,]*\s?%))|(?<=\d\s?)([A-Z]{3})\b/g;

function moneyField(lines: readonly Line[], labels: RegExp[], currency: string | null, exclude?: (l: Line) => boolean, rowEnd = false): number | null {
  const { value, foreign } = moneyReading(lines, labels, currency, exclude, rowEnd);
  return value ?? foreign;
}

/**
 * moneyField's reading: the value in the document's currency, and apart the one in another currency, the last
 * resort: a lesser label's figure in the document's own comes first ("VAT amount in EUR: €163.53" in a note
 * under "Tax ** (VAT 19%)  $189.69").
 */
function moneyReading(lines: readonly Line[], labels: RegExp[], currency: string | null, exclude?: (l: Line) => boolean, rowEnd = false): { value: number | null; foreign: number | null } {
  // Which lines are left out does not depend on the label: asked once per line, not once per label group.
  const excluded = exclude ? lines.map(exclude) : null;
  let fallback: number | null = null;
  for (const label of labels) {
    let value: number | null = null;
    // A figure in another currency than the document's (the VAT box of a USD invoice stating its amounts
    // in EUR, "Net amount in EUR  EUR 3,873.82") counts only when the label shows none in its own.
    let foreign: number | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      // Most lines hold no label of the group: one test of the line's text, before its cells are asked.
      const lm = excluded?.[i] ? null : line.text.match(label);
      if (!lm) continue;
      const read = amountAfter(line.text, label)?.value ?? valueCellRight(line, label);
      const found = read !== null ? pastQuantityColumn(lines, i, read) ?? differenceColumn(lines, i, read) ?? read : null;
      const first = found !== null ? wrappedFigure(lines, i, found) : null;
      const hit = first !== null && rowEnd ? signOverFigure(lines, i) ?? lastOfRow(line, label) ?? first : first;
      if (hit !== null) {
        if (inOtherCurrency(line.text, currency)) foreign = hit;
        else value = hit;
        continue;
      }
      if (/\d/.test(line.text.slice(lm.index! + lm[0].length))) continue;
      const seg = line.segments.find((s) => label.test(s.text));
      if (!seg) continue;
      // The value of a label set a little above or below its figure; not the figure of a neighbouring
      // line that has its own label in the same column (the tax above a total whose figure a scan lost).
      // Nor one whose figure has a label of its own before it, in another column ("Total TVA en devise de
      // comptabilisation" at the left over "Total TTC (BT-112)  14" at the right).
      const ownLabel = (s: Segment) => /\p{L}{2}/u.test(s.text) && !MONEY_CELL.test(s.text) && !CURRENCY_ONLY_CELL.test(s.text.trim());
      const labelled = (l: Line) => l.segments.some((s) => ownLabel(s) && ((s.x < seg.x2 && s.x2 > seg.x) || s.x >= seg.x2));
      const near = [lines[i - 1], lines[i + 1]].filter((l) => l && l.page === line.page && Math.abs(l.y - line.y) < line.height * 1.5 && !labelled(l));
      let best: { v: number; d: number } | null = null;
      for (const l of near) {
        // (Not a figure under another header of the label's line: "Base imponible | Tipo Cuota IVA" over a
        // breakdown row's "4.534,28 € 10 % | 453,43 €" gives no net of 453,43.)
        // (The figure's currency printed on the label's line, "Totaal  €" over "2.813,25", is no other header.)
        const underOther = (c: Segment) => line.segments.some((h) => h !== seg && h.x < c.x2 && h.x2 > c.x && !CURRENCY_ONLY_CELL.test(h.text.trim()) && !euroReadAsE(h));
        const cells = l.segments.filter((s) => (s.x > seg.x2 || (l.y > line.y && boxReachesBack(s, seg, line, lines[i + 2]))) && !underOther(s));
        // (A rate is no amount: a wrapped item header's "Cena | netto" over an item row's rate cell, "23%", at its
        // right, gives no net of 23.)
        const text = cells.map((s) => s.text).join(' ').replace(RATES, ' ');
        const amount = parseAmount(text.match(/-?\d[\d.,']*/)?.[0]);
        if (amount === null) continue;
        const code = detectCurrency(text);
        const d = Math.abs(l.y - line.y) - (currency && code === currency ? 100 : 0) + (l.y < line.y ? 0 : 0.01);
        if (!best || d < best.d) best = { v: amount, d };
      }
      // A label over a note of its own in parentheses, its figure under both ("Total de plată" / "(col. 5 +
      // col. 6)" / "1.742,40", as Romanian forms print it).
      const note = lines[i + 1];
      const under = lines[i + 2];
      const noted = !best && note && under && note.page === line.page && under.page === line.page && note.y - line.y < line.height * 1.5 && under.y - note.y < line.height * 1.5
        && note.segments.some((s) => s.x < seg.x2 && s.x2 > seg.x && /^\(.*\)$/.test(s.text.trim()));
      const figure = noted ? under.segments.find((s) => s.x < seg.x2 && s.x2 > seg.x && MONEY_CELL.test(s.text.trim())) : undefined;
      if (best && inOtherCurrency(line.text, currency)) foreign = best.v;
      else if (best) value = best.v;
      else if (figure) value = parseAmount(figure.text) ?? value;
      else if (wholeLabel(seg, label)) value = figureUnder(lines, i, seg) ?? value;
    }
    if (value !== null) return { value, foreign: null };
    fallback ??= foreign;
  }
  return { value: null, foreign: fallback };
}

/**
 * A figure right of its label on the row above or below, whose OCR box starts a little before the label's
 * ends: a box stands wider than its print, and a one-row totals grid sets each figure close after its header
 * ("Imponibile" over "3.550,00", "Totale documento" over "€4.331,00", boxed from 1 to 2 mm inside the header's
 * end). Its centre right of the label's end, its start less than the label's height before it, on the one row
 * of figures under a row of three headers or more; OCR'd cells only. (Not a figure of the row above a label:
 * "Total" over "1.440,00 | 302,40" over "Total de plată", the figure the other total's; nor the first row of a
 * table of rows, "IGST Amount" over "14,180.00" over "225.00", whose total is its last row's; nor an item's.)
 */
function boxReachesBack(cell: Segment, label: Segment, headers: Line, after: Line | undefined): boolean {
  const ocr = (c: Segment) => c.items.length > 0 && c.items.every((it) => it.confidence !== undefined);
  const nextRow = after && after.page === headers.page && after.y - cell.y < 2 * cell.height && after.segments.some((n) => n.x < cell.x2 && n.x2 > cell.x && /\d/.test(n.text));
  // (Not an item table's header: "Line Description | Qty Price | Net | VAT" over a sole item's row.)
  const items = headers.segments.some((h) => ITEM_HEADERS.some(([key, re]) => (key === 'description' || key === 'quantity' || key === 'unitPrice') && re.test(h.text.trim())));
  return headers.segments.length >= 3 && !nextRow && !items && ocr(cell) && ocr(label) && cell.x > label.x2 - label.height && (cell.x + cell.x2) / 2 > label.x2;
}

/**
 * A totals row of an item table ("Total taxable value | 51 | 37,845.00" under "Description | HSN | Qty | Rate |
 * Taxable value"): a figure in a cell under the items' quantity header is the quantities' sum, no amount; the
 * amount is the row's last cell, a figure with cents right of it. Null when the row is no such row.
 */
function pastQuantityColumn(lines: readonly Line[], i: number, value: number): number | null {
  const line = lines[i];
  const last = line.segments.at(-1)!;
  const cell = line.segments.find((s) => s !== last && parseAmount(s.text.trim()) === value && /^\d+$/.test(s.text.trim()));
  if (!cell || !MONEY_CELL.test(last.text.trim()) || !/\d[.,]\d{2}\s*\S*$/.test(last.text.trim())) return null;
  // (The items' header with a quantity column.)
  const qty = itemHeaderAbove(lines, i)?.cols.find((c) => c.key === 'quantity');
  if (!qty || !(cell.x < qty.x2 && cell.x2 > qty.x) || last.x <= qty.x2) return null;
  return parseAmount(last.text);
}

/** A header naming a column of differences: a correction's "bisher | neu | Differenz". */
const DIFFERENCE_HEADER = /(?:^|\s)(?:differenz|difference|différence|diferencia|verschil|differenza)\s*$/i;

/**
 * A correction's totals row that prints the figure as invoiced before, the corrected one and their difference
 * ("Nettowert  1.172,00  949,60  -222,40" under "bisher | neu | Differenz"): the correction's own figure is the
 * difference, the last of the three, when it is the second less the first and a header over it names it.
 * Null when the row is no such row (`value`, the first figure read, not its first of three).
 */
function differenceColumn(lines: readonly Line[], i: number, value: number): number | null {
  const line = lines[i];
  const figures = line.segments.flatMap(figureCells).filter((c) => MONEY_CELL.test(c.text.trim()) && /[.,]\d{2}\s*$/.test(c.text.trim()));
  if (figures.length < 3) return null;
  const [a, b, c] = figures.slice(-3).map((f) => parseAmount(f.text.trim()));
  if (a === null || b === null || c === null || a !== value || c === 0 || Math.abs(b - a - c) > 0.005) return null;
  const last = figures.at(-1)!;
  for (let h = i - 1; h >= 0 && lines[h].page === line.page && line.y - lines[h].y < 60; h--) {
    const over = lines[h].segments.find((s) => s.x < last.x2 && s.x2 > last.x);
    if (over && DIFFERENCE_HEADER.test(over.text.trim())) return c;
  }
  return null;
}

/** The items' header over line `i`: the nearest line above it on its page that itemColumns reads, with its columns. */
function itemHeaderAbove(lines: readonly Line[], i: number): { line: Line; cols: Column<ItemCol>[] } | null {
  for (let h = i - 1; h >= 0 && lines[h].page === lines[i].page; h--) {
    const cols = itemColumns(lines[h]);
    if (cols) return { line: lines[h], cols };
  }
  return null;
}

/**
 * A label over its figure in a column of totals of its own (a side column: "Total Ilíquido" over "3.570,00 €",
 * then "Descontos" over "0,00 €"): the first cell under the label in its column, stepping over a note in
 * parentheses ("Sales Tax" / "(8.875%)" / "$110.05"), when it is a figure and the next cell of the column
 * under it is none (an item table's header has a column of figures under it).
 */
function figureUnder(lines: readonly Line[], i: number, label: Segment): number | null {
  const slack = 2 * lines[i].height;
  // (A currency sign wrapped under its figure, "950,00" over "€", is part of that figure's cell.)
  const inColumn = (l: Line) => l.segments.find((s) => s.x < label.x2 + slack && s.x2 > label.x && !/^\(.*\)$/.test(s.text.trim()) && !CURRENCY_ONLY_CELL.test(s.text.trim()));
  // (The next cell is looked for further down: an item table's rows may stand far apart.)
  const below = (from: number, rows: number) => {
    for (let j = from + 1; j < lines.length && lines[j].page === lines[from].page && lines[j].y - lines[from].y < rows * lines[from].height; j++) {
      const cell = inColumn(lines[j]);
      if (cell) return { cell, j };
    }
    return null;
  };
  const first = below(i, 3);
  if (!first || !MONEY_CELL.test(first.cell.text.trim())) return null;
  const next = below(first.j, 6);
  // (A figure under a label of its own is another field's, not the next row of a column of figures: a form's grid
  // of labels over values, as a DANFSe's "Valor Líquido da NFS-e" over its figure, then "Municipais" over its own.)
  const labelled = !!next && lines.slice(first.j + 1, next.j).some((l) => l.segments.some((s) => /\p{L}{2}/u.test(s.text) && !MONEY_CELL.test(s.text.trim()) && s.x < next.cell.x2 && s.x2 > next.cell.x));
  return next && MONEY_CELL.test(next.cell.text.trim()) && !labelled ? null : parseAmount(first.cell.text);
}

/**
 * A figure whose cell wrapped at its thousands separator ("1" or "-1" over "255,00" in a narrow cell): the whole
 * figure, when the line ends in the figure's first digits and the next line has the rest right under them,
 * right-aligned with them. Else the figure as read.
 */
function wrappedFigure(lines: readonly Line[], i: number, value: number): number {
  const last = lines[i].segments[lines[i].segments.length - 1];
  // (Its currency's sign may stand before the first digits: "R 5" over "768.00".)
  const head = last?.text.trim().replace(LEADING_MARK, '');
  const rest = last && head && Number(head) === value ? wrappedRest(lines, i, { ...last, text: head }) : null;
  return rest ? parseAmount(`${head} ${rest.text.trim()}`) ?? value : value;
}
const LEADING_MARK = new RegExp(`^${CURRENCY_MARK}\\s?`);

const RATE = /\b(\d{1,2}(?:[.,]\d{1,3})?)\s*%/;
/**
 * A rate written with its sign first, as Turkish prints it ("Hesaplanan KDV(%1)", "KDV %20"): after a bracket or a
 * space, never a figure's end ("15%20" is no rate).
 */
const SIGN_FIRST_RATE = /(?:^|[\s(])%\s?(\d{1,2}(?:[.,]\d{1,3})?)(?![\d.,]*\d)/;
const RATES = new RegExp(RATE.source, 'g');

/**
 * A totals row ending in a currency sign alone, its figure wrapped under it in a narrow cell ("Grand Total |
 * 12,000 | ₹" over "Nos | 53,690.00"): that figure is the row's last cell, the one before it a quantity.
 */
const SIGN_CELL = new RegExp(`^${CURRENCY_MARK}$`);
function signOverFigure(lines: readonly Line[], i: number): number | null {
  const line = lines[i];
  const last = line.segments[line.segments.length - 1];
  const next = lines[i + 1];
  if (!last || !next || next.page !== line.page || next.y - line.y2 > line.height || !SIGN_CELL.test(last.text.trim())) return null;
  const under = next.segments.find((s) => Math.abs(s.x2 - last.x2) < 3 && MONEY_CELL.test(s.text.trim()) && /\d[.,]\d{2}$/.test(s.text.trim()));
  return under ? parseAmount(under.text) : null;
}

/**
 * A net or tax printed once per VAT rate in the totals block ("Netto 7 % 450,00 €" / "Netto 19 %
 * 250,00 €", "USt. 7 % 31,50 €" / "USt. 19 % 47,50 €"): their sum, or null when the page has no such
 * lines for two rates or more. Each line names its rate once, and the lines follow each other.
 */
function sumPerRate(lines: readonly Line[], labels: readonly RegExp[], exclude: (l: Line) => boolean, named = false): number | null {
  const found: Array<{ rate: string; value: number; line: Line }> = [];
  for (const line of lines) {
    // (The rate may stand after its sign: a Turkish e-invoice's "Hesaplanan KDV(%1)" over "Hesaplanan KDV(%20)".)
    const rate = (line.text.match(RATE) ?? line.text.match(SIGN_FIRST_RATE))?.[1].replace(',', '.');
    if (!rate || exclude(line)) continue;
    // (Or the label's next cell, a note in brackets between: "Subtotaal 0% (internationaal vervoer) | 2.062,75".)
    // (A tax line's next cell may be a registration number instead: "GST/HST 5% | 123456789 RT0001".)
    const first = labels.map((label) => amountAfter(line.text, label)?.value ?? (named ? null : valueCellRight(line, label))).find((v) => v != null) ?? undefined;
    // A tax line of a breakdown prints the base first ("ALV 14 % | 1 440,00 | 201,60 | 1 641,60"): its tax is the figure beside it.
    const value = first !== undefined ? (named ? taxBesideBase(line, first) : first) : named ? namedRateCell(line, labels) : undefined;
    if (value === undefined) continue;
    const last = found[found.length - 1];
    if (last && (last.line.page !== line.page || line.y - last.line.y > 3 * line.height)) found.length = 0;
    found.push({ rate, value, line });
  }
  const rates = new Set(found.map((f) => f.rate));
  if (found.length < 2 || rates.size !== found.length) return null;
  return Math.round(found.reduce((sum, f) => sum + f.value * 100, 0)) / 100;
}

/**
 * A breakdown's row read by its tax word and rate, the base before the tax ("PDV 25% | 310,00 | 77,50"):
 * the figure that is the rate of the one after the label, else that one.
 */
function taxBesideBase(line: Line, first: number): number {
  const rate = Number(line.text.match(RATE)?.[1].replace(',', '.'));
  const cells = line.segments.filter((s) => MONEY_CELL.test(s.text.trim())).map((s) => parseAmount(s.text));
  const next = cells[cells.indexOf(first) + 1];
  return rate && cells.includes(first) && next != null && Math.abs((first * rate) / 100 - next) < 0.011 ? next : first;
}

/**
 * A tax line that names what the tax is for between the tax word and the rate ("Local Sales Tax – City of
 * Austin (2.00%)  91.60", as US invoices print state, county and city taxes): the amount of its second
 * and last cell, the first holding the tax word and the rate.
 */
function namedRateCell(line: Line, labels: readonly RegExp[]): number | undefined {
  const [label, value] = line.segments;
  if (line.segments.length !== 2 || !RATE.test(label.text) || !labels.some((re) => re.test(label.text)) || !MONEY_CELL.test(value.text.trim())) return undefined;
  return parseAmount(value.text) ?? undefined;
}

/**
 * The last of the money cells right of a totals label, when there are several and it is the largest:
 * the totals row of an item table ("TOTAL:  ₹60.86  ₹399.00" under "Tax Amount | Total Amount") carries
 * the gross in its last column. Null when the row has one figure.
 */
function lastOfRow(line: Line, label: RegExp): number | null {
  const at = line.segments.findIndex((s) => label.test(s.text));
  if (at < 0) return null;
  const texts = line.segments.slice(at + 1).flatMap((s) => sharedFigures(s.text) ?? [s.text]);
  const cells = texts.filter((t) => MONEY_CELL.test(t.trim())).map((t) => parseAmount(t));
  if (cells.length < 2 || cells.some((c) => c === null)) return null;
  const last = cells[cells.length - 1]!;
  return cells.every((c) => c! <= last) ? last : null;
}

/** Qualifiers that may follow a totals label in its own cell: "Totaalbedrag incl. BTW:", "Total (EUR)". */
const TRANSLATED = onFirstUse(() => /^\s*\/\s*\p{L}[\p{L}.]*(?:\s\p{L}[\p{L}.]*){0,3}/u);
const QUALIFIER_WORD = /^(?:incl|inkl|excl|exkl|including|excluding|inclusive|exclusive|included|excluded|inclus[ao]|esclus[ao]|inclusief|exclusief|einschl|einschließlich|inklusive|umsatzsteuer|comprise|with|without|brutto|netto|ttc|ht|btw|vat|mwst|ust|tva|iva|moms|mva|alv|dph|áfa|gst|taxes|tax|in|rs|rm|@|amount|value|charges|at|ohne|sans|sin|zonder|betrag|montant|bedrag|for|payment)$/i;

const SPACED_SIGN = new RegExp(`(${CURRENCY_SIGN})`, 'g');
// (And the rand's "R", the label's tail ending right before the figure: "TOTAL | R | 3 553.50".)
const SIGN_WORD = new RegExp(`^(?:${CURRENCY_SIGN}|S\\/|R)$`);

const RATE_WORDS = /(?<![\p{L}])(?:au\s+taux\s+(?:de\s+)?|à\s+|zu\s+|al\s+)(?=\d{1,2}(?:[.,]\d{1,3})?%)/giu;
function isLabelTail(text: string): boolean {
  // A label's translation after a slash ("Do zapłaty / Amount due:") is part of the label.
  // (A dollar's letters are its sign's: "= R$ 4.850,00", "US$".)
  // (The words that give the rate, "au taux de 20 %", "zu 19 %", "al 21 %", count only before it.)
  // (An EN 16931 view's tax category code before the rate, "Steuerbetrag (S, 19 %)", "USt S 19 %", qualifies the label as the rate does.)
  // (A comma parts the label from its currency or rate, as Baltic and Balkan forms print them: "Kopā, EUR", "Total
  // payable, EUR", "VAT 21%, EUR"; between digits it is a rate's decimal comma, "ALV 25,5 %".)
  return (text.includes('/') ? text.replace(TRANSLATED(), ' ') : text).replace(TAX_CATEGORY_BEFORE_RATE, '(').replace(TAX_CATEGORY_CODE_BEFORE_RATE, ' ').replace(/(\d)\s+%/g, '$1%').replace(RATE_WORDS, ' ').replace(/\b[A-Z]{1,2}(?=\$)/g, '').replace(SPACED_SIGN, ' $1 ').split(/[\s:()=-]+|(?<!\d),|,(?!\d)|(?<!\d)\.|\.(?!\d)/).filter(Boolean)
    .every((w) => QUALIFIER_WORD.test(w) || /^[A-Z]{3}$/.test(w) || SIGN_WORD.test(w) || /^\d{1,2}(?:[.,]\d+)?%$|^%\d{1,2}(?:[.,]\d+)?$/.test(w));
}
/** An EN 16931 tax category code (UNTDID 5305: S, Z, E, AE, K, G, O, L, M) before a rate in brackets: "(S, 19 %)". */
const TAX_CATEGORY_BEFORE_RATE = /\(\s*(?:S|Z|E|AE|K|G|O|L|M)\s*[,;]\s*(?=\d{1,2}(?:[.,]\d+)?\s*%)/g;
/** The same code without brackets, a Peppol view's "USt S 19 %". */
const TAX_CATEGORY_CODE_BEFORE_RATE = /(?<=\s)(?:S|Z|E|AE|K|G|O|L|M)\s+(?=\d{1,2}(?:[.,]\d+)?\s*%)/g;
const MONEY_CELL = new RegExp(String.raw`^${CURRENCY_MARK}?\s*[-−–]?\s?(?:${CURRENCY_SIGN}\s?)?\(?\d[\d.,'\s\u00a0\u202f]*\)?-?\s*${CURRENCY_MARK}?$`);

/**
 * Totals labels wrapped in their narrow cell, the word that qualifies them on the row under them ("Gesamtbetrag"
 * over "netto", "Summe" over "Umsatzsteuer", beside "9.394,62 EUR"), or the label's own last word ("Do" over
 * "zapłaty:" beside "13 284,00 EUR"): the label's cell with that word, the row under it without.
 * ("Gesamtbetrag" alone is a gross label.)
 */
function withWrappedLabels(lines: readonly Line[]): Line[] {
  const out = lines.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i];
    const k = line.segments.findIndex((s, n) => /\p{L}{2}/u.test(s.text) && !HAS_DIGIT.test(s.text) && MONEY_CELL.test(line.segments[n + 1]?.text.trim() ?? ''));
    const under = k >= 0 ? cellUnder(out, i, line.segments[k]) : null;
    // (Not the next label of the block, with a figure of its own: "Total HT" over "Total TVA  1 900,17 €",
    // "Subtotal" over "VAT  19 %  47.50".)
    const own = under && out[under.j].segments.some((s) => s.x >= under.seg.x2 && HAS_DIGIT.test(s.text));
    const rest = under?.j === i + 1 && !own ? under.seg.text.trim() : '';
    if (!rest || HAS_DIGIT.test(rest) || rest.split(/\s+/).length > 2) continue;
    const head = line.segments[k];
    const isTotalsLabel = (seg: Segment) => [GROSS_LABELS, NET_LABELS, TAX_LABELS].some((group) => group.some((re) => wholeLabel(seg, re)));
    const completes = !isTotalsLabel(head) && isTotalsLabel({ ...head, text: `${head.text} ${rest}` });
    if (!(NET_QUALIFIER.test(rest) || GROSS_QUALIFIER.test(rest) || TAX_LABELS[1].test(rest) || completes)) continue;
    const joined = line.segments.map((s, n) => (n === k ? { ...s, text: `${s.text} ${rest}` } : s));
    out[i] = { ...line, segments: joined, text: joined.map((s) => s.text).join('  ') };
    const left = out[i + 1].segments.filter((s) => s !== under!.seg);
    out[i + 1] = { ...out[i + 1], segments: left, text: left.map((s) => s.text).join('  ') };
  }
  return out.filter((l) => l.segments.length);
}

/**
 * A totals grid's row of headers wrapped in their narrow cells, over its row of figures ("Totale | Totale | Totale" over
 * "imponibile | IVA | documento" over "1.940,00 | 426,80 | 2.366,80"): the headers' line with each cell's second row,
 * so each header reads whole over its figure. Three cells of words or more on each row, every cell of the second
 * under one of the first, and the line under them one of figures.
 */
function withWrappedHeaderRow(lines: readonly Line[]): Line[] {
  const out = lines.slice();
  const words = (l: Line) => l.segments.length >= 3 && l.segments.every((s) => /\p{L}{2}/u.test(s.text) && !HAS_DIGIT.test(s.text));
  for (let i = 0; i + 2 < out.length; i++) {
    const [head, rest, figures] = [out[i], out[i + 1], out[i + 2]];
    if (rest.page !== head.page || figures.page !== head.page || rest.y - head.y2 > head.height / 2 || !words(head) || !words(rest)) continue;
    const over = rest.segments.map((r) => head.segments.findIndex((h) => Math.abs(h.x - r.x) < 2));
    if (over.some((k) => k < 0) || !figures.segments.every((s) => MONEY_CELL.test(s.text.trim())) || figures.segments.length < 3) continue;
    const joined = head.segments.map((h, k) => { const r = rest.segments[over.indexOf(k)]; return r ? { ...h, text: `${h.text} ${r.text}`, x2: Math.max(h.x2, r.x2) } : h; });
    out[i] = { ...head, segments: joined, text: joined.map((s) => s.text).join('  ') };
    out.splice(i + 1, 1);
  }
  return out;
}

/** The cell holds the label alone, with its qualifiers ("Total IVA (23%)"): no row of headers read as one cell. */
function wholeLabel(seg: Segment, label: RegExp): boolean {
  const m = seg.text.match(label);
  return !!m && m.index === 0 && isLabelTail(seg.text.slice(m[0].length));
}

/** A cell of words in a script other than the Latin one, no figure: a label's translation (Arabic, Hebrew). */
const TRANSLATION_CELL = onFirstUse(() => /^(?=.*\p{L})[^\p{Script=Latin}\d]+$/u);
/** What a totals label may name as its sum after it: "de la situation", "de la facture", "of this invoice". */
const SUM_OF = /\s+(?:de\s+la|du|de\s+cette|of\s+th(?:is|e)|dieser|der)\s+(?:situation|facture|invoice|rechnung|p[ée]riode|period)\s*:?\s*$/i;

/**
 * The label's own cell holds only the label and its qualifiers, and the next cell to its right on the
 * line is an amount: that amount (the totals block as a two-column table).
 */
function valueCellRight(line: Line, label: RegExp): number | null {
  const at = line.segments.findIndex((s) => label.test(s.text));
  if (at < 0) return null;
  const seg = line.segments[at];
  const m = seg.text.match(label)!;
  // A rate's base named after it in the label's cell ("VAT @ 23% on fees", "TVA 21% sur € 41,32") is part
  // of the label: the amount is the next cell's. (After the label on one line, the base is no amount.)
  // So is a note in brackets, which may wrap over the cell's next rows ("Sales Tax (resale" over "cert.
  // IL-RS-0447 on" over "file)").
  // So is what the amount is the sum of ("Montant TTC de la situation", "Total of this invoice").
  const tail = seg.text.slice(m[0].length).replace(/(\d\s*%\)?)\s+(?:on|sur|auf|op|over)\s.*$/i, '$1').replace(/\s*\((?=[^)]*\p{L}{3})[^)]*\)?\s*$/u, '')
    .replace(SUM_OF, '');
  if (m.index! > 0 || !isLabelTail(tail)) return null;
  // A bilingual form's label in the other script between them ("Total VAT | مجموع ضريبة القيمة المضافة | 5,760.00").
  const next = line.segments[at + (TRANSLATION_CELL().test(line.segments[at + 1]?.text ?? '') ? 2 : 1)];
  return next && MONEY_CELL.test(next.text.trim()) ? parseAmount(next.text) : null;
}

/**
 * Value for a label: rest of the line after it, or else the cell below the label. `skip` refuses a label
 * by what its cell says before it ("zu Rechnung Nr.": another document's number) or by its line (the line
 * stays, for the label above it, whose value it may be).
 */
function labelledText(lines: readonly Line[], labels: RegExp[], accept: (rest: string) => string | null, skip?: LabelSkip): string | null {
  for (const label of labels) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const m = line.text.match(label);
      if (!m || skip?.(line.text.slice(0, m.index).split(/\s{2,}/).pop() ?? '', line, i)) continue;
      const value = accept(line.text.slice(m.index! + m[0].length));
      if (value) return withWrappedHead(lines, i, withWrappedEnd(lines, i, value, accept), accept);
      // A value wrapped in its own cell right of the label's.
      const wrapped = wrappedBesideLabel(lines, i, label, accept);
      if (wrapped) return wrapped;
      // A value wrapped in the label's own cell ("Date of issue: April 1," over "2025"): the cell's rest
      // and the line under it, in the cell that starts where the label's starts.
      const own = line.segments.find((s) => label.test(s.text));
      const ownRest = own ? own.text.slice(own.text.search(label)).replace(label, '').trim() : '';
      // (Its cell starting where the label's does, or, set right, a short rest ending where it ends:
      // "Data wystawienia: 2025-11-" over "18", "Invoice Date: 24 November" over "2025".)
      // Or, when the rest is a number's series letters alone ("Rechnungsnummer RE-" over "1100488", the value set in a
      // column of its own that the label's cell reaches), a row starting where the rest starts.
      const restX = own && WRAPPED_SERIES.test(ownRest) ? charX(own, own.text.lastIndexOf(ownRest)) : null;
      const rowUnder = (s: Segment) => Math.abs(s.x - own!.x) < 2 || (Math.abs(s.x2 - own!.x2) < 2 && s.x > (own!.x + own!.x2) / 2) || (restX !== null && Math.abs(s.x - restX) < 2);
      const under = ownRest && lines[i + 1]?.page === line.page && lines[i + 1].y - line.y2 < line.height ? lines[i + 1].segments.find(rowUnder) : undefined;
      const joined = under ? accept(/[-/.]$/.test(ownRest) ? ownRest + under.text.trim() : `${ownRest} ${under.text.trim()}`) : null;
      // (Not a value the row under holds whole: the label in a sentence, "… ab Rechnungsdatum gewähren wir
      // 3 % Skonto" over "… zahlbar bis 01.12.2025", a due date.)
      if (joined && joined !== accept(under!.text.trim())) return joined;
      // A value wrapped in two rows of a cell that centres them on its label's row ("8812 4471" above
      // "Rechnungsnummer", "0325" below): the label's line has nothing right of it, the lines just above
      // and below each a cell starting at the same place to its right.
      if (own && !ownRest && !line.segments.some((s) => s.x > own.x2)) {
        // Not rows of a table of labels: those lines have their own label under or over this one.
        const alone = (l: Line) => !l.segments.some((s) => s.x < own.x2 && s.x2 > own.x);
        const around = [lines[i - 1], lines[i + 1]].map((l) => (l && l.page === line.page && Math.abs(l.y - line.y) < line.height * 1.2 && alone(l) ? l.segments.find((s) => s.x > own.x2) : undefined));
        const [above, below] = around;
        if (above && below && Math.abs(above.x - below.x) < 2) {
          const v = accept(`${above.text.trim()} ${below.text.trim()}`);
          if (v) return v;
        }
      }
      // Header-style: the value sits in the next line under the label, in the cell that overlaps the
      // label most (not the neighbour column's: "Order ID" beside "Invoice #"), perhaps under a line of
      // the other headers' second rows ("Számla kelte" beside "Teljesítés" over "kelte").
      const seg = line.segments.find((s) => s.text.match(label));
      // (Each cell of such a line sits under a header of the label's line, none under the label.)
      const overlaps = (a: Segment, b: Segment) => a.x < b.x2 && a.x2 > b.x;
      const secondRows = seg && lines[i + 1] && !HAS_DIGIT.test(lines[i + 1].text) && lines[i + 1].segments.every((s) => !overlaps(s, seg) && line.segments.some((h) => overlaps(s, h)));
      // (Or a row of values a scan's skew split into two lines that overlap, the cells of its higher end a line of
      // their own with none under the label: "06 12 44 71 80" under "Ligne", over "1.2204471 | M25110544718 | …"
      // under "N° client | N° de facture | …".)
      const splitRow = seg && lines[i + 1] && lines[i + 2]?.page === line.page && lines[i + 2].y < lines[i + 1].y2 && lines[i + 1].segments.every((s) => !overlaps(s, seg));
      const headerRows = secondRows || splitRow ? [i + 1, i + 2] : [i + 1];
      // (Not a label in a sentence, "Bei Zahlung innerhalb von 7 Tagen ab Rechnungsdatum gewähren wir …": it heads no
      // value. A title's words and a dash before it are none: "Faktura – daňový doklad č." over "2025110447". On a
      // scan a sentence is one box of OCR's, and the boxes before the label's in its cell are other headers set
      // close: "Huurovereenkomst | Ophalen | Inleveren | Factuurnummer".)
      const ownBox = own?.items.find((it) => it.confidence !== undefined && label.test(it.text));
      const lead = ownBox ?? own;
      const sentence = !!lead && lead.text.slice(0, lead.text.search(label)).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 2;
      // The label's own words in its cell: OCR boxes a row of headers that nearly touch as one cell ("N factura Fecha
      // de expedicion Fecha de operacion Forma de pago"), and the value is the cell under the label, not the widest
      // under the row.
      const found = seg?.text.match(label);
      const start = found ? found.index! + found[0].length - found[0].trimStart().length : 0;
      const labelSpan = seg && found ? { x: charX(seg, start), x2: charX(seg, found.index! + found[0].trimEnd().length) } : undefined;
      for (const n of seg && !sentence ? headerRows : []) {
        const next = lines[n];
        if (!next || next.page !== line.page || next.y - lines[n - 1].y2 >= 10) break;
        const overlap = (s: Segment, over: { x: number; x2: number } = seg!) => Math.min(s.x2, over.x2) - Math.max(s.x, over.x);
        const most = (over?: { x: number; x2: number }) => next.segments.filter((s) => overlap(s, over) > 0).sort((a, b) => overlap(b, over) - overlap(a, over))[0];
        const below = most(labelSpan) ?? most();
        // A value wrapped in a narrow cell ("SGE/112/2019-" over "20"): its end on the line under it.
        let v = below ? accept(ownCell(below, seg!, line).text) : null;
        if (v) v = withWrappedEnd(lines, n, v, accept);
        // A value wrapped over two rows of its cell ("2025. március" over "14.").
        if (!v && below) v = wrappedCellValue(lines, n, below, accept);
        if (v) return v;
      }
      // A value wrapped to the next row of the cell the label ends, nothing under the label ("Punto de Venta:
      // 00003  Comp. Nro:" over "00001187"): that row's text where the cell's row starts.
      const before = own && !ownRest && own === line.segments.at(-1) ? line.segments.at(-2) : undefined;
      const next = lines[i + 1];
      if (before && next?.page === line.page && next.y - line.y2 < line.height && !next.segments.some((s) => overlaps(s, own!))) {
        const head = next.segments.find((s) => Math.abs(s.x - before.x) < 1.5);
        const v = head ? accept(head.text.trim()) : null;
        if (v) return v;
      }
    }
  }
  const pairs = wrappedCells(lines);
  for (const label of labels) {
    for (const pair of pairs) {
      const v = wrappedLabelValue(lines, pair, label, accept, skip);
      if (v) return v;
    }
  }
  return null;
}

/**
 * A cell under a header, or the part of it under the header when a row of values became one cell under
 * several headers: OCR's boxes that touch ("2025. november 10." | "2025. november 12." | "2025. november
 * 27." under "Teljesítés dátuma | Számla kelte | Fizetési határidő"), or a text layer's values set close.
 * The value is the part the header stands over most, not the row's first.
 */
function ownCell(cell: Segment, header: Segment, headers: Line): Segment {
  const overlap = (a: { x: number; x2: number }, b: { x: number; x2: number }) => Math.min(a.x2, b.x2) - Math.max(a.x, b.x);
  if (!headers.segments.some((h) => h !== header && overlap(h, cell) > 0)) return cell;
  const ocr = cell.items.every((it) => it.confidence !== undefined);
  if (!ocr && cell.items.some((it) => it.confidence !== undefined)) return cell;
  // A text layer's values run into one cell the same way when the grid's cells are close ("SP004471" |
  // "INV 2290-7718" under "Account | Invoice"): its items apart by a gap are the values. (Items that touch are
  // one word's, split where a ligature is drawn: "Tra" "ff" "ord".)
  const cells = cellsAtGaps(cell, ocr);
  const own = cells.length < 2 ? cell : cells.sort((a, b) => overlap(b, header) - overlap(a, header))[0]!;
  return ocr && own.items.length === 1 ? headerWords(own, header, headers) ?? own : own;
}
const VALUES_GAP = 2;

/** A text layer's cell parted where its items stand apart by a gap (OCR's, `ocr`, box by box): the cells set close. */
function cellsAtGaps(cell: Segment, ocr = false): Segment[] {
  const runs: TextItem[][] = [];
  for (const it of cell.items) {
    const last = runs[runs.length - 1]?.at(-1);
    if (!ocr && last && it.x - (last.x + last.width) < VALUES_GAP) runs[runs.length - 1]!.push(it);
    else runs.push([it]);
  }
  return runs.map((items) => ({
    ...cell, items, x: items[0]!.x, x2: items.at(-1)!.x + items.at(-1)!.width,
    text: items.reduce((t, it, n) => (n && it.x - (items[n - 1]!.x + items[n - 1]!.width) >= 0.5 ? `${t} ${it.text}` : t + it.text), '').trim(),
  }));
}
/**
 * A number's series letters and their hyphen alone in a cell, its figures wrapped onto the row under: "RE-", "INV-",
 * "NVR-MAN-" (a branch's code after the series').
 */
const WRAPPED_SERIES = /^[A-Z]{1,5}(?:[-/][A-Z]{1,5})*[-/]$/;

/**
 * A row of values OCR read as one phrase under several headers ("SP004471 INV 2290-7718" under "Account |
 * Invoice"), its gaps no wider than a word's: the words from the one that starts where the header starts, as a
 * grid's values start under their headers, to the one that starts where the next header does. Null when no word
 * starts under the header's start (a value centred or set right under it): the cell as read.
 */
function headerWords(cell: Segment, header: Segment, headers: Line): Segment | null {
  const item = cell.items[0]!;
  const tolerance = 1.5 * item.width / Math.max(1, item.text.replace(/\s+/g, '').length);
  const words = [...cell.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: charX(cell, m.index!) }));
  const first = words.findIndex((w) => Math.abs(w.x - header.x) <= tolerance);
  if (first < 0) return null;
  const next = Math.min(...headers.segments.filter((h) => h.x > header.x2 - tolerance).map((h) => h.x));
  const own = words.slice(first).filter((w) => w.x < next - tolerance);
  return !own.length ? null : { ...cell, x: own[0]!.x, text: own.map((w) => w.text).join(' ') };
}

/**
 * A value that wrapped in its cell at a hyphen or a slash ("GL-2025-" over "0219", "Factuurnummer:
 * 2025-10-" over "0931", "INVOICE 24-" over "1187" set right): the value with the cell's next row.
 */
function withWrappedEnd(lines: readonly Line[], i: number, value: string, accept: (rest: string) => string | null): string {
  if (GROUPED_NUMBER.test(value)) return withWrappedGroup(lines, i, value, accept);
  if (!/[-/]$/.test(value)) return value;
  const cell = lines[i].segments.find((s) => s.text.trim().endsWith(value)) ?? cellRunOn(lines[i], value);
  if (!cell) return value;
  // A value printed close to its label shares the label's cell ("Rechnungsnummer: RE-2025-11-" over "04812",
  // "FACTURA  Nº: 2025-F-" over "0773"): its own cell starts where the text item holding it starts.
  const at = charX(cell, cell.text.lastIndexOf(value));
  const item = cell.items.find((it) => it.x <= at + 0.01 && at < it.x + it.width);
  const own = item && item.x > cell.x + 2 ? { ...cell, x: item.x } : null;
  // (The first of the rows under it that reads as a number's rest: a word under the label's start, "Concepto"
  // heading the items' table, is none.)
  // Nor the value of the next labelled row ("Rechnungsnummer 2026/1184-" over "Rechnungsdatum 26.11.2026"): a row
  // with a cell under the label's part of the cell is the next field's. A suffix of capitals alone ("2026/1184-" over
  // "K") is the number's rest when it ends where the cell ends, as a value set right wraps.
  const labelled = (j: number) => !!own && lines[j].segments.some((s) => s.x < own.x - 1 && s.x2 > cell.x);
  const suffix = (u: { seg: Segment }) => /^[A-Z]{1,3}$/.test(u.seg.text.trim()) && Math.abs(u.seg.x2 - cell.x2) < 1;
  const under = [cellUnder(lines, i, cell, true), own && cellUnder(lines, i, own), item?.confidence !== undefined ? rowInsideBox(lines, i, item) : null];
  const row = under.find((u) => u && !labelled(u.j) && ((/^[A-Z0-9][A-Z0-9\-/._]*$/i.test(u.seg.text.trim()) && /\d/.test(u.seg.text)) || suffix(u)));
  if (!row) return value;
  // A cell narrower than the number wraps it at each of its separators ("HW24-R-" over "2026-" over "118830"):
  // a row that ends with one goes on under it too.
  const tail = withWrappedEnd(lines, row.j, row.seg.text.trim(), (rest) => rest);
  return accept(value + tail) || value;
}

/**
 * The cell of a value that OCR boxed with the next cell's label beside it ("Invoice no.: MC-25- Invoice date:",
 * "NLA-DE-2025- Rechnungsdatum 28.11.2025"): the box up to the value's end, where its own cell ends.
 */
function cellRunOn(line: Line, value: string): Segment | null {
  for (const seg of line.segments) {
    const at = seg.text.indexOf(value);
    const end = at + value.length;
    if (at >= 0 && /^\s+\p{L}/u.test(seg.text.slice(end))) return { ...seg, text: seg.text.slice(0, end), x2: charX(seg, end) };
  }
  return null;
}

/**
 * A number printed in groups set right in a narrow cell, its last group wrapped onto the row under it
 * ("Rechnungsnummer  R 4410 9827" over "55", both ending at the cell's right edge): the whole number, when the
 * row under holds nothing in the label's column (no next labelled row) and the wrapped rest is a group of digits.
 */
function withWrappedGroup(lines: readonly Line[], i: number, value: string, accept: (rest: string) => string | null): string {
  const k = lines[i].segments.findIndex((s) => s.text.trim() === value);
  const label = lines[i].segments[k - 1];
  if (k < 1 || !/\p{L}/u.test(label.text)) return value;
  const cell = lines[i].segments[k];
  const under = lines[i + 1];
  if (!under || under.page !== lines[i].page || under.y - lines[i].y2 > 1.2 * lines[i].height) return value;
  const tail = under.segments.find((s) => Math.abs(s.x2 - cell.x2) < 1.5 && /^\d{1,5}$/.test(s.text.trim()));
  if (!tail || under.segments.some((s) => s !== tail && s.x2 > label.x && s.x < cell.x2)) return value;
  return accept(`${value} ${tail.text.trim()}`) ?? value;
}

/**
 * The row under an OCR box that holds a label and its value alike ("FACTURA N9: 2025-F-" over "0773",
 * "Rechnungsnummer: RE-2025-11-" over "04812"): one box for both cells, so the value's cell starts
 * somewhere inside it, where the box's letters do not say (capitals in bold are wider than its average).
 * Its wrapped rest is the cell on the line just under the box that starts past the box's first word and
 * ends within the box.
 */
function rowInsideBox(lines: readonly Line[], i: number, box: TextItem): { seg: Segment; j: number } | null {
  const firstWord = box.text.trim().split(/\s+/)[0]!;
  const from = box.x + (firstWord.length / box.text.trim().length) * box.width;
  for (let j = i + 1; j < lines.length && lines[j].page === lines[i].page && lines[j].y - lines[i].y2 <= 1.2 * lines[i].height; j++) {
    const found = lines[j].segments.find((s) => s.x > from && s.x2 <= box.x + box.width + 1);
    if (found) return { seg: found, j };
  }
  return null;
}

/**
 * A value whose head wrapped onto the row above, in a cell set centred on its label's row ("CF-2025-"
 * over "0907" beside "Rechnungsnr.:", "SKB-" over "7730155" beside "Invoice number"): the head and the
 * value, when the row above holds nothing over the label (no other label's row).
 */
function withWrappedHead(lines: readonly Line[], i: number, value: string, accept: (rest: string) => string | null): string {
  const at = lines[i].segments.findIndex((s) => s.text.trim() === value);
  const [label, cell] = [lines[i].segments[at - 1], lines[i].segments[at]];
  const prev = lines[i - 1];
  if (!label || !prev || prev.page !== lines[i].page || lines[i].y - prev.y2 > lines[i].height) return value;
  // (The label's own first row may: a label wrapped at the slash before its translation, "Rhif anfoneb /"
  // over "Invoice no." beside "ANF-25-" over "0611".)
  if (prev.segments.some((s) => s.x < cell.x - 1 && s.x2 > label.x && !/\/$/.test(s.text.trim()))) return value;
  const head = prev.segments.find((s) => Math.abs(s.x - cell.x) < 2)?.text.trim();
  return (head && /^[A-Z0-9][A-Z0-9\-/._]*[-/]$/i.test(head) && accept(head + value)) || value;
}

/**
 * Whether a label found is not the field's: the words before it in its cell, its line and the line's index, and for a
 * label wrapped in its cell the cell's two rows joined ("Ticket" over "number").
 */
type LabelSkip = (before: string, line: Line, i: number, wrapped?: string) => boolean;

/** A number's word or sign alone, the last row of a label wrapped in a narrow cell: "#", "No.", "Nr.", "number". */
const NUMBER_WORD_ALONE = /^(?:#|no\.?|nr\.?|n[°º]|number)\s*:?$/i;

/** A cell of words and the cell under it that starts where it starts: a label perhaps wrapped in its cell. */
interface WrappedCell { i: number; k: number; under: Segment; j: number; joined: string }

/**
 * The cells that may hold a label wrapped over two lines, per list of lines (asked for each label of each
 * field that no line holds whole): short, of words without figures, the cell under it short too.
 */
const wrappedCellsOf = new WeakMap<readonly Line[], WrappedCell[]>();
function wrappedCells(lines: readonly Line[]): WrappedCell[] {
  let found = wrappedCellsOf.get(lines);
  if (found) return found;
  found = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    for (const [k, seg] of lines[i].segments.entries()) {
      const head = seg.text.trim();
      if (head.length > 40 || HAS_DIGIT.test(head) || /:$/.test(head) || !/\p{L}/u.test(head)) continue;
      const below = cellUnder(lines, i, seg);
      const tail = below?.seg.text.trim();
      if (!below || !tail || tail.length > 40 || HAS_DIGIT.test(tail)) continue;
      found.push({ i, k, under: below.seg, j: below.j, joined: `${head} ${tail}` });
      // (Or over three, in a key column narrower than its longest word: "Pro" over "forma" over "#", the number's
      // word or sign alone on the third row.)
      // (Its two lower rows alone on their rows, next to them: a label's rest has no value of its own, where rows of
      // a key column each with its value do, "Billing period | 14 Oct – 13" over "Mobile | 087 …" over "number".)
      const third = cellUnder(lines, below.j, below.seg);
      const end = third?.seg.text.trim();
      const alone = (j: number, cell: Segment) => !lines[j].segments.some((c) => c.x > cell.x2 && c.x - cell.x2 < 40);
      if (third && end && NUMBER_WORD_ALONE.test(end) && alone(below.j, below.seg) && alone(third.j, third.seg)) found.push({ i, k, under: third.seg, j: third.j, joined: `${head} ${tail} ${end}` });
    }
  }
  wrappedCellsOf.set(lines, found);
  return found;
}

/** What may follow a label in its cell: its translation after a slash, a colon. */
const LABEL_REST = onFirstUse(() => /^(?:\s*\/\s*\p{L}[\p{L} .]*)?\s*[:.]?\s*$/u);

/** The header cell over a cell: on the line right above it, starting where it starts, without a figure. */
function headerOver(lines: readonly Line[], i: number, seg: Segment): Segment | null {
  const prev = lines[i - 1];
  if (!prev || prev.page !== lines[i].page || lines[i].y - prev.y2 > lines[i].height) return null;
  return prev.segments.find((s) => Math.abs(s.x - seg.x) < 2 && !HAS_DIGIT.test(s.text)) ?? null;
}

/** The cell under a cell, on the next line and starting where it starts (its wrapped rest), or null. */
function cellBelow(lines: readonly Line[], i: number, seg: Segment): Segment | null {
  return cellUnder(lines, i, seg)?.seg ?? null;
}

/**
 * The cell's next row: on a line just under it, starting where it starts or centred where it is centred
 * (a header cell centred in its box, "Invoice" over "No."), or, when `ends`, ending where it ends (a value
 * set right in its cell); a line of another column set between them, centred on the two rows ("Date"
 * beside them), is stepped over. With the index of its line.
 */
function cellUnder(lines: readonly Line[], i: number, seg: Segment, ends = false): { seg: Segment; j: number } | null {
  const centre = (seg.x + seg.x2) / 2;
  for (let j = i + 1; j < lines.length && lines[j].page === lines[i].page && lines[j].y - lines[i].y2 <= 1.2 * lines[i].height; j++) {
    const found = lines[j].segments.find((s) => Math.abs(s.x - seg.x) < 2 || Math.abs((s.x + s.x2) / 2 - centre) < 2 || (ends && Math.abs(s.x2 - seg.x2) < 2));
    if (found) return { seg: found, j };
  }
  return null;
}

/**
 * A value read from a cell and, when it wrapped in its cell ("2025-06-" over "12", "7 July" over "2025",
 * "March 14," over "2025" set right, "2025. március" over "14."), the cell under it; when neither its
 * first row nor its first two read as one, the cell's third row too ("14." over "november" over "2025"
 * in a narrow cell).
 */
function wrappedCellValue(lines: readonly Line[], i: number, seg: Segment, accept: (rest: string) => string | null, label?: LabelCell): string | null {
  const text = seg.text.trim();
  const under = cellUnder(lines, i, seg, true);
  const rest = under?.seg.text.trim();
  // A cell that ends in a label's colon is none wrapped: a value OCR boxed with the next header's second row beside
  // it ("FAC/2025/00412 d'origine :"), whose value is what stands under it, not this one's rest.
  if (!under || !rest || !/^[\p{L}\d]/u.test(rest) || /:$/.test(rest) || /\p{L}\s*:$/u.test(text) || (label && nextFieldsRow(lines, under.j, label))) return accept(text);
  // (A day's dot before a month's name is no separator the value runs on after: "14." and "november".)
  const join = (head: string, tail: string) => (/[-/.]$/.test(head) && !(/(?:^|\s)\d{1,2}\.$/.test(head) && /^\p{L}/u.test(tail)) ? head + tail : `${head} ${tail}`);
  const two = join(text, rest);
  const found = accept(two) ?? accept(text);
  if (found) return found;
  // (Only a value begun on the first row, with its figure: a row of headers wrapped over two rows, "Teljesítés"
  // over "dátuma", has another header's value on its third.)
  const thirdRow = HAS_DIGIT.test(text) ? cellUnder(lines, under.j, under.seg, true) : null;
  const third = thirdRow && !(label && nextFieldsRow(lines, thirdRow.j, label)) ? thirdRow.seg.text.trim() : undefined;
  return third && /^[\p{L}\d]/u.test(third) && !/:$/.test(third) ? accept(join(two, third)) : null;
}

/**
 * A value wrapped in its own cell right of the label's ("Invoice Date:  March 14," over "2025"). Its first row
 * has a figure: a cell of words beside the label is the next header of a row of them, and a cell that opens with
 * its own label is the next field's ("Datum vystavení: 20. 11." beside "Datum splatnosti: 4. 12.", each date's
 * year wrapped under it). Or its first row is a number's series letters cut at their hyphen ("Invoice no. |
 * NVR-MAN-" over "0044712"): no header's word ends with one.
 */
function wrappedBesideLabel(lines: readonly Line[], i: number, label: RegExp, accept: (rest: string) => string | null): string | null {
  const line = lines[i];
  const labelCell = line.segments.findIndex((s) => label.test(s.text));
  const nextCell = line.segments[labelCell + 1]?.text ?? '';
  // (Or the series' capitals alone, the number wrapped at the space after them in a narrow cell: "SR" over "26/0412",
  // as a builder's final invoice in a narrow column of its letterhead prints "SR 26/0412", a Baltic "SIA-MR" over
  // "2026/1148"; its figures start the row under.)
  // (Not the next header of a grid of labels over values, "INVOICE # | DATE" over "CR-1187 | 11/21/2025": a date
  // under it is that header's value.)
  const seriesCell = labelCell >= 0 && /^[A-Z]{2,5}(?:-[A-Z]{1,5})*$/.test(nextCell.trim()) ? line.segments[labelCell + 1] : undefined;
  const under = seriesCell ? cellUnder(lines, i, seriesCell, true)?.seg.text.trim() ?? '' : '';
  const seriesAlone = /^\d/.test(under) && !findDate(under);
  const begun = HAS_DIGIT.test(nextCell) || WRAPPED_SERIES.test(nextCell.trim()) || seriesAlone;
  const valueCell = labelCell >= 0 && begun && !/^[^\d:]+:/.test(nextCell) ? line.segments[labelCell + 1] : undefined;
  return valueCell ? wrappedCellValue(lines, i, valueCell, accept) : null;
}

/**
 * The text of a line before a label found at `index` of its text, from the label's cell and the cells of words set
 * close before it (labels of its own, less than a column's gap away: "Bestellung: | SV-118 vom"), not the cells of
 * another column of the page's blocks ("Norderstraße 157", an address's row).
 */
function labelsCells(line: Line, index: number): string {
  let start = 0;
  const starts = line.segments.map((s) => { const at = start; start += s.text.length + 2; return at; });
  let k = starts.findLastIndex((at) => at <= index);
  while (k > 0 && line.segments[k].x - line.segments[k - 1].x2 < 15 && !HAS_DIGIT.test(line.segments[k - 1].text)) k--;
  return line.text.slice(starts[Math.max(k, 0)], index);
}

/** A label's cell: its column and the index of its last line (its wrapped rows' last). */
interface LabelCell { x: number; x2: number; last: number }

/**
 * A row of the value's cell that sits on a line past its label's last row, beside a cell in the label's
 * column: the next field's label and its value ("Invoice" over "No." beside "4471", then "Date" beside
 * "12 November 2025"), no row of this value's.
 */
function nextFieldsRow(lines: readonly Line[], j: number, label: LabelCell): boolean {
  return j > label.last && lines[j].segments.some((s) => s.x < label.x2 && s.x2 > label.x);
}

/**
 * A label wrapped over two lines of its cell ("Rechnungsnr. /" over "Invoice no.:", "Invoice" over
 * "number", "Data wystawienia / Issue" over "date"), which no line holds whole: its value is the cell
 * right of the label's first line, or, in a table of header cells, the cell under the label's last one.
 * Asked only when no line holds the label whole.
 */
function wrappedLabelValue(lines: readonly Line[], { i, k, under, j, joined }: WrappedCell, label: RegExp, accept: (rest: string) => string | null, skip?: LabelSkip): string | null {
  const m = joined.match(label);
  // Nothing after the label but its translation ("Data wystawienia / Issue date") and its colon. Nor a label
  // whose capital follows a small letter with no space: OCR's box of a row of headers set close ("Tipo
  // documentoNumeroData") over the first header's value ("FATTURA") reads "Data FATTURA", no label wrapped in its
  // cell. (A compound's last word is one: "Schlussrechnung" over "Nr.", "Hyvityslaskun" over "numero".)
  if (!m || (/\p{Ll}$/u.test(joined.slice(0, m.index)) && /^\p{Lu}/u.test(m[0])) || !LABEL_REST().test(joined.slice(m.index! + m[0].length)) || skip?.(joined.slice(0, m.index), lines[i], i, joined)) return null;
  // (Not the next header of a row of them, "Date de | Échéance:" over "facture: | 26/12/2025": a label's
  // cell, ending in its colon, heads its own value.)
  const right = lines[i].segments[k + 1];
  const cell = { x: Math.min(lines[i].segments[k].x, under.x), x2: Math.max(lines[i].segments[k].x2, under.x2), last: j };
  // (Nor a cell of words, no figure in its first row, beside the label's first row when the row under the label
  // holds a figure under it: the next header of a row of them, its value under it, "Data" over "emissione"
  // over "12/11/2025" beside "Periodo di fatturazione" over "01/10/2025 -".)
  const nextHeader = !!right && !HAS_DIGIT.test(right.text) && headerValueUnder(lines, j, lines[i].segments[k], under);
  const v = right && !/:$/.test(right.text.trim()) && !nextHeader ? wrappedCellValue(lines, i, right, accept, cell) : null;
  if (v) return v;
  // Header cells over their values: the first cell under the label's second line that overlaps the
  // label's cell (both its lines), on the lines just under it.
  const [x, x2] = [Math.min(lines[i].segments[k].x, under.x), Math.max(lines[i].segments[k].x2, under.x2)];
  for (let v = j + 1; v < lines.length && lines[v].page === lines[j].page && lines[v].y - lines[j].y2 < 2 * lines[j].height; v++) {
    const below = lines[v].segments.find((s) => s.x < x2 && s.x2 > x);
    if (below) return wrappedCellValue(lines, v, ownCell(below, lines[i].segments[k], lines[i]), accept);
  }
  return null;
}

/** Whether the first cell under a wrapped label's last row (line `j`), on the lines just under it, holds a figure. */
function headerValueUnder(lines: readonly Line[], j: number, head: Segment, under: Segment): boolean {
  const [x, x2] = [Math.min(head.x, under.x), Math.max(head.x2, under.x2)];
  for (let v = j + 1; v < lines.length && lines[v].page === lines[j].page && lines[v].y - lines[j].y2 < 2 * lines[j].height; v++) {
    const below = lines[v].segments.find((s) => s.x < x2 && s.x2 > x);
    if (below) return HAS_DIGIT.test(below.text);
  }
  return false;
}

/**
 * A row of a tax summary ("Total:  96.00  5.76" under "Tax Code  %  Amount  Tax"): its figures are the
 * base and the tax, the last smaller than the one before or than the first; never the gross total.
 */
function isSummaryRow(l: Line): boolean {
  const m = l.text.match(/\b(?:total|totaal|summe|gesamt)\b\s*[:.]?\s*(.*)$/i);
  const figures = m ? [...ocrDigits(m[1]).matchAll(/-?\d[\d.,]*[.,]\d{2}(?!\d)/g)].map((f) => parseAmount(f[0])) : [];
  if (figures.length < 2 || figures.some((f) => f === null)) return false;
  const last = figures[figures.length - 1]!;
  // "Total  37,000.00  2,220.00  2,220.00  4,440.00" under an HSN summary (base, the taxes, their sum):
  // a gross total row ends with its largest figure, never with one smaller than its first.
  return last < figures[figures.length - 2]! || (figures.length >= 3 && last < figures[0]!);
}

// The Nordic and Dutch words are compounds ("Öresavrundning", "Øreafrunding"): no word boundary before them.
// (The Swedish öre's "Öresutjämning", in a grid's narrow cell "Öresutj.", and the Norwegian "Øreavrunding" too; the Czech "Zaokrouhlení" and the Slovak
// "Zaokrúhlenie" on invoices rounded to whole crowns.)
const ROUNDING = ocrTolerant(/\b(?:rounding(?:\s+adj\w*)?|round(?:ed)?\s+off|arrondi|rundung(?:sdifferenz)?)\b|avrundn?ing|afrunding|afronding|pyöristys|utjämning|öresutj\.|zaokrouhlen[íi]|zaokrúhlen[ie]e?/i);

/** The figure of a printed rounding row ("Rundung  -0.02", "Öresavrundning  0,12"), at most a rounding's size. */
function printedRounding(lines: readonly Line[], currency: string | null): number | null {
  return lines.map((l) => (ROUNDING.test(l.text) ? l.text.slice(l.text.search(ROUNDING)) : null))
    .map((t) => (t ? [...ocrDigits(t).matchAll(/-?\s?\d*[.,]\d{2}(?!\d)/g)].map((m) => parseAmount(m[0].replace(/\s/g, ''))) : []))
    .flat().find((r): r is number => r !== null && r !== 0 && Math.abs(r) <= maxRounding(currency)) ?? null;
}

/**
 * The gross total, chosen with arithmetic among the amounts that gross labels show, rather than the
 * last one found: the one equal to net + tax when those were read, then moved by a printed rounding
 * adjustment when a total after it is shown too (receipts: "Total Sales 101.76 / Rounding -0.01 /
 * Total 101.75"). The label's pick stands when nothing adds up.
 */
function settledTotal(lines: readonly Line[], inv: Invoice, exclude: (l: Line) => boolean): number | null {
  const picked = inv.totalAmount;
  const candidates: number[] = [];
  for (const l of lines) {
    if (exclude(l)) continue;
    for (const label of GROSS_LABELS) {
      const v = label.test(l.text) ? amountAfter(l.text, label)?.value ?? valueCellRight(l, label) : null;
      if (v !== null) {
        candidates.push(v);
        break;
      }
    }
  }
  const has = (v: number) => candidates.some((c) => Math.abs(c - v) < 0.005);
  let total = picked;
  if (inv.amount !== null && inv.taxAmount !== null) {
    const sum = Math.round((inv.amount + inv.taxAmount) * 100) / 100;
    if (total === null || Math.abs(total - sum) >= 0.005) total = has(sum) ? sum : total;
  }
  const rounding = printedRounding(lines, inv.currency);
  if (total !== null && rounding != null) {
    const after = Math.round((total + rounding) * 100) / 100;
    if (has(after)) total = after;
  }
  return total;
}

/**
 * The net, chosen with arithmetic among the amounts that net labels show: when the label's pick does not
 * add up with the tax to the total, the one that does ("Subtotal 250 / Discount 50 / Net 200 / VAT 38 /
 * Total 238": the subtotal before the discount is not the net). The pick stands when nothing adds up.
 */
/** The VAT a price contains, stated beside a total that includes it: the Argentine "IVA contenido" (Ley 27.743). */
const CONTAINED_TAX = /\biva\s+contenido\b/i;

function settledNet(lines: readonly Line[], inv: Invoice): number | null {
  const { amount, taxAmount, totalAmount } = inv;
  if (amount === null || taxAmount === null || totalAmount === null) return amount;
  const net = Math.round((totalAmount - taxAmount) * 100) / 100;
  if (Math.abs(amount - net) < 0.005) return amount;
  // A subtotal at the total on a page that states the VAT its prices contain (an Argentine Factura B's "IVA
  // Contenido", as the consumer transparency law has it printed): prices including the VAT, no net.
  if (taxAmount > 0 && Math.abs(amount - totalAmount) < 0.005 && lines.some((l) => CONTAINED_TAX.test(l.text))) return net;
  const shown = lines.some((l) => !GROSS_QUALIFIER.test(l.text) && NET_LABELS.some((label) => {
    const v = label.test(l.text) ? amountAfter(l.text, label)?.value ?? valueCellRight(l, label) : null;
    return v !== null && Math.abs(v - net) < 0.005;
  }));
  if (shown) return net;
  // The currency's sign after the net read as one more figure ("2.015,00 €" read "2.015.006", the comma as a
  // stop): the figures of total − tax, and that one, are what was read; no other net adds up.
  const cents = String(Math.round(net * 100));
  const read = String(amount).replace(/\D/g, '');
  if (net > 0 && read.length === cents.length + 1 && read.startsWith(cents)) return net;
  // A charge printed between the subtotal and the tax ("Subtotal 250 / Shipping 10 / Sales tax 20.63 /
  // Total 280.63") is part of the net the tax is on; a discount there comes off it. Either alone, or all
  // of them ("Subtotal 2,340.00 / Discount -117.00 / Sales tax 172.28 / Shipping 48.50").
  const adjustments = totalsAdjustments(lines);
  const fits = (set: Adjustment[]) => Math.abs(amount + set.reduce((sum, a) => sum + signed(a), 0) - net) < 0.005;
  return adjustments.some((a) => fits([a])) || fits(adjustments) ? net : amount;
}

/**
 * An income tax the customer withholds and pays over itself: the Italian "ritenuta d'acconto", the Spanish
 * IRPF, the Portuguese "retenção na fonte", the Swiss "Quellensteuer" / "retenue à la source". Not the VAT a
 * public body withholds ("scissione dei pagamenti").
 */
const WITHHOLDING = ocrTolerant(/\b(?:ritenuta\s+(?:d['’]\s?acconto|fiscale|irpef)|retenci[oó]n\b|irpf\b|reten[çc][ãa]o\b|withholding\s+tax|tax\s+withheld|quellensteuer|retenue\s+[àa]\s+la\s+source|kdv\s+tevkifat)/i);

/**
 * The gross of an invoice with a withheld income tax, when the total read is what is left to pay after
 * it ("Base imponible 1.100,00 / IVA 21% 231,00 / IRPF -15% -165,00 / Total 1.166,00"): net + VAT, which
 * the total and the withheld amount add up to. The total is the gross before withholding (EN 16931
 * BT-112), not the amount to pay. Null when the page withholds nothing or the figures do not agree.
 */
function grossBeforeWithholding(lines: readonly Line[], inv: Invoice): number | null {
  if (inv.amount === null || inv.taxAmount === null || inv.totalAmount === null) return null;
  const i = lines.findIndex((l) => WITHHOLDING.test(l.text));
  if (i < 0) return null;
  // The withheld amount is the row's last figure: its rate and base come before it ("20% su € 2.000,00").
  // (Its currency after it, a code or a sign: "15.300,00 TL".)
  const m = lines[i].text.match(/(\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2})\s*(?:[€$£₺]|[A-Z]{3}|TL)?\s*$/);
  const withheld = m ? parseAmount(m[1]) : null;
  if (!withheld) return null;
  const gross = Math.round((inv.amount + inv.taxAmount) * 100) / 100;
  return Math.abs(inv.totalAmount + withheld - gross) < 0.005 ? gross : null;
}

type Adjustment = { charge: boolean; amount: number; reason: string };
const signed = (a: Adjustment) => (a.charge ? a.amount : -a.amount);

/** The charges and discounts a page prints, each with its label. */
function totalsAdjustments(lines: readonly Line[]): Adjustment[] {
  return lines.flatMap((l) => {
    const label = CHARGE.test(l.text) ? CHARGE : DISCOUNT.test(l.text) ? DISCOUNT : null;
    if (!label) return [];
    // A label of several words in a cell of its own, its figure in the row's next and last cell ("Remise
    // commerciale 10 % | -240,00 €"), perhaps level with a paragraph at the left.
    const at = l.segments.findIndex((s) => label.test(s.text));
    const cell = at >= 0 && at === l.segments.length - 2 && MONEY_CELL.test(l.segments[at + 1].text.trim()) ? l.segments[at] : undefined;
    // Or a header of a summary box over its figures ("Importe bruto | Dto. 5 % | Base imponible" over "700,00 |
    // -35,00 | 665,00"): the figure in the cell under the label's, its rate perhaps wrapped between ("Dto." over "5 %").
    // (A header shares its row with the box's other headers: a label alone on its row is a wrapped label's
    // end, "SHIPPING &" over "HANDLING", and the figure under it another row's, "SALES TAX (5.5% on" over "2,268.00)".)
    const i = lines.indexOf(l);
    const header = at < 0 || l.segments.length < 2 ? undefined : lines.slice(i + 1, i + 5).filter((n) => n.page === l.page && n.y - l.y2 < 3 * l.height)
      .flatMap((n) => n.segments).find((s) => s.x < l.segments[at].x2 && s.x2 > l.segments[at].x && MONEY_CELL.test(s.text.trim()));
    const v = amountAfter(l.text, label)?.value ?? valueCellRight(l, label) ?? (cell ? parseAmount(l.segments[at + 1].text) : null) ?? (header ? parseAmount(header.text) : null);
    // Its label: the row without the figure at its end ("Trade discount 10%").
    const reason = cleanText((cell?.text ?? l.text).replace(/\s*[-–−]?\s*[\d.,'’ ]+\s*(?:[A-Z]{3}|\p{Sc})?\s*$/u, ''));
    return v == null ? [] : [{ charge: label === CHARGE, amount: Math.abs(v), reason }];
  });
}

/**
 * The discounts and charges printed between the items and the net ("Goods total 500 / Trade discount 10%
 * -50 / Net 450"), as lines of their own (a discount's amount negative) so that the lines add up to the
 * net as they do on the page; only when the arithmetic says so, so that a discount line that is a
 * payment term ("2 % Skonto bis …") is never taken for one.
 */
function adjustmentLines(lines: readonly Line[], inv: Invoice): LineItem[] {
  const amounts = inv.items.map((i) => i.amount);
  if (inv.amount === null || !amounts.length || amounts.some((a) => a === null)) return [];
  const sum = (amounts as number[]).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - inv.amount) < 0.005) return [];
  const all = totalsAdjustments(lines);
  const total = (set: Adjustment[]) => set.reduce((s, a) => s + signed(a), sum);
  const fits = [all, ...all.map((a) => [a])].find((set) => set.length && Math.abs(total(set) - inv.amount!) < 0.005) ?? [];
  return fits.map((a) => ({ ...emptyLineItem(a.reason), amount: signed(a) }));
}

/** What a bill carries over from the last one, owed on top of this invoice. */
const BROUGHT_FORWARD = ocrTolerant(/\b(?:balance\s+(?:brought|carried)\s+forward|previous\s+balance|arrears|saldovortrag|solde\s+(?:pr[ée]c[ée]dent|ant[ée]rieur|report[ée]))\b/i);
/** What is left to pay, printed after the total. */
const BALANCE = ocrTolerant(/\b(?:balance\s+(?:due|payable|outstanding)|outstanding\s+balance|amount\s+due|total\s+due|(?:total\s+)?amount\s+payable|restbetrag|reste\s+à\s+payer|solde\s+à\s+payer)\b/i);
/** What was paid already: a payment, a credit, a deposit. */
const PAID = ocrTolerant(/\b(?:amount\s+paid|paid(?:\s+amount)?|payments?(?:\s*\/\s*credits?)?|payment\s+received|credits?|deposit|advance|prepaid|prepayment|already\s+paid|anzahlung|bereits\s+bezahlt|acompte|d[ée]j[àa]\s+pay[ée])\b/i);

/**
 * The balance left to pay against the total: the total less what the page says was paid. A balance
 * that is neither the total nor that (nor nothing left, nor less than a total net + tax confirm) is a
 * second reading of what is owed, and which one the invoice's total is, a person has to say. Null when
 * they agree.
 */
function balanceDoubt(lines: readonly Line[], inv: Invoice): string | null {
  const total = inv.totalAmount;
  if (total === null) return null;
  let balance: number | null = null;
  let paid = 0;
  for (const l of lines) {
    const owed = amountAfter(l.text, BALANCE)?.value ?? valueCellRight(l, BALANCE);
    if (owed !== null) { balance = owed; continue; }
    const v = amountAfter(l.text, PAID)?.value ?? valueCellRight(l, PAID);
    if (v !== null) paid += Math.abs(v);
  }
  if (balance === null || Math.abs(balance) < 0.005 || Math.abs(balance - total) < 0.005) return null;
  if (paid && Math.abs(total - paid - balance) < 0.011) return null;
  // More owed than the total by a balance brought forward from the last bill ("Balance brought forward
  // £50.00", "This invoice £102.00", "Total amount due £152.00"): the two agree.
  // (Its figure is its row's last cell, whatever note stands between: "(overdue)".)
  const carried = lines.filter((l) => BROUGHT_FORWARD.test(l.text)).map((l) => l.segments[l.segments.length - 1].text.trim());
  if (carried.some((c) => MONEY_CELL.test(c) && Math.abs(total + parseAmount(c)! - balance) < 0.011)) return null;
  // Less left to pay than a total that net + tax confirm: a prepayment the page does not itemise
  // ("30 % d'acompte"); the total stands.
  const confirmed = inv.amount !== null && inv.taxAmount !== null && Math.abs(inv.amount + inv.taxAmount - total) < 0.011;
  if (confirmed && balance > 0 && balance < total) return null;
  return `the total is ${total.toFixed(2)}, the balance due ${balance.toFixed(2)}${paid ? ` after ${paid.toFixed(2)} paid` : ''}`;
}

/**
 * A US invoice's sum of the lines no sales tax is charged on, printed beside the taxable one ("Nontaxable
 * Subtotal 1,200.00 / Taxable Subtotal 2,846.50 / Sales Tax 8.25% …"): no net of its own, a part of the net
 * besides the taxable subtotal, as a charge is.
 */
const NONTAXABLE_SOURCE = String.raw`\b(?:non-?\s?taxable|tax[\s-]exempt|exempt)\s+(?:sub-?\s*total|sales|amount|items)\b`;
const NONTAXABLE = new RegExp(NONTAXABLE_SOURCE, 'i');
/**
 * Charges and discounts a totals block may print between the items' sum and the net. A charge may say
 * it is net of VAT ("Carriage Net", "Versand netto"): the word is part of its label. (Packing, as a manufacturer's
 * invoice adds it under the goods' value, an export invoice most of all: "Warenwert | Verpackung | Nettobetrag".)
 */
const CHARGE = ocrTolerant(new RegExp(String.raw`\b(?:shipping(?:\s+(?:&|and)\s+handling)?|freight|carriage|handling|postage|delivery(?:\s+charges?)?|versand(?:kosten)?(?:pauschale|anteil)?|fracht(?:kosten)?(?:pauschale|anteil)?|porto|portes|frais\s+de\s+(?:port|livraison)|verpackung(?:skosten)?|emballages?|frais\s+d['’]emballage|packing|packaging|imballo|imballaggio|verpakking(?:skosten)?|livraison|spese\s+di\s+(?:trasporto|spedizione)|gastos\s+de\s+env[íi]o|fragt|frakt|verzendkosten|vrachtkosten)(?:\s+net(?:to)?)?\b|\bzuschl[äa]ge?\s+auf\s+(?:dokument|beleg)(?:en)?ebene\b|\bcharges?\s+on\s+document\s+level\b|${NONTAXABLE_SOURCE}`, 'i'));
// (Also at a compound's end, "Avtalsrabatt", "Mengenrabatt", the Dutch "Orderkorting", with its amount's word after it as
// Business Central prints it, "Rechnungsrabattbetrag", "Factuurkortingsbedrag"; "Dto." before its rate in a summary box's header.
// An e-invoice view's sums at document level, BT-107 and BT-108, are a discount and a charge: "Summe der
// Abschläge / Zuschläge auf Dokumentenebene", "Sum of allowances / charges on document level".)
const DISCOUNT = ocrTolerant(/\b(?:discounts?|rebate|nachlass|skonto|remise|escompte|rabais|descuentos?|sconto|descontos?|sleva|alennus|rabat)\b|rabatt(?:betrag)?\b|korting(?:sbedrag)?\b|\bdto\.(?=\s|$)|\babschl[äa]ge?\s+auf\s+(?:dokument|beleg)(?:en)?ebene\b|\ballowances?\s+on\s+document\s+level\b/i);

/** A web address ("prairiewindsigns.com"). */
const WEB_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|[a-z]{2})(?:\/\S*)?$/;

/** Why a seller's name is in doubt when the page prints it twice and OCR read it two ways (nearMiss). */
const readTwoWays = (name: string, other: string) => `printed twice, read as "${name}" and "${other}"`;
const READ_TWO_WAYS = /^printed twice, read as "(.+)" and "(.+)"$/;
/** The two readings of a name that doubt (readTwoWays) gives, or undefined for any other doubt. */
export const twoReadings = (why: string | undefined): [string, string] | undefined => {
  const m = READ_TWO_WAYS.exec(why ?? '');
  return m ? [m[1]!, m[2]!] : undefined;
};

/**
 * A name printed twice (letterhead and sender line, header and footer) reads the same both times from a
 * text layer; from OCR, a cell that is almost but not quite the name is the same name read another way
 * ("Bei Spiel GmbH" / "Bei Spiel GmbhH"), and which reading is right is for a person to say.
 */
function nearMiss(page1: readonly Line[], name: string): string | null {
  const key = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (key.length < 5) return null;
  // The name without its company form is the same name, as a logo prints it ("polderenergie" for
  // "Polder Energie B.V."), not another reading of it.
  // (Every form it ends in, one the list knows only after a name too: "Fjordbygg Elektro AS".)
  const bare = withoutCompanyForm(name).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  for (const l of page1) {
    for (const seg of l.segments) {
      // A text shorter than the name by more than the distance allowed cannot be it, once cleaned either
      // (lowercasing and dropping the punctuation never lengthen a text): skipped before the cleaning.
      if (seg.text.length < key.length - 2) continue;
      for (const part of seg.text.split(/\s+[-|●•·]\s+|\s*[|●•]\s*/)) {
        // A web address ("prairiewindsigns.com" beside "Prairie Wind Signs, LLC") is no reading of the name.
        if (part.length < key.length - 2 || WEB_ADDRESS.test(part.trim())) continue;
        // The name after a label of its own ("To: Tui Creative Limited" on a payment slip) is the name itself.
        const other = part.replace(/^\p{L}[\p{L}.]{0,15}:\s+/u, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        // Nor is a text holding the whole name without its form: under a logo's abbreviation ("HGV Hanseatische
        // Gewerbe-Versicherung" over "… AG", "SEL Suministros Eléctricos Levante"), or with its form cut where
        // a cell wrapped ("Hurtownia Papiernicza Nowak Sp. z").
        if (other === key || other === bare || (bare.length >= 8 && other.includes(bare)) || Math.abs(other.length - key.length) > 2) continue;
        if (editDistance(other, key) <= Math.max(1, Math.floor(key.length / 5))) return cleanText(part);
      }
    }
  }
  return null;
}

type TotalsKey = 'amount' | 'taxAmount' | 'totalAmount';

/** The label of a correcting invoice's row of figures before or after the correction ("Przed korektą", "Po korekcie"). */
const CORRECTION_STATE = /^\s*(?:przed\s+korekt|po\s+korek|stan\s+(?:przed|po)|było|powinno\s+być|before\s+correction|after\s+correction|vor\s+(?:der\s+)?korrektur|nach\s+(?:der\s+)?korrektur|avant\s+correction|apr[eè]s\s+correction)/i;

/** Which total a totals table's header names ("Netto", "USt 19 %", "TTC"), or null. */
function totalsKind(text: string): TotalsKey | null {
  // A header with its translation ("Netto / Net", "Brutto / Gross"): the first.
  const header = text.includes('/') ? text.trim().replace(/\s*\/\s*\p{L}[\p{L} .]*$/u, '') : text.trim();
  // A tax column headed with its rate ("USt 19 % €") holds the tax; a rate column ("Moms %", "% IVA") heads no total.
  // (No rate without its "%": most headers have none, and the rate's pattern is tried at every place of the text.)
  const rated = header.includes('%') && RATE_IN_HEADER.test(header);
  const t = (rated ? header.replace(RATE_IN_HEADER, ' ') : header).trim();
  if (/\d/.test(t) || t.includes('%') || t.split(/\s+/).length > 4) return null;
  const whole = (re: RegExp) => { const m = t.match(re); return !!m && m.index === 0 && isLabelTail(t.slice(m[0].length)); };
  if (rated) return TAX_LABELS.some(whole) ? 'taxAmount' : null;
  // A column of a totals table may be headed by its qualifier alone ("HT | TVA | TTC", "Netto | Brutto", "Base HT").
  // A tax word after a net qualifier ("Exkl. moms", "Excl. btw") heads the net.
  // (France's "Base TVA", the base the VAT is levied on, heads the net.)
  if (NET_LABELS.some(whole) || (NET_QUALIFIER.test(t) && (GROSS_LABELS.some(whole) || TAX_LABELS[1].test(t))) || /^(?:(?:base\s+)?HT|H\.T\.|nett[oó]|base\s+(?:de\s+)?T\.?V\.?A\.?)$/i.test(t)) return 'amount';
  if (TAX_LABELS.some(whole)) return 'taxAmount';
  if (GROSS_LABELS.some(whole) || /^(?:TTC|T\.T\.C\.|brutt[oó]|gross)$/i.test(t)) return 'totalAmount';
  return null;
}

/**
 * A Portuguese totals table's column: "Incidência", the base the VAT is levied on, heads the net's, "Valor IVA" the
 * tax's. (As a row's label in a table of rates, "Incidência | 187,20 | 162,00" under "6% | 13%", or in a sentence,
 * each is read with its figure beside it, as NET_LABELS reads the first.)
 */
/** A Czech or Slovak recapitulation's column of the base, "Základ" alone (the base the VAT is levied on). */
const czechBaseColumn = (header: string): TotalsKey | null => (/^z[áa]klad$/i.test(header.trim()) ? 'amount' : null);

function portugueseColumn(header: string): TotalsKey | null {
  const t = header.trim();
  return /^incid[êe]ncia$/i.test(t) ? 'amount' : /^valor\s+(?:do\s+)?iva$/i.test(t) ? 'taxAmount' : null;
}

/**
 * Totals as a table: a row of two or three headers (net, tax, gross labels, nothing else in their cells)
 * over a row with a figure under each. Taken only when the figures agree: net + tax = gross, or two of
 * them with nothing to contradict.
 */
/**
 * Where a row of headers naming a kind twice ("Imponibile … Totale imponibile") has its totals: the start of its
 * rightmost net, tax and gross headers, one of each, when the three are there; else the whole row.
 */
function rightmostTotals(headers: ReadonlyArray<{ s: Segment; kind: TotalsKey | null }>): number {
  if (new Set(headers.map((h) => h.kind)).size === headers.length) return -Infinity;
  const seen = new Set<TotalsKey | null>();
  let start = -Infinity;
  for (const h of [...headers].sort((a, b) => b.s.x - a.s.x)) {
    if (seen.has(h.kind)) break;
    seen.add(h.kind);
    start = h.s.x;
  }
  return seen.size === 3 ? start : -Infinity;
}

function totalsTable(lines: readonly Line[]): Partial<Record<TotalsKey, number>> | null {
  // Spain's equivalence surcharge ("% R.E. | Cuota R.E.") is charged with the VAT: the tax is their sum.
  const isSurcharge = (text: string) => /^(?:cuota\s+)?(?:r\.\s?e\.?|recargo(?:\s+(?:de\s+)?equivalencia)?)$/i.test(text.trim());
  let found: Partial<Record<TotalsKey, number>> | null = null;
  for (let i = 0; i < lines.length; i++) {
    // Headers wrapped in narrow cells ("Base" over "imponible", "Cuota" over "IVA"): a cell and the one
    // under it on a line of words only, read as one. (Words and rates: "Dto." over "5 %", "IVA" over "21 %".)
    const under = lines[i + 1];
    const wrapped = under && under.page === lines[i].page && under.y - lines[i].y2 < lines[i].height && !figureBesideRates(under.text) ? under : null;
    const headerText = (s: Segment) => {
      const rest = wrapped?.segments.find((n) => n.x < s.x2 && n.x2 > s.x);
      return rest ? `${s.text} ${rest.text}` : s.text;
    };
    // A cell OCR ran together from the boxes of neighbouring headers ("% IvA" "Cuota IVA" "% Rec. Eq." …, each
    // box wider than its print) heads no total as a whole: read box by box when its boxes do. So is a text layer's
    // run of headers set close ("Taxa IVA  Incidência  Valor IVA  Total"): read cell by cell, at its gaps.
    const rowCells = lines[i].segments.flatMap((s) => {
      const ocr = ocrBoxes(s);
      const boxes = ocr.length > 1 ? ocr : cellsAtGaps(s);
      return boxes.length > 1 && !totalsKind(s.text) && boxes.some((b) => totalsKind(b.text)) ? boxes : [s];
    });
    const rowHeaders = rowCells
      .map((s) => {
        // A cell with nothing wrapped under it (most) is its own header: classified once.
        // (A Czech or Slovak header's currency says nothing of its column's kind: "Základ v Kč", "DPH v Kč".)
        const header = headerText(s).replace(/\s+v\s+(?:kč|czk|eur|€)$/i, '');
        return { s, kind: totalsKind(header) ?? (header === s.text ? null : totalsKind(s.text)) ?? (isSurcharge(header) ? 'taxAmount' as const : null) ?? portugueseColumn(header) ?? czechBaseColumn(header) };
      })
      .filter((h) => h.kind);
    // The sum's column right of a net and a tax column is the gross ("Sazba | Základ | DPH | Celkem"), though "Celkem"
    // or "Total" alone is no gross label elsewhere.
    const [net, tax] = (['amount', 'taxAmount'] as const).map((k) => rowHeaders.find((h) => h.kind === k));
    const sum = net && tax && !rowHeaders.some((h) => h.kind === 'totalAmount') ? rowCells.find((s) => s.x > Math.max(net.s.x, tax.s.x) && TOTAL_COLUMN.test(headerText(s).trim())) : undefined;
    if (sum) rowHeaders.push({ s: sum, kind: 'totalAmount' });
    // A recapitulation by rate set left of the totals on the same rows ("Aliquota | Imponibile | Imposta" beside "Totale
    // imponibile | Totale IVA | Totale documento", as TeamSystem prints them): the totals are the rightmost net, tax and
    // gross headers, the recapitulation's columns left of them no part of the table.
    const from = rightmostTotals(rowHeaders);
    const cells = rowCells.filter((s) => s.x >= from);
    const headers = rowHeaders.filter((h) => h.s.x >= from);
    const surcharges = headers.filter((h) => isSurcharge(headerText(h.s))).length;
    if (headers.length < 2 || new Set(headers.map((h) => h.kind)).size !== headers.length - surcharges) continue;
    // An item table's header ("Description  Qty  Net  VAT  Total") is no totals table; nor is one whose
    // item words the list lacks ("Descrição  Qtd.  Preço  IVA  Total"): two cells or more that head no total.
    if (cells.some((s) => ITEM_HEADERS.some(([key, re]) => key !== 'amount' && key !== 'taxRate' && re.test(s.text.trim())))) continue;
    // Beside the totals, a rate column, a rounding ("Moms % | … | Öresavrundning") and the cells of SIDE_CELL
    // ("Importe bruto | Dto. P.P. | Base imponible …") may stand; other cells make it no totals table.
    // (Each cell read with its wrapped second row: "Importe" over "bruto".)
    // (Nor a cell over words on the row under it, no figure or rate among them: a footer's band of totals, terms
    // and bank details, "Goods | VAT @ 20% | Invoice total | Terms: 30 | Bank: Sort 40-11-62" over "£412.50 |
    // £82.50 | £495.00 | days net | Acc 71830042".)
    const next = lines[i + 1];
    const figuresUnder = !wrapped && !!next && next.page === lines[i].page && next.y - lines[i].y2 < lines[i].height && next.segments.some((c) => MONEY_CELL.test(c.text.trim()));
    const overWords = (s: Segment) => figuresUnder && (() => {
      const under = next!.segments.filter((c) => c.x < s.x2 + 5 && c.x2 > s.x - 5);
      return under.length > 0 && under.every((c) => /\p{L}{2}/u.test(c.text) && !c.text.includes('%') && !MONEY_CELL.test(c.text.trim()));
    })();
    if (cells.filter((s) => !headers.some((h) => h.s === s) && !headerText(s).includes('%') && !ROUNDING.test(s.text) && !SIDE_CELL.test(headerText(s).trim()) && !overWords(s)).length >= 2) continue;
    // A table under a heading of payments made ("Ihre Abschläge": "netto | USt. | brutto" over the
    // instalments' sums) gives what was paid ahead, not the invoice's totals.
    const heading = lines[i - 1];
    if (heading && heading.page === lines[i].page && lines[i].y - heading.y2 < 3 * lines[i].height && !HAS_DIGIT.test(heading.text) && (DEDUCTION.test(heading.text) || /\babschl[äa]ge\b/i.test(heading.text))) continue;
    // So is one whose row of headers says so in a cell of its own ("abzüglich | Netto | USt 19 % | Brutto" over "1.
    // Abschlag | 6.000,00 | 1.140,00 | 7.140,00", a final invoice's instalments under its total).
    if (cells.some((s) => !headers.some((h) => h.s === s) && (DEDUCTED_HEADER.test(s.text.trim()) || DEDUCTION.test(s.text)))) continue;
    // Nor is the second row of an item table's header.
    if (itemHeaderWrapped(lines, i)) continue;
    const figures = (below: Line): Partial<Record<TotalsKey, number>> => {
      const row: Partial<Record<TotalsKey, number>> = {};
      // Each figure belongs to one header, the one its centre is nearest: a wide cell ("104,90EUR" under
      // "NET A PAYER") that reaches under two headers is one figure, not two.
      const centre = (c: { x: number; x2: number }) => (c.x + c.x2) / 2;
      // The other cells of the header line (a rate, the goods' sum, a discount) head columns too: a figure
      // nearest one of them ("21,00" under "% IVA") is none of the totals.
      const columns = cells.map((s) => headers.find((h) => h.s === s) ?? { s, kind: null });
      for (const c of below.segments.flatMap(figureCells)) {
        if (!MONEY_CELL.test(c.text.trim())) continue;
        const under = columns.filter(({ s }) => c.x < s.x2 + 5 && c.x2 > s.x - 5);
        const nearest = under.sort((a, b) => Math.abs(centre(a.s) - centre(c)) - Math.abs(centre(b.s) - centre(c)))[0];
        const value = nearest?.kind ? parseAmount(c.text) : null;
        if (value !== null && row[nearest!.kind!] === undefined) row[nearest!.kind!] = value;
        else if (value !== null && nearest!.kind === 'taxAmount' && isSurcharge(headerText(nearest!.s))) row.taxAmount = Math.round((row.taxAmount! + value) * 100) / 100;
      }
      return row;
    };
    const near = lines.slice(i + 1, i + 5).filter((l) => l.page === lines[i].page);
    // A recapitulation of the tax by rate: a row per rate under the headers ("Stopa 21% | 2.150,00 | 451,50", "Stopa
    // 7% | 980,00 | 68,60"), then the row of their totals ("Ukupno | 3.130,00 | 520,10"): that row, when each of its
    // figures is its column's sum.
    const recap = recapitulationTotal(lines, i, figures, wrapped ? 1 : 0);
    if (recap) {
      found = recap;
      continue;
    }
    // A correcting invoice's rows before and after the correction are the other invoice's figures: the
    // row of the difference under them is this one's (the gap to it measured from the row above it).
    let top = lines[i].y2;
    // (A figure wrapped at its thousands in a narrow cell, "1" over "764,25", is read whole, and the line of its rest
    // is no row: the next row is the one after it.)
    // (Another column's text may stand on the rest's line, left of the headers: "Termin płatności: 21 dni" beside "764,25".)
    const rests = new Set<Segment>();
    const whole = (l: Line) => figuresJoined(lines, lines.indexOf(l), rests);
    const left = Math.min(...headers.map((h) => h.s.x)) - 5;
    const restOnly = (l: Line) => l.segments.filter((s) => s.x2 > left).every((s) => rests.has(s));
    for (const below of near.slice(0, 3)) {
      if (restOnly(below)) continue;
      if (below.y - top > 3 * lines[i].height + 4) break;
      if (CORRECTION_STATE.test(below.text)) {
        top = below.y2;
        continue;
      }
      const read = whole(below);
      const row = figures(read);
      const n = Object.keys(row).length;
      // A row with a figure under the headers that could not be read as theirs (figures run together in one
      // cell) is the table's first row all the same: the rows after it are other rates' ("23% | 2 458,55
      // 565,47 3 024,02" over "zw | 36,00 | 0,00 | 36,00"), not the totals. (Not a paragraph's row beside
      // them, "… frais de recouvrement : 40 €".)
      if (n < 2 && below.segments.some((s) => /\d[.,]\d{2}\b/.test(s.text) && headers.some((h) => s.x < h.s.x2 && s.x2 > h.s.x))) break;
      if (n < 2) continue;
      const { amount, taxAmount, totalAmount } = row;
      // A printed rounding ("Öresavrundning 0,12") parts the total from net and tax by less than a unit.
      if (n === 3 && Math.abs(amount! + taxAmount! - totalAmount!) > (lines[i].segments.some((s) => ROUNDING.test(s.text)) ? 0.5 : 0.011)) break;
      // A second row of figures under the same headers right below: a table of lines, not the totals.
      // (Not the payments made deducted under the total, "abzgl. 1. Abschlagsrechnung | -8.000,00 | -1.520,00 | -9.520,00".)
      // (Lines of another column between the rows, nothing under the headers, are stepped over.)
      const at = lines.indexOf(below);
      const next = lines.slice(at + 1, at + 6).find((l) => l.page === below.page && !restOnly(l));
      const nextRow = next ? Object.values(figures(whole(next))) : [];
      if (next && next.y - read.y2 < 2 * below.height && nextRow.length >= 2 && !nextRow.every((v) => v < 0)) break;
      found = row;
      break;
    }
  }
  return found;
}

/**
 * Line `i` with each figure wrapped at its thousands in its narrow cell ("1" over "764,25", set right under it) read
 * whole; the cells of the rests are added to `rests`.
 */
function figuresJoined(lines: readonly Line[], i: number, rests: Set<Segment>): Line {
  const line = lines[i];
  // (The row then ends where its rests end: the next row is measured from there.)
  let y2 = line.y2;
  const segments = line.segments.map((s) => {
    const rest = wrappedRest(lines, i, s);
    if (!rest) return s;
    rests.add(rest);
    y2 = Math.max(y2, rest.y + rest.height);
    return { ...s, text: `${s.text.trim()} ${rest.text.trim()}`, x: Math.min(s.x, rest.x), x2: Math.max(s.x2, rest.x2) };
  });
  return y2 > line.y2 ? { ...line, y2, segments, text: segments.map((s) => s.text).join('  ') } : line;
}

/**
 * Whether line `i` is the second row of an item table's header wrapped in narrow cells ("Cena | Wartość netto | … |
 * Wartość" over "netto | VAT | brutto"): right under a row of words with two cells or more that head no total.
 */
function itemHeaderWrapped(lines: readonly Line[], i: number): boolean {
  const heading = lines[i - 1];
  return !!heading && heading.page === lines[i].page && lines[i].y - heading.y2 < lines[i].height && !HAS_DIGIT.test(heading.text) && heading.segments.filter((s) => !totalsKind(s.text)).length >= 2;
}

/**
 * Totals as one band of header cells over a row of figures that runs through the sums left to right ("Sous-total
 * HT | Remise 10 % | Total HT | TVA 20 % | Total TTC | Déjà réglé | Reste à payer"): two cells name a net or a
 * gross, which totalsTable takes for no table. Each tax cell's figure with the nearest net cell left of it and the
 * nearest gross cell right of it, when net + tax make that gross to the cent: the first such three.
 */
function runningTotalsBand(lines: readonly Line[]): Partial<Record<TotalsKey, number>> | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    // (A text layer's band may run header cells set close into one segment, "Remise | Net" or "Acompte | Net à": its
    // items apart by a gap are the cells.)
    const cells = lines[i].segments.flatMap((c) => (c.items.some((it) => it.confidence !== undefined) ? [c] : cellsAtGaps(c)));
    if (cells.length < 4 || figureBesideRates(lines[i].text)) continue;
    // Headers wrapped in the band's narrow cells ("Total" over "HT", "Montant" over "TVA", "Net à" over "payer"): each
    // cell read with the one under it, on a line of words and rates only right under the band's first.
    const next = lines[i + 1];
    const wrapped = next.page === lines[i].page && next.y - lines[i].y2 < lines[i].height && !figureBesideRates(next.text) ? next : null;
    const headerText = (s: Segment) => {
      const rest = wrapped?.segments.flatMap((c) => cellsAtGaps(c)).find((n) => n.x < s.x2 && n.x2 > s.x);
      return rest ? `${s.text} ${rest.text}` : s.text;
    };
    const kinds = cells.map((s) => totalsKind(headerText(s)));
    if (!kinds.includes('amount') || !kinds.includes('taxAmount') || !kinds.includes('totalAmount') || new Set(kinds.filter(Boolean)).size === kinds.filter(Boolean).length) continue;
    // (No item table's header: "Description | Qty | Net | VAT | Total", nor its second row wrapped in narrow cells,
    // "Nazwa towaru lub | … | Wartość" over "usługi | netto | netto | % | VAT | brutto", a description's header
    // and the quantity's run together as a scan reads them.)
    if (cells.some((s, k) => !kinds[k] && ITEM_HEADERS.some(([key, re]) => key === 'description' && re.test(s.text.trim()))) || itemHeaderWrapped(lines, i)) continue;
    const below = lines[i + (wrapped ? 2 : 1)];
    if (!below) continue;
    if (below.page !== lines[i].page || below.y - lines[i].y2 > 2 * lines[i].height) continue;
    // Each figure under the header its centre is nearest; every header one figure.
    const centre = (c: { x: number; x2: number }) => (c.x + c.x2) / 2;
    const figures = below.segments.flatMap(figureCells).filter((c) => MONEY_CELL.test(c.text.trim()));
    if (figures.length !== cells.length) continue;
    const values: Array<number | null> = cells.map(() => null);
    for (const c of figures) {
      const k = cells.map((h, n) => n).sort((a, b) => Math.abs(centre(cells[a]) - centre(c)) - Math.abs(centre(cells[b]) - centre(c)))[0]!;
      values[k] = parseAmount(c.text);
    }
    if (values.some((v) => v === null)) continue;
    for (const [t, kind] of kinds.entries()) {
      if (kind !== 'taxAmount') continue;
      const net = kinds.slice(0, t).lastIndexOf('amount');
      const gross = kinds.indexOf('totalAmount', t + 1);
      if (net < 0 || gross < 0) continue;
      const [amount, taxAmount, totalAmount] = [values[net]!, values[t]!, values[gross]!];
      if (Math.abs(amount + taxAmount - totalAmount) < 0.011) return { amount, taxAmount, totalAmount };
    }
  }
  return null;
}

/** A recapitulation's row label: a rate, perhaps after a word ("Stopa 21%", "PDV 25%", "21 %"). */
// (Or the rate's name before it, as Czech and Slovak programs label the rows: "Základní sazba 21 %", "Snížená sazba
// 12 %", "Druhá snížená sazba 10 %", "Znížená sadzba 19 %".)
const RATE_ROW_LABEL = onFirstUse(() => /^(?:(?:\p{L}[\p{L}.-]*\s+){0,2}(?:sazba|sadzba|stawka|stopa|stopnja)\s+|\p{L}[\p{L}.-]*\s*)?\d{1,2}(?:[.,]\d{1,2})?\s*%$/iu);
/** A recapitulation's total row label; as OCR reads its marks too ("Osszesen" for "Összesen"), as a label is. */
const RECAP_TOTAL = ocrTolerant(/^(?:total|totale|totaal|totalt|gesamt|summe|sum|suma|somma|i\s+alt|celkem|spolu|sou[čc]et|s[úu][čc]et|razem|yhteensä|kokku|kopā|iš\s+viso|skupaj|ukupno|укупно|вкупно|összesen|σ[υύ]νολο)$/i);

/**
 * The totals row of a recapitulation under a totals table's headers: two rate rows or more, each its rate at the
 * left and figures under the headers, then a row labelled as their total whose every figure is its column's sum.
 */
function recapitulationTotal(lines: readonly Line[], i: number, figures: (l: Line) => Partial<Record<TotalsKey, number>>, headerRows = 0): Partial<Record<TotalsKey, number>> | null {
  const sums: Partial<Record<TotalsKey, number>> = {};
  let rates = 0;
  let prev = lines[i + headerRows];
  // The grid's own span: a row whose cells all lie beside it is another column's, set level with the grid's rows
  // ("Fizetendő: 28 990 Ft" right of an "ÁFA összesítő" between its rate rows), and no end of the grid.
  const left = Math.min(...lines[i].segments.map((s) => s.x));
  const right = Math.max(...lines[i].segments.map((s) => s.x2));
  // A row may wrap in its narrow cells: its figures at their thousands ("22" over "030,00") and its label before the
  // rate ("Základní sazba" over "21 %"). The row is read whole, and the line of its rests is no row.
  const rests = new Set<Segment>();
  for (let k = i + 1 + headerRows; k < Math.min(lines.length, i + 12); k++) {
    const line = lines[k];
    if (line.page !== lines[i].page || line.y - prev.y2 > 2 * prev.height) return null;
    // (A cell that starts beside the grid is another column's: "QR Platba", a payment string at the left.)
    const inGrid = (s: Segment) => s.x >= left - 5 && s.x <= right + 5;
    if (line.segments.every((s) => rests.has(s) || !inGrid(s))) continue;
    const l = figuresJoined(lines, k, rests);
    prev = l;
    if (l.segments.every((s) => s.x > right + 5 || s.x2 < left - 5)) continue;
    // (The row's label is the cell before its first figure: a caption of another column may stand left of it, "QR
    // Platba | Snížená sazba | 2 520,00 | …".)
    const firstFigure = l.segments.findIndex((s) => MONEY_CELL.test(s.text.trim()) && inGrid(s));
    const labelCell = firstFigure > 0 ? l.segments[firstFigure - 1] : l.segments[0];
    let first = labelCell?.text.trim() ?? '';
    const under = lines[k + 1];
    const labelRest = labelCell && under && under.page === l.page && under.y - line.y2 < line.height && !RATE_ROW_LABEL().test(first)
      ? under.segments.find((s) => Math.abs(s.x - labelCell.x) < 1.5 && !rests.has(s) && /%$/.test(s.text.trim()))
      : undefined;
    if (labelRest && RATE_ROW_LABEL().test(`${first} ${labelRest.text.trim()}`)) {
      first = `${first} ${labelRest.text.trim()}`;
      rests.add(labelRest);
      if (under.segments.every((s) => rests.has(s) || !inGrid(s))) prev = { ...l, y2: Math.max(l.y2, under.y2) };
    }
    const row = figures(l);
    const keys = Object.keys(row) as TotalsKey[];
    if (keys.length < 2) return null;
    if (RATE_ROW_LABEL().test(first)) {
      for (const key of keys) sums[key] = Math.round(((sums[key] ?? 0) + row[key]!) * 100) / 100;
      rates++;
      continue;
    }
    if (!RECAP_TOTAL.test(first) || rates < 2) return null;
    return keys.every((key) => sums[key] !== undefined && Math.abs(sums[key]! - row[key]!) < 0.005) ? row : null;
  }
  return null;
}

/** A rate in a column's header ("USt 19 %"). */
const RATE_IN_HEADER = /\s*\d{1,2}(?:[.,]\d{1,2})?\s*%/;
const RATES_IN_HEADER = new RegExp(RATE_IN_HEADER.source, 'g');
/** Whether a header row holds a figure besides its rates ("MwSt. 19 %" holds none): a row of values, not headers. */
const figureBesideRates = (text: string) => /\d/.test(text.replace(RATES_IN_HEADER, ''));

/** A column of a totals grid headed by its rate alone or with the tax's word: "7 %", "5,5 %", "VAT 25%", "IVA 6%". */
const RATE_COLUMN = onFirstUse(() => /^(?:\p{L}[\p{L}.]*\s*)?\d{1,2}(?:[.,]\d{1,3})?\s*%$/u);
/** The column of a totals grid that adds up the rates' columns. */
const TOTAL_COLUMN = /^(?:total|totale|totaal|totalt|gesamt|summe|sum|suma|somma|i\s+alt|celkem|razem|yhteensä|kokku|összesen)$/i;

/**
 * Totals set as a grid with a column per VAT rate ("| 7 % | 19 % | Gesamt" over "Netto | 132,50 | 151,80 |
 * 284,30", "USt", "Brutto"; "Taux TVA | 5,5 % | 10 % | 20 % | Total" over "Base HT", "TVA", "TTC"): each row's
 * total is its figure under the grid's total column, or the sum of its figures under the rates when the grid
 * has none. Read with the first figure after the label, the first rate's figures were taken for the invoice's.
 * Null unless two rows or more name a total, and net, tax and gross add up when all three are printed.
 */
function rateColumnsTable(lines: readonly Line[]): Partial<Record<TotalsKey, number>> | null {
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i].segments.flatMap(ocrBoxes);
    const rates = header.filter((s) => RATE_COLUMN().test(s.text.trim()));
    if (rates.length < 2) continue;
    const last = header.at(-1)!;
    const total = TOTAL_COLUMN.test(last.text.trim()) && last.x > rates.at(-1)!.x ? last : null;
    // Nothing else on the header's row but a caption at its left ("Taux TVA", "Quadro de IVA").
    if (header.some((s) => s !== total && !rates.includes(s) && s.x2 > rates[0].x)) continue;
    const columns = total ? [total] : rates;
    const centre = (c: { x: number; x2: number }) => (c.x + c.x2) / 2;
    const row: Partial<Record<TotalsKey, number>> = {};
    for (const below of lines.slice(i + 1, i + 5)) {
      if (below.page !== lines[i].page || !below.segments.length) break;
      const cells = below.segments.flatMap(ocrBoxes);
      const kind = totalsKind(cells[0].text);
      if (!kind || cells[0].x2 > rates[0].x) break;
      // Each figure under the header belongs to the column its centre is nearest.
      const figures = cells.slice(1).flatMap(figureCells).filter((c) => MONEY_CELL.test(c.text.trim()));
      const heads = [...rates, ...(total ? [total] : [])];
      const nearest = (c: { x: number; x2: number }) => heads.reduce((a, b) => (Math.abs(centre(a) - centre(c)) <= Math.abs(centre(b) - centre(c)) ? a : b));
      const summed = figures.filter((c) => columns.includes(nearest(c)));
      const values = summed.map((c) => parseAmount(c.text)).filter((v): v is number => v !== null);
      if (!values.length || values.length < summed.length || row[kind] !== undefined) break;
      row[kind] = Math.round(values.reduce((a, v) => a + v, 0) * 100) / 100;
    }
    const { amount, taxAmount, totalAmount } = row;
    if (Object.keys(row).length < 2) continue;
    if (amount !== undefined && taxAmount !== undefined && totalAmount !== undefined && Math.abs(amount + taxAmount - totalAmount) > 0.011) continue;
    return row;
  }
  return null;
}

/**
 * Totals set as one row of a grid with a base and a tax column per VAT rate and the total last ("Base 4% |
 * Cuota 4% | Base 10% | Cuota 10% | … | TOTAL FACTURA" over one row of figures, each header perhaps wrapped,
 * "Base" over "4%"): the net is the bases' sum, the tax the quotas', the total its column's. Taken only when
 * every header is one of these, each rate has its base and its tax, and net + tax = total.
 */
function basesAndTaxesRow(lines: readonly Line[]): Partial<Record<TotalsKey, number>> | null {
  const BASE = /^(?:base(?:\s+imponible)?|imponibile|incid[êe]ncia|netto|net)$/i;
  const QUOTA = /^(?:cuota|quota|imposta|imposto|iva|vat|tax)$/i;
  // (On a scan the row of headers may be one cell of OCR's boxes set close, "Netto 7 %" "MwSt 7 %" … run together:
  // the row is read as it stands, then box by box.)
  const rows = lines.slice(0, -1).flatMap((l, i) => {
    const boxes = l.segments.flatMap(ocrBoxes);
    return boxes.length > l.segments.length ? [{ l, i }, { l: { ...l, segments: boxes }, i }] : [{ l, i }];
  });
  for (const { l, i } of rows) {
    // (No figure on the header's row but its rates: "Netto 7 % | MwSt 7 % | … | Rechnungsbetrag EUR" on one row.)
    if (l.segments.length < 5 || l.segments.some((s) => HAS_DIGIT.test(s.text.replace(RATE_IN_HEADER, '')))) continue;
    const under = lines[i + 1];
    const wrapped = under.page === l.page && under.y - l.y2 < l.height && !MONEY_CELL.test(under.segments[0]?.text.trim() ?? '') ? under : null;
    const headers = l.segments.map((s) => {
      const rest = wrapped?.segments.find((n) => n.x < s.x2 && n.x2 > s.x);
      const text = (rest ? `${s.text} ${rest.text}` : s.text).trim();
      const rate = text.match(RATE)?.[1];
      const word = text.replace(RATE_IN_HEADER, ' ').trim();
      const kind: 'base' | 'tax' | 'total' | null = rate && BASE.test(word) ? 'base' : rate && (QUOTA.test(word) || TAX_LABELS.some((re) => wholeLabel({ ...s, text: word }, re))) ? 'tax' : !rate && totalsKind(text) === 'totalAmount' ? 'total' : null;
      return { s, rate, kind };
    });
    const bases = headers.filter((h) => h.kind === 'base');
    const taxes = headers.filter((h) => h.kind === 'tax');
    const total = headers.filter((h) => h.kind === 'total');
    if (headers.some((h) => !h.kind) || bases.length < 2 || total.length !== 1 || taxes.length !== bases.length) continue;
    if (new Set(bases.map((h) => h.rate)).size !== bases.length || bases.some((b) => !taxes.some((t) => t.rate === b.rate))) continue;
    const row = lines[i + (wrapped ? 2 : 1)];
    if (!row || row.page !== l.page) continue;
    const figures = row.segments.flatMap(figureCells).filter((c) => MONEY_CELL.test(c.text.trim()));
    if (figures.length !== headers.length) continue;
    const centre = (c: { x: number; x2: number }) => (c.x + c.x2) / 2;
    const nearest = (c: { x: number; x2: number }) => headers.reduce((a, b) => (Math.abs(centre(a.s) - centre(c)) <= Math.abs(centre(b.s) - centre(c)) ? a : b));
    const sums = { base: 0, tax: 0, total: 0 };
    const used = new Set<unknown>();
    for (const c of figures) {
      const h = nearest(c);
      const v = parseAmount(c.text);
      if (v === null || used.has(h)) return null;
      used.add(h);
      sums[h.kind!] += v;
    }
    const [amount, taxAmount, totalAmount] = [sums.base, sums.tax, sums.total].map(round2);
    if (Math.abs(amount + taxAmount - totalAmount) > 0.011) continue;
    return { amount, taxAmount, totalAmount };
  }
  return null;
}

/**
 * A cell's OCR boxes, each a cell of its own: a box stands wider than its print, so the boxes of a narrow grid's
 * neighbouring cells touch and run into one segment ("19 %" "Gesamt", "Netto" "132,50"). A box that repeats the
 * last letters of the one before where the two overlap ("% IvA" "A Cuota IVA") is read without them, as the
 * segment reads it (readTwice). A text layer's cell is itself.
 */
function ocrBoxes(c: Segment): Segment[] {
  if (c.items.length < 2 || c.items.some((it) => it.confidence === undefined)) return [c];
  return c.items.map((it, k) => {
    const before = c.items[k - 1];
    const seam = before ? readTwice({ text: before.text, x2: before.x + before.width }, it) : 0;
    return { text: it.text.slice(seam).trim(), x: it.x, x2: it.x + it.width, y: it.y, height: it.height, items: [it] };
  });
}

/**
 * The figures of a cell when close figures share one text item ("36,120.00 3,37,120.00"), each with its
 * cents (so no figure whose thousands a space sets off: "630 000"); else null.
 */
function sharedFigures(text: string): string[] | null {
  const parts = text.trim().split(/\s+/);
  return parts.length > 1 && parts.every((p) => /^\D?\d[\d.,']*[.,]\d{2}$/.test(p)) ? parts : null;
}

/** A cell's figures, each a cell of its own where it is printed ("4.674,00 29.274,00" under "USt 19 %" and "Brutto"). */
function figureCells(c: Segment): Array<{ text: string; x: number; x2: number }> {
  const words = sharedFigures(c.text);
  if (!words) return [c];
  let at = 0;
  return words.map((w) => {
    const from = c.text.indexOf(w, at);
    at = from + w.length;
    return { text: w, x: charX(c, from), x2: charX(c, at) };
  });
}

/**
 * A header a totals row may hold beside its totals: the goods' sum before a discount and the discount
 * ("Importe bruto", "Dto. P.P.", "Descuento"), an Italian summary's VAT nature and chargeability ("Natura",
 * "Esigibilità", "Spese accessorie"), a Swedish grid's taxable amount ("Momspliktigt", the net again).
 */
const SIDE_CELL = ocrTolerant(/^(?:importe\s+bruto|bruto|dto\.?(?:\s*p\.?\s*p\.?)?|descuento(?:\s+p\.?\s*p\.?|\s+pronto\s+pago)?|natura|esigibilit[àa](?:\s+iva)?|spese\s+accessorie|momspliktigt(?:\s+belopp)?)$/i);

/**
 * The net and the tax from a breakdown by rate, for the ones the totals block did not give; taken when
 * its sums add up to the total read (a cent per row), or when no total was read. A tax read by its label
 * alone, no net beside it, that the breakdown contradicts gives way when the breakdown adds up to the total
 * and each of its rows' tax is its base at its rate: a stray figure after a tax word ("DPH 1" for the item
 * table's "DPH %", a scan's misread) makes no such sums.
 */
function fromBreakdown(inv: Invoice, b: Breakdown | null): void {
  if (!b || (inv.amount !== null && inv.taxAmount !== null)) return;
  // (A total rounded to the whole unit, as Czech and Swedish bills round what is to pay, "Zaokrouhlení 0,20", may differ
  // from the summary's sums by under half a unit, when every row's tax is its base at its rate.)
  const rounded = b.atRates && inv.totalAmount !== null && Number.isInteger(inv.totalAmount) && Math.abs(b.net + b.tax - inv.totalAmount) < 0.5;
  if (inv.totalAmount !== null && Math.abs(b.net + b.tax - inv.totalAmount) > 0.01 * b.rows + 1e-9 && !rounded) return;
  if (inv.amount !== null && Math.abs(inv.amount - b.net) > 0.005) return;
  if (inv.taxAmount !== null && Math.abs(inv.taxAmount - b.tax) > 0.005 && !(inv.amount === null && inv.totalAmount !== null && b.atRates)) return;
  inv.amount = b.net;
  inv.taxAmount = b.tax;
}

/** The document's title alone in its cell. */
// (A credit note's own title: "Creditnota", "Kreditnota", "Kreditfaktura", "Hyvityslasku", "Credit memo", "Nota di credito", the
// Czech and Slovak "Opravný daňový doklad – dobropis", "Dobropis".)
// (A Czech or Slovak "Faktura – daňový doklad", the invoice as a tax document. Balkan, Icelandic and Estonian
// titles: "Račun", "РАЧУН", "ФАКТУРА", "Faturë tatimore", "REIKNINGUR", "ARVE", the Latvian "PVN rēķins" and the
// Lithuanian "PVM sąskaita faktūra",
// and their credit notes' "КРЕДИТНО ИЗВЕСТИЕ", "KREDITREIKNINGUR", "KREEDITARVE"; a Latin American
// e-invoice's: "Factura electrónica (de venta)".)
const TITLE_WORDS = String.raw`(?:(?:tax|simplified|vat|pro-?\s?forma|service|sales|commercial)\s+)?(?:invoice|(?:sammel|schluss|abschlags|teil|jahres|monats)?rechnung|gutschrift|rechnungskorrektur|facture|avoir|factuur|factur[aă]|fattura|fatura|fakt[uú]ra(?:\s+vat|\s*[-–]\s*da[ňn]ov[ýy]\s+doklad)?|fatur[ëe](?:\s+tatimore)?|ra[čc]un|рачун|фактура|(?:pvn\s+)?r[ēe]ķins|(?:pvm\s+)?s[ąa]skaita[\s-]+fakt[ūu]ra|кредитно\s+известие|(?:kredit)?reikningur|(?:kreedit)?arve|credit\s+note|credit\s+memo|[ck]reditnota|kreditfaktura|hyvityslasku|opravn[ýy]\s+da[ňn]ov[ýy]\s+doklad(?:\s*(?:\(\s*(?:dobropis|vrubopis)\s*\)|[–-]\s*(?:dobropis|vrubopis)))?|dobropis|note\s+de\s+cr[ée]dit|nota\s+de\s+cr[ée]dito|nota\s+di\s+credito|adjustment\s+note)(?:\s+(?:simplificada|semplificata|simplifi[ée]e|de\s+r[ée]gularisation|d['’]acompte|de\s+solde|r[ée]capitulative|rectificativa|rectificative|retificativa|rettificativa|electr[óo]nica(?:\s+de\s+venta)?)|\s*-\s*(?:recibo|ricevuta|receipt))?`;
/**
 * The title alone in its cell, or with its translation ("Faktura VAT / VAT Invoice", "Rechnung / Invoice"); as OCR
 * reads its marks too ("Faktüra - danovy doklad" for "Faktúra – daňový doklad"), as a label is.
 */
const TITLE_CELL = ocrTolerant(new RegExp(String.raw`^${TITLE_WORDS}(?:\s*\/\s*${TITLE_WORDS})?$`, 'i'));
/** The title with its date, as a telecom's band prints it: "Facture du 5 novembre 2025", "Invoice of 1 May 2025". */
const DATED_TITLE = ocrTolerant(new RegExp(String.raw`^${TITLE_WORDS}\s+(?:du|of|dated|vom|del|van)\s+\S*\d`, 'i'));
/**
 * A number label that names no document: "Nr.", "No.", "Number:", "N°", "N.º", "Numéro :", the Czech and Slovak
 * "Číslo:", the Serbian "број"; as
 * OCR reads its marks too ("Nûmero:").
 */
// (The longer words first: OCR's form of "nummer" takes "Numer", which would leave "Numero"'s "o".)
// (The Italian "N." alone before the figures, "FATTURA" over "N. 1184/2026 del 19/11/2026".)
// (The Czech and Slovak "č.", "Faktura – daňový doklad" over "č. 2025-0318".)
const BARE_NUMBER_LABEL = ocrTolerant(/^(?:num[ée]ro|n[úu]mero|nummer|number|[čc][íi]slo|no\.?|nr\.?|n\.?[°º˚№]\.?|n\.(?=\s*\d)|č\.(?=\s*[A-Z0-9])|#|br\.|бр\.|broj|број)\s*[:.]?\s*/i);

/** A numbering range's letters and the consecutive figures after a space, alone in the cell: "FD 4471", "DMA 15823". */
const PREFIX_AND_CONSECUTIVE = /^([A-Z]{1,4} \d{1,10})$/;

/**
 * A bare number label ("Nr. RE-1001", "#INV-0042") opening a cell on a line just under the title
 * ("RECHNUNG"), or after a title with its date on the title's own line ("Facture du 5 novembre 2025 |
 * N° FP2511-0048812"): the title says whose number it is.
 */
function numberUnderTitle(page1: readonly Line[], numberOf: (rest: string) => string | null): string | null {
  for (const [i, l] of page1.entries()) {
    const title = l.segments.find((s) => TITLE_CELL.test(s.text.trim()) || DATED_TITLE.test(s.text.trim()) || wrappedTitle(page1, i, s));
    if (!title) continue;
    // The lines within a few lines' height under it: a title set large beside the letterhead has the
    // letterhead's rows between it and its number.
    // (Or on the title's own line, in a cell after it: "FACTURA | Número: 2025/118 | Fecha: 07/10/2025".)
    for (const next of page1.slice(i)) {
      if (next.y - l.y2 > 12) break;
      for (const [k, seg] of next.segments.entries()) {
        if (next === l && seg.x <= title.x) continue;
        const m = seg.text.match(BARE_NUMBER_LABEL);
        // The label in a cell of its own ("Nº | T-2024-0091"): the number is the next cell.
        const own = m ? seg.text.slice(m[0].length).trim() : '';
        const cell = m && !own ? next.segments[k + 1] : undefined;
        // (A Colombian DIAN number is its range's prefix and its consecutive figures, set apart: "No. FD 4471".)
        const v = m ? numberOf(own || (cell?.text ?? '')) ?? own.match(PREFIX_AND_CONSECUTIVE)?.[1] ?? null : null;
        // The number wrapped in its cell, its head on the line above ending at a separator ("FL-25-" over "0301").
        // (A line of the column beside may sit between them.)
        const above = cell ? page1.slice(page1.indexOf(l) + 1, page1.indexOf(next)).filter((a) => next.y - a.y2 < 1.5 * next.height) : [];
        const head = above.flatMap((a) => a.segments).find((s) => Math.abs(s.x - cell!.x) < 2 && /^[A-Z0-9][A-Z0-9\-/._]*[-/.]$/i.test(s.text.trim()));
        if (v && head) return numberOf(head.text.trim() + v) ?? v;
        if (v) return v;
      }
    }
  }
  return null;
}

/**
 * A title wrapped in a narrow cell, its last word on the line under it, in its column ("FACTURA ELECTRÓNICA DE" over
 * "VENTA"): a title read whole.
 */
function wrappedTitle(page1: readonly Line[], i: number, seg: Segment): boolean {
  const next = page1[i + 1];
  if (!next || next.page !== page1[i].page || next.y - page1[i].y > 1.6 * page1[i].height) return false;
  const tail = next.segments.find((s) => s.x < seg.x2 && s.x2 > seg.x && /^\p{L}+$/u.test(s.text.trim()));
  return !!tail && TITLE_CELL.test(`${seg.text.trim()} ${tail.text.trim()}`);
}

/**
 * A cell that is a document number and nothing else: "FA-2024-09-00412", "FR A/482", or a series' capitals run
 * into its digits, as invoicing apps number ("F250087", "INV0042"; a VAT id, "ESB87441206", has eight digits or more);
 * no date, no amount.
 */
function isNumberCell(text: string): boolean {
  const t = text.trim();
  return (SERIES_NUMBER.test(t) && t.match(SERIES_NUMBER)![1] === t) || (/^(?=\S*\d)[A-Z0-9][A-Z0-9\-/._]*$/i.test(t) && /[-/]/.test(t) && !isDateLike(t))
    || /^[A-Z]{1,4}\d{4,7}$/.test(t);
}

/**
 * The number alone right under the title, in the title's column ("Facture" over "FA-2024-09-00412",
 * "FATURA-RECIBO" over "FR A/482"), with no label: a number with a separator, so neither a date nor a
 * figure, as the title's own line; a copy's mark may stand between them ("Original", "Duplicado").
 */
function numberBelowTitle(page1: readonly Line[]): string | null {
  for (const [i, l] of page1.entries()) {
    const title = l.segments.find((s) => TITLE_CELL.test(s.text.trim()));
    if (!title) continue;
    const inColumn = (s: Segment) => s.x < title.x2 && s.x2 > title.x;
    // (A copy's mark under the title, "FATURA" over "Original" over "FT A2025/1187", is stepped over.)
    let [above, k]: [Segment, number] = [title, i + 1];
    const mark = (n: Line | undefined) => n?.segments.find((s) => inColumn(s) && s.y > above.y && s.y - above.y <= 1.5 * above.height && COPY_MARK.test(s.text.trim()));
    for (let m = mark(page1[k]); m && page1[k].page === l.page; m = mark(page1[k])) [above, k] = [m, k + 1];
    const next = page1[k];
    const cell = next?.page === l.page ? next.segments.find((s) => inColumn(s) && isNumberCell(s.text)) : undefined;
    // (With its end wrapped in its narrow cell: "FX-2025-" over "00412".)
    if (cell && cell.y - above.y <= 1.5 * above.height) return withWrappedEnd(page1, k, cell.text.trim(), (rest) => (isNumberCell(rest) ? rest.trim() : null));
  }
  return null;
}

/**
 * The document's word labelling a row of the info table, its number in the next cell ("Factuur | 25-0812"
 * over "Datum | 13-11-2025"): a number with a separator, so neither a date nor a figure.
 */
function numberBesideTitle(page1: readonly Line[]): string | null {
  for (const [i, l] of page1.entries()) {
    const row = titleRow(l);
    // (With its end wrapped in its narrow cell: "SR-2025-" over "0064" set right.)
    if (row && row.gap < 45 && isNumberCell(row.cell.text)) return withWrappedEnd(page1, i, row.cell.text.trim(), (rest) => (isNumberCell(rest) ? rest.trim() : null));
  }
  return null;
}

/** A line's cell holding the document's title word, the cell after it and the gap between them. */
function titleRow(l: Line): { title: Segment; cell: Segment; gap: number } | null {
  const k = l.segments.findIndex((s) => TITLE_CELL.test(s.text.trim()));
  const [title, cell] = [l.segments[k], l.segments[k + 1]];
  return k >= 0 && cell ? { title: title!, cell, gap: cell.x - title!.x2 } : null;
}

/**
 * The document's word labelling a row of an info table with bare digits in the next cell ("Rechnung | 90012874"
 * over "Datum | 25.11.2025", as an ERP's print form sets it): no reading takes those digits, for fear of a figure,
 * but a number read elsewhere that they contradict is in doubt.
 */
function digitsBesideTitle(page1: readonly Line[]): string | null {
  for (const [i, l] of page1.entries()) {
    const row = titleRow(l);
    if (!row || row.gap >= 60 || !/^\d{5,12}$/.test(row.cell.text.trim())) continue;
    if (page1[i + 1]?.segments.some((s) => Math.abs(s.x - row.title.x) < 2)) return row.cell.text.trim();
  }
  return null;
}

/**
 * A header cell that is a number word alone ("Numero", "No.") or a date word alone ("Data", "Date"), as OCR may read
 * them too ("Nümero", its mark read as another on the same letter).
 */
// (The Greek "Αριθμός" and "Ημερομηνία", a Greek program's header cells beside "Σειρά": "Σειρά | Αριθμός | Ημερομηνία".)
export const NUMBER_HEADER = ocrTolerant(/^(?:no\.?|nr\.?|n[°º]\.?|number|nummer|num[ée]ro|número|numer|αριθμ[οό]ς)$/i);
const DATE_HEADER = ocrTolerant(/^(?:date|datum|data|fecha|dato|ημερομην[ιί]α)$/i);

/**
 * The document's row as a table ("Tipo documento | Numero | Data" over "TD01 Fattura | 87 | 14/04/2025",
 * as a courtesy copy of an e-invoice prints it): a bare number header beside a bare date header names the
 * document's own number, the cell under it. So does the document's word heading that column in an ERP's grid
 * ("FACTURE | Date | N° client" over "FA00871 | 20/11/2025 | CLEGOF", "Factuur | Factuurdatum | Debiteur"):
 * its value may sit under a header cell wrapped beside it ("N°" over "client"), or wrap in its narrow cell
 * ("A-" over "25/004417").
 */
function numberInHeaderRow(page1: readonly Line[], numberOf: (rest: string) => string | null): string | null {
  // (A header cell may end in a colon, "Nr." beside "Datum:" and "Vervaldag:".)
  const bare = (s: Segment) => s.text.trim().replace(/\s*:$/, '');
  for (const [i, l] of page1.entries()) {
    // The number's header before the title's: a grid may open with the title over no value of its own ("FACTUUR |
    // Nr. | Datum:" over "| 25/0219 | 13/11/2025"), its number under the number word beside it.
    const headers = [...l.segments.filter((s) => NUMBER_HEADER.test(bare(s))), ...l.segments.filter((s) => TITLE_CELL.test(s.text.trim()))];
    for (const header of headers) {
      if (!l.segments.some((s) => s !== header && (DATE_HEADER.test(bare(s)) || wholeLabel(s, DATE_LABELS[0])))) continue;
      const titled = TITLE_CELL.test(header.text.trim());
      for (let j = i + 1; j < page1.length && page1[j].page === l.page && page1[j].y - l.y2 <= (titled ? 3 : 2) * l.height; j++) {
        const below = page1[j].segments.find((s) => s.x < header.x2 && s.x2 > header.x);
        if (!below) continue;
        const own = ownCell(below, header, l).text;
        const v = numberOf(titled ? withWrappedEnd(page1, j, own.trim(), numberOf) : own);
        if (v && !isDateLike(v)) return v;
        break;
      }
    }
  }
  return null;
}

/**
 * An info block's column of keys whose number key names no document, a bare date key right under or over it in
 * the same column ("Nummer | CN 2026/0042" over "Datum | 27/11/2026", as an accounting package prints a credit
 * note's block): the document's own number and date, each in the cell beside its key. (A key naming something
 * else, "Klantnummer", "Order No.", is no bare number key; a key set after another cell of the row is a column
 * of its own, not the block's.)
 */
function numberKeyOverDateKey(page1: readonly Line[], numberOf: (rest: string) => string | null): string | null {
  const bare = (s: Segment) => s.text.trim().replace(/\s*:$/, '');
  for (const [i, l] of page1.entries()) {
    const k = l.segments.findIndex((s) => NUMBER_HEADER.test(bare(s)));
    const [key, cell] = [l.segments[k], l.segments[k + 1]];
    if (!key || !cell || cell.x - key.x2 > 60 || (k > 0 && key.x - l.segments[k - 1].x2 < 30)) continue;
    const near = [page1[i - 1], page1[i + 1], page1[i + 2], page1[i - 2]].filter((n) => n && n.page === l.page && Math.abs(n.y - l.y) <= 3 * l.height);
    const dateKey = near.some((n) => n.segments.some((s, m) => Math.abs(s.x - key.x) < 2 && DATE_HEADER.test(bare(s)) && !!n.segments[m + 1] && !!findDate(n.segments[m + 1].text)));
    const v = dateKey ? numberOf(cell.text) : null;
    if (v && !isDateLike(v)) return v;
  }
  return null;
}

/**
 * A credit memo's or credit note's own number label ("Credit #", "Credit Note No.", "Adjustment note
 * no."), and an invoice's, or the invoice it adjusts ("Original tax invoice").
 */
const CREDIT_NUMBER = /\b(?:credit(?:\s+(?:memo|note))?|adjustment\s+note)\s*(?:#|no\.|nr\.|number)/i;
// (Or the invoice the memo is against, "Against invoice INV-10387".)
const INVOICE_NUMBER = /\binvoice\s*(?:#|no\.|number)|\boriginal\s+(?:tax\s+)?invoice\b|\bagainst\s+invoice\b/i;
/**
 * One short word in title case: what heads a block ("Organisation", "Rental" over "agreement") or is left of a name
 * whose titles were dropped; a customer's name has a second word or a company form. (A long compound is a name of
 * its own: "Stockwerkeigentümergemeinschaft", a Swiss owners' association.)
 */
const ONE_WORD = /^\p{Lu}\p{Ll}[\p{Ll}'’-]{0,10}$/u;
/**
 * Words a heading ends with before the party it introduces ("Crédité à", "Gutschrift an", "Refunded to", "Facturado
 * a", "Verrekend met"): no name ends with a preposition, so a name read so is a block's heading a label list did not
 * hold, whoever stands under it.
 */
const HEADING_END = new Set(['à', 'a', 'an', 'to', 'for', 'für', 'de', 'du', 'des', 'van', 'von', 'voor', 'aan', 'met', 'per', 'pour', 'por', 'para', 'al', 'da', 'di', 'til', 'till', 'för', 'dla', 'pro', 'at', 'by']);
/** The preposition a name ends with, in small letters or in a name set all in capitals; null for a name. */
function headingToParty(name: string | null): string | null {
  const words = name?.trim().split(/\s+/) ?? [];
  const last = words.at(-1);
  if (words.length < 2 || !last || (last !== last.toLowerCase() && name !== name!.toUpperCase())) return null;
  return HEADING_END.has(last.toLowerCase()) ? last : null;
}
/**
 * A surname alone, opening with its particle in lower case ("de Groot", "van der Linden"): a name is printed
 * with an initial or a title before it, and "M." is both ("M. de Groot", Dutch initial or French "Monsieur").
 */
const SURNAME_ALONE = /^(?:de|van|von|der|den|ter|ten|te|du|di|da|del|della|le|la)\s+(?:(?:de|der|den|la|le)\s+)?\p{Lu}/u;
/** A line without the cells `drop` picks, its text joined again as a line's is. */
function withoutCells(l: Line, drop: (s: Segment) => boolean): Line {
  const segments = l.segments.filter((s) => !drop(s));
  return { ...l, segments, text: segments.map((s) => s.text).join('  ') };
}
/** A hotel folio's or a ticket's number label ("Folio No.", "Ticket number"): the stay's or the trip's document. */
const STAY_OR_TRIP_NUMBER = /\b(?:folio|ticket)\s*(?:#|no\.?|nr\.?|number)(?=$|[\s:#])/i;
/**
 * Words that make a labelled number another document's: "zu Rechnung Nr.", "N° de facture associée", "original invoice",
 * "Vedr. faktura nr." (Danish: regarding), "Vegna reiknings nr." (Icelandic: regarding), "към фактура №" (Bulgarian: to),
 * a contract's date ("Mietvertrag vom 01.03.2022"); and a printer's permit for the invoice forms, which a Philippine invoice's
 * foot prints with its own issue date ("Authority to Print No. OCN … · Date Issued: January 15, 2024"); and a credit note or
 * payment set off against the total ("Déjà réglé (avoir n° AV-26-003117)", "Less credit note no. CN-118", "abzüglich
 * Gutschrift Nr. …"), whose number a bill's summary prints above the invoice's own. And an Indian GST invoice's
 * e-way bill ("e-Way Bill No. : 4819 7720 3316"), the permit its goods travel under, printed over the invoice's own number.
 */
const OTHER_DOCUMENT = ocrTolerant(/\b(?:e-?way|zu|zur|zum|applied|less|abzüglich|abzgl|bezug|ursprüngl\w*|original\w*|related|refers?|referenz|référence|associ\w*|d['’]origine|initiale|corrects?|against|korrigiert\w*|rectifica\w*|retifica\w*|rectifie\w*|ersetzt|replaces?|vedr|vedrørende|angående|avser|storniert\w*|storno|rettific\w*|rif|riferimento|cancels?|order|ordre|ordine|pedido|bestelling|auftrag|bestell\w*|commande|lieferschein|delivery|quote|angebot|offerte|offerta|oferta|devis|[a-zäöü]*vertrag(?:e?s)?|contracts?|contrat|contrato|contratto|overeenkomst|umowy?|smlouvy?|avtal(?:et)?|authority\s+to\s+print|permit|accreditation|vegna)\b|(?<![А-яЁё])към(?![А-яЁё])|(?<![\wÀ-ž])(?:d[ée]j[àa]|r[ée]gl[ée]e?s?|imput[ée]e?s?)(?![\wÀ-ž])/i);

/**
 * The label of a tax or company registration number, as countries print it in capitals ("RUC", "RUT", "NIT",
 * "CUIT", "TRN", "PIB", "NIPT", "ЕДБ", "ABN", "GSTIN"): a buyer's name that holds one is a label read for the
 * name (a grid of labels over values, "RUT RECEPTOR" over the id), not a company's name.
 */
const TAX_ID_WORD = /(?<![\p{L}\d])(?:RUC|RUT|NIT|CUIT|CUIL|RFC|TRN|PIB|NIPT|OIB|ЕДБ|ЕИК|ПИБ|ABN|GSTIN|VAT\s+(?:ID|No|NO|Number|NUMBER)\b\.?)(?![\p{L}\d])/u;
export const holdsTaxIdLabel = (name: string) => TAX_ID_WORD.test(name);

/** An item table's header word the item columns do not read ("Artículo", "Articolo", "Produit"). */
const ITEM_WORD = /^(?:art[íi]culos?|articolo|articles?|productos?|prodotto|produits?|produkt|producten|omschrijving)/i;

/**
 * A name that is a field's label alone ("Échéance", "Invoice date:", "Rechnungsnummer"), or an item table's header
 * ("Product", "Description"): an info table's row or a header cell read as a party.
 */
function isFieldLabel(name: string): boolean {
  const text = name.trim();
  return [...DUE_LABELS, DATE_LABELS[0], NUMBER_LABELS[0], NUMBER_LABELS[1], ...ITEM_HEADERS.map(([, re]) => re), ITEM_WORD].some((re) => {
    const m = text.match(re);
    return !!m && m.index === 0 && /^[\s:.]*$/.test(text.slice(m[0].length));
  });
}

/**
 * Whether the buyer's name is the row right under the seller's, in its column, set close: one address block
 * ("Boulangerie Morel SARL" over "M. Thierry Morel" beside a letterhead), read as both parties. The seller's
 * name alone in its cell: a sender line over the window ("Alpenglas GmbH · Museumstraße 4 · Innsbruck") is
 * the seller's own row, the window's under it. The next row in the cell's column: a scan's rows of the column
 * beside it may fall between ("SIREN 775 118 447" at the left between "Boulangerie Morel SARL" and "M. Thierry
 * Morel" at the right, each column's rows set at their own pitch). Or the row right above it: a customer's box
 * giving its trading name over its company ("Brasserie Le Comptoir Nantais" over "SARL Comptoir Nantais"), the
 * letterhead without a form, its second row read as the seller.
 */
export function oneBlock(page1: readonly Line[], sellerName: string, buyerName: string): boolean {
  const own = (s: Segment) => s.text.trim() === sellerName;
  const at = page1.findIndex((l) => l.segments.some(own));
  if (at < 0) return false;
  const cell = page1[at].segments.find(own)!;
  const inColumn = (s: Segment) => s.x < cell.x2 && s.x2 > cell.x;
  const next = page1.slice(at + 1).find((l) => l.page !== page1[at].page || l.segments.some(inColumn));
  const under = next?.page === page1[at].page ? next.segments.find((s) => Math.abs(s.x - cell.x) < 2) : undefined;
  if (under && under.text.includes(buyerName) && next!.y - page1[at].y2 < page1[at].height) return true;
  const prev = page1.slice(0, at).reverse().find((l) => l.page !== page1[at].page || l.segments.some(inColumn));
  const over = prev?.page === page1[at].page ? prev.segments.find((s) => Math.abs(s.x - cell.x) < 2) : undefined;
  return !!over && over.text.trim() === buyerName && page1[at].y - prev!.y2 < page1[at].height;
}

/**
 * A self-billed invoice's words: the German "Gutschriftsverfahren" (a Gutschrift in the sense of § 14 (2) UStG),
 * "self-billing", the French "autofacturation", the Spanish "autofactura(ción)", the Italian "autofattura", the
 * Dutch "zelffacturering", the Portuguese "autofaturação".
 */
const SELF_BILLING = /\b(?:gutschriftsverfahren|self[-\s]?bill(?:ing|ed)|autofacturation|autofactura(?:ci[oó]n)?|autofattura|zelffacturering|autofatura[çc][ãa]o)\b/i;

/** A pro forma invoice's word. */
const PRO_FORMA = /\bpro[\s-]?forma\b/i;

/** An insurance policy's number: the contract's, which a premium invoice may print beside its own number. */
const POLICY_NUMBER = /\bpolicen?nummer|\bversicherungsschein/i;

/**
 * Another value than `value` after one of `labels`, on a line that does not name another document: two
 * readings of one field (two invoice numbers, two issue dates), which a person has to settle. With
 * `documentOf` (the document a label names), only a reading under a label of the document `value` was
 * read under counts: a hotel's "Folio No." beside its "Invoice No.", an airline's "Ticket number", a
 * credit memo's "Invoice #" beside its "Credit #" are other documents' numbers.
 */
function secondReading(lines: readonly Line[], labels: readonly RegExp[], read: (rest: string) => string | null, value: string, same: (a: string, b: string) => boolean, documentOf?: (label: string) => string): string | null {
  const readings: Array<{ other: string; document?: string }> = [];
  for (const label of labels) {
    for (const l of lines) {
      const m = l.text.match(label);
      // (Nor is a pro forma's number: an invoice cites the pro forma it follows, "… suite à la facture proforma n° PF-2025-0107".)
      if (!m || OTHER_DOCUMENT.test(l.text) || POLICY_NUMBER.test(l.text.slice(0, m.index! + m[0].length)) || PRO_FORMA.test(m[0])) continue;
      const other = read(l.text.slice(m.index! + m[0].length));
      if (other) readings.push({ other, document: documentOf?.(m[0]) });
    }
  }
  const own = readings.filter((r) => same(r.other, value)).map((r) => r.document!);
  // (One document's kinds name it too: a "Handelsrechnung Nr." and a "Rechnungsnummer", a "Tax invoice No." and an "Invoice #".)
  const sameDocument = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);
  return readings.find((r) => !same(r.other, value) && (!documentOf || !own.length || own.some((d) => sameDocument(d, r.document!))))?.other ?? null;
}

/**
 * The document a number's label names: the label without its number word and a compound's linking "s"
 * ("Invoice No." → "invoice", "Rechnungs-Nr." and "Rechnungsnummer" → "rechnung").
 */
const labelledDocument = (label: string) => label.toLowerCase().replace(/[^\p{L}]/gu, '').replace(/(?:number|nummer|num[ée]ro|número|nro|nr|no|n|id|ref|reference|r[ée]f[ée]rence)$/u, '').replace(/(?<=ung)s$/u, '');

/** Two invoice numbers are one when one holds the other, spaces and punctuation aside ("RE 1001" / "RE-1001/A"). */
function sameNumber(a: string, b: string): boolean {
  const key = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return key(a).includes(key(b)) || key(b).includes(key(a));
}

/**
 * Amounts after the strongest gross labels other than the total read, when net and tax do not say which
 * is the total ("Invoice total 297,50" and "Grand total 279,50"): which one it is is for a person to say.
 * A total before and after a printed rounding adjustment (a till's 476.81 and 476.80) is one total.
 */
function otherGrossTotals(lines: readonly Line[], inv: Invoice, exclude: (l: Line) => boolean): number[] {
  const total = inv.totalAmount;
  if (total === null || (inv.amount !== null && inv.taxAmount !== null)) return [];
  const rounded = lines.some((l) => ROUNDING.test(l.text));
  const values = new Set<number>();
  for (const [i, l] of lines.entries()) {
    if (exclude(l)) continue;
    const read = amountAfter(l.text, GROSS_LABELS[0])?.value ?? valueCellRight(l, GROSS_LABELS[0]);
    // (A figure wrapped at its thousands in a narrow cell, "71" over "250,00", read whole.)
    const v = read === null ? null : signOverFigure(lines, i) ?? wrappedFigure(lines, i, read);
    if (v === null || Math.abs(v - total) < 0.005 || (rounded && Math.abs(v - total) < 0.1)) continue;
    // (Nor the first figure of the total's own row, a totals row under an item table's columns: "Invoice total |
    // £41.31 | £5.66 | £46.97" is the net, the tax and the total, whose last the total is.)
    const figures = findAmounts(l.text);
    if (figures.length >= 2 && Math.abs(figures[figures.length - 1] - total) < 0.005) continue;
    values.add(Math.round(v * 100) / 100);
  }
  return [...values];
}

/** The date on the invoice number's own line, after the number; null when it has none. */
function dateAfterNumber(lines: readonly Line[], number: string, dateOf: (s: string) => string | null, dateAt?: (s: string) => number): string | null {
  for (const [i, l] of lines.entries()) {
    // (Or its head, the number wrapped in its narrow cell: "FX-2025-" over "00412", beside "12/11/2025".)
    const head = l.text.includes(number) ? number : l.segments.map((s) => s.text.trim()).find((t) => t.length >= 4 && /[-/]$/.test(t) && number.startsWith(t));
    if (!head) continue;
    const rest = l.text.slice(l.text.indexOf(head) + head.length);
    // (Not another document's date beside it: "Fattura n. 2025-0771   Vostro ordine del 2 ottobre 2025".)
    const before = rest.split(/\d/)[0];
    if (NOT_ISSUE_DATE.test(before) || OTHER_DOCUMENT.test(before)) continue;
    // Nor a date further on, after other fields, that its own words give to another document or event
    // ("Document n° 25-3318 · Client n° 4471 · Votre commande du 22 octobre 2025"): the words since the
    // last figure or separator before it.
    const index = dateAt ? dateAt(rest) : -1;
    const words = index > 0 ? rest.slice(0, index).split(/\d|[·|•;]|\s{2,}/).pop()! : '';
    if (NOT_ISSUE_DATE.test(words) || OTHER_DOCUMENT.test(words)) continue;
    const d = dateOf(rest);
    if (d) return d;
    // The date begun after the number and wrapped in its cell ("Fattura n. 318/2025 del 14 novembre" over
    // "2025"): the cell's rest and its next row.
    const cell = l.segments.find((s) => s.text.includes(head));
    const own = cell ? cell.text.slice(cell.text.indexOf(head) + head.length) : '';
    // (Or the date word alone ending the cell, the whole date under it: "FATTURA n. 2025/FT/00981 del" over "25/11/2025".)
    const under = HAS_DIGIT.test(own) || /^\s*(?:del|vom|du|dated|of|de|d[oa])\s*$/i.test(own) ? cellBelow(lines, i, cell!) : null;
    const wrapped = under && !NOT_ISSUE_DATE.test(under.text) ? dateOf(`${own} ${under.text}`) : null;
    if (wrapped) return wrapped;
  }
  return null;
}

/** Currencies of countries that write the day first ("05/01/2019" is 5 January in all of them). */
const DAY_FIRST_CURRENCIES = new Set(['EUR', 'GBP', 'INR', 'AUD', 'NZD', 'SGD', 'HKD', 'MYR', 'ZAR', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'CNY', 'JPY']);

/**
 * Day/month order for the whole document: any unambiguous numeric date settles it; else the language
 * (German, French… write the day first) or, for English, the currency of the seller's country (the
 * dollar of the United States: month first; pound, rupee, euro, Australian dollar…: day first).
 * `sure` is false when nothing on the page says (an English page with no currency, or a Canadian one).
 */
function dateOrderFor(text: string, english: boolean, currency: string | null): { monthFirst: boolean; sure: boolean } {
  const printed = printedMonthFirst(text);
  if (printed !== null) return { monthFirst: printed, sure: true };
  if (!english) return { monthFirst: false, sure: true };
  if (currency === 'USD') return { monthFirst: true, sure: true };
  return { monthFirst: false, sure: currency !== null && DAY_FIRST_CURRENCIES.has(currency) };
}

function detectLanguage(text: string): 'en' | 'de' | 'fr' | 'nl' | 'es' {
  const score = (re: RegExp) => (text.match(re) ?? []).length;
  const scores = {
    de: score(/\b(?:rechnung|und|der|die|das|betrag|summe|datum|mwst|ust|zahlbar|nettopreis|menge)\b/gi),
    fr: score(/\b(?:facture|le|la|les|de|des|montant|total ttc|tva|échéance|règlement|prix)\b/gi),
    nl: score(/\b(?:factuur|het|een|bedrag|btw|totaal|datum|vervaldatum)\b/gi),
    es: score(/\b(?:factura|el|los|las|importe|fecha|iva|cliente)\b/gi),
    en: score(/\b(?:invoice|the|and|total|amount|date|due|tax|vat|price|quantity)\b/gi),
  };
  return (Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]) as 'en' | 'de' | 'fr' | 'nl' | 'es';
}

// ---------------------------------------------------------------------------------------------------
// Items

type ItemCol = 'description' | 'quantity' | 'unitPrice' | 'amount' | 'taxRate' | 'lineTax' | 'other';
const ITEM_HEADERS: Array<[ItemCol, RegExp]> = [
  ['description', /^(?:description|beschreibung|bezeichnung|artikel|d[ée]signation|libell[ée]|omschrijving|descripci[óo]n|concepto|product|produkt|item|leistung|service)/i],
  ['quantity', /^(?:qty|quantity|menge|anzahl|quantit[ée]|qt[ée]|aantal|cantidad|hours|stunden)/i],
  ['unitPrice', /^(?:unit\s*price|price|preis|einzelpreis|nettopreis|einzel|prix(?!\s*HT)|p\.\s?u\.|prijs|precio|rate|stückpreis)/i],
  ['taxRate', /^(?:vat|tax|mwst|ust|tva|btw|iva)\b/i],
  ['amount', /^(?:total|amount|betrag|gesamt|montant|prix\s+ht|bedrag|importe|line\s+total|summe|positions)/i],
];

function itemColumns(line: Line): Column<ItemCol>[] | null {
  const cols: Column<ItemCol>[] = line.segments.map((s) => {
    const key = ITEM_HEADERS.find(([, re]) => re.test(s.text))?.[0] ?? 'other';
    // A tax word alone ("Tax", no "%" or "rate") may head each line's tax in money, as US invoices print it.
    return { key: key === 'taxRate' && /^\p{L}+\.?$/u.test(s.text.trim()) ? 'lineTax' : key, x: s.x, x2: s.x2 };
  });
  const keys = new Set(cols.map((c) => c.key));
  if (!keys.has('description') || !(keys.has('amount') || keys.has('unitPrice')) || keys.size < 3) return null;
  // When two columns claim "amount" the rightmost is the line total ("Amount … Total").
  const amounts = cols.filter((c) => c.key === 'amount');
  if (amounts.length > 1) amounts.slice(0, -1).forEach((c) => (c.key = keys.has('quantity') ? 'other' : 'quantity'));
  return cols;
}

/**
 * Whether a line's tax word is an item line's tax code ("Takeaway cups | 6 | 85.00 | GST | 510.00" under "Product |
 * Qty | Price | GST | Total"): the cell holding it lies under the tax column of the item table's header above.
 */
function isTaxCodeCell(lines: readonly Line[], l: Line): boolean {
  const cell = l.segments.find((s) => TAX_LABELS[1].test(s.text) && /^\p{L}[\p{L}.-]*$/u.test(s.text.trim()));
  if (!cell || l.segments.length < 3) return false;
  const header = itemHeaderAbove(lines, lines.indexOf(l));
  return !!header && header.line.segments.some((c) => TAX_LABELS[1].test(c.text) && c.x < cell.x2 && c.x2 > cell.x);
}

/** Whole VAT rates that European countries charge (a line's "19,00" under "MwSt" is one), and Austria's insurance tax (11 %). */
const VAT_RATES = new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27]);

/** A row of the totals under an item table, whatever it sums: "Total Qty: 2", "TOT QTY: 1", "Subtotal". */
const TOTALS_ROW = ocrTolerant(/^(?:(?:sub\s*-?\s*)?tot(?:al)?\b|goods\s+total|warenwert|zwischensumme|summe\b|maatstaf\b|(?:trade\s+)?discount|rabatt|remise|korting|descuento|sconto|skonto|anzahlung|abschlag|acompte|deposit|prepayment|less\b|abzgl|abzüglich|zzgl|zuzüglich)/i);

/** A sum's label that is an amount word alone, no total's ("Betrag", "Amount", "Montant", "Importo"). */
const BARE_AMOUNT = /^(?:betrag|amount|montant|bedrag|importe|importo|valor|beløb|belopp|beløp|kwota|částka|suma|summa|summe)\s*:?$/i;

/** The figure of the last row that is a bare amount word and one money cell, or null. */
function bareAmountRow(lines: readonly Line[]): number | null {
  const row = lines.findLast((l) => l.segments.length === 2 && BARE_AMOUNT.test(l.segments[0].text.trim()) && MONEY_CELL.test(l.segments[1].text.trim()));
  return row ? parseAmount(row.segments[1].text) : null;
}

/**
 * A charge no VAT is due on, named as such: outside its scope, an expense paid for the customer (Italy's "escluse
 * art. 15", Spain's "suplidos", Germany's "durchlaufende Posten", one "durchlaufender Posten", Austria's "Barauslagen"), the stamp duty on a VAT-free Italian invoice, a
 * visitor's tax a hotel collects for the town; an amount exempt from it printed apart from the taxed one (Chile's
 * "Monto Exento" beside its "Monto Neto", "VAT exempt", "steuerfrei").
 */
const UNTAXED = ocrTolerant(/\b(?:no\s+sujet[oa]|non[-\s]?taxable|not\s+subject\s+to\s+(?:vat|tax)|outside\s+(?:the\s+)?scope|non\s+soumis|hors\s+champ|nicht\s+(?:umsatz)?steuerbar|niet\s+onderworpen|nie\s+podlega|fuori\s+campo|esclus[ei]\s+(?:dall['’]\s?iva|(?:ex\s+)?art\.?\s*15)|imposta\s+di\s+bollo|outlays?|disbursements?|(?:bar)?auslagen|durchlaufender?\s+posten|suplidos|d[ée]bours|tassa\s+di\s+soggiorno|taxe\s+de\s+s[ée]jour|kurtaxe|ortstaxe|op[łl]ata\s+(?:miejscowa|klimatyczna|uzdrowiskowa)|toeristenbelasting|buiten\s+(?:de\s+)?btw|voorschotten|(?:monto\s+|importe\s+|operaciones\s+)?exent[oa]s?|(?:vat|tax)[-\s]exempt|exempt\s+(?:supplies|sales|amount)|montant\s+exon[ée]r[ée]|steuerfreie?(?:\s+umsätze)?|isent[oa]s?|esente|zwolnion[ey]?)\b/i);

/** The net with the one untaxed charge that makes net + tax = total added, or the net as read. */
function withUntaxedCharge(lines: readonly Line[], net: number, tax: number, total: number): number {
  const gap = Math.round((total - net - tax) * 100) / 100;
  if (gap <= 0) return net;
  // The line's last figure, in a cell of its own or at the end of the label's; a number the label ends with
  // ("escluse art. 15  85,40") is no part of it.
  const lastFigure = (l: Line) => parseAmount(l.text.match(/(?:^|\s)((?:\d{1,3}(?:[ .,'\u00a0]\d{3})+|\d+)(?:[.,]\d{1,2})?)\s*(?:€|EUR|[$£])?\s*$/)?.[1]);
  // (The words may close the item's description, wrapped onto the row under its figures: "Tasa de recogida de
  // basuras (Ordenanza fiscal  3  14,2000  42,60 €" over "nº 7), no sujeta a IVA  meses  €/mes".)
  const wrappedUnder = (l: Line, i: number) => {
    const next = lines[i + 1];
    return !!next && next.page === l.page && next.y - l.y2 < l.height && Math.abs(next.segments[0].x - l.segments[0].x) < 1.5 && lastFigure(next) === null && UNTAXED.test(next.segments[0].text);
  };
  const charge = lines.some((l, i) => lastFigure(l) === gap && (UNTAXED.test(l.text) || wrappedUnder(l, i)));
  return charge ? Math.round((net + gap) * 100) / 100 : net;
}

/**
 * Why the total less the net is no tax, when no tax line was read and the total would be taken for net + tax: a
 * line between the net and the total prints that difference under a charge's words (a delivery's, a service
 * charge's) and none of a tax's, a charge the total adds to the net ("10% Service Charge" on a restaurant's bill
 * where no tax is charged, "Delivery"). (Not a line with a rate alone, "zzgl. 19 %", or a tax's word the labels
 * do not know, "Ausgangssteuer".) The net and the tax are then in doubt: the charge may be taxed, or no tax charged
 * at all. Null when no such line is printed.
 */
function chargeBetweenNetAndTotal(lines: readonly Line[], inv: Invoice): string | null {
  const { amount, totalAmount } = inv;
  if (inv.taxAmount !== null || amount === null || totalAmount === null) return null;
  const gap = round2(totalAmount - amount);
  if (gap <= 0) return null;
  const prints = (l: Line, v: number) => findAmounts(ocrDigits(l.text)).some((f) => Math.abs(f - v) < 0.005);
  const net = lines.findIndex((l) => prints(l, amount));
  const total = lines.findIndex((l, i) => i > net && prints(l, totalAmount));
  if (net < 0 || total < 0) return null;
  const charge = lines.slice(net + 1, total).find((l) => (CHARGE.test(l.text) || SERVICE_CHARGE.test(l.text)) && prints(l, gap) && !TAX_LABELS.some((re) => re.test(l.text)));
  return charge ? `the total less the net, ${gap.toFixed(2)}, is printed as "${cleanText(charge.text)}", no tax` : null;
}

/** Ghana's levies on the taxable value, charged with the VAT: the NHIL, the GETFund levy, the COVID-19 Health Recovery Levy. */
const GHANA_LEVY = /^(?:nhil|national\s+health\s+insurance\s+levy|getfund(?:\s+levy)?|get\s+fund\s+levy|covid[-\s]?19(?:\s+health)?(?:\s+recovery)?\s+(?:levy|hrl)|chrl)\b/i;

/**
 * Ghana's levies are taxes: the tax is the VAT and the levies, the net the taxable value before them. A sub-total
 * that counts them ("Total (Taxable Value) 18,000.00", "NHIL (2.5%) 450.00", "GETFund Levy (2.5%) 450.00",
 * "Sub-Total 18,900.00", "VAT (15%) 2,835.00") read as the net is the taxable value when the page prints that
 * figure; a net read without them, short of the total by them, stays.
 */
function withGhanaLevies(lines: readonly Line[], inv: Invoice): void {
  if (inv.amount === null || inv.taxAmount === null) return;
  const levies = lines.filter((l) => GHANA_LEVY.test(l.text.trim())).map((l) => findAmounts(ocrDigits(l.text)).at(-1)).filter((f): f is number => f !== undefined && f > 0);
  if (!levies.length) return;
  const sum = round2(levies.reduce((a, b) => a + b, 0));
  const { amount, taxAmount } = inv;
  // (The total not read yet is the net and the tax's sum.)
  const totalAmount = inv.totalAmount ?? round2(amount + taxAmount);
  if (Math.abs(amount + taxAmount - totalAmount) < 0.011) {
    const base = round2(amount - sum);
    if (base > 0 && lines.some((l) => !GHANA_LEVY.test(l.text.trim()) && findAmounts(ocrDigits(l.text)).some((f) => Math.abs(f - base) < 0.005))) [inv.amount, inv.taxAmount] = [base, round2(taxAmount + sum)];
  } else if (Math.abs(amount + taxAmount + sum - totalAmount) < 0.011) inv.taxAmount = round2(taxAmount + sum);
}

/**
 * A tax a hotel or a shop posts as a charge of its own: "Room Tax 11.7%", "Occupancy Tax", "City Tax"; a US
 * jurisdiction's with its name between ("Boulder County Tax", "City of Boulder Tax", "RTD/CD District Tax").
 */
const TAX_POSTING = /\b(?:room|occupancy|lodging|city|state|county|sales|tourism|hotel)\s+tax\b|\b(?:city|county|state|district|transit)\b[^\d%]{0,30}\btax\b/i;

/**
 * The sum of the taxes posted as charges, each the last cell of its line; null when there is none or it is not below the total.
 * (The figure is the tax's when no other label stands between: a note at the left, "Sales tax computed on
 * merchandise only", level with "Merchandise Subtotal  1,864.00", posts none.)
 */
function postedTax(lines: readonly Line[], total: number): number | null {
  const posted = lines.filter((l) => {
    const k = l.segments.findIndex((s, i) => i < l.segments.length - 1 && TAX_POSTING.test(s.text));
    return k >= 0 && l.segments.slice(k + 1, -1).every((s) => !/\p{L}{2}/u.test(s.text)) && MONEY_CELL.test(l.segments.at(-1)!.text.trim());
  });
  const sum = Math.round(posted.reduce((a, l) => a + (parseAmount(l.segments.at(-1)!.text) ?? 0) * 100, 0)) / 100;
  return posted.length && sum > 0 && sum < total ? sum : null;
}

/**
 * Taxes printed one per line in the totals block, each with a label of its own and no rate on the label's
 * line ("Texas State Sales Tax" / "(6.25%)", "Local Sales Tax – City of Austin" / "(2.00%)", wrapped in a
 * narrow cell): their sum, when the tax read is one of them and the net and the sum add up to the total.
 */
function taxLinesSum(lines: readonly Line[], net: number, tax: number, total: number, exclude: (l: Line) => boolean): number {
  if (Math.abs(net + tax - total) < 0.005) return tax;
  const taxLine = (l: Line) => (l.segments.length === 2 || labelWithFigure(l)) && TAX_LABELS[1].test(l.segments[0].text) && MONEY_CELL.test(figureOf(l)) && !exclude(l);
  const found = lines.filter(taxLine);
  // The lines follow each other, a label's wrapped rows between them.
  const near = found.filter((l, k) => found.some((o, j) => j !== k && o.page === l.page && Math.abs(o.y - l.y) < 5 * l.height));
  const sum = Math.round(near.reduce((a, l) => a + (parseAmount(figureOf(l)) ?? 0) * 100, 0)) / 100;
  return near.length >= 2 && Math.abs(net + sum - total) < 0.005 && near.some((l) => parseAmount(figureOf(l)) === tax) ? sum : tax;
}

/**
 * A tax line's figure: its second cell's, or, in a line of one OCR'd cell, the figure ending it, a currency's sign
 * before it ("Btw 21% over 80,00 €16,80": the label, its base and its figure boxed as one, the blank before the
 * figure too narrow for two cells).
 */
const labelWithFigure = (l: Line) => l.segments.length === 1 && l.segments[0].items.some((i) => i.confidence !== undefined) && ENDING_FIGURE.test(l.segments[0].text.trim());
const ENDING_FIGURE = new RegExp(String.raw`\s(${CURRENCY_SIGN}\s?\d[\d.,]*[.,]\d{2})$`);
const figureOf = (l: Line) => (l.segments.length === 1 ? l.segments[0].text.trim().match(ENDING_FIGURE)?.[1] ?? '' : l.segments[1].text.trim());

/**
 * A name read in capitals only (a letterhead set in capitals, "MAPLE & FOX STUDIO LTD") that the page also
 * prints as written ("Bank transfer to Maple & Fox Studio Ltd"): the name as written.
 */
function mixedCaseReading(text: string, name: string): string {
  // (A form is written in small letters whatever the name's case: "CARTOTECNICA LOMBARDA S.p.A.".)
  const lower = (t: string) => /\p{Ll}/u.test(withoutCompanyForm(t));
  if (lower(name) || !/\p{Lu}{2}/u.test(name)) return name;
  // (A German name in capitals writes "ß" as "SS": "GASTRO-GROSSHANDEL" is "Gastro-Großhandel".)
  const escaped = escapeRegExp(name).replace(/\s+/g, '\\s+').replace(/SS/g, '(?:SS|ß)');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))) {
    if (!lower(m[0])) continue;
    const written = m[0].replace(/\s+/g, ' ');
    // Written as the head of a longer name of no company form, its next words set on with it ("Sanne Albers ·
    // Lichtwerk Fotografie" for a logo "LICHTWERK"): not the name written alone; the capitals stay, as printed.
    // (The head of the company's own name is the brand's: "Babel & Quill Language Services Ltd" for "BABEL & QUILL".)
    // (Nor one that its form follows: "Tipografia Rinaldi S.r.l. Via Tortona 25".)
    const longer = text.slice(m.index! + m[0].length).match(/^(?: \p{Lu}[\p{L}&.-]*)+/u)?.[0].trim().split(' ');
    if (longer && !endsInCompanyForm(written) && !longer.some((_, k) => endsInCompanyForm(`${written} ${longer.slice(0, k + 1).join(' ')}`))) continue;
    // Written with its company form after it ("Atelier Graphique Lemaire SAS au capital de …"): with the form.
    // (Not the comma after it: "Mersey Trade Supplies Ltd, Unit 7 …" is "… Ltd".)
    const form = text.slice(m.index! + m[0].length).match(/^ +(\S+?),?(?=\s|$)/);
    return form && !endsInCompanyForm(written) && endsInCompanyForm(`${written} ${form[1]}`) ? `${written} ${form[1]}` : written;
  }
  return name;
}

/**
 * The cells that give a VAT id, and whether they say it is the customer's ("Customer VAT ID: …", "Kunde |
 * USt-IdNr.: …"): by the cell's own words or the label cell before it, not by another column's text on
 * the same line (a buyer's e-mail address beside the seller's "N° TVA intra : FR 11 …").
 */
function vatCells(lines: readonly Line[]): Array<{ text: string; line: Line; buyers: boolean }> {
  return lines.flatMap((line) => {
    const m = line.text.match(VAT_ID);
    if (!m) return [];
    // The cells from the one the label starts in to the one the id ends in (segments are joined by two spaces).
    const ends: number[] = [];
    line.segments.reduce((at, seg) => (ends.push(at + seg.text.length), at + seg.text.length + 2), 0);
    const first = ends.findIndex((e) => e > m.index!);
    const last = ends.findIndex((e) => e >= m.index! + m[0].length);
    const own = line.segments.slice(first, last + 1).map((c) => c.text).join(' ');
    const before = line.segments[first - 1]?.text.trim() ?? '';
    const label = !HAS_DIGIT.test(before) && before.split(/\s+/).length <= 3;
    return [{ text: line.text, line, buyers: BUYER_WORD.test(own) || (label && BUYER_WORD.test(before)) }];
  });
}

/** The items' sum carried over a page break, at the foot of one page and the head of the next. */
const CARRIED = ocrTolerant(/^(?:carried\s+(?:forward|over)|brought\s+forward|(?:sum\s+)?carried\s+from\s+previous\s+page|[üu]bertrag|vortrag|zwischensumme\s+übertrag|[àa]\s+reporter|report\s+(?:de\s+la\s+)?page|report(?=\s*$)|riporto|suma\s+anterior|suma\s+y\s+sigue|a\s+transportar|overgebracht|transport\s+(?:från|fra)\s+(?:föregående|forrige)\s+side)\b/i);
/**
 * A collective invoice's sum of one delivery note's rows, closing its group ("Summe Lieferschein LS 261104", "Total BL
 * 2611-0042", "Sous-total bon de livraison n° 12"): the next delivery note's rows follow under it, in the same table.
 */
const GROUP_SUBTOTAL = ocrTolerant(/^(?:(?:zwischen)?summe|sous-total|total|subtotal|totaal)\s+(?:(?:du|des|de\s+la|for)\s+)?(?:lieferschein(?:es)?|ls(?=\s*(?:nr\.?\s*)?\d)|bl(?=\s*(?:n[°º]\s*)?\d)|bon\s+de\s+livraison|delivery\s+note|pakbon|leverbon)\b/i);
/** A payment's row among a folio's charges: by card, cash or transfer. */
const SETTLEMENT = ocrTolerant(/^(?:payment|paid|r[èe]glement|paiement|versement|zahlung|bezahlung|pago|betaling)\b/i);

/**
 * An OCR'd item table's header whose cells wrap onto two rows, the first row above the one with the
 * description's word ("Gross | Discount | Taxable | IGST | Total" over "Product | Qty | Amount | Value"): a scan
 * reads the rows apart where a text layer's cells hold both, so each cell is read with the words over it, and
 * a cell of the first row over none of the second ("Total") heads its column too. Else the header row itself.
 */
function withFirstHeaderRow(lines: readonly Line[], h: number): Line {
  const [above, line] = [lines[h - 1], lines[h]];
  if (!above || above.page !== line.page || line.y - above.y2 > line.height || !line.segments.some((s) => s.charConfidence)) return line;
  if (above.segments.length < 2 || /\d/.test(above.text) || itemColumns(above)) return line;
  const over = (s: Segment) => above.segments.filter((a) => a.x < s.x2 && a.x2 > s.x);
  const joined = line.segments.map((s) => (over(s).length === 1 ? { ...s, text: `${over(s)[0]!.text} ${s.text}` } : s));
  const alone = above.segments.filter((a) => !line.segments.some((s) => a.x < s.x2 && a.x2 > s.x));
  return { ...line, segments: [...joined, ...alone].sort((a, b) => a.x - b.x) };
}

function parseItems(lines: readonly Line[], stop: (l: Line) => boolean): LineItem[] {
  const items: LineItem[] = [];
  for (let h = 0; h < lines.length; h++) {
    const cols = itemColumns(lines[h]) && (itemColumns(withFirstHeaderRow(lines, h)) ?? itemColumns(lines[h]));
    if (!cols) continue;
    let last: LineItem | null = null;
    // The header right of the description's: a label starting under it with a figure at the row's end
    // opens the totals ("Montant hors" over "taxes", "TVA 10%" set under "Prix unitaire").
    const desc = cols.find((c) => c.key === 'description');
    const next = desc ? cols.filter((c) => c.x > desc.x).sort((a, b) => a.x - b.x)[0] : undefined;
    const totalsLabel = (l: Line) => !!next && l.segments.length >= 2 && l.segments[0].x > next.x - 2 && /\p{L}{3}/u.test(l.segments[0].text) && MONEY_CELL.test(l.segments[l.segments.length - 1].text.trim());
    for (let i = h + 1; i < lines.length; i++) {
      const line = lines[i];
      // The sum carried from one page to the next ("Carried forward", "Übertrag", "À reporter") is no
      // item, nor the end of the items: a page's table goes on under its "Brought forward".
      if (line.page === lines[h].page && line.segments.some((s) => CARRIED.test(s.text.trim()))) continue;
      // Nor is a delivery note's sum inside a collective invoice's table: the next note's rows follow it.
      if (line.page === lines[h].page && GROUP_SUBTOTAL.test(line.segments[0]?.text.trim() ?? '')) continue;
      if (line.page !== lines[h].page || stop(line) || itemColumns(line) || TOTALS_ROW.test(line.segments[0]?.text ?? '') || totalsLabel(line)) break;
      const cells = rowCells(cols, line.segments, ['description']);
      // A rate set right in its column, past the band's midpoint, falls in the amount's band ("VAT %" over "18",
      // "Amount" over "528.00": "18 528.00"): a whole number a country charges, a cell of its own before the
      // amount's while the rate's column holds none on the row, is the line's rate, no thousands of the amount.
      const rateKey = cols.find((c) => c.key === 'taxRate' || c.key === 'lineTax')?.key;
      const inAmount = line.segments.filter((s) => columnOf(cols, s, ['description']) === 'amount');
      if (rateKey && cells[rateKey] === undefined && inAmount.length > 1 && /^\d{1,2}$/.test(inAmount[0].text.trim()) && VAT_RATES.has(Number(inAmount[0].text.trim()))) {
        cells[rateKey] = inAmount[0].text.trim();
        cells.amount = inAmount.slice(1).map((s) => s.text).join(' ');
      }
      // Figures of neighbouring columns set close may share one cell ("2,965.25 533.75 3,499.00", on a
      // scan without the space before the next one's currency: "EUR 450,00EUR 900,00"): the line's
      // amount is the last of them, not their digits run together.
      const figures = cells.amount?.match(/-?\d[\d,.]*[.,]\d{2}(?![\d])/g);
      const amount = figures && figures.length > 1 && /\d[.,]\d{2}(?:\s+\S|[A-Z€$£])/.test(cells.amount!) ? parseAmount(figures[figures.length - 1]) : parseAmount(cells.amount);
      if (amount === null || !/\d/.test(cells.amount ?? '')) {
        if (last && cells.description && Object.keys(cells).length === 1 && line.y - lines[i - 1].y < line.height * 2.5 && !/\d{5,}|^\(|:/.test(cells.description)) {
          last.name = `${last.name} ${cells.description}`.trim();
        }
        continue;
      }
      // A payment booked on a folio ("Règlement Carte Bancaire  -217,30") settles the lines, it is none.
      if (amount < 0 && SETTLEMENT.test(cells.description ?? '')) continue;
      const item = emptyLineItem(cleanText(cells.description ?? ''));
      item.amount = amount;
      item.quantity = parseAmount(cells.quantity?.match(/-?\d[\d.,]*/)?.[0]);
      item.unitPrice = parseAmount(cells.unitPrice);
      item.unit = cells.quantity?.replace(/^-?\d[\d.,]*\s*/, '').trim() || null;
      item.taxRate = parseTaxRate(cells.taxRate);
      // Under a bare tax word, money ("51.15", no "%") is the line's tax; a rate a country charges,
      // even with decimals ("19", "19,00"), is the line's rate.
      const lineTax = cells.lineTax?.trim() ?? '';
      const rate = lineTax.match(/^(\d{1,2})(?:[.,]0{1,2})?$/);
      if (rate && VAT_RATES.has(Number(rate[1]))) item.taxRate = parseTaxRate(rate[1]);
      else if (/^[$€£]?\s?\d[\d,.]*[.,]\d{2}$/.test(lineTax)) item.taxAmount = parseAmount(lineTax);
      // (A whole number no country charges, "1" or "2" under "MWST", is the line's tax code, which a summary
      // table beside the totals resolves: no rate.)
      else if (lineTax && !(/^\d{1,2}$/.test(lineTax) && Number(lineTax) !== 0)) item.taxRate = parseTaxRate(lineTax);
      items.push(item);
      last = item;
    }
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------
// Letter-spaced text

/** A cell of letters set apart by single spaces ("M A P L E", "F O X"), or one letter alone. */
const SPACED_LETTERS = onFirstUse(() => /^(?:[\p{L}&] )*[\p{L}&]$/u);
/** A line that holds a word of four or more letters set apart ("I N V O I C E"), or four letters each a cell. */
const SPACED_WORD = onFirstUse(() => /(?:^|\s)(?:[\p{L}&] ){3,}[\p{L}&](?=\s|$)/u);
/** What SPACED_WORD needs, asked first: four single characters set apart (a pattern without Unicode classes, much cheaper). */
const SPACED_CHARS = /(?:^|\s)(?:\S ){3}\S(?=\s|$)/;

/** Four cells or more of one character each on the line (a heading set letter by letter). */
function fourLetterCells(line: Line): boolean {
  let n = 0;
  for (const s of line.segments) if (s.text.length === 1 && ++n >= 4) return true;
  return false;
}

/**
 * Headings and names set with wide letter spacing ("M A P L E  &  F O X  S T U D I O  L T D", "B I L L E D
 * T O" with each letter a cell of its own) read back as words: a run of such cells on a line is one cell,
 * its words parted where the gap between two letters is wider than the run's usual one.
 */
function unspaced(line: Line): Line {
  if (!(SPACED_CHARS.test(line.text) && SPACED_WORD().test(line.text)) && !fourLetterCells(line)) return line;
  const segments: Segment[] = [];
  for (let k = 0; k < line.segments.length; ) {
    let end = k;
    // (Two such cells far apart are two columns' headings, "S H I P T O" and "B I L L T O" side by side: two runs.)
    while (end < line.segments.length && SPACED_LETTERS().test(line.segments[end].text.trim()) && (end === k || line.segments[end].x - line.segments[end - 1].x2 < 4 * line.height)) end++;
    const run = line.segments.slice(k, end);
    const letters = run.reduce((n, s) => n + s.text.replace(/ /g, '').length, 0);
    if (letters < 4) {
      segments.push(line.segments[k]);
      k++;
      continue;
    }
    // Between cells: a word's break when the gap is well over the run's smallest one.
    const gaps = run.slice(1).map((s, j) => s.x - run[j].x2);
    const least = Math.min(...gaps.filter((g) => g > 0), Infinity);
    // "&" is a word of its own ("H A R L A N & P I E R C E" in one text item: "HARLAN & PIERCE").
    const word = (t: string) => t.replace(/ /g, '').replace(/(?<=\p{L})&(?=\p{L})/gu, ' & ');
    let text = word(run[0].text);
    run.slice(1).forEach((s, j) => {
      text += (run[j].text.length > 1 || s.text.length > 1 || gaps[j] > least + 0.3 * line.height ? ' ' : '') + word(s.text);
    });
    segments.push({ ...run[0], text, x2: run[run.length - 1].x2, items: run.flatMap((s) => s.items) });
    k = end;
  }
  return { ...line, segments, text: segments.map((s) => s.text).join('  ') };
}

// ---------------------------------------------------------------------------------------------------

export function parseWesternInvoiceText(pages: readonly PageText[]): Invoice {
  return parseWesternLines(pageLines(pages));
}

const PHONE_ROW = /^(?:tel(?:efon)?|phone|fon|fax|mobil)\b\.?/i;
const TAX_NUMBER_ROW = /^(?:steuer-?(?:nummer|nr)|st\.?-?nr|ust-?id(?:nr)?|vat\s+(?:no|number|reg)|tax\s+(?:id|no|number)|uid|siret|nip|ičo|cif|nif)\b/i;

/** Whether the block that opens with `name` goes on (its column, no wide gap) with a phone row and a tax number row. */
function givesOwnDetails(page1: readonly Line[], name: string): boolean {
  const rows = blockRows(page1, name);
  return rows.some((r) => PHONE_ROW.test(r)) && rows.some((r) => TAX_NUMBER_ROW.test(r));
}

/** The cells under a block's opening name, in its column, down to the block's first wide gap. */
function blockRows(page1: readonly Line[], name: string): string[] {
  const at = page1.findIndex((l) => l.segments.some((s) => s.text.trim().startsWith(name)));
  if (at < 0) return [];
  const x = page1[at].segments.find((s) => s.text.trim().startsWith(name))!.x;
  const rows: string[] = [];
  for (let i = at + 1, last = page1[at]; i < page1.length && rows.length < 8 && page1[i].y - last.y2 < 8; i++) {
    const cell = page1[i].segments.find((s) => Math.abs(s.x - x) < 2);
    if (!cell) continue;
    rows.push(cell.text.trim());
    last = page1[i];
  }
  return rows;
}

/** A row of a business's own registration, tax or bank details ("KvK 81234567", "Btw-id NL…", "IBAN NL91 …"). */
const OWN_ID_ROW = /^(?:kvk|btw(?:-id|-nr|-nummer|\s+nr)?|iban|org\.?\s?nr|cvr|y-tunnus|company\s+(?:no|number)|registered\s+in)\b/i;

/**
 * EN 16931's business-term codes ("BT-112", "(BT-131)", "BT-53 / BT-52", "BG-4") that a rendering of an
 * XRechnung or another e-invoice prints beside its labels and values: no word of a label, no figure. So are the
 * field codes of a Polish KSeF invoice's visualisation ("(P_15)", "(P_13_1 / P_14_1)", "(P_9A)").
 */
const TERM_CODE = /(?:\s*\/\s*)?\s*\(?\b(?:B[TG]-\d{0,3}|P_\d{1,2}[A-Z]?(?:_\d{1,2})?)\)?/g;
/**
 * What every code holds: asked of a line first, as TERM_CODE, opening with spaces that may come before a
 * code, is tried at every place of a line's gaps (a line's cells are parted by runs of spaces).
 */
const TERM_CODE_MARK = /B[TG]-|P_\d/;

/** A code's number wrapped in a narrow header cell: "(BT-" ends one row, "1)" opens the row under it. */
const TERM_CODE_CUT = /\(B[TG]-$/;
const TERM_CODE_END = /^\d{1,3}\)$/;

/**
 * An OCR'd run of boxes with a code cut at the end of one of them ("facture (BT-" "facture (BT-2)", two header
 * cells a scan ran together): a code's cut ends its cell, so the run is cells parted after each such box.
 */
function cutCodeCells(seg: Segment): Segment[] {
  const boxes = ocrBoxes(seg);
  if (!boxes.slice(0, -1).some((b) => TERM_CODE_CUT.test(b.text))) return [seg];
  const cells: Segment[] = [];
  let run: Segment[] = [];
  for (const [k, b] of boxes.entries()) {
    run.push(b);
    if (k < boxes.length - 1 && !TERM_CODE_CUT.test(b.text)) continue;
    const items = run.flatMap((r) => r.items);
    cells.push({ text: run.map((r) => r.text).join(' '), x: run[0]!.x, x2: run.at(-1)!.x2, y: Math.min(...items.map((i) => i.y)), height: Math.max(...run.map((r) => r.height)), items });
    run = [];
  }
  return cells;
}

/**
 * The line without its business-term codes, on a page that prints them (three or more). A code's end wrapped
 * to the row under it ("N° de facture (BT-" over "1)") goes too: left alone, it reads as the labelled value.
 */
function withoutTermCodes(line: Line, above: Line | undefined): Line {
  const cutAbove = (s: Segment) => !!above && above.page === line.page && line.y - above.y2 < line.height
    && above.segments.flatMap(cutCodeCells).some((a) => TERM_CODE_CUT.test(a.text.trim()) && s.x < a.x2 && s.x2 > a.x);
  const segments = line.segments.flatMap(cutCodeCells)
    .filter((s) => !(TERM_CODE_END.test(s.text.trim()) && cutAbove(s)))
    .map((s) => ({ ...s, text: s.text.replace(TERM_CODE, '').trim() }))
    .filter((s) => s.text);
  return { ...line, segments, text: segments.map((s) => s.text).join('  ') };
}

export function parseWesternLines(printed: readonly Line[]): Invoice {
  const coded = printed.reduce((n, l) => n + (TERM_CODE_MARK.test(l.text) ? l.text.match(TERM_CODE)?.length ?? 0 : 0), 0) >= 3;
  const spaced = coded ? printed.map((l, k) => withoutTermCodes(l, printed[k - 1])).filter((l) => l.segments.length) : printed;
  const read = spaced.map(unspaced);
  // The page's own list when no line was letter-spaced.
  const lines = read.every((l, i) => l === spaced[i]) ? spaced : read;
  const text = linesToText(lines);
  const page1 = lines.filter((l) => l.page === (lines[0]?.page ?? 1));
  const language = detectLanguage(text);
  const labelledBuyer = buyerByLabel(lines);
  const seller = findSeller(lines, page1, labelledBuyer.lines, labelledBuyer.x);
  // The seller's id from its own block, else the first VAT id on no line of the buyer's.
  const vatIds = vatCells(lines);
  const vat = vatIds.find(({ line, buyers }) => !buyers && !labelledBuyer.lines.includes(line));
  const sellerTaxId = seller.taxId ?? (vat ? vatIdIn(vat.text) : null);
  const docCurrency = documentCurrency(lines, text, sellerTaxId);
  const inv = emptyInvoice(docCurrency);
  inv.documentType = isCreditNote(lines) ? 'credit_note' : 'invoice';
  const { monthFirst, sure: orderSure } = dateOrderFor(text, language === 'en', docCurrency);
  // Dates read from figures that the other day/month order reads as another date ("05/01/2019").
  const eitherWay = new Set<string>();
  const dateOf = (s: string) => {
    const found = findDate(s, { monthFirst });
    const other = found && findDate(s, { monthFirst: !monthFirst });
    if (found && other && other.index === found.index && other.date !== found.date) eitherWay.add(found.date);
    return found?.date ?? null;
  };
  // A loose label ("date", "du", "vom") is a short word: a due date's words between it and the date
  // ("… du … Apmokėti iki 2025-12-04", "Date | Payable by 31.12.2025") make it another date.
  const looseDateOf = (rest: string) => {
    const d = dateOf(rest);
    return d && !NOT_ISSUE_DATE.test(rest.slice(0, findDate(rest, { monthFirst })!.index)) ? d : null;
  };

  const numberOf = (rest: string) => {
    const split = rest.trim().match(SPLIT_YEAR_NUMBER);
    if (split) return split[1] + split[2];
    const m = rest.trim().match(YEAR_SECTION_NUMBER) ?? rest.trim().match(SERIES_NUMBER) ?? rest.trim().match(GROUPED_NUMBER) ?? rest.trim().match(NUMBER_VALUE);
    return m && !isDateLike(m[1]) ? m[1].replace(/[.,]$/, '') : null;
  };
  // A hotel's "Folio No." or an airline's "Ticket No." above its "Invoice No.": the invoice's own number.
  // (Either label may be wrapped in a header grid's cell: "Ticket" over "number" beside "Invoice" over "number".)
  const invoiceNumberLabelled = INVOICE_NUMBER.test(text) || wrappedCells(lines).some((p) => INVOICE_NUMBER.test(p.joined));
  const stayOrTrip = invoiceNumberLabelled ? (l: Line) => STAY_OR_TRIP_NUMBER.test(l.text) && !INVOICE_NUMBER.test(l.text) : () => false;
  // On the invoice number's own line (a header grid's "Ticket number | Invoice number", a folio's two columns with
  // "Folio No.: 88412" beside "Invoice No.: …") the stay's or the trip's cell is another document's: the line is
  // read without it.
  const tripCell = (s: Segment) => STAY_OR_TRIP_NUMBER.test(s.text) && !INVOICE_NUMBER.test(s.text);
  const numberLines = lines.map((l) => (INVOICE_NUMBER.test(l.text) && l.segments.some(tripCell) ? withoutCells(l, tripCell) : l));
  // On a credit note, a subject's invoice ("Betreft | factuur F-2025-0611 van 03/11/2025") is the one it credits.
  // (The subject's label in the same cell or a cell of its own on the row; or wrapped in a narrow key column, the
  // subject's label right over the document's word, "Betreft" over "factuur", its value beside them.)
  const subjectOver = (l: Line, i: number) => {
    const above = numberLines[i - 1];
    return !!above && above.page === l.page && l.y - above.y2 < l.height
      && above.segments.some((a) => SUBJECT_LABEL.test(a.text.trim()) && l.segments.some((s) => Math.abs(s.x - a.x) < 2));
  };
  const citedBySubject = (before: string, l: Line, i = -1) => inv.documentType === 'credit_note' && ([before, ...l.segments.map((s) => s.text.trim())].some((t) => SUBJECT_LABEL.test(t)) || (i > 0 && subjectOver(l, i)));
  inv.number = labelledText(numberLines, NUMBER_LABELS, numberOf, (before, l, i, wrapped) => OTHER_DOCUMENT.test(before) || citedBySubject(before, l, i) || stayOrTrip(l)
    || (invoiceNumberLabelled && wrapped !== undefined && STAY_OR_TRIP_NUMBER.test(wrapped) && !INVOICE_NUMBER.test(wrapped)));
  // A progress invoice's ordinal, "Facture de situation n° 2", counts the situations of one contract: the
  // invoice's own number is labelled apart ("N° SIT-2026-041"), or the number is left unread.
  if (inv.number && /^\d{1,2}$/.test(inv.number) && page1.some((l) => l.text.match(SITUATION_ORDINAL)?.[1] === inv.number)) {
    const ordinal = inv.number;
    inv.number = labelledText(numberLines, NUMBER_LABELS, (rest) => { const v = numberOf(rest); return v && v !== ordinal ? v : null; }, (before, l) => OTHER_DOCUMENT.test(before) || SITUATION_ORDINAL.test(l.text));
  }
  const otherNumber = inv.number ? secondReading(numberLines, NUMBER_LABELS.slice(0, 2), numberOf, inv.number, sameNumber, labelledDocument) : null;
  if (otherNumber) noteGuess(inv, 'number', `two invoice numbers are labelled: "${inv.number}" and "${otherNumber}"`);
  // The title may open a cell of its own beside the address block ("Invoice: INV-1001").
  const titledNumber = () => {
    for (const { text, l } of page1.flatMap((l) => [l.text, ...l.segments.slice(1).map((s) => s.text)].map((text) => ({ text, l })))) {
      const m = citedBySubject('', l, lines.indexOf(l)) ? null : text.match(TITLE_NUMBER);
      // A Portuguese id after the title keeps its type ("Fatura FT 2025A/187").
      const v = m && (text.slice(m[0].length).match(SERIES_NUMBER) ?? text.slice(m[0].length).match(NUMBER_VALUE));
      if (v && !isDateLike(v[1])) return withWrappedEnd(lines, lines.indexOf(l), v[1], numberOf);
    }
    return null;
  };
  // Or the title as the first key of an info block, its number in the value cell beside it ("Rechnung | 90218874"
  // over "Datum | 27.11.2026", as SAP prints its header): before a subject line under it that reads "Rechnung 218",
  // which puts it in doubt.
  const keyed = inv.number ? null : titleKeyNumber(page1);
  if (keyed) {
    inv.number = keyed;
    const titled = titledNumber();
    if (titled && titled !== keyed) noteGuess(inv, 'number', `the header's "${keyed}" and the title's "${titled}" differ`);
  }
  inv.number ??= titledNumber();
  // Or the title alone in its cell, its number alone in the cell under it ("FACTURE" over "FA-2025-00412" at the top
  // right): an id of letters and figures, not a date or an amount. The title set larger than the number, as a title
  // is: not a header's word wrapped in its cell ("Numéro" over "de" over "facture" over "FX-2025-").
  for (let i = 0; !inv.number && i < lines.length && lines[i].page === page1[0]?.page; i++) {
    const title = lines[i].segments.find((s) => TITLE_ALONE.test(s.text.trim()));
    const below = title ? cellUnder(lines, i, title, true) : null;
    const cell = below?.seg;
    const cellText = cell && cell.height < title!.height * 0.9 ? cell.text.trim() : '';
    // (Or its number word before it, "HONORARNOTE" over "Nr. 2025-0884", "FATTURA" over "n. 418/2025": the word says
    // the figures are the number.)
    const worded = cellText.match(/^(?:(?:nr|no|n[°º])\.?|n\.)\s*(?=\d)/i);
    const under = worded ? cellText.slice(worded[0].length) : cellText;
    const id = worded ? /^\d+[-/.]\d[\d\-/.]*$/ : /^(?=.*\p{L})(?=.*\d)[\p{L}\d][\p{L}\d\-/._]{3,}$/u;
    // (Not a number's word and its value run together, "Nr.471102-25" as OCR joins them: a label, read as one.)
    // (With its end wrapped in its narrow cell: "PA-2025-11-" over "04471".)
    if (id.test(under) && !NUMBER_WORD_JOINED.test(under) && numberOf(under) === under && !isDateLike(under)) inv.number = withWrappedEnd(lines, below!.j, under, numberOf);
  }

  if (!inv.number) {
    const series = page1.map((l) => l.text.match(SERIES_AND_NUMBER)).find((m) => m);
    if (series) inv.number = `${series[1] ?? series[3] ?? series[5]} ${series[2] ?? series[4] ?? series[6]}`;
    else inv.number = seriesOverNumber(page1) ?? seriesAndNumberCells(page1);
  }
  if (!inv.number) inv.number = page1.map((l) => l.text.match(SERIES_NUMERO_SIGN)).find((m) => m)?.[1] ?? null;
  if (!inv.number) inv.number = numberUnderTitle(page1, numberOf);
  if (!inv.number) inv.number = numberInHeaderRow(page1, numberOf);
  if (!inv.number) inv.number = numberKeyOverDateKey(page1, numberOf);
  if (!inv.number) inv.number = numberBelowTitle(page1);
  if (!inv.number) inv.number = numberBesideTitle(page1);
  // The numero sign as a label of its own ("№" over "0000004512" beside "Дата на издаване:"), last: an
  // item table's "№" heads its line numbers, no document number is a figure or two.
  if (!inv.number) inv.number = labelledText(lines, [NUMERO_SIGN, NUMERO_ABBREVIATION], (rest) => { const v = numberOf(rest); return v && v.length >= 3 && /\d/.test(v) ? v : null; });
  const tableNumber = digitsBesideTitle(page1);
  if (inv.number && tableNumber && !sameNumber(inv.number, tableNumber)) noteGuess(inv, 'number', `read "${inv.number}", and the info table gives "${tableNumber}" beside the document's title`);

  // A credit memo numbered by its own label that names the invoice it credits ("CREDIT # CM-1009" beside
  // "INVOICE # 10874" and "INVOICE DATE"): the invoice's date is the other document's; its "Date" is the memo's.
  const creditsInvoice = CREDIT_NUMBER.test(text) && INVOICE_NUMBER.test(text);
  inv.date = creditsInvoice ? null : labelledText(lines, DATE_LABELS.slice(0, 1), (rest) => dateOf(rest), (before) => OTHER_DOCUMENT.test(before));
  const otherDate = inv.date ? secondReading(lines, DATE_LABELS.slice(0, 1), dateOf, inv.date, (a, b) => a === b) : null;
  if (otherDate) noteGuess(inv, 'date', `two invoice dates are labelled: ${inv.date} and ${otherDate}`);
  if (!inv.date && !creditsInvoice) inv.date = labelledText(lines, [TAX_POINT], (rest) => dateOf(rest));
  // "Rechnung Nr. RE-2017/506 vom 18.11.2017", "Invoice 1234 dated …": the date the number is given with.
  if (!inv.date && inv.number) inv.date = dateAfterNumber(lines, inv.number, dateOf, (s) => findDate(s, { monthFirst })?.index ?? -1);
  // A date in a cell under a header naming another document ("Ihre Bestellung" over "4500-2291 vom 02.10.2025").
  const underOthersHeader = (l: Line, i: number) => {
    const head = headerOver(lines, i, l.segments.find((s) => DATE_LABELS[1].test(s.text)) ?? l.segments[0]);
    return !!head && (NOT_ISSUE_DATE.test(head.text) || OTHER_DOCUMENT.test(head.text));
  };
  // A letter's dateline ("Toulouse, le 30/09/2025", "Hamburg, den 12.03.2025"): the place, then the day
  // the letter was written, its issue date, whatever other dates the page prints (an original invoice's).
  // (Its date right after the place: not a company's line that a comma runs into its address, "… Ltd, 4 Deansgate Quay …";
  // the place's words capitalised, but a particle's: not a heading, "Your electricity charges, 10 Sep 2025 – 9 Oct 2025".)
  // (And the date ends its cell, or its part of it: a wrapped item's row running on after one, "Reyes, 11/12/2026 (2-hr
  // minimum)" under "Interpretation, deposition of M.", is no dateline; "Genève, le 21.11.2025 · Votre commande …" is one.)
  const datedAtOnce = (t: string) => {
    const m = DATELINE().exec(t);
    const place = m ? t.slice(0, t.indexOf(',')).trim().split(/[\s-]+/) : [];
    const found = m ? findDate(t) : null;
    return !!found && found.index === m![0].length - 1 && DATE_ENDS_CELL.test(t.slice(found.index + found.length)) && place.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
  };
  // (A dateline set in a narrow cell of the letterhead's column wraps before its year: "Innsbruck, am 23. November" over
  // "2026", the year alone in the cell's column on the next line; read whole.)
  const withWrappedYear = (l: Line, s: Segment) => {
    if (!DATELINE().test(s.text) || findDate(s.text)) return s.text;
    const next = page1[page1.indexOf(l) + 1];
    const year = next && next.y - l.y2 < l.height ? next.segments.find((t) => Math.abs(t.x - s.x) < 2 && /^(?:19|20)\d{2}$/.test(t.text.trim())) : undefined;
    return year ? `${s.text.trim()} ${year.text.trim()}` : s.text;
  };
  const datelines = new Set(page1.flatMap((l) => l.segments.map((s) => withWrappedYear(l, s)).filter((t) => datedAtOnce(t)).map((t) => dateOf(t)).filter((d): d is string => !!d)));
  const dateline = datelines.size === 1 ? [...datelines][0] : null;
  if (!inv.date) {
    // "vom", "date", "Datum" say less than "Rechnungsdatum": the first such date. Inside a cell's text (a
    // stylesheet's "Version 2.6 vom 10.11.2025", a title line OCR misspelt) it is a guess when another
    // such line gives another date; a cell that opens with the word ("Date :   31/12/2018") labels it.
    const loose = lines.flatMap((l, i) => {
      const m = l.text.match(DATE_LABELS[1]);
      // Another document's date ("Offerte 25-0312 vom 04.08.2025", "Ihre Bestellung vom …") is not the invoice's;
      // nor, on a credit note citing the invoice it credits, is the invoice's ("Invoice date  02/10/2025").
      // So is a cell's under a header naming one (underOthersHeader).
      // (Its own cells say so: an address row of another column, "Norderstraße 157" beside "Datum", names no order.)
      const before = m && labelsCells(l, m.index!) + m[0];
      if (!m || underOthersHeader(l, i) || NOT_ISSUE_DATE.test(before!) || OTHER_DOCUMENT.test(before!) || (creditsInvoice && DATE_LABELS[0].test(before!))) return [];
      // (Or the date wrapped in its cell beside the label: "Date" beside "November 19," over "2025".)
      const d = looseDateOf(l.text.slice(m.index! + m[0].length)) ?? wrappedBesideLabel(lines, i, DATE_LABELS[1], looseDateOf);
      return d ? [{ date: d, opensCell: /(?:^|\s{2})$/.test(l.text.slice(0, m.index)) }] : [];
    });
    // Inside a cell's text such a word dates something else before a dateline ("Acompte du 15.09.2025", "Réception du
    // personnel, 21/11/2025" under "Neuchâtel, le 26.11.2025"): the dateline is the letter's date.
    if (loose.length && !loose[0].opensCell && dateline) loose.unshift({ date: dateline, opensCell: true });
    inv.date = loose[0]?.date ?? null;
    const dates = new Set(loose.map((c) => c.date));
    if (loose.length && !loose[0].opensCell && dates.size > 1) noteGuess(inv, 'date', `dates without an issue-date label disagree: ${[...dates].join(', ')}`);
  }
  // "Dated" as a header cell over its value ("Invoice No. | Dated" over "SGE/112 | 18-Jul-2019"). (Not
  // a value under another document's header, as above.)
  if (!inv.date) inv.date = labelledText(lines, DATE_LABELS.slice(1), looseDateOf, (before, l, i) => NOT_ISSUE_DATE.test(before) || OTHER_DOCUMENT.test(before) || (DATE_LABELS[1].test(l.text) && underOthersHeader(l, i)));
  if (!inv.date && dateline) inv.date = dateline;
  if (!inv.date) {
    // No label says which date is the invoice's: the first one on the page, a guess for a person to
    // confirm unless it is the only date the page shows (a till receipt prints one, unlabelled).
    const dates = page1.filter((l) => !NOT_ISSUE_DATE.test(l.text)).map((l) => dateOf(l.text)).filter((d): d is string => !!d);
    inv.date = dates[0] ?? null;
    if (inv.date && new Set(dates).size > 1) noteGuess(inv, 'date', 'no label names the issue date');
  }
  if (inv.date && !orderSure && eitherWay.has(inv.date)) noteGuess(inv, 'date', 'nothing on the page says whether the day or the month comes first');
  // A number shaped like a date, "14/11/2026" (the 14th invoice of November, as small Polish firms number theirs), right
  // after the document's word and its number word in one cell ("VAT INVOICE No. 14/11/2026"), when the page labels
  // another day as the issue date: the number. (Not a cell under a label, where a date may stand.)
  if (!inv.number && inv.date) {
    for (const l of page1) {
      const seg = l.segments.find((s) => NUMBER_LABELS[0].test(s.text));
      const m = seg?.text.match(NUMBER_LABELS[0]);
      const v = m && seg!.text.slice(m.index! + m[0].length).match(/^(\d{1,2}\/\d{1,2}\/\d{4})\s*$/)?.[1];
      if (v && dateOf(v) !== inv.date) {
        inv.number = v;
        break;
      }
    }
  }
  inv.dueDate = labelledText(lines, DUE_LABELS, (rest) => dateOf(rest));

  // Each asked of a line several times (once per label group of each field): the long label patterns are
  // tried once per line.
  // (Payment terms are no net: "Total due: $581.30, net 30." is the total's line.)
  const isNetLine = oncePerLine((l) => {
    const text = l.text.replace(PAYMENT_TERMS_ALL, ' ');
    return NET_LABELS.some((re) => re.test(text)) || NET_QUALIFIER.test(text);
  });
  const isGrossLine = oncePerLine((l) => GROSS_LABELS[0].test(l.text));
  // "Invoice total VAT amount" names the tax, whatever gross label it opens with.
  const isTaxTotalLine = oncePerLine((l) => TAX_LABELS[0].test(l.text) && !GROSS_QUALIFIER.test(l.text));
  const totalsLines = withWrappedLabels(withWrappedHeaderRow(lines));
  // A net's, a summary row's or the tax total's line is no gross, whatever gross label it holds.
  const notGross = (l: Line) => isNetLine(l) || isSummaryRow(l) || isTaxTotalLine(l);
  inv.totalAmount = moneyField(totalsLines, GROSS_LABELS, docCurrency, notGross, true);
  if (inv.totalAmount === null && lines.some((l) => TAX_LABELS[1].test(l.text))) inv.totalAmount = moneyField(totalsLines, [TOTAL_PAID], docCurrency, notGross, true);
  // (Nor the net of a balance left after instalments, "Restbetrag netto" under a final invoice's "Gesamtleistung netto".)
  inv.amount = moneyField(totalsLines, NET_LABELS, docCurrency, (l) => GROSS_QUALIFIER.test(l.text) || PAYMENT_TERMS.test(l.text) || NONTAXABLE.test(l.text) || BALANCE.test(l.text));
  // "Montant total TVA comprise" is the gross, whatever tax label it holds.
  // A tax line under a deducted payment ("abzüglich Anzahlung … -3.000,00", "darin enthaltene USt. 19 %
  // 478,99") is that payment's tax, not the invoice's.
  const deduction = (l: Line) => DEDUCTION.test(l.text) && HAS_DIGIT.test(l.text);
  const deducted = lines.findIndex(deduction);
  // (A net labelled under it starts the invoice's own sums again, as an advance invoice deducts the advance
  // invoiced before from its progress: "abzüglich 1. Abschlagsrechnung (netto) -16.800,00" over "Abschlagsbetrag
  // netto 21.000,00 / zuzüglich 19 % Umsatzsteuer 3.990,00". The deduction reaches down to that net.)
  const resumed = deducted < 0 ? -1 : lines.findIndex((l, k) => k > deducted && isNetLine(l) && HAS_DIGIT.test(l.text) && !/(?:^|\s)[-–−]\s?\d/.test(l.text));
  const underDeduction = new Set(deducted >= 0 ? lines.slice(deducted + 1, resumed > deducted ? resumed : undefined) : []);
  const afterDeduction = (l: Line) => underDeduction.has(l);
  // What is left to pay after a payment deducted ("Att betala" under "Avgår förskott", "Pozostało do zapłaty"
  // under "Zapłacono") is a balance: the invoice's total is the gross labelled above the deduction, if one is.
  // (The payment's line, not an allowance an e-invoice view calls "Abschlag" with its reason above it, "Abschlag |
  // Projektrabatt 3 % | -59,35": a discount, whose line still ends the tax's readings as before.)
  const paidAt = lines.findIndex((l) => deduction(l) && !DISCOUNT.test(l.text));
  if (paidAt >= 0) {
    const at = lines[paidAt];
    const above = (l: Line) => l.page < at.page || (l.page === at.page && l.y < at.y);
    const linesAbove = totalsLines.filter(above);
    const grossAbove = moneyField(linesAbove, GROSS_LABELS, docCurrency, notGross, true);
    // No gross above it, but the net and the tax ("Gesamtbetrag netto € 11.306,00 / Umsatzsteuer € 0,00" over "abzgl. 5 %
    // Haftrücklass … / Zahlbetrag"): the total is their sum, the amount to pay under the deduction a balance.
    const netAbove = grossAbove === null ? moneyField(linesAbove, NET_LABELS, docCurrency, (l) => GROSS_QUALIFIER.test(l.text) || PAYMENT_TERMS.test(l.text)) : null;
    const taxAbove = netAbove === null ? null : moneyField(linesAbove, TAX_LABELS, docCurrency, (l) => isNetLine(l));
    inv.totalAmount = grossAbove ?? (netAbove !== null && taxAbove !== null ? Math.round((netAbove + taxAbove) * 100) / 100 : inv.totalAmount);
  }
  // A withheld income tax ("Withholding tax 10 %  -100.00") is no tax the invoice charges.
  // (Not a grid's row of labels over their figures where the tax total has a cell of its own: a DANFSe's "BC ISSQN |
  // Alíquota Aplicada | Retenção do ISSQN | ISSQN Apurado" names the withholding's status beside the tax.)
  const ownTaxCell = (l: Line) => l.segments.length >= 3 && !HAS_DIGIT.test(l.text) && l.segments.some((s) => TAX_LABELS[0].test(s.text) && !WITHHOLDING.test(s.text));
  const withholding = oncePerLine((l) => WITHHOLDING.test(l.text) && !ownTaxCell(l));
  // Nor is a charge outside the VAT that names the tax to say so ("Voorschotten buiten BTW  1.318,40").
  const untaxed = oncePerLine((l) => UNTAXED.test(l.text));
  const labelledTax = moneyReading(totalsLines, TAX_LABELS.slice(0, 1), docCurrency, (l) => (GROSS_LABELS[0].test(l.text) && GROSS_QUALIFIER.test(l.text)) || afterDeduction(l) || withholding(l) || untaxed(l));
  inv.taxAmount = labelledTax.value;
  inv.amount = sumPerRate(lines, NET_LABELS, (l) => GROSS_QUALIFIER.test(l.text) || isGrossLine(l) || isTaxTotalLine(l)) ?? inv.amount;
  inv.taxAmount = sumPerRate(lines, TAX_LABELS, (l) => isNetLine(l) || isGrossLine(l) || afterDeduction(l) || withholding(l) || untaxed(l), true) ?? inv.taxAmount;
  if (inv.taxAmount === null) {
    // The tax word with its amount after it, or in the next cell ("VAT @ 23% on fees | €345.00").
    const taxOf = (l: Line) => {
      const first = amountAfter(l.text, TAX_LABELS[1])?.value;
      return first === undefined ? valueCellRight(l, TAX_LABELS[1]) : differenceColumn(lines, lines.indexOf(l), first) ?? taxBesideBase(l, first);
    };
    const generic = lines.filter((l) => !isNetLine(l) && !isGrossLine(l) && !afterDeduction(l) && !withholding(l) && !untaxed(l) && !inOtherCurrency(l.text, docCurrency) && taxOf(l) !== null && !isTaxCodeCell(lines, l));
    // The same figure on two such lines is one tax printed twice: a tax line among the items ("Sales tax
    // 6.25% on materials  203.13") and the totals' ("Sales Tax  203.13"). Not a folio's dated postings,
    // one per night, which add up (postedTax).
    const twice = generic.length === 2 && taxOf(generic[0]) === taxOf(generic[1]) && !generic.some((l) => findDate(l.text));
    // (Its figure wrapped at the thousands in a narrow cell, "13" over "110,00", read whole.)
    if (generic.length === 1 || twice) inv.taxAmount = wrappedFigure(lines, lines.indexOf(generic[0]), taxOf(generic[0])!);
  }
  // The labelled tax in another currency only when none was read in the document's.
  inv.taxAmount ??= labelledTax.foreign;
  // A total with the VAT it includes in brackets is the gross, and that VAT the tax: the subtotal above it,
  // prices including VAT, is no net.
  const included = totalWithIncludedTax(lines);
  if (included) [inv.totalAmount, inv.taxAmount, inv.amount] = [included.total, included.tax, round2(included.total - included.tax)];
  // Indian GST printed as its parts (CGST + SGST, or IGST): the tax is their sum, unless a tax read by
  // its label already adds up with the net to the total.
  const gst = gstParts(lines);
  if (gst !== null && gst !== inv.taxAmount) {
    const addsUp = (tax: number | null) => tax !== null && inv.amount !== null && inv.totalAmount !== null && Math.abs(inv.amount + tax - inv.totalAmount) < 0.005;
    if (inv.taxAmount === null || (addsUp(gst) && !addsUp(inv.taxAmount))) inv.taxAmount = gst;
  }
  // A total that is not net + tax on a page that deducts a payment is what is left to pay: the invoice's own
  // total is the figure right above the deduction when net + tax make it, whatever its word ("Summa 80 000,00"
  // over "Avgår förskottsfaktura … -20 000,00" over "Att betala SEK 60 000,00").
  const totalAboveDeduction = () => {
    if (!(paidAt > 0 && inv.amount !== null && inv.taxAmount !== null)) return;
    const gross = Math.round((inv.amount + inv.taxAmount) * 100) / 100;
    const at = lines[paidAt];
    if (inv.totalAmount === null || Math.abs(inv.totalAmount - gross) >= 0.005) {
      for (let i = paidAt - 1; i >= Math.max(0, paidAt - 2); i--) {
        const l = lines[i];
        const last = l.segments[l.segments.length - 1];
        if (l.page !== at.page || l.segments.length < 2 || !/\p{L}{2}/u.test(l.segments[0].text) || !MONEY_CELL.test(last.text.trim())) continue;
        const v = wrappedFigure(lines, i, parseAmount(last.text) ?? NaN);
        if (Math.abs(v - gross) < 0.005) inv.totalAmount = gross;
        break;
      }
    }
  };
  totalAboveDeduction();
  // Totals printed as a table ("TOTAL HT | TOTAL TVA | TOTAL TTC" over a row of figures) whose figures
  // add up win over labels read one by one, which may have found a prepayment or an amount already paid.
  const table = totalsTable(lines) ?? rateColumnsTable(lines) ?? basesAndTaxesRow(lines) ?? runningTotalsBand(lines);
  const labelledTotal = inv.totalAmount;
  // The net is settled against net, tax and total once the three are read; here, or later for a tax read late.
  let unsettled = false;
  if (table) {
    // (Labelled net, tax and total that add up and differ from the table's are another reading of the totals: the
    // table may be another document's, a quote's recalled above an advance invoice's own sums. Both stay in doubt.)
    const addsUp = inv.amount !== null && inv.taxAmount !== null && labelledTotal !== null && Math.abs(inv.amount + inv.taxAmount - labelledTotal) < 0.005;
    Object.assign(inv, table);
    if (addsUp && inv.totalAmount !== null && Math.abs(labelledTotal! - inv.totalAmount) > 0.005) {
      const why = `a totals table reads ${inv.totalAmount.toFixed(2)}, the labelled totals ${labelledTotal!.toFixed(2)}`;
      for (const field of ['amount', 'taxAmount', 'totalAmount'] as const) noteGuess(inv, field, why);
    }
  } else {
    inv.totalAmount = settledTotal(lines, inv, notGross);
    inv.amount = settledNet(lines, inv);
    unsettled = inv.taxAmount === null;
    // (What is left to pay under a deducted payment is no other total: "Att betala" under "Avgår förskott".)
    const others = otherGrossTotals(lines, inv, (l) => notGross(l) || afterDeduction(l));
    if (others.length) noteGuess(inv, 'totalAmount', `totals labelled ${[inv.totalAmount!, ...others].map((g) => g.toFixed(2)).join(' and ')}, and no net and tax to settle which`);
  }
  fromBreakdown(inv, taxBreakdown(lines));
  // An item table with a taxable-value column and tax columns, summed on its totals row.
  const columns = columnTotals(lines);
  fromBreakdown(inv, columns && { ...columns, rows: 1 });
  const row = inv.totalAmount !== null && (inv.amount === null || inv.taxAmount === null) ? totalsRowParts(lines, inv.totalAmount) : null;
  fromBreakdown(inv, row && { ...row, rows: 1 });
  // Neither net nor tax read by a label: an item table that prints each line's net, tax and gross may close with a
  // row of the three sums under a label of its own ("Monatliche Vorschreibung", a grid's bare "Total"); its figures
  // are the invoice's totals when each is the sum of the lines' above it.
  if (inv.amount === null && inv.taxAmount === null) {
    const sums = lineColumnSums(lines);
    if (sums) [inv.amount, inv.taxAmount, inv.totalAmount] = [sums.net, sums.tax, sums.total];
  }
  // A page that charges no VAT may print its one sum under a bare amount word, no total's ("Betrag  € 717,00"
  // under a fee note's lines, "Amount  250.00"): with no net and no total labelled, the last such row.
  if (inv.totalAmount === null && inv.amount === null && NO_VAT_CHARGED.test(text)) inv.totalAmount = bareAmountRow(lines);
  // No tax figure on a page that says it charges no VAT: the tax is nil, and the gross is the net.
  // (And on a final invoice that charges none, a § 13b builder's, the total is again the figure above the first
  // deduction, the whole work's net, not what is left to pay under the instalments and a retention.)
  if (inv.taxAmount === null && (inv.amount !== null || inv.totalAmount !== null) && NO_VAT_CHARGED.test(text)) {
    inv.taxAmount = 0;
    totalAboveDeduction();
  }
  // Hong Kong levies no VAT, GST or sales tax: a bill in Hong Kong dollars that names no tax anywhere charges none.
  // (Not under a net short of the total: what stands between them, a service charge, is for the charge rules to doubt.)
  if (inv.taxAmount === null && inv.totalAmount !== null && (inv.amount === null || inv.amount === inv.totalAmount) && docCurrency === 'HKD' && !lines.some((l) => TAX_LABELS[1].test(l.text))) inv.taxAmount = 0;
  // A charge outside the VAT listed under the tax ("Impuesto turístico (no sujeto)  6,60", outlays): part of
  // the net, when it is exactly what the net and the tax fall short of the total by.
  if (inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null) {
    // A VAT table's gross under which a labelled total adds the untaxed charge ("Brutto 455,40", "Ortstaxe
    // (nicht steuerbar) 9,80", "Gesamtbetrag 465,20"): the labelled total is the invoice's.
    if (table && labelledTotal !== null && labelledTotal > inv.totalAmount && withUntaxedCharge(lines, inv.amount, inv.taxAmount, labelledTotal) !== inv.amount) inv.totalAmount = labelledTotal;
    inv.amount = withUntaxedCharge(lines, inv.amount, inv.taxAmount, inv.totalAmount);
  }
  if (inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null) inv.taxAmount = taxLinesSum(lines, inv.amount, inv.taxAmount, inv.totalAmount, (l) => isNetLine(l) || isGrossLine(l) || withholding(l));
  // A folio posts its taxes as charges ("10/14/2024  Room Tax 11.7%  33.81"), with no tax total: their sum.
  if (inv.taxAmount === null && inv.totalAmount !== null) inv.taxAmount = postedTax(lines, inv.totalAmount);
  // A tax read only as a posted charge ("Sales Tax (7.75% on" over "2,223.00)  172.28"): the net settled against it too.
  if (unsettled && inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null) inv.amount = settledNet(lines, inv);
  // A withheld income tax is neither tax nor total: the total is the gross before it.
  inv.totalAmount = grossBeforeWithholding(lines, inv) ?? inv.totalAmount;
  // A tax not read, under a printed rounding ("MWST 8.1 % von 715.00  57.92", "Rundung  -0.02", "Total  772.90"):
  // the total less the rounding and the net, when a tax line prints that figure; not the total less the net.
  if (inv.taxAmount === null && inv.amount !== null && inv.totalAmount !== null) {
    const rounding = printedRounding(lines, inv.currency);
    const tax = rounding === null ? null : Math.round((inv.totalAmount - rounding - inv.amount) * 100) / 100;
    if (tax !== null && tax > 0 && lines.some((l) => TAX_LABELS[1].test(l.text) && findAmounts(ocrDigits(l.text)).some((f) => Math.abs(f - tax) < 0.005))) inv.taxAmount = tax;
  }
  // A net not read, under a printed rounding ("OUTPUT SGST @ 9%  9,470.25", "Less : ROUND OFF  (-)0.50", "Total  1,56,715.00",
  // an Indian GST invoice's ledger rows under its unlabelled subtotal): the total less the tax, moved back by the
  // rounding, when the page prints that figure; not the total less the tax alone. (The rounding's sign may be printed
  // as "(-)" or said by "Less", which the figure does not carry: of the two, the one the page prints.)
  if (inv.amount === null && inv.taxAmount !== null && inv.totalAmount !== null) {
    const rounding = printedRounding(lines, inv.currency);
    const printed = rounding === null ? [] : [-1, 1].map((k) => Math.round((inv.totalAmount! - inv.taxAmount! + k * Math.abs(rounding)) * 100) / 100)
      .filter((net) => net > 0 && lines.some((l) => !ROUNDING.test(l.text) && l.segments.some((c) => Math.abs((parseAmount(ocrDigits(c.text.trim())) ?? NaN) - net) < 0.005)));
    if (printed.length === 1) {
      inv.amount = printed[0];
      // (Kept beside the invoice, as a till's rounding is, for the totals check to take into account.)
      noteRounding(inv, Math.round((inv.totalAmount - inv.amount - inv.taxAmount) * 100) / 100);
    }
  }
  withGhanaLevies(lines, inv);
  const charge = chargeBetweenNetAndTotal(lines, inv);
  if (charge) for (const field of ['amount', 'taxAmount'] as const) noteGuess(inv, field, charge);
  completeTotals(inv);
  const balance = balanceDoubt(lines, inv);
  if (balance) noteGuess(inv, 'totalAmount', balance);
  const paid = paidLessChange(lines.map((l) => l.text));
  if (paid !== null && inv.totalAmount !== null && Math.abs(paid - inv.totalAmount) > 0.011) {
    noteGuess(inv, 'totalAmount', `paid less change is ${paid.toFixed(2)}, not ${inv.totalAmount.toFixed(2)}`);
  }

  inv.seller.name = seller.name;
  // (A buyer's block under a form of address, "Spett.le" over "Ottica Rinaldi S.n.c.", is set apart as a label sets
  // it, for a name of a person's shape: a trade's words in a logo's place, "Verdeviva manutenzione del verde", stay a guess.)
  const buyerApart = labelledBuyer.lines.length > 0 || (!!seller.name && isProperName(seller.name) && addressedApart(page1, seller.name));
  if (seller.guessed && seller.name && !confirmedSeller(text, { ...seller, name: seller.name }, buyerApart)) noteGuess(inv, 'seller.name', UNCONFIRMED_SELLER);
  else if (seller.doubt && seller.name) noteGuess(inv, 'seller.name', seller.doubt);
  // A customer's label read as the seller's name ("Cliente" heading the customer's box, the letterhead at the right): no name.
  if (seller.name && isBuyerLabel(seller.name)) noteGuess(inv, 'seller.name', `"${seller.name}" is a customer's label`);
  // (A self-billed invoice is the customer's letter: its logo is the buyer's, see below.)
  const logoCompany = seller.name && !SELF_BILLING.test(text) ? logoHeadsOther(page1, seller.name) : null;
  if (logoCompany) noteGuess(inv, 'seller.name', `the page opens with a logo over "${logoCompany}", not "${seller.name}"`);
  const otherReading = seller.name ? nearMiss(page1, seller.name) : null;
  const formed = otherReading ? wellFormedReading(seller.name!, otherReading) : null;
  if (formed) inv.seller.name = formed;
  else if (otherReading) {
    noteGuess(inv, 'seller.name', readTwoWays(seller.name!, otherReading));
    // Still in doubt, but the reading that ends in a company form on the list is the better start.
    if (endsInCompanyForm(otherReading) && !endsInCompanyForm(seller.name!)) inv.seller.name = otherReading;
  }
  if (inv.seller.name) inv.seller.name = mixedCaseReading(text, inv.seller.name);
  // A name in capitals the page writes out ("TELENOVA" as "Telenova S.p.A.", in a footer row going on with its
  // street and town): the name stated is the written one, and it is what a row of the page confirms or not.
  if (inv.seller.name !== seller.name && guessesOf(inv)['seller.name'] === UNCONFIRMED_SELLER && confirmedSeller(text, { ...seller, name: inv.seller.name! }, buyerApart)) dropGuess(inv, 'seller.name');
  inv.seller.address = seller.address;
  inv.seller.taxId = sellerTaxId;
  inv.seller.phone = seller.phone;
  const iban = text.match(/\bIBAN\s*[:.]?\s*([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)/);
  inv.seller.account = iban ? iban[1].replace(/\s+/g, '') : null;
  // A till receipt (it states what was paid and the change) has no address window: its buyer, if any, is labelled.
  const tillReceipt = paid !== null;
  let buyer = labelledBuyer.name || tillReceipt ? labelledBuyer : buyerInWindow(page1, seller.name, seller.address);
  // No window holds a name, but a second company is set level with the seller's: the addressee.
  if (!buyer.name && seller.beside) buyer = { name: seller.beside, address: null, taxId: null, phone: null };
  inv.buyer.name = buyer.name;
  const unread = buyer.name || tillReceipt ? null : buyerShown(page1);
  if (unread) noteGuess(inv, 'buyer.name', unread);
  if (buyer.guessed && buyer.name) noteGuess(inv, 'buyer.name', 'the address block opens with no name');
  else if (buyer.doubt && buyer.name) noteGuess(inv, 'buyer.name', buyer.doubt);
  else if (buyer.name && holdsTaxIdLabel(buyer.name)) noteGuess(inv, 'buyer.name', `"${buyer.name}" holds a tax id's label`);
  else if (buyer.name && isFieldLabel(buyer.name)) noteGuess(inv, 'buyer.name', `"${buyer.name}" is a field's label`);
  else if (buyer.name && SURNAME_ALONE.test(buyer.name)) noteGuess(inv, 'buyer.name', `"${buyer.name}" is a surname alone: what stood before it was dropped as a title`);
  else if (buyer.name && ONE_WORD.test(buyer.name) && !endsInCompanyForm(buyer.name)) noteGuess(inv, 'buyer.name', `"${buyer.name}" is one word without a company form: a heading or a surname, not a name`);
  for (const party of ['seller', 'buyer'] as const) {
    const heading = headingToParty(inv[party].name);
    if (heading) noteGuess(inv, `${party}.name`, `"${inv[party].name}" ends with "${heading}": a heading that names no one`);
  }
  if (seller.name && buyer.name && oneBlock(page1, seller.name, buyer.name)) {
    const why = `"${seller.name}" and "${buyer.name}" are rows of one block`;
    noteGuess(inv, 'seller.name', why);
    noteGuess(inv, 'buyer.name', why);
  }
  // A buyer found by its place alone whose block goes on with a phone and a tax number, what a letterhead gives,
  // while nothing of the kind was read for the seller: the two blocks may be each other's.
  if (!labelledBuyer.name && seller.name && buyer.name && !seller.address && !seller.phone && !sellerTaxId && givesOwnDetails(page1, buyer.name)) {
    const why = `"${buyer.name}"'s block gives a phone and a tax number, "${seller.name}" neither`;
    noteGuess(inv, 'seller.name', why);
    noteGuess(inv, 'buyer.name', why);
  }
  inv.buyer.address = buyer.address;
  inv.buyer.phone = buyer.phone;
  const buyerVat = vatIds.find((c) => c.buyers);
  inv.buyer.taxId = buyer.taxId ?? (buyerVat ? vatIdIn(buyerVat.text) : null);
  // A self-billed invoice is issued by the customer: its letterhead is the buyer's, the addressee the supplier,
  // who is the seller; unless labels on the page say which party is which.
  // So is a letterhead taken from the addressee's block: an attention row under its name ("t.a.v. Sanne Mulder" under
  // "Evenementenbureau De Kade B.V."), the block beside it giving its own registration, tax and bank details (a
  // freelancer's "KvK", "Btw-id", "IBAN" rows under "Daan Visser Fotografie"), none under the other.
  const attention = (name: string) => ATTENTION.test(blockRows(page1, name)[0] ?? '');
  const ownIds = (name: string) => blockRows(page1, name).filter((r) => OWN_ID_ROW.test(r) || TAX_NUMBER_ROW.test(r)).length >= 2;
  const addressedSeller = !labelledBuyer.name && !!inv.seller.name && !!inv.buyer.name && attention(inv.seller.name) && !attention(inv.buyer.name)
    && ownIds(inv.buyer.name) && !ownIds(inv.seller.name);
  if ((SELF_BILLING.test(text) || addressedSeller) && !labelledBuyer.name && !page1.some((l) => l.segments.some((s) => labelsSeller(s.text))) && inv.seller.name && inv.buyer.name) {
    [inv.seller, inv.buyer] = [inv.buyer, inv.seller];
    const { 'seller.name': sellerDoubt, 'buyer.name': buyerDoubt } = guessesOf(inv);
    for (const [field, why] of [['seller.name', buyerDoubt], ['buyer.name', sellerDoubt]] as const) {
      dropGuess(inv, field);
      if (why) noteGuess(inv, field, why);
    }
  }

  // A line of words with a "Total" cell heads the totals set as a table under the items: their end.
  const totalsHeader = (l: Line) => !HAS_DIGIT.test(l.text) && l.segments.length >= 2 && l.segments.some((s) => /^(?:total|totale|totaal|summe|gesamt)$/i.test(s.text.trim()));
  inv.items = parseItems(lines, (l) => isNetLine(l) || isGrossLine(l) || TAX_LABELS[0].test(l.text) || totalsHeader(l));
  inv.items.push(...adjustmentLines(lines, inv));
  if (inv.documentType === 'credit_note') creditNoteAmounts(inv);
  noteImplausibleValues(inv, page1);
  markSources(inv, 'text');
  if (docCurrency) inv.fieldSources!.currency = 'text';
  if (inv.documentType === 'credit_note') inv.fieldSources!.documentType = 'text';
  return inv;
}

