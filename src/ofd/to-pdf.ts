/**
 * ofdToPdf: OFD → vector PDF with pdf-lib. Each OFD page becomes a PDF page of the same physical size;
 * text stays text (extractable, searchable), paths stay paths, images are embedded once each, and the
 * signature seals are drawn at their stamp boundaries (a nested seal OFD as vectors, a raster seal as an
 * image).
 *
 * The content streams are written directly: one `cm` at the top of a page maps OFD millimetres with a
 * top-left origin onto PDF points, so every OFD coordinate, CTM and line width is used as given. Text is
 * shown with TJ, whose per-glyph adjustments place each glyph exactly at its DeltaX position whatever the
 * font's own advances, so a substitute font keeps the OFD layout. The font's declared widths (/W) are
 * then set to the advances the OFD actually uses (see GlyphWidths), so text extractors that compare
 * glyph positions with glyph widths neither invent spaces ("25254. 62") nor split words. A font
 * program is embedded once more for texts whose steps no single width fits (a digit at 0.8 em in
 * the invoice number and at 0.45 em in an amount), so each of them reads whole.
 *
 * Clips become PDF clipping paths (W / W*, or text in render mode 7) around the object they belong to.
 * Glyphs that CGTransform names by id are drawn as outlines of the embedded font (see GlyphOutlines),
 * over the same characters as invisible text.
 */
import fs from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFFont, type PDFPage, type PDFRef } from 'pdf-lib';
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { checkImage } from '../core/image/image-check.js';
import { decodeContained, type ImageDecoder } from '../core/image/image-decoder.js';
import { fixedFontkit } from '../pdf/fontkit-fix.js';
import { bundledCjkFontPath } from '../pdf/fonts.js';
import { apply, IDENTITY, multiply, objectMatrix } from './geometry.js';
import { GlyphOutlines } from './glyph-outlines.js';
import { readJbig2Info } from './jbig2.js';
import { parseOfd, type OfdLimits } from './parse.js';
import type { Color, Matrix, OfdClip, OfdClipArea, OfdDocument, OfdFont, OfdGlyph, OfdImage, OfdObject, OfdPage, OfdPathObject, OfdTextObject, PathCommand } from './types.js';

const MM = 72 / 25.4;
/** Most draws of one object inside the areas of its Clips (their product), before areas are joined. */
const MAX_CLIP_DRAWS = 16;

let fallbackFontBytes: Uint8Array | undefined;
/** The CJK fallback (Noto Sans SC), read once per process; fixedFontkit also parses it only once. */
function fallbackFont(): Uint8Array {
  fallbackFontBytes ??= new Uint8Array(fs.readFileSync(bundledCjkFontPath()));
  return fallbackFontBytes;
}

/** `decoder`: a runtime's image decoder; without one, the process's own. */
export async function ofdToPdf(bytes: Uint8Array, options: { signal?: AbortSignal; limits?: OfdLimits; decoder?: ImageDecoder } = {}): Promise<Uint8Array> {
  throwIfAborted(options.signal);
  const doc = parseOfd(bytes, options.limits);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fixedFontkit);
  if (doc.docInfo.title) pdf.setTitle(doc.docInfo.title);
  if (doc.docInfo.author) pdf.setAuthor(doc.docInfo.author);
  pdf.setProducer('invoicectl');

  const resources = await embedResources(pdf, doc, options.decoder);
  const widths = new GlyphWidths(doc, resources.fonts);
  for (const page of doc.pages) {
    throwIfAborted(options.signal);
    const pdfPage = pdf.addPage([page.box.width * MM, page.box.height * MM]);
    const writer = new PageWriter(pdf, pdfPage, resources, widths);
    writer.drawPage(page);
    pdfPage.node.addContentStream(pdf.context.register(pdf.context.flateStream(writer.ops.join('\n'))));
  }
  throwIfAborted(options.signal);
  try {
    await pdf.flush(); // writes the font subsets; their /W can be replaced only after that
    widths.apply(pdf);
    return await pdf.save({ useObjectStreams: true });
  } catch (err) {
    throw new InvoicectlError('CONVERSION_FAILED', `the PDF could not be written: ${(err as Error)?.message ?? err}`, undefined, { cause: err });
  }
}

