/**
 * The geometry rule for a converted OFD page: every glyph the PDF draws (MuPDF's text trace) lies, by its
 * middle, inside
 * the Boundary of an OFD TextObject that holds that character, every TextObject's characters are found
 * inside its Boundary, and glyphs of two objects whose Boundaries do not meet do not meet either.
 * Boundaries are page-space boxes (annotation objects offset by their appearance box, seal drawings
 * scaled into their stamp), so the rule does not depend on how the renderer applies CTMs and deltas.
 */
import { execFileSync } from 'node:child_process';
import type { Box, OfdDocument, OfdObject } from '../../src/ofd/parse.js';
import { PYTHON } from '../server/helpers.js';

const MM = 72 / 25.4;
/** How far a glyph's middle may sit outside its Boundary (rounding in the files' numbers). */
const SLACK = 0.35;

export interface TracedGlyph {
  char: string;
  /** Origin, mm, y down. */
  x: number;
  y: number;
  size: number;
  /** Writing direction (unit vector, y down). */
  dir: [number, number];
  /** The glyph's advance cell, mm: origin to origin + advance, from the baseline up one em. */
  cell: Box;
}

/** Every glyph of every page, as MuPDF's text trace reports it. */
export function traceGlyphs(pdf: Uint8Array): TracedGlyph[][] {
  const script = `
import fitz, json, sys
doc = fitz.open(stream=sys.stdin.buffer.read(), filetype="pdf")
pages = []
for page in doc:
    out = []
    for span in page.get_texttrace():
        size = span["size"]
        chars = span["chars"]
        if size <= 0 and len(chars) > 1:
            # MuPDF tells no size for turned text: the step between its glyphs stands for the em.
            steps = sorted(((a[2][0] - b[2][0]) ** 2 + (a[2][1] - b[2][1]) ** 2) ** 0.5 for a, b in zip(chars, chars[1:]))
            size = steps[len(steps) // 2]
        for ch in chars:
            out.append([chr(ch[0]), ch[2][0], ch[2][1], size, span["dir"][0], span["dir"][1], ch[3]])
    pages.append(out)
print(json.dumps(pages))
`;
  const pages = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: pdf, maxBuffer: 64 << 20 }).toString('utf8')) as [string, number, number, number, number, number, number[]][][];
  return pages.map((rows) =>
    rows.map(([char, x, y, size, dx, dy, bbox]) => {
      const [x0, y0, x1, y1] = bbox.map((v) => v / MM) as [number, number, number, number];
      const ox = x / MM;
      const oy = y / MM;
      const em = size / MM;
      // MuPDF's bbox height comes from the font's ascender and descender, taller than the em the OFD
      // lays rows out by; the advance comes from the font's /W. Horizontal glyphs get that advance and
      // 0.85 em above the baseline; turned glyphs keep MuPDF's box.
      const cell = Math.abs(dy) < 1e-3 && dx > 0 && em > 0
        ? { x: Math.min(x0, x1), y: oy - em * 0.85, width: Math.abs(x1 - x0), height: em * 0.85 }
        : x1 - x0 > 0 && y1 - y0 > 0
          ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
          : emCell(ox, oy, em * 0.85, dx, dy);
      return { char, x: ox, y: oy, size: em, dir: [dx, dy] as [number, number], cell };
    }),
  );
}

