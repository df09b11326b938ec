/**
 * A page's text as pdf.js's getTextContent makes it, from the content stream's text operators only:
 * the same text state, the same rules for joining glyphs into items and inserting spaces (its
 * tracking / space-in-flow factors), so the invoice parsers see the same items whichever reader ran.
 * Whitespace-only items are not produced: readers of PdfPageText drop them.
 */
import { remembered } from '../../core/remembered.js';
import type { LeanDocument } from './document.js';
import { loadFont, type Glyph, type LeanFont } from './fonts.js';
import { multiply, type Matrix } from './matrix.js';
import { isDict, isStream, Keyword, LeanUnsupported, Lexer, Name, nameOf, Op, Ref, Str, type Dict, type PdfObject } from './syntax.js';

export interface RawTextItem {
  str: string;
  /** Text space → page space at the item's start, as pdf.js reports it (before the viewport). */
  transform: number[];
  /** Advance in page units. */
  width: number;
  height: number;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;
const MAX_FORM_DEPTH = 16;

/** pdf.js's glyph categories: whitespace (first char), combining marks, format marks (last char). */
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;
/**
 * SPECIAL_CHAR's verdict on a glyph's text, remembered per text (a page repeats a few hundred glyphs,
 * and the regular expression ran for every one): 0 none, 1 whitespace, 2 combining mark, 3 format mark.
 */
const charKind = remembered((text: string): number => {
  const groups = SPECIAL_CHAR.exec(text);
  return groups?.[1] ? 1 : groups?.[2] ? 2 : groups?.[3] ? 3 : 0;
});
/** The characters pdf.js NFKC-normalises in text content (ligatures, compatibility spaces, Arabic forms). */
const NORMALIZE = /([\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+)|(\ufb05+)/gu;
/** Right-to-left scripts: pdf.js reorders them (bidi); the lean reader leaves such pages to it. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * Text that neither NORMALIZE nor RTL can match: ASCII, CJK punctuation and ideographs, full-width
 * forms. Checked by code first, so most items (all of a Chinese invoice's) skip both expressions.
 */
function plainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && !(c >= 0x3000 && c <= 0x9fff) && !(c >= 0xff00 && c <= 0xffef)) return false;
  }
  return true;
}

/**
 * The glyphs of the string being shown (LeanFont.glyphs fills it): one array for all, never read past
 * the count it is given. A string is shown to its end before the next one is decoded.
 */
const shownGlyphs: Glyph[] = [];

function translate(m: Matrix, x: number, y: number): void {
  m[4] = m[0] * x + m[2] * y + m[4];
  m[5] = m[1] * x + m[3] * y + m[5];
}

interface TextState {
  ctm: Matrix;
  font: LeanFont | null;
  fontKey: string | null;
  fontSize: number;
  textMatrix: Matrix;
  lineMatrix: Matrix;
  charSpacing: number;
  wordSpacing: number;
  leading: number;
  hScale: number;
  rise: number;
}

/** Written out rather than spread: `q` saves the state before every text run of generated invoices. */
const cloneState = (s: TextState): TextState => ({
  ctm: s.ctm,
  font: s.font,
  fontKey: s.fontKey,
  fontSize: s.fontSize,
  textMatrix: s.textMatrix.slice(),
  lineMatrix: s.lineMatrix.slice(),
  charSpacing: s.charSpacing,
  wordSpacing: s.wordSpacing,
  leading: s.leading,
  hScale: s.hScale,
  rise: s.rise,
});

/**
 * cloneState into a state `Q` dropped, when there is one: its matrices refilled in place. `q` saves the
 * state before every text run of generated invoices (three objects each, ~2 MB a pass over the real
 * set), and a dropped state is referenced by nothing else (the matrices are each state's own: `BT`,
 * `Td`, `Tm`... make new ones, and the items copy what they keep).
 */
