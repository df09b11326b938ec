/**
 * OFD resources (PublicRes / DocumentRes / PageRes files): fonts, colour spaces, draw parameters and
 * multimedia. Loaded once per document; images are read from the container the first time an object
 * uses them and shared afterwards.
 */
import { InvoicectlError } from '../core/errors.js';
import { readImageHeader, tiffHeaders } from '../core/image/image-header.js';
import { readJbig2Info } from './jbig2.js';
import type { Color, OfdFont, OfdImage } from './types.js';
import { child, childText, type XmlElement } from './xml.js';
import { dirname, resolvePath, type OfdContainer } from './zip.js';

export interface DrawParam {
  relative?: string;
  lineWidth?: number;
  fill?: Color;
  stroke?: Color;
  join?: string;
  cap?: string;
}

interface ColorSpace {
  type: 'gray' | 'rgb' | 'cmyk';
  bits: number;
}

export class Resources {
  readonly fonts = new Map<string, OfdFont>();
  readonly drawParams = new Map<string, DrawParam>();
  /** CompositeGraphicUnit elements by ID; their Content is read where a CompositeObject uses them. */
  readonly composites = new Map<string, XmlElement>();
  private readonly colorSpaces = new Map<string, ColorSpace>();
  private readonly media = new Map<string, { path: string; format?: string }>();
  private readonly images = new Map<string, OfdImage | null>();

  constructor(
    private readonly container: OfdContainer,
    private readonly loadXml: (path: string) => XmlElement | undefined,
    private readonly maxImagePixels = Number.POSITIVE_INFINITY,
  ) {}

  /** Adds the resources of one Res file; a missing file is skipped (objects then fall back to defaults). */
  load(path: string): void {
    const res = this.loadXml(path);
    if (!res) return;
    const base = resolvePath(dirname(path), res.attrs.BaseLoc ?? '');
    for (const group of res.children) {
      for (const item of group.children) {
        const id = item.attrs.ID;
        if (!id) continue;
        switch (item.name) {
          case 'ColorSpace': {
            const type = (item.attrs.Type ?? 'RGB').toUpperCase();
            this.colorSpaces.set(id, { type: type === 'GRAY' ? 'gray' : type === 'CMYK' ? 'cmyk' : 'rgb', bits: Number(item.attrs.BitsPerComponent ?? 8) || 8 });
            break;
          }
          case 'DrawParam':
            this.drawParams.set(id, {
              relative: item.attrs.Relative,
              lineWidth: optionalNumber(item.attrs.LineWidth),
              fill: this.color(child(item, 'FillColor')),
              stroke: this.color(child(item, 'StrokeColor')),
              join: item.attrs.Join,
              cap: item.attrs.Cap,
            });
            break;
          case 'Font': {
            const fontFile = childText(item, 'FontFile');
            const name = item.attrs.FontName ?? '';
            this.fonts.set(id, {
              id,
              name,
              family: item.attrs.FamilyName,
              bold: item.attrs.Bold === 'true',
              italic: item.attrs.Italic === 'true',
              fixedWidth: item.attrs.FixedWidth === 'true' || /courier|mono/i.test(name),
              file: fontFile ? this.container.read(resolvePath(base, fontFile)) : undefined,
            });
            break;
          }
          case 'MultiMedia': {
            const file = childText(item, 'MediaFile');
            if (file) this.media.set(id, { path: resolvePath(base, file), format: item.attrs.Format });
            break;
          }
          case 'CompositeGraphicUnit': // VectorG: objects drawn by CompositeObjects (GB/T 33190 §13)
            this.composites.set(id, item);
            break;
        }
      }
    }
  }

  image(resourceId: string): OfdImage | undefined {
    const cached = this.images.get(resourceId);
    if (cached !== undefined) return cached ?? undefined;
    const media = this.media.get(resourceId);
    const bytes = media ? this.container.read(media.path) : undefined;
    const image: OfdImage | null = bytes && media ? { resourceId, bytes, mime: sniffImage(bytes, media.format) } : null;
    if (image) checkPixels(image, this.maxImagePixels);
    this.images.set(resourceId, image);
    return image ?? undefined;
  }