interface Embedded {
  images: Map<OfdImage, PDFRef>;
  /** The PDF font each text (or text clip) is shown with. */
  fonts: Map<OfdTextObject, PDFFont>;
  /** Fonts whose glyphs CGTransform names by id, drawn as outlines. */
  outlines: Map<OfdFont, GlyphOutlines>;
}

/** Every object drawn anywhere: pages, visible annotations, nested seal documents, texts used as clips. */
function* allObjects(doc: OfdDocument): Generator<OfdObject> {
  for (const page of doc.pages) {
    yield* withClipTexts(page.objects);
    for (const a of page.annotations) if (a.visible) yield* withClipTexts(a.objects);
    for (const s of page.seals) if (s.document?.pages[0]) yield* allObjects({ ...s.document, pages: [s.document.pages[0]] });
  }
}

function* withClipTexts(objects: OfdObject[]): Generator<OfdObject> {
  for (const obj of objects) {
    yield obj;
    for (const clip of obj.clips) for (const area of clip.areas) if (area.kind === 'text') yield area.text;
  }
}

/** Embeds each image and font once, before drawing (pdf-lib's embedding is async, drawing is not). */
async function embedResources(pdf: PDFDocument, doc: OfdDocument, decoder?: ImageDecoder): Promise<Embedded> {
  const images = new Map<OfdImage, PDFRef>();
  const pending: OfdImage[] = [];
  const textFonts = new Map<OfdFont | undefined, Set<string>>();
  const outlines = new Map<OfdFont, GlyphOutlines>();
  for (const obj of allObjects(doc)) {
    if (obj.kind === 'image' && obj.image) pending.push(obj.image);
    if (obj.kind === 'text') {
      let chars = textFonts.get(obj.font);
      if (!chars) textFonts.set(obj.font, (chars = new Set()));
      for (const code of obj.codes) for (const g of code.glyphs) chars.add(g.char);
      const file = obj.font?.file;
      if (file && !outlines.has(obj.font!) && obj.codes.some((c) => c.glyphs.some((g) => g.glyphIds))) {
        const font = GlyphOutlines.of(file);
        if (font) outlines.set(obj.font!, font);
      }
    }
  }
  for (const page of doc.pages) for (const s of page.seals) if (s.image) pending.push(s.image);
  for (const image of pending) {
    if (images.has(image)) continue;
    const ref = await embedImage(pdf, image, decoder);
    if (ref) images.set(image, ref);
  }
  // The program that draws each OFD font: its own when it has every character, else the CJK fallback.
  const programs = new Map<OfdFont | undefined, Uint8Array>();
  for (const [font, chars] of textFonts) programs.set(font, font?.file && ownFontFits(font.file, chars) ? font.file : fallbackFont());
  // Each program is embedded once per group of texts whose glyph steps one set of widths can follow.
  const variants = new Map<Uint8Array, { cells: Cells; font: PDFFont }[]>();
  const fonts = new Map<OfdTextObject, PDFFont>();
  for (const obj of allObjects(doc)) {
    if (obj.kind !== 'text') continue;
    const program = programs.get(obj.font)!;
    let list = variants.get(program);
    if (!list) variants.set(program, (list = []));
    const cells = glyphCells(obj);
    let variant = list.find((v) => cellsFit(v.cells, cells));
    if (!variant) list.push((variant = { cells: new Map(), font: await embedProgram(pdf, program) }));
    mergeCells(variant.cells, cells);
    fonts.set(obj, variant.font);
  }
  return { images, fonts, outlines };
}

/** Whether the OFD's embedded font can be read and has a glyph for every character drawn with it. */
function ownFontFits(file: Uint8Array, chars: Set<string>): boolean {
  try {
    const font = fixedFontkit.create(file);
    for (const ch of chars) if (ch.trim() && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) return false;
    return true;
  } catch {
    return false;
  }
}