function saveState(s: TextState, into: TextState | undefined): TextState {
  if (!into) return cloneState(s);
  into.ctm = s.ctm;
  into.font = s.font;
  into.fontKey = s.fontKey;
  into.fontSize = s.fontSize;
  copyMatrix(s.textMatrix, into.textMatrix);
  copyMatrix(s.lineMatrix, into.lineMatrix);
  into.charSpacing = s.charSpacing;
  into.wordSpacing = s.wordSpacing;
  into.leading = s.leading;
  into.hScale = s.hScale;
  into.rise = s.rise;
  return into;
}

function copyMatrix(from: Matrix, to: Matrix): void {
  to[0] = from[0];
  to[1] = from[1];
  to[2] = from[2];
  to[3] = from[3];
  to[4] = from[4];
  to[5] = from[5];
}

/**
 * Fonts are read once per document, by object, whichever page or form uses them. Keyed by object
 * number for references: each resource entry parses into its own Ref, and generated invoices name the
 * same font object under a new resource name per text run (128 names, one font, on the bench's
 * invoice), which read the font 128 times when the Ref instance was the key.
 */
export type FontCache = Map<PdfObject, LeanFont>;

/** A page's text items, and whether any text was drawn invisibly (see `TextRun`'s `Tr`). */
export interface PageItems {
  items: RawTextItem[];
  invisible: boolean;
}

export function pageTextItems(doc: LeanDocument, page: Dict, viewBox: number[], fonts: FontCache): PageItems {
  const found: PageItems = { items: [], invisible: false };
  const data = pageContent(doc, page);
  const state: TextState = { ctm: IDENTITY.slice(), font: null, fontKey: null, fontSize: 0, textMatrix: IDENTITY.slice(), lineMatrix: IDENTITY.slice(), charSpacing: 0, wordSpacing: 0, leading: 0, hScale: 1, rise: 0 };
  new TextRun(doc, doc.dict(page.get('Resources')) ?? new Map(), viewBox, fonts, found, 0).run(data, state);
  return found;
}

/** A page's content: its streams decoded and joined (one stream as it is). */
export function pageContent(doc: LeanDocument, page: Dict): Uint8Array {
  const contents = doc.get(page.get('Contents'));
  const streams = Array.isArray(contents) ? contents : contents === null || contents === undefined ? [] : [page.get('Contents')!];
  const parts = streams.map((s) => doc.streamData(s)).filter((d): d is Uint8Array => !!d);
  return parts.length === 1 ? parts[0] : joinStreams(parts);
}

/** Content streams of a page concatenate, with a line break so tokens do not run together. */
function joinStreams(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 10;
    at += p.length + 1;
  }
  return out;
}

/** One content stream (the page's, or a form's): pdf.js's text item being built, and the two last chars for spaces. */
class TextRun {
  private str: string[] = [];
  private initialized = false;
  private transform: Matrix = IDENTITY;
  private prevTransform: Matrix | null = null;
  private prevRise = 0;
  private width = 0;
  private totalWidth = 0;
  private height = 0;
  private advanceScale = 1;
  private trackingSpaceMin = Infinity;
  private notASpace = -Infinity;
  private negativeSpaceMax = -Infinity;
  private spaceInFlowMin = 0;
  private spaceInFlowMax = 0;
  private lastChars = [' ', ' '];
  private lastCharPos = 0;
  private state!: TextState;
  /** Font and size of the item being built (pdf.js's currentTextState). */
  private current: { fontSize: number; fontKey: string | null; fontName: string | null } | null = null;

  constructor(
    private readonly doc: LeanDocument,
    private readonly resources: Dict,
    private readonly viewBox: number[],
    private readonly fonts: FontCache,
    private readonly found: PageItems,
    private readonly depth: number,
  ) {}