  /**
   * A FillColor/StrokeColor element as a colour. Components are scaled by the colour space's bit depth;
   * with no (known) colour space the component count decides (1 gray, 3 RGB, 4 CMYK). OFD also allows
   * `#FF`-style hex components.
   */
  color(el: XmlElement | undefined): Color | undefined {
    if (!el) return undefined;
    const space = el.attrs.ColorSpace ? this.colorSpaces.get(el.attrs.ColorSpace) : undefined;
    const raw = (el.attrs.Value ?? '').trim().split(/\s+/).filter(Boolean).map((t) => (t.startsWith('#') ? parseInt(t.slice(1), 16) : Number(t)));
    const alpha = el.attrs.Alpha !== undefined ? clamp01(Number(el.attrs.Alpha) / 255) : 1;
    if (raw.length === 0 || raw.some((v) => !Number.isFinite(v))) return { space: 'rgb', values: [0, 0, 0], alpha };
    const type = space?.type ?? (raw.length === 1 ? 'gray' : raw.length === 4 ? 'cmyk' : 'rgb');
    const count = type === 'gray' ? 1 : type === 'cmyk' ? 4 : 3;
    const max = 2 ** (space?.bits ?? 8) - 1;
    const values = Array.from({ length: count }, (_, i) => clamp01((raw[i] ?? raw[raw.length - 1]!) / max));
    return { space: type, values, alpha };
  }

  /** Follows a DrawParam and its Relative chain, nearest value winning; guards against cycles. */
  resolveDrawParam(id: string | undefined): DrawParam {
    const out: DrawParam = {};
    const seen = new Set<string>();
    while (id && !seen.has(id)) {
      seen.add(id);
      const p = this.drawParams.get(id);
      if (!p) break;
      out.lineWidth ??= p.lineWidth;
      out.fill ??= p.fill;
      out.stroke ??= p.stroke;
      out.join ??= p.join;
      out.cap ??= p.cap;
      id = p.relative;
    }
    return out;
  }
}

/**
 * An image over the pixel limit is refused from its header, before any decoder allocates its pixels
 * (a 24 KB PNG can declare 30000×30000). Formats whose header is not read here are checked by their decoder.
 */
function checkPixels(image: OfdImage, maxPixels: number): void {
  if (!Number.isFinite(maxPixels)) return;
  const size = imageSize(image);
  if (size && size.width * size.height > maxPixels) {
    throw new InvoicectlError('IMAGE_TOO_LARGE', `an OFD image (${image.resourceId}) is ${size.width}×${size.height} pixels, over the limit of ${maxPixels}`, { width: size.width, height: size.height, maxImagePixels: maxPixels });
  }
}

function imageSize(image: OfdImage): { width: number; height: number } | undefined {
  const b = image.bytes;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  switch (image.mime) {
    case 'image/png':
    case 'image/jpeg':
    case 'image/tiff': {
      // Every page of a TIFF counts (the largest decides).
      const headers = image.mime === 'image/tiff' ? tiffHeaders(b) : [readImageHeader(b)];
      const largest = headers?.filter((h) => h !== undefined).sort((x, y) => y!.width * y!.height - x!.width * x!.height)[0];
      return largest ? { width: largest.width, height: largest.height } : undefined;
    }
    case 'image/gif':
      return b.length >= 10 ? { width: view.getUint16(6, true), height: view.getUint16(8, true) } : undefined;
    case 'image/bmp':
      return b.length >= 26 ? { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) } : undefined;
    case 'image/x-jbig2': {
      const info = readJbig2Info(b);
      return info ? { width: info.width, height: info.height } : undefined;
    }
    default:
      return undefined;
  }
}

function sniffImage(bytes: Uint8Array, format?: string): OfdImage['mime'] {
  const b = bytes;
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8) return 'image/jpeg';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) return 'image/gif';
  if (b[0] === 0x42 && b[1] === 0x4d) return 'image/bmp';
  if ((b[0] === 0x49 && b[1] === 0x49) || (b[0] === 0x4d && b[1] === 0x4d)) return 'image/tiff';
  if (b[0] === 0x97 && b[1] === 0x4a && b[2] === 0x42 && b[3] === 0x32) return 'image/x-jbig2';
  // Headerless JBIG2 segments: only the declared format can tell (OFD spells it GBIG2 or JBIG2).
  if (format && /^[gj]big2$/i.test(format)) return 'image/x-jbig2';
  return 'application/octet-stream';
}

export function optionalNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1;
}

/** Re-exported for the parser: a required XML file that is missing is a corrupt OFD. */
export function corrupt(message: string): InvoicectlError {
  return new InvoicectlError('OFD_CORRUPT', message);
}

