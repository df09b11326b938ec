/**
 * Builds small OFD files for tests with the features that printer-driver producers of 数电 invoices use:
 * text with Size="1" and the scale in a CTM (also rotated), Boundary with a negative origin, TextCode with
 * negative Y, DeltaX/DeltaY in text-space units (optionally written with the `g` repeat syntax),
 * CGTransform into an embedded font, Clips on any object, and annotation pages.
 *
 * `declaredGlyphs` lists where the OFD says each character goes on the page (mm, top-left origin),
 * worked out here from the same numbers the XML is written from, so tests compare the renderer's
 * output with the declaration and not with the renderer's own parse.
 */
import AdmZip from 'adm-zip';

export type Mat = [number, number, number, number, number, number];
export type Box = [number, number, number, number];
export type Rgb = [number, number, number];

export interface ClipArea {
  /** AbbreviatedData of the clip path, or a text whose glyph shapes clip (in the object's Boundary space). */
  data?: string;
  text?: { size: number; font: string; code: TextCode };
  rule?: 'NonZero' | 'Even-Odd';
  /** The Area's CTM. */
  ctm?: Mat;
}

interface Drawn {
  boundary: Box;
  ctm?: Mat;
  /** Clips: each inner list is one Clip (the union of its areas); Clips intersect. */
  clips?: ClipArea[][];
}

export interface TextCode {
  x: number;
  y: number;
  text: string;
  deltaX?: number[];
  deltaY?: number[];
}

export interface TextSpec extends Drawn {
  kind: 'text';
  size: number;
  font?: string;
  fill?: Rgb;
  codes: TextCode[];
  /** CGTransform: characters from `position` on are drawn as these glyph ids of the font. */
  cgTransform?: { position: number; codeCount: number; glyphs: number[] }[];
}

export interface PathSpec extends Drawn {
  kind: 'path';
  data: string;
  fill?: Rgb;
  stroke?: Rgb;
  lineWidth?: number;
  rule?: 'Even-Odd';
}

export interface ImageSpec extends Drawn {
  kind: 'image';
  resource: string;
}

export type ObjectSpec = TextSpec | PathSpec | ImageSpec;

export interface PageSpec {
  size: [number, number];
  objects: ObjectSpec[];
  /** Annotations with an appearance: objects in the appearance's space. */
  annots?: { boundary: Box; objects: ObjectSpec[] }[];
}

export interface OfdSpec {
  pages: PageSpec[];
  fonts?: { id: string; name: string; file?: { name: string; bytes: Uint8Array } }[];
  images?: { id: string; name: string; bytes: Uint8Array }[];
  /** Write DeltaX/DeltaY runs of one value with `g count value`. */
  repeatSyntax?: boolean;
}

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

