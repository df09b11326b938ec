/**
 * The PDF text layer as positioned text (src/core/text.ts): millimetres, top-left origin, y down, so
 * invoice parsers treat PDF, OFD and OCR text alike. Also the PDF's embedded files (Factur-X XML).
 */
import { assertPageLimit } from '../core/errors.js';
import type { PageText, TextItem } from '../core/text.js';
import { multiply, type Matrix } from './lean/matrix.js';
import { fullWidthAsAscii } from './lean/full-width.js';
import { radicalsAsIdeographs } from './lean/radicals.js';
import type { RawTextItem } from './lean/content.js';
import type { FontMap } from './lean/font-maps.js';
import { openPdfjs, type PdfjsDocument } from './pdfjs.js';

const PT_TO_MM = 25.4 / 72;

export interface PdfTextOptions {
  password?: string;
  /** A document with more pages is refused (PAGE_LIMIT_EXCEEDED), as merge refuses it: nothing is read. */
  maxPages?: number;
  /**
   * Which pages to read, given the document's page count (1-based numbers). Lets a caller validate a
   * page list like "1-3,5" against the real count without opening the PDF twice. Default: all pages.
   */
  selectPages?: (pageCount: number) => number[];
  /**
   * Also report each item's font (name, bold). Costs one operator-list pass per page, because pdf.js
   * only resolves font objects while building the operator list, never for text extraction alone.
   */
  fonts?: boolean;
}

/** A TextItem with what the PDF says about its font (set only with `fonts: true`). */
export interface PdfTextItem extends TextItem {
  /** PostScript name without the subset prefix, e.g. "TimesNewRomanPS-BoldMT". */
  fontName?: string;
  /** Judged from the font name (Bold, Black, Heavy, Semibold, Demi): PDFs rarely flag it otherwise. */
  bold?: boolean;
}

export interface PdfPageText extends PageText {
  items: PdfTextItem[];
}

/** A text item as pdf.js reports it: the lean reader's items (RawTextItem) are the same, with no font name. */
export interface PdfjsTextItem extends RawTextItem {
  fontName?: string;
}

const BOLD_FONT = /bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold/i;

/**
 * A minus sign between letters or digits ("FRM−2531", "2025−03−03") is a hyphen: PostScript's
 * ISOLatin1Encoding names code 45, the hyphen of every other encoding, "minus", and a PDF distilled from
 * PostScript that used it (Ghostscript, printer drivers) maps its hyphens to U+2212 by that name. A minus
 * sign proper stands before a figure, after a space or at the start of an item, and stays.
 */
const MINUS_IN_WORD = /(?<=[\p{L}\p{N}])\u2212(?=[\p{L}\p{N}])/gu;

/**
 * Text of each page. Item transforms are combined with the page's viewport transform (which handles
 * /Rotate, the crop box origin and the y flip), so x/y come out in the page as displayed.
 * y is the top of the glyph box: baseline minus font size.
 */
export async function pdfPageText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfPageText[]> {
  const doc = await openPdfjs(bytes, { password: options.password, textOnly: true });
  try {
    return await readPages(doc, options);
  } finally {
    await doc.destroy();
  }
}

/** Embedded files and page text in one opening of the document (opening is a real share of the cost). pdf.js reports no font maps (the lean reader does: lean-text.ts). */
export async function pdfTextAndAttachments(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<{ pages: PdfPageText[]; attachments: PdfAttachment[]; fonts?: FontMap[] }> {
  const doc = await openPdfjs(bytes, { password: options.password, textOnly: true });
  try {
    return { attachments: await readAttachments(doc), pages: await readPages(doc, options) };
  } finally {
    await doc.destroy();
  }
}

async function readPages(doc: PdfjsDocument, options: PdfTextOptions): Promise<PdfPageText[]> {
  assertPageLimit('the PDF', doc.numPages, options.maxPages);
  const count = doc.numPages;
  const numbers = options.selectPages ? options.selectPages(doc.numPages).filter((n) => n <= count) : Array.from({ length: count }, (_, i) => i + 1);
  const pages: PdfPageText[] = [];
  for (const n of numbers) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const fontNames = options.fonts ? await pageFontNames(page, content.items as PdfjsTextItem[]) : undefined;
    const raw = (content.items as PdfjsTextItem[]).filter((i) => typeof i.str === 'string');
    pages.push(toPageText(n, viewport, raw, fontNames));
    page.cleanup();
  }
  return pages;
}