/** A font program as a subset font; the fallback when an embedded program cannot be embedded. */
async function embedProgram(pdf: PDFDocument, program: Uint8Array): Promise<PDFFont> {
  try {
    return await pdf.embedFont(program, { subset: true });
  } catch {
    return pdf.embedFont(fallbackFont(), { subset: true });
  }
}

/** Per character, the narrowest and widest step (in ems) from it to the next glyph on its line. */
type Cells = Map<string, { min: number; max: number }>;

/** Extractors read a gap over ~0.1 em after a glyph's width as a space, an overlap over 0.2 em as a new word. */
const SPACE_GAP = 0.09;
const WORD_OVERLAP = 0.19;

function glyphCells(obj: OfdTextObject): Cells {
  const cells: Cells = new Map();
  if (obj.charDirection !== 0 || obj.size <= 0) return cells; // each glyph placed on its own: no cells along a line
  const em = obj.size * obj.hScale;
  for (const code of obj.codes) {
    for (let i = 0; i + 1 < code.glyphs.length; i++) {
      const g = code.glyphs[i]!;
      const next = code.glyphs[i + 1]!;
      if (next.y !== g.y || next.x < g.x) continue;
      const step = (next.x - g.x) / em;
      widen(cells, g.char, step, step);
    }
  }
  return cells;
}

/** Widens a character's range of steps to take in min..max. */
function widen(cells: Cells, char: string, min: number, max: number): void {
  const have = cells.get(char);
  if (!have) cells.set(char, { min, max });
  else {
    have.min = Math.min(have.min, min);
    have.max = Math.max(have.max, max);
  }
}

function mergeCells(into: Cells, from: Cells): void {
  for (const [char, r] of from) widen(into, char, r.min, r.max);
}

/** Whether one width per character can serve both sets of steps. */
function cellsFit(a: Cells, b: Cells): boolean {
  for (const [char, r] of b) {
    const have = a.get(char);
    if (have && Math.max(have.max, r.max) - Math.min(have.min, r.min) > SPACE_GAP + WORD_OVERLAP) return false;
  }
  return true;
}

async function embedImage(pdf: PDFDocument, image: OfdImage, decoder?: ImageDecoder): Promise<PDFRef | undefined> {
  try {
    switch (image.mime) {
      case 'image/png':
        await checkImage(image.bytes, 'an OFD image');
        return (await pdf.embedPng(image.bytes)).ref;
      case 'image/jpeg':
        await checkImage(image.bytes, 'an OFD image');
        return (await pdf.embedJpg(image.bytes)).ref;
      case 'image/x-jbig2': {
        // PDF decodes JBIG2 itself; it takes the segments without the file header.
        const info = readJbig2Info(image.bytes);
        if (!info) return undefined;
        const stream = pdf.context.stream(info.segments, {
          Type: 'XObject', Subtype: 'Image', Width: info.width, Height: info.height,
          ColorSpace: 'DeviceGray', BitsPerComponent: 1, Filter: 'JBIG2Decode',
        });
        return pdf.context.register(stream);
      }
      default: {
        // GIF/BMP/TIFF: decoded (contained: these formats have no structure check) and embedded as PNG.
        const { createCanvas, ImageData } = await import('@napi-rs/canvas');
        const { width, height, rgba } = await decodeContained(image.bytes, 'an OFD image', { pixels: true, decoder });
        const canvas = createCanvas(width, height);
        canvas.getContext('2d').putImageData(new ImageData(rgba!, width, height), 0, 0);
        // Encoded on this thread: the binding's async encode on libuv's pool has crashed processes.
        return (await pdf.embedPng(canvas.encodeSync('png'))).ref;
      }
    }
  } catch {
    return undefined; // an undecodable image is left out; the rest of the page still renders
  }
}