  run(data: Uint8Array, initial: TextState): void {
    const stack: TextState[] = [];
    /** States `Q` replaced, for the next `q` to fill (see saveState). */
    const dropped: TextState[] = [];
    this.state = initial;
    const lx = new Lexer(data, 0, false);
    // The operands since the last operator: the first `argc` of `args`. Reset by count, not by
    // `args.length = 0`, which V8 runs as a call into its runtime (~2% of a page's reading).
    const args: (PdfObject | Keyword)[] = [];
    let argc = 0;
    const arg = (i: number) => (i < argc ? args[i] : undefined);
    const num = (i: number) => {
      const v = arg(i);
      return typeof v === 'number' ? v : 0;
    };
    for (let t = lx.object(); t !== undefined; t = lx.object()) {
      if (!(t instanceof Keyword)) {
        args[argc++] = t;
        continue;
      }
      const s = this.state;
      switch (t.op) {
        case Op.q:
          stack.push(saveState(s, dropped.pop()));
          break;
        case Op.Q:
          if (stack.length) {
            dropped.push(s);
            this.state = stack.pop()!;
          }
          break;
        case Op.cm:
          s.ctm = multiply(s.ctm, [num(0), num(1), num(2), num(3), num(4), num(5)]);
          break;
        case Op.BT:
          s.textMatrix = IDENTITY.slice();
          s.lineMatrix = IDENTITY.slice();
          break;
        case Op.Tf: {
          const name = arg(0);
          const key = name instanceof Name ? name.name : null;
          if (s.font && key === s.fontKey && num(1) === s.fontSize) break;
          s.fontKey = key;
          s.fontSize = num(1);
          s.font = this.font(key);
          break;
        }
        case Op.Tr: {
          // Rendering modes 3 and 7 draw no glyph: the text layer an OCR engine lays over a scan.
          const mode = num(0);
          if (mode === 3 || mode === 7) this.found.invisible = true;
          break;
        }
        case Op.Tc:
          s.charSpacing = num(0);
          break;
        case Op.Tw:
          s.wordSpacing = num(0);
          break;
        case Op.Tz:
          s.hScale = num(0) / 100;
          break;
        case Op.TL:
          s.leading = num(0);
          break;
        case Op.Ts:
          s.rise = num(0);
          break;
        case Op.Td:
          translate(s.lineMatrix, num(0), num(1));
          s.textMatrix = s.lineMatrix.slice();
          break;
        case Op.TD:
          s.leading = -num(1);
          translate(s.lineMatrix, num(0), num(1));
          s.textMatrix = s.lineMatrix.slice();
          break;
        case Op.Tm:
          s.textMatrix = [num(0), num(1), num(2), num(3), num(4), num(5)];
          s.lineMatrix = s.textMatrix.slice();
          this.updateAdvanceScale();
          break;
        case Op.TStar:
          this.carriageReturn();
          break;
        case Op.Tj:
          this.showString(arg(0));
          break;
        case Op.Quote:
          this.carriageReturn();
          this.showString(arg(0));
          break;
        case Op.DoubleQuote:
          s.wordSpacing = num(0);
          s.charSpacing = num(1);
          this.carriageReturn();
          this.showString(arg(2));
          break;
        case Op.TJ: {
          const elements = arg(0);
          if (Array.isArray(elements)) this.showSpaced(elements);
          break;
        }
        case Op.Do: {
          this.flush();
          const name = arg(0);
          if (name instanceof Name) this.form(name.name);
          break;
        }
        case Op.gs: {
          const name = arg(0);
          if (name instanceof Name && this.doc.dict(this.doc.dict(this.resources.get('ExtGState'))?.get(name.name))?.has('Font')) throw new LeanUnsupported('font set by ExtGState');
          break;
        }
        case Op.BMC:
        case Op.BDC:
        case Op.EMC:
          this.flush();
          break;
        case Op.BI:
          skipInlineImage(lx);
          break;
        case Op.d0:
        case Op.d1:
          throw new LeanUnsupported('Type3 glyph procedure');
      }
      argc = 0;
    }
    this.flush();
  }

  private showString(operand: PdfObject | Keyword | undefined): void {
    if (operand instanceof Str) this.show(operand.bytes, 0);
  }

  private font(key: string | null): LeanFont {
    const ref = key === null ? undefined : this.doc.dict(this.resources.get('Font'))?.get(key);
    if (ref === undefined) throw new LeanUnsupported(`font ${key} not in the resources`);
    const id = ref instanceof Ref ? ref.num : ref;
    let font = this.fonts.get(id);
    if (!font) {
      font = loadFont(this.doc, ref);
      this.fonts.set(id, font);
    }
    return font;
  }

