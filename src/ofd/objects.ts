/**
 * Page content → graphic objects: TextObject (with DeltaX/DeltaY glyph placement), PathObject and
 * ImageObject, with colours and line widths resolved through DrawParam chains, so renderers and text
 * extraction get plain values. PageBlocks are flattened (they only group).
 */
import { IDENTITY, multiply, numbers, objectMatrix, parseBox, parseMatrix } from './geometry.js';
import { parseAbbreviatedData } from './path-data.js';
import { optionalNumber, type DrawParam, type Resources } from './resources.js';
import type { Color, Matrix, OfdClip, OfdClipArea, OfdFont, OfdGlyph, OfdObject, OfdPathObject, OfdTextCode, OfdTextObject } from './types.js';
import { child, children, childText, type XmlElement } from './xml.js';

/** OFD's default line width: 0.353 mm (one point). */
const DEFAULT_LINE_WIDTH = 0.353;
const BLACK: Color = { space: 'rgb', values: [0, 0, 0], alpha: 1 };

/** All objects of a Content element (its Layers in order), appended to `out`. */
export function readContent(content: XmlElement | undefined, res: Resources, out: OfdObject[]): void {
  // Layers draw by Type (GB/T 33190 7.7): Background, then Body (and Custom), then Foreground; in file
  // order within each.
  const rank = (layer: XmlElement) => (layer.attrs.Type === 'Background' ? 0 : layer.attrs.Type === 'Foreground' ? 2 : 1);
  const layers = children(content, 'Layer').sort((a, b) => rank(a) - rank(b));
  for (const layer of layers) readObjects(layer, res, res.resolveDrawParam(layer.attrs.DrawParam), out);
}

/** How deep CompositeObjects may nest (a unit that uses itself would not end). */
const MAX_COMPOSITE_DEPTH = 8;

/** The graphic objects directly inside `parent` (a Layer, a PageBlock or an annotation Appearance). */
export function readObjects(parent: XmlElement, res: Resources, inherited: DrawParam, out: OfdObject[], depth = 0): void {
  for (const el of parent.children) {
    if (el.attrs.Visible === 'false') continue;
    if (el.name === 'PageBlock') {
      readObjects(el, res, inherited, out, depth);
      continue;
    }
    if (el.name === 'CompositeObject') {
      readComposite(el, res, inherited, out, depth);
      continue;
    }
    if (el.name !== 'TextObject' && el.name !== 'PathObject' && el.name !== 'ImageObject') continue;
    // Boundary is required, but a text or path that lacks it (or has a broken one) is still placed by
    // its CTM and coordinates from the page's origin, as viewers draw it: dropping it could lose the
    // invoice number. An image without one has no size and is left out.
    const boundary = parseBox(el.attrs.Boundary) ?? (el.name === 'ImageObject' ? undefined : { x: 0, y: 0, width: 0, height: 0 });
    if (!boundary) continue;
    const own = res.resolveDrawParam(el.attrs.DrawParam);
    const params: DrawParam = {
      lineWidth: own.lineWidth ?? inherited.lineWidth,
      fill: own.fill ?? inherited.fill,
      stroke: own.stroke ?? inherited.stroke,
      join: own.join ?? inherited.join,
      cap: own.cap ?? inherited.cap,
    };
    const base = {
      id: el.attrs.ID,
      boundary,
      ctm: parseMatrix(el.attrs.CTM),
      alpha: alpha255(el.attrs.Alpha),
      clips: readClips(child(el, 'Clips'), res),
    };
    const lineWidth = optionalNumber(el.attrs.LineWidth) ?? params.lineWidth ?? DEFAULT_LINE_WIDTH;
    const fillColor = res.color(child(el, 'FillColor')) ?? params.fill;
    const strokeColor = res.color(child(el, 'StrokeColor')) ?? params.stroke;
    if (el.name === 'TextObject') {
      out.push(readText(el, res, base, lineWidth, fillColor, strokeColor));
    } else if (el.name === 'PathObject') {
      const path: OfdPathObject = {
        kind: 'path',
        ...base,
        commands: parseAbbreviatedData(child(el, 'AbbreviatedData')?.text ?? ''),
        // Paths stroke and do not fill unless told otherwise.
        stroke: el.attrs.Stroke === 'false' ? null : (strokeColor ?? BLACK),
        fill: el.attrs.Fill === 'true' ? (fillColor ?? BLACK) : null,
        lineWidth,
        evenOdd: el.attrs.Rule === 'Even-Odd',
        cap: lower(el.attrs.Cap ?? params.cap, ['butt', 'round', 'square'] as const, 'butt'),
        join: lower(el.attrs.Join ?? params.join, ['miter', 'round', 'bevel'] as const, 'miter'),
      };
      const dash = numbers(el.attrs.DashPattern).filter((n) => Number.isFinite(n) && n >= 0);
      if (dash.length > 0 && dash.some((n) => n > 0)) path.dash = { offset: optionalNumber(el.attrs.DashOffset) ?? 0, pattern: dash };
      out.push(path);
    } else {
      const resourceId = el.attrs.ResourceID;
      out.push({ kind: 'image', ...base, image: resourceId ? res.image(resourceId) : undefined });
    }
  }
}