/** Writes one page's content stream. */
class PageWriter {
  readonly ops: string[] = [];
  private readonly fontKeys = new Map<PDFFont, string>();
  private readonly imageKeys = new Map<PDFRef, string>();
  private readonly alphaKeys = new Map<string, string>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly page: PDFPage,
    private readonly embedded: Embedded,
    private readonly widths: GlyphWidths,
  ) {}

  drawPage(page: OfdPage): void {
    // OFD space (mm, y down from the box's top-left) → PDF space (pt, y up).
    this.ops.push(`${n(MM)} 0 0 ${n(-MM)} ${n(-page.box.x * MM)} ${n((page.box.y + page.box.height) * MM)} cm`);
    this.drawObjects(page.objects);
    for (const annot of page.annotations) {
      if (!annot.visible || annot.objects.length === 0) continue;
      this.ops.push('q', `1 0 0 1 ${n(annot.boundary.x)} ${n(annot.boundary.y)} cm`);
      this.drawObjects(annot.objects);
      this.ops.push('Q');
    }
    for (const seal of page.seals) {
      const b = seal.boundary;
      const sealPage = seal.document?.pages[0];
      if (sealPage) {
        // The seal OFD's page box is scaled into the stamp boundary.
        const box = sealPage.box;
        const m = multiply([1, 0, 0, 1, -box.x, -box.y], [b.width / box.width, 0, 0, b.height / box.height, b.x, b.y]);
        this.ops.push('q', `${matrix(m)} cm`);
        this.drawObjects(sealPage.objects);
        this.ops.push('Q');
      } else if (seal.image) {
        this.drawImage(seal.image, [b.width, 0, 0, b.height, b.x, b.y], 1);
      }
    }
  }

  private drawObjects(objects: OfdObject[]): void {
    for (const obj of objects) {
      if (obj.clips.length === 0) {
        this.drawObject(obj);
        continue;
      }
      const draws = obj.clips.reduce((product, clip) => product * clip.areas.length, 1);
      this.ops.push('q');
      this.clipped(obj, obj.clips, draws <= MAX_CLIP_DRAWS, () => this.drawObject(obj));
      this.ops.push('Q');
    }
  }

  private drawObject(obj: OfdObject): void {
    if (obj.kind === 'text') this.drawText(obj);
    else if (obj.kind === 'path') this.drawPath(obj);
    else if (obj.image) {
      // An image fills its unit square; without a CTM that square is stretched over the Boundary.
      const ctm: Matrix = obj.ctm ?? [obj.boundary.width, 0, 0, obj.boundary.height, 0, 0];
      this.drawImage(obj.image, multiply(ctm, [1, 0, 0, 1, obj.boundary.x, obj.boundary.y]), obj.alpha);
    }
  }

  /**
   * Draws inside the object's clips: each Clip narrows the clipping path (Clips intersect). A Clip is
   * the union of its areas, which PDF's clipping cannot state for areas with their own fill rules, so
   * the object is drawn once inside each area of such a Clip (exact for opaque paint; invoices clip
   * with one area). When that would mean too many draws (`perArea` false), the Clip's path areas are
   * joined into one non-zero clipping path instead.
   */
  private clipped(obj: OfdObject, clips: OfdClip[], perArea: boolean, draw: () => void): void {
    const [clip, ...inner] = clips;
    if (!clip) return draw();
    // Clip coordinates are in the object's Boundary space, without its CTM.
    const toParent = objectMatrix(obj.boundary, undefined);
    if (perArea && clip.areas.length > 1) {
      for (const area of clip.areas) {
        this.ops.push('q');
        if (this.clipTo([area], toParent)) this.clipped(obj, inner, perArea, draw);
        this.ops.push('Q');
      }
    } else if (this.clipTo(clip.areas, toParent)) this.clipped(obj, inner, perArea, draw);
  }

  /**
   * Narrows the clipping path to the areas: one area with its own fill rule, or a text's glyph shapes
   * (render mode 7); several areas as their paths joined under non-zero. False when nothing can show.
   */
  private clipTo(areas: OfdClipArea[], toParent: Matrix): boolean {
    const [first] = areas;
    if (areas.length === 1 && first?.kind === 'text') {
      const key = this.fontKey(first.text);
      if (!key) return false;
      this.showText(first.text, key, 7, undefined, multiply(objectMatrix(first.text.boundary, first.text.ctm), multiply(first.matrix, toParent)));
      return true;
    }
    const paths = areas.flatMap((a) => (a.kind === 'path' ? [pathOps(a.commands, multiply(a.matrix, toParent))] : []));
    if (paths.length === 0) return false;
    this.ops.push(paths.join(' '), areas.length === 1 && first?.kind === 'path' && first.evenOdd ? 'W* n' : 'W n');
    return true;
  }

  private drawImage(image: OfdImage, m: Matrix, alpha: number): void {
    const ref = this.embedded.images.get(image);
    if (!ref) return;
    let key = this.imageKeys.get(ref);
    if (!key) this.imageKeys.set(ref, (key = this.page.node.newXObject('Im', ref).toString()));
    // PDF puts an image's first row at the top of its unit square (v = 1); OFD at v = 0. Flip first.
    this.ops.push('q', `${matrix(multiply([1, 0, 0, -1, 0, 1], m))} cm`, this.alpha(alpha, alpha), `${key} Do`, 'Q');
  }

  private drawPath(obj: OfdPathObject): void {
    if (obj.commands.length === 0 || (!obj.fill && !obj.stroke)) return;
    const ops = this.ops;
    ops.push('q', `${matrix(objectMatrix(obj.boundary, obj.ctm))} cm`);
    ops.push(this.alpha(obj.alpha * (obj.fill?.alpha ?? 1), obj.alpha * (obj.stroke?.alpha ?? 1)));
    if (obj.fill) ops.push(colorOp(obj.fill, false));
    if (obj.stroke) {
      ops.push(colorOp(obj.stroke, true), `${n(obj.lineWidth)} w`);
      ops.push(`${{ butt: 0, round: 1, square: 2 }[obj.cap]} J ${{ miter: 0, round: 1, bevel: 2 }[obj.join]} j`);
      if (obj.dash) ops.push(`[${obj.dash.pattern.map(n).join(' ')}] ${n(obj.dash.offset)} d`);
    }
    ops.push(pathOps(obj.commands));
    const star = obj.evenOdd ? '*' : '';
    ops.push(obj.fill && obj.stroke ? `B${star}` : obj.fill ? `f${star}` : 'S', 'Q');
  }

  private drawText(obj: OfdTextObject): void {
    const key = this.fontKey(obj);
    if (!key) return;
    const ops = this.ops;
    ops.push('q', `${matrix(objectMatrix(obj.boundary, obj.ctm))} cm`);
    ops.push(this.alpha(obj.alpha * (obj.fill?.alpha ?? 1), obj.alpha * (obj.stroke?.alpha ?? 1)));
    if (obj.fill) ops.push(colorOp(obj.fill, false));
    if (obj.stroke) ops.push(colorOp(obj.stroke, true), `${n(obj.lineWidth)} w`);
    // Fill, stroke, both, or invisible (still extractable).
    const mode = obj.fill && obj.stroke ? 2 : obj.fill ? 0 : obj.stroke ? 1 : 3;
    // Glyphs named by id are drawn as outlines after the text; their characters are invisible text.
    const outlines = obj.font && this.embedded.outlines.get(obj.font);
    const byId = this.showText(obj, key, mode, outlines, IDENTITY);
    if (outlines && byId.length > 0 && mode !== 3) {
      const hSize = obj.size * obj.hScale;
      const paths: string[] = [];
      for (const g of byId) {
        let x = g.x;
        for (const id of g.glyphIds!) {
          const outline = outlines.outline(id);
          if (!outline) continue;
          // Font space (em, y up) → text space at the glyph's origin.
          paths.push(pathOps(outline.commands, multiply(glyphMatrix(obj), [1, 0, 0, 1, x, g.y])));
          x += outline.advance * hSize;
        }
      }
      if (paths.length > 0) ops.push(paths.join(' '), mode === 2 ? 'B' : mode === 1 ? 'S' : 'f');
    }
    ops.push('Q');
  }

  /** The page's resource name of the text's font, or undefined when the text cannot be shown. */
  private fontKey(obj: OfdTextObject): string | undefined {
    const font = this.embedded.fonts.get(obj);
    if (!font || obj.size <= 0) return undefined;
    let key = this.fontKeys.get(font);
    if (!key) this.fontKeys.set(font, (key = this.page.node.newFontDictionary('F', font.ref).toString()));
    return key;
  }

  /**
   * BT…ET showing the text's glyphs in render `mode`, each run's text matrix mapped by `m` (identity
   * inside the text's own `cm`; the whole placement when the text is a clip and no `cm` may be left
   * behind). Returns the glyphs that are to be drawn as outlines.
   */
  private showText(obj: OfdTextObject, key: string, mode: number, outlines: GlyphOutlines | undefined, m: Matrix): OfdGlyph[] {
    const font = this.embedded.fonts.get(obj)!;
    const ops = this.ops;
    const outlined = (g: OfdGlyph) => Boolean(outlines && g.glyphIds);
    const byId: OfdGlyph[] = [];
    ops.push('BT', `${key} 1 Tf`);
    let currentMode: number | undefined;
    const hSize = obj.size * obj.hScale;
    for (const code of obj.codes) {
      const glyphs = code.glyphs.filter((g) => g.char >= ' ');
      let run: string[] = [];
      for (let i = 0; i < glyphs.length; i++) {
        const g = glyphs[i]!;
        const prev = glyphs[i - 1];
        if (outlined(g)) byId.push(g);
        // A new line (DeltaY), a step backwards or a switch to or from outlines starts a new run; so
        // does every glyph turned by CharDirection (its advance no longer runs along the line).
        if (!prev || g.y !== prev.y || g.x < prev.x || outlined(g) !== outlined(prev) || obj.charDirection !== 0) {
          if (run.length) ops.push(`[${run.join(' ')}] TJ`);
          run = [];
          const runMode = outlined(g) ? 3 : mode;
          if (runMode !== currentMode) ops.push(`${(currentMode = runMode)} Tr`);
          ops.push(`${matrix(multiply(multiply(glyphMatrix(obj), [1, 0, 0, 1, g.x, g.y]), m))} Tm`);
        }
        const glyph = this.widths.glyph(font, g.char);
        run.push(glyph.hex);
        const next = glyphs[i + 1];
        if (next && next.y === g.y && next.x >= g.x && obj.charDirection === 0) {
          // TJ moves by (width − adjustment)/1000 text units; choose the adjustment that lands on next.x.
          const adjust = glyph.width - (1000 * (next.x - g.x)) / hSize;
          if (Math.abs(adjust) > 0.01) run.push(n(adjust));
        }
      }
      if (run.length) ops.push(`[${run.join(' ')}] TJ`);
    }
    ops.push('ET');
    return byId;
  }

  /** An ExtGState for transparency, or nothing when opaque. */
  private alpha(fill: number, stroke: number): string {
    if (fill >= 1 && stroke >= 1) return '';
    const id = `${n(fill)}/${n(stroke)}`;
    let key = this.alphaKeys.get(id);
    if (!key) {
      const dict = this.pdf.context.obj({ Type: 'ExtGState', ca: fill, CA: stroke });
      this.alphaKeys.set(id, (key = this.page.node.newExtGState('GS', dict).toString()));
    }
    return `${key} gs`;
  }
}