  private carriageReturn(): void {
    translate(this.state.lineMatrix, 0, -this.state.leading);
    this.state.textMatrix = this.state.lineMatrix.slice();
  }

  /** A form XObject: its own run (pdf.js starts a fresh text item there), on a copy of the state. */
  private form(name: string): void {
    const ref = this.doc.dict(this.resources.get('XObject'))?.get(name);
    const xobj = this.doc.get(ref);
    if (!isStream(xobj) || nameOf(this.doc.get(xobj.dict.get('Subtype'))) !== 'Form') return;
    if (this.depth >= MAX_FORM_DEPTH) throw new LeanUnsupported('forms nested too deep');
    const state = cloneState(this.state);
    const matrix = this.doc.array(xobj.dict.get('Matrix'));
    if (matrix?.length === 6 && matrix.every((v) => typeof v === 'number')) state.ctm = multiply(state.ctm, matrix as number[]);
    const own = this.doc.dict(xobj.dict.get('Resources'));
    const data = this.doc.streamData(ref)!;
    new TextRun(this.doc, own && isDict(own) ? own : this.resources, this.viewBox, this.fonts, this.found, this.depth + 1).run(data, state);
  }

  private showSpaced(elements: PdfObject[]): void {
    const s = this.state;
    if (!s.font) throw new LeanUnsupported('text without a font');
    const spaceFactor = (-1 * s.fontSize) / 1000;
    let buffer = '';
    for (const e of elements) {
      if (e instanceof Str) buffer += e.bytes;
      else if (typeof e === 'number' && e !== 0) {
        this.show(buffer, e * spaceFactor);
        buffer = '';
      }
    }
    if (buffer) this.show(buffer, 0);
  }

  /**
   * ctm × textMatrix × [size·hScale 0 0 size 0 rise], the text matrix product written out (it runs per
   * glyph, twice), into `out` when given: the per-glyph calls reuse their arrays instead of making two
   * new ones each. The same arithmetic as multiply(), in the same order.
   */
  private textTransform(out: Matrix = new Array<number>(6)): Matrix {
    const { ctm: m, textMatrix: tm, fontSize, hScale, rise } = this.state;
    const a = fontSize * hScale;
    const n0 = tm[0] * a;
    const n1 = tm[1] * a;
    const n2 = tm[2] * fontSize;
    const n3 = tm[3] * fontSize;
    const n4 = tm[2] * rise + tm[4];
    const n5 = tm[3] * rise + tm[5];
    out[0] = m[0] * n0 + m[2] * n1;
    out[1] = m[1] * n0 + m[3] * n1;
    out[2] = m[0] * n2 + m[2] * n3;
    out[3] = m[1] * n2 + m[3] * n3;
    out[4] = m[0] * n4 + m[2] * n5 + m[4];
    out[5] = m[1] * n4 + m[3] * n5 + m[5];
    return out;
  }

  /** The scratch matrix of compareWithLastPosition (read there and dropped). */
  private readonly position: Matrix = new Array<number>(6);