/** A turned glyph's em cell: from its origin along its direction, and "up" (direction turned back 90°). */
function emCell(x: number, y: number, em: number, dx: number, dy: number): Box {
  const [ux, uy] = [dy * em, -dx * em];
  const xs = [x, x + dx * em, x + ux, x + dx * em + ux];
  const ys = [y, y + dy * em, y + uy, y + dy * em + uy];
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

export interface TextBox {
  id: string;
  /** Page-space Boundary. */
  box: Box;
  text: string;
}

/** Every TextObject of each page (templates, blocks, visible annotations, seal drawings) with its page-space Boundary. */
export function textBoxes(doc: OfdDocument): TextBox[][] {
  return doc.pages.map((page) => {
    const out: TextBox[] = [];
    const add = (objects: OfdObject[], place: (b: Box) => Box, prefix: string) => {
      for (const o of objects) {
        if (o.kind !== 'text') continue;
        const text = o.codes.map((c) => c.text).join('');
        if (text.trim()) out.push({ id: `${prefix}${o.id ?? '?'}`, box: place({ ...o.boundary, x: o.boundary.x - page.box.x, y: o.boundary.y - page.box.y }), text });
      }
    };
    add(page.objects, (b) => b, '');
    for (const a of page.annotations) if (a.visible) add(a.objects, (b) => ({ ...b, x: b.x + a.boundary.x, y: b.y + a.boundary.y }), `annot${a.id ?? ''}/`);
    for (const s of page.seals) {
      const sealPage = s.document?.pages[0];
      if (!sealPage) continue;
      const sx = s.boundary.width / sealPage.box.width;
      const sy = s.boundary.height / sealPage.box.height;
      add(sealPage.objects, (b) => ({ x: s.boundary.x + (b.x - sealPage.box.x) * sx, y: s.boundary.y + (b.y - sealPage.box.y) * sy, width: b.width * sx, height: b.height * sy }), 'seal/');
    }
    return out;
  });
}

const inside = (b: Box, x: number, y: number, slack: number) => x >= b.x - slack && x <= b.x + b.width + slack && y >= b.y - slack && y <= b.y + b.height + slack;
const meet = (a: Box, b: Box, shrink: number) =>
  a.x + shrink < b.x + b.width - shrink && b.x + shrink < a.x + a.width - shrink && a.y + shrink < b.y + b.height - shrink && b.y + shrink < a.y + a.height - shrink;

/** Violations of the geometry rule on one page: empty when the page keeps the OFD's layout. */
export function geometryViolations(glyphs: TracedGlyph[], boxes: TextBox[]): string[] {
  const problems: string[] = [];
  const owner = new Map<TracedGlyph, TextBox[]>();
  const placed = new Map<TextBox, string[]>();
  for (const g of glyphs) {
    if (!g.char.trim()) continue;
    // The glyph's middle: producers set origins a little outside the Boundary (a first glyph at X < 0,
    // a turned label's baseline on the box's edge), never the glyph itself.
    const [cx, cy] = [g.cell.x + g.cell.width / 2, g.cell.y + g.cell.height / 2];
    const owners = boxes.filter((b) => b.text.includes(g.char) && inside(b.box, cx, cy, SLACK));
    if (owners.length === 0) problems.push(`"${g.char}" drawn at ${cx.toFixed(2)},${cy.toFixed(2)} is in no Boundary of a text holding it`);
    owner.set(g, owners);
    for (const b of owners) placed.set(b, [...(placed.get(b) ?? []), g.char]);
  }
  for (const b of boxes) {
    const found = placed.get(b) ?? [];
    for (const ch of Array.from(b.text)) {
      if (!ch.trim()) continue;
      const i = found.indexOf(ch);
      if (i < 0) problems.push(`"${ch}" of text ${b.id} "${b.text}" is not drawn inside its Boundary ${JSON.stringify(b.box)}`);
      else found.splice(i, 1);
    }
  }
  // Overprinting: glyphs whose cells meet belong to texts whose Boundaries meet; and two different
  // characters never share an origin (a run collapsed onto one point, a line drawn over another).
  const drawn = glyphs.filter((g) => g.char.trim() && owner.get(g)?.length);
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++) {
      const a = drawn[i]!;
      const b = drawn[j]!;
      if (!meet(a.cell, b.cell, 0.05)) continue;
      if (a.char !== b.char && Math.hypot(a.x - b.x, a.y - b.y) < 0.25 * Math.min(a.size, b.size)) {
        problems.push(`"${a.char}" at ${a.x.toFixed(2)},${a.y.toFixed(2)} and "${b.char}" at ${b.x.toFixed(2)},${b.y.toFixed(2)} are drawn on top of each other`);
        continue;
      }
      const related = owner.get(a)!.some((p) => owner.get(b)!.some((q) => p === q || meet(p.box, q.box, 0)));
      if (!related) problems.push(`"${a.char}" at ${a.x.toFixed(2)},${a.y.toFixed(2)} overprints "${b.char}" at ${b.x.toFixed(2)},${b.y.toFixed(2)}, whose texts do not meet in the OFD`);
    }
  }
  return problems;
}
