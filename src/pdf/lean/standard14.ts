/**
 * The standard 14 fonts' glyph widths and the WinAnsi encoding, from @pdf-lib/standard-fonts' data.
 *
 * Its data files (base64 of deflated JSON) are inflated here with Node's zlib instead of through the
 * package's `Font.load` / `Encodings`: those inflate with pako in JavaScript, turn the bytes into a string
 * one character at a time, build kerning tables text does not need, and loading the package inflates all
 * its encodings. Three fonts and WinAnsi cost ~115 ms of CPU that way, ~15 ms here: a share of a small
 * batch of Western PDFs.
 */
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { FontNames } from '@pdf-lib/standard-fonts';

const require = createRequire(import.meta.url);

/** The package's `FontNames` (requiring its index would inflate every encoding). */
const STANDARD_14 = new Set<string>([
  'Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique',
  'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique',
  'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic',
  'Symbol', 'ZapfDingbats',
] satisfies `${FontNames}`[]);

export const isStandard14 = (name: string): boolean => STANDARD_14.has(name);

/** One of the package's `lib/<name>.compressed.json` files, decoded. */
function packageData<T>(name: string): T {
  const base64 = require(`@pdf-lib/standard-fonts/lib/${name}.compressed.json`) as string;
  return JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString('latin1')) as T;
}

/** Glyph name → advance width (glyph space), per font, decoded once per process. */
const widths = new Map<string, Map<string, number>>();

export function standardWidths(name: string): Map<string, number> {
  let font = widths.get(name);
  if (!font) {
    const { CharMetrics } = packageData<{ CharMetrics: { N: string; WX: number }[] }>(name);
    widths.set(name, (font = new Map(CharMetrics.map((m) => [m.N, m.WX]))));
  }
  return font;
}

export type Encoded = Map<number, { unicode: string; name: string }>;
let winAnsi: Encoded | undefined;

/** WinAnsiEncoding: code → Unicode and glyph name (for a code two code points map to, the lower one, as the package's encoder gives). */
export function winAnsiEncoding(): Encoded {
  if (winAnsi) return winAnsi;
  const { win1252 } = packageData<{ win1252: Record<string, [number, string]> }>('all-encodings');
  winAnsi = new Map();
  for (const cp of Object.keys(win1252).map(Number).sort((a, b) => a - b)) {
    const [code, name] = win1252[cp];
    if (!winAnsi.has(code)) winAnsi.set(code, { unicode: String.fromCodePoint(cp), name });
  }
  return winAnsi;
}