  private show(bytes: string, extraSpacing: number): void {
    const s = this.state;
    if (!s.font) throw new LeanUnsupported('text without a font');
    const cur = this.current;
    if (!cur || cur.fontSize !== s.fontSize || (cur.fontKey !== s.fontKey && cur.fontName !== s.font.name)) {
      this.flush();
      this.current = { fontSize: s.fontSize, fontKey: s.fontKey, fontName: s.font.name };
    }
    if (!bytes) {
      const spacing = s.charSpacing + extraSpacing;
      if (spacing) translate(s.textMatrix, spacing * s.hScale, 0);
      return;
    }
    const glyphs = shownGlyphs;
    const count = s.font.glyphs(bytes, glyphs);
    const scale = 0.001 * s.fontSize;
    // The advances along the text line are translate(s.textMatrix, dx, 0) written out: this loop runs per
    // glyph, and V8 (with the bin's --no-turbo-inlining) passes a call's fractional numbers as heap objects,
    // one allocated per argument per glyph. The same arithmetic, `m[2] * 0` included (NaN or -0 stay as
    // they were). compareWithLastPosition takes the glyph's width from `glyphWidth` for the same reason.
    let tm = s.textMatrix;
    let dx = 0;
    for (let i = 0; i < count; i++) {
      const glyph = glyphs[i];
      const kind = (glyph.kind ??= charKind(glyph.unicode));
      if (kind === 3) continue;
      let charSpacing = s.charSpacing + (i + 1 === count ? extraSpacing : 0);
      let scaled = glyph.width * scale;
      if (glyph.code === 0x20) charSpacing += s.wordSpacing;
      tm = s.textMatrix;
      if (kind === 1) {
        charSpacing += scaled;
        dx = charSpacing * s.hScale;
        tm[4] = tm[0] * dx + tm[2] * 0 + tm[4];
        tm[5] = tm[1] * dx + tm[3] * 0 + tm[5];
        this.saveLastChar(' ');
        continue;
      }
      const diacritic = kind === 2;
      this.glyphWidth = scaled;
      if (!diacritic && !this.compareWithLastPosition()) {
        dx = scaled * s.hScale;
        tm[4] = tm[0] * dx + tm[2] * 0 + tm[4];
        tm[5] = tm[1] * dx + tm[3] * 0 + tm[5];
        continue;
      }
      this.ensureItem();
      if (diacritic) scaled = 0;
      scaled *= s.hScale;
      tm = s.textMatrix;
      tm[4] = tm[0] * scaled + tm[2] * 0 + tm[4];
      tm[5] = tm[1] * scaled + tm[3] * 0 + tm[5];
      this.width += scaled;
      if (scaled) {
        // Only read (never handed out), so refilled in place.
        this.prevTransform = this.textTransform(this.prevTransform ?? undefined);
        this.prevRise = s.rise;
      }
      if (this.saveLastChar(glyph.unicode)) this.str.push(' ');
      this.str.push(glyph.unicode);
      if (charSpacing) {
        dx = charSpacing * s.hScale;
        tm = s.textMatrix;
        tm[4] = tm[0] * dx + tm[2] * 0 + tm[4];
        tm[5] = tm[1] * dx + tm[3] * 0 + tm[5];
      }
    }
  }

  private ensureItem(): void {
    if (this.initialized) return;
    const s = this.state;
    const trm = (this.transform = this.textTransform());
    this.width = this.totalWidth = 0;
    this.height = Math.hypot(trm[2], trm[3]);
    this.advanceScale = Math.hypot(s.ctm[0], s.ctm[1]) * Math.hypot(s.lineMatrix[0], s.lineMatrix[1]);
    this.trackingSpaceMin = s.fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = s.fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = s.fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = s.fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = s.fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.initialized = true;
  }

  private updateAdvanceScale(): void {
    if (!this.initialized) return;
    const s = this.state;
    const scale = Math.hypot(s.ctm[0], s.ctm[1]) * Math.hypot(s.lineMatrix[0], s.lineMatrix[1]);
    if (scale === this.advanceScale) return;
    this.totalWidth += this.width * this.advanceScale;
    this.width = 0;
    this.advanceScale = scale;
  }

  private saveLastChar(char: string): boolean {
    const next = (this.lastCharPos + 1) % 2;
    const addSpace = this.lastChars[this.lastCharPos] !== ' ' && this.lastChars[next] === ' ';
    this.lastChars[this.lastCharPos] = char;
    this.lastCharPos = next;
    return addSpace;
  }

  private shouldAddWhitespace(): boolean {
    return this.lastChars[this.lastCharPos] !== ' ' && this.lastChars[(this.lastCharPos + 1) % 2] === ' ';
  }

  private resetLastChars(): void {
    this.lastChars[0] = this.lastChars[1] = ' ';
    this.lastCharPos = 0;
  }

  /** The width of the glyph compareWithLastPosition places (set by show, see there). */
  private glyphWidth = 0;

