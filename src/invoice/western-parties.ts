/**
 * Seller and buyer of a Western invoice, by layout: a party label with the name on its line or in the
 * block under it; else, for the buyer, the address window of a letter; for the seller, a sender line
 * ("Acme GmbH · Street 1 · City"), else the letterhead, which is never a line of the buyer's block.
 *
 * Names are the party's name alone: a salutation is dropped ("Herrn Max Mustermann" → "Max Mustermann",
 * as the structured formats carry the person's name), and a cell is not joined to the next column
 * ("Theodor Est" beside "Your order AB321") or to an id on the next line ("GLN 4304171000002").
 */
import { accentTolerant } from './accents.js';
import { findDate } from './dates.js';
import type { Line, Segment } from './layout.js';

export interface FoundParty {
  name: string | null;
  address: string | null;
}

const SELLER_LABELS = accentTolerant(/^(?:verkäufer|seller|vendor|supplier|from|lieferant|rechnungssteller|fournisseur|vendeur|émetteur|leverancier|proveedor|emisor)\s*(?::\s*(.*))?$/i);
const BUYER_LABELS = accentTolerant(/^(?:bill(?:ed)?\s+to|invoice\s+to|sold\s+to|customer|client|kunde|rechnungsempfänger|käufer(?:\/leistungsempfänger)?|leistungsempfänger|facturé\s+à|adresse\s+de\s+facturation|destinataire|klant|factuur\s+aan|cliente|facturar\s+a|buyer)(?=$|[\s:])\s*:?\s*(.*)$/i);
/** After a party word, these make it a label of something else: "Customer VAT Number", "Customer: 2", "Kunde Nr.". */
const NOT_A_NAME = /^(?:no\b|nr\b|n[°º]|number|nummer|num[ée]ro|id\b|ref|vat|tax|ust|tva|btw|iva|gst|order|account|#|\d)/i;
const COMPANY = /\b(?:GmbH|AG|KG|SARL|SAS|SA|S\.A\.|Ltd\.?|Limited|Inc\.?|LLC|B\.V\.|BV|N\.V\.|NV|S\.L\.|SL|S\.r\.l\.|SpA|Corp\.?|e\.K\.|UG|OHG|GbR|plc|Oy|AB|ApS)(?=$|[\s,.|])/;
const TITLE = /^(?:(?:tax\s+)?invoice|rechnung|gutschrift|facture|avoir|factuur|factura|fattura|credit\s+note)\b/i;
const SEPARATORS = /\s[-|●•·]\s|\s\|\s|●|•|\|/;
const SALUTATION_WORDS = String.raw`(?:herrn?|frau|firma|mr\.?|mrs\.?|ms\.?|m\.|mme|monsieur|madame|dhr\.?|mevr\.?|sr\.?|sra\.?|z\.\s?hd\.?|attn\.?)`;
const SALUTATION = new RegExp(`^${SALUTATION_WORDS}$`, 'i');
const LEADING_SALUTATION = new RegExp(`^${SALUTATION_WORDS}\\s+(?=\\S)`, 'i');
const ADDRESS_LABEL = /adresse|address|lieferanschrift|livraison|delivery|ship\s+to/i;

/** A cell's text with spaces collapsed and trailing punctuation dropped. */
export function cleanText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[,;:]+$/, '').trim();
}

function cleanName(s: string): string {
  return cleanText(s).replace(LEADING_SALUTATION, '');
}

/** A code and a long number: "GLN 4304171000002", "EORI 123456789". */
const LABELLED_ID = /^[A-Z]{2,5}\s+\d{6,}$/;

/** "Nummer : 12345", "GLN 4304171000002", "Globale Nummer: 400… (GTIN)" and bare numbers are ids, not names. */
function isIdRow(row: string): boolean {
  return /^[^:]{1,40}\s*:\s*\S/.test(row) || /^[\d\s()./-]+$/.test(row) || LABELLED_ID.test(row.trim());
}

interface BlockRow {
  text: string;
  line: Line;
}

