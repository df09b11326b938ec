/**
 * Writes src/pdf/lean/standard14-metrics.ts: the standard 14 fonts' glyph widths from
 * @pdf-lib/standard-fonts' AFM data, written out so that the lean reader does not resolve, inflate and
 * parse the package's files (kerning pairs and all) at run time. test/pdf/lean-standard14.test.ts
 * compares what it writes with the package's own `Font.load`. Run it again if the package's data changes.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'pdf', 'lean', 'standard14-metrics.ts');
const metrics = (name) => {
  const { CharMetrics } = JSON.parse(inflateSync(Buffer.from(require(`@pdf-lib/standard-fonts/lib/${name}.compressed.json`), 'base64')).toString('latin1'));
  return CharMetrics.map((m) => [m.N, m.WX]);
};
const LATIN = ['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique', 'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique', 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic'];
const glyphs = metrics('Helvetica').map(([n]) => n);
for (const name of LATIN) if (metrics(name).map(([n]) => n).join(' ') !== glyphs.join(' ')) throw new Error(`${name}: another glyph set`);

/** A string literal over several lines, split at spaces. */
const wrapped = (words) => {
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > 96 && line !== '') (lines.push(`${line} `), (line = w));
    else line = line === '' ? w : `${line} ${w}`;
  }
  lines.push(line);
  return lines.map((l, i) => `${i === 0 ? '  ' : '  + '}'${l}'`).join('\n');
};
const widths = (name) => metrics(name).map(([, w]) => String(w));
let text = `// Written by scripts/standard14-metrics.mjs from @pdf-lib/standard-fonts' data; do not edit.

/** The glyph names of the twelve Latin fonts, in the order of their widths below. */
export const LATIN_GLYPHS = (
${wrapped(glyphs)}
);

/** Advance widths (glyph space) per font, in the order of LATIN_GLYPHS; an oblique has its upright's. Courier's are all 600. */
export const LATIN_WIDTHS: Record<string, string> = {
`;
for (const name of ['Helvetica', 'Helvetica-Bold', 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic']) text += `  '${name}': (\n${wrapped(widths(name))}\n  ),\n`;
text += '};\n';
for (const [name, id] of [['Symbol', 'SYMBOL'], ['ZapfDingbats', 'ZAPF_DINGBATS']]) {
  text += `\n/** ${name}: glyph names, then their widths in the same order. */\nexport const ${id}_GLYPHS = (\n${wrapped(metrics(name).map(([n]) => n))}\n);\nexport const ${id}_WIDTHS = (\n${wrapped(widths(name))}\n);\n`;
}
fs.writeFileSync(out, text);