/**
 * The advance each glyph gets in the PDF font's /W. A substitute font's own advances rarely match the
 * OFD layout (宋体 and Courier New set Latin text in fixed cells, Noto Sans is proportional); TJ
 * adjustments still put every glyph in its place, but extractors such as pdf.js read a gap wider than
 * ~0.1 em between a glyph's width and the next glyph as a space, and an overlap beyond 0.2 em as a new
 * word. So each character's width is moved, as little as possible, into the range every cell it occupies
 * in this document allows. Rendering does not change: glyphs are placed by TJ computed from these widths.
 */
class GlyphWidths {
  private readonly ranges = new Map<PDFFont, Map<string, { min: number; max: number }>>();
  private readonly glyphs = new Map<PDFFont, Map<string, { hex: string; width: number }>>();

  constructor(doc: OfdDocument, fonts: Map<OfdTextObject, PDFFont>) {
    for (const obj of allObjects(doc)) {
      const font = obj.kind === 'text' ? fonts.get(obj) : undefined;
      if (obj.kind !== 'text' || !font) continue;
      let ranges = this.ranges.get(font);
      if (!ranges) this.ranges.set(font, (ranges = new Map()));
      mergeCells(ranges, glyphCells(obj));
    }
  }

  /** The glyph's code (hex string for TJ) and its /W width in 1/1000 em. */
  glyph(font: PDFFont, char: string): { hex: string; width: number } {
    let cache = this.glyphs.get(font);
    if (!cache) this.glyphs.set(font, (cache = new Map()));
    let g = cache.get(char);
    if (!g) {
      const natural = font.widthOfTextAtSize(char, 1) ;
      const r = this.ranges.get(font)?.get(char);
      let width = natural;
      if (r) {
        const low = r.max - SPACE_GAP; // widest cell minus the extractor's space threshold (0.102 em)
        const high = r.min + WORD_OVERLAP; // narrowest cell plus its word-break overlap (0.2 em)
        if (low <= high) width = Math.min(high, Math.max(low, natural));
      }
      cache.set(char, (g = { hex: font.encodeText(char).toString(), width: Math.round(width * 1000) }));
    }
    return g;
  }