/** Lines under (x-aligned with) a label, up to a gap; skips salutations, "key: value" lines and ids. */
function blockBelow(lines: readonly Line[], index: number, x: number, max = 6): BlockRow[] {
  const out: BlockRow[] = [];
  const start = lines[index];
  let lastY = start.y2;
  for (let i = index + 1; i < lines.length && out.length < max; i++) {
    const l = lines[i];
    if (l.page !== start.page || l.y - lastY > 8) break;
    const seg = l.segments.find((s) => Math.abs(s.x - x) < 8);
    if (!seg) continue;
    lastY = l.y2;
    // The row within this column: the cell and its close right neighbours (not the next column).
    const cells: Segment[] = [seg];
    for (const s of l.segments) if (s.x > cells[cells.length - 1].x2 && s.x - cells[cells.length - 1].x2 < 25) cells.push(s);
    const row = cells.map((s) => s.text).join(' ');
    if (SALUTATION.test(row.trim()) || isIdRow(row)) continue;
    // An id in its own cell beside the name ("MUSTER-KUNDE GMBH   GLN 4304171000002") is not part of it.
    out.push({ text: cleanName(cells.filter((c) => !LABELLED_ID.test(c.text.trim())).map((c) => c.text).join(' ')), line: l });
  }
  return out;
}

function fromBlock(rows: readonly BlockRow[]): FoundParty {
  return { name: rows[0]?.text ?? null, address: rows.slice(1, 4).map((r) => r.text).join(', ') || null };
}

/** The buyer from a label ("Bill to", "Kunde", "Client :"), with the lines its block takes. */
export function buyerByLabel(lines: readonly Line[]): FoundParty & { lines: Line[] } {
  for (let i = 0; i < lines.length; i++) {
    const seg = lines[i].segments.find((s) => BUYER_LABELS.test(s.text));
    if (!seg) continue;
    const rest = seg.text.match(BUYER_LABELS)![1]?.trim() ?? '';
    const isLabel = rest === '' || /^\(.*\)$/.test(rest);
    if (!isLabel) {
      // A name starts with a capital and is short; "Invoice to pay by wire transfer to …" is a sentence.
      if (NOT_A_NAME.test(rest) || !/^\p{Lu}/u.test(rest) || rest.split(/\s+/).length > 8) continue;
      return { name: cleanName(rest), address: null, lines: [lines[i]] };
    }
    const block = blockBelow(lines, i, seg.x);
    if (block.length) return { ...fromBlock(block), lines: block.map((r) => r.line) };
  }
  return { name: null, address: null, lines: [] };
}

/** The address window of a letter: left half, below the sender line, before the body. */
export function buyerInWindow(page1: readonly Line[], sellerName: string | null): FoundParty {
  const block: string[] = [];
  let lastY = 0;
  for (const l of page1.filter((l) => l.y > 35 && l.y < 80)) {
    const seg = l.segments[0];
    if (!seg || seg.x > 100 || SEPARATORS.test(l.text) && l.text.split(SEPARATORS).length > 2) continue;
    if (ADDRESS_LABEL.test(seg.text) || SALUTATION.test(seg.text.trim()) || isIdRow(seg.text) || seg.text === sellerName) continue;
    if (block.length && l.y - lastY > 12) break;
    block.push(cleanName(seg.text));
    lastY = l.y;
  }
  return { name: block[0] ?? null, address: block.slice(1, 4).join(', ') || null };
}

/** The seller: a label, a sender line, or the letterhead (not a line of the buyer's block). */
export function findSeller(lines: readonly Line[], page1: readonly Line[], buyerLines: readonly Line[]): FoundParty {
  for (let i = 0; i < lines.length; i++) {
    const seg = lines[i].segments[0];
    const m = seg?.text.match(SELLER_LABELS);
    if (!m) continue;
    if (m[1] && !/^\d/.test(m[1])) return { name: cleanName(m[1]), address: null };
    const block = blockBelow(lines, i, seg.x);
    if (block.length) return fromBlock(block);
  }
  const top = page1.filter((l) => l.y < (page1[0]?.y ?? 0) + 80 && !buyerLines.includes(l));
  // A sender line: "Acme GmbH | Europa-Allee 1 | 60486 Frankfurt" or "Au bon moulin SARL - 1242 chemin …".
  for (const l of top) {
    const parts = l.text.split(/\s+[-|●•·]\s+|\s*[|●•]\s*/).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 3 && /[A-Za-z]/.test(parts[0]) && !/\d{2}[./]\d{2}/.test(parts[0])) {
      return { name: cleanName(parts[0]), address: parts.slice(1).join(', ') };
    }
  }
  for (const l of top) for (const s of l.segments) if (COMPANY.test(s.text) && s.text.length < 60) return { name: cleanName(s.text), address: null };
  // The first line that can be a name: not the title, a date, or a sentence such as a viewer's banner
  // ("Stylesheet zur Lesbarmachung der XML-Daten von ZUGFeRD 2.0-Rechnungen").
  const first = top.find((l) => /[A-Za-z]{3}/.test(l.text) && !TITLE.test(l.text) && !findDate(l.text) && l.text.split(/\s+/).length <= 6);
  return { name: first ? cleanName(first.segments[0].text) : null, address: null };
}
