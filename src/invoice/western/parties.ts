/**
 * Seller and buyer of a Western invoice, by layout: a party label with the name on its line or in the
 * block under it; else, for the buyer, the address window of a letter; for the seller, a sender line
 * ("Acme GmbH · Street 1 · City"), else the letterhead, which is never a line of the buyer's block.
 *
 * Names are the party's name alone: a salutation is dropped ("Herrn Max Mustermann" → "Max Mustermann",
 * as the structured formats carry the person's name), and a cell is not joined to the next column
 * ("Theodor Est" beside "Your order AB321") or to an id on the next line ("GLN 4304171000002").
 */
import { onFirstUse } from '../../core/remembered.js';
import { ocrTolerant, senderParts, withoutLogoPlaceholder } from './ocr-tolerant-labels.js';
import { findDate } from '../dates.js';
import { SHOWN_NOT_READ } from '../guesses.js';
import { prefixEdits } from '../edit-distance.js';
import { CELL_GAP, charX, type Line, type Segment } from '../layout.js';
import { isCurrencyCode } from './currency.js';

export interface FoundParty {
  name: string | null;
  address: string | null;
  taxId: string | null;
  phone: string | null;
  /** The name is a guess: no label, sender line or company form points at it (the first line that can be a name). */
  guessed?: boolean;
  /** The name was read, but the block leaves room for doubt: why (a reviewer reads it). */
  doubt?: string;
  /** Another company's name set level with the seller's, beside it: the addressee's, when no window holds one. */
  beside?: string;
  /** A guessed letterhead's rows give a registration (registeredUnder). */
  registered?: boolean;
}

/** A VAT id after its label, in the languages the parser reads ("USt-IdNr. DE289456123", "N° TVA FR…");
 * an id holds digits ("Not VAT registered" names none). */
export const VAT_ID = /(?:vat\s*(?:id|no\.?|number|reg\w*)?|ust[-.\s]*id[-.\s]*(?:nr\.?)?|umsatzsteuer-?id\w*|n°\s*tva|tva(?:\s+intra\w*)?|btw(?:-?nummer|-?nr\.?)?|nif|cif|tax\s*id|vat-id|gstin)\s*[:.]?\s*(?=[A-Z]{2}\s?[0-9A-Z]*\d|\d{2}[A-Z]{5})([A-Z]{2}\s?[0-9A-Z](?:[0-9A-Z]|\s(?=\d)){7,14}|\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z])/i;
/** A line that names the buyer: a VAT id on it is the buyer's, never the seller's. */
export const BUYER_WORD = /client|customer|kunde|klant|cliente|buyer|käufer/i;
const BUYER_WORD_ALONE = new RegExp(`^(?:${BUYER_WORD.source})$`, 'i');

/** The VAT id in a text, without its spaces; null when it has none. */
export function vatIdIn(text: string): string | null {
  return text.match(VAT_ID)?.[1].replace(/\s+/g, '') ?? null;
}

/** A VAT id with its label and nothing else ("N° TVA intracom. FR45812345678"): a row of a party's block, never its name. */
function isVatIdRow(text: string): boolean {
  const m = text.match(VAT_ID);
  return !!m && text.slice(0, m.index).replace(/[^\p{L}\p{N}]/gu, '').length <= 3 && !/\p{L}{2}/u.test(text.slice(m.index! + m[0].length));
}

/** A party known by its name alone (or not at all). */
const named = (name: string | null): FoundParty => ({ name, address: null, taxId: null, phone: null });