  /** Replaces each subset font's /W with the chosen widths (after pdf-lib has written the fonts). */
  apply(pdf: PDFDocument): void {
    for (const [font, cache] of this.glyphs) {
      const type0 = pdf.context.lookup(font.ref, PDFDict);
      const cidFont = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
      const w: (number | number[])[] = [];
      for (const { hex, width } of cache.values()) {
        // Identity-H: the code is the CID; a character is one CID (hex of 4 digits) in a subset font.
        if (hex.length === 6) w.push(parseInt(hex.slice(1, 5), 16), [width]);
      }
      if (w.length > 0) cidFont.set(PDFName.of('W'), pdf.context.obj(w));
    }
  }
}

/**
 * Glyph space (1 = the em, y up) → the text's own space at origin 0,0: Size high, Size × HScale wide,
 * flipped to OFD's y-down, then turned clockwise by CharDirection about the glyph's origin.
 */
function glyphMatrix(obj: OfdTextObject): Matrix {
  const scale: Matrix = [obj.size * obj.hScale, 0, 0, -obj.size, 0, 0];
  if (obj.charDirection === 0) return scale;
  const a = (obj.charDirection * Math.PI) / 180;
  const cos = Math.round(Math.cos(a));
  const sin = Math.round(Math.sin(a));
  return multiply(scale, [cos, sin, -sin, cos, 0, 0]);
}

