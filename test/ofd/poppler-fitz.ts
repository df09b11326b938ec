/** Reading our PDFs the way other programs do: glyph origins with MuPDF, pixels with poppler's pdftoppm. */
import { execFileSync } from 'node:child_process';
import { PYTHON } from '../server/helpers.js';

const MM = 72 / 25.4;

export interface PdfGlyph {
  char: string;
  /** Glyph origin on the page, mm, y down. */
  x: number;
  y: number;
  /** Font size on the page, mm; 0 where MuPDF does not tell it (rotated text). */
  size: number;
}

/** Every glyph MuPDF's text trace finds drawn on the first page, with its origin. */
export function pdfGlyphs(pdf: Uint8Array): PdfGlyph[] {
  // The trace lists each glyph as drawn; get_text("rawdict") also runs layout analysis, which drops some.
  const script = `
import fitz, json, sys
doc = fitz.open(stream=sys.stdin.buffer.read(), filetype="pdf")
out = []
for span in doc[0].get_texttrace():
    for ch in span["chars"]:
        out.append([chr(ch[0]), ch[2][0], ch[2][1], span["size"]])
print(json.dumps(out))
`;
  const rows = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: pdf, maxBuffer: 64 << 20 }).toString('utf8')) as [string, number, number, number][];
  return rows.map(([char, x, y, size]) => ({ char, x: x / MM, y: y / MM, size: size / MM }));
}

export interface Pixels {
  width: number;
  height: number;
  /** RGB, 3 bytes a pixel. */
  rgb: Buffer;
  dpi: number;
}

/** Page 1 rendered by poppler (pdftoppm, PPM on stdout). */
export function popplerRender(pdf: Uint8Array, dpi: number): Pixels {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-'], { input: pdf, maxBuffer: 256 << 20 });
  // P6\n<w> <h>\n255\n<data>
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length), dpi };
}

/** The pixel colour at a page position in mm. */
export function pixelAt(p: Pixels, xMm: number, yMm: number): [number, number, number] {
  const x = Math.floor((xMm / 25.4) * p.dpi);
  const y = Math.floor((yMm / 25.4) * p.dpi);
  const i = (y * p.width + x) * 3;
  return [p.rgb[i]!, p.rgb[i + 1]!, p.rgb[i + 2]!];
}

export const isRed = ([r, g, b]: [number, number, number]) => r > 200 && g < 80 && b < 80;
export const isInk = ([r, g, b]: [number, number, number]) => r + g + b < 3 * 160;