/**
 * Text items as pdf.js reports them (text space → page space) → positioned text in millimetres.
 * Shared by the pdf.js reader and the lean one (lean-text.ts), so both place text alike.
 */
export function toPageText(n: number, viewport: { transform: Matrix; width: number; height: number }, rawItems: readonly PdfjsTextItem[], fontNames?: Map<string, string>): PdfPageText {
  const items: PdfTextItem[] = [];
  const viewportScale = Math.hypot(viewport.transform[0], viewport.transform[1]);
  for (const raw of rawItems) {
    if (!raw.str.trim()) continue;
    const t = multiply(viewport.transform, raw.transform);
    const fontSize = Math.hypot(t[2], t[3]) || raw.height;
    // Horizontal advance in page units; transform scale already applied by pdf.js except the viewport's.
    const width = raw.width * viewportScale || raw.width;
    const item: PdfTextItem = {
      text: fullWidthAsAscii(radicalsAsIdeographs(raw.str.includes('\u2212') ? raw.str.replace(MINUS_IN_WORD, '-') : raw.str)),
      x: t[4] * PT_TO_MM,
      y: (t[5] - fontSize) * PT_TO_MM,
      width: width * PT_TO_MM,
      height: fontSize * PT_TO_MM,
      page: n,
      ...(slanted(t) ? { slanted: true } : turnOf(t)),
    };
    const once = printedOnce(items, item);
    if (!once) continue;
    const fontName = raw.fontName ? fontNames?.get(raw.fontName) : undefined;
    if (fontName !== undefined) {
      once.fontName = fontName;
      once.bold = BOLD_FONT.test(fontName);
    }
    items.push(once);
  }
  return { page: n, width: viewport.width * PT_TO_MM, height: viewport.height * PT_TO_MM, items };
}

/** How far (degrees) a run's baseline may turn from a quarter turn and still be upright text. */
const SLANT = 3;
/** Whether a run's baseline (its page-space matrix) is turned off the page's axes by more than SLANT. */
function slanted(t: Matrix): boolean {
  const turn = Math.abs((Math.atan2(t[1], t[0]) * 180) / Math.PI) % 90;
  return Math.min(turn, 90 - turn) > SLANT;
}

/** Below this (degrees) a run's baseline is taken as level: a producer's rounding, not a turn. */
const LEVEL = 0.05;
/** The `turn` of an upright run's baseline off level (a quarter-turned run's is not measured). */
function turnOf(t: Matrix): { turn?: number } {
  const turn = (Math.atan2(t[1], t[0]) * 180) / Math.PI;
  return Math.abs(turn) >= LEVEL && Math.abs(turn) <= SLANT ? { turn } : {};
}

/** How far (a fraction of the font size) a run drawn again may lie from the first and print over it. */
const OVERPRINT = 0.1;
/** How many items back a copy is looked for: producers draw a run's copies one after the other. */
const OVERPRINT_BACK = 8;