export function buildOfd(spec: OfdSpec): Uint8Array {
  const zip = new AdmZip();
  const add = (name: string, data: string | Uint8Array) => zip.addFile(name, Buffer.from(data));
  let nextId = 1000;
  const id = () => String(nextId++);

  add('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} DocType="OFD" Version="1.1"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const fonts = (spec.fonts ?? []).map((f) => {
    if (f.file) add(`Doc_0/Res/${f.file.name}`, f.file.bytes);
    return `<ofd:Font ID="${f.id}" FontName="${f.name}" FamilyName="${f.name}">${f.file ? `<ofd:FontFile>${f.file.name}</ofd:FontFile>` : ''}</ofd:Font>`;
  });
  const media = (spec.images ?? []).map((m) => {
    add(`Doc_0/Res/${m.name}`, m.bytes);
    return `<ofd:MultiMedia ID="${m.id}" Type="Image"><ofd:MediaFile>${m.name}</ofd:MediaFile></ofd:MultiMedia>`;
  });
  add('Doc_0/DocumentRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts>${fonts.join('')}</ofd:Fonts><ofd:MultiMedias>${media.join('')}</ofd:MultiMedias></ofd:Res>`);

  const objectXml = (o: ObjectSpec) => writeObject(o, id(), spec.repeatSyntax ?? false);
  const pages: string[] = [];
  const annotPages: string[] = [];
  spec.pages.forEach((page, i) => {
    const pageId = String(i + 1);
    pages.push(`<ofd:Page ID="${pageId}" BaseLoc="Pages/Page_${i}/Content.xml"/>`);
    add(`Doc_0/Pages/Page_${i}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Area><ofd:PhysicalBox>0 0 ${page.size[0]} ${page.size[1]}</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="${id()}">${page.objects.map(objectXml).join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
    if (page.annots?.length) {
      const annots = page.annots.map((a) => `<ofd:Annot ID="${id()}" Type="Stamp"><ofd:Appearance Boundary="${a.boundary.join(' ')}">${a.objects.map(objectXml).join('')}</ofd:Appearance></ofd:Annot>`);
      add(`Doc_0/Annots/Page_${i}/Annotation.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:PageAnnot ${NS}>${annots.join('')}</ofd:PageAnnot>`);
      annotPages.push(`<ofd:Page PageID="${pageId}"><ofd:FileLoc>Page_${i}/Annotation.xml</ofd:FileLoc></ofd:Page>`);
    }
  });
  if (annotPages.length) add('Doc_0/Annots/Annotations.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Annotations ${NS}>${annotPages.join('')}</ofd:Annotations>`);
  const [w, h] = spec.pages[0]!.size;
  add('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${nextId}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${w} ${h}</ofd:PhysicalBox></ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages>${pages.join('')}</ofd:Pages>${annotPages.length ? '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>' : ''}</ofd:Document>`);
  return new Uint8Array(zip.toBuffer());
}

function writeObject(o: ObjectSpec, id: string, repeat: boolean): string {
  const attrs = [`ID="${id}"`, `Boundary="${o.boundary.join(' ')}"`];
  if (o.ctm) attrs.push(`CTM="${o.ctm.join(' ')}"`);
  // The area shape's Boundary copies the object's, as some producers write it: clip data are relative
  // to the object's Boundary whatever it says.
  const box = o.boundary.join(' ');
  const area = (a: ClipArea) =>
    `<ofd:Area${a.ctm ? ` CTM="${a.ctm.join(' ')}"` : ''}>${
      a.text
        ? `<ofd:Text Boundary="${box}" Font="${a.text.font}" Size="${a.text.size}">${writeCode(a.text.code, repeat)}</ofd:Text>`
        : `<ofd:Path Boundary="${box}"${a.rule ? ` Rule="${a.rule}"` : ''} Fill="true"><ofd:AbbreviatedData>${a.data}</ofd:AbbreviatedData></ofd:Path>`
    }</ofd:Area>`;
  const clips = o.clips?.length ? `<ofd:Clips>${o.clips.map((clip) => `<ofd:Clip>${clip.map(area).join('')}</ofd:Clip>`).join('')}</ofd:Clips>` : '';
  if (o.kind === 'path') {
    attrs.push(`Fill="${Boolean(o.fill)}"`, `Stroke="${Boolean(o.stroke)}"`);
    if (o.rule) attrs.push(`Rule="${o.rule}"`);
    if (o.lineWidth) attrs.push(`LineWidth="${o.lineWidth}"`);
    const colors = `${o.fill ? `<ofd:FillColor Value="${o.fill.join(' ')}"/>` : ''}${o.stroke ? `<ofd:StrokeColor Value="${o.stroke.join(' ')}"/>` : ''}`;
    return `<ofd:PathObject ${attrs.join(' ')}>${clips}${colors}<ofd:AbbreviatedData>${o.data}</ofd:AbbreviatedData></ofd:PathObject>`;
  }
  if (o.kind === 'image') return `<ofd:ImageObject ${attrs.join(' ')} ResourceID="${o.resource}">${clips}</ofd:ImageObject>`;
  attrs.push(`Size="${o.size}"`);
  if (o.font) attrs.push(`Font="${o.font}"`);
  const fill = o.fill ? `<ofd:FillColor Value="${o.fill.join(' ')}"/>` : '';
  const cg = (o.cgTransform ?? []).map((t) => `<ofd:CGTransform CodePosition="${t.position}" CodeCount="${t.codeCount}" GlyphCount="${t.glyphs.length}"><ofd:Glyphs>${t.glyphs.join(' ')}</ofd:Glyphs></ofd:CGTransform>`).join('');
  const codes = o.codes.map((c) => writeCode(c, repeat));
  return `<ofd:TextObject ${attrs.join(' ')}>${clips}${fill}${cg}${codes.join('')}</ofd:TextObject>`;
}

function writeCode(c: TextCode, repeat: boolean): string {
  const deltas = [c.deltaX ? ` DeltaX="${writeDeltas(c.deltaX, repeat)}"` : '', c.deltaY ? ` DeltaY="${writeDeltas(c.deltaY, repeat)}"` : ''].join('');
  return `<ofd:TextCode X="${c.x}" Y="${c.y}"${deltas}>${escapeXml(c.text)}</ofd:TextCode>`;
}

/** `1 1 1 2` → `g 3 1 2` when repeats are wanted. */
function writeDeltas(values: number[], repeat: boolean): string {
  if (!repeat) return values.join(' ');
  const out: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j++;
    out.push(j - i >= 2 ? `g ${j - i} ${values[i]}` : String(values[i]));
    i = j;
  }
  return out.join(' ');
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface DeclaredGlyph {
  char: string;
  /** Glyph origin (baseline) on the page, mm, y down. */
  x: number;
  y: number;
  /** Em size on the page, mm: Size scaled by the CTM. */
  size: number;
}

/** Every non-blank character of a page's text objects (annotations included) where the OFD puts it. */
export function declaredGlyphs(page: PageSpec): DeclaredGlyph[] {
  const out: DeclaredGlyph[] = [];
  const collect = (objects: ObjectSpec[], dx: number, dy: number) => {
    for (const o of objects) {
      if (o.kind !== 'text') continue;
      const [a, b, c, d, e, f] = o.ctm ?? [1, 0, 0, 1, 0, 0];
      const scale = Math.sqrt(Math.abs(a * d - b * c));
      for (const code of o.codes) {
        let x = code.x;
        let y = code.y;
        Array.from(code.text).forEach((char, i) => {
          if (i > 0) {
            x += code.deltaX?.[i - 1] ?? 0;
            y += code.deltaY?.[i - 1] ?? 0;
          }
          if (char.trim()) out.push({ char, x: dx + o.boundary[0] + a * x + c * y + e, y: dy + o.boundary[1] + b * x + d * y + f, size: o.size * scale });
        });
      }
    }
  };
  collect(page.objects, 0, 0);
  for (const annot of page.annots ?? []) collect(annot.objects, annot.boundary[0], annot.boundary[1]);
  return out;
}
