/**
 * The parsed OFD model. Units are millimetres, origin top-left, y down (OFD's own space). Object
 * geometry is kept as OFD states it: a Boundary box whose top-left is the object's origin, an optional
 * CTM applied inside that box, and content coordinates in the object's own space. So a point p of an
 * object lands on the page at `apply(ctm, p) + (boundary.x, boundary.y)`.
 */

/** [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF and OFD agree on this layout). */
export type Matrix = [number, number, number, number, number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Colour with components 0..1; alpha 0..1 (OFD states 0..255). */
export interface Color {
  space: 'gray' | 'rgb' | 'cmyk';
  values: number[];
  alpha: number;
}

export interface OfdFont {
  id: string;
  name: string;
  family?: string;
  bold: boolean;
  italic: boolean;
  fixedWidth: boolean;
  /** The embedded font program (FontFile), when the OFD carries one. */
  file?: Uint8Array;
}

export interface OfdImage {
  resourceId: string;
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/bmp' | 'image/tiff' | 'image/x-jbig2' | 'application/octet-stream';
  bytes: Uint8Array;
}

/** One glyph at its drawing point (baseline) in the object's space, DeltaX/DeltaY already applied. */
export interface OfdGlyph {
  char: string;
  x: number;
  y: number;
  /**
   * The embedded font's glyph ids to draw for this character (CGTransform), when the file maps it so;
   * empty when the character shares a glyph drawn for the character before it (a ligature).
   */
  glyphIds?: number[];
}

export interface OfdTextCode {
  text: string;
  glyphs: OfdGlyph[];
}

/**
 * One Clip: the union of its areas. An area is a closed path with its fill rule, or the shapes of a
 * text's glyphs. `matrix` maps the area into the object's Boundary space: for a path, the Path's own CTM
 * then the Area's CTM; for a text, the Area's CTM (the text keeps its own CTM, as a TextObject does).
 * The object's own CTM does not apply to its clips.
 */
export interface OfdClip {
  areas: OfdClipArea[];
}

export type OfdClipArea = { matrix: Matrix } & ({ kind: 'path'; commands: PathCommand[]; evenOdd: boolean } | { kind: 'text'; text: OfdTextObject });

interface GraphicUnit {
  id?: string;
  boundary: Box;
  ctm?: Matrix;
  /** Object-level transparency, 0..1. */
  alpha: number;
  /** Clips (GB/T 33190 Clips): the object is drawn only where every clip lets it through. */
  clips: OfdClip[];
}

export interface OfdTextObject extends GraphicUnit {
  kind: 'text';
  font?: OfdFont;
  size: number;
  /** Glyph width scale (HScale): the em is size × hScale wide. */
  hScale: number;
  /** ReadDirection: the way glyphs advance when no DeltaX/DeltaY places them (degrees clockwise). */
  readDirection: 0 | 90 | 180 | 270;
  /** CharDirection: each glyph turned about its origin by this angle (degrees clockwise). */
  charDirection: 0 | 90 | 180 | 270;
  /** Null when the text is not filled / not stroked (invisible text is still text). */
  fill: Color | null;
  stroke: Color | null;
  lineWidth: number;
  codes: OfdTextCode[];
}

/** Path data normalised to absolute moveto/lineto/cubic/close (quadratics and arcs converted). */
export type PathCommand =
  | { op: 'M' | 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

export interface OfdPathObject extends GraphicUnit {
  kind: 'path';
  commands: PathCommand[];
  fill: Color | null;
  stroke: Color | null;
  lineWidth: number;
  evenOdd: boolean;
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
  dash?: { offset: number; pattern: number[] };
}

export interface OfdImageObject extends GraphicUnit {
  kind: 'image';
  /** Undefined when the resource is missing; the object is kept so its place is known. */
  image?: OfdImage;
}

export type OfdObject = OfdTextObject | OfdPathObject | OfdImageObject;

export interface OfdAnnotation {
  id?: string;
  type: string;        // Link, Path, Highlight, Stamp, Watermark
  subtype?: string;
  visible: boolean;
  /** The appearance box on the page; the objects are in its space (origin at its top-left). */
  boundary: Box;
  objects: OfdObject[];
}

export interface OfdSeal {
  signatureId?: string;
  /** Where the stamp goes on the page. */
  boundary: Box;
  /** The seal picture: a raster image, or a nested OFD whose first page is the seal's vector drawing. */
  image?: OfdImage;
  document?: OfdDocument;
}

export interface OfdPage {
  /** 1-based position in the document. */
  number: number;
  /** The Page ID that annotations, tags and signatures refer to. */
  id: string;
  /** PhysicalBox in mm. */
  box: Box;
  /** Background templates, the page content, then foreground templates: drawing order. */
  objects: OfdObject[];
  annotations: OfdAnnotation[];
  seals: OfdSeal[];
}

/** One CustomTag field: the element holding ObjectRefs, and the objects it points at. */
export interface OfdTagField {
  file: string;        // the CustomTag file in the container
  name: string;        // the element's local name, e.g. InvoiceNo
  path: string[];      // element names from the tag root down to it, e.g. [eInvoice, Seller, SellerName]
  refs: { pageId: string; objectId: string }[];
}

export interface OfdAttachment {
  id?: string;
  name: string;        // the Attachment's Name attribute, or the file name
  file: string;        // path in the container
  format?: string;
  bytes: Uint8Array;
}

export interface OfdDocument {
  version?: string;
  docInfo: {
    docId?: string;
    title?: string;
    author?: string;
    creator?: string;
    creationDate?: string;
  };
  customData: Record<string, string>;
  pages: OfdPage[];
  tagFields: OfdTagField[];
  attachments: OfdAttachment[];
}
