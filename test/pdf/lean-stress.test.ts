/**
 * PDFs built here to stress the lean text reader where real files differ: cross-reference tables and
 * streams, object streams, incremental updates, a page inheriting Resources and MediaBox from the page
 * tree, rotated and cropped pages, resources shared between pages, a form XObject, Type0/CID fonts
 * with ToUnicode, and a font without any Unicode mapping (refused, so pdf.js reads it). Each is read
 * by both readers; the lean one must give pdf.js's items, and the text must be what was written.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { LeanDocument } from '../../src/pdf/lean/document.js';
import { leanTextAndAttachments, LeanUnsupported } from '../../src/pdf/lean-text.js';
import { createPdfTextPool } from '../../src/pdf/text-pool.js';
import { pdfTextAndAttachments, type PdfPageText } from '../../src/pdf/text.js';

/** Objects 1..n (bodies), a classic xref table; `update` appends an incremental section replacing objects. */
function buildPdf(objects: string[], update?: Record<number, string>): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets[i + 1] = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (let i = 1; i <= objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  if (update) {
    const changed: [number, number][] = [];
    for (const [num, body] of Object.entries(update)) {
      changed.push([Number(num), out.length]);
      out += `${num} 0 obj\n${body}\nendobj\n`;
    }
    const xref2 = out.length;
    out += 'xref\n';
    for (const [num, off] of changed) out += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Prev ${xref} >>\nstartxref\n${xref2}\n%%EOF\n`;
  }
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const stream = (content: string, extra = '') => `<< /Length ${Buffer.byteLength(content, 'latin1')} ${extra}>>\nstream\n${content}\nendstream`;
const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');

/** A CID font (Identity-H, no font program) whose ToUnicode maps CID n to the n-th character of `chars`. */
function cidFont(chars: string): { font: string; descendant: string; toUnicode: string; encode: (s: string) => string } {
  const entries = [...chars].map((c, i) => `<${(i + 1).toString(16).padStart(4, '0')}> <${hex(c)}>`).join('\n');
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n${chars.length} beginbfchar\n${entries}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end`;
  return {
    font: '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [ 8 0 R ] /ToUnicode 9 0 R >>',
    descendant: `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 10 0 R /DW 1000 /W [ 1 [ 500 600 ] 3 ${chars.length} 1000 ] >>`,
    toUnicode: stream(cmap),
    encode: (s) => `<${[...s].map((c) => (chars.indexOf(c) + 1).toString(16).padStart(4, '0')).join('')}>`,
  };
}

/**
 * Two pages under an intermediate Pages node that carries the Resources and MediaBox (inherited);
 * page 2 is rotated 90° and cropped, and draws a form XObject; both share the fonts.
 */
function invoicePdf(update?: Record<number, string>): Uint8Array {
  const cid = cidFont('发票号码金额合计');
  const page1 = `BT /F1 12 Tf 1 0 0 1 72 700 Tm (Invoice No. 2026-0042) Tj 0 -20 Td [(Total) -2000 (EUR 1,2) 20 (34.50)] TJ ET\nBT /F2 10.5 Tf 72 640 Td ${cid.encode('发票号码')} Tj 60 0 Td ${cid.encode('金额合计')} Tj ET`;
  const page2 = `q 1 0 0 1 50 0 cm BT /F1 9 Tf 100 500 Td 0.3 Tc (Rotated page) Tj T* 0 Tc 14 TL (second line) ' ET Q /Fm1 Do`;
  const form = `BT /F2 14 Tf 200 300 Td ${cid.encode('合计')} Tj ET`;
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [ 3 0 R ] /Count 2 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [ 4 0 R 5 0 R ] /Count 2 /MediaBox [ 0 0 595 842 ] /Resources << /Font << /F1 6 0 R /F2 7 0 R >> /XObject << /Fm1 12 0 R >> >> >>',
      '<< /Type /Page /Parent 3 0 R /Contents 11 0 R >>',
      '<< /Type /Page /Parent 3 0 R /Rotate 90 /CropBox [ 20 20 580 820 ] /Contents 13 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      cid.font,
      cid.descendant,
      cid.toUnicode,
      '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [ 0 -141 996 855 ] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>',
      stream(page1),
      stream(form, '/Type /XObject /Subtype /Form /BBox [ 0 0 595 842 ] /Matrix [ 1 0 0 1 10 10 ] '),
      stream(page2),
    ],
    update,
  );
}