  /** pdf.js's rule for where the next glyph goes: same item, a space first, or a new item. False: outside the page. */
  private compareWithLastPosition(): boolean {
    const glyphWidth = this.glyphWidth;
    const t = this.textTransform(this.position);
    let posX = t[4];
    let posY = t[5];
    const vb = this.viewBox;
    if (posX + glyphWidth < vb[0] || posX > vb[2] || posY < vb[1] || posY > vb[3]) return false;
    if (!this.prevTransform) return true;
    let lastX = this.prevTransform[4];
    let lastY = this.prevTransform[5];
    if (lastX === posX && lastY === posY) return true;
    let rotate = -1;
    if (t[0] && t[1] === 0 && t[2] === 0) rotate = t[0] > 0 ? 0 : 180;
    else if (t[1] && t[0] === 0 && t[3] === 0) rotate = t[1] > 0 ? 90 : 270;
    if (rotate === 90) [posX, posY, lastX, lastY] = [posY, posX, lastY, lastX];
    else if (rotate === 180) [posX, posY, lastX, lastY] = [-posX, -posY, -lastX, -lastY];
    else if (rotate === 270) [posX, posY, lastX, lastY] = [-posY, -posX, -lastY, -lastX];
    else if (rotate === -1) {
      [posX, posY] = inverseRotation(posX, posY, t);
      [lastX, lastY] = inverseRotation(lastX, lastY, this.prevTransform);
    }
    const advanceX = (posX - lastX) / this.advanceScale;
    const advanceY = posY - lastY;
    const orientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < orientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.endOfLine();
        return true;
      }
      this.resetLastChars();
      this.flush();
      return true;
    }
    const riseDelta = this.state.rise - this.prevRise;
    const advanceYCorrected = riseDelta === 0 ? advanceY : advanceY - (t[3] / this.state.fontSize) * riseDelta;
    if (Math.abs(advanceYCorrected) > this.height) {
      this.endOfLine();
      return true;
    }
    if (advanceX <= orientation * this.notASpace) this.resetLastChars();
    if (advanceX <= orientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
      } else this.width += advanceX;
    } else if (!this.addFakeSpace(advanceX, orientation)) {
      if (this.str.length === 0) this.resetLastChars();
      else this.width += advanceX;
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
    return true;
  }

  /** A gap in the flow of a line becomes a space in the item; a wider one ends the item. */
  private addFakeSpace(width: number, orientation: number): boolean {
    if (orientation * this.spaceInFlowMin <= width && width <= orientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(' ');
      }
      return false;
    }
    this.flush();
    this.resetLastChars();
    return true;
  }

  private endOfLine(): void {
    this.resetLastChars();
    if (this.initialized) this.flush();
  }

  private flush(): void {
    if (!this.initialized) return;
    this.totalWidth += this.width * this.advanceScale;
    let text = this.str.join('');
    if (!plainText(text)) {
      text = text.replace(NORMALIZE, (_, p1: string | undefined) => (p1 ? p1.normalize('NFKC') : 'ſt'));
      if (RTL.test(text)) throw new LeanUnsupported('right-to-left text');
    }
    if (text.trim()) this.found.items.push({ str: text, transform: this.transform, width: Math.abs(this.totalWidth), height: Math.abs(this.height) });
    this.initialized = false;
    this.str.length = 0;
  }
}

function inverseRotation(x: number, y: number, m: Matrix): [number, number] {
  const scale = Math.hypot(m[0], m[1]);
  return [(m[0] * x + m[1] * y) / scale, (m[2] * x + m[3] * y) / scale];
}

/** `BI <dict> ID <bytes> EI`: jump past the image data, to an EI standing alone. */
export function skipInlineImage(lx: Lexer): void {
  for (let t = lx.token(); t !== undefined; t = lx.token()) if (t instanceof Keyword && t.word === 'ID') break;
  const b = lx.bytes;
  let p = lx.pos + 1;
  const white = (c: number | undefined) => c === undefined || c === 32 || c === 10 || c === 13 || c === 9 || c === 0 || c === 12;
  while (p + 1 < b.length && !(b[p] === 69 && b[p + 1] === 73 && white(b[p - 1]) && white(b[p + 2]))) p++;
  lx.pos = p + 2;
}