/**
 * A CompositeObject: the objects of the CompositeGraphicUnit it names, drawn in the unit's own space
 * and placed like any object (its CTM, then its Boundary's corner). They are flattened here: each keeps
 * its own placement followed by the composite's, so renderers and text see plain objects.
 */
function readComposite(el: XmlElement, res: Resources, inherited: DrawParam, out: OfdObject[], depth: number): void {
  const unit = res.composites.get(el.attrs.ResourceID ?? '');
  const boundary = parseBox(el.attrs.Boundary);
  if (!unit || !boundary || depth >= MAX_COMPOSITE_DEPTH) return;
  const inner: OfdObject[] = [];
  const content = child(unit, 'Content');
  if (content) readObjects(content, res, inherited, inner, depth + 1);
  const place = objectMatrix(boundary, parseMatrix(el.attrs.CTM));
  const alpha = alpha255(el.attrs.Alpha);
  for (const obj of inner) out.push(placed(obj, place, alpha));
}

/** `obj` with `m` applied after its own placement: the Boundary's corner moves into the CTM. */
function placed<T extends OfdObject>(obj: T, m: Matrix, alpha: number): T {
  const b = obj.boundary;
  // An image without a CTM fills its Boundary: that scale becomes explicit before anything follows it.
  const own = obj.ctm ?? (obj.kind === 'image' ? ([b.width, 0, 0, b.height, 0, 0] as Matrix) : IDENTITY);
  const corner: Matrix = [1, 0, 0, 1, b.x, b.y];
  // Clip areas are in the Boundary's space: they now go through the corner and `m` too.
  const toParent = multiply(corner, m);
  const clips = obj.clips.map((clip) => ({ areas: clip.areas.map((a) => ({ ...a, matrix: multiply(a.matrix, toParent) })) }));
  return { ...obj, boundary: { x: 0, y: 0, width: b.width, height: b.height }, ctm: multiply(multiply(own, corner), m), clips, alpha: obj.alpha * alpha };
}

/**
 * Clips → the areas each Clip lets through: an Area holds a Path or a Text. A Clip with no usable area
 * is dropped rather than hiding the object. GB/T 33190 states clip data relative to the clipped object's
 * Boundary, so the area shape's own (required) Boundary places nothing: producers fill it with "0 0 w h",
 * the page box or a copy of the object's Boundary alike.
 */
