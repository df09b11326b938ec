/**
 * Fonts for text we draw ourselves (labels, summaries, OFD text, OCR layers).
 *
 * CJK needs a real font. A TrueType (glyf) one is preferred: pdf-lib/fontkit subset it cleanly, while the
 * subset of a CFF-based OpenType font (Noto Sans CJK) is rejected by poppler ("Embedded font file may be
 * invalid") and prints as blank boxes. Order: INVOICECTL_CJK_FONT, common system TrueType CJK fonts
 * (Debian fonts-wqy-microhei, fonts-wqy-zenhei), then Noto Sans SC from the @embedpdf/fonts-sc npm package,
 * subset through `fixedFontkit`, which repairs fontkit's CFF subsetting.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import { StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);

const SYSTEM_CJK_FONTS = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
  '/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc',
];

/** The bundled fallback: Noto Sans SC (SIL OFL). The package exports no package.json, so go via its entry. */
export function bundledCjkFontPath(): string {
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

/** The CJK font file that will be used. */
export function cjkFontPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.INVOICECTL_CJK_FONT, ...SYSTEM_CJK_FONTS].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p)) ?? bundledCjkFontPath();
}

let cjk: { path: string; bytes: Buffer } | undefined;

/** Embeds the CJK font (subset: only the glyphs drawn end up in the file). */
export async function embedCjkFont(doc: PDFDocument): Promise<PDFFont> {
  const file = cjkFontPath();
  if (cjk?.path !== file) cjk = { path: file, bytes: fs.readFileSync(file) };
  // fontkit takes a noticeable time to load (it inflates its Unicode tables): only when a CJK text needs it.
  const { fixedFontkit } = await import('./fontkit-fix.js');
  // A .ttc holds several faces; pdf-lib wants one font, so hand it the first face.
  doc.registerFontkit({
    create: (bytes: Uint8Array, name?: string) => {
      const font = fixedFontkit.create(bytes, name) as unknown as { fonts?: unknown[] };
      return (font.fonts ? font.fonts[0] : font) as ReturnType<typeof fixedFontkit.create>;
    },
  });
  return doc.embedFont(cjk.bytes, { subset: true });
}

/**
 * A font that can draw every one of `texts`: Helvetica when they are all WinAnsi, else the CJK font.
 */
export async function fontFor(doc: PDFDocument, texts: string[]): Promise<PDFFont> {
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const encodable = texts.every((t) => {
    try {
      helvetica.encodeText(t);
      return true;
    } catch {
      return false;
    }
  });
  return encodable ? helvetica : embedCjkFont(doc);
}

/** Cuts `text` with an ellipsis so it fits `maxWidth` at `size`. */
export function fitText(font: PDFFont, text: string, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (font.widthOfTextAtSize(`${text.slice(0, mid)}…`, size) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}