/** ASCII85 as PDF writers write it: `z` for four zero bytes, a short last group, `~>` at the end. */
function ascii85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = [0, 1, 2, 3].map((k) => data[i + k] ?? 0);
    const n = Math.min(4, data.length - i);
    let v = ((chunk[0] << 24) | (chunk[1] << 16) | (chunk[2] << 8) | chunk[3]) >>> 0;
    if (v === 0 && n === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++, v = Math.floor(v / 85)) digits.unshift(String.fromCharCode(33 + (v % 85)));
    out += digits.slice(0, n + 1).join('');
  }
  return out + '~>';
}

function texts(pages: PdfPageText[]): string[][] {
  return pages.map((p) => p.items.map((i) => i.text));
}

async function expectSameAsPdfjs(bytes: Uint8Array): Promise<PdfPageText[]> {
  const lean = leanTextAndAttachments(bytes).pages;
  const pdfjs = (await pdfTextAndAttachments(bytes)).pages;
  const round = (pages: PdfPageText[]) => pages.map((p) => [p.width.toFixed(3), p.height.toFixed(3), ...p.items.map((i) => `${i.text} @${i.x.toFixed(3)},${i.y.toFixed(3)} ${i.width.toFixed(3)}x${i.height.toFixed(3)}`)]);
  expect(round(lean)).toEqual(round(pdfjs));
  return lean;
}

/** pdf-lib rewrites a file with object streams and a cross-reference stream. */
async function withObjectStreams(bytes: Uint8Array): Promise<Uint8Array> {
  const saved = await (await PDFDocument.load(bytes, { updateMetadata: false })).save({ useObjectStreams: true });
  const text = Buffer.from(saved).toString('latin1');
  expect(text).toContain('/ObjStm');
  expect(text).toContain('/XRef');
  return saved;
}