/** A US employer id, which US invoices print as the seller's tax id ("EIN 84-1234567"). */
const US_TAX_ID = /^(?:EIN|TIN|tax\s*id)\s*[:.#]?\s*(\d{2}-\d{7})$/i;
/** A phone number, alone or after its label: a plus or a digit, then 7 or more digits and spacers. */
const PHONE = /^(?:(?:t[eé]l(?:efon|ephone|éphone)?|tlf|phone|fon)\.?\s*:?\s*)?(\+?\d[\d\s()./-]{6,}\d)$/i;

// (The role may follow the kind of business it labels, in brackets: "Restaurant (Leistungserbringer)" over the restaurant's
// block on a delivery platform's invoice issued in its name, "Hotel (supplier)".)
const SELLER_LABELS = ocrTolerant(/^(?:section\s+[a-z]\s*:\s*)?(?:(?:dati|datos|dados)\s+(?:del(?:l['’]\s?)?|do|da)\s+)?(?:[a-zà-ÿ]{3,}\s+\((?=[^()]+\)\s*(?::|$)))?(?:(?:seller|supplier|vendor|issuer)(?:'s)?\s+details|[^:]*\s(?:in\s+the\s+name\s+and\s+on\s+behalf\s+of|au\s+nom\s+et\s+pour\s+le\s+compte\s+de|im\s+namen\s+und\s+für\s+rechnung\s+(?:von|des|der))(?=\s*:)|verkäufer|vermieter|verpächter|landlord|lessor|bailleur|verhuurder|arrendador|locatore|senhorio|wynajmujący|pronajímatel|hyresvärd|udlejer|utleier|seller(?:\s+name)?|vendor|supplier(?:\s+name)?|from|issued\s+by|sold\s+by|verkauft\s+von|vendu\s+par|verkocht\s+door|vendido\s+por|venduto\s+da|bill(?:ed)?\s+from|lieferant|rechnungssteller|rechnungsaussteller|absender|abs\.|auftragnehmer|leistungserbringer|service\s+provider|fournisseur|vendeur|émetteur|émis\s+par|prestataire|leverancier|verkoper|proveedor|vendedor|venditore|emisor|fornecedor|transmitente|sprzedawca|podmiot\s?1(?:\s*\(sprzedawca\))?|wystawca|dodavatel|dodávateľ|prodávající|furnizor|prestator|prestador(?:\s+d[eo]s?\s+servi[çc]os?)?|emitente\s+da\s+nfs-?e|leverandør|säljare|leverantör|selger|seljandi|myyjä|eladó(?:\s+adatai)?|sat[ıi]c[ıi]|pardavėjas|(?:preču\s+|pakalpojumu?\s+)?piegādātājs|pakalpojuma\s+sniedzējs|izdajatelj|prodajalec|dobavitelj|prodavatelj|prodava[cč]|dobavljač|cedente(?:\s*\/\s*prestatore)?|emisor|στοιχε[ιί]α\s+εκδ[οό]τη|εκδ[οό]της|πωλητ[ηή]ς|доставчик|постачальник|đơn\s+vị\s+bán(?:\s+hàng)?|saltzailea|issuer|shit[ëe]si|продавац|продавач|добављач|испорачател)(?:\s*\/\s*(?:seller|supplier|vendor|verkäufer|lieferant|vendeur|fournisseur))?(?:\s*\((?:fornitore|supplier|seller|vendor|lieferant|fournisseur|proveedor|emisor|issuer)\))?\)?\s*(?::\s*(.*))?$/i);
/** "Sold by Harbour Gadgets Ltd", "Receipt from Tallyframe, Inc.": the seller named after the words, in one cell, without a colon. */
const SOLD_BY = onFirstUse(() => /^(?:(?:sold|issued|supplied)\s+by|(?:receipt|invoice)\s+from|verkauft\s+von|vendu\s+par|verkocht\s+door|vendido\s+por|venduto\s+da)\s+([A-Z\p{Lu}][^:]{1,60})$/iu);
// (A view of an e-invoice may head a party's block with the words for its data: "Dati del cedente / prestatore", "Datos
// del emisor", "Dados do adquirente", the Hungarian after the party's word, "Eladó adatai", "Vevő adatai". Not the Spanish
// "Datos del" before a buyer's word: "Datos del huésped" beside "Datos de facturación" is the guest's, not the buyer's.
// And the buyer's role may follow the party's word in brackets, as the seller's does: "Primatelj (kupac)" beside
// "Izdavatelj (prodavatelj)" on a Croatian e-invoice's view.)
// ("Recipient" and "Prepared for" head a block alone: "Recipient: <payee>" on a payment line is no buyer.)
// (A Swedish or Danish caption of the party billed, "Fakturera" alone, "Faktureras till", "Faktureres til": not a sentence
// that opens with the verb, "Faktureras månadsvis".)
// (An insurer's policyholder, "Contraente", "Versicherungsnehmer", "Policyholder"; a marketplace's seller billed
// its fees, "Vendeur facturé", as a customer is a "Client facturé".)
const BUYER_LABELS = ocrTolerant(/^(?:section\s+[a-z]\s*:\s*)?(?:(?:dati|dados)\s+(?:del(?:l['’]\s?)?|do|da)\s+)?(?:[a-zà-ÿ]{3,}\s+\((?=[^()]+\)\s*(?::|$)))?(?:(?:importer|consignee|purchaser)\s*\/\s*)?(?:(?:buyer|customer|purchaser|recipient)(?:'s)?\s+details|bill(?:ed)?[\s-]*to(?:\s+(?:address|party|customer))?|mieter|pächter|tenant|lessee|renter|hirer|locataire|preneur|huurder|arrendatario|conduttore|locatario|inquilino|najemca|nájemce|hyresgäst|lejer|leietaker|invoiced?\s*to|invoice\s+for(?=\s*:?$)|sold[\s-]*to(?:\s+party)?|customer(?:\s+name)?|client(?:\s+(?:name|factur[ée]))?|(?:vendeur|partenaire|marchand|commer[çc]ant)\s+factur[ée]e?|kunde|tierhalter(?:in)?|propri[ée]taire(?=\s*:?$)|propr?ietario(?=\s*:?$)|abonn[ée]e?|ma[iî]tre\s+d(?:e\s+l['’]|['’])ouvrage|rechnungsempfänger|rechnungsanschrift|auftraggeber|regulierer|käufer(?:\/[a-zäöüß]+)?|leistungsempfänger|(?:rechnung|gutschrift|verkauf)\s+an|factur(?:é|er)\s+à|fatturat[oa]\s+a|adressé\s+à|adresse\s+de\s+facturation|adresse\s+(?:du\s+)?client|destinataire|(?:datos\s+del\s+)?destinatario|klant|afnemer|koper|factuur\s+aan|cliente|facturar\s+a|buyer(?:\s+name)?|acheteur|customer\s+name|guest(?:\s+name)?|hu[ée]sped|ospite|billing\s+(?:address|contact)|invoice\s+address|factuuradres|fakturaadresse?|faktureringsadress|fakturera(?=\s*:?$)|faktur(?:eras|eres)\s+till?|laskutusosoite|laskutettava|rechnungsadresse|direcci[oó]n\s+de\s+facturaci[oó]n|datos\s+de\s+facturaci[oó]n|dados\s+de\s+fatura(?:[çc][ãa]o|mento)|dati\s+di\s+fatturazione|donn[ée]es\s+de\s+facturation|billing\s+details|indirizzo\s+di\s+fatturazione|klantgegevens|kundendaten|datos\s+(?:fiscales\s+)?del\s+cliente|dades\s+del\s+client|получател|coordonn[ée]es\s+(?:du\s+)?client|nabywca|podmiot\s?2(?:\s*\(nabywca\))?|odbiorca|odběratel|odberateľ|kupující|cumpărător|beneficiar|køber|kjøper|kund|köpare|kaupandi|viðskiptavinur|adquirente|ostaja|ostja|maksja|asiakas|pirkėjas|pircējs|(?:preču\s+|pakalpojumu?\s+)?saņēmējs|maksātājs|kupec|naročnik|prejemnik|tomador(?:\s+del\s+seguro|\s+d[eo]s?\s+servi[çc]os?)?|fakturamottagare|fakturamodtager|fakturamottaker|kupac|naručitelj|купац|купувач|bler[ëe]si?|se[ñn]or(?:\(?es\)?)?|adquiri?ente|(?:passenger|travell?er)(?:\s*\/\s*payer)?(?:\s+name)?|credit(?:ed)?\s*to|cr[ée]dit[ée]\s+[àa]|organisatie|service\s+for|consignee|vevő(?:\s+adatai)?|al[ıi]c[ıi]|покупець|tên\s+đơn\s+vị|kepada|bezeroa|receiver|recipient(?=\s*:?$)|prepared\s+for(?=\s*:?$)|details\s+of\s+(?:receiver|recipient|buyer)|receptor|στοιχε[ιί]α\s+πελ[αά]τη|πελ[αά]της|stoicheia\s+pelat[hi]|pelat[hi]s|αγοραστ[ηή]ς|(?:spett\.?le\s+)?cessionario(?:\s*\/\s*committente)?|committente|contraente|versicherungsnehmer(?:in)?|policy\s*holder|verzekeringnemer|f[öo]rs[äa]kringstagare|responsible\s+party|titular\s+del\s+contrato|titular\s+de\s+la\s+factura|titular(?!\s+d)|apellido\s+y\s+nombre(?:\s*\/\s*raz[oó]n\s+social)?|titulaire\s+d(?:u\s+contrat|e\s+l['’]abonnement)|intestatario(?:\s+del(?:la)?\s+(?:contratto|fornitura))?|intestat[oa]\s+a|exm[oa]s?\.?(?:\([oa]?s?\))?\.?(?:\(s\))?\s+(?:sr[as]?|senhor(?:es|as?)?)\.?(?:\((?:[ae]?s|a)\))?\.?(?:\(s\))?|(?:to|aan|an)(?=\s*:)|m\/s(?=\s*:))(?:\s*\/\s*(?:buyer|customer|client|bill\s+to|käufer|kunde|acheteur))?(?:(?<=\([^()]{3,40})\))?(?=$|[\s:])\s*:?\s*(.*)$/i);
/** After a party word, these make it a label of something else: "Customer VAT Number", "Customer: 2", "Kunde Nr.". */
// (A purchase order's words after a customer's label, "Customer PO AVMG-7731", "Client P.O.", "Cliente pedido …", label the
// order's number too.)
const NOT_A_NAME = /^(?:no\b|nr\b|n[°º]|number|nummer|num[ée]ro|id\b|ref|vat|tax|ust|tva|btw|iva|gst|order|account|#|\d|p\.?\s?o\.?(?=$|[\s#:])|purchase\b|commande\b|pedido\b)/i;
/**
 * An Irish county after "Co." ("Ballincollig, Co. Cork", "Newbridge, Co. Kildare", Northern Ireland's "Co. Down"): an
 * address's county, not a company form (a partner's "& Co." is one whatever follows it).
 */
const IRISH_COUNTIES = 'Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow';
// ("CO." in capitals with its dot, as "Co.", after a name in capitals or alone on the row a name in capitals wrapped
// onto: "STAPLEWOOD OFFICE SUPPLY CO."; Colorado's code is printed without one. After small letters it is OCR's
// reading of "Co.", its small o of a capital's shape.)
// (Not a code that ends a route of two airports' codes, "Fare LBA–BHD": Belfast City's is Malaysia's "Bhd" in capitals.)
// (Monaco's S.A.M., its société anonyme monégasque.)
// (Bulgaria's forms in Latin capitals too, as its companies write them in English: "EOOD", "OOD", "EAD".)
// (The Austrian OG, an open partnership, only after a word in small letters: in capitals it is the Danish and
// Norwegian "og", "and".)
// (The Nordic forms written out, as partnerships and small companies sign: "Handelsbolag", "Aktieselskab", "Osakeyhtiö".)
const COMPANY = new RegExp(String.raw`(?<!(?:^|[^A-Za-zÀ-ž])[A-Z]{3}[-–—])(?:\b|(?=[Α-ΩŞ])|(?<![А-яЁё])(?=[А-Яа-я]))(?:GmbH|GMBH|AG|KG|SARL|SAS|SA|S\.A\.U\.|S\.A\.|SAU|SRL|SPRL|SCRL|Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.?|inc\.|INC\.?|Lt[ée]e|LLC|LLP|PLLC|B\.V\.|BV|N\.V\.|NV|S\.L\.|SL|S\.r\.l\.|S\.R\.L\.|S\.r\.l\.s\.|S\.R\.L\.S\.|SRLS|Sagl|SAGL|S\.p\.A\.|SpA|Corp\.?|e\.K\.|e\.U\.|e\.\s?V\.|V\.O\.F\.|UG|OHG|GbR|plc|Oy|Oyj|AB|HB|Aktiebolag|Handelsbolag|Kommanditbolag|Aktieselskab|Anpartsselskab|Aksjeselskap|Osakeyhtiö|Kommandiittiyhtiö|ehf\.|Cyf\.?|(?<=[a-zæøåäöü]\s)AS|(?<=[a-zäöüß]\s)OG|ApS|A\/S|IVS|I\/S|K\/S|P\/S|[AFS]\.m\.b\.a\.|ASBL|AISBL|asbl|VZW|IVZW|vzw|Lda\.?|s\.r\.o\.|a\.s\.|Sp\.\s?z\s?o\.\s?o\.|sp\.\s?j\.|sp\.\s?k\.|s\.c\.|Co\.(?:(?<=&\s?Co\.)|(?!\s+(?:${IRISH_COUNTIES})\b))|(?<=[A-Z]{2}\s|^)CO\.(?:(?<=&\s?CO\.)|(?!\s+(?:${IRISH_COUNTIES.toUpperCase()})\b))|S[àa]rl|SÀRL|S\.\s?[àa]\.?\s?r\.\s?l\.|Designated\s+Activity\s+Company|DAC|I\.K\.E\.|IKE|A\.E\.|OÜ|S\.n\.c\.|S\.L\.[PU]\.|EURL|SASU|SELARL|SNC|SPL|SEM|SCOP|mbB|S\.a\.s\.|Kft\.?|Bt\.|Zrt\.?|Nyrt\.?|j?\.?d\.o\.o\.|d\.d\.|S[Dd][Nn]\.?\s?B[Hh][Dd]\.?|B[Hh][Dd]\.?|P[Tt][Ee]\.?\s?L[Tt][Dd]\.?|P[Tt][Yy]\.?\s?L[Tt][Dd]\.?|S\/B|CC|[Ee]nterprises?|ENTERPRISES?|[Tt]rading|TRADING|Α\.Ε\.|Ι\.Κ\.Ε\.|Ε\.Π\.Ε\.|Ο\.Ε\.|Ε\.Ε\.|A\.Ş\.|Ltd\.\s?Şti\.|Şti\.|LTD\.\s?ŞTİ\.|ŞTİ\.|ЕООД|ООД|ЕАД|EOOD|OOD|EAD|АД|ДООЕЛ|ДОО|д\.о\.о\.|Sh\.p\.k\.|SH\.P\.K\.|Sh\.a\.|SH\.A\.|S\.A\.S\.|S\.A\.M\.|S\.A\.C\.|E\.I\.R\.L\.|Ltda\.?|LTDA\.?|Limitada|LIMITADA|L\.L\.C\.)(?=$|[\s,.|)])(?!\s+(?:[Ee]state|ESTATE|[Pp]ark|PARK)\b)`);
/**
 * A company's name: a company form after a name ("308,500 KG" is a weight, not a limited partnership)
 * or a French one before it, a Malay business word before it ("PERNIAGAAN ZHENG HUI"), or a Malaysian company number after it
 * ("99 SPEED MART S/B (519537-X)").
 */
function namesCompany(text: string): boolean {
  if (REGISTERED.test(text) || LEADING_FORM().test(text) || LEADING_CAPITAL_FORM().test(text)) return true;
  const at = text.search(COMPANY);
  return at >= 0 && /\p{L}{2}/u.test(text.slice(0, at));
}
const REGISTERED = /\(\d{5,12}-[A-Z]\)/;
const LEADING_FORM = onFirstUse(() => /^(?:perniagaan|syarikat|kedai)\s+\p{L}/iu);
/** A company form set before the name, in capitals: French ("SARL Menuiserie Morel"), Lithuanian and Latvian ("UAB Baltų medis", "SIA \"Rīgas nami\""). */
const LEADING_CAPITAL_FORM = onFirstUse(() => /^(?:SARL|SAS|SASU|EURL|SELARL|UAB|MB|VšĮ|SIA)\s+["„“]?\p{Lu}/u);
/** Every company form in a name, to compare two names without them ("Acme GmbH" / "ACME"). */
const COMPANY_FORMS_ALL = new RegExp(COMPANY.source, 'g');
/** A company form as a whole token. */
const COMPANY_FORM = new RegExp(`^${COMPANY.source}[.,]?$`);
/** A line that is the document's title and nothing else ("TAX INVOICE", "Simplified Tax Invoice", "Rechnung"). */
const TITLE_ONLY = onFirstUse(() => /^(?:(?:your|votre|ihre|uw|su)\s+)?(?:simplified\s*|official\s*|cash\s*)?(?:tax\s*)?(?:invoice|receipt|rechnung|gutschrift|facture|avoir|factuur|factura|fattura|fatura|faktura(?:\s+vat)?|credit\s+note|[ck]reditnota|kreditfaktura|hyvityslasku|dobropis)(?:\s*[-–]\s*\p{L}+(?:\s+\p{L}+)?)?(?:\s+(?:original|copy|duplicate|duplicado|triplicado|copia|kopia|oryginał|kopie))?$/iu);
/** Which copy of the document a page is, printed under the title: no one's name. */
/**
 * A heading of a section of the page, the data of something other than a party ("DATOS DEL CONTRATO", "Detalle de la
 * factura", "Données du contrat", "Dati della fornitura", "Contract details", "Supply details"): no name.
 */
const SECTION_HEADING = onFirstUse(() => /^(?:(?:datos|dados|dati|donn[ée]es|detalles?|d[ée]tails?|dettaglio|informaci[oó]n|informations?|resumen|r[ée]sum[ée]|riepilogo)\s+(?:del?|de\s+la|du|de\s+l['’]|des|della|dello|dell['’]|do|da)\s*(?:contrato|contratto|contrat|suministro|fornitura|fourniture|fornecimento|factura|fattura|facture|fatura|servicio|servizio|service|consumo|consommation|pago|pagamento|paiement)|(?:contract|supply|service|account|payment|meter|consumption)\s+(?:details|information|summary|data))\s*:?$/iu);
/**
 * A heading of the issuer's contact for the reader ("Votre conseiller", "Ihr Ansprechpartner", "Your account
 * manager", "Uw contactpersoon"): its rows (a team, a phone, an e-mail) are the seller's, no addressee's block.
 */
const CONTACT_HEADING = onFirstUse(() => /^(?:votre|vos|ihr|ihre|your|uw|su|sus|il\s+(?:tuo|vostro)|la\s+(?:tua|vostra)|o\s+seu|a\s+sua|din|ditt|deres|jeres)\s+(?:conseill(?:er|ère)s?|interlocut(?:eur|rice)|contacts?|ansprechpartner(?:in)?|kundenberater(?:in)?|berater(?:in)?|account\s+manager|contact\s+person|contactpersoon|accountmanager|asesor(?:a)?|gestor(?:a)?|consulente|referente|kontaktperson|kontakt)\s*:?$/iu);
export const COPY_MARK = /^(?:original|copy|duplicate|duplicado|triplicado|copia|kopia|oryginał|originál|kopie|duplikat)$/i;
/** The first header of an item table ("Description", "ITEM/DESC.", "Qty"): a receipt's table can start in the window. */
const TABLE_HEADER = /^(?:desc(?:ription)?|item|qty|quantity|qt[ée]|quantit[ée]|particulars|s\.?\s?no\.?|sr\.?\s?no\.?|pos\.?|position|artikel|beschreibung|bezeichnung|leistung|d[ée]signation|libell[ée]|omschrijving|descrizione|descripci[oó]n|concepto|descri[çc][ãa]o|designa[çc][ãa]o|opis|popis|naziv|denumire|megnevez[ée]s|nimetus|kuvaus|nimike|beskrivn?ing|beskrivelse|ben[äa]mning|a[çc][ıi]klama|κωδικ[οό]ς|περιγραφ[ηή]|ποσ[οό]τητα|ε[ιί]δος)(?=$|[\s.:&/])/i;
/** A cell that is an amount and nothing else ("RM23.60 Z", OCR's "RH12.65 s", "1.234,50 €"); a date is none. */
const AMOUNT_CELL = /^(?:[A-Z]{1,3}|€|\$|£)?\s?-?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?:\s?(?:€|EUR|[A-Za-z]))?$/;
const TITLE = /^(?:(?:tax\s+)?invoice|rechnung|gutschrift|facture|avoir|factuur|factura|fattura|credit\s+note)\b/i;
const SEPARATORS = /\s[-–—|●•·]\s|\s\|\s|●|•|\|/;
const SALUTATION_WORDS = String.raw`(?:herr?n?|frau|firma|familie|famille|eheleute|mr\.?|mrs\.?|ms\.?|messrs\.?|m\/s\.?|m\.|mme|monsieur|madame|dhr\.?|mevr\.?|mevrouw|meneer|de\s+heer|sr\.?|sra\.?|spett\.?le|spettabile|gentile(?:\s+cliente)?|egr\.?|say[ıi]n|gent\.(?:mo|ma)|z\.\s?h(?:d\.?|\.)|attn\.?)`;
const SALUTATION = new RegExp(`^${SALUTATION_WORDS}(?:\\s+(?:und|and|et|en|e|y|&)\\s+${SALUTATION_WORDS})?$`, 'i');
export const LEADING_SALUTATION = new RegExp(`^${SALUTATION_WORDS}(?:\\s+(?:und|and|et|en|e|y|&)\\s+${SALUTATION_WORDS})?\\s+(?=\\S)`, 'i');
/** A bank's name, which a footer prints as a company ("Deutsche Bank AG · IBAN …"). */
const BANK = /bank|sparkasse|kasse\b|banque|cr[ée]dit|caisse/i;
// ("Adress" as Swedish writes it: "Leveransadress".)
const ADDRESS_LABEL = /adresse?|address|lieferanschrift|livraison|delivery|ship\s+to/i;
/**
 * A delivery address's label alone in its cell, over the block it heads: "Destinazione merce", "Luogo di
 * consegna", "Lieferanschrift", "Ship to", "Dirección de entrega". That block is where the goods go (a site,
 * a branch), or where the service is done ("Leistungsort", "Veranstaltungsort", "Venue"), never the customer
 * billed, who has a block of its own beside it.
 */
const DELIVERY_LABEL = ocrTolerant(/^(?:destinazione(?:\s+(?:merce|merci|della\s+merce|dei\s+beni))?|luogo\s+di\s+(?:destinazione|consegna)|indirizzo\s+di\s+(?:consegna|spedizione|destinazione)|(?:delivery|shipping)\s+address|ship(?:ped)?\s*to|deliver(?:ed|y)?\s+to|liefer(?:adresse|anschrift|ort)|adresse\s+de\s+livraison|lieu\s+de\s+livraison|livr[ée]\s+[àa]|direcci[oó]n\s+de\s+(?:entrega|env[ií]o)|lugar\s+de\s+entrega|morada\s+de\s+(?:entrega|descarga)|local\s+de\s+(?:entrega|descarga)|afleveradres|leveradres|leveransadress|leveringsadresse?|toimitusosoite|sede\s+operativa(?:\s+del\s+cliente)?|(?:site|service|supply|installation)\s+address|adresse\s+(?:d['’]intervention|du\s+chantier)|lieu\s+d['’]intervention|verbrauchsstelle|lieferstelle|leistungsort|einsatzort|veranstaltungsort|objekt|liegenschaft|baustelle|bauvorhaben|cantiere|impianto|chantier|werf|job\s+(?:address|site)|werkadres|livraison|event\s+location|ort\s+der\s+leistung|lieu\s+de\s+(?:la\s+)?prestation|luogo\s+della\s+prestazione|(?:event\s+)?venue)\s*:?$/i);
/** A heading over a block's address rows, alone on its row ("Adres", "Anschrift", as renderings of e-invoices print them). */
const ADDRESS_HEADING = /^(?:adres[ae]?|address|anschrift|endere[çc]o|direcci[oó]n|indirizzo|cím|osoite)\s*:?$/i;

/** A cell's text with spaces collapsed and trailing punctuation dropped. */
export function cleanText(s: string): string {
  // (A separator the row wrapped after ends it too: "Fontanería y Reformas Mediterráneo, S.L. ·" over "CIF …".)
  return s.replace(/\s+/g, ' ').replace(/(?:[,;:]|\s[·•|])+$/, '').trim();
}

/**
 * Of two OCR readings of one printed name, the one whose company form is spelt right, when they agree on
 * everything before it ("Bei Spiel GmbH" over "Bei Spiel GmbhH"): the form is a closed list, so a
 * reading of it that is not on the list is the misread one. Null when that does not settle it.
 */
export function wellFormedReading(a: string, b: string): string | null {
  const split = (s: string) => { const m = s.trim().match(/^(.*\S)\s+(\S+)$/); return m ? { body: squeeze(m[1]), form: m[2] } : null; };
  const x = split(a);
  const y = split(b);
  if (!x || !y || x.body !== y.body) return null;
  const formed = (form: string) => COMPANY_FORM.test(form);
  if (formed(x.form) === formed(y.form)) return null;
  return formed(x.form) ? a : b;
}

/** True when the name's last word is a company form on the list ("… GmbH", "… SARL"). */
export function endsInCompanyForm(name: string): boolean {
  return COMPANY_FORM.test(name.trim().split(/\s+/).pop() ?? '');
}

/** A company form at a text's end, with what separates it from the name before it; in any case, as OCR reads it. */
const TRAILING_FORM = new RegExp(`[\\s,&]+${COMPANY.source}[.,]?$`, 'i');

/**
 * The name without the company forms it ends in ("Au bon moulin SARL" → "Au bon moulin", "Autohaus
 * Seidel GmbH & Co. KG" → "Autohaus Seidel", "Kedai Maju Sdn Bhd" → "Kedai Maju").
 */
export function withoutCompanyForm(name: string): string {
  let rest = name.trim();
  for (let m = TRAILING_FORM.exec(rest); m; m = TRAILING_FORM.exec(rest)) rest = rest.slice(0, m.index);
  return rest;
}

/** Letters and digits only, lower case: how two readings of one line, or two names, compare. */
export function squeeze(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A text without its letters' marks: a scan reads a mark otherwise or loses it ("LUMIERE" for "LUMIÈRE", "ô" for "ö"). */
const withoutMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** A name as squeeze keeps it, its letters' marks dropped: how two readings of one name compare. */
const bareKey = (s: string) => squeeze(withoutMarks(s));

/**
 * A party's name; one printed twice side by side is one name: the billing and the delivery block's names
 * under "Bill to | Ship to", close enough to be read as one cell (in larger type, with no gap at all).
 */
function cleanName(s: string): string {
  const text = cleanText(s);
  // Two people, each with a title ("MR S & MRS L NGUYEN"): the first title is no salutation before one name,
  // the name is the row as printed. So is a family addressed by its surname ("Familie Oberdorf"): a surname
  // alone names no one; nor does a couple's ("M. et Mme Guérin", "Herr und Frau Lange").
  const pair = PAIR_OF_TITLED.test(text) || FAMILY_BY_SURNAME.test(text) || COUPLE_BY_SURNAME().test(text);
  return withoutLogoPlaceholder(withoutIdAfterForm(withoutOwnerPhrase(withoutContactAfterForm((pair ? text : text.replace(LEADING_SALUTATION, '')).replace(/^(.{4,}) ?\1$/, '$1').replace(BRANCH_DESIGNATION, '').replace(REFERENCE_ASIDE, '')))));
}

/** A couple addressed by their titles and surname alone: "M. et Mme Guillou", "Herr und Frau Lange". */
const COUPLE_BY_SURNAME = onFirstUse(() => new RegExp(`^${SALUTATION_WORDS}\\s+(?:und|and|et|en|e|y|&)\\s+${SALUTATION_WORDS}\\s+\\p{Lu}[\\p{L}'’-]+$`, 'iu'));

/**
 * A contact person printed on the company's row after a comma ("Clinique Vétérinaire de l'Erdre SELARL, Mme Sophie
 * Marchal", "Brandt GmbH, Herrn Jan Kessing"): the name ends with the company form, the person is no part of it.
 */
function withoutContactAfterForm(name: string): string {
  const comma = name.search(CONTACT_AFTER_COMMA());
  return comma > 0 && endsInCompanyForm(name.slice(0, comma)) ? name.slice(0, comma) : name;
}

/**
 * A sole trader's business name with its owner after a comma, as a footer's legal line gives it ("Lichtvang
 * Fotografie, eenmanszaak van S. de Wit", "Druckerei Lindenmaier, Inh. Klaus Lindenmaier"), or after a dash
 * ("Tintenfisch Tattoo – Inhaberin Lea Brandt", read "Tattoo- Inhaberin" on a scan, or with the dash lost, "Teehaus
 * Amsel Inhaberin Miriam Amsel": the owner's word written out is no word of a name): the trade name is the party's
 * name, the owner's phrase only says who holds it.
 */
function withoutOwnerPhrase(name: string): string {
  const at = name.search(/(?:(?:,|\s*[-–—])\s*(?:eenmanszaak\s+van|inh(?:aber(?:in)?)?\.?)|\s+(?:eenmanszaak\s+van|inhaber(?:in)?))\s+\p{Lu}/iu);
  return at > 0 ? name.slice(0, at) : name;
}

const CONTACT_AFTER_COMMA = onFirstUse(() => new RegExp(`,\\s*${SALUTATION_WORDS}\\s+\\p{Lu}`, 'iu'));

/** A family addressed by its surname alone: "Familie Oberdorf", "Famille Girard", "Eheleute Weber". */
const FAMILY_BY_SURNAME = /^(?:familie|famille|famiglia|familia|family|eheleute)\s+\p{Lu}[\p{L}'’-]+$/iu;

/** "… & Mrs L …", "… and Ms …": a second person with a title after the first. */
const PAIR_OF_TITLED = /^(?:mr|mrs|ms|dr|herr|frau|m\.|mme)\.?\s+\S.*\s(?:&|and|und|et|en)\s+(?:mr|mrs|ms|dr|herr|frau|m\.|mme)\.?\s+\S/i;

/**
 * A registration number printed on the name's row after its company form ("Coral Coast Power Pty Ltd ABN 41 612
 * 884 190", "… GmbH USt-IdNr. DE…", "… SDN. BHD. (Registration No. 201801022147 (1283344-K))"), or run into its cell
 * from the form's next cell ("… GmbH" | "Umsatzsteuer-ID" | "DE301188475"): the name ends with the form.
 */
const ID_AFTER_FORM = /[\s,;(]+(?:ABN|ACN|ARBN|NZBN|UEN|TRN|GSTIN|CIN|KvK|SIRE[NT]|RCS|UID|USt-?Id-?Nr\.?|Umsatzsteuer-?Id(?:ent(?:ifikations)?)?(?:-?Nr\.?|nummer)?|VAT\s*(?:Reg\.?\s*)?(?:No\.?|Number)?|GST\s*(?:Reg\.?\s*)?(?:No\.?|Number)?|(?:Company\s+)?Registration\s+(?:No\.?|Number))\s*[:.#]?\s*(?:[A-Z]{2}\s?)?\d[\d\s.-]{4,}(?:\s*\(\d[\d-]*[A-Z]?\))?\)?$/i;
function withoutIdAfterForm(name: string): string {
  const cut = name.replace(ID_AFTER_FORM, '');
  return cut !== name && endsInCompanyForm(cut) ? cut : name;
}

/**
 * Which of a company's establishments issues or receives the invoice, as Thai tax invoices must print it after
 * the name: "(Head Office)", "(Branch 00001)", or their first word alone where the cell wrapped ("… Ltd. (Head").
 */
const BRANCH_DESIGNATION = /\s*\((?:head(?:\s+office)?|branch(?:\s+(?:no\.?\s*)?\d{1,5})?)\)?$/i;

/**
 * What the bill is about, in brackets after the addressee's name on its row: "Mr Dermot Walsh (re: Aoife Walsh, 6th year)",
 * "Herr Jan Kessing (betr. Wohnung 4)". No part of the name.
 */
const REFERENCE_ASIDE = /\s*\((?:re|regarding|betr(?:eff)?|concerne|objet|inzake|oggetto|asunto)\b\.?\s*:?[^()]*\)$/i;

/**
 * The label of a party's name in a form of labelled rows. (The Baltic and Romanian keys of a party's key table too:
 * "Pavadinimas", "Nosaukums", "Nimetus", "Denumire"; the Bulgarian "Наименование"; the Greek "Επωνυμία" in Latin
 * letters, "EPONYMIA", as a Greek print in Latin capitals keys the customer's name.)
 */
const NAME_FIELD = ocrTolerant(/^(?:(?:legal|registered)\s+name|name|firma|firmenname|company(?:\s+name)?|nom|raison\s+sociale|naam|bedrijfsnaam|nombre|raz[oó]n\s+social|nazwa|n[áa]zov|n[áa]zev|naziv|namn|navn|nimi|(?:nome\s*\/\s*)?raz[ãa]o\s+social|(?:nome\s*\/\s*)?nome\s+empresarial|nome|(?:(?:nombre|nome)\s+(?:o|ou)\s+)?(?:denominaci[oó]n|denomina[çc][ãa]o)|d[ée]nomination(?:\s+sociale)?|denominazione(?:\s+sociale)?|nume|denumire(?:a)?|n[ée]v|pavadinimas|nosaukums|nimetus|επωνυμ[ιί]α|eponymia|наименование)$/i);

/** A row of a label and its value after a colon, in one cell: "Nazwa: Drukarnia Wiślana Sp. z o.o.". */
const LABELLED_ROW = /^([^:]{1,30}):\s*(\S.*)$/;

/**
 * A row's name after its name's label ("Raison sociale : École Saint-Joseph ASBL", as a rendering of an e-invoice
 * prints its party blocks), or the row as it is.
 */
export function withoutNameLabel(row: string): string {
  const m = LABELLED_ROW.exec(row.trim());
  return m && NAME_FIELD.test(m[1]!.trim()) ? m[2]! : row;
}

/** Letters of a name's label that no company's name opens with ("Firmenname", not "Firma" nor "Name"). */
const LONG_NAME_LABEL = 6;

/**
 * Short labels of a name that no name opens with in their language, unlike "Name", "Nom" or "Firma": the Dutch, Nordic,
 * Finnish, Polish, Spanish, Czech, Slovak and Croatian words for a name ("Naam Versvak Foodservice B.V.").
 */
const SHORT_NAME_LABEL = /^(?:naam|navn|namn|nimi|nazwa|nombre|n[áa]zev|n[áa]zov|naziv)$/i;

/**
 * Whether a name opens with a name's label as words of its own, its colon lost ("Firmenname Lindqvist
 * Gebäudeservice GmbH", "Raison sociale Atelier Morel", "Naam Versvak Foodservice B.V." as a scan of an e-invoice's
 * view reads its label and value cells as one): the label's row read for the name.
 */
export function opensWithNameLabel(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && SHORT_NAME_LABEL.test(words[0]!)) return true;
  return [1, 2, 3].some((k) => words.length > k && NAME_FIELD.test(words.slice(0, k).join(' ')) && words.slice(0, k).join(' ').length >= LONG_NAME_LABEL);
}

/** A code and a long number: "GLN 4304171000002", "EORI 123456789". */
const LABELLED_ID = /^[A-Z]{2,5}\s+\d{6,}$/;

/**
 * A word or two, a number word and a value with a figure: "Customer No. 10023", "Kunden-Nr. 10023", "N° client C-1029",
 * the value perhaps in groups of digits ("Factuurnummer 610 2278 4413").
 */
const NUMBERED_ID = onFirstUse(() => /^(?:[\p{L}][\p{L}.\- ]{0,30}?\s*(?:no\.?|nr\.?|n[°º]|nummer|number|num[ée]ro|#|id)|n[°º]\s*[\p{L}]+)\s*[:.]?\s*[A-Z]{0,4}[-/.]?\d[\w\-/.]*(?: \d+)*$/iu);

/**
 * "Nummer : 12345", "GLN 4304171000002", "Globale Nummer: 400… (GTIN)", "Customer No. 10023" and bare
 * numbers are ids, not names; a VAT id is the party's tax id, which its block keeps.
 */
/**
 * A row of registration numbers and bank details: "SIRET 432 109 876 00028 · TVA FR21…", "HRB 44120", "IBAN DE12 …",
 * a Nordic or Baltic business id ("Y-tunnus 3104418-7", "Org.nr 556812-4470", "CVR 41882719", "Registrikood 16284471"),
 * or the company's capital ("Share capital € 100.000,00 fully paid", "Capitale sociale € 10.000 i.v."); a label
 * ending in its stop also with the code run into it, as OCR loses the space ("C.F.FRRPLA71C12A944K").
 */
const REGISTRATION_ROW = /^(?:siret|siren|rcs|ape|naf|tva|vat|y-tunnus|org\.?\s?nr|organisa(?:tion|sjon)snummer|cvr(?:-?nr)?|registrikood|įmonės\s+kodas|ust-?id(?:nr)?\.?|st\.?-?nr\.?|steuer-?nr\.?|kvk|btw|cif|nif|p\.?\s?iva|c\.f\.|uid|abn|acn|gstin|hrb|hra|amtsgericht|handelsregister|iban|bic|swift|iscritt[oa]\s+(?:all['’]\s?(?:albo|ordine)|al\s+registro)|cod(?:ice|\.)\s?(?:destinatario|sdi)|codice\s+univoco(?:\s+ufficio)?|(?:share|paid[\s-]up|issued)\s+capital|capitale\s+sociale|capital\s+social|stammkapital|grundkapital|kapita[łl]\s+zak[łl]adowy)(?=$|[\s.:])|^(?:c\.f\.|p\.\s?iva\.)(?=[\p{L}\d]*\d)/iu;

/**
 * A name's words ending with its number, as a condominium corporation, a school district or a lodge is named
 * ("Corporation No. 312", "School District No. 61"): the end of a name wrapped before it, no id of the party.
 */
const NUMBERED_END = /^(?:\p{L}[\p{L}'’-]*\s+)*(?:corporation|district|lodge|chapter|local|post)\s+(?:No\.?|Nr\.?|N[°º]|#)\s?\d{1,5}$/iu;
export const endsWithItsNumber = (name: string) => NUMBERED_END.test(name.trim());

/** A strata corporation's name cut before its plan's number: "The Owners, Strata Plan VIS", "Strata Plan LMS". */
const STRATA_PLAN_OPEN = /\bstrata\s+plan(?:\s+[A-Z]{1,4})?$/i;

/**
 * A registration's label and its number anywhere in a row, past the street and town a sender line gives first
 * ("Kellergasse 12, 3601 Dürnstein · UID ATU61447820", "… Liechtenstein · MWST-Nr. 57 114"), as a scan reads it:
 * the separators lost, a letter of the number misread ("VAT Reg B41 22 19" for "VAT Reg GB 401 2278 19"), an "Id"
 * read "ld" ("USt-ldNr."). The number has five figures or more, so a tax's rate or amount ("MWST 8.1%") is none;
 * a sales tax's bare label counts only before a Canadian registration's nine figures ("TPS 781234560 RT0001"), the
 * Czech "IČO", "IČ" and "DIČ" only before their colon ("dic" is an Italian month's too).
 */
const REGISTRATION_IN_ROW = /(?:^|[\s·•|,:])(?:(?:vat\s*(?:reg\w*|no|number|id)|ust-?[il]d-?nr|uid|mwst-?nr|p\.?\s?iva|btw-?(?:id|nr|nummer)|kvk|org\.?\s?nr|cvr(?:-?nr)?|abn|siret|siren)\.?\s*[:.#]?\s*[A-Z]{0,3}[\s-]?\d(?:[\s.-]?\d){4,}|(?:i[čc]o?|di[čc])\s*:\s*[A-Z]{0,2}\d{6,}|(?:gst|hst|tps|tvq|qst)\s*(?:no\.?|#)?\s*[:.]?\s*\d{9}(?!\d))/iu;

function isIdRow(row: string): boolean {
  if (endsWithItsNumber(row)) return false;
  // A row with a VAT id is the party's tax id (read apart), not a row to skip.
  const registration = !VAT_ID.test(row) && (REGISTRATION_ROW.test(row.trim()) || /^[A-Z]{0,4}\d[\dA-Z]{5,}$/.test(row.trim()));
  return /^[^:]{1,40}\s*:\s*\S/.test(row) || registration || /^[\d\s()./-]+$/.test(row) || LABELLED_ID.test(row.trim()) || (NUMBERED_ID().test(row.trim()) && !VAT_ID.test(row));
}

interface BlockRow {
  text: string;
  line: Line;
  /** The row's name is the value of a name's label ("Denominazione | …", "Name: …"). */
  named?: boolean;
  /** The row's last cell, and how far right its column may run: the next cell's start, or the page's text edge. */
  cell?: Segment;
  bound?: number;
  /** The bound is the page's text edge, no neighbour's cell: the widest row of a block may set it. */
  atEdge?: boolean;
}

/** The right edge of the text on each page, per list of lines. */
const pageRight = new WeakMap<readonly Line[], Map<number, number>>();
function rightEdge(lines: readonly Line[], page: number): number {
  let edges = pageRight.get(lines);
  if (!edges) {
    edges = new Map();
    for (const l of lines) for (const s of l.segments) edges.set(l.page, Math.max(edges.get(l.page) ?? 0, s.x2));
    pageRight.set(lines, edges);
  }
  return edges.get(page) ?? Infinity;
}

/** How much the heights of OCR's boxes round rows of one print may differ, as a share of the taller. */
const OCR_BOX_SPREAD = 0.1;

/**
 * A place an address opens with, before its street or town: a British house's name ("The Old School House", "Rose
 * Cottage", "Manor Farm"), a French business park ("ZA de la Vrillonnerie", "Zone industrielle Nord", "Parc d'activités
 * du Moulin").
 */
const ADDRESS_PLACE = /^(?:(?:the\s+)?(?:old\s+)?\p{Lu}[\p{L}' -]*\s(?:house|cottage|farm(?:house)?|barn|lodge|forge|rectory|vicarage|manor|grange)|(?:ZA|ZI|ZAC|ZAE)\s+\p{L}.*|zone\s+(?:artisanale|industrielle|commerciale|d['’]activit[ée]s?)\b.*|parc\s+d['’]activit[ée]s?\b.*)$/iu;

/** Words saying who represents a party, before that person: "représentée par", "vertreten durch", "represented by". */
const REPRESENTED_BY = /^(?:repr[ée]sent[ée]e?s?\s+par|vertreten\s+durch|represented\s+by|rappresentat[ao]\s+da|representad[ao]\s+por|vertegenwoordigd\s+door)\s/i;

/**
 * A street's name by its last word, as English and German write it, and as the Nordic languages and Dutch end one
 * word ("Götaplatsen", "Kungsgatan", "Nørregade", "Strandvegen", "Tarphagevej", "Keizersgracht"): no name wraps onto one.
 */
const STREET_NAME = /(?:\b(?:road|street|lane|avenue|drive|crescent|terrace|way|close|grove|square)|stra(?:ß|ss)e|gasse|gatan|gata|gade|vägen|vejen|veien|vegen|vej|vei|veg|väg|stræde|gränd|platsen|plassen|pladsen|torget|torvet|straat|laan|plein|gracht)$/i;

/**
 * A name wrapped over two rows of a narrow column ("Calder Valley Timber" / "Supplies Ltd", "Meadowbrook" /
 * "Condominium Assn."): the second row's first word would not have fitted beside the first, before the
 * column's end; neither row has a figure, and the second is no contact row.
 */
function wrapsInto(first: BlockRow, second: BlockRow, rest: readonly BlockRow[] = []): boolean {
  const [a, b] = [first.cell, second.cell];
  if (!a || !b || first.bound === undefined || Math.abs(b.x - a.x) > 1.5) return false;
  // At the page's edge, a row that wrapped is the widest of its block: rows under it that reach further
  // right show that the column ran on (a contact's name over a longer company name). Unless the second row
  // ends the company's name with its form: then a street with its number may run further than the name
  // wrapped before a long word ("Tecnoporto Soluções" over "Informáticas, Lda." over "Avenida da Boavista
  // 1837, 5.º"); a person over a trade name ("María Soledad Pons Ferrer" over "Droguería Marisol") stays two.
  const formEnds = endsInCompanyForm(second.text);
  if (first.atEdge && [second, ...rest].some((r) => r.cell && r.cell.x2 > a.x2 + 0.5 && !(formEnds && /\d/.test(r.text)))) return false;
  // (A name that opens with its form, "UAB Vilniaus spaudos" over "centras", names the company before it ends.)
  const complete = namesCompany(first.text) && !LEADING_FORM().test(first.text) && !LEADING_CAPITAL_FORM().test(first.text);
  // (The second row may open with a quotation mark, the name's quoted part wrapped: "Przychodnia Lekarska" over "„Zdrowie”".)
  // (Nor does a family addressed by its surname: the row under it is one of them, or the street.)
  // (A name may end with its number, wrapped before it: "Simcoe Standard Condominium" over "Corporation No. 312".)
  if (/\d/.test(first.text) || (/\d/.test(second.text) && !endsWithItsNumber(second.text)) || complete || FAMILY_BY_SURNAME.test(first.text.trim()) || isContactRow(second.text) || !/^["'„“«‚‘]?\p{L}/u.test(second.text)) return false;
  // Nor does a person addressed by title ("Association Sportive de Lannion" over "M. Yann Le Bihan, trésorier"): the
  // party's contact, whatever room the name's row left. (A firm or family so addressed may be the name's rest.)
  // (The row as printed: its text has the title cut.)
  const printed = (b.text ?? second.text).trim();
  if (LEADING_SALUTATION.test(printed) && !/^(?:firma|familie|famille)\b/i.test(printed)) return false;
  // The name printed again under a logo's shorter form ("Shannon Catering Supplies" over "Shannon Catering
  // Supplies Ltd", "Laurentide Audio Visual" over "Laurentide AV Solutions Inc.") is no wrap of it: both
  // rows open with the same word.
  const opening = (text: string) => text.trim().split(/\s+/)[0].toLowerCase();
  if (opening(first.text) === opening(second.text)) return false;
  // Nor is a tagline's list of trades ("FREIGHT · CUSTOMS · WAREHOUSING" over "Tilbury Cross Freight Ltd").
  if (SEPARATORS.test(first.text)) return false;
  // A street without its number ("Holme Valley Road", "Bahnhofstraße") is the address, not the name's end.
  if (STREET_NAME.test(second.text.trim())) return false;
  const perChar = (b.x2 - b.x) / Math.max(1, b.text.length);
  const word = second.text.trim().split(/\s+/)[0].length * perChar;
  // Beside the next column's cell, the column's text ends a cell's gap before it: a word run closer would
  // have read as one cell with it. (Larger type in the same columns leaves a wrapped name's first row
  // short of the neighbour by little more than that.)
  const bound = first.atEdge ? first.bound : first.bound - CELL_GAP * a.height;
  return a.x2 + perChar + word > bound;
}

/**
 * A long name set in a narrow box, wrapped over three rows and ended by its form on the third ("Przedsiębiorstwo" over
 * "Handlowe Zielony Rynek" over "Hurt Sp. z o.o."): the rows open together, none has a figure or is a contact's, the
 * first two name no company, and each row with the next row's first word would have run past the widest of the three,
 * which shows how wide the box is. (A contact over a unit over the company, "Jan Nowak" over "Dział Zakupów" over
 * "Hurtownia Nowak Sp. z o.o.", leaves room on its rows: they were set apart, not wrapped.)
 */
function wrapsOverThree(rows: readonly BlockRow[]): boolean {
  if (rows.length < 3) return false;
  const three = rows.slice(0, 3);
  const cells = three.map((r) => r.cell);
  if (cells.some((c) => !c || Math.abs(c.x - cells[0]!.x) > 1.5)) return false;
  if (three.some((r) => /\d/.test(r.text) || isContactRow(r.text)) || !TRAILING_FORM.test(three[2].text)) return false;
  if (namesCompany(three[0].text) || namesCompany(three[1].text) || !three.every((r) => /^\p{L}/u.test(r.text.trim()))) return false;
  const widest = Math.max(...cells.map((c) => c!.x2));
  return [0, 1].every((k) => {
    const b = cells[k + 1]!;
    const perChar = (b.x2 - b.x) / Math.max(1, b.text.length);
    return cells[k]!.x2 + perChar * (1 + three[k + 1].text.trim().split(/\s+/)[0].length) > widest;
  });
}

/**
 * A company's name set flush right and wrapped over two rows ("Brindle & Hart Catering" over "Equipment
 * Ltd", the rows ending together): the second row ends the name with its form, neither row has a figure or
 * is a company's name alone, and the first row with the second's first word would have opened left of
 * every row of the block under it (its address, its tax number), which show where the column starts.
 */
function wrapsFlushRight(first: Segment, second: Segment, under: readonly Line[]): boolean {
  const [a, b] = [first.text.trim(), second.text.trim()];
  if (!endsInCompanyForm(b) || /\d/.test(a + b) || namesCompany(a) || isContactRow(b) || SEPARATORS.test(a) || !/^\p{L}/u.test(b)) return false;
  if (a.split(/\s+/)[0].toLowerCase() === b.split(/\s+/)[0].toLowerCase()) return false;
  // The block's rows under it, flush with it on the right, up to the first that is not.
  const rows: Segment[] = [];
  let y2 = second.y + second.height;
  for (const o of under) {
    const r = o.segments.find((x) => Math.abs(x.x2 - second.x2) < 1.5);
    if (!r || o.y - y2 > 2 * o.height) break;
    rows.push(r);
    y2 = o.y2;
  }
  if (rows.length < 2) return false;
  const perChar = (second.x2 - second.x) / Math.max(1, b.length);
  const word = (b.split(/\s+/)[0].length + 1) * perChar;
  return first.x - word < Math.min(...rows.map((r) => r.x)) - perChar;
}

/** A block's row of one cell, and how far right its column may run: the next cell's start, or the page's text edge. */
function rowOf(lines: readonly Line[], l: Line, cell: Segment, columnEnd = Infinity): BlockRow {
  const neighbour = Math.min(l.segments.find((s) => s.x > cell.x2)?.x ?? Infinity, columnEnd);
  const edge = rightEdge(lines, l.page);
  return { text: cleanName(cell.text), line: l, cell, bound: Math.min(neighbour, edge), atEdge: edge <= neighbour };
}

/**
 * A cell cut where the next column starts: a text run set there is that column's, run into this one across a
 * narrow gap ("Bostadsrättsföreningen" beside the delivery address's "Brf Lärkan 3", under "Fakturaadress"
 * and "Leveransadress" side by side). Only at a run's start: one run is one column's text, however far it reaches.
 */
function clipped(seg: Segment, end: number): Segment {
  const k = seg.x2 > end + 1 ? seg.items.findIndex((item, i) => i > 0 && item.x >= end - 1) : -1;
  if (k < 0) return seg;
  // The text of the runs before it: as many letters as they hold, the spaces between runs aside.
  const keep = seg.items.slice(0, k).reduce((n, item) => n + item.text.replace(/\s+/g, '').length, 0);
  let at = 0;
  for (let seen = 0; at < seg.text.length && seen < keep; at++) if (!/\s/.test(seg.text[at])) seen++;
  const last = seg.items[k - 1];
  return { ...seg, text: seg.text.slice(0, at).trimEnd(), x2: last.x + last.width, items: seg.items.slice(0, k) };
}

/** Lines under (x-aligned with) a label, up to a gap; skips salutations, "key: value" lines and ids. */
function blockBelow(lines: readonly Line[], index: number, x: number, max = 6, align: 'left' | 'right' = 'left'): BlockRow[] {
  const out: BlockRow[] = [];
  const start = lines[index];
  // A column set flush right ends its cells where its label ends (x is then the label's right edge).
  const inColumn = (s: Segment) => (align === 'left' ? Math.abs(s.x - x) < 8 : Math.abs(s.x2 - x) < 2);
  // A label beside this one on its line heads the next column ("Bill To:" beside "Ship To:"): no cell
  // from there on is this block's.
  const columnEnd = start.segments.find((s) => s.x > x + 8)?.x ?? Infinity;
  // Where the block's column starts (a column set flush right: not known).
  const columnStart = align === 'left' ? x : -Infinity;
  const opening = start.segments.find(inColumn)?.text.trim() ?? '';
  const sellerLabelAlone = (t: string) => SELLER_LABELS.test(t.trim()) && SELLER_LABELS.exec(t.trim())?.[1] === undefined;
  const otherPartyLabel = (t: string) => (sellerLabelAlone(opening) ? isBuyerLabel(t) : isBuyerLabel(opening) && sellerLabelAlone(t));
  let lastY = start.y2;
  // The tops of the column's rows. OCR's boxes reach well above and below the letters, so the blank
  // between two OCR'd rows reads smaller than printed: there a row further below the last than twice
  // the pitch so far starts another block (the address window's name under a letterhead's last row).
  const tops = [start.segments.find(inColumn)?.y ?? start.y];
  // The last row skipped as a salutation, a "key: value" row or an id.
  let skipped: Line | null = null;
  for (let i = index + 1; i < lines.length && out.length < max; i++) {
    const l = lines[i];
    if (l.page !== start.page || l.y - lastY > 8) break;
    const found = l.segments.find(inColumn);
    if (!found) continue;
    const seg = clipped(found, columnEnd);
    const ocr = seg.items.some((item) => item.confidence !== undefined);
    if (ocr && tops.length >= 2 && seg.y - tops[tops.length - 1]! > (2 * (tops[tops.length - 1]! - tops[0]!)) / (tops.length - 1)) break;
    tops.push(seg.y);
    lastY = l.y2;
    // The row within this column: the cell and its close right neighbours (not the next column).
    const cells: Segment[] = [seg];
    // A cell that starts a column of its own (a cell on the line above or below starts where it does:
    // the totals block beside a billing address) is not the row's.
    const column = (s: Segment) => [lines[i - 1], lines[i + 1]].some((n) => n && n.page === l.page && n !== start && n.segments.some((x) => Math.abs(x.x - s.x) < 1.5 && x !== seg));
    for (const s of l.segments) if (s.x > cells[cells.length - 1].x2 && s.x - cells[cells.length - 1].x2 < 25 && s.x < columnEnd - 2 && !column(s)) cells.push(s);
    const row = cells.map((s) => s.text).join(' ');
    // The label's own rest wrapped under it, a word in brackets ("Cessionario/committente" over "(cliente)"): no row of the block.
    if (!out.length && i === index + 1 && /^\([\p{L} ]+\)$/u.test(row.trim())) continue;
    // The other party's label alone ("Verkäufer" under the buyer's rows of an e-invoice's rendering) starts its
    // block; the same party's ("Billing address" under "Passenger") goes on with this one.
    if (out.length && otherPartyLabel(row)) break;
    // A name's label in a cell of its own without a colon ("Επωνυμία | Γαστρονομία Αιγαίου Ι.Κ.Ε.", "Nombre |
    // Taller Mecánico Hermanos Ruiz," over "S. de R.L. de C.V."): the cell after it, with the next line's rest
    // of the name under it when that line has no label of its own.
    // (The name's label may wrap in its narrow key cell, "Raison" over "sociale": its rest right under it.)
    const next = lines[i + 1]?.page === l.page && lines[i + 1].y - l.y2 < l.height ? lines[i + 1] : undefined;
    const keyRest = next?.segments.find((s) => Math.abs(s.x - seg.x) < 1.5 && /^\p{Ll}/u.test(s.text.trim()));
    const wrappedKey = !NAME_FIELD.test(seg.text.trim()) && !!keyRest && NAME_FIELD.test(`${seg.text.trim()} ${keyRest.text.trim()}`);
    const value = NAME_FIELD.test(seg.text.trim()) || wrappedKey ? l.segments.find((s) => s.x > seg.x2 && s.x < columnEnd - 2) : undefined;
    // A grid of labels over their values, as a Brazilian DANFSe prints its parties ("Nome / Nome Empresarial | E-mail"
    // over "Quatro Estações Ltda. | faturamento@…"): the name is the cell under its label, and the cell beside the
    // label, with a cell of its own under it, is the next label, not the name. (Not keys in a column with their values
    // beside them, "Nome | Serralharia Atlântico, Lda." over "NIF | PT509338427": the cell beside names the company, the
    // one under is the next key, a word.)
    const stacked = NAME_FIELD.test(seg.text.trim()) && next ? next.segments.find((s) => Math.abs(s.x - seg.x) < 1.5 && /^\p{L}/u.test(s.text.trim()) && !NAME_FIELD.test(s.text.trim()) && /\S\s+\S/.test(s.text.trim())) : undefined;
    const besideIsLabel = !value || (!namesCompany(value.text) && !/\d/.test(value.text) && !/\s/.test(value.text.trim()));
    if (stacked && besideIsLabel && (!value || next!.segments.some((s) => s !== stacked && Math.abs(s.x - value.x) < 1.5))) {
      out.push({ text: cleanName(stacked.text), line: next!, named: true });
      lastY = lines[++i].y2;
      continue;
    }
    if (value) {
      // (The key's wrapped rest, "sociale" under "Raison", is no label of the row the name's rest wraps onto.)
      const under = (next: Line | undefined, above: Line) => next?.page === l.page && next.y - above.y2 < above.height && !next.segments.some((s) => inColumn(s) && !(wrappedKey && s === keyRest)) ? next.segments.find((s) => Math.abs(s.x - value.x) < 1.5) : undefined;
      const rest = under(lines[i + 1], l);
      // (A long name wraps twice, its company form alone on the third row: "Steuerkanzlei" over "Brandt &
      // Partner" over "mbB"; or the form with the name's last word, in a narrow value column: "Shannon" over
      // "Laboratories" over "Ireland Limited". A row with a figure is the address's.)
      const form = rest && !endsInCompanyForm(`${value.text} ${rest.text}`) ? under(lines[i + 2], lines[i + 1]) : undefined;
      // (Or the rest of a form that wrapped between its words: "Valtellinese Soc." over "Coop. Agricola".)
      const formRow = !!form && (isFormOnly(form.text) || (endsInCompanyForm(form.text) && !/[\d:@]/.test(form.text)) || COOPERATIVE_END.test(`${rest!.text} ${form.text}`));
      // (A key that wrapped is named only where it starts: "razón" over "social" may be the end of "Nombre o" over them.)
      out.push({ text: cleanName([value.text, rest?.text, formRow ? form!.text : ''].join(' ').trim()), line: l, named: !wrappedKey });
      // (The key's wrapped rest's row is the name's, no row of its own.)
      if (wrappedKey) lastY = lines[++i].y2;
      continue;
    }
    // A form of "Label: value" rows with the values in a column of their own (a rendering of an
    // e-invoice): "Name:" gives the name; "Nummer:", "Globale Nummer:" and other ids are skipped, as are
    // long ones with the value under them ("Identificativo fiscale ai fini IVA:" over "IT03318840269").
    const label = /^([^:]{1,40}):$/.exec(row.trim());
    if (label) {
      const value = l.segments.find((s) => s.x > cells[cells.length - 1].x2);
      const end = value && NAME_FIELD.test(label[1].trim()) ? wrappedNameRows(lines, i, value, value.text, columnStart) : null;
      if (value && NAME_FIELD.test(label[1].trim())) out.push({ text: cleanName(`${value.text} ${end?.text ?? ''}`), line: l, named: true });
      if (end) lastY = lines[(i += end.rows)].y2;
      continue;
    }
    // The name after its label in the same cell ("Nazwa: Drukarnia Wiślana Sp. z o.o.", "Επωνυμία: Ξενοδοχείο
    // Αμμουδάρα Ο.Ε.", "Nome/Razão Social: …"), as a rendering of an e-invoice or a tax form prints it.
    const named = LABELLED_ROW.exec(row.trim());
    // (Or the party's own label as the field's, "Cliente: Distribuciones Arabarra, S.A." under "DATOS DEL
    // CLIENTE": a name, not a code, "Kunde: 10442".)
    const partyField = !!named && (isBuyerLabel(named[1]) || isSellerLabel(named[1])) && /^\p{Lu}\p{L}/u.test(named[2].trim()) && !CODE_CELL.test(named[2].trim()) && !isIdRow(named[2]);
    if (named && (NAME_FIELD.test(named[1].trim()) || partyField)) {
      const end = wrappedNameRows(lines, i, seg, named[2], columnStart);
      out.push({ text: cleanName(`${named[2]} ${end?.text ?? ''}`), line: l, named: NAME_FIELD.test(named[1].trim()) });
      // (The wrapped end's rows are the name's, no rows of their own.)
      if (end) lastY = lines[(i += end.rows)].y2;
      continue;
    }
    // (An attention row skipped as a "key: value" row takes its department's rest wrapped under it: "ATTN: PURCHASING" over "DEPT.".)
    const wrappedRest = !!skipped && skipped === lines[i - 1] && departmentWrapped(skipped.segments.find(inColumn)?.text ?? '', row);
    // A strata corporation's plan number wrapped alone under its name ("The Owners, Strata Plan VIS" over "4421"): the
    // name's end, as the plan's register names it, no id of the party.
    if (out.length === 1 && STRATA_PLAN_OPEN.test(out[0].text) && /^\d{1,6}$/.test(row.trim()) && skipped === null) {
      out[0] = { ...out[0], text: `${out[0].text} ${row.trim()}` };
      continue;
    }
    if (SALUTATION.test(row.trim()) || isIdRow(row) || ADDRESS_HEADING.test(row.trim()) || wrappedRest) {
      skipped = l;
      continue;
    }
    // An id in its own cell beside the name ("MUSTER-KUNDE GMBH   GLN 4304171000002") is not part of it.
    const last = cells[cells.length - 1];
    out.push({ ...rowOf(lines, l, last, columnEnd), text: cleanName(cells.filter((c) => !LABELLED_ID.test(c.text.trim())).map((c) => c.text).join(' ')), cell: cells.length === 1 ? last : undefined });
  }
  // A form of labelled rows may give the party's ids before its name ("Identificativo fiscale ai fini IVA | …",
  // "Codice fiscale | …" over "Denominazione | …", as a FatturaPA view prints its blocks): the row its name's label
  // names is the name, the rows before it no name.
  // (Not past a row that is a name already, "… Sp. z o.o." over its address and the item table's header "Nazwa |
  // Ilość | Cena …" under the block; nor a row of many cells, a table's header.)
  const named = out.findIndex((r) => r.named);
  // (Nor a key that ends one wrapped above it, "Επωνυμία /" over "Name": the row above holds the name's start.)
  const line = out[named]?.line;
  const key = line?.segments.find((s) => NAME_FIELD.test(s.text.trim()));
  const above = line && lines[lines.indexOf(line) - 1];
  const keyWrapped = !!key && !!above && above.page === line.page && above.segments.some((s) => Math.abs(s.x - key.x) < 1.5 && /\/\s*$/.test(s.text));
  if (named > 0 && !keyWrapped && !out.slice(0, named).some((r) => endsInCompanyForm(r.text)) && line.segments.length <= 4) return [out[named], ...out.slice(named + 1)];
  return out;
}

/**
 * The end of a name its narrow cell wrapped onto the next row, under its label ("Nazwa: Akademia Językowa
 * Lingwa Anna" over "Mrozek"): a row right under it, in the column, with no label, figure or id of its own;
 * after a name that ends in a company form already, only a form.
 */
function nameRowUnder(lines: readonly Line[], i: number, seg: Segment, columnStart: number): string | null {
  const next = lines[i + 1];
  if (!next || next.page !== lines[i].page || next.y - lines[i].y2 > lines[i].height / 2) return null;
  const rest = next.segments.find((s) => Math.abs(s.x - seg.x) < 1.5)?.text.trim();
  if (!rest || /[:\d@]/.test(rest) || isIdRow(rest)) return null;
  // A cell left of it is the row's own label ("Ansprechpartner:  Herr Thomas Auftraggeber" under "Name:  …
  // GmbH"): another field's value, not the name's end. (Not a cell of the column left of the block's, the other
  // party's box beside it: "Ferraris S.r.l." left of "Soc. Coop.", each the end of its box's name.)
  if (next.segments.some((s) => s.x2 < seg.x - 1 && s.x > columnStart - 8)) return null;
  return rest;
}

/**
 * The rest of a name wrapped in its narrow value cell, and how many rows it takes: the next row's cell under it, or,
 * where the name and that row still end in no company form, the rows under them up to the one that ends in it (a view
 * of an e-invoice wraps "Hoch- und" over "Tiefbau" over "Krämer GmbH" over "& Co. KG" in its value column). Rows that
 * never reach a company form are not taken past the first.
 */
function wrappedNameRows(lines: readonly Line[], i: number, seg: Segment, name: string, columnStart = -Infinity): { text: string; rows: number } | null {
  const rest = nameRowUnder(lines, i, seg, columnStart);
  if (!rest) return null;
  // (A form may wrap after a name that looks whole: "GmbH & Co." over "KG".)
  if (endsInCompanyForm(name) && !endsInCompanyForm(rest)) return null;
  const rows = [rest];
  for (let j = i + 1; rows.length < 4 && !endsInCompanyForm(`${name} ${rows.join(' ')}`); j++) {
    const more = nameRowUnder(lines, j, seg, columnStart);
    if (!more) break;
    rows.push(more);
    if (!endsInCompanyForm(`${name} ${rows.join(' ')}`)) continue;
    // (The form's own rest may wrap once more: "Krämer GmbH" over "& Co. KG".)
    const form = nameRowUnder(lines, j + 1, seg, columnStart);
    if (form && (isFormOnly(form) || /^&/.test(form)) && endsInCompanyForm(`${name} ${rows.join(' ')} ${form}`)) rows.push(form);
    return { text: rows.join(' '), rows: rows.length };
  }
  return { text: rest, rows: 1 };
}

/**
 * A row that says who at the addressee is to read the letter: "Att: Maria Ek", "c/o Jane Doe", "z. Hd.", "t.a.v.".
 * (The French "À l'attention de" opens with a capital, which French print and OCR alike often give without its
 * mark: "A l'attention de M. …".)
 */
export const ATTENTION = /^(?:(?:c\/o|attn\.?|att(?::|\.(?=\s))|attention|z\.\s?h(?:d\.?|\.)|zu\s+h[äa]nden|[àa]\s+l['’]attention\s+de)(?=$|[\s:])|(?:v\/|t\.\s?a\.\s?v\.?)\s)/i;

/**
 * A row that says how to reach the party or who is to read it, never its name: an e-mail address, a
 * web address, a phone number, "c/o Jane Doe", "Attn Accounts Payable".
 */
export function isContactRow(row: string): boolean {
  const t = row.trim();
  // A row of several contacts ("Tél. 05 61 22 40 18 · compta@bureautik.fr"): each of them one.
  const parts = t.split(SEPARATORS).filter((p) => p.trim());
  // (So is a department with its reader addressed: "Service RH - Mme Sophie Lacoste".)
  if (parts.length > 1) return parts.every((p) => isContactRow(p) || LEADING_SALUTATION.test(p.trim())) && parts.some((p) => isContactRow(p));
  return /^\S+@\S+\.\w+$|^(?:e-?mail|web(?:site)?)\s*[:.]?\s*\S+$|^(?:https?:\/\/|www\.)\S+$/i.test(t) || PHONE.test(t) || ATTENTION.test(t)
    || /^(?:private\s+(?:and|&)\s+confidential|(?:strictly\s+)?(?:private|confidential|personal)|pers[öo]nlich(?:\s*(?:\/|und)\s*vertraulich)?|vertraulich|confidentiel|personnel)$/i.test(t)
    || DEPARTMENT.test(t) || bilingual(t, (half) => DEPARTMENT.test(half));
}

/**
 * A row printed in two languages, the second after a slash ("Comptes payables / Accounts payable", "Vendu à / Sold
 * to"): whether either half is what `test` looks for, each half a few words without figures.
 */
function bilingual(text: string, test: (half: string) => boolean): boolean {
  const halves = text.split(/\s+\/\s+/);
  return halves.length === 2 && halves.every((h) => h.trim() && !/\d/.test(h) && h.trim().split(/\s+/).length <= 4) && halves.some((h) => test(h.trim()));
}

/**
 * A department of the party, on a row of its own, says who is to read the letter, as "Attn" does: "Finance
 * Department", "Accounts Payable", a carrier's "Freight Payables", "Buchhaltung", "Service des achats",
 * "Ostoreskontra", "Økonomiafdelingen", a town's "Kulturreferat", "Kämmerei" or offices ("Bauamt", "Ordnungsamt",
 * under "Gemeinde …" or "Stadt …"). Only the departments that receive invoices: a "Fire Department" or a
 * "Department of Health" is a party, as a "Finanzamt" or a "Landratsamt" is (and "Gesamt" is a total's word).
 */
const DEPARTMENT = /^(?:(?:the\s+)?(?:finance|accounts?|accounting|purchasing|procurement|billing|payroll|human\s+resources|facilities)(?:\s+(?:department|dept\.?|team|office|payable))?|accounts\s+payable|[a-z]+\s+payables|buchhaltung|finanzbuchhaltung|kreditorenbuchhaltung|rechnungseingang|einkauf|personalabteilung|(?:finanz)?verwaltung|finanzabteilung|administration|k[äa]mmerei|(?:stadt|gemeinde)kasse|[a-zäöü]*referat|(?:bau|hochbau|tiefbau|ordnungs|haupt|personal|kultur|sozial|jugend|schul|sport|umwelt|liegenschafts|b[üu]rger|standes|garten|gr[üu]nfl[äa]chen)amt|(?:abteilung|abt\.)\s*\S+|service\s+(?:des\s+)?(?:achats|comptabilit[ée]|financier|fournisseurs|administratif|administration|facturation|factures|rh|ressources\s+humaines|du\s+personnel)|comptabilit[ée](?:\s+fournisseurs)?|comptes\s+(?:payables|fournisseurs)|(?:afdeling|afd\.)\s*\S+|crediteurenadministratie|inkoop|administraci[oó]n|contabilidad|departamento\s+\S+|ufficio\s+\S+|amministrazione|ostoreskontra|ostolaskut|kirjanpito|regnskap|bogholderi(?:et)?|kreditorbogholderi(?:et)?|(?:økonomi|regnskabs|regnskaps|indkøbs|innkjøps|ekonomi|inköps|faktura)(?:afdeling|avdeling|avdelning)(?:en)?|k[öo]nyvel[ée]s)$/i;

/** An attention row naming a department whose name wrapped onto the next row ("ATTN: PURCHASING" over "DEPT."). */
function departmentWrapped(attention: string, next: string): boolean {
  const rest = attention.trim().replace(ATTENTION, '').replace(/^[\s:]+/, '');
  return ATTENTION.test(attention.trim()) && !!rest && DEPARTMENT.test(`${rest} ${next.trim()}`);
}

/** A company form alone: the end of a name wrapped over two lines ("Vasundhara Retail Private" / "Limited"). */
export function isFormOnly(text: string): boolean {
  const t = text.trim();
  return /^(?:(?:private|pvt\.?)\s+)?(?:limited|ltd\.?)$/i.test(t) || COMPANY_FORM.test(t) || PARTNERSHIP_FORM.test(t) || COOPERATIVE_FORM.test(t) || SINGLE_MEMBER_FORM.test(t);
}

/**
 * A Portuguese single-member company's form, two words after the name's comma ("Minho Norte," over "Unipessoal
 * Lda."): the form alone as much as "Lda." is.
 */
const SINGLE_MEMBER_FORM = /^(?:Sociedade\s+)?Unipessoal,?\s+L(?:da|DA)\.?$/;

/** An Italian cooperative's form alone, as its name's last row: "Soc. Coop. Agricola", "Società Cooperativa Sociale". */
const COOPERATIVE_FORM = /^(?:Soc\.\s?[Cc]oop\.|Societ[àa]\s+[Cc]ooperativa)(?:\s+(?:a\s?r\.\s?l\.|[Aa]gricola|[Ss]ociale|p\.\s?a\.))?$/;
/** The same form ending a name, whose words a narrow cell may have wrapped apart ("Valtellinese Soc." over "Coop. Agricola"). */
const COOPERATIVE_END = new RegExp(`(?:^|\\s)${COOPERATIVE_FORM.source.slice(1)}`);

/** A limited partnership's form of a company and "& Co.": "GmbH & Co. KG", "AG & Co. KGaA", "UG (haftungsbeschränkt) & Co. KG". */
const PARTNERSHIP_FORM = /^(?:GmbH|AG|SE|UG(?:\s*\(haftungsbeschränkt\))?|Ltd\.?|B\.V\.)\s*&\s*Co\.?\s*(?:KG(?:aA)?|OHG)$/;

/**
 * A name over three rows, one trade word between its first row and its form alone ("Gebrüder Obermeier" over
 * "Landmaschinenhandel" over "GmbH & Co. KG", as German letters set a long name): one name. (A department's word
 * there, "Einkauf", is a contact row.)
 */
function tradeWordBeforeForm(rows: readonly string[]): boolean {
  return rows.length >= 3 && /^\p{Lu}[\p{L}-]{3,}$/u.test(rows[1].trim()) && !isContactRow(rows[1]) && isFormOnly(rows[2]) && !/\d/.test(rows[0]) && !namesCompany(rows[0]);
}

/** A company form of several words wrapped after its first ("Hurtownia Papiernicza Nowak Sp. z" over "o.o."). */
function completesForm(first: string, second: string): boolean {
  const joined = `${first.trim()} ${second.trim()}`;
  // (A German "UG" wraps before its bracketed rest: "Nordlicht Events UG" over "(haftungsbeschränkt)".)
  if (/\sUG$/.test(first.trim()) && /^\(haftungsbeschränkt\)$/i.test(second.trim())) return true;
  // (A form of several words wraps at a word: "Corrib Biotech Designated Activity" over "Company".)
  return (second.trim().length <= 6 || /^\p{L}+$/u.test(second.trim())) && !TRAILING_FORM.test(first.trim()) && TRAILING_FORM.test(joined);
}

/**
 * A row ending in a word no name ends with, its name wrapped after it ("Imprimerie Moderne du" over "Dauphiné SARL"),
 * or in a dash ("Théâtre des Célestins —" over "Régie").
 */
// (Or in a professional's title, the person's name wrapped after it: "STUDIO DENTISTICO DOTT.SSA" over "ELENA D'AGOSTINO".)
const OPEN_END = /\s(?:du|de|des|la|di|del|della|dei|degli|do|da|dos|das|of|and|und|&|van|von|y|et|e|ve|og|och|și|[-–—]|dott\.(?:ssa)?|avv\.(?:to)?|ing\.|arch\.|geom\.|rag\.|prof\.(?:ssa)?|dipl\.-ing\.)$/i;
/**
 * An organisation's word alone on the row under a name, the name wrapped before it in a narrow column
 * ("Northern Plains Community" over "Foundation").
 */
const ORGANISATION_WORD = /^(?:foundation|association|trust|society|institute|council|authority|federation|alliance|cooperative|co-operative|stiftung|verein|genossenschaft|fondation|fondazione|fundaci[óo]n|stichting|vereniging|förening|forening)$/i;
/** A row opening with "&" or "+": the name's end wrapped before its sign ("O'Connell's Bar" over "+ Kitchen Ltd."). */
const SIGN_START = /^[&+]\s+\p{L}/u;
/**
 * A row opening with the joining word of a Spanish, Portuguese, Italian or Turkish name and ending in the company's
 * form ("INGENIERÍA Y MONTAJES TÉCNICOS" over "DEL NORTE S.A.C.", "Transportes Rápidos" over "do Minho, Lda."): the
 * name's end, wrapped in its narrow cell; no name opens so.
 */
const JOINED_START = /^(?:del|de|da|do|dos|das|della|di|y|ve)\s+\p{L}/iu;
/**
 * Partners' names alone on the row under a firm's trade words ("Studio Legale Associato" over "Bianchi & Ferri"): the
 * firm's name wrapped before them (the other order, "Marlowe & Finch" over "Architects LLP", is fromBlock's firm).
 */
const PARTNERS_ROW = /^\p{Lu}[\p{L}'’-]+\s+&\s+\p{Lu}[\p{L}'’-]+$/u;
/**
 * A Finnish trade, one compound word of a business's kind ("Tilitoimisto", "Insinööritoimisto", "Rakennusliike",
 * "Kiinteistöhuolto", "Autokorjaamo"), over a row ending in a Finnish company form ("Virtanen & Mäki Oy"): the name
 * wrapped after its first word, as Finnish trade names are registered (a trade, then the owners' names). Not a unit
 * of the company's, whose compounds open with the unit's work: purchasing, finance, administration, customers,
 * invoicing ("Ostotoimisto", "Asiakaspalvelu").
 */
const FINNISH_TRADE = /^(?!(?:osto|talous|hallinto|kirjanpito|asiakas|laskutus|henkilöstö))\p{L}{3,}(?:toimisto|liike|huolto|korjaamo|kauppa|tukku|paja|pesula|leipomo|urakointi)$/iu;
const finnishTradeOver = (first: string, second: string) => FINNISH_TRADE.test(first.trim()) && /\sOyj?$/.test(second.trim()) && !/\d/.test(second);
/**
 * A Polish institution's name cut after "im." ("imienia", named after) and its patron's initials, the patron's
 * surname wrapped under it ("Szkoła Podstawowa nr 12 im. M." over "Kopernika"): the school's number may stand before.
 */
const PATRON_OPEN = /\sim\.(?:\s+\p{Lu}\.){0,2}$/u;
const patronWrapped = (first: string, second: string) => PATRON_OPEN.test(first.trim()) && !/\d/.test(second) && !isContactRow(second);
const openEnded = (first: string, second: string) => finnishTradeOver(first, second) || patronWrapped(first, second) || (OPEN_END.test(first.trim()) || ORGANISATION_WORD.test(second.trim()) || SIGN_START.test(second.trim()) || (JOINED_START.test(second.trim()) && endsInCompanyForm(second)) || (PARTNERS_ROW.test(second.trim()) && !namesCompany(first) && !/&/.test(first)))
  && !/\d/.test(first + second) && !isContactRow(second);

/** An owners' association's word, with nothing of its name after it: its building's name or address follows. */
const OWNERS_WORDS = String.raw`(?:bostadsrättsförening(?:en)?|borettslag(?:et)?|andelsboligforening(?:en)?|ejerforening(?:en)?|comunidad\s+de\s+propietarios|condom[ií]nio(?:\s+(?:do\s+)?edif[ií]cio)?|condominio(?:\s+edificio)?|weg|wohnungseigentümergemeinschaft|copropri[ée]t[ée]|syndicat\s+des\s+copropri[ée]taires|vve|vereniging\s+van\s+eigenaars)`;
const OWNERS_ASSOCIATION = new RegExp(`^${OWNERS_WORDS}$`, 'i');
/** An owners' association named after its building, street and number: "Condominio Via Garibaldi 18". */
const NAMED_AFTER_BUILDING = new RegExp(`^${OWNERS_WORDS}\\s+\\S`, 'i');

/** The partners' end of a partnership's name: "… & C.", "… & Co.", "… & Cie". */
const PARTNERS_END = /&\s*(?:C\.|Co\.?|Cie\.?)$/;

/** A name's row before a form wrapped under it, with the comma it ends with as printed ("Sorriso Atlântico," over "Lda."). */
const headBeforeForm = (row: BlockRow) => (row.cell && /,\s*$/.test(row.cell.text) && !/,$/.test(row.text) ? `${row.text},` : row.text);

function fromBlock(all: readonly BlockRow[]): FoundParty {
  // Contact rows before the name are the party's details, not its name.
  let lead = all.findIndex((r) => !isContactRow(r.text));
  // So is a row printed with an attention word whose name the row's cleaning left ("z. Hd. Herrn Dr. Markus
  // Weber" read "Herrn Dr. Markus Weber"), and a department under it with no figure over a company's row
  // ("Service comptabilité fournisseurs" over "Transports Delmas SAS"): the person and unit to read it. Only
  // before a name, not an address's row.
  let attention = 0;
  while (attention < all.length && (isContactRow(all[attention].text) || ATTENTION.test(cleanText(all[attention].cell?.text ?? '')))) attention++;
  // (So is an attention row's rest wrapped onto the next row: "ATTN: PURCHASING" over "DEPT.", "Attn: Accounts" over "Payable".)
  // (The department is then the attention row's: no other department follows it.)
  const wrappedRest = attention > 0 && attention < all.length && departmentWrapped(cleanText(all[attention - 1].cell?.text ?? all[attention - 1].text), all[attention].text);
  if (wrappedRest) attention++;
  if (attention > 0 && attention < all.length) {
    if (!wrappedRest && unitOverCompany(all[attention].text, all[attention + 1]?.text)) attention++;
    if (!/\d/.test(all[attention].text)) lead = Math.max(lead, attention);
  }
  let rows = lead > 0 ? [...all.slice(lead), ...all.slice(0, lead)] : all;
  if (rows.length >= 2) {
    // So is a partnership's "& C." ending a name wrapped before it ("Ferramenta Bonetti S.n.c. di Bonetti" over "Luca & C.").
    const partners = !/\d/.test(rows[0].text) && PARTNERS_END.test(rows[1].text.trim()) && rows[1].text.trim().split(/\s+/).length <= 4;
    // So is a firm's name of partners' names ("Marlowe & Finch", no contact person's) over its trade and form ("Architects LLP").
    const firm = /\s&\s/.test(rows[0].text) && !namesCompany(rows[0].text) && endsInCompanyForm(rows[1].text) && rows[1].text.trim().split(/\s+/).length <= 3 && !/\d/.test(rows[0].text + rows[1].text);
    // So is an owners' association's word alone on its row: the association is named after its building, on
    // the row under it ("Comunidad de Propietarios" over "Avenida del Puerto 212", "Condomínio Edifício" over "Atlântico").
    const owners = OWNERS_ASSOCIATION.test(rows[0].text.trim());
    const formAfter = isFormOnly(rows[1].text) || completesForm(rows[0].text, rows[1].text) || partners || firm || owners || openEnded(rows[0].text, rows[1].text) || tradeWordBeforeForm(rows.map((r) => r.text));
    const head = formAfter ? headBeforeForm(rows[0]) : rows[0].text;
    if (!formAfter && wrapsOverThree(rows)) rows = [{ ...rows[0], text: rows.slice(0, 3).map((r) => r.text.trim()).join(' ') }, ...rows.slice(3)];
    else if (formAfter || wrapsInto(rows[0], rows[1], rows.slice(2))) {
      // A comma the first row ends with is the name's own where the name goes on after it ("Bundesministerium für
      // Landwirtschaft," over "Regionen und Wasserwirtschaft"); the row's text has lost it as a cell's end.
      const comma = !formAfter && /,\s*$/.test(rows[0].cell?.text ?? '') ? ',' : '';
      rows = [{ ...rows[0], text: `${head}${comma} ${rows[1].text.trim()}` }, ...rows.slice(2)];
      // A long name wraps once more in a narrow column, after a word no name ends with ("Asesoría Fiscal y" over
      // "Laboral Ortiz de" over "Zárate, S.L."), or before its form alone.
      // So does a name joined over an open end before the last word and its form ("Construcciones y" over "Reformas
      // Goikoetxea" over "Ibarrola, S.L."): a contact's row would not follow a name cut short.
      const lastWord = (text: string) => endsInCompanyForm(text) && /^\p{Lu}[\p{L}'’-]*,?$/u.test(withoutCompanyForm(text).trim());
      if (rows.length >= 2 && (openEnded(rows[0].text, rows[1].text) || isFormOnly(rows[1].text) || (openEnded(head, rows[0].text.slice(head.length + 1)) && lastWord(rows[1].text))) && !/\d/.test(rows[1].text)) rows = [{ ...rows[0], text: `${rows[0].text} ${rows[1].text.trim()}` }, ...rows.slice(2)];
    }
  }
  // (Not the holders addressed under a business's name, "Weingut Sonnenhalde" over "Familie Baumann GbR": the
  // first row names no contact of theirs.)
  const holders = rows.length >= 2 && LEADING_SALUTATION.test(rows[1].cell?.text.trim() ?? '');
  const company = holders ? 0 : contactOverCompany(rows.map((r) => r.text), rows.map((r) => r.cell?.text ?? r.text));
  if (company) return { name: rows[company].text, ...details(rows.slice(company + 1, company + 4).map((r) => r.text)), ...wrappedOrContact(rows.map((r) => r.text), company) };
  // A party on one row, its parts set apart as a sender line sets them ("Comune di Castelnuovo Magra · Via della
  // Pace 1 · 19033 Castelnuovo Magra (SP)" in a grid's cell): the name is the first part, the rest its address.
  const parts = rows.length ? senderParts(rows[0].text) : [];
  if (parts.length >= 3 && !/\d/.test(parts[0]) && parts.slice(1).some((p) => /\d/.test(p))) return { name: cleanName(parts[0]), ...details([parts.slice(1).join(', '), ...rows.slice(1, 3).map((r) => r.text)]) };
  return { name: rows[0]?.text ?? null, ...details(rows.slice(1, 4).map((r) => r.text)), ...twoNames(rows) };
}

/**
 * A department of a few words without a figure over a company's row ("Abteilung Instandhaltung" over "Brauerei
 * Kaltenhof GmbH"): under an attention row, the unit that is to read the invoice, not the party.
 */
function unitOverCompany(row: string, next: string | undefined): boolean {
  return next !== undefined && !/\d/.test(row + next) && row.trim().split(/\s+/).length <= 4 && !namesCompany(row) && namesCompany(next);
}

/**
 * A person's name over a company's ("Hans Muster" / "Kunden AG Mitte" / street), or over the person's role
 * and then the company's ("Ms Priya Raman" / "Marketing Director" / "Holloway & Finch Opticians Ltd" /
 * street): the company is the party, the person its contact (EN 16931 keeps them apart: BT-44 and BT-56).
 * The company's row, or 0 when the block opens with no contact over a company. `printed`: the rows as printed,
 * their forms of address kept (the rows' text has them cleaned away).
 */
function contactOverCompany(rows: readonly string[], printed: readonly string[] = rows): number {
  if (rows.length < 3) return 0;
  const [first, second, third] = rows;
  const person = /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'-]+){1,2}$/u;
  if (!person.test(first.trim().replace(LEADING_SALUTATION, '')) || namesCompany(first)) return 0;
  // (Not "c/o Brightwell Lettings Ltd" under a person: the company that receives the person's mail, the person the party.)
  const company = (row: string) => namesCompany(row) && !/\d/.test(row) && !isContactRow(row);
  if (company(second)) return 1;
  // (A role: a few words without a figure, and an address row under the company's.)
  const role = !/\d/.test(second) && second.trim().split(/\s+/).length <= 3 && !namesCompany(second);
  if (role && rows.length >= 4 && company(third) && /\d/.test(rows[3])) return 2;
  // (Under the person's department, the organisation's row names it without a company form too, an address
  // of a row or two under it: "M. Julien Ferrand" / "Service achats" / "Coopérative Agricole Val de Saône" /
  // "Zone artisanale des Prés" / "71240 Sennecey-le-Grand".) Not a street's name without its number under the
  // department: "St Aldhelm's University" / "Procurement Office" / "Fosse Way" / "Bath BA2 7AY" is the university's.
  // Nor a person addressed by title under the department: "Transports Rivière SAs" (a scan's form misread) /
  // "Service Ressources Humaines" / "Mme Claire Fontanel" opens with the organisation, the person its contact.
  const titled = LEADING_SALUTATION.test((printed[2] ?? third).trim());
  const organisation = DEPARTMENT.test(second.trim()) && !/\d/.test(third) && !isContactRow(third) && !STREET_NAME.test(third.trim()) && !titled;
  return organisation && rows.slice(3, 5).some((r) => /\d/.test(r)) ? 2 : 0;
}

/**
 * A person's name over a company's of one word and its form ("Reformas Integrales" over "Almendros, S.L.")
 * may be one company's name wrapped in a narrow box as well as a contact over the company: in doubt.
 */
function wrappedOrContact(rows: readonly string[], company: number): Pick<FoundParty, 'doubt'> {
  const words = withoutCompanyForm(rows[company]).replace(/[\s,.&-]+$/, '').trim().split(/\s+/);
  if (company !== 1 || words.length !== 1 || LEADING_SALUTATION.test(rows[0].trim())) return {};
  return { doubt: `"${rows[0]}" over "${rows[1]}" may be a contact over a company or one name wrapped` };
}

/**
 * One word alone over a row ending in a company form ("Redovisningsbyrån" over "Ekonomikompaniet HB"): the
 * name wrapped in its box, or a department over its company; the word alone is neither's name, in doubt.
 * (Not a logo's word over the name it opens, "Siffergruppen" over "Siffergruppen Revision HB".)
 */
function wordOverCompany(rows: readonly string[]): Pick<FoundParty, 'doubt'> {
  if (rows.length < 2) return {};
  const [first, second] = rows.map((r) => r.trim());
  const opening = (text: string) => text.split(/\s+/)[0].toLowerCase();
  if (!/^\p{L}{3,}$/u.test(first) || namesCompany(first) || !endsInCompanyForm(second) || /\d/.test(second) || isContactRow(second) || opening(first) === opening(second)) return {};
  return { doubt: `"${first}" over "${second}" may be one name wrapped or a department over its company` };
}

/**
 * A public body by the word that makes it one, no company form: a ministry, a town or municipality, a
 * region, a university or school, a public library or a parish ("Ministerie van Infrastructuur en Waterstaat",
 * "Kangasalan kaupunki", "Stadtbibliothek Göttingen" over "Kinder- und Jugendbibliothek", "Mairie
 * de Beaune", "Obec Veľká Lomnica"). German writes a municipality's kind into one word with "Gemeinde"
 * ("Marktgemeinde", "Ortsgemeinde", "Verbandsgemeinde", "Kirchengemeinde") and a town's rank with "Stadt"
 * ("Landeshauptstadt", "Hansestadt").
 */
const PUBLIC_BODY = /(?<!\p{L})(?:ministry|ministerie|ministerium|minist[èe]re|ministerio|ministero|minist[ée]rio|council|municipality|city\s+of|town\s+of|county\s+of|borough|university|college|stadt|(?:landeshaupt|hanse|kreis)stadt|\p{L}*gemeinde|landkreis|landratsamt|bezirksamt|universit[äa]t|hochschule|mairie|commune|ville\s+de|universit[ée]|coll[èe]ge|lyc[ée]e|pr[ée]fecture|gemeente|provincie|universiteit|hogeschool|waterschap|kommune|kommun|fylkeskommune|kaupunki|kunta|yliopisto|universitet|h[øö]gskol[ae]|ayuntamiento|ajuntament|concello|diputaci[óo]n|universidad|comune|provincia|regione|universit[àa]|c[âa]mara\s+municipal|munic[íi]pio|universidade|obec|m[ěe]sto|gmina|urz[ąa]d|library|\p{L}*bibliothek|\p{L}*bücherei|biblioth[èe]que|biblioteca|bibliotheek|bibliotek|kirjasto|parish|paroisse|pfarrei|pfarramt|parrocchia|parroquia|f[öo]rsamling|sogn|seurakunta)(?!\p{L})/iu;

/**
 * A block that opens with two rows of words and no figure ("Buyer contact name" over "LE CLIENT", "Jane
 * Doe" over "Acme Industries") names a contact and a company in an order the page does not say; the
 * first is kept, flagged, unless its company form makes it the party.
 */
function twoNames(rows: readonly BlockRow[]): Pick<FoundParty, 'doubt'> {
  if (rows.length < 3) return {};
  const [first, second] = rows.map((r) => r.text);
  const word = wordOverCompany([first, second]);
  if (word.doubt) return word;
  // A name is up to six words without a figure, and no item table's header; the contact kept first is
  // two or more ("CASH" over a name is no contact; OCR may join a company's words: "LECLIENT").
  const nameLike = (s: string) => !/\d/.test(s) && /\p{L}{2}/u.test(s) && s.split(/\s+/).length <= 6 && !TABLE_HEADER.test(s);
  // ("c/o Pillar Property" under the name says who receives the mail for it: no second name.)
  // (Nor a house's name with its street, "The Old Forge, Church Street" under the owners' names: an address.)
  // (Nor a house's name or a business park's opening the address, "The Old School House", "ZA de la Vrillonnerie".)
  if (!nameLike(first) || first.split(/\s+/).length < 2 || !nameLike(second) || namesCompany(first) || isContactRow(second) || STREET_NAME.test(second.trim()) || ADDRESS_PLACE.test(second.trim())) return {};
  // (Nor a person addressed by title under the name, with the role they hold there, "SCI Les Hortensias" over
  // "M. Yannick Cornec, gérant", or alone under a name no title opens, "Librairie Les Mots Passants" over "Mme Odile
  // Ferrand", or the one who represents it, "représentée par M. Paul Roussel": the body's contact, the name above
  // it the party's.)
  const printed = rows[1].cell?.text.trim() ?? second;
  const firstPrinted = rows[0].cell?.text.trim() ?? first;
  // (A titled row with a company form is a second name still: "Weingut Sonnenhalde" over "Familie Baumann GbR".)
  if (LEADING_SALUTATION.test(printed) && (/,\s*\p{L}[\p{L} .'-]*$/u.test(printed) || (!LEADING_SALUTATION.test(firstPrinted) && !namesCompany(second)))) return {};
  if (REPRESENTED_BY.test(printed)) return {};
  // (Nor a public body over its unit, "Bergen kommune" over "Etat for bygg og eiendom", "Lunds universitet" over
  // "Kemiska institutionen": the body is the party, the unit where in it the invoice goes.)
  if (PUBLIC_BODY.test(first) && !namesCompany(second)) return {};
  return { doubt: `the block names "${first}" and "${second}" before its address` };
}

/**
 * A party's rows under its name: a VAT id or a phone number, on a row of its own or beside another
 * ("+49 30 12345678 · USt-IdNr. DE289456123"), is its tax id or phone, never part of its address.
 */
function details(rows: readonly string[]): Omit<FoundParty, 'name'> {
  let taxId: string | null = null;
  let phone: string | null = null;
  const address: string[] = [];
  /** Records the part's tax id or phone; false when it is neither (then it is address). */
  const take = (part: string): boolean => {
    const id = (part.match(VAT_ID) ?? part.match(US_TAX_ID))?.[1];
    const tel = PHONE.exec(part)?.[1];
    if (id) taxId ??= id.replace(/\s+/g, '');
    else if (tel) phone ??= tel;
    return Boolean(id || tel);
  };
  for (const row of rows) {
    const parts = row.split(SEPARATORS).map(cleanText).filter(Boolean);
    const taken = parts.map(take);
    // Only a row with an id or a phone in it is split: an address keeps its own dashes.
    if (taken.some(Boolean)) address.push(...parts.filter((_, i) => !taken[i]));
    else address.push(cleanText(row));
  }
  return { address: address.join(', ') || null, taxId, phone };
}

/** A heading of a party's or a consignee's block: "Details of Consignee (Shipped to)", "Consignee". */
const BLOCK_HEADING = /^(?:details\s+of\s+[\p{L} ]+|consignee)(?:\s*\([^)]*\))?$/iu;

/**
 * The value of a "Label:" cell in the next cell of its line, as a form of labelled rows prints it
 * ("Käufer:   Bergmann Werkzeuge AG"): a name, not another label, an id or a figure.
 */
function valueBeside(line: Line, label: Segment): string | null {
  const next = line.segments[line.segments.indexOf(label) + 1];
  // (A grid of labels and values may set the colon at the start of the value's column: "Señor(es) | : HOTEL
  // PLAZA AREQUIPA".)
  const colonFirst = next ? /^:\s*/.exec(next.text.trim()) : null;
  const value = next && colonFirst ? next.text.trim().slice(colonFirst[0].length) : next?.text;
  // Without a colon, only a name set close beside the label ("Bill To   Kestrel Engineering LLC").
  // (Nor the next block's heading set close beside it: "Details of Receiver (Billed to) | Details of Consignee (Shipped to)",
  // "Rechnungsempfänger | Leistungsort".)
  if (!/:\s*$/.test(label.text) && !(next && next.x - label.x2 < 30 && /^\p{Lu}/u.test(value!.trim()) && !ADDRESS_LABEL.test(value!) && !DELIVERY_LABEL.test(value!.trim()) && !INFO_LABEL().test(value!.trim()) && !BLOCK_HEADING.test(value!.trim()))) return null;
  const text = value ? cleanName(value) : '';
  // (Nor the document's title set on the label's row across the page: "Sprzedawca: | FAKTURA VAT".)
  if (!next || !/\p{L}{2}/u.test(text) || /:$/.test(next.text.trim()) || isIdRow(text) || BUYER_LABELS.test(text) || SELLER_LABELS.test(text) || TITLE_ONLY().test(text)) return null;
  return text;
}

/**
 * A party's label wrapped in its narrow cell, the name beside the label's first row ("Preču" over "saņēmējs:",
 * "SIA \"Jūrmalas Viesnīca Dzintars\"" beside "Preču"): that name, when the label's row has no value of its own and
 * the name is a company's.
 */
function besideLabelHead(lines: readonly Line[], i: number, label: Segment): string | null {
  const prev = lines[i - 1];
  if (!prev || prev.page !== lines[i].page || lines[i].y - prev.y2 > lines[i].height || valueBeside(lines[i], label)) return null;
  if (lines[i].segments.some((s) => s.x > label.x2 && s.x - label.x2 < 60)) return null;
  const head = prev.segments.find((s) => Math.abs(s.x - label.x) < 1.5 && /^\p{L}{2,15}$/u.test(s.text.trim()));
  const next = head ? prev.segments[prev.segments.indexOf(head) + 1] : undefined;
  if (!next || next.x - head!.x2 > 60) return null;
  const name = cleanName(next.text);
  return namesCompany(name) && !isIdRow(name) ? name : null;
}

/**
 * A value cell beside a label, with its second row when it wrapped in a narrow cell ("Brennan Dental" over
 * "Practice"): the next line's cell that starts where it starts, on a line without a label of its own.
 */
function withWrap(lines: readonly Line[], i: number, label: Segment, value: string | null): string | null {
  const cell = value ? lines[i].segments[lines[i].segments.indexOf(label) + 1] : undefined;
  const next = lines[i + 1];
  if (!value || !cell || !next || next.page !== lines[i].page || next.y - lines[i].y2 > lines[i].height * 0.8) return value;
  const rest = next.segments.find((s) => Math.abs(s.x - cell.x) < 1.5);
  const labelled = next.segments.some((s) => s.x < cell.x - 2 && s.x2 > label.x - 2);
  // (The comma the value's row ends with, before the end wrapped under it, is the name's: "Cobalt Ridge Outfitters," over "Inc.".)
  const head = cleanName(cell.text) === value ? cell.text.trim() : value;
  return rest && !labelled && /^\p{L}[\p{L}&.' -]*$/u.test(rest.text.trim()) ? cleanName(`${head} ${rest.text}`) : value;
}

/**
 * Where a slip to tear off and send back with the payment begins ("please detach and return", "Remittance
 * advice"): its "From:" is the customer and its "To:" the seller, the invoice's parties reversed.
 */
const DETACHABLE_SLIP = /remittance\s+advice|please\s+detach|detach\s+(?:here|and\s+return)|return\s+this\s+(?:portion|slip|part|stub)\b|payment\s+(?:slip|stub|coupon)\b/i;

/** The index of the line a detachable slip starts at, or the number of lines when there is none. */
function slipStart(lines: readonly Line[]): number {
  const at = lines.findIndex((l) => DETACHABLE_SLIP.test(l.text));
  return at < 0 ? lines.length : at;
}

/**
 * A name after its label in the label's cell, with the cell's next line when the name wrapped there
 * ("Furnizor: Carpatica Print" over "S.R.L.", "Cumpărător: Vila Bran" over "Turism S.R.L."): the next
 * line's text that starts where the cell starts, when the name ends in a company form only with it.
 */
function inlineWrap(lines: readonly Line[], i: number, seg: Segment, name: string): string {
  // A long name wraps over up to three more rows in a narrow column, up to its company form ("Furnizor:
  // Societatea de" / "Transport și Expediții" / "Internaționale Carpați" / "Logistic S.R.L."). The other
  // column's rows set between, at another pitch, are stepped over.
  // (Or where the name starts, the label in a cell of its own set close: "SEÑOR(ES): CONSTRUCTORA PEHUÉN" over
  // "LIMITADA" under the name.)
  const nameX = charX(seg, seg.text.lastIndexOf(name.trim()));
  let joined = name.trim();
  let last = lines[i];
  for (let j = i + 1, rows = 0; rows < 3 && lines[j]?.page === lines[i].page && lines[j].y - last.y2 < 4; j++) {
    const next = lines[j].segments.find((s) => Math.abs(s.x - seg.x) < 3 || Math.abs(s.x - nameX) < 3);
    if (!next) continue;
    rows++;
    last = lines[j];
    joined = `${joined} ${next.text.trim()}`;
    if (rows === 1 && isFormOnly(next.text)) return joined;
    // So is a word of the name with a figure, before its form ("Furnizor: ELECTRO-INSTAL" over "2000 S.R.L.").
    const beforeForm = withoutCompanyForm(next.text).trim();
    if (!namesCompany(name) && !/:/.test(next.text) && beforeForm !== next.text.trim() && /^\S+$/.test(beforeForm)) return joined;
    // Not a row of its own with a label ("Company: Brightline Consulting LLP" under "Guest Name: Rahul Mehta").
    if (namesCompany(name) || /[\d:]/.test(next.text)) break;
    if (endsInCompanyForm(joined)) return joined;
    if (rows === 1 && filledCell(lines, j, seg, next)) return joined;
  }
  return name;
}

/**
 * Whether the label's row (`seg`) ended where its cell did, the name going on in the words under it
 * ("Cliente: Condomínio do Edifício Sol" over "Nascente"): the next row's first word would have run past the
 * rows of the block under it, which show the cell to be wider than the label's row. A name the author ended
 * (a town, a person under it) leaves room on its row for the word after it. Only a few words of letters.
 */
function filledCell(lines: readonly Line[], j: number, seg: Segment, next: Segment): boolean {
  const text = next.text.trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}$/u.test(text) || isContactRow(text) || isFormOnly(text)) return false;
  const below = lines.slice(j + 1, j + 4).filter((l) => l.page === lines[j].page)
    .map((l) => l.segments.find((s) => Math.abs(s.x - seg.x) < 3)).filter((s): s is Segment => !!s);
  const right = Math.max(...below.map((s) => s.x2));
  const word = charX(next, text.split(/\s+/)[0]!.length) - next.x;
  return below.length > 0 && right > seg.x2 && seg.x2 + word > right;
}

/** Whether a text is a label of the buyer's block alone, no name after it ("Bill to", "Kunde:", "Rechnungsempfänger"). */
/** A title that names whom the document is for ("Customer Invoice", an ERP's heading): a title, no buyer's label. */
const titledForCustomer = (text: string) => TITLE_ONLY().test(BUYER_LABELS.exec(text.trim())?.[1]?.trim() || '-');
export const isBuyerLabel = (text: string) => BUYER_LABELS.exec(text.trim())?.[1] === '';
/** A buyer's label alone with its translation after a slash: "Vendu à / Sold to", "Rechnungsempfänger / Bill to". */
const translatedBuyerLabel = (text: string) => bilingual(text.trim(), (half) => BUYER_LABELS.exec(half)?.[1] === '');
/**
 * "An", "To", "Aan" alone over an address block, without a colon: the letter's "to", no name.
 */
const ADDRESSED_TO = /^(?:an|to|aan)$/i;
/** Whether a text opens with the seller's label, alone or before the name ("Supplier", "Verkäufer: Acme GmbH"). */
export const labelsSeller = (text: string) => SELLER_LABELS.test(text.trim());
/** Whether a text is a label of the seller's block alone ("Seller", "Dodavatel:", "Pardavėjas"). */
export const isSellerLabel = (text: string) => {
  const m = SELLER_LABELS.exec(text.trim());
  return !!m && !m[1];
};

/** A label naming the party billed: "Bill to", "Invoice to", "Billing address". */
const BILLED_LABEL = /^(?:bill(?:ed)?[\s-]*to|invoiced?\s*to|invoice\s+address|billing\s+(?:address|contact))\b/i;
/** A label of the billed party or its billing address ("Bill to", "Invoiced to", "Factuuradres", "Rechnungsadresse"). */
/** A consignee's label: the party goods are shipped to ("Consignee (Ship to)", "Details of Consignee"); not "Consignee / Buyer". */
const CONSIGNEE_LABEL = /^(?:details\s+of\s+)?consignee\b(?!\s*\/)/i;
/** A label of the buyer or of the party billed, alone or with the other in brackets: "Buyer (Bill to)", "Details of Receiver (Billed to)". */
const BILLED_OR_BUYER = /^(?:buyer|purchaser|details\s+of\s+(?:receiver|recipient|buyer))(?:\s*\((?:bill(?:ed)?\s+to)\))?\s*:?$/i;
const billedLabel = (text: string) => BILLED_LABEL.test(text.trim()) || ADDRESS_HEADING_ALONE.test(text.trim());
/**
 * A label of the person a service was for, who need not pay for it: a hotel's guest, an airline's passenger,
 * a car's renter ("Guest", "Passenger", "Huurder"). (Not "Passenger / Payer".)
 */
const PERSON_SERVED = /^(?:guest|hu[ée]sped|ospite|passenger|travell?er|huurder|mieter|renter|locataire|arrendatario|locatario)\b(?!.*\bpayer\b)/i;

/**
 * The label of the company a guest stays for, in a hotel's head beside or under the guest's ("Company", "Empresa",
 * "Razón social", "Société", "Ragione sociale"): alone over its block, or before its name.
 */
const GUESTS_COMPANY = /^(?:company(?:\s+name)?|empresa|raz[oó]n\s+social|soci[ée]t[ée]|azienda|ragione\s+sociale)\s*:?\s*(.*)$/i;

/**
 * The company named under its label within a few rows of a guest's label ("Guest Name | Ms Aoife Brennan" over
 * "Company | Shannonside Engineering Ltd"; "Huésped" beside "Razón social" over their blocks): the company
 * billed for its staff's stay, which the guest's label would hide.
 */
function guestsCompany(lines: readonly Line[], i: number, end: number): (FoundParty & { lines: Line[]; x?: number }) | null {
  for (let j = Math.max(0, i - 2); j < Math.min(end, i + 6); j++) {
    if (lines[j].page !== lines[i].page) continue;
    for (const label of lines[j].segments) {
      const rest = GUESTS_COMPANY.exec(label.text.trim())?.[1]?.trim();
      if (rest === undefined) continue;
      if (rest) {
        // (Its form may have wrapped onto the next row in a narrow cell: "Company: Westshore Marine" over "Engineering Ltd".)
        const whole = inlineWrap(lines, j, label, rest);
        if (namesCompany(whole)) return { ...named(cleanName(whole)), lines: [lines[j]] };
        continue;
      }
      const value = lines[j].segments[lines[j].segments.indexOf(label) + 1];
      const beside = value && value.x - label.x2 < 60 ? cleanName(inlineWrap(lines, j, value, value.text.trim())) : null;
      // (With the rows its name wrapped into, which are the buyer's, no letterhead.)
      if (beside && namesCompany(beside)) {
        const wrapped = lines.slice(j + 1, j + 4).filter((l) => l.segments.some((c) => Math.abs(c.x - value.x) < 3 && beside.includes(c.text.trim())));
        return { ...named(beside), lines: [lines[j], ...wrapped] };
      }
      const block = blockBelow(lines, j, label.x);
      if (block.length && namesCompany(block[0].text)) return { ...fromBlock(block), lines: block.map((r) => r.line), x: label.x };
    }
  }
  return null;
}

/** A town's part of an address with its postcode: "LT-21133 Trakai", "75008 Paris", "Leeds LS1 4AB", "Springfield, IL 62701". */
const POSTCODE_PART = /(?:^|\s)(?:[A-Z]{1,2}-)?\d{4,5}(?:\s|$)|\b\d{2}-\d{3}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;

/**
 * A name, then a comma and an address opening with a street's number ("Acme, Inc., 55 Baylis Street, …"), or a street
 * ending with its number, as Europe writes it ("… Warta Digital S.A., ul. Garbary 100, 61-757 Poznań, NIP …").
 */
const NAME_BEFORE_ADDRESS = /^(\p{Lu}.{2,60}?),\s*(?=\d{1,5}[a-z]?\s+\p{L}{3}|[^,\d]{2,40}\s\d{1,5}[a-z]?(?:\/\d{1,4})?\s*(?:,|$))/u;

/** The buyer from a label ("Bill to", "Kunde", "Client :"), with the lines its block takes. */
/** A heading that names the party's address, not the party ("Billing address", "Fakturaadress", "Rechnungsadresse"). */
const ADDRESS_HEADING_ALONE = /^(?:billing\s+address|invoice\s+address|factuuradres|fakturaadresse?|faktureringsadress|laskutusosoite|rechnungsadresse|rechnungsanschrift|adresse\s+de\s+facturation|indirizzo\s+di\s+fatturazione|direcci[oó]n\s+de\s+facturaci[oó]n)\s*:?$/i;

/**
 * A name's cell right above a label, in its column and close (the row's blank under a row's height): no
 * figure, a capital first, no label or title of its own.
 */
function cellAbove(lines: readonly Line[], i: number, label: Segment): Segment | undefined {
  const prev = lines[i - 1];
  if (!prev || prev.page !== lines[i].page || lines[i].y - prev.y2 > lines[i].height) return undefined;
  const cell = prev.segments.find((s) => Math.abs(s.x - label.x) < 1.5);
  const text = cell?.text.trim() ?? '';
  if (!cell || /\d/.test(text) || !/^\p{Lu}/u.test(text) || /:/.test(text) || TITLE.test(text) || BUYER_LABELS.test(text) || SELLER_LABELS.test(text) || INFO_LABEL().test(text)) return undefined;
  return cell;
}

/** An account's or a customer's id named under its header word: "account", "ID". */
const ACCOUNT_WORD = /^(?:account|acct\.?|id|konto|compte)$/i;
/** A number's word alone in a header cell: "N°", "No.", "Nr.", "Numéro", "Code". */
const NUMBER_WORD = /^(?:n[°º]\.?|no\.?|nr\.?|num[ée]ro|número|nummer|code|cod\.|r[ée]f\.?|r[ée]f[ée]rence|reference|referenz)$/i;

export function buyerByLabel(lines: readonly Line[]): FoundParty & { lines: Line[]; x?: number } {
  const end = slipStart(lines);
  const billedElsewhere = lines.slice(0, end).some((l) => l.segments.some((s) => billedLabel(s.text) && BUYER_LABELS.test(s.text)));
  const buyerElsewhere = lines.slice(0, end).some((l) => l.segments.some((s) => BILLED_OR_BUYER.test(s.text.trim()) || (billedLabel(s.text) && BUYER_LABELS.test(s.text))));
  for (let i = 0; i < end; i++) {
    // A Japanese invoice's honorific after the addressee's name, in a cell of its own ("Hinode Foods Co., Ltd. | Messrs.", "… 御中").
    const honorific = lines[i].segments.findIndex((s, k) => k > 0 && ADDRESSEE_HONORIFIC.test(s.text.trim()));
    if (honorific > 0) return { ...named(cleanName(lines[i].segments[honorific - 1].text)), lines: [lines[i]] };
    // "From | To", "Van | Aan", "Von | An" as captions side by side: "To" without its colon labels the buyer there.
    const pairTo = lines[i].segments.some((s) => /^(?:from|van|von)$/i.test(s.text.trim())) ? lines[i].segments.find((s) => /^(?:to|aan|an)$/i.test(s.text.trim())) : undefined;
    // (Of the labels of a row, the billed party's over the consignee's or the customer's beside it: "SHIPPER |
    // CONSIGNEE | BILL TO (THIRD PARTY)" is paid for by the third party.)
    // (A label with its translation, "Vendu à / Sold to", is one as either half is.)
    // (So is a label wrapped in its narrow column, "Dirección de" over "facturación": its second row, which the block
    // goes on under; its first is no label alone.)
    // (The row right above, in this row's height.)
    const prev = lines[i - 1];
    const above = prev?.page === lines[i].page && lines[i].y - prev.y2 < lines[i].height ? prev : undefined;
    const wrappedLabel = (s: Segment) => !!above?.segments.some((p) => Math.abs(p.x - s.x) < 2 && !BUYER_LABELS.test(p.text) && isBuyerLabel(`${p.text.trim()} ${s.text.trim()}`));
    const labels = lines[i].segments.filter((s) => (BUYER_LABELS.test(s.text) && !titledForCustomer(s.text)) || translatedBuyerLabel(s.text) || wrappedLabel(s));
    let seg = pairTo ?? labels.find((s) => billedLabel(s.text)) ?? labels[0];
    if (!seg) continue;
    // The person served ("Passenger", "Guest", "Huurder") on a page that also labels the party billed
    // ("Invoiced to", "Factuuradres"): the billed party is the buyer, a company paying for its staff's trip.
    if (!pairTo && PERSON_SERVED.test(seg.text.trim()) && billedElsewhere) continue;
    // So is the consignee, the party the goods are shipped to ("Consignee (Ship to)", "Details of Consignee (Shipped
    // to)"), on a page that labels the buyer too, in a block of its own below or beside ("Buyer (Bill to)"): an Indian
    // GST invoice's boxes, a branch or a site receiving what its head office pays for.
    if (!pairTo && CONSIGNEE_LABEL.test(seg.text.trim()) && buyerElsewhere) continue;
    const company = !pairTo && PERSON_SERVED.test(seg.text.trim()) ? guestsCompany(lines, i, end) : null;
    if (company) return company;
    const rest = pairTo ? '' : seg.text.match(BUYER_LABELS)?.[1]?.trim() ?? '';
    // (So is a label with the next block's delivery heading set close beside it in one cell, "Rechnungsanschrift
    // Lieferanschrift" over the two blocks: the label is the cell up to that heading, the block under it its own.)
    const nextHeading = DELIVERY_LABEL.test(rest) ? seg.items.find((item, k) => k > 0 && DELIVERY_LABEL.test(item.text.trim())) : undefined;
    // (OCR boxes the two headings as one, "Adresse de facturation Adresse de livraison": the cell ends where the
    // heading starts within the box.)
    const inBox = !nextHeading && seg.items.length === 1 && DELIVERY_LABEL.test(rest) ? seg.text.lastIndexOf(rest) : -1;
    if (nextHeading) seg = clipped(seg, nextHeading.x);
    else if (inBox > 0) seg = { ...seg, text: seg.text.slice(0, inBox).trimEnd(), x2: charX(seg, inBox) - CELL_GAP };
    const isLabel = rest === '' || /^\(.*\)$/.test(rest) || !!nextHeading || inBox > 0;
    // A row of an info table whose value is a code ("Cliente | C-0457", "Kunde | 10382", "Kunde | 22 318" in groups of
    // digits): the label names the customer's number there, and the rows under it are the table's, no address block.
    const value = lines[i].segments[lines[i].segments.indexOf(seg) + 1];
    // (Its value may be set right, far from the label, in a box in the page's right half: both in that half, one box.)
    const sameBox = !!value && (value.x - seg.x2 < 40 || (seg.x >= 100 && value.x >= 100));
    if (!pairTo && rest === '' && value && sameBox && (CODE_CELL.test(value.text.trim()) || GROUPED_DIGITS.test(value.text.trim()))) continue;
    // A header of a grid whose next label is the name's ("RUT RECEPTOR | NOMBRE O DENOMINACIÓN" over "2174… |
    // Parador Punta del Este S.R.L."): the buyer's label heads its tax id, the name is under the name's label.
    const nameHeader = !pairTo && rest === '' && value && value.x - seg.x2 < 40 && NAME_FIELD.test(value.text.trim()) ? blockBelow(lines, i, value.x) : [];
    if (nameHeader.length) return { ...fromBlock(nameHeader), lines: nameHeader.map((r) => r.line), x: value!.x };
    // A header of a grid of labels over values ("Nº FACTURA | FECHA | CLIENTE | PÁGINA" over "… | 43001217 |
    // 1"): the code under it is the customer's number, the cell beside it the next header.
    // (The number may be printed in groups of digits: "430 0217".)
    const under = lines[i + 1]?.page === lines[i].page ? lines[i + 1].segments.find((s) => Math.abs(s.x - seg.x) < 2 || Math.abs((s.x + s.x2 - seg.x - seg.x2) / 2) < 2) : undefined;
    if (!pairTo && rest === '' && under && (CODE_CELL.test(under.text.trim()) || GROUPED_DIGITS.test(under.text.trim()))) continue;
    // The rest of a number's header wrapped in its narrow cell ("N°" over "client", "Nr." over "Kunde"): the
    // customer's number, whatever code is under it ("CLEGOF"), no label of the party.
    if (!pairTo && rest === '' && above?.segments.some((s) => Math.abs(s.x - seg.x) < 2 && NUMBER_WORD.test(s.text.trim()))) continue;
    // So is the label's cell wrapped the other way, the id's word under it ("Customer" over "account", "Client" over
    // "no."), in a grid's row of headers: the customer's account, whatever code is under it ("CA-40917"). (Not a
    // heading over its block's key-value rows, "Käufer/Leistungsempfänger:" over "Nummer : GE2020211", alone on its row.)
    const headerRow = lines[i].segments.length >= 3 && !/:\s*$/.test(seg.text);
    if (!pairTo && rest === '' && headerRow && under && (NUMBER_WORD.test(under.text.trim()) || ACCOUNT_WORD.test(under.text.trim()))) continue;
    // A heading of an item table's column ("Kunde | Auftrag | Provisionsbasis | Satz | Provision" over "Möbelhaus
    // Kruse, Celle | A-88120 | 18.400,00 | 6 % | 1.104,00", a commission statement's customers): the row under it
    // gives amounts, as a table's rows do and a party's block does not. (Of two cells or more: OCR boxes headings set
    // close as one, "Kunde | AuftragProvisionsbasis Satz Provision".)
    const next = lines[i + 1]?.page === lines[i].page ? lines[i + 1] : undefined;
    const headings = lines[i].segments.length >= 2 && !/:\s*$/.test(seg.text);
    if (!pairTo && rest === '' && headings && !/\d/.test(lines[i].text) && next && next.segments.filter((s) => AMOUNT_CELL.test(s.text.trim())).length >= 2) continue;

    if (!isLabel) {
      // The customer's number, then its name and address in parts on one row ("Kunde 447120 · Rhön-Express
      // Transporte GmbH & Co. KG · Frankfurter Straße 90 · 36043 Fulda"): the part after the number.
      const parts = rest.split(SEPARATORS).map((p) => p.trim());
      if (parts.length >= 3 && /^[A-Z]{0,4}[-\s]?\d[\d\s-]*$/.test(parts[0]) && /^\p{Lu}/u.test(parts[1]) && !/\d/.test(parts[1]) && parts.slice(2).some((p) => /\d/.test(p))) {
        return { ...named(cleanName(parts[1])), lines: [lines[i]] };
      }
      // A name and its address run on after the label in one row ("Sold to: The Grazing Table Café Pty Ltd, 55
      // Baylis Street, Wagga Wagga NSW 2650"): the name is what comes before the street's number.
      // (A person's name too, when the row ends with the town's postcode, "Buyer: Rūta Kazlauskienė, Žalioji g. 5,
      // LT-21133 Trakai": then the row is the whole address.)
      const beforeAddress = rest.match(NAME_BEFORE_ADDRESS)?.[1];
      const townLast = POSTCODE_PART.test(rest.split(',').pop() ?? '');
      if (beforeAddress && (namesCompany(beforeAddress) || townLast)) return { ...named(cleanName(beforeAddress)), lines: [lines[i]] };
      // A name starts with a capital and is short; "Invoice to pay by wire transfer to …" is a sentence.
      // "Customer PO: BP-1142": another label and its value, no name; "Client : C-0214": the customer's code.
      // "Bill-to Customer" with "No." wrapped under it (a business package's info table): the label goes on
      // with a buyer's word, no name.
      if (NOT_A_NAME.test(rest) || CODE_CELL.test(rest) || BUYER_WORD_ALONE.test(rest) || !/^\p{Lu}/u.test(rest) || rest.split(/\s+/).length > 8 || /^\p{L}[\p{L}.\s#-]{0,20}:\s*\S/u.test(rest)) continue;
      const name = cleanName(inlineWrap(lines, i, seg, rest));
      // A row of words under a name its label's row ended, in the label's column over the address ("Customer:
      // Cooperativa Agricolă" over "Câmpia Timișului" over "CUI 38819276"): the name wrapped there or a contact is
      // under it, as in a block that opens with two names; the page does not say which.
      // (The row right under the label's, set close: not an item table's header further down, nor a row after another
      // label's, "Contact: Olivia Chen, Executive" over "Assistant".)
      const under = name === cleanName(rest) ? blockBelow(lines, i, seg.x) : [];
      const close = under.length > 0 && under[0].line === lines[i + 1] && under[0].line.y - lines[i].y2 < lines[i].height;
      return { ...named(name), ...(close && under.length >= 2 ? twoNames([{ text: name, line: lines[i] }, ...under]) : {}), lines: [lines[i]] };
    }
    // (A label set flush right, "Kupac:" over a block of rows ending where it ends: that block, also when a
    // short row of it starts near the label, "Aan:" over "Accountantskantoor De Roos &" / "Partners".)
    const head = besideLabelHead(lines, i, seg);
    if (head) return { ...named(head), lines: [lines[i - 1], lines[i]] };
    const leftBlock = blockBelow(lines, i, seg.x);
    const rightBlock = blockBelow(lines, i, seg.x2, 6, 'right');
    const block = rightBlock.length > leftBlock.length ? rightBlock : leftBlock;
    // (One word without a form beside a caption is the next block's caption, "Responsible Party | Patient" over the
    // two blocks, no value.)
    const besideValue = valueBeside(lines[i], seg);
    const beside = besideValue && /^\p{L}+$/u.test(besideValue) && !namesCompany(besideValue) && isLabel && block.length ? null : withWrap(lines, i, seg, besideValue);
    // A row of an info table ("Customer | Brennan Dental Practice" over "Account No | BDP-004"): the
    // value beside the label is the name, the row under it the table's next label.
    if (beside && ((block.length && (INFO_LABEL().test(block[0].text.trim()) || valueInColumn(block[0], seg, lines[i].segments[lines[i].segments.indexOf(seg) + 1]))) || labelUnder(lines, i, seg))) return { ...named(beside), lines: [lines[i]] };
    // A heading of the address alone ("Fakturaadress", "Billing address") set under the party's name, its
    // block opening with the street: the name right above it, in its column, heads the block.
    const nameAbove = !beside && block.length && ADDRESS_HEADING_ALONE.test(seg.text.trim()) && /\d/.test(block[0].text) && !namesCompany(block[0].text) ? cellAbove(lines, i, seg) : undefined;
    if (nameAbove) {
      const rows = [{ text: nameAbove.text.trim(), line: lines[i - 1], cell: nameAbove }, ...block];
      return { ...fromBlock(rows), lines: rows.map((r) => r.line), x: seg.x };
    }
    if (block.length) return { ...fromBlock(block), lines: block.map((r) => r.line), x: seg.x };
    if (beside) return { ...named(beside), lines: [lines[i]] };
  }
  return { ...named(null), lines: [] };
}

/**
 * Whether a row under a party's label has a cell of its own where the value beside the label starts: the
 * grid's next label over its value ("Adquiriente | Hoteles Caribe Dorado S.A.S." over "NIT | 900.622.078-1",
 * "Customer | Marina Crest Hotel L.L.C." over "Customer TRN | 100402207800003"), no address block.
 */
function valueInColumn(row: BlockRow, label: Segment, value: Segment): boolean {
  // (The grid's value cell is set close to its label: a cell across the page, "Kupac:" level with "RAČUN", is
  // another column's.)
  return value.x - label.x2 < 30 && row.line.segments.some((s) => Math.abs(s.x - value.x) < 1.5 && !row.text.includes(cleanName(s.text)));
}

/**
 * Whether the cell under a party's label is another label ("Piegādātājs: | SIA …" over "Reģ. Nr.: | …"): a
 * table of labelled rows, whose value beside the party's label is the name.
 */
function labelUnder(lines: readonly Line[], i: number, label: Segment): boolean {
  const next = lines[i + 1];
  const under = next?.page === lines[i].page ? next.segments.find((s) => Math.abs(s.x - label.x) < 2) : undefined;
  return !!under && /\p{L}{2}.*:$/u.test(under.text.trim());
}

/** The honorific a Japanese invoice sets after the addressee's name: "Messrs.", "御中", "様". */
const ADDRESSEE_HONORIFIC = /^(?:messrs\.?|御中|様)$/i;

/**
 * A letter's dateline: a place, a comma, perhaps a word for "on", then the date. (A scan may read the place's "o"
 * between letters as a zero, "Krak0w, 14.11.2025": no town writes a figure inside its name.)
 */
export const DATELINE = onFirstUse(() => /^\s*\p{Lu}(?:[\p{L}.'’ -]|(?<=\p{L})0(?=\p{L})){1,40},\s*(?:(?:le|den|am|il|el)\s+)?\d/u);

/**
 * A cell that labels a field of the info block ("Invoice Date", "Terms", "Reference", "ABN", "Betalningsvillkor"): no name.
 * ("PO" and "P.O." head a purchase order's number; "PO Box 2207", "P.O. Box 14" is an address's row.)
 */
const INFO_LABEL = onFirstUse(() => /^(?:date|due|terms|order|account|r[ée]f[ée]rence|r[ée]f|po(?!\s+box\b)|p\.\s?o\.(?!\s*box\b)|customer\s+(?:id|no|number)|page|abn|gstin|vat|balance|amount|total|montant|bedrag|betrag|importe|solde|[\p{L}-]*datum|fecha|data|ihre?\s+(?:referenz|zeichen|nachricht)|unser(?:e)?\s+zeichen|(?:votre|notre|vos|nos|uw|onze|your|our|er|vår|vores|deres|jeres)\s+r[ée]f\w*|auftrag|betalningsvillkor|betalingsbetingelser|betalingsvilkår|dröjsmålsränta|leveransvillkor|leveranssätt|zahlungsbedingungen)(?=$|[\s.:#(])|^[\p{L}.\s-]{0,24}(?:nr|no|n[°º])\.?\s*:?$|(?:nummer|number|num[ée]ro|número)\s*:?$|^(?:n[°º]|no\.|nr\.|num[ée]ro|número)\s*(?:de\s+|d['’]\s*)?[\p{L}.]+\s*:?$/iu);

/**
 * The address window of a letter: below the sender line, before the body; in the left half, or in the
 * right half when the left holds no block (a layout whose window is on the right, as Swiss letters and
 * many ERP invoices set it).
 */
/** A row that cites a document by its number ("Rif. fattura proforma n. PF-77 del 3", "Your order no. 4471"). */
const CITES_NUMBER = /(?:^|\s)(?:n[.°º]|nr\.|no\.|nº|#)\s*[A-Z]{0,4}[-/]?\d/i;

export function buyerInWindow(page1: readonly Line[], sellerName: string | null, sellerAddress: string | null = null): FoundParty {
  // (A block at the left that opens with a row citing a document by its number is the references beside the
  // window, set level with it, not an address.)
  const { delivery, ...leftBlock } = windowBlock(page1, sellerName, sellerAddress, 'left');
  // A delivery address's block at the left, the customer's block at the right: the customer's ("Destinazione
  // merce" beside "Spett.le"). Alone, a delivery block still names the customer, as a scan may leave it.
  if (delivery) {
    const { top: _top, delivery: _delivery, ...billed } = windowBlock(page1, sellerName, sellerAddress, 'right');
    if (billed.name && !billed.guessed) return billed;
  }
  // (Nor is a block whose name holds the seller's, a logo's word, between a trade's word and a company form:
  // the sender's own block, "Vertaalbureau Scheldetaal BV" under the logo "Scheldetaal".)
  const own = !!leftBlock.name && namesSeller(leftBlock.name, sellerName);
  const { top: leftTop, ...left }: FoundParty & { top?: number } = CITES_NUMBER.test(leftBlock.name ?? '') || own ? named(null) : leftBlock;
  const addressRow = (t: string) => POSTAL_LINE().test(t) || (/^\d{1,4}(?:,\s*|\s+)\p{L}/u.test(t) && !namesCompany(t));
  // A name over rows without a figure, no street number and no postcode, is no address block ("Sag" /
  // "opgang B" under a terms line: an info box's rows), unless it names a company.
  const weak = (p: FoundParty) => !p.name || (!/\d/.test(p.address ?? '') && !namesCompany(p.name));
  // A block of several rows at the left is the window's, unless it opens with a street (below).
  if (left.name && left.address !== null && !addressRow(left.name.trim()) && !weak(left)) return left;
  // On the right, where the info block also sits, only a block that opens with a name.
  const { top: rightTop, delivery: rightDelivery, ...right } = windowBlock(page1, sellerName, sellerAddress, 'right');
  // A row alone at the left below the right's block (a heading of the body, "Resumen de su factura") is
  // no address block when the right holds one with a name and an address under it.
  const rightFirst = right.name && right.address && !right.guessed && (rightTop ?? Infinity) < (leftTop ?? -Infinity);
  // A town line or a street read as the left's name ("69002 Lyon", "18, quai Perrache") is the end of a
  // letterhead running down level with a window at the right, when that window opens with a name over an
  // address; a name without a company form there may have wrapped ("Comité d'entreprise Loiret" over
  // "Logistique"), for a person to confirm. Not a person the window addresses, a salutation right over the
  // name ("Madame" over "Sophie Rochat").
  // (A company's name there needs no address row under it: its wrapped name may fill the window.)
  if (left.name && !rightFirst && addressRow(left.name.trim()) && right.name && (right.address || namesCompany(right.name)) && !right.guessed) {
    const saluted = rightTop !== undefined && page1.some((l) => l.y < rightTop && rightTop - l.y <= 2 * l.height && l.segments.some((s) => s.x >= 100 && SALUTATION.test(s.text.trim())));
    return namesCompany(right.name) || saluted ? right : { ...right, doubt: `the left opens with a town line ("${left.name}"), the block at the right with "${right.name}"` };
  }
  // Neither side holds a block with an address: one at the left set higher, above the window's band (a
  // page in small type, or a layout that starts the customer's block under a short letterhead), is the
  // addressee's when it is a name over an address, not the seller's. It beats a lone row in the window (a
  // terms line read as a name: "Betalingsbetingelser Netto 8 dage"). (At the right, that height is the
  // letterhead's: besideLetterhead below.)
  if (weak(left) && weak(right)) {
    const { top, ...high } = windowBlock(page1, sellerName, sellerAddress, 'left', ABOVE_WINDOW);
    if (high.name && high.address && !high.guessed && !high.doubt && !addressRow(high.name.trim()) && !nearName(high.name, sellerName) && letterheadElsewhere(page1, sellerName, top!)) return high;
  }
  // A town line alone at the left, the end of a letterhead running down into the band ("63800 Cournon-d'Auvergne"),
  // gives way to a customer's block beside the letterhead (in doubt, as every such block). So does a row
  // alone without an address under it that names no company: a heading of the body ("Jaarafrekening
  // elektriciteit") set where a window would be.
  const lone = !!left.name && left.address === null && !namesCompany(left.name);
  const besideHead = left.name && !rightFirst && (addressRow(left.name.trim()) || lone) ? besideLetterhead(page1, sellerName, sellerAddress) : null;
  if (besideHead) return besideHead;
  // (One word alone, no company's, without an address under it, is a name cut from its block, the band ending under
  // it: "Tilitoimisto" over "Virtanen & Mäki Oy" set low, as a page printed larger sets it. In doubt.)
  if (left.name && !rightFirst) return lone && !left.doubt && !/\s/.test(left.name.trim()) ? { ...left, doubt: `the window's block is one word alone without an address: "${left.name}"` } : left;
  if (right.name && !right.guessed) return rightDelivery ? customerAboveDelivery(page1, sellerName, sellerAddress, right) : right;
  // A customer's box set from a little left of the page's middle, beside a column of references (a factura
  // rectificativa's "Nº: …", "Motivo: …"): a name over its address there, in doubt.
  const middle = windowBlock(page1, sellerName, sellerAddress, 'right', WINDOW, 85);
  if (middle.name && middle.address && /\d/.test(middle.address) && !middle.guessed && !middle.delivery) {
    return { name: middle.name, address: middle.address, taxId: middle.taxId, phone: middle.phone, doubt: `the block "${middle.name}" starts left of the page's middle, beside other rows` };
  }
  return besideLetterhead(page1, sellerName, sellerAddress) ?? named(null);
}

/**
 * The customer's block when the window at the right holds a delivery address's ("Spett.le" and the customer's
 * rows set above the band, "Destinazione" over the site in it): the block at the right above the band, a name
 * over an address. Without one, the delivery's block stands in doubt: where goods go is not who pays.
 */
function customerAboveDelivery(page1: readonly Line[], sellerName: string | null, sellerAddress: string | null, delivery: FoundParty): FoundParty {
  const { top: _top, delivery: _delivery, ...high } = windowBlock(page1, sellerName, sellerAddress, 'right', ABOVE_WINDOW);
  if (high.name && high.address && !high.guessed && !nearName(high.name, sellerName)) return high;
  return { ...delivery, doubt: `"${delivery.name}" is the block under a delivery address's heading` };
}

/**
 * Whether a line is a row of a reference grid, its cells (those `inGrid` takes) under a header row's ("Albarán
 * | Forma de | Vencimiento" over "AL- | Recibo 30 | 26/12/2025"), or its header cells wrapped onto a row of their
 * own ("Bon de | Bon de" over "commande | livraison"): two cells or more, each under a cell of a header row of
 * several a little above it (words, no figure); or one going on in small letters right under such a row
 * ("pago"). A line of another column may come between.
 */
function underHeaderRow(page1: readonly Line[], l: Line, inGrid: (s: Segment) => boolean): boolean {
  const cells = l.segments.filter(inGrid);
  const rowsAbove = page1.slice(0, page1.indexOf(l)).filter((o) => o.page === l.page && l.y - o.y < 12 && o.segments.filter(inGrid).length >= 2 && !o.segments.some((s) => inGrid(s) && /\d/.test(s.text)));
  const under = (o: Line) => cells.every((c) => o.segments.some((s) => Math.abs(s.x - c.x) < 2));
  const last = rowsAbove.at(-1);
  const word = cells.length === 1 ? cells[0].text.trim() : '';
  return (cells.length >= 2 && rowsAbove.some(under)) || (!!last && !!word && l.y - last.y2 < l.height && under(last) && /^\p{Ll}/u.test(word) && !/\d/.test(word));
}

/**
 * Whether the seller's letterhead leaves the top left to the customer's block, which starts at `top`: the
 * seller's sender line runs over it, or the seller's name is set at the right, above the window's band.
 * (A receipt's header, the shop's name over its rows, is no customer's block.)
 */
function letterheadElsewhere(page1: readonly Line[], sellerName: string | null, top: number): boolean {
  if (!sellerName) return false;
  if (page1.some((l) => l.y < top && l.segments.some((s) => sendersLine(s.text, squeeze(sellerName))))) return true;
  const named = page1.filter((l) => l.y < WINDOW.from).flatMap((l) => l.segments).filter((s) => nearName(s.text, sellerName));
  if (named.length > 0 && named.every((s) => s.x >= 100)) return true;
  // Or the letterhead is short and set apart above it: the seller's name over a row or two, then a blank
  // wider than twice the block's own pitch (a bill on A5 in small type, the patient's block under the
  // practice's two rows). A receipt's header runs on at one pitch. A text layer's rows only: OCR's rows of a
  // photo keep no pitch (a till receipt's shop name, a gap, its street read as the addressee).
  const at = page1.findIndex((l) => l.y === top);
  const [above, first, second] = [page1[at - 1], page1[at], page1[at + 1]];
  const ocr = !!first?.segments.some((s) => s.items.some((item) => item.confidence !== undefined));
  return !ocr && !!above && !!second && named.some((s) => s.y < top) && first.y - above.y2 > 2 * (second.y - first.y2);
}

/**
 * The seller's sender line: its name, then its address in parts ("Acme GmbH · Europa-Allee 1 · 60486
 * Frankfurt", or with commas: "Pitopalvelu Kanerva Oy, Hämeenkatu 31, 33200 Tampere").
 */
function sendersLine(text: string, squeezedName: string): boolean {
  return squeezedName.length >= 4 && squeeze(text).startsWith(squeezedName) && (text.split(SEPARATORS).length > 2 || text.split(/,\s+/).length > 2);
}

/** A company's name that holds the seller's as whole words, before its company form ("Vertaalbureau Scheldetaal BV" for "Scheldetaal"). */
function namesSeller(name: string, sellerName: string | null): boolean {
  const seller = sellerName?.trim() ?? '';
  if (seller.length < 6 || !endsInCompanyForm(name)) return false;
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const body = words(withoutCompanyForm(name));
  const key = words(seller);
  return body.length > key.length && body.some((_, i) => key.every((k, j) => body[i + j] === k));
}

/** Whether a name reads as the seller's, letters lost or changed (a fifth at most): a scan of the letterhead. */
function nearName(name: string, sellerName: string | null): boolean {
  if (!sellerName) return false;
  const [a, b] = [squeeze(name), squeeze(sellerName)];
  return Math.min(a.length, b.length) >= 4 && Math.min(prefixEdits(b, a), prefixEdits(a, b)) <= Math.floor(Math.min(a.length, b.length) / 5);
}

/**
 * No window holds a block: one set at the top right, level with the letterhead ("M. et Mme Guérin" /
 * "14 chemin de la Garenne" / "44240 La Chapelle-sur-Erdre" beside the joiner's own rows), a name over
 * a town line. Not where a buyer is looked for first, so a person confirms it.
 */
function besideLetterhead(page1: readonly Line[], sellerName: string | null, sellerAddress: string | null): FoundParty | null {
  const name = sellerName ? squeeze(sellerName) : '';
  const address = sellerAddress ? squeeze(sellerAddress) : '';
  const rows = page1.filter((l) => l.y <= WINDOW.from).map((l) => l.segments.find((s) => s.x >= 100)).filter((s): s is Segment => !!s);
  // A form of address on a row of its own over the block ("Spett.le") is no row of it; nor is a customer
  // number's row over it ("Client n° 88412").
  const saluted = !!rows[0] && SALUTATION.test(rows[0].text.trim());
  if (saluted || (rows[0] && CUSTOMER_NUMBER.test(rows[0].text.trim()))) rows.shift();
  const first = rows[0];
  if (!first || rows.length < 2) return null;
  const texts = rows.slice(0, 5).map((s) => s.text.trim()).filter((t) => Math.abs(rows.find((r) => r.text.trim() === t)!.x - first.x) < 4);
  // A name wrapped over two rows ("Studio Legale Ferri &" over "Associati", "Menuiserie Lefebvre-Dumas" over "S.A.R.L."): one.
  if (texts.length >= 3 && (openEnded(texts[0], texts[1]) || isFormOnly(texts[1]))) texts.splice(0, 2, `${texts[0]} ${texts[1]}`);
  const head = cleanName(texts[0]);
  // A figure in the first row makes it a street or a contact, the letterhead's own column ("Hafenstraße 40"),
  // unless it names an owners' association by its building. (The seller's name and address as read do not
  // hold a block under a form of address: the letter is addressed to it, and a seller's address read on
  // into it is no reason to pass it over.)
  if ((/\d/.test(head) && !NAMED_AFTER_BUILDING.test(head)) || noName(head) || isContactRow(head) || isIdRow(head) || /:/.test(head) || TITLE.test(head) || !!findDate(head) || (!saluted && name.length >= 4 && squeeze(head).startsWith(name)) || (!saluted && address && address.includes(squeeze(head)))) return null;
  // A town line: continental ("44240 La Chapelle-sur-Erdre"), North American ("Kingston, NY 12401") or British ("Hebden Bridge HX7 6AA").
  if (!texts.slice(1, 4).some((t) => POSTAL_LINE().test(t) || /^\d{4,5}\s+\p{L}/u.test(t) || STATE_ZIP().test(t) || UK_TOWN_LINE.test(t))) return null;
  // (Under a form of address the block is the addressee's, as under a label.)
  // (Not an owners' association named after its building, "Condominio Via Garibaldi 18": its figure may be the street's.)
  return { name: head, ...details(texts.slice(1, 4)), ...(saluted && !/\d/.test(head) ? {} : { doubt: `the buyer's block sits beside the letterhead, above the window: "${head}"` }) };
}

/**
 * Where a letter's address window is looked for, in mm from the top: below the letterhead, above the
 * body. The band above it holds the letterhead, and on pages of small type the customer's block too.
 */
/** The Swiss post's franking mark: "P.P." (port payé), the sender's postcode and town, then its mail class at times. */
const FRANKING = /^P\.\s?P\.?\s+(?:CH-)?\d{4}\s+\p{L}/u;
const WINDOW = { from: 35, to: 80 };
const ABOVE_WINDOW = { from: 0, to: 35 };

function windowBlock(page1: readonly Line[], sellerName: string | null, sellerAddress: string | null, side: 'left' | 'right', band = WINDOW, rightFrom = 100): FoundParty & { top?: number; delivery?: boolean } {
  // The seller's own lines are never the buyer's, however OCR spaced or separated them: its sender line
  // read without its dots ("ElektroWeberGmbH -Industrestrae 70565Stutgat"), a row of its letterhead that
  // a photo's margin moved into the window.
  const name = sellerName ? squeeze(sellerName) : '';
  const address = sellerAddress ? squeeze(sellerAddress) : '';
  // (A town line alone the seller's address also holds is the buyer's as well when both are in one town.)
  const sellers = (text: string) => (name.length >= 4 && squeeze(text).startsWith(name)) || (squeeze(text).length >= 8 && address.includes(squeeze(text)) && !POSTAL_LINE().test(text.trim())) || garbledSenderLine(text, name);
  // A name's label in a cell of its own with the name beside it ("Επωνυμία | ΦΑΡΜΑΚΕΙΟ … Ο.Ε.", "Razón social |
  // …"): the row's cell is the name, not its label.
  const cell = (l: Line) => {
    const own = side === 'left' ? l.segments[0] : l.segments.find((s) => s.x >= rightFrom);
    const value = own && NAME_FIELD.test(own.text.trim()) ? l.segments[l.segments.indexOf(own) + 1] : undefined;
    return value && value.x - own!.x2 < 40 ? value : own;
  };
  const candidate = (l: Line) => {
    const seg = cell(l);
    // A row of separated parts is a sender line; the other column's cells (a tagline "Glaserei · Spiegel ·
    // Duschen" level with the window's name) are not the row's.
    const own = l.segments.filter((s) => (side === 'left' ? s.x < 100 : s.x >= rightFrom)).map((s) => s.text).join('  ');
    if (!seg || (side === 'left' && seg.x > 100) || SEPARATORS.test(own) && own.split(SEPARATORS).length > 2) return false;
    const t = seg.text.trim();
    // (Nor is a currency's sign alone, a figure's wrapped in a narrow box of sums: "29,98" over "€".)
    // A label of its own ("Stylesheet-Version:") heads a value, it is none; nor is the title with its
    // number ("Invoice INV/2019/0042") or a field label of the info block. On the right, a cell whose
    // row a label opens is that label's value ("Währung:   EUR"), and a currency code no name.
    // (The label right before it: a label and its value in the left column, "Terms:  Net 30", leave a
    // cell at the right that goes on a block's name, "Foundation", the block's.)
    // (Not a delivery address's heading at the left, "Adresse de livraison :" level with the customer's name at
    // the right: it heads the block under it.)
    const before = l.segments[l.segments.indexOf(seg) - 1]?.text.trim() ?? '';
    const labelled = side === 'right' && /:$/.test(before) && !DELIVERY_LABEL.test(before);
    // A title over its number in its column ("Facture de régularisation" over "n° 30044718 2207"): the
    // document's references beside the window, no name.
    const under = page1[page1.indexOf(l) + 1];
    const titleOverNumber = TITLE.test(t) && !!under && under.page === l.page && under.y - l.y2 < l.height && under.segments.some((s) => Math.abs(s.x - seg.x) < 2 && CITES_NUMBER.test(s.text));
    // A cell with a figure or a date close beside it is a row of an info table ("Chambre | 204",
    // "MPRN | 10012345678", "Arrivée | 16/03/2025"): a label, even without its colon. (Not the letter's
    // dateline at the right, "Vöcklabruck, 26.11.2025", level with the addressee's first row.)
    const next = l.segments[l.segments.indexOf(seg) + 1];
    // (Not a cell with its own label, the title and its number: "ARVE nr 2025-214" beside the window's name,
    // nor a labelled id of the letterhead's column: "UID-Nr.: ATU12345678".)
    const ownLabel = OWN_LABEL_NUMBER().test(next?.text.trim() ?? '') || /^\p{L}[^:]{1,30}:\s*\S/u.test(next?.text.trim() ?? '');
    // (Nor a phone with its own word beside the window's name, "Tlf. 86 82 44 17": the letterhead's column, level with it.)
    const ownContact = !!next && /\p{L}/u.test(next.text) && isContactRow(next.text);
    // (Nor a figure with its own word in its cell past the page's middle, beside a block at the left: the other
    // column's row level with the name, the letterhead's "KvK 71230561", "Org.nr 556677-8899", no value of the
    // name's cell. A bare figure there may be an info table's value: still its row.)
    const otherColumn = side === 'left' && !!next && next.x >= 100 && /\p{L}{2,}/u.test(next.text);
    const infoRow = !!next && next.x - seg.x2 < 40 && ((isFigures(next.text) && !ownContact && !otherColumn) || (!!findDate(next.text) && !DATELINE().test(next.text)) || CODE_CELL.test(next.text.trim())) && !ownLabel;
    // A cell right under a field's label alone in its cell is that field's value, in a box of labels over values
    // beside the window ("Er referens" over "Kerstin Åberg", "Vår referens" over "Mats Nyström"). (Not under a
    // label with its value, "Customer No. 10023" over the customer's name.)
    const above = page1[page1.indexOf(l) - 1];
    const labelOver = !!above && l.y - above.y2 < l.height && above.segments.some((s) => Math.abs(s.x - seg.x) < 2 && INFO_LABEL().test(s.text.trim()) && !/\d/.test(s.text));
    // At the right, a reference grid's rows (underHeaderRow). (At the left, a block's rows may have the info
    // column's labels beside them: "Mevr. S. Bakker | Notanummer".)
    const gridRow = side === 'right' && underHeaderRow(page1, l, (s) => s.x >= rightFrom);
    return !(labelled || titleOverNumber || infoRow || labelOver || gridRow || (side === 'right' && !!next && next.x - seg.x2 < 40 && infoTableRow(page1, l, seg)) || isCurrencyCode(t) || /^\p{Sc}$/u.test(t) || COPY_MARK.test(t) || SECTION_HEADING().test(t) || SELLER_LABELS.test(t) || ADDRESS_LABEL.test(seg.text) || BUYER_LABELS.test(t) || translatedBuyerLabel(t) || ADDRESSED_TO.test(t) || SALUTATION.test(t) || isIdRow(seg.text) || vatIdIn(t) === t.replace(/\s+/g, '') || /:$/.test(t) || TITLE_ONLY().test(t) || sellers(seg.text)
      || INFO_LABEL().test(t) || (side === 'right' && TITLE.test(t)) || (TITLE.test(t) && /\d/.test(t)) || !!findDate(t) || labelledField(t));
  };
  // A row's place is its own cell's: on a scan a line may join a cell of the other column set a little
  // higher (a letterhead's "Stationsplein 9" beside the buyer's name), whose top is the line's.
  const rowY = (l: Line) => cell(l)?.y ?? l.y;
  // The rest of the seller's sender line cut short and wrapped onto the row under it, in the line's small print ("Kessler
  // Haustechnik-Vertrieb GmbH · Eckendorfer Str. 88 · 33609" over "Bielefeld"): the sender line's, no row of the block.
  const senderRest = (l: Line) => {
    const prev = page1[page1.indexOf(l) - 1];
    const seg = cell(l);
    if (!prev || !seg || prev.page !== l.page || l.y - prev.y2 > l.height) return false;
    const above = prev.segments.find((s) => Math.abs(s.x - seg.x) < 1.5);
    // (A line cut short: it ends in a separator, a postcode without its town, or a town cut after the short word of
    // its addition: "31535 Neustadt a." over "Rbge.", "79098 Freiburg i." over "Br.".)
    return !!above && sendersLine(above.text, name) && Math.abs(above.height - seg.height) < 0.3 && /(?:[·•|,–-]|\b\d{4,5}|\b\d{4,5}(?:\s+\p{L}[\p{L}-]*)+(?:\s+\p{Ll}{1,3}\.)+)$/u.test(above.text.trim());
  };
  const block: Line[] = [];
  // A delivery address's label over the block (in the band, or right above it): the block is the delivery's.
  let deliveryLabel: Line | null = null;
  // An attention row right over the block ("À l'attention de Mme Claire Vidal"): its first row may be the department.
  let attentionAbove = false;
  // The last row of a contact heading's rows ("Votre conseiller" over "Service Entreprises" and a phone): the rows
  // under it in its column, at a row's pitch, are the seller's contact too.
  let contact: Line | null = null;
  // The last contact row stepped over under the block's first rows ("Service Comptabilité", "À l'attention de …").
  let stepped: Line | null = null;
  // The last row of the seller's own block in the band: its name alone on a row ("Alpina Schweizerische
  // Versicherungs-Gesellschaft AG", no sender line), then its branch, street and contact under it in its column at a
  // row's pitch ("Generalagentur Thun", "Bälliz 47, 3600 Thun"): the seller's rows, no window's.
  let own: Line | null = null;
  for (const l of page1.filter((l) => l.y > band.from && l.y < band.to)) {
    if (!block.length && cell(l) && name.length >= 4 && squeeze(cell(l)!.text) === name) {
      own = l;
      continue;
    }
    if (!block.length && own && cell(l) && Math.abs(cell(l)!.x - cell(own)!.x) < 1.5 && rowY(l) - rowY(own) <= 1.6 * l.height) {
      own = l;
      continue;
    }
    // The Swiss post's franking mark over the address ("P.P. CH-3600 Thun", "P.P. 8010 Zürich"), the sender's
    // postcode and town, heads the window: no row of the block.
    if (!block.length && cell(l) && FRANKING.test(cell(l)!.text.trim())) continue;
    if (!block.length && cell(l) && DELIVERY_LABEL.test(cell(l)!.text.trim())) {
      deliveryLabel = l;
      continue;
    }
    if (!block.length && cell(l) && (CONTACT_HEADING().test(cell(l)!.text.trim()) || (contact && Math.abs(cell(l)!.x - cell(contact)!.x) < 4 && rowY(l) - rowY(contact) <= 2 * l.height))) {
      contact = l;
      continue;
    }
    // The item table starts the body: nothing from it on is an address (a receipt's table may start here).
    // So is a row with an amount in a cell of its own ("8402 GULA PASIR 1K   RM23.60"): an item line.
    // (Its header row may open with a column no header word names, "Réf. | Désignation | Qté …": two such words make it one.)
    if (l.segments[0] && TABLE_HEADER.test(l.segments[0].text.trim())) break;
    if (l.segments.filter((s) => TABLE_HEADER.test(s.text.trim())).length >= 2) break;
    // So does a row of labels without a figure heading a grid of the invoice's numbers across the page
    // ("FACTURA Nº | FECHA | CLIENTE | PEDIDO | ALBARÁN"): its cells at the right are labels, no name. (A grid
    // in the right half only is an info box, the customer's block may follow under it.)
    const acrossPage = l.segments[0].x < 100 && l.segments.some((s) => s.x >= 100);
    if (acrossPage && l.segments.length >= 4 && !/\d/.test(l.text) && l.segments.filter((s) => INFO_LABEL().test(s.text.trim())).length >= 2) break;
    // So does a row of five cells or more without a figure across the page, whatever their words ("Datum | Land
    // Station | Karte | Kennzeichen Produkt | Menge | Netto | USt | Brutto"): an item table's header, no address's row.
    if (acrossPage && l.segments.length >= 5 && !/\d/.test(l.text)) break;
    // Not a figure under its own label in a box at the right ("Previous balance  £1,206.44" of an account
    // summary beside the window): that box's row, level with the window's.
    const boxed = (k: number) => k > 1 && l.segments[k - 1].x >= 100 && !/\d/.test(l.segments[k - 1].text);
    // (Nor a row of such a box alone, right of the page's middle, before the block starts: a box of sums set above
    // the window, "Reste à payer  29,98 €" over the sender line, or beside a window that starts lower than the
    // box's rows, "Amount due  $115.95" level with the letterhead. An item line starts at the left.)
    if (l.segments.some((s, k) => k > 0 && AMOUNT_CELL.test(s.text.trim()) && !boxed(k))) {
      if (!block.length && l.segments[0].x >= 100) continue;
      break;
    }
    if (!candidate(l) || isContactRow(cell(l)!.text)) {
      if (!block.length && cell(l)) attentionAbove = ATTENTION.test(cell(l)!.text.trim());
      // (An attention or department row under the block's name in its column is the block's: the address after it is
      // measured from it. Not a figure a phone's pattern also reads, a date alone: "31.10.2025".)
      const unitRow = (t: string) => ATTENTION.test(t) || DEPARTMENT.test(t);
      if (block.length && cell(l) && unitRow(cell(l)!.text.trim()) && Math.abs(cell(l)!.x - cell(block[0])!.x) < 4) stepped = l;
      // The seller's sender line heads a window: the rows above it are the letterhead's ("EVO" over
      // "Energieversorgung Oberland", then "Energieversorgung Oberland GmbH · Bahnhofstraße 12 · …").
      if (cell(l) && sendersLine(cell(l)!.text, name)) block.length = 0;
      continue;
    }
    // A VAT id row is a row of a block (the buyer's tax id), never the one that opens it.
    // So is a row of registration numbers ("KvK 76543210 · VAT NL862345678B01"), the letterhead's last.
    if (!block.length && (isVatIdRow(cell(l)!.text.trim()) || REGISTRATION_ROW.test(cell(l)!.text.trim()))) continue;
    // Nor is a whole address on one row, words then a postcode and a town: a sender line that a scan
    // read without its separators ("Acme GmH I Europa-Alle 1980 60486 Frankfut.").
    if (!block.length && ONE_ROW_ADDRESS().test(cell(l)!.text.trim())) continue;
    // Nor the rest of a word broken at the row above ("14 route de Lyon, 38300 Bourgoin-" over "Jallieu"),
    // or of a letterhead's tagline wrapped at a separator ("Elektroinstallasjon · Lading ·" over "Service",
    // "Sanitär · Heizung" over "· Klima"): that row's, whatever it was.
    if (!block.length && (brokenAbove(page1, l, cell(l)!) || senderRest(l))) continue;
    if (block.length && rowY(l) - Math.max(rowY(block[block.length - 1]), stepped ? rowY(stepped) : -Infinity) > 12) break;
    block.push(l);
  }
  // The window is where a letter's address usually sits, not a frame: a block that a scan's margin or
  // the layout moved up starts above it. Its rows above, in the same column and at the same pitch, are
  // its first rows (the name before the street and the town).
  // A contact row between them ("Attention: Practice Manager", "z. Hd. Frau Petersen") is stepped over,
  // and so is a line of the other column (the letterhead's street beside the buyer's). A block of one row
  // that is no name (a town) is the end of a block whose first rows sat above the window.
  // The pitch is the block's mean one: an info box beside it may set one row's line a little off its own
  // ("Hafenstraße 17" grouped with the box's "Leistungszeitraum" row, nearer the row above).
  const pitch = block.length >= 2 ? (rowY(block[block.length - 1]) - rowY(block[0])) / (block.length - 1) : block.length === 1 && noName(cleanName(cell(block[0])!.text)) ? block[0].height * 1.8 : 0;
  let top = block[0];
  for (let i = pitch > 0 ? page1.indexOf(block[0]) - 1 : -1; i >= 0; i--) {
    const l = page1[i];
    const first = block[0];
    if (l.page !== first.page || rowY(top) - rowY(l) > pitch * 1.5) break;
    // A line of the other column alone (the letterhead's "SIRET …" between the rows of a window at the
    // right, set at another pitch) is stepped over.
    const other = side === 'left' ? cell(l) && cell(l)!.x > cell(first)!.x + 40 : !cell(l);
    if (other) continue;
    if (!cell(l) || Math.abs(cell(l)!.x - cell(first)!.x) > 4) break;
    top = l;
    // So is a row of an id ("NIF: 12345678Z", "Kunden-Nr.: 4711") between the name and the street.
    if (isContactRow(cell(l)!.text) || isIdRow(cell(l)!.text)) {
      attentionAbove = ATTENTION.test(cell(l)!.text.trim());
      continue;
    }
    // A row of registration numbers above the block ends a letterhead, it opens no address.
    // So does a whole address on one row, a sender line (ONE_ROW_ADDRESS).
    // A delivery address's label over them makes the block the delivery's, set above the window's band.
    if (DELIVERY_LABEL.test(cell(l)!.text.trim())) {
      deliveryLabel = l;
      break;
    }
    // So does the rest of a sender line or a word broken on the row above ("… Kurgartenstraße 9 ·" over "5630 Bad Hofgastein").
    // (So does the post's franking mark, FRANKING.)
    const opens = (r: Line) => candidate(r) && !REGISTRATION_ROW.test(cell(r)!.text.trim()) && !ONE_ROW_ADDRESS().test(cell(r)!.text.trim()) && !senderRest(r) && !FRANKING.test(cell(r)!.text.trim());
    if (!opens(l)) break;
    if (brokenAbove(page1, l, cell(l)!)) {
      // Unless the row above is a name of the block's own broken at its hyphen ("Mitteldeutsche Verkehrsverbund-" over
      // "Service GmbH", the block's first rows above the window): both rows are the block's, the name read whole.
      const head = page1[i - 1];
      const hyphenated = !!head && !!cell(head) && Math.abs(cell(head)!.x - cell(first)!.x) <= 4 && /\p{L}-$/u.test(cell(head)!.text.trim());
      if (!hyphenated || !opens(head) || brokenAbove(page1, head, cell(head)!)) break;
      block.unshift(head, l);
      top = head;
      attentionAbove = false;
      i--;
      continue;
    }
    block.unshift(l);
    attentionAbove = false;
  }
  const blockRows = block.map((l) => rowOf(page1, l, cell(l)!));
  const rows = blockRows.map((r) => r.text);
  // A block at the right whose name and form of address the text layer joined to the left column's cells on
  // their rows ("Fattura n. 118/2025 … Spett.le" over "Pagamento: bonifico … Bottega del Gusto di Rossi Marco"
  // over "Via dei Mille 14"): the joined cells' ends, from the block's own x, are its first rows.
  const joinedName = side === 'right' && block[0] ? joinedAbove(page1, block[0], cell(block[0])!) : null;
  if (joinedName) rows.unshift(joinedName);
  // A name wrapped in the window's narrow column ("Ristorante Da Gino di Rossi" over "Luigi"): its rest is
  // short. (Two rows as wide, "Théâtre des Célestins — Régie" over "Association Scènes Lyonnaises", are two
  // names of one customer, a department over its body.)
  // (The row right under it: a contact row between, "Attention: Practice" over "Manager", ends the name.)
  const [first, second, ...rest] = blockRows;
  const width = (r: BlockRow) => r.cell!.x2 - r.cell!.x;
  const wrapped = !!second && page1.indexOf(second.line) === page1.indexOf(first.line) + 1 && 2 * width(second) <= width(first) && wrapsInto(first, second, rest);
  // (So does a company form alone on the row under it, "Fjordbyens Boligselskab" over "A.m.b.a.".)
  if (tradeWordBeforeForm(rows)) rows.splice(0, 3, `${rows[0]} ${rows[1]} ${rows[2]}`);
  // (So does a compound name broken at its hyphen, "Verkehrsverbund-" over "Service GmbH": the hyphen kept, no space.)
  else if (rows.length >= 2 && hyphenBroken(rows[0], rows[1])) rows.splice(0, 2, `${rows[0].trim()}${rows[1].trim()}`);
  else if (rows.length >= 2 && (openEnded(rows[0], rows[1]) || isFormOnly(rows[1]) || completesForm(rows[0], rows[1]) || wrapped)) rows.splice(0, 2, `${isFormOnly(rows[1]) ? headBeforeForm(blockRows[0]) : rows[0]} ${rows[1]}`);
  // ("Service comptabilité fournisseurs" over "Transports Delmas SAS" under "À l'attention de …": the department, then the party.)
  else if (attentionAbove && unitOverCompany(rows[0], rows[1])) rows.shift();
  // A town line ("69001 Lyon", "D-07545 GERA") or a figure ("308,500 KG") opening the block is no name:
  // the name was not read, and whatever stands in its place needs a look.
  const guessed = rows.length > 0 && noName(rows[0]);
  // (The label right over the block's first row, in its column.)
  const delivery = !!deliveryLabel && !!block[0] && deliveryLabel.y < block[0].y && rowY(block[0]) - rowY(deliveryLabel) <= 2 * block[0].height + 3 && Math.abs(cell(deliveryLabel)!.x - cell(block[0])!.x) < 4;
  const company = contactOverCompany(rows);
  if (company) return { name: rows[company], ...details(rows.slice(company + 1, company + 4)), ...wrappedOrContact(rows, company), top: block[0].y, ...(delivery ? { delivery } : {}) };
  // A name over one word alone before the address, as the block's rows stand ("Pharmacie Centrale" over "Roussel"):
  // the name going on, or a person's name under a business's, as under a label (twoNames); in doubt. (Rows of
  // several words, "Gasthof Zum Hirschen" over "Inh. Maria Steinbauer", a unit's "Service intendance", are
  // a body and its holder or unit, the body the party.)
  const oneWordOn = rows.length >= 3 && rows.length === blockRows.length && rows.every((r, k) => r === blockRows[k].text) && /^\p{Lu}[\p{L}'’-]+$/u.test(rows[1].trim());
  return { name: rows[0] ?? null, ...details(rows.slice(1, 4)), ...(guessed ? { guessed } : {}), ...(oneWordOn ? twoNames(blockRows) : wordOverCompany(rows)), top: block[0]?.y, ...(delivery ? { delivery } : {}) };
}

/**
 * The end of a cell of the row right above `l` that runs from the left column on past `seg`'s x, its text from
 * the item set where `seg` starts: a name (a capital first, no figure or colon), under a form of address
 * ending the row above it the same way ("… Spett.le", "… Messrs.").
 */
function joinedAbove(page1: readonly Line[], l: Line, seg: Segment): string | null {
  const tail = (line: Line | undefined, under: Line): string | null => {
    if (!line || line.page !== under.page || under.y - line.y2 > under.height) return null;
    const s = line.segments.find((c) => c.x < seg.x - 20 && c.x2 > seg.x + 5);
    const k = s ? s.items.findIndex((it, n) => n > 0 && Math.abs(it.x - seg.x) < 1.5) : -1;
    return s && k > 0 ? cleanText(s.items.slice(k).map((it) => it.text).join(' ')) : null;
  };
  const i = page1.indexOf(l);
  const name = tail(page1[i - 1], l);
  const form = name ? tail(page1[i - 2], page1[i - 1]) : null;
  if (!name || !form || !SALUTATION.test(form) || /\d|:/.test(name) || !/^\p{Lu}/u.test(name)) return null;
  return name;
}

/** A name's row ending in a word broken at its hyphen, the rest of the name (no figure, no contact) on the row under it. */
const hyphenBroken = (first: string, second: string) => /\p{L}-$/u.test(first.trim()) && /^\p{Lu}/u.test(second.trim()) && !/\d/.test(second) && !isContactRow(second);

/** Whether this row goes on the row above in its column: a word broken by a hyphen, a list of parts wrapped at a separator. */
function brokenAbove(page1: readonly Line[], l: Line, seg: Segment): boolean {
  const prev = page1[page1.indexOf(l) - 1];
  if (!prev || prev.page !== l.page || l.y - prev.y2 > l.height) return false;
  const above = prev.segments.find((s) => Math.abs(s.x - seg.x) < 1.5)?.text.trim();
  // (Or a labelled field's text wrapped onto it in small letters: "Motivo: devolución de material y" over "abono de portes".)
  // (Or a labelled contact cut after a form of address or an initial, which end no row: "Ihre Referenz: Frau S."
  // over "Looser". A form of address alone on its row heads the name under it: no label before it there.)
  return !!above && (/\p{L}-$/u.test(above) || (SEPARATORS.test(above) && /[·•|]$/.test(above)) || /^[·•|]\s/.test(seg.text.trim()) || (labelledField(above) && /^\p{Ll}/u.test(seg.text.trim())) || contactCut(above));
}

/** A label's contact cut short after a form of address or an initial ("Ihre Referenz: Frau S.", "Attn: Mr"). */
const CUT_AT_SALUTATION = onFirstUse(() => new RegExp(`:\\s(?:.*\\s)?${SALUTATION_WORDS}$`, 'i'));
const contactCut = (text: string) => CUT_AT_SALUTATION().test(text) || /:\s(?:.*\s)?\p{Lu}\.$/u.test(text);

/**
 * A field's label, a colon and its text on one row ("Motivo: devolución de mercancía", "Forma de pago: transferencia"):
 * a row of references beside the window, no row of an address. (Not a name's own label, "Firma: …", nor a party's.)
 */
const LABELLED_FIELD = onFirstUse(() => /^\p{L}[\p{L}.'’ -]{1,24}:\s+\S/u);
const labelledField = (text: string) => LABELLED_FIELD().test(text) && !NAME_FIELD.test(text) && !BUYER_LABELS.test(text) && !SELLER_LABELS.test(text) && !isContactRow(text);

/**
 * A sender line as OCR reads its small print: the seller's name with letters lost or changed (a
 * fifth of them at most: "Malerbetrieb scheider Gm - VenloerStrae 212 5823 Kn" for "Malerbetrieb
 * Schneider GmbH · Venloer Straße 212 · 50823 Köln"), its separators gone, then the address with its
 * postcode. Only a long name, and only a row with a postcode's digits after it: a buyer whose name
 * starts like the seller's ("Müller Haus GmbH" to "Müller Bau GmbH") has its street on a row of its own.
 */
function garbledSenderLine(text: string, name: string): boolean {
  if (name.length < 10) return false;
  const row = squeeze(text);
  if ((row.match(/\d/g)?.length ?? 0) < 4) return false;
  return prefixEdits(name, row) <= Math.floor(name.length / 5);
}

/** A postcode of three and two figures before its town, as Swedish, Czech, Slovak and Greek addresses write it ("118 49 Stockholm"). */
const SPACED_POSTCODE = onFirstUse(() => /\p{L}{2}.*\s\d{3}\s\d{2}\s+\p{Lu}\p{L}{2}/u);

/** Words, then a postcode and a town: a whole address on one row. */
const ONE_ROW_ADDRESS = onFirstUse(() => /\p{L}{2}.*\s(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{L}{3}/u);

/** A word, a number word and the number: a cell that labels its own figure ("ARVE nr 2025-214", "Invoice No. 4471"). */
const OWN_LABEL_NUMBER = onFirstUse(() => /^\p{L}{3,}\.?\s+(?:nr|no|n[°º]|number|nummer|num[ée]ro|br|č|št)\.?\s*:?\s*[\p{L}\d][\w\-/.]*\d/iu);

/** A code in a cell of its own: capitals and digits in one token ("X7K2PQ", "BC-KD-2025-031"). */
const CODE_CELL = /^(?=[A-Z\-/.]*\d)[A-Z0-9][A-Z0-9\-/.]{3,}$/;
/** A number printed in groups of digits: "22 318", "430 0217". */
const GROUPED_DIGITS = /^\d[\d ]{3,}$/;

/**
 * Whether a cell with a value beside it is a row of an info table at the right: up its column, rows of a label and
 * a value each, one right under the other, reach a row whose value is a figure or a date ("Σειρά | Β", "Αριθμός |
 * 1187", "Ημερομηνία | 18/11/2025" over "Τρόπος | Κατάθεση σε" / "πληρωμής | λογαριασμό"): a payment term's words
 * there are that table's, no name of an addressee, whatever its label's language.
 */
function infoTableRow(page1: readonly Line[], line: Line, cell: Segment): boolean {
  let below = line;
  for (let k = page1.indexOf(line) - 1; k >= 0; k--) {
    const up = page1[k];
    if (up.page !== line.page || below.y - up.y2 > 2 * below.height) return false;
    const label = up.segments.findIndex((s) => Math.abs(s.x - cell.x) < 2);
    const value = label >= 0 ? up.segments[label + 1] : undefined;
    if (!value) return false;
    if (isFigures(value.text) || findDate(value.text)) return true;
    below = up;
  }
  return false;
}

/** A cell of figures: as many digits as letters or more ("204", "10012345678", "12 Dec 2024 - 10 Feb 2025"). */
function isFigures(text: string): boolean {
  return /\d/.test(text) && (text.match(/\d/g)?.length ?? 0) >= (text.match(/\p{L}/gu)?.length ?? 0);
}

/**
 * A town line, a street line, a British postcode alone ("NE1 5JE"), a row mostly of figures or a code alone
 * (a tax code wrapped under its label, "C.F." over "BSSMRC78C14F257X"): what opens an address block whose
 * name was not read.
 */
function noName(row: string): boolean {
  return POSTAL_LINE().test(row) || STREET_LINE().test(row) || UK_POSTCODE_ROW.test(row) || UK_TOWN_LINE.test(row.trim()) || EIRCODE_TOWN_LINE.test(row.trim()) || CODE_CELL.test(row.trim()) || (row.match(/\d/g)?.length ?? 0) >= (row.match(/\p{L}/gu)?.length ?? 0);
}

const UK_POSTCODE_ROW = /^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/;
/** A town and its British postcode ending a row ("Leeds LS12 6AB"). */
const UK_TOWN_LINE = /^\p{L}[\p{L} .'-]*\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/u;
/** A town and its Irish Eircode, a routing key and four signs ("Galway H91 P2T8", "Dublin 6 D6W XY12"). */
const EIRCODE_TOWN_LINE = /^\p{L}[\p{L}\d .'-]*\s(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s[0-9AC-FHKNPRTV-Y]{4}$/u;

/** The text up to the end of its first company form ("Amazon Web Services, Inc. All rights …" → "Amazon Web Services, Inc."), or null. */
export function companyPrefix(text: string): string | null {
  const m = COMPANY_FORMS_ALL.exec(text);
  COMPANY_FORMS_ALL.lastIndex = 0;
  if (!m) return null;
  // A form's stop that OCR ran into the text after it ("Interiors, Inc.8200 N MoPac Expy": the space
  // lost) is the form's, as it is before a space: the match stopped short of it only for the digit.
  let end = m.index + m[0].length;
  if (text[end] === '.' && COMPANY.exec(`${m[0]}.`)?.[0] === `${m[0]}.`) end++;
  // A limited partnership's form runs on past its partner's ("GmbH & Co. KG").
  end += text.slice(end).match(/^\s*&\s*Co\.?\s*(?:KG(?:aA)?|OHG)\b/)?.[0].length ?? 0;
  const prefix = text.slice(0, end).trim();
  return namesCompany(prefix) ? prefix : null;
}

/**
 * What a legal line says of the company after its name: its capital, its registration ("SARL Papeterie
 * Martin & Cie au capital de 20 000 €", "… Ltd, registered in …"). No part of the name.
 */
const LEGAL_TAIL = onFirstUse(() => /,?\s+(?:au\s+capital\b|capital\s+social\b|with\s+(?:a\s+)?share\s+capital\b|mit\s+(?:einem\s+)?(?:stamm|grund)kapital\b|con\s+capital\b|com\s+(?:o\s+)?capital\b|met\s+(?:een\s+)?kapitaal\b|inscrit[ea]?\b|immatricul\p{L}*|RCS\b|SIRE[NT]\b).*$/iu);

/**
 * Words saying a brand is a company's trade name: "a trading name of", "een handelsnaam van", "eine Marke der", "une marque de";
 * or its service, a subscription's publisher: "un service édité par", "a service provided by", "ein Angebot der".
 */
const TRADE_NAME_OF = String.raw`(?:un\s+service\s+(?:[ée]dit[ée]|propos[ée]|fourni|exploit[ée])\s+par|a\s+service\s+(?:of|(?:provided|operated)\s+by)|ein(?:e)?\s+(?:angebot|dienst|service|produkt)\s+(?:der|des|von)|een\s+(?:dienst|product)\s+van|a\s+trading\s+(?:name|style)\s+of|een\s+handelsnaam\s+van|eine\s+(?:handels)?marke\s+(?:der|des|von)|une\s+marque\s+(?:de|du|d['’])|un\s+nom\s+commercial\s+(?:de|du|d['’])|una\s+marca\s+(?:de|del)|un\s+marchio\s+(?:di|del))`;

/** A copyright's mark and year before the holder's name: "© 2025", "(c) 2019-2025", "Copyright". */
const COPYRIGHT_LEAD = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*-\s*\d{4})?\s*)?/i;

/** Sentences that name the issuer: who cheques are payable to, who is registered, whose copyright. */
const ISSUER_SENTENCES = [
  /\bpayable\s+to\s*:?\s*(.+)$/i,
  new RegExp(`(?<!\\p{L})${TRADE_NAME_OF}\\s*(.+)$`, 'iu'),
  /^(.+?),?\s+(?:is\s+(?:a\s+company\s+)?)?registered\s+in\b/i,
  new RegExp(`${COPYRIGHT_LEAD.source}(.+)$`, 'i'),
  /^(.+?),?\s+registered\s+office\b/i,
];

/** The brand an operator sentence's opening words name: "Shannonside Energy is a trading name of" → "shannonsideenergy". */
const brandSaid = (opening: string): string => squeeze(opening.replace(/\s(?:is|ist|wird|est|es|è)\s[\s\S]*$/i, ''));

/**
 * Whether a sentence of the page says the brand the page opens with is the issuer's: "ParkWise is a trading name of PW
 * Car Park Services Ltd", "Northern Data Summit is organised by Threadneedle Events Limited" under "Northern Data Summit 2026".
 */
function brandOf(lines: readonly Line[], opening: string, issuer: string): boolean {
  const [brand, company] = [squeeze(opening), squeeze(issuer)];
  return lines.some((l) => {
    const m = l.text.trim().match(OPERATOR());
    const said = m ? brandSaid(m[0]) : '';
    return said.length >= 4 && brand.startsWith(said) && squeeze(l.text.trim().slice(m![0].length)).startsWith(company);
  });
}

/**
 * The company a sentence of the page names as the one behind `logo`, a brand without a company form: "Shannonside
 * Energy is a trading name of Shannonside Gas Supply DAC" under "shannonside energy". The sentence may follow another
 * on its row ("Gas emergency: 1800 20 50 50 (…). Shannonside Energy is …"), or wrap (operatorWrapped).
 */
function brandsCompany(lines: readonly Line[], logo: string): string | null {
  const brand = squeeze(logo);
  if (brand.length < 4 || namesCompany(logo)) return null;
  for (const l of lines) {
    if (!/\s(?:is|ist|wird|est|es|è)\s/i.test(l.text)) continue;
    for (const sentence of operatorWrapped(lines, l).trim().split(/(?<=[.)])\s+(?=\p{Lu})/u)) {
      const m = sentence.match(OPERATOR());
      const said = m ? brandSaid(m[0]) : '';
      const company = m && said === brand ? companyPrefix(sentence.slice(m[0].length)) : null;
      if (company && namesCompany(company)) return cleanName(company);
    }
  }
  return null;
}

/** The company a sentence names as the issuer, or null. */
function namedAsIssuer(text: string): string | null {
  for (const re of ISSUER_SENTENCES) {
    const m = text.trim().match(re);
    // The name is the last part of a footer's line before the sentence: "PDF generated on … · Acme Ltd, registered in …".
    // (The copyright's mark and year are no part of it: "© 2025 Acme Ltd · Registered in England …".)
    const name = m ? companyPrefix(m[1])?.split(SEPARATORS).filter((p) => p.trim()).at(-1)?.trim().replace(COPYRIGHT_LEAD, '') : null;
    // So is a sentence before it, ended by its stop: "Terms: 30 days. Inkwell Press Ltd, registered in …" (not a
    // form's stop, "Smith Bros. Ltd": what follows it names a company of more than its form).
    const after = name?.split(/(?<=[\p{Ll}\d]{2})\.\s+(?=\p{Lu})/u).at(-1);
    // (Without the brand's words a sentence may open with: "Northern Data Summit is organised by Acme Events Ltd, registered in …".)
    if (after && after !== name && namesCompany(after) && after.trim().split(/\s+/).length >= 2) return cleanName(after).replace(OPERATOR(), '');
    if (name) return cleanName(name).replace(OPERATOR(), '');
  }
  return null;
}

/**
 * "Operated by …", "A unit of …", "Hostbaas is een handelsnaam van …", "… is organised by …": the company behind a brand's letterhead,
 * without the words (and the brand the sentence opens with).
 */
const OPERATOR = onFirstUse(() => new RegExp(`^(?:(?:operated|managed|owned|run)\\s+by|(?:explotad[oa]|gestionad[oa])\\s+por|(?:exploit[ée]e?|g[ée]r[ée]e?)\\s+par|gestit[oa]\\s+da|betrieben\\s+von|ge[ëe]xploiteerd\\s+door|an?\\s+(?:unit|division|brand)\\s+of|[^,:]{1,40}?\\s(?:is|ist|wird|est|es|è)\\s+(?:${TRADE_NAME_OF}|${RUN_BY}))\\s+`, 'i'));

/**
 * A row of a sentence that names the company behind a brand, with the row under it when the sentence wraps before
 * the company is named: "Kestrel Business is a trading" over "name of Kestrel Telecom Ltd. Registered …", or
 * "… is a trading name of Kestrel" over "Telecom Ltd. …", as a narrow footer or a scan's rows cut it. The row
 * alone then reads as a company of its own ("… a trading") or as a name without its form.
 */
function operatorWrapped(lines: readonly Line[], l: Line): string {
  const next = lines[lines.indexOf(l) + 1];
  if (!next || next.page !== l.page || next.y - l.y2 > l.height || Math.abs(next.segments[0]!.x - l.segments[0]!.x) > 2) return l.text;
  const row = l.text.trim();
  const joined = `${row} ${next.text.trim()}`;
  const alone = row.match(OPERATOR());
  return OPERATOR().test(joined) && (!alone || !namesCompany(row.slice(alone[0].length))) ? joined : l.text;
}

/** Words saying who runs a brand's event or venue: "(Northern Data Summit is) organised by", "(… est) organisé par". */
const RUN_BY = String.raw`(?:(?:organi[sz]ed|operated|managed|owned|run|hosted|published)\s+by|(?:organis|exploit)[ée]e?\s+par|organizad[oa]\s+por|georganiseerd\s+door|organizzat[oa]\s+da|(?:betrieben|veranstaltet)\s+von)`;

/** A house number and a street, as English-speaking countries write it ("14 Beach Rd", "2201 Elm St", "1180 Industrial Pkwy, Suite B"). */
const STREET_LINE = onFirstUse(() => /^\d+[A-Za-z]?(?:[-/]\d+)?,?\s+\p{L}[\p{L}' ]*\b(?:st|street|rd|road|ave|avenue|lane|ln|dr|drive|blvd|way|place|pl|court|ct|parade|crescent|close|terrace|highway|hwy|pkwy|parkway|cir|circle|sq|square|trl|trail)\.?(?:,?\s+(?:suite|ste\.?|unit|apt\.?|#)\s*\w+)?$/iu);

/** A postcode and a town: "69001 Lyon", "D-07545 GERA", an Italian one with its province's code ("61121 Pesaro (PU)"); "SW1A 1AA London" is not matched (a name may start so). */
const POSTAL_LINE = onFirstUse(() => /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{L}[\p{L} .'-]*(?:\s\([A-Z]{2}\))?$/u);

/**
 * The name set in larger print on the line right above `line` and over it, without figures: a
 * letterhead's name over its second row. Null when there is none. (A line of another column between
 * them, the info block's "N° SIT-2026-041" beside the name, is passed over: it stands over none of
 * `line`'s cells.)
 */
function letterheadAbove(page1: readonly Line[], line: Line, formBelow = false): { line: Line; seg: Segment } | null {
  // (The sender line's own run of cells, not a column's beside it on the same row: "Niederlassung Bremen · …" beside an
  // agency's "Erlaubnis zur Arbeitnehmerüberlassung", whose row above, an e-mail address, stands beside the run only.)
  const end = line.segments.findIndex((s, k) => k > 0 && s.x - line.segments[k - 1].x2 >= 15);
  const run = end > 0 ? line.segments.slice(0, end) : line.segments;
  const body = Math.max(...run.map((s) => s.height));
  const left = Math.min(...run.map((s) => s.x));
  const right = Math.max(...run.map((s) => s.x2));
  const i = page1.indexOf(line);
  const besideOnly = (l: Line | undefined) => !!l && l.page === line.page && l.segments.every((s) => s.x >= right || s.x2 <= left);
  const above = besideOnly(page1[i - 1]) ? page1[i - 2] : page1[i - 1];
  if (!above || above.page !== line.page || line.y - above.y2 > line.height * 1.5) return null;
  // Words, perhaps with a year ("Turn- und Sportverein Eichenau 1921 e.V."), not an address line.
  const wordy = (t: string) => (t.match(/\p{L}/gu)?.length ?? 0) >= 4 * (t.match(/\d/g)?.length ?? 0);
  // (A name with its company form needs less of a larger print: "Papier-Union Nord GmbH & Co. KG" set a size
  // above its sender line, "Großhandel für Bürobedarf · Billbrookdeich 216 · …", whose trade opens it; so does
  // a name whose form opens the line under it, "SAS · 22 place du Marché · …".)
  const head = above.segments.find((s) => s.height > body * (formBelow || namesCompany(s.text) ? 1.15 : 1.3) && s.x < right && s.x2 > left && wordy(s.text) && /\p{L}{2}/u.test(s.text) && !TITLE.test(s.text.trim()));
  return head ? { line: above, seg: head } : null;
}

/**
 * A sender line's parts with a name that holds a spaced dash set whole again: "Dentisorriso – Serviços
 * Médico-Dentários, Lda. · Rua da Ribeira 41 · …" is cut at the dash as at each separator, and its first part, a
 * brand's word without the company form, lost the name to a letterhead's larger print over it. The part after
 * the dash ends in a company form and neither holds a figure, as an address's parts do: one name. (A line whose
 * separator is the dash itself, "Müller GmbH – Hauptstraße 3 – …", keeps its parts: its first ends the name.)
 */
function withDashedName(text: string, parts: string[]): string[] {
  const [first, second] = parts;
  if (parts.length < 3 || namesCompany(first) || ![second, second.replace(/[.,]$/, '')].some(endsInCompanyForm) || /\d/.test(first + second)) return parts;
  const joined = text.slice(text.indexOf(first), text.indexOf(second, text.indexOf(first) + first.length) + second.length);
  return /^[^·•|●]*$/.test(joined) && /\s[-–—]\s/.test(joined) ? [joined, ...parts.slice(2)] : parts;
}

/**
 * A letterhead in larger print set apart from the sender line (at the top right, the sender line over the window
 * at the left) whose own rows give the sender line's street, under another name: "Zahnarztpraxis am Schlossgarten"
 * over "Dr. med. dent. Katrin Ebeling" over "Schlossstraße 4 · …", the sender line "Zahnarztpraxis Dr. Ebeling ·
 * Schlossstraße 4 · …". One address, two names, neither holding the other: which one the seller goes by is for a
 * person to say. (A sender line's name with its company form is the legal one, as under a brand's letterhead.)
 */
function letterheadOverSameStreet(page1: readonly Line[], sender: Line, name: string, street: string | undefined): { doubt?: string } {
  if (!street || !/\d/.test(street) || namesCompany(name)) return {};
  const body = Math.max(...sender.segments.map((s) => s.height));
  const left = Math.min(...sender.segments.map((s) => s.x));
  const right = Math.max(...sender.segments.map((s) => s.x2));
  const key = (t: string) => squeeze(withoutCompanyForm(t));
  const above = page1.filter((o) => o.page === sender.page && o.y < sender.y);
  for (const [k, l] of above.entries()) {
    const head = l.segments.find((s) => s.height > body * 1.3 && (s.x >= right || s.x2 <= left) && !/\d/.test(s.text) && /\p{L}{3}/u.test(s.text) && !TITLE.test(s.text.trim()));
    if (!head) continue;
    // (Its first row in larger print names it: the rows under it may be its owner's or its trade's, "Inh. Jörg
    // Krämer, Fliesenlegermeister" under "Fliesen Krämer".)
    if (key(head.text).includes(key(name)) || key(name).includes(key(head.text))) return {};
    // (Its street on one of its own rows under it, in its column.)
    const own = above.slice(k + 1, k + 4).some((r) => r.y - l.y < 15 && r.segments.some((c) => c.x2 > head.x && c.x < head.x2 && squeeze(c.text).includes(squeeze(street))));
    return own ? { doubt: `the sender line names "${name}", the letterhead over the same street "${head.text.trim()}"` } : {};
  }
  return {};
}

/** A payment slip's label of the payer, as the Swiss QR-bill prints it in its four languages. */
const PAYER_LABEL = /^(?:zahlbar\s+durch|payable\s+by|payable\s+par|pagabile\s+da)(?:\s*\([^)]*\))?$/i;

/** Words that name whom the payment goes to: the account's holder, the payee of a cheque (the Indonesian "a.n.", atas nama). */
const PAYEE = /(?:\bt\.\s?n\.\s?v\.?|\ba\.\s?n\.|\batas\s+nama|\bten\s+name\s+van|\baccount\s+(?:name|holder)|\bkontoinhaber(?:in)?|\bb[ée]n[ée]ficiaire|\btitulaire(?:\s+du\s+compte)?|\ba\s+favor\s+de|\bintestat[oa]\s+a|\b(?:payable|cheques?|checks?)\s+(?:payable\s+|made\s+out\s+)?to)\s*:?\s*/gi;
/** The payee's words opening a line: what follows is the holder's name. */
const PAYEE_LEAD = new RegExp(`^\\s*(?:${PAYEE.source})`, 'i');

/**
 * The payee named with more words than the name, other than a company form ("payable to Blue Heron
 * Landscaping" for a logo's "Blue Heron"): a longer name, which the shorter one does not confirm.
 */
function namesMore(rest: string, name: string): boolean {
  const payee = rest.split(/\n|\s{2,}|[.,;](?:\s|$)/)[0].trim().split(/\s+/);
  const extra = payee.slice(name.trim().split(/\s+/).length);
  return extra.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !COMPANY_FORM.test(w));
}

/**
 * Whether the payee is a person (`rest`: the text after the payee's words) whose trade the name is: a sole
 * trader's letterhead names the business by the owner's surname ("Lotte Visser Fotografie", "ASHWORTH SOUND"),
 * the bank line the owner ("t.n.v. L. Visser", "Account name: Tom Ashworth"). The surname a word of the name,
 * the given name or its initial the word before it when the name has one: the account is the issuer's.
 */
function ownersTrade(rest: string, name: string): boolean {
  const person = PERSON_PAYEE().exec(rest.split(/\n|\s{2,}|[,;](?:\s|$)|\s[·•|]\s/)[0]!.trim());
  if (!person) return false;
  const [given, surname] = [person[1]!, person[2]!.toLowerCase()];
  const words = name.toLowerCase().split(/[\s,]+/);
  const at = words.indexOf(surname);
  return at >= 0 && (at === 0 || words[at - 1]![0] === given[0]!.toLowerCase());
}
/**
 * A person's name: a given name or its initial, and a surname of four letters or more, then no other name's
 * word ("L. Visser o.v.v. het factuurnummer"; not "Tom Ashworth Sound Ltd", a company).
 */
const PERSON_PAYEE = onFirstUse(() => /^(\p{Lu}\p{Ll}+|\p{Lu}\.)\s?(\p{Lu}\p{Ll}{3,})(?=$|[\s.,;:]+(?:[\p{Ll}\d]|$))/u);

/**
 * Whether the page addresses its letter to someone by a form of address alone on its row ("Spett.le",
 * "Firma", "Messrs") over another name than the seller's: that block is set apart from the letterhead as a
 * buyer's label sets it.
 */
export function addressedApart(page1: readonly Line[], sellerName: string): boolean {
  const key = squeeze(sellerName);
  return page1.some((l, i) => l.segments.some((s) => SALUTATION.test(s.text.trim())
    && !!page1[i + 1]?.segments.some((n) => Math.abs(n.x - s.x) < 1.5 && !squeeze(n.text).startsWith(key))));
}

/**
 * The row under a logo that opens the page and names no company ("CUISINES LAVERGNE"), in the logo's
 * column, starting with the logo's words ("Cuisines Lavergne SAS", perhaps run on into its address where
 * OCR joined the row), when the seller read is another name: the logo's company is likely the seller, and
 * the name read is in doubt. Null when there is no such row or the seller read is the logo's.
 */
export function logoHeadsOther(page1: readonly Line[], sellerName: string): string | null {
  const logo = logoOver(page1);
  if (!logo || squeeze(sellerName).startsWith(logo.key)) return null;
  // (A company's row, not a title's next words: "Invoice" over "Invoice number 8C1F2A9E".)
  const row = logo.under.segments.find((c) => Math.abs(c.x - logo.x) < 1.5 && squeeze(c.text).startsWith(logo.key) && namesCompany(c.text));
  // (A row saying whose trade name the logo is, "Hostbaas is een handelsnaam van Baasweb B.V.", names the seller read.)
  return row && squeeze(cleanName(row.text).replace(OPERATOR(), '')) !== squeeze(sellerName) ? row.text.trim() : null;
}

/**
 * The words of a logo that opens the page and names no company ("CUISINES LAVERGNE"), squeezed, where it
 * starts, and the row right under it, where its company's legal name is printed.
 */
function logoOver(page1: readonly Line[]): { key: string; x: number; under: Line } | null {
  const opening = page1[0]?.segments[0];
  const key = opening && !namesCompany(opening.text) ? squeeze(opening.text) : '';
  const under = key.length >= 6 ? page1[1] : undefined;
  return under && under.y - page1[0].y2 < 2 * under.height ? { key, x: opening!.x, under } : null;
}

/**
 * The logo's company on the row under it: the name ending with its form, the logo's words before it ("CUISINES
 * LAVERGNE" over "Cuisines Lavergne SAS"), or a sender line written with commas opening with the name whose words
 * open the logo, the rest of the logo a tagline ("SWIFTLANE express freight" over "Swiftlane Express Ltd, Heathrow
 * Cargo Centre, …").
 */
function namesLogo(text: string, key: string): boolean {
  if (endsInCompanyForm(text) && squeeze(withoutCompanyForm(text)).startsWith(key)) return true;
  const name = text.split(/,\s+/)[0]!;
  const own = squeeze(withoutCompanyForm(name));
  return name.length < text.trim().length && endsInCompanyForm(name) && own.length >= 6 && key.startsWith(own);
}

/** A sender line written with commas, its name first with its form ("Swiftlane Express Ltd, Heathrow Cargo Centre, …"). */
const commaSenderLine = (text: string) => { const [name, ...rest] = text.split(/,\s+/); return rest.length > 0 && endsInCompanyForm(name!); };

/** Why a letterhead's name that confirmedSeller does not confirm is a guess. */
export const UNCONFIRMED_SELLER = 'no label or company form names the seller';

/**
 * A seller's name read without a label or a company form, that the page confirms as the issuer's: it is
 * the payee of the bank account ("t.n.v. Studio Vermeer", "Account name: …"), the row under it gives its
 * company form ("SARL au capital de …"), or its letterhead's e-mail
 * or web address spells two or more of its words ("dave@hughesplumbing.example" under "Dave Hughes
 * Plumbing & Heating"). A buyer's name is neither.
 * So is a letterhead whose rows give a registration ("UID: ATU12345678", "KvK 81234567", "ABN 62 118
 * 427 903", a VAT id) on a page that labels the buyer's block apart from it (`buyerLabelled`): the
 * issuer prints its own there, and the addressee's block is the labelled one. And a name that opens a
 * row going on with a whole address: the sender line over the address window ("Lena Hoffmann
 * Schilerstrae 7 04109 Leipig", its separators lost on a scan). A scan often loses the footer or the
 * payment line in small print that confirms the name otherwise.
 */
export function confirmedSeller(text: string, { name, address, registered }: FoundParty & { name: string }, buyerLabelled: boolean): boolean {
  // (The text after each payee word compared, letters and digits only: no pattern made for the name.)
  const key = squeeze(name);
  for (const m of text.matchAll(PAYEE)) {
    const rest = text.slice(m.index! + m[0].length);
    const after = squeeze(rest.slice(0, name.length + 8));
    if (key.length >= 4 && after.startsWith(key) && !namesMore(rest, name)) return true;
    if (ownersTrade(rest, name)) return true;
  }
  // The letterhead's next row gives the form the name is of ("Maçonnerie Lefèvre & Fils" over "SARL au
  // capital de 20 000 €"), or opens with it before the street's number, its separator a scan read as a stop,
  // lost or set against the form ("SAS · 22 place du Marché" read "SAS. 22 place du Marche", "SARL· 3 chemin").
  const next = address?.split(/,\s+/)[0] ?? '';
  if (COMPANY_FORM.test(next.replace(LEGAL_TAIL(), '').trim())) return true;
  if (/^\S+\s+\d/.test(next) && COMPANY_FORM.test(next.split(/\s/)[0]!.replace(/[·•]$/, ''))) return true;
  // (A party's label taken for the name, "Vendeur" over the seller's block, names no one.)
  if (buyerLabelled && registered && !SELLER_LABELS.test(name.trim())) return true;
  // (A scan loses the space after a comma in small print: "Postboks 7050,5020 Bergen".)
  const spacedComma = (row: string) => row.replace(/,(?=\d{4,5}\s)/g, ', ');
  if (text.split('\n').some((row) => { const rest = afterSpelling(row.trim(), name); return rest !== undefined && STREET_FIRST().test(rest) && (ONE_ROW_ADDRESS().test(spacedComma(row)) || STATE_ZIP().test(row) || SPACED_POSTCODE().test(rest)); })) return true;
  const words = name.split(/\s+/).map(bareKey).filter(Boolean);
  const runs = new Set(words.flatMap((_, i) => words.slice(i + 1).map((__, k) => words.slice(i, i + k + 2).join(''))));
  for (const m of (address ?? '').matchAll(/[\w.+-]+@([\w-]+)\.|\b(?:www\.|https?:\/\/)([\w-]+)\./gi)) {
    const label = bareKey(m[1] ?? m[2]);
    if (label.length >= 6 && runs.has(label)) return true;
  }
  return false;
}

/**
 * The rest of a row that opens with a name's letters and digits in its order, whatever the case, spaces, hyphens or
 * stops between them ("Estrich-und Fliesenbau Gerhardt Gewerbering 14" for "Estrich- und Fliesenbau Gerhardt": a
 * scan loses a space beside a hyphen); undefined when the row opens otherwise or goes on inside a word.
 */
function afterSpelling(row: string, name: string): string | undefined {
  const key = squeeze(name);
  let at = 0;
  for (let k = 0; k < key.length; at++) {
    if (at >= row.length) return undefined;
    const c = row[at]!.toLowerCase();
    if (c === key[k]) k++;
    else if (/[\p{L}\p{N}]/u.test(c)) return undefined;
  }
  // (The stop a name ends with, "Inc.", is the name's.)
  const stop = /[^\p{L}\p{N}\s]*$/u.exec(name.trim())![0];
  const rest = row.slice(at).startsWith(stop) ? row.slice(at + stop.length) : row.slice(at);
  return key && !/^[\p{L}\p{N}]/u.test(rest) ? rest : undefined;
}

/** The text of a line's cells in the left half of the page (as the window's side is told apart), its first in any case. */
function ownRun(l: Line): string {
  return l.segments.filter((s, k) => k === 0 || s.x < 100).map((s) => s.text).join(' ');
}

/** The seller: a label, a sender line, or the letterhead (not a line of the buyer's block). */
export function findSeller(lines: readonly Line[], page1: readonly Line[], buyerLines: readonly Line[], buyerX?: number): FoundParty {
  const end = slipStart(lines);
  for (let i = 0; i < end; i++) {
    const seg = lines[i].segments[0];
    const m = seg?.text.match(SELLER_LABELS);
    const soldBy = seg?.text.trim().match(SOLD_BY());
    if (soldBy && namesCompany(soldBy[1])) return named(cleanName(soldBy[1]));
    if (!m) continue;
    if (m[1] && !/^\d/.test(m[1])) {
      // "Abs.: Acme GmbH, Europa-Allee 1, 60486 Frankfurt": the name, then its address.
      const parts = m[1].split(/,\s+|\s[-|●•·]\s/).map(cleanText).filter(Boolean);
      if (parts.length >= 2 && parts.slice(1).some((p) => /\d/.test(p))) return { name: cleanName(parts[0]), ...details([parts.slice(1).join(', ')]) };
      return named(cleanName(inlineWrap(lines, i, seg, m[1])));
    }
    const head = besideLabelHead(lines, i, seg);
    if (head) return named(head);
    const block = blockBelow(lines, i, seg.x);
    const beside = valueBeside(lines[i], seg);
    if (beside && labelUnder(lines, i, seg)) return named(beside);
    // A row of an info table, its value beside it and the next field's label and value under them ("Verkäufer |
    // Ing. Markus Huber" over "Leistungszeitraum | 03.11.–14.11.2025"): a salesperson, unless a company.
    const valueX = lines[i].segments[lines[i].segments.indexOf(seg) + 1]?.x;
    const tableRow = beside && block[0]?.cell && block[0].line.segments.some((c) => c.x > block[0].cell!.x2 && Math.abs(c.x - valueX!) < 2);
    if (tableRow) {
      if (!namesCompany(beside)) continue;
      return named(beside);
    }
    if (block.length) return fromBlock(block);
    if (beside) return named(beside);
  }
  // A seller's label alone in a later cell of its line ("Bill To | From" over two blocks): its block, when
  // it names a company (a "From" column of a table of dates names none).
  for (let i = 0; i < end; i++) {
    for (const seg of lines[i].segments.slice(1)) {
      // "Invoiced To | Pay To" over two blocks (a hosting provider's billing system): the payee's is the seller's.
      const m = seg.text.match(SELLER_LABELS) ?? seg.text.trim().match(/^pay\s+to\s*:?$/i);
      if (!m) continue;
      // (Or the name after it in its cell, "Получател: Родопа Мебел ООД | Доставчик: Балкан Софтуер ЕООД",
      // when it names a company, wrapped or not: "Доставчик: Тракия Офис" over "Консумативи ЕООД".)
      if (m[1]) {
        const name = inlineWrap(lines, i, seg, m[1]);
        if (namesCompany(name)) return named(cleanName(name));
        continue;
      }
      const block = blockBelow(lines, i, seg.x);
      const found = block.length ? fromBlock(block) : null;
      if (found?.name && namesCompany(found.name)) return found;
    }
  }
  // A logo without a company form that a sentence of the page says is a company's trade name ("shannonside energy",
  // the last page's "… Gas Networks Ireland). Shannonside Energy is a trading name of Shannonside Gas Supply DAC,"):
  // that company is the seller, whatever company the top's blocks name (a customer's block set high, beside the
  // bill's grid of account and bill numbers, above the window).
  const branded = brandsCompany(lines, page1[0]?.segments[0]?.text.trim() ?? '');
  if (branded) return named(branded);
  const top = page1.filter((l) => l.y < (page1[0]?.y ?? 0) + 80 && !buyerLines.includes(l));
  // The consignee's block ("Consignee (Ship to)" over a branch's name and address) is a party's, not the letterhead:
  // on a page that labels the buyer apart, it is no buyer's either.
  const consignee = page1.flatMap((l, i) => l.segments.filter((s) => CONSIGNEE_LABEL.test(s.text.trim())).flatMap((s) => blockBelow(page1, i, s.x).map((r) => ({ line: r.line, x: s.x }))));
  const shippedTo = (l: Line, s: Segment) => consignee.some((c) => c.line === l && Math.abs(c.x - s.x) < 2);
  // The buyer's block is no letterhead, but a column left of it on its lines may be ("Brightloop Software"
  // / "Limited" beside "Bill to" / "Kerrigan & Walsh Architects").
  const besideBuyer = (l: Line) => (buyerX === undefined ? [] : l.segments.filter((s) => s.x2 < buyerX - 2));
  const topWithBuyer = page1.filter((l) => l.y < (page1[0]?.y ?? 0) + 80 && (!buyerLines.includes(l) || besideBuyer(l).length));
  // The footer's company line ("Acme GmbH · Street 1 · Geschäftsführer … · HRB 123").
  // (Not the payer's name under a payment slip's "Zahlbar durch" / "Payable by", the QR-bill's payment part: the buyer's.)
  const underPayer = (l: Line) => {
    const above = lines[lines.indexOf(l) - 1];
    return !!above && above.page === l.page && l.y - above.y2 < l.height && above.segments.some((a) => PAYER_LABEL.test(a.text.trim()) && l.segments.some((c) => Math.abs(c.x - a.x) < 2));
  };
  const bottom = page1.filter((l) => l.y > (page1.at(-1)?.y ?? 0) - 25 && l.y > (page1[0]?.y ?? 0) + 80 && !underPayer(l));
  // (Of a footer set in columns, "Brugwerk Installatietechniek B.V. | T 033 … | KvK …", its first cell.)
  // (Of a bank's line naming the account's holder, "Account name: Halden Audio Systems Ltd", the holder. Of a sentence
  // naming the brand's company, "Planifia est un service édité par Horizon Logiciels SAS", the company.)
  const companyLine = (l: Line) => (l.segments.length > 1 ? l.segments[0].text : operatorWrapped(lines, l)).split(SEPARATORS)[0].replace(LEGAL_TAIL(), '').replace(PAYEE_LEAD, '').replace(OPERATOR(), '').trim();
  // A document of several pages may print its footer on its last page only: there, a company line of
  // three parts or more ("Acme Cloud, Inc. · 2200 Alaskan Way, Seattle · Federal Tax ID …").
  // (Its rows at the foot, as the first page's: a legal line of two rows or three, "Acme SAS au capital de … · RCS …"
  // over "intracommunautaire FR … · Pénalités …" over ": 40 €.", opens above the last two.)
  const lastPage = lines.filter((l) => l.page === lines.at(-1)!.page && l.page !== page1[0]?.page);
  const last = lastPage.filter((l, i) => i >= lastPage.length - 2 || l.y > lastPage.at(-1)!.y - 25).filter((l) => l.text.split(SEPARATORS).length >= 3);
  // (Or, without a company form, a sole trader's: a footer line of three parts or more opening with the
  // page's first word, a logo's, "FERRAMENTA" over "Ferramenta Bassi di Luca Bassi · Via Emilia Levante 140 · …".)
  const logo = squeeze(page1[0]?.segments[0]?.text ?? '');
  // (Not a sentence's row that names a company in passing, "transport by Spedizioni Bresciane S.r.l., CMR …":
  // its first word is in small letters.)
  const footer = [...bottom, ...last].map(companyLine).find((p) => namesCompany(p) && p.length < 60 && !BANK.test(p) && !/^\p{Ll}+\s/u.test(p))
    ?? (logo.length >= 4 ? bottom.filter((l) => l.text.split(SEPARATORS).length >= 3).map(companyLine).find((p) => squeeze(p).startsWith(logo) && p.length < 60 && !BANK.test(p)) : undefined);
  // A name without a company form ("Funkwerk Telekom", "Hotel Alpenrose") that the footer's company line
  // opens with ("Funkwerk Telekom Deutschland GmbH", "Hotel Alpenrose Gruber KG"): the company is the seller.
  // So is the company whose initials a short name with the same form is ("HGV AG" for "Hanseatische
  // Gewerbe-Versicherung AG").
  const legalName = (short: string) => {
    if (!footer) return payeeName(short);
    const full = cleanName(companyPrefix(footer) ?? footer);
    if (!namesCompany(short) && squeeze(short).length >= 4 && squeeze(footer).startsWith(squeeze(short))) return full;
    const [abbr, ...form] = short.trim().split(/\s+/);
    const words = full.split(/\s+/);
    const initials = words.slice(0, words.length - form.length).flatMap((w) => w.split('-')).map((w) => w[0]).join('');
    return form.length && /^\p{Lu}{2,5}$/u.test(abbr) && words.slice(-form.length).join(' ') === form.join(' ') && initials === abbr ? full : null;
  };
  // A sender line's name without a company form ("Klima Nord · Hafenweg 3 · …") over a footer whose company
  // line names another company ("Nordkälte Service GmbH"), neither holding the other: the brand may be the
  // company's or another's, which is for a person to say.
  const brandBesideFooter = (name: string): { doubt?: string } => {
    const company = footer && cleanName(companyPrefix(footer) ?? footer);
    const key = (t: string) => squeeze(withoutCompanyForm(t));
    if (!company || namesCompany(name) || key(company).includes(key(name)) || key(name).includes(key(company))) return {};
    return { doubt: `the sender line names "${name}", the footer "${company}"` };
  };
  // Without a footer's company line, the account's holder the bank line names ("… NL44 RABO 0123 4567 89 t.n.v.
  // Hostwerk Internetdiensten" over "B.V., onder vermelding …", "Account name: Halden Audio Ltd"), a company whose
  // name opens with the short one (a logo's word, "hostwerk"): that company is the seller.
  const payeeName = (short: string) => {
    const key = squeeze(short);
    if (namesCompany(short) || key.length < 4) return null;
    for (const [i, l] of lines.entries()) {
      const next = lines[i + 1]?.page === l.page ? lines[i + 1].text : '';
      for (const m of l.text.matchAll(PAYEE)) {
        const name = companyPrefix(`${l.text.slice(m.index + m[0].length)} ${next}`.trim());
        if (name && squeeze(name).startsWith(key) && name.length < 60) return cleanName(name);
      }
    }
    return null;
  };
  // Whether a name is written on another line of the page (its footer), spaces and case aside.
  // (Or on a line and the row set close under it, in the column its head starts: a remittance stub's payee, wrapped
  // in its narrow box too, "HARBORLINE CUSTOMS BROKERAGE," over "INC.", under "Make checks payable to".)
  const repeated = (name: string, own: readonly Line[]) => {
    const key = squeeze(name);
    const head = name.trim().split(/\s+/)[0].toLowerCase();
    const underIt = (o: Line) => {
      const next = lines[lines.indexOf(o) + 1];
      const at = o.segments.find((c) => c.text.toLowerCase().includes(head));
      if (!at || !next || own.includes(next) || next.page !== o.page || next.y - o.y2 >= o.height) return '';
      return next.segments.find((c) => Math.abs(c.x - at.x) < 1.5)?.text ?? '';
    };
    return lines.some((o) => !own.includes(o) && o.text.toLowerCase().includes(head) && (squeeze(o.text).includes(key) || squeeze(`${o.text} ${underIt(o)}`).includes(key)));
  };
  // A name wrapped over two rows that the page writes as one elsewhere (its footer): the row right above `s`, in
  // one print and column with it (a name in capitals in a cell wider than the rows show, "DISTRIBUCIONES
  // HOSTELERAS" over "DEL SUR, S.L."), or centred over it in larger print, as letterheads set a name's first words
  // ("P. McCARTHY & SONS" over "PLUMBING & HEATING LTD", the footer's "P. McCarthy & Sons Plumbing & Heating Ltd").
  const headRepeated = (l: Line, s: Segment): string | null => {
    const prev = lines[lines.indexOf(l) - 1];
    if (!prev || prev.page !== l.page || l.y - prev.y2 >= l.height) return null;
    const middle = (a: Segment) => (a.x + a.x2) / 2;
    const onePrint = (a: Segment) => Math.abs(a.height - s.height) < 0.5 && (Math.abs(a.x - s.x) < 1.5 || (Math.abs(a.x2 - s.x2) < 1.5 && a.x < s.x - 1.5));
    const centred = (a: Segment) => a.height > s.height + 0.5 && Math.abs(middle(a) - middle(s)) < 1.5;
    const a = prev.segments.find((c) => onePrint(c) || centred(c));
    return a && !/\d/.test(a.text) && !TITLE.test(a.text.trim()) && repeated(`${a.text} ${s.text}`, [l, prev]) ? a.text.trim() : null;
  };
  // A sender line: "Acme GmbH | Europa-Allee 1 | 60486 Frankfurt" or "Au bon moulin SARL - 1242 chemin …".
  for (const l of top) {
    // (An item's row is none, its amounts in cells of their own: "Serveur virtuel VPS-4 | 12.2025 – | 89.00 | 267.00";
    // nor a reference grid's, "CDE-2025- | BL00944 | 1" under "Bon de | Bon de | Page".)
    if (l.segments.filter((s) => AMOUNT_CELL.test(s.text.trim())).length >= 2 || underHeaderRow(page1, l, (s) => s.x >= 100)) continue;
    const parts = withDashedName(l.text, senderParts(l.text));
    // Its first part is the name: a street ("Unit 3, Canal Wharf, Leeds") opens a contact line instead.
    if (parts.length >= 3 && /\p{L}/u.test(parts[0]) && !/\d{2}[./]\d{2}/.test(parts[0]) && (!/\d/.test(parts[0]) || namesCompany(parts[0]))) {
      // A sender line gives an address: words alone ("Heizung · Sanitär · Lüftung") are the trade a
      // letterhead names under its name.
      // (The line's own run of text only: an info column's cell beside a tagline, "Date : 17/04/2025",
      // is no part of it.)
      // Nor is a founding year one ("Traiteur · Pâtisserie · depuis 1962").
      if (!senderParts(ownRun(l)).slice(1).some((p) => /\d/.test(p) && !FOUNDED.test(p.trim()))) continue;
      // Nor is a heading's period ("New charges - service period Nov 10 - Dec 9, 2025"): no sender line holds a date.
      if (findDate(ownRun(l))) continue;
      // Right under a name in larger print, the line is that letterhead's second row, opening with its
      // trade ("Malermester · Vesterbrogade 112 · …"): the larger name is the seller's.
      // A name with its company form opening the line is the seller's whatever stands above it: a
      // logo's word in larger print ("teleon" over "Teleon Belgium SA · Boulevard …") is a short form.
      // (Its first words may be on the row above it, the page writing the two as one elsewhere: headRepeated.)
      const over = letterheadAbove(page1, l, isFormOnly(parts[0]));
      const wrappedHead = over && headRepeated(over.line, over.seg);
      const head = over && (wrappedHead ? `${wrappedHead} ${over.seg.text.trim()}` : over.seg.text);
      // A line opening with a small-letter particle goes on with the larger name over it: a partnership's or a sole
      // trader's name set on two rows ("Ferramenta Lombarda" over "di Colombo Marco & C. s.a.s. · Via Lecco 118 · …").
      if (head && NAME_PARTICLE.test(parts[0])) return { name: cleanName(`${head.trim()} ${parts[0].trim()}`), ...details(parts.slice(1)) };
      // So does a company form alone opening the line: the larger name's form, set with the address under it
      // ("Librairie Le Chat Lettré" over "SAS · 22 place du Marché · 35000 Rennes").
      if (head && isFormOnly(parts[0])) return { name: cleanName(`${head.trim()} ${parts[0].trim()}`), ...details(parts.slice(1)) };
      if (head && (!namesCompany(parts[0]) || namesCompany(head))) return { name: legalName(head) ?? cleanName(head), ...details(parts.slice(1)) };
      // A name set on two rows, its trade and company form opening the address's row ("Immo-Treuhand Donaustadt" over
      // "Hausverwaltung GmbH · Wagramer Straße 94 · …"): the two rows are one name when the page prints them as one
      // elsewhere (its footer's "Immo-Treuhand Donaustadt Hausverwaltung GmbH").
      if (head && over && namesCompany(parts[0]) && repeated(`${head.trim()} ${parts[0].trim()}`, [l, over.line])) return { name: cleanName(`${head.trim()} ${parts[0].trim()}`), ...details(parts.slice(1)) };
      // A sender line may give the brand ("Funkwerk Telekom · Postfach …") where the footer gives the
      // company it is short for ("Funkwerk Telekom Deutschland GmbH"): the company is the seller.
      // (A brand's company under it says so, "operated by Powder Ridge Mountain Resort Ltd. · 4200 Ridge Rd · …": the
      // company, without the words.)
      const name = legalName(parts[0]) ?? cleanName(parts[0]).replace(OPERATOR(), '');
      const footerDoubt = brandBesideFooter(name);
      return { name, ...details(parts.slice(1)), ...(footerDoubt.doubt ? footerDoubt : letterheadOverSameStreet(page1, l, name, parts[1])) };
    }
  }
  // The footer's company line, for a page whose letterhead is a logo: the only company name in the top
  // is then the buyer's, in the address window.
  // The letterhead: the name, and its rows below it (address, phone, tax id) up to the buyer's block.
  const letterhead = (l: Line, s: Segment): FoundParty => {
    const below = blockBelow(lines, lines.indexOf(l), s.x, 3);
    const end = below.findIndex((r) => buyerLines.includes(r.line) || BUYER_LABELS.test(r.text) || SELLER_LABELS.test(r.text) || DELIVERY_LABEL.test(r.text.trim()));
    // A sender line (the name again, with its address) ends the letterhead: the rows under it are the
    // address window's ("Velowerk Bern GmbH, Lorrainestrasse 15, 3013 Bern" over "Kurierdienst Aare AG").
    const own = squeeze(s.text);
    const sender = below.findIndex((r) => own.length >= 4 && squeeze(r.text).startsWith(own) && /\d/.test(r.text));
    // Another company, sharing no word with the letterhead's name, opens the address window set close under
    // a logo and its tagline ("Fjordmat" / "catering · selskap" over "Havbris Eiendom AS").
    const ownWords = new Set(s.text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
    // (A name's row: no figure, unlike a Dutch town line whose postcode ends in a form's letters, "3812 AB Amersfoort".)
    const other = below.findIndex((r) => !/\d/.test(r.text) && namesCompany(r.text) && !(withoutCompanyForm(r.text).toLowerCase().match(/\p{L}{3,}/gu) ?? []).some((w) => ownWords.has(w)));
    // A row set apart from the letterhead's rows above it, by a blank taller than the row and well over the
    // blanks between them, opens another block: the address window's name under the letterhead's address
    // and its KvK/BTW row ("Industrieweg 17 · …" over "KvK … · BTW …", a blank, "Boekhandel De Zilvervis").
    // (The blanks between the column's rows under the name, its own rows of registration numbers counted: the
    // name's larger print sets its own blank apart.)
    const column = lines.slice(lines.indexOf(l) + 1).filter((o) => o.page === l.page && o.y <= (below.at(-1)?.line.y ?? -Infinity) && o.segments.some((c) => Math.abs(c.x - s.x) < 8));
    const blank = (m: number) => column[m].y - column[m - 1].y2;
    const apart = below.findIndex((r) => {
      const j = column.indexOf(r.line);
      if (j < 2) return false;
      const before = Math.max(...column.slice(1, j).map((_, m) => blank(m + 1)));
      return blank(j) > r.line.height && blank(j) > 2 * before + 1;
    });
    const last = Math.min(end < 0 ? below.length : end, sender < 0 ? below.length : sender + 1, other < 0 ? below.length : other, apart < 0 ? below.length : apart);
    const rows = below.slice(0, last).map((r) => r.text);
    // A sender line written with commas ("Acme GmbH, Europa-Allee 1, 60486 Frankfurt") holds the
    // address itself; the rows under it are the address window's.
    // (Its address may wrap after a comma onto the next row: "Swiftlane Express Ltd, Heathrow Cargo Centre," over "Hounslow TW6 3XA".)
    // (Not when a separator ends the name before the first comma, "Acme S.r.l. · Via Roma 3, 80100 Napoli": below.)
    const parts = s.text.split(/,\s+/);
    if (parts.length >= 2 && namesCompany(parts[0]) && !/\s[·•|●]\s/.test(parts[0]) && (parts.slice(1).some((p) => /\d/.test(p)) || /,$/.test(s.text.trim()))) {
      return { name: cleanName(parts[0]), ...details([parts.slice(1).join(', ')]) };
    }
    // So does one whose address runs on past a separator and wraps to the next row ("Pennine Garden
    // Wholesale Ltd · Moor Lane" over "Industrial Estate · Huddersfield HD4 6QT"): the name ends with its form.
    const [lead, ...after] = s.text.split(SEPARATORS);
    if (after.length && endsInCompanyForm(lead)) return { name: cleanName(lead), ...details([after.map(cleanText).filter(Boolean).join(', '), ...rows]) };
    // A sender line whose separators a scan lost ("Schrauben-Krause KG Werksrae 42103 Wuppetal"): the
    // name ends with its company form, and a street and postcode follow it.
    const named = companyPrefix(s.text);
    const rest = named ? s.text.slice(s.text.indexOf(named) + named.length).replace(/^[\s|·•,-]+/, '') : '';
    if (named && /\p{L}{3}/u.test(rest) && /\d{4}/.test(rest)) {
      return { name: cleanName(named), ...details([rest]) };
    }
    // The name's head wrapped onto the row above it ("Calder Valley Timber" over "Supplies Ltd").
    const prev = lines[lines.indexOf(l) - 1];
    // A name set flush right (a letterhead at the page's right) wraps on its right edge: its rows end
    // together, in one print, and the row above opens further left or right ("LEMOINE MATÉRIEL" over
    // "PROFESSIONNEL SAS": a row wraps before a word too long for it, whatever length it keeps). (OCR boxes each
    // row round the glyphs it read, a descender's or a capital's depth more or less: rows of one print differ by up
    // to a tenth.)
    const ocrBoxed = (a: Segment) => a.items.some((item) => item.confidence !== undefined);
    const onePrint = (a: Segment) => Math.abs(a.height - s.height) < (ocrBoxed(a) || ocrBoxed(s) ? Math.max(0.5, OCR_BOX_SPREAD * Math.max(a.height, s.height)) : 0.5);
    const flushRight = (a: Segment) => Math.abs(a.x2 - s.x2) < 1.5 && Math.abs(a.x - s.x) >= 1.5 && onePrint(a);
    const near = prev?.page === l.page && l.y - prev.y2 < l.height;
    const above = near ? prev.segments.find((a) => Math.abs(a.x - s.x) < 1.5) ?? prev.segments.find(flushRight) : undefined;
    const beside = above ? prev.segments.find((a) => a.x > above.x2) : undefined;
    const neighbour = beside?.x ?? Infinity;
    const edge = rightEdge(lines, l.page);
    const first = { text: above?.text.trim() ?? '', line: prev, cell: above, bound: Math.min(neighbour, edge), atEdge: edge <= neighbour };
    // A row with a date beside it is that date's label ("Date due  March 19, 2024"), set close above the
    // name where OCR's tall boxes shrink the blank between them: no head of the name.
    const dateLabel = !!beside && findDate(beside.text.trim())?.index === 0;
    const wrapped = above && !dateLabel && (flushRight(above)
      ? wrapsFlushRight(above, s, lines.slice(lines.indexOf(l) + 1, lines.indexOf(l) + 6).filter((o) => o.page === l.page))
      : wrapsInto(first, { text: s.text.trim(), line: l, cell: s }, below.map((r) => ({ ...r, cell: r.line.segments.find((x) => Math.abs(x.x - s.x) < 1.5) }))));
    const together = wrapped ? null : headRepeated(l, s);
    // A company form alone on its row ("Brightloop Software" over "Limited") ends the name above it.
    const formOnly = above && isFormOnly(s.text) && /\p{L}{2}/u.test(above.text) && !/\d/.test(above.text) && !TITLE.test(above.text.trim());
    // So does a row ending in a word no name ends with ("Distribuciones Hortícolas del" over "Segura, S.L.").
    const openAbove = above && openEnded(above.text, s.text);
    // So does a word broken at its hyphen ("Hôtel des Ventes de Monte-" over "Carlo S.A.M."): the hyphen kept, no space.
    const broken = !together && above && !/\d/.test(above.text) && hyphenBroken(above.text, s.text);
    const head = together ? `${together} ` : broken ? above.text.trim() : wrapped || formOnly || openAbove ? `${above.text.trim()} ` : '';
    // Or its rest onto the row under it, after a word no name ends with ("PAPETERIES SCOLAIRES DU" over "CENTRE").
    const tail = rows.length && OPEN_END.test(s.text.trim()) && openEnded(s.text, rows[0]) ? ` ${rows[0]}` : '';
    return { name: cleanName(head + s.text + tail).replace(OPERATOR(), ''), ...details(tail ? rows.slice(1) : rows) };
  };
  // The page's first name, without a company form, that the footer's company line opens with ("Garage
  // Lefèvre" over its trade, "Garage Lefèvre SARL au capital de …" at the foot): that company is the
  // seller, whatever other company the top shows (the customer's box under the info column).
  const opening = page1[0]?.segments[0];
  const openingLegal = opening && !buyerLines.includes(page1[0]) ? legalName(opening.text.trim()) : null;
  if (openingLegal) return { ...letterhead(page1[0], opening!), name: openingLegal };
  // The footer's company printed as a row of its own at the top is the letterhead, whatever company the
  // top shows first (the customer's block at the right set a row higher than the letterhead's name).
  const footerKey = footer ? squeeze(cleanName(companyPrefix(footer) ?? footer)) : '';
  for (const l of footerKey.length >= 6 ? top : []) {
    const s = l.segments.find((c) => squeeze(cleanName(c.text)) === footerKey);
    if (s) return letterhead(l, s);
  }
  // So is the company a logo's words opening the page stand for, on a row right under it in its column
  // ("CUISINES LAVERGNE" over "Cuisines Lavergne SAS", the name ending with its form, as a text layer
  // gives it: OCR may run the row on into the address), whatever company is set level with the logo (the addressee's box at the right).
  // (A sender line written with commas holds its name apart from the address, as OCR reads it too.)
  const overLogo = logoOver(page1);
  const legal = overLogo?.under.segments.find((c) => Math.abs(c.x - overLogo.x) < 1.5 && namesLogo(c.text, overLogo.key) && (!c.items.some((item) => item.confidence !== undefined) || commaSenderLine(c.text)));
  // (Another company on that row is left to the rows' own reading below, which names it beside the letterhead.)
  if (legal && !buyerLines.includes(overLogo!.under) && overLogo!.under.segments.filter((c) => namesCompany(c.text)).length === 1) return letterhead(overLogo!.under, legal);
  for (const l of topWithBuyer) {
    // A company after a label ("Company: Kitsune Robotics Inc." in a folio's guest block) is that label's value, not the letterhead.
    // (A form alone on its row is the end of a name wrapped above it: "Brightloop Software" over "Limited".)
    const prev = lines[lines.indexOf(l) - 1];
    // (Or, set flush right, ending where it ends: "STAPLEWOOD OFFICE SUPPLY" over "CO." at the top right.)
    const wrappedForm = (s: Segment) => s.text.length <= 16 && prev?.page === l.page && l.y - prev.y2 < l.height && isFormOnly(s.text)
      && prev.segments.some((a) => (Math.abs(a.x - s.x) < 1.5 || Math.abs(a.x2 - s.x2) < 1.5) && /\p{L}{2}/u.test(a.text) && !/\d/.test(a.text));
    // A company under a form of address ("Spett.le" / "Edilcasa Costruzioni S.r.l.", "Firma" / "Muster AG")
    // is the one the letter is addressed to.
    const addressed = (s: Segment) => prev?.page === l.page && l.y - prev.y2 < l.height && prev.segments.some((a) => Math.abs(a.x - s.x) < 1.5 && SALUTATION.test(a.text.trim()));
    const companies = (buyerLines.includes(l) ? besideBuyer(l) : l.segments).filter((s) => withoutIdAfterForm(s.text).length < 60 && (namesCompany(s.text) || wrappedForm(s)) && !/^[\p{L} ]{2,20}:\s/u.test(s.text) && !addressed(s) && !shippedTo(l, s));
    if (!companies.length) continue;
    // Two company names side by side: the letterhead set level with the address window, beside the
    // buyer's name in it. The letterhead is the larger print, or the one outside the window.
    const inWindow = (s: Segment) => s.x < 100 && l.y > WINDOW.from && l.y < WINDOW.to;
    // A company set right under the title ("TAX INVOICE" over the customer's address, the seller's at
    // the right) is the one the invoice is addressed to.
    const underTitle = (c: Segment) => page1.some((t) => t.y < l.y && l.y - t.y2 < 8 && t.segments.some((x) => TITLE_ONLY().test(x.text.trim()) && Math.abs(x.x - c.x) < 5));
    // The one that shares a word with a logo opening the page ("MAISON KIEFFER" over "Kieffer Traiteur S.à r.l."
    // beside "Fiduciaire Moselle S.A.") is the letterhead, wherever it sits.
    const logoWords = new Set(page1[0] && page1[0] !== l ? page1[0].text.toLowerCase().match(/\p{L}{4,}/gu) : []);
    const byLogo = companies.length > 1 ? companies.filter((c) => (withoutCompanyForm(c.text).toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => logoWords.has(w))) : [];
    const beside = (byLogo.length === 1 ? byLogo[0] : undefined) ?? companies.find((s) => s.height > companies[0].height * 1.15 || (inWindow(companies[0]) && !inWindow(s)))
      ?? (companies.length > 1 && underTitle(companies[0]) ? companies[1] : undefined);
    // A company in larger print in another column, on a line set level just under this one, is the
    // letterhead (its name wrapped, beside the customer's box set at another pitch): this line's is the box's.
    const largerLevel = !beside && page1.some((o) => o.page === l.page && o.y > l.y && o.y < l.y2
      && o.segments.some((c) => namesCompany(c.text) && c.height > companies[0].height * 1.15 && !companies.some((x) => x.x < c.x2 && x.x2 > c.x)));
    if (largerLevel) continue;
    const s = beside ?? companies[0];
    if (footer && inWindow(s) && !buyerLines.length) return named(cleanName(footer));
    // So is the only one in a window at the right (as French and Swiss letters set it), under a logo with
    // no name, when the footer names another company.
    const rightWindow = s.x >= 100 && l.y > WINDOW.from && l.y < WINDOW.to && companies.length === 1;
    // So is the only one at the right above the window whose next row says who is to read the letter ("Fastighets
    // AB Kvarnholmen" over "Att: Maria Ek", set level with the title), when the footer names another company.
    const next = lines[lines.indexOf(l) + 1];
    const attended = s.x >= 100 && companies.length === 1 && next?.page === l.page && next.y - l.y2 < l.height && next.segments.some((n) => Math.abs(n.x - s.x) < 1.5 && ATTENTION.test(n.text.trim()));
    if (footer && (rightWindow || attended) && !buyerLines.length && !squeeze(footer).includes(squeeze(withoutCompanyForm(s.text)))) return named(cleanName(footer));
    // The only company in the address window, with no footer to name the seller, is the addressee's:
    // the seller is then looked for as a letterhead without a form (and put in doubt).
    // (A sender line written with commas, "Acme GmbH, Europa-Allee 1, 60486 Frankfurt", is the seller's own.)
    const senderLine = s.text.split(/,\s+/).slice(1).some((p) => /\d/.test(p));
    if (inWindow(s) && !buyerLines.length && companies.length === 1 && !senderLine) continue;
    // So is the only one in a window at the right set level with the letterhead's rows, under none of
    // them, when the page opens at the left with a name in larger print without a form that shares no
    // word with it (an insurer's "Atlantique Mutuelle Assurances" over its address lines).
    const openingAtLeft = !!opening && page1[0] !== l && opening.x2 < s.x && opening.height > s.height * 1.15 && !namesCompany(opening.text)
      && !(withoutCompanyForm(s.text).toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => logoWords.has(w));
    if (rightWindow && !buyerLines.length && openingAtLeft && !senderLine) continue;
    const found = letterhead(l, s);
    // The footer's company line names the seller too: another company there leaves the letterhead in doubt.
    // The buyer's, which a payment slip at the foot prints ("Return this portion with your payment Lindqvist
    // Bakery LLC · Account …"), names no seller.
    // (Marks aside: the footer's small print is read with a mark lost or changed, "Kiinteistôpalvelu" for "Kiinteistöpalvelu".)
    const key = (t: string) => bareKey(t.replace(COMPANY_FORMS_ALL, ''));
    // (The footer's company up to its form: a sentence may go on after it, "… t.n.v. Acme B.V. onder vermelding van …".)
    const footerCompany = footer && (companyPrefix(footer) ?? footer);
    const buyers = footerCompany ? buyerLines.some((b) => key(b.text).includes(key(footerCompany))) : false;
    if (footerCompany && found.name && !buyers && !key(footerCompany).includes(key(found.name)) && !key(found.name).includes(key(footerCompany))) {
      return { ...found, doubt: `the letterhead names "${found.name}", the footer "${cleanName(footer)}"` };
    }
    const other = companies.find((c) => c !== s);
    return other ? { ...found, beside: cleanName(other.text) } : found;
  }
  // A logo for a letterhead: the company the page names as the one to pay or the one that issues it
  // ("Make all checks payable to …", "… is registered in England and Wales", "© 2019 …"), or the
  // footer's company line.
  // The first line that can be a name: not the title, a date, or a sentence such as a viewer's banner
  // ("Stylesheet zur Lesbarmachung der XML-Daten von ZUGFeRD 2.0-Rechnungen").
  // Its first cell: a letterhead often shares its line with a contact column ("Tel: …", "Seite 1 von 1").
  // (Nor a label and its value, as an Indian e-invoice opens with its registration's: "IRN : 7c41d9…", "Ack No. : 1726…".)
  const canBeName = (t: string) => /[A-Za-z]{3}/.test(t) && !TITLE.test(t) && !findDate(t) && t.split(/\s+/).length <= 6 && !/^[\p{L} .]{2,20}:\s/u.test(t);
  // The footer's company line counts when the name opens it: not after a label and a figure
  // ("Telefon: 01234/987654 Acme GmbH", where OCR ran two cells together).
  const footerName = footer && !/[\d:]/.test(footer.slice(0, footer.search(COMPANY))) ? cleanName(companyPrefix(footer) ?? footer) : null;
  const issuer = page1.filter((l) => !buyerLines.includes(l)).map((l) => namedAsIssuer(operatorWrapped(lines, l))).find(Boolean) ?? footerName;
  if (issuer) {
    // A page that opens with another name than the one its footer or its payment line gives: which is
    // the seller's is for a person to say.
    const first = page1[0]?.segments[0];
    const opening = first?.text.trim() ?? '';
    const ocr = !!first?.items.some((item) => item.confidence !== undefined);
    // (Not when the page says whose the opening's brand is: "ParkWise is a trading name of PW Car Park Services Ltd".)
    // (Marks aside: a logo's capitals lose theirs on a scan, "LUMIERE" over the footer's "Lumière Photography Limited".)
    const other = canBeName(opening) && !/^\d/.test(opening) && !isContactRow(opening) && !bareKey(issuer).includes(bareKey(opening)) && !bareKey(opening).includes(bareKey(issuer)) && !sameIssuer(opening, issuer, ocr) && !brandOf(lines, opening, issuer);
    return other ? { ...named(issuer), doubt: `the page opens with "${cleanName(opening)}", its footer names "${issuer}"` } : named(issuer);
  }
  const first = top.find((l) => l.segments.length && canBeName(l.segments[0].text));
  return first ? { ...letterhead(first, first.segments[0]), guessed: true, registered: registeredUnder(lines, first, first.segments[0]) } : named(null);
}

/** A small-letter particle that opens the rest of a name: "di Colombo Marco & C.", "von Bergen", "van der Berg", "de la Vega". */
const NAME_PARTICLE = /^(?:di|de|del|della|von|van|vom|du|des)\s+\p{Lu}/u;

/** Of a name's letters, how many OCR may lose or misread in small print and the name still be read (a quarter). */
const MISREAD_SHARE = 0.25;

/**
 * Whether a page's opening names the company its footer or payment line gives after all: its brand, the
 * name's first word when of five letters or more, opening it too ("Lakeline" over "Lakeline Communications,
 * LLC", "Verdant Business Energy" beside "Verdant Energy Supply Limited"; a word both share elsewhere names
 * no one: "Northgate Logistics" and "Atlas Logistics GmbH", "LE FOURNISSEUR" and "FOURNISSEUR F SARL"),
 * or, read by OCR (`ocr`), the name itself as OCR reads small print, a quarter of its letters at most lost or
 * misread ("HeserAntrestechik mb ndustriestr 4" for "Hessler Antriebstechnik GmbH"); a text layer's letters are
 * the page's.
 */
function sameIssuer(opening: string, issuer: string, ocr: boolean): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];
  const brand = words(withoutCompanyForm(issuer))[0];
  const key = squeeze(withoutCompanyForm(issuer));
  // (Or a logo of the initials of its name's words, the small ones aside: "AVS" for "Águas do Vale do Sousa, S.A.".)
  const initials = withoutMarks((withoutCompanyForm(issuer).match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join(''));
  const acronym = /^\p{Lu}{2,5}$/u.test(opening.trim()) && initials === opening.trim();
  return acronym || (brand !== undefined && brand.length >= 5 && words(opening)[0] === brand) || (ocr && prefixEdits(key, squeeze(opening)) <= MISREAD_SHARE * key.length);
}

/**
 * A street right after a name in a sender line: a word and its house number ("Schillerstraße 7"), the
 * number first ("5 rue de la Soif", an ordinal's street "2200 1st Ave S"), a street of a few words that opens with its kind, as Romance languages
 * write it ("Via Tortona 25", "Carrer del Roser 22", "Av. de la Palmera 19"), or a post box ("PO Box 2210").
 * Another word first goes on with the name ("Stadtwerke Lindenau GmbH Postfach …" after "Stadtwerke
 * Lindenau"): the sender is a longer name.
 */
const STREET_FIRST = onFirstUse(() => /^\s+(?:\p{L}[\p{L}.'-]*\s+\d{1,4}[a-z]?|\d{1,4}[a-z]?,?\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?\p{L}[\p{L}.'-]*|(?:via|viale|piazza|piazzale|corso|largo|calle|carrer|avenida|avinguda|avda\.|av\.|plaza|pla[çc]a|paseo|passeig|rua|travessa|rue|avenue|boulevard|chemin|impasse|all[ée]e|quai)(?:\s+[\p{L}.'-]+){1,3}\s+\d{1,4}[a-z]?|(?:P\.?\s?O\.?\s+)?Box\s+\d+)(?:\s|,|$)/iu);

/** A letterhead tagline's founding year, perhaps after its last trade: "depuis 1962", "since 1962", "est. 1962", "casalinghi dal 1974". */
const FOUNDED = /(?:^|\s)(?:depuis|since|seit|sinds|desde|dal|dal\s+lontano|est\.?|established|founded|gegr(?:ündet|\.)|fond[ée]e?\s+en)\s+\d{4}$/i;

/** A North American town line: the town, its state's or province's code and its ZIP code ("Bend, OR 97709"). */
const STATE_ZIP = onFirstUse(() => /\p{L}{2},?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/u);

/** How far under a letterhead's name (mm) its rows run. */
const LETTERHEAD_ROWS = 35;

/**
 * Whether the rows under a letterhead's name give a registration ("UID: ATU12345678", "KvK 81234567 ·
 * btw NL004567890B01"): its cells set under the name, whichever edge they align on (a scan's boxes
 * start where the letters do, not where the column does), up to a party's label.
 */
function registeredUnder(lines: readonly Line[], line: Line, name: Segment): boolean {
  for (const below of lines.slice(lines.indexOf(line) + 1)) {
    if (below.page !== line.page || below.y - line.y > LETTERHEAD_ROWS) break;
    for (const cell of below.segments.filter((c) => c.x < name.x2 && c.x2 > name.x)) {
      const text = cell.text.trim();
      if (BUYER_LABELS.test(text) || SELLER_LABELS.test(text)) return false;
      // A row OCR ran onto the one above it without a space ("… in Tirol OsterrichUID: ATU12345678").
      if (VAT_ID.test(text) || REGISTRATION_IN_ROW.test(text) || text.split(/(?<=\p{Ll}{2})(?=\p{Lu})/u).some((part) => REGISTRATION_ROW.test(part))) return true;
    }
  }
  return false;
}

/** A customer number's label: "Kundennummer", "Kd.-Nr.", "Client n°", "N° client", "Codice cliente", "Customer No.", "Klantnummer", "Nº de cliente". */
const CUSTOMER_NUMBER = /^(?:(?:kunden|client|customer|klant|cliente|kund|asiakas)[\s.-]*(?:nummer|number|nr\.?|no\.?|n[°º]|num[ée]ro|número|id|#|code|ref\.?)|(?:n[°º.]?|no\.?|nr\.?|num[ée]ro|número|codice|cod\.|code|c[oó]digo)\s*(?:de\s+|du\s+|del\s+)?(?:client|cliente|customer|klant|kunde|utente)|kd\.?-?nr\.?)(?=$|[\s.:#])/i;

/**
 * What on the first page shows that the invoice is addressed to someone, for a buyer no rule read: a buyer's
 * label or heading alone or before a colon ("Bill to", "Kunde:", "Intestatario"), a form of address alone or
 * before a capital ("Spett.le", "Herrn", "Firma", "Messrs"), a contact row ("z. Hd. Frau …", "Attn:", "À
 * l'attention de …") or a customer number's label ("Kundennummer", "Client n° 88412", "Codice cliente"). A
 * till receipt or a simplified invoice prints none of them. Null when none is shown, else why a buyer is
 * looked for.
 */
export function buyerShown(page1: readonly Line[]): string | null {
  for (const [line, seg] of page1.flatMap((l) => l.segments.map((s) => [l, s] as const))) {
    const text = seg.text.trim();
    const label = BUYER_LABELS.exec(text);
    const labelAlone = !!label && (label[1] === '' || /^[^:]+:/.test(text.slice(0, text.length - label[1].length)));
    // (Not on a row of amounts: a tax summary's code "SR" beside its figures is no "Sr.".)
    const addressed = !/\d[.,]\d{2}(?!\d)/.test(line.text) && (SALUTATION.test(text) || (LEADING_SALUTATION.test(text) && /^\p{Lu}/u.test(text.replace(LEADING_SALUTATION, ''))));
    if (labelAlone || addressed || ATTENTION.test(text) || CUSTOMER_NUMBER.test(text)) return `the page shows a buyer ("${text.length > 40 ? `${text.slice(0, 40)}…` : text}"), ${SHOWN_NOT_READ}`;
  }
  return null;
}
