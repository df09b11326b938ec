/**
 * PDFs whose fonts' ToUnicode maps say other characters than the glyphs drawn, as some issuers' are:
 * every Type0 font's map (each map once) passed through `change(text, fontName, code, map)`, which gives
 * the text the code should map to, or null to leave the code out of the map. The glyphs and the page stay as
 * they are. Used by bench/accuracy/wrong-maps.mjs (the corpus) and bench/cn-pages/run.mjs (pages that
 * name a broken map).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';

const ROOT = path.resolve(import.meta.dirname, '..');
const { parseToUnicode } = await import(pathToFileURL(path.join(ROOT, 'dist', 'pdf', 'lean', 'to-unicode.js')).href);

/** A ToUnicode CMap of `map` (code → text), in bfchar sections of at most 100 entries. */
function cmap(map) {
  const hex = (s) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const entries = [...map].map(([code, text]) => `<${code.toString(16).padStart(4, '0')}> <${hex(text)}>`);
  const chunks = [];
  for (let i = 0; i < entries.length; i += 100) chunks.push(`${entries.slice(i, i + 100).length} beginbfchar`, ...entries.slice(i, i + 100), 'endbfchar');
  return ['/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap', '/CMapName /Broken def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <ffff>', 'endcodespacerange', ...chunks, 'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end'].join('\n');
}

/** The PDF with every Type0 font's ToUnicode map passed through `change` (the font's name without its subset tag). */
export async function brokenMaps(bytes, change) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const done = new Set();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    if (!(ref instanceof PDFRef) || done.has(ref.toString())) continue;
    done.add(ref.toString());
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const font = object.get(PDFName.of('BaseFont')).decodeText().replace(/^[A-Z]{6}\+/, '');
    const map = parseToUnicode(decodePDFRawStream(stream).decode());
    const changed = [...map].map(([code, text]) => [code, change(text, font, code, map)]).filter(([, text]) => text !== null);
    doc.context.assign(ref, doc.context.stream(cmap(new Map(changed))));
  }
  return doc.save();
}