describe('lean reader on PDFs that stress it', () => {
  it('reads inherited resources and media box, a rotated cropped page, a form, simple and CID fonts', async () => {
    const pages = await expectSameAsPdfjs(invoicePdf());
    const all = texts(pages);
    expect(all[0]).toEqual(['Invoice No. 2026-0042', 'Total', 'EUR 1,234.50', '发票号码', '金额合计']);
    expect(all[1].join(' | ')).toContain('Rotated page');
    expect(all[1]).toContain('second line');
    expect(all[1]).toContain('合计');
    // A4 portrait; page 2 is the 560 × 800 pt crop box turned sideways.
    expect([pages[0].width, pages[0].height].map((v) => v.toFixed(1))).toEqual(['209.9', '297.0']);
    expect([pages[1].width, pages[1].height].map((v) => (v * 72 / 25.4).toFixed(0))).toEqual(['800', '560']);
  });

  it("takes a CID's width from the last W run that names it, as pdf.js does", async () => {
    // CIDs 1-8 are 发票号码金额合计: 2 is in three runs and 3 in two, 4 and 5 in none (DW), 6-8 in a range.
    const w = '/W [ 1 [ 500 600 700 ] 2 3 800 2 [ 900 ] 6 8 400 ]';
    const descendant = cidFont('发票号码金额合计').descendant.replace(/\/W \[.*\]/, w);
    expect(descendant).toContain(w);
    const pages = await expectSameAsPdfjs(invoicePdf({ 8: descendant }));
    const width = (text: string) => pages[0].items.find((i) => i.text === text)!.width;
    // 发票号码: 500 + 900 + 800 + 1000; 金额合计: 1000 + 400 + 400 + 400 (thousandths of the font size).
    expect(width('发票号码') / width('金额合计')).toBeCloseTo(3200 / 2200, 6);
  });

  it('reads object streams and a cross-reference stream', async () => {
    const pages = await expectSameAsPdfjs(await withObjectStreams(invoicePdf()));
    expect(texts(pages)[0][0]).toBe('Invoice No. 2026-0042');
  });

  it('takes the newest object of an incremental update', async () => {
    const updated = invoicePdf({ 11: stream('BT /F1 12 Tf 72 700 Td (Invoice No. 2026-0043 corrected) Tj ET') });
    const pages = await expectSameAsPdfjs(updated);
    expect(texts(pages)[0]).toEqual(['Invoice No. 2026-0043 corrected']);
  });

  it('refuses a font it has no Unicode for, and the reader falls back to pdf.js', async () => {
    // A non-standard simple font with widths but neither ToUnicode nor an encoding.
    const bytes = invoicePdf({ 6: '<< /Type /Font /Subtype /Type1 /BaseFont /CustomSans /FirstChar 32 /LastChar 126 /Widths [ ' + '500 '.repeat(95) + '] >>' });
    expect(() => leanTextAndAttachments(bytes)).toThrow(LeanUnsupported);
    // Threads only, and the server's way (invoice-sized documents read lean on the calling thread first).
    for (const pool of [createPdfTextPool(1), createPdfTextPool(1, Infinity, 1024 * 1024)]) {
      try {
        const { pages } = await pool.read(bytes, {});
        expect(texts(pages)[0].join(' ')).toContain('发票号码');
        expect(pages.length).toBe(2);
      } finally {
        await pool.destroy();
      }
    }
  });

  it("reads a MacRomanEncoding font's ASCII as pdf.js does, and leaves its upper half to pdf.js", async () => {
    const macRoman = { 6: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /MacRomanEncoding >>' };
    const pages = await expectSameAsPdfjs(invoicePdf(macRoman));
    expect(texts(pages)[0].join(' ')).toContain('Invoice No. 2026-0042');
    // 0x8E is é in MacRoman and Ž in WinAnsi: not decoded lean.
    const upper = invoicePdf({ ...macRoman, 11: stream('BT /F1 12 Tf 72 700 Td (Caf\216) Tj ET') });
    expect(() => leanTextAndAttachments(upper)).toThrow(LeanUnsupported);
  });

  it('restores the text state at Q however q and Q nest, the states Q drops filled again by later q', async () => {
    // Each q after the first Q fills a state that Q dropped: the saved text matrix, font, size, spacing,
    // leading and rise must be the ones of that q, not of the state's earlier use.
    const content = [
      'q BT /F1 12 Tf 0.5 Tc 14 TL 72 760 Td (Alpha) Tj ET Q',
      'q 1 0 0 1 0 -40 cm BT /F1 10 Tf 72 760 Td (Beta) Tj q 120 0 Td 2 Tc 3 Ts /F1 11 Tf (Gamma) Tj Q (Delta) Tj ET Q',
      'q BT /F1 9 Tf 12 TL 72 680 Td (Epsilon) Tj q 0 -12 Td (Zeta) Tj Q T* (Eta) Tj ET Q',
      'BT /F1 8 Tf 1 0 0 1 72 600 Tm q 1.5 Tc 0 -10 Td (Theta) Tj q 200 0 Td (Iota) Tj Q (Kappa) Tj Q (Lambda) Tj ET',
      'Q Q q BT /F1 12 Tf 72 560 Td (Mu) Tj ET',
    ].join('\n');
    const pages = await expectSameAsPdfjs(invoicePdf({ 11: stream(content) }));
    const at = (text: string) => {
      const item = pages[0].items.find((i) => i.text.includes(text))!;
      return [item.text, Math.round(item.y * 10) / 10];
    };
    expect(texts(pages)[0].join(' | ')).toMatch(/Alpha.*Beta.*G a m m a.*Delta.*Epsilon.*Zeta.*Eta.*T h e t a.*I o t a.*K a p p a.*Lambda.*Mu/);
    // Gamma spaced by its 2 Tc, Delta not: Q restored the spacing, and the matrix and rise (Delta on Beta's line).
    expect(at('Delta')[1]).toBe(at('Beta')[1]);
    // Eta a line below Epsilon (the line matrix Q restored, moved by T*), where Zeta was put by its Td.
    expect(at('Zeta')[1]).not.toBe(at('Epsilon')[1]);
    expect(at('Eta')[1]).toBe(at('Zeta')[1]);
    // Kappa on Theta's line (after the inner Q), Lambda back on the line of the Tm before the outer q.
    expect(at('K a p p a')[1]).toBe(at('T h e t a')[1]);
    expect(at('Lambda')[1]).not.toBe(at('T h e t a')[1]);
  });

  it("lists a page's /AF associated file, the page tree walked once for the pages and the files", () => {
    const xml = '<Invoice>2026-0042</Invoice>';
    const bytes = invoicePdf({
      4: '<< /Type /Page /Parent 3 0 R /Contents 11 0 R /AF [ 14 0 R ] >>',
      14: '<< /Type /Filespec /F (a.xml) /UF (factur-x.xml) /EF << /F 15 0 R >> /AFRelationship /Data >>',
      15: stream(xml, '/Type /EmbeddedFile '),
    });
    const walks = vi.spyOn(LeanDocument.prototype, 'pages');
    try {
      const read = leanTextAndAttachments(bytes);
      expect(read.attachments.map((a) => [a.name, Buffer.from(a.bytes).toString('latin1')])).toEqual([['factur-x.xml', xml]]);
      expect(read.pages[0].items[0].text).toBe('Invoice No. 2026-0042');
      expect(walks).toHaveBeenCalledTimes(1);
    } finally {
      walks.mockRestore();
    }
  });

  it('decodes ASCIIHexDecode and ASCII85Decode, alone and chained before FlateDecode, as pdf.js does', async () => {
    const page1 = 'BT /F1 12 Tf 1 0 0 1 72 700 Tm (Invoice No. 2026-0043) Tj 0 -20 Td (Total EUR 99.00) Tj ET';
    const page2 = 'BT /F1 9 Tf 100 500 Td (zzzz page two) Tj ET';
    // Four zero bytes on a group's boundary (written `z`) and a short last group.
    const xml = '<Invoice>2026-0043</Invoice>\0\0\0\0<!---->';
    const bytes = invoicePdf({
      4: '<< /Type /Page /Parent 3 0 R /Contents 11 0 R /AF [ 14 0 R ] >>',
      11: stream(ascii85(deflateSync(page1)), '/Filter [ /A85 /FlateDecode ] '),
      13: stream(Buffer.from(page2, 'latin1').toString('hex').replace(/(.{40})/g, '$1\n') + 'a>', '/Filter /ASCIIHexDecode '),
      14: '<< /Type /Filespec /UF (factur-x.xml) /EF << /F 15 0 R >> /AFRelationship /Data >>',
      15: stream(ascii85(Buffer.from(xml)), '/Type /EmbeddedFile /Filter /ASCII85Decode '),
    });
    const pages = await expectSameAsPdfjs(bytes);
    expect(texts(pages)).toEqual([['Invoice No. 2026-0043', 'Total EUR 99.00'], ['zzzz page two']]);
    expect(leanTextAndAttachments(bytes).attachments.map((a) => Buffer.from(a.bytes).toString('latin1'))).toEqual([xml]);
  });

  it('declines a stream whose ASCII85 or ASCIIHex data is broken, so pdf.js reads the document', async () => {
    const page1 = 'BT /F1 12 Tf 72 700 Td (Invoice No. 2026-0044) Tj ET';
    for (const [filter, data] of [['/ASCII85Decode', '87cURD]i,"Ebo{~>'], ['/ASCII85Decode', '8~>'], ['/ASCIIHexDecode', '42 54 zz>']]) {
      const bytes = invoicePdf({ 11: stream(data, `/Filter ${filter} `) });
      expect(() => leanTextAndAttachments(bytes), data).toThrow(LeanUnsupported);
      expect((await pdfTextAndAttachments(bytes)).pages, data).toHaveLength(2);
    }
    // The same page, its data whole: read by the lean reader.
    expect(texts(leanTextAndAttachments(invoicePdf({ 11: stream(ascii85(Buffer.from(page1)), '/Filter /ASCII85Decode ') })).pages)[0]).toEqual(['Invoice No. 2026-0044']);
  });

  it('reports the page limit without reading pages', () => {
    expect(() => leanTextAndAttachments(invoicePdf(), { maxPages: 1 })).toThrow(expect.objectContaining({ code: 'PAGE_LIMIT_EXCEEDED' }));
  });
});