function readClips(clips: XmlElement | undefined, res: Resources): OfdClip[] {
  const out: OfdClip[] = [];
  for (const clip of children(clips, 'Clip')) {
    const areas: OfdClipArea[] = [];
    for (const area of children(clip, 'Area')) {
      const areaCtm = parseMatrix(area.attrs.CTM) ?? IDENTITY;
      const path = child(area, 'Path');
      const text = child(area, 'Text');
      if (path) {
        const commands = parseAbbreviatedData(childText(path, 'AbbreviatedData') ?? '');
        const matrix = multiply(parseMatrix(path.attrs.CTM) ?? IDENTITY, areaCtm);
        if (commands.length > 0) areas.push({ kind: 'path', matrix, commands, evenOdd: path.attrs.Rule === 'Even-Odd' });
      } else if (text) {
        const base = { boundary: { x: 0, y: 0, width: 0, height: 0 }, ctm: parseMatrix(text.attrs.CTM), alpha: 1, clips: [] };
        areas.push({ kind: 'text', matrix: areaCtm, text: readText(text, res, base, DEFAULT_LINE_WIDTH, undefined, undefined) });
      }
    }
    if (areas.length > 0) out.push({ areas });
  }
  return out;
}

/**
 * CGTransform → the glyph ids per character of the object's text (all its TextCodes in order, which
 * CodePosition counts through). CodeCount characters take GlyphCount glyphs: one each when the counts
 * match; otherwise the first character takes them all and the rest draw nothing (they share them).
 */
function readGlyphIds(el: XmlElement, length: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const t of children(el, 'CGTransform')) {
    const position = optionalNumber(t.attrs.CodePosition) ?? 0;
    const codeCount = Math.min(optionalNumber(t.attrs.CodeCount) ?? 1, length - position); // never past the text
    const ids = numbers(childText(t, 'Glyphs')).filter((v) => Number.isInteger(v) && v >= 0);
    if (ids.length === 0 || codeCount < 1 || position < 0) continue;
    if (ids.length === codeCount) ids.forEach((id, i) => out.set(position + i, [id]));
    else for (let i = 0; i < codeCount; i++) out.set(position + i, i === 0 ? ids : []);
  }
  return out;
}

function readText(el: XmlElement, res: Resources, base: Omit<OfdTextObject, 'kind' | 'font' | 'size' | 'hScale' | 'readDirection' | 'charDirection' | 'fill' | 'stroke' | 'lineWidth' | 'codes'>, lineWidth: number, fillColor: Color | undefined, strokeColor: Color | undefined): OfdTextObject {
  const size = optionalNumber(el.attrs.Size) ?? 3.5;
  const hScale = optionalNumber(el.attrs.HScale) ?? 1;
  const readDirection = direction(el.attrs.ReadDirection);
  const font = el.attrs.Font ? res.fonts.get(el.attrs.Font) : undefined;
  const glyphIds = readGlyphIds(el, children(el, 'TextCode').reduce((n, c) => n + Array.from(c.text).length, 0));
  let position = 0; // index of the character in the whole object's text, for CGTransform
  const codes: OfdTextCode[] = [];
  // GB/T 33190 11.3: a TextCode without X (Y) takes the X (Y) of the TextCode before it, its first
  // glyph's position, not where that one's last glyph ended: a wrapped item name is a column of
  // TextCodes that state only their Y.
  let codeX = 0;
  let codeY = 0;
  for (const code of children(el, 'TextCode')) {
    codeX = optionalNumber(code.attrs.X) ?? codeX;
    codeY = optionalNumber(code.attrs.Y) ?? codeY;
    let x = codeX;
    let y = codeY;
    const chars = Array.from(code.text);
    const dx = parseDeltas(code.attrs.DeltaX);
    const dy = parseDeltas(code.attrs.DeltaY);
    const glyphs: OfdGlyph[] = [];
    for (let i = 0; i < chars.length; i++) {
      if (i > 0) {
        const [stepX, stepY] = step(chars[i - 1]!, dx, dy, i - 1, size * hScale, size, readDirection, font);
        x += stepX;
        y += stepY;
      }
      const glyph: OfdGlyph = { char: chars[i]!, x, y };
      const ids = glyphIds.get(position++);
      if (ids) glyph.glyphIds = ids;
      glyphs.push(glyph);
    }
    codes.push({ text: code.text, glyphs });
  }
  return {
    kind: 'text',
    ...base,
    font,
    size,
    hScale,
    readDirection,
    charDirection: direction(el.attrs.CharDirection),
    fill: el.attrs.Fill === 'false' ? null : (fillColor ?? BLACK),
    stroke: el.attrs.Stroke === 'true' ? (strokeColor ?? BLACK) : null,
    lineWidth,
    codes,
  };
}