/** PDF path construction for M/L/C/Z commands, each point mapped by `m` when given. */
function pathOps(commands: PathCommand[], m?: Matrix): string {
  const p = (x: number, y: number) => (m ? apply(m, x, y) : [x, y]).map(n).join(' ');
  const parts: string[] = [];
  for (const c of commands) {
    if (c.op === 'M') parts.push(`${p(c.x, c.y)} m`);
    else if (c.op === 'L') parts.push(`${p(c.x, c.y)} l`);
    else if (c.op === 'C') parts.push(`${p(c.x1, c.y1)} ${p(c.x2, c.y2)} ${p(c.x, c.y)} c`);
    else parts.push('h');
  }
  return parts.join(' ');
}

function colorOp(c: Color, stroke: boolean): string {
  const v = c.values.map(n).join(' ');
  if (c.space === 'gray') return `${v} ${stroke ? 'G' : 'g'}`;
  if (c.space === 'cmyk') return `${v} ${stroke ? 'K' : 'k'}`;
  return `${v} ${stroke ? 'RG' : 'rg'}`;
}

function matrix(m: Matrix): string {
  return m.map(n).join(' ');
}

/** A PDF number: at most 4 decimals, never exponent notation. */
function n(v: number): string {
  const r = Math.round(v * 10000) / 10000;
  return Object.is(r, -0) ? '0' : String(r);
}