/**
 * The item as it prints once, given the items kept before it: without a start or an end that prints
 * over one of them (the same text at the same size, a fraction of its size aside), or null when nothing
 * is left. Report writers and office suites give a font that has no bold face its weight by drawing each
 * run or word two or three times a fraction of a point apart, and a text layer taken as drawn reads
 * "InvoiceInvoice No.No.". pdf.js joins a copy to the run drawn after it: the items are then "Invoice",
 * "Invoice No." (the copy, then the next word) and "No." (its copy), each copy starting or ending where
 * the run it repeats does. Two runs of one line never start or end so close otherwise: text does not
 * overlap itself, and the narrowest glyph (i, l, a stop) is a fifth of the size wide. Glyph by glyph,
 * pdf.js joins each copy to the next glyph ("I", "In", "nv", …): what is left of each ("n", "v", …) is
 * placed where the glyph it follows ends, so that the next copy is found on it in turn (placed after the
 * copy, a run's text crept by a space per word led by one, and the copies were lost from there). A glyph
 * narrower than a fifth of the size plus the copies' offset is joined to its own copy in one item ("ll"):
 * that text stays as read. So does a third copy's space, when pdf.js, the copy ending nearer the next
 * word, joins the two without one ("TotalDue").
 */
function printedOnce(kept: readonly PdfTextItem[], item: PdfTextItem): PdfTextItem | null {
  const near = OVERPRINT * item.height;
  for (let k = kept.length - 1; k >= Math.max(0, kept.length - OVERPRINT_BACK); k--) {
    const d = kept[k]!;
    if (Math.abs(d.y - item.y) >= near || Math.abs(d.height - item.height) >= near) continue;
    // A copy's first word starts where the word it repeats does; what is left of an item after a copy
    // starts with the space before its next word, whose copy starts after that space (a glyph's width at
    // most). What is left starts where the run repeated ends.
    const word = d.text.trimStart();
    const from = d.x + (d.text.length - word.length ? (d.width * (d.text.length - word.length + 1)) / d.text.length : 0);
    if (item.x > d.x - near && item.x < from + near && item.text.startsWith(word)) {
      const rest = item.text.slice(word.length);
      const end = d.x + d.width;
      return rest.trim() ? printedOnce(kept, { ...item, text: rest, x: end, width: item.x + item.width - end }) : null;
    }
    if (Math.abs(d.x + d.width - item.x - item.width) < near && d.text.endsWith(item.text)) return null;
  }
  return item;
}

type PdfjsPage = Awaited<ReturnType<Awaited<ReturnType<typeof openPdfjs>>['getPage']>>;

/** pdf.js font ids ("g_d0_f1") → PostScript names without the "ABCDEF+" subset prefix. */
async function pageFontNames(page: PdfjsPage, items: PdfjsTextItem[]): Promise<Map<string, string>> {
  await page.getOperatorList();
  const names = new Map<string, string>();
  for (const id of new Set(items.map((i) => i.fontName).filter((f): f is string => !!f))) {
    if (!page.commonObjs.has(id)) continue;
    const font = page.commonObjs.get(id) as { name?: string } | null;
    if (font?.name) names.set(id, font.name.replace(/^[A-Z]{6}\+/, ''));
  }
  return names;
}

/**
 * Files embedded in the PDF (the EmbeddedFiles name tree), e.g. Factur-X "factur-x.xml" or ZUGFeRD
 * "zugferd-invoice.xml". Empty when there are none.
 */
export async function pdfAttachments(bytes: Uint8Array, options: { password?: string } = {}): Promise<PdfAttachment[]> {
  const doc = await openPdfjs(bytes, { ...options, textOnly: true });
  try {
    return await readAttachments(doc);
  } finally {
    await doc.destroy();
  }
}

export interface PdfAttachment {
  name: string;
  bytes: Uint8Array;
}

async function readAttachments(doc: PdfjsDocument): Promise<PdfAttachment[]> {
  const attachments = (await doc.getAttachments()) as Record<string, { filename?: string; content?: Uint8Array }> | null;
  if (!attachments) return [];
  return Object.entries(attachments)
    .filter(([, a]) => a?.content)
    .map(([key, a]) => ({ name: a.filename || key, bytes: a.content! }));
}
