/**
 * A fontkit for pdf-lib's registerFontkit that subsets CID-keyed CFF fonts (Noto Sans CJK, Source Han,
 * and so our CJK fallback) correctly. @pdf-lib/fontkit 1.1.1, a stale fork, has three bugs there, fixed
 * upstream long ago; each alone makes poppler/FreeType/Acrobat reject or mis-draw the embedded font
 * (pdf.js happens to tolerate them):
 *   1. the CFF header's offSize is written from the wrong field (a byte count; valid is 1..4);
 *   2. fdForGlyph's binary search gives a glyph that starts an FDSelect range the previous range's FD;
 *   3. the subset's FDSelect maps every glyph to the most recently added Font DICT, not its own.
 * The fixes are applied to each font instance (never to the shared prototypes), so nothing else that
 * uses fontkit changes. Subroutine subsetting is also made cheaper (see subsetSubrs). Parsed fonts are cached by their byte array: the 8 MB fallback font is parsed
 * once per process, not once per PDF.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

type Font = ReturnType<Fontkit['create']>;

/* The untyped internals the fixes touch. */
interface FdSelect { version: number; fds?: number[]; ranges?: { first: number; fd: number }[] }
interface CffTable {
  version?: number;
  stream: { pos: number; readBuffer(length: number): unknown };
  length?: number;
  offSize?: number;
  topDict: { FDSelect?: FdSelect; FDArray?: Record<string, unknown>[] };
  fdForGlyph(gid: number): number | null;
}
interface CffSubset {
  cff: CffTable;
  glyphs: number[];
  font: { getGlyph(gid: number): { path: unknown; _usedSubrs?: Record<string, boolean> } };
  subsetSubrs(subrs: { offset: number; length: number }[], used: Record<string, boolean>): unknown[];
  subsetFontdict(topDict: Record<string, unknown>): void;
}

const parsed = new WeakMap<Uint8Array, Font>();

export const fixedFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    if (postscriptName === undefined) {
      const cached = parsed.get(buffer);
      if (cached) return cached;
    }
    const font = fontkit.create(buffer, postscriptName) as Font;
    fixCff(font);
    if (postscriptName === undefined) parsed.set(buffer, font);
    return font;
  },
};

function fixCff(font: Font): void {
  const cff = (font as unknown as Record<string, CffTable | undefined>)['CFF '];
  if (!cff) return;
  // (1) The encoder writes `length` (restructure's byte count of the parsed header) as offSize.
  // `length` means nothing else for a version-1 CFF, so give it the value the header should carry.
  if ((cff.version ?? 1) < 2) cff.length = cff.offSize && cff.offSize <= 4 ? cff.offSize : 4;
  cff.fdForGlyph = (gid: number) => fdForGlyph(cff.topDict.FDSelect, gid); // (2)
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset() as unknown as CffSubset;
    if (subset.cff) {
      subset.subsetFontdict = subsetFontdict; // (3)
      // fontkit's stream only takes its own bundled Buffer type: borrow one "return" buffer from it.
      returnOnly ??= subset.subsetSubrs([{ offset: 0, length: 0 }], {})[0];
      subset.subsetSubrs = subsetSubrs;
    }
    return subset as unknown as ReturnType<Font['createSubset']>;
  };
}

function fdForGlyph(select: FdSelect | undefined, gid: number): number | null {
  if (!select) return null;
  if (select.version === 0) return select.fds?.[gid] ?? null;
  const ranges = select.ranges ?? [];
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (gid < ranges[mid]!.first) high = mid - 1;
    else if (mid < ranges.length - 1 && gid >= ranges[mid + 1]!.first) low = mid + 1;
    else return ranges[mid]!.fd;
  }
  return null;
}

/**
 * Same output as fontkit's, faster: a CJK font has tens of thousands of subroutines, and fontkit
 * allocates a fresh one-byte "return" buffer for every unused one, which dominated the conversion time.
 */
let returnOnly: unknown;
function subsetSubrs(this: CffSubset, subrs: { offset: number; length: number }[], used: Record<string, boolean>): unknown[] {
  const out = new Array<unknown>(subrs.length);
  for (let i = 0; i < subrs.length; i++) {
    if (used[i]) {
      this.cff.stream.pos = subrs[i]!.offset;
      out[i] = this.cff.stream.readBuffer(subrs[i]!.length);
    } else out[i] = returnOnly;
  }
  return out;
}

function subsetFontdict(this: CffSubset, topDict: Record<string, unknown>): void {
  const fdArray: Record<string, unknown>[] = [];
  const fds: number[] = [];
  const usedSubrs: Record<string, boolean>[] = [];
  const newIndex = new Map<number, number>();
  for (const gid of this.glyphs) {
    const fd = this.cff.fdForGlyph(gid) ?? 0;
    let index = newIndex.get(fd);
    if (index === undefined) {
      index = fdArray.length;
      newIndex.set(fd, index);
      fdArray.push({ ...this.cff.topDict.FDArray?.[fd] });
      usedSubrs.push({});
    }
    fds.push(index);
    const glyph = this.font.getGlyph(gid);
    void glyph.path; // parsing the outline records which local subrs it calls
    for (const subr in glyph._usedSubrs) usedSubrs[index]![subr] = true;
  }
  fdArray.forEach((dict, i) => {
    delete dict.FontName;
    const priv = dict.Private as { Subrs?: { offset: number; length: number }[] } | undefined;
    if (priv?.Subrs) dict.Private = { ...priv, Subrs: this.subsetSubrs(priv.Subrs, usedSubrs[i]!) };
  });
  topDict.FDArray = fdArray;
  topDict.FDSelect = { version: 0, fds };
}