/**
 * The move from glyph i to glyph i + 1. DeltaX/DeltaY are offsets in the object's own x and y, whatever
 * the reading direction. GB/T 33190 says a missing list means no offset on that axis; documents are
 * drawn by their viewers otherwise, and so here:
 * - a list shorter than the gaps repeats its last value, each list on its own (real invoices write
 *   DeltaX="3.175" DeltaY="0" for a whole name);
 * - with DeltaY and no DeltaX the text runs down a column (labels such as 购买方 set top to bottom);
 * - with neither, each glyph advances by its own width (estimated; `em` is Size × HScale) along
 *   ReadDirection: 0 to the right, 90 down, 180 to the left, 270 up.
 */
function step(char: string, dx: number[], dy: number[], i: number, em: number, size: number, readDirection: number, font: OfdFont | undefined): [number, number] {
  const fromList = (list: number[]) => list[i] ?? list[list.length - 1];
  const x = fromList(dx);
  const y = fromList(dy);
  if (x !== undefined || y !== undefined) return [x ?? 0, y ?? 0];
  // Vertical reading advances by the em height; horizontal by the glyph's width.
  const advance = readDirection === 90 || readDirection === 270 ? size : estimateAdvance(char, em, font);
  if (readDirection === 90) return [0, advance];
  if (readDirection === 180) return [-advance, 0];
  if (readDirection === 270) return [0, -advance];
  return [advance, 0];
}

/** ReadDirection / CharDirection: 0, 90, 180 or 270 degrees (clockwise on the page); anything else is 0. */
function direction(value: string | undefined): 0 | 90 | 180 | 270 {
  const v = Number(value);
  return v === 90 || v === 180 || v === 270 ? v : 0;
}

/** DeltaX/DeltaY lists: numbers, with `g N v` meaning N copies of v. */
export function parseDeltas(value: string | undefined): number[] {
  if (!value) return [];
  const tokens = value.trim().split(/\s+/);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Number(tokens[i + 1]);
      const v = Number(tokens[i + 2]);
      i += 2;
      if (Number.isFinite(count) && Number.isFinite(v)) for (let k = 0; k < Math.min(count, 100_000); k++) out.push(v);
    } else {
      const v = Number(tokens[i]);
      if (Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}

/**
 * Advance of a glyph when the file does not state it: full em for CJK and full-width forms; half an em
 * otherwise (宋体 and 楷体 set Latin in half-em cells), 0.6 em in Courier, the fixed-pitch font the
 * invoices set numbers and codes in.
 */
export function estimateAdvance(char: string, size: number, font?: OfdFont): number {
  if (isWide(char)) return size;
  return font && /courier/i.test(`${font.name} ${font.family ?? ''}`) ? size * 0.6 : size / 2;
}

export function isWide(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  if (cp >= 0xff61 && cp <= 0xffdc) return false; // half-width forms
  return cp >= 0x1100 && !(cp >= 0x2000 && cp <= 0x206f); // general punctuation stays narrow
}

function lower<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = value?.toLowerCase() as T | undefined;
  return v && allowed.includes(v) ? v : fallback;
}

/** OFD alpha (0..255, default opaque) as 0..1. */
function alpha255(value: string | undefined): number {
  const a = Number(value);
  return value === undefined || !Number.isFinite(a) ? 1 : Math.min(1, Math.max(0, a / 255));
}
