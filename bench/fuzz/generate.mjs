/**
 * Seeded hostile inputs for the fuzz runner: the fixtures mutated (byte flips, truncations, spliced
 * chunks, PNG chunks re-checksummed so the damage reaches the decoder) and crafted files (PDFs with
 * page-tree loops, 100k-deep arrays, huge and zero MediaBoxes, broken fonts, JBIG2 and CCITT images,
 * object and xref streams; OFDs with broken XML and missing parts; ZIP bombs, lying sizes, traversal
 * and damaged directories, end records claiming 800,000 entries, bzip2/LZMA entries, two entries of one
 * name; OFDs listing 50,000 pages or holding a 30000² image; PDFs whose /Count disagrees with their
 * kids, /Rotate NaN, MediaBoxes of bad values, a JPEG whose scan repeats; multi-page TIFFs; TIFFs with
 * looping directories; JPEGs with bad segments). The same seed
 * always gives the same inputs, so a finding can be reproduced by its seed and index.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import { PDFDocument } from 'pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared/fixtures/real');

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

function listFiles(dir, exts) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => exts.includes(path.extname(f).toLowerCase()))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The seed files, by kind. */
export function loadSeeds() {
  const read = (files) => files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
  const pdf = read([...listFiles(path.join(ROOT, 'fixtures/invoices'), ['.pdf']).slice(0, 6), ...listFiles(path.join(ROOT, 'fixtures/western'), ['.pdf']), ...listFiles(SHARED, ['.pdf']).slice(0, 6)]);
  const ofd = read(listFiles(SHARED, ['.ofd']));
  const png = read(listFiles(path.join(ROOT, 'fixtures/invoices'), ['.png']));
  const jpg = read(listFiles(path.join(ROOT, 'fixtures/invoices'), ['.jpg', '.jpeg']));
  return { pdf, ofd, png, jpg, tiff: [{ name: 'grey.tif', bytes: tiff(64, 32) }], zip: [{ name: 'two.zip', bytes: zipOf({ 'a.pdf': pdf[0].bytes, 'b/c.png': png[0].bytes }) }] };
}

// ---- byte mutations --------------------------------------------------------------------------------

function flips(r, bytes, n) {
  const out = new Uint8Array(bytes);
  for (let i = 0; i < n; i++) out[r.int(out.length)] ^= 1 << r.int(8);
  return out;
}
const truncate = (r, bytes) => bytes.slice(0, 1 + r.int(bytes.length - 1));
function splice(r, bytes) {
  const at = r.int(bytes.length);
  const len = 1 + r.int(Math.min(4096, bytes.length - at));
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  out.set(bytes.subarray(r.int(bytes.length - len + 1)).subarray(0, len), at);
  return out.slice(0, bytes.length);
}

/** Flips bytes inside one PNG chunk and fixes its CRC, so the damage passes the checksum. */
function pngChunkFlip(r, bytes, n) {
  const out = new Uint8Array(bytes);
  const view = Buffer.from(out.buffer);
  const chunks = [];
  for (let pos = 8; pos + 12 <= view.length; ) {
    const len = view.readUInt32BE(pos);
    if (pos + 12 + len > view.length) break;
    chunks.push([pos, len]);
    pos += 12 + len;
  }
  const [pos, len] = r.pick(chunks.filter(([, l]) => l > 0));
  for (let i = 0; i < n; i++) out[pos + 8 + r.int(len)] ^= 1 << r.int(8);
  view.writeUInt32BE(zlib.crc32(view.subarray(pos + 4, pos + 8 + len)), pos + 8 + len);
  return out;
}

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** A PNG whose header declares `w`×`h` grey pixels over `raw` (deflated) image data. */
function pngOf(w, h, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', zlib.deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]));
}

/** An uncompressed 8-bit grey TIFF; `patch` edits the directory entries before they are written. */
export function tiff(w, h, { patch, nextIfd = 0 } = {}) {
  const pixels = w * h;
  const dataAt = 8;
  const ifdAt = dataAt + pixels + (pixels % 2);
  let entries = [
    [256, 4, 1, w], [257, 4, 1, h], [258, 3, 1, 8], [259, 3, 1, 1], [262, 3, 1, 1],
    [273, 4, 1, dataAt], [277, 3, 1, 1], [278, 4, 1, h], [279, 4, 1, pixels],
  ];
  if (patch) entries = patch(entries, ifdAt);
  const buf = Buffer.alloc(ifdAt + 2 + entries.length * 12 + 4);
  buf.write('II', 0, 'latin1');
  buf.writeUInt16LE(42, 2);
  buf.writeUInt32LE(ifdAt, 4);
  for (let i = 0; i < pixels; i++) buf[dataAt + i] = (i * 7) & 0xff;
  buf.writeUInt16LE(entries.length, ifdAt);
  entries.forEach(([tag, type, count, value], i) => {
    const o = ifdAt + 2 + i * 12;
    buf.writeUInt16LE(tag, o);
    buf.writeUInt16LE(type, o + 2);
    buf.writeUInt32LE(count, o + 4);
    if (type === 3 && count <= 2) buf.writeUInt16LE(value, o + 8);
    else buf.writeUInt32LE(value, o + 8);
  });
  buf.writeUInt32LE(nextIfd === 'self' ? ifdAt : nextIfd, ifdAt + 2 + entries.length * 12);
  return new Uint8Array(buf);
}

/** JPEG segments as [offset, marker, length] up to the first scan. */
function jpegSegments(b) {
  const out = [];
  for (let o = 2; o + 4 <= b.length && b[o] === 0xff; ) {
    const marker = b[o + 1];
    const len = (b[o + 2] << 8) | b[o + 3];
    out.push([o, marker, len]);
    if (marker === 0xda) break;
    o += 2 + len;
  }
  return out;
}

// ---- containers ------------------------------------------------------------------------------------

export function zipOf(entries) {
  const zip = new AdmZip();
  for (const [name, bytes] of Object.entries(entries)) zip.addFile(name, Buffer.from(bytes));
  return new Uint8Array(zip.toBuffer());
}

/** Offsets of the central directory headers (PK\1\2). */
function centralHeaders(b) {
  const out = [];
  for (let i = 0; i + 4 <= b.length; i++) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 1 && b[i + 3] === 2) out.push(i);
  return out;
}

/** A ZIP whose central directory declares another uncompressed size for one entry. */
export function zipLyingSize(r, bytes) {
  const out = new Uint8Array(bytes);
  const view = Buffer.from(out.buffer);
  const cen = r.pick(centralHeaders(out));
  const size = view.readUInt32LE(cen + 24);
  view.writeUInt32LE(r.pick([0, 1, size + 1, size * 2, 0xffffff, 0xfffffff0]), cen + 24);
  return out;
}

/** A ZIP whose end record claims `count` entries (ZIP64), with no directory behind it. */
function zipClaimingEntries(count) {
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(BigInt(count), 24);
  end64.writeBigUInt64LE(BigInt(count), 32);
  end64.writeBigUInt64LE(BigInt(count * 46), 40);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(64n, 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.fill(0xff, 8, 20);
  return new Uint8Array(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60), end64, locator, end]));
}

/** A ZIP whose second entry is said (local and central header) to use `method` (12 bzip2, 14 LZMA, ...). */
function zipWithMethod(entries, method) {
  const out = zipOf(entries);
  const view = Buffer.from(out.buffer);
  const cen = centralHeaders(out)[1];
  view.writeUInt16LE(method, cen + 10);
  view.writeUInt16LE(method, view.readUInt32LE(cen + 42) + 8);
  return out;
}

/** A ZIP of two entries with the same name (the second's name rewritten in both its headers). */
function zipDuplicateName(bytes) {
  const out = zipOf({ 'a.pdf': bytes, 'b.pdf': bytes, 'c.pdf': bytes });
  const view = Buffer.from(out.buffer);
  const cen = centralHeaders(out)[1];
  const local = view.readUInt32LE(cen + 42);
  view.write('a', cen + 46, 'latin1');
  view.write('a', local + 30, 'latin1');
  return out;
}

/** The seed OFD with Document.xml listing its first page `count` times. */
function ofdListingPages(bytes, count) {
  const zip = new AdmZip(Buffer.from(bytes));
  const entry = zip.getEntries().find((e) => /Document\.xml$/i.test(e.entryName));
  const doc = entry.getData().toString('utf8');
  const page = doc.match(/<ofd:Page\b[^>]*\/>/)?.[0];
  if (!page) return bytes;
  zip.updateFile(entry.entryName, Buffer.from(doc.replace(page, Array.from({ length: count }, (_, i) => page.replace(/ID="\d+"/, `ID="${i + 1}"`)).join(''))));
  return new Uint8Array(zip.toBuffer());
}

/** The seed OFD with every image resource replaced by a PNG whose header claims w×h pixels. */
function ofdHugeImage(bytes, w, h) {
  const zip = new AdmZip(Buffer.from(bytes));
  const png = Buffer.from(pngOf(4, 4, Buffer.alloc(4 * 5)));
  png.writeUInt32BE(w, 16);
  png.writeUInt32BE(h, 20);
  const images = zip.getEntries().filter((e) => /\.(png|jpe?g|gif|bmp|tiff?|jb2|jbig2?)$/i.test(e.entryName));
  for (const e of images) zip.updateFile(e.entryName, png);
  return new Uint8Array(zip.toBuffer());
}

function ofdMutation(r, bytes) {
  const zip = new AdmZip(Buffer.from(bytes));
  const names = zip.getEntries().filter((e) => !e.isDirectory).map((e) => e.entryName);
  const xml = names.filter((n) => n.toLowerCase().endsWith('.xml'));
  const target = r.pick(xml);
  const kind = r.int(6);
  const out = new AdmZip();
  for (const name of names) {
    let data = zip.getEntry(name).getData();
    if (name === target) {
      if (kind === 0) continue; // a missing part
      if (kind === 1) data = data.subarray(0, r.int(data.length)); // truncated XML
      if (kind === 2) data = Buffer.from(flips(r, data, 1 + r.int(20)));
      if (kind === 3) data = Buffer.from(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}]><x>&bbbbbbbbb;</x>`);
      if (kind === 4) data = Buffer.from(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
      if (kind === 5) data = Buffer.from(data.toString('utf8').replace(/<[^/!?][^>]*>/g, (t) => (r.next() < 0.2 ? t.replace(/="[^"]*"/, '="-1e309"') : t)));
    }
    out.addFile(name, data);
  }
  return new Uint8Array(out.toBuffer());
}

// ---- crafted PDFs ----------------------------------------------------------------------------------

/** A PDF from object bodies (1-based), with a correct classic xref table. */
function pdfOf(objects, { root = 1 } = {}) {
  const parts = ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'];
  const offsets = [];
  let length = Buffer.byteLength(parts[0], 'latin1');
  objects.forEach((body, i) => {
    offsets.push(length);
    const text = `${i + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(text);
    length += Buffer.byteLength(text, 'latin1');
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(xref, `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return new Uint8Array(Buffer.from(parts.join(''), 'latin1'));
}

const stream = (dict, data) => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
const randomLatin1 = (r, n) => Array.from({ length: n }, () => String.fromCharCode(r.int(256))).join('');

/**
 * JBIG2 segments (T.88 §7.2, as embedded in a PDF): random bytes, or headers that lie where pdf.js's
 * decoder believes them (a long-form count of referred-to segments, a page, a region of unknown length
 * or a pattern collection of billions of pixels), followed by random data.
 */
function jbig2Data(r) {
  const u32 = (n) => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
  const huge = () => r.pick([0xffffffff, 0x7fffffff, 100_000, 3_000_000]);
  const tail = randomLatin1(r, 200);
  switch (r.pick(['random', 'referred', 'page', 'region', 'pattern'])) {
    case 'referred':
      return `${u32(1)}\x26\xff${u32(0xffffffff).slice(1)}${tail}`;
    case 'page':
      return `${u32(1)}\x30\x00\x01${u32(19)}${u32(huge())}${u32(huge())}${u32(0)}${u32(0)}\x00\x00\x00${tail}`;
    case 'region':
      return `${u32(1)}\x26\x00\x01${u32(0xffffffff)}${u32(huge())}${u32(huge())}${u32(0)}${u32(0)}\x00${tail}`;
    case 'pattern':
      return `${u32(1)}\x10\x00\x01${u32(7)}\x00\xff\xff${u32(huge())}${tail}`;
    default:
      return randomLatin1(r, 300);
  }
}

/** One page (object 3) with `extra` objects from 4 on; `page` adds to the page dictionary. */
function onePage({ mediaBox = '[0 0 595 842]', page = '', content = 'BT /F1 24 Tf 72 720 Td (Invoice 42) Tj ET', extra = [] } = {}) {
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> ${page} >> >>`,
    stream('', content),
    ...extra,
  ]);
}

export const CRAFTED_PDFS = {
  'page-tree-loop': () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>']),
  'page-tree-self': () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']),
  'deep-array': (r) => onePage({ page: `/Deep ${'['.repeat(100_000 + r.int(1000))}${']'.repeat(100_000)}` }),
  'deep-dict': () => onePage({ page: `/Deep ${'<< /A '.repeat(50_000)}1${' >>'.repeat(50_000)}` }),
  'huge-mediabox': (r) => onePage({ mediaBox: r.pick(['[0 0 1e9 1e9]', '[0 0 14400000 14400000]', '[-1e30 -1e30 1e30 1e30]', '[0 0 200000 3]']) }),
  'zero-mediabox': (r) => onePage({ mediaBox: r.pick(['[0 0 0 0]', '[0 0 0 842]', '[100 100 100 100]', '[]', '[0 0 abc def]', 'null']) }),
  'broken-font': (r) =>
    onePage({
      content: 'BT /F2 18 Tf 72 700 Td (Total 100.00) Tj ET',
      page: '/Font << /F2 5 0 R >>',
      extra: ['<< /Type /Font /Subtype /TrueType /BaseFont /Broken /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>', '<< /Type /FontDescriptor /FontName /Broken /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>', stream('', `\x00\x01\x00\x00\x00\x0c${randomLatin1(r, 2000)}`)],
    }),
  'jbig2-image': (r) =>
    onePage({ content: 'q 500 0 0 700 50 50 cm /Im1 Do Q', page: '/XObject << /Im1 5 0 R >>', extra: [stream(`/Type /XObject /Subtype /Image /Width ${r.pick([100, 20000, 1])} /Height ${r.pick([100, 30000])} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode`, jbig2Data(r))] }),
  'ccitt-image': (r) =>
    onePage({ content: 'q 500 0 0 700 50 50 cm /Im1 Do Q', page: '/XObject << /Im1 5 0 R >>', extra: [stream(`/Type /XObject /Subtype /Image /Width ${r.pick([100, 50000])} /Height ${r.pick([100, 50000])} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K ${r.pick([-1, 0, 4])} /Columns ${r.pick([100, 50000, 0])} >>`, randomLatin1(r, 500))] }),
  'huge-image': () => onePage({ content: 'q 500 0 0 700 50 50 cm /Im1 Do Q', page: '/XObject << /Im1 5 0 R >>', extra: [stream('/Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', zlib.deflateSync(Buffer.alloc(1000)).toString('latin1'))] }),
  'many-pages': (r) => {
    const n = r.pick([600, 5000]);
    const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
    return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`, ...Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>')]);
  },
  'count-lies': () => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']),
  'no-catalog': () => pdfOf(['<< /Type /Pages /Kids [] /Count 0 >>'], { root: 7 }),
  'bad-content': (r) => onePage({ content: randomLatin1(r, 3000) }),
  'count-short': (r) => {
    const n = r.pick([2, 3, 5]);
    const kids = Array.from({ length: n }, (_, i) => `${i + 3} 0 R`).join(' ');
    return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${r.pick([0, 1, n + 7])} >>`, ...Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>')]);
  },
  'rotate-bad': (r) => onePage({ page: `/Rotate ${r.pick(['NaN', '45', '-90', '1e300', '(x)', '[90]', '3.5'])}` }),
  'mediabox-bad-values': (r) => onePage({ mediaBox: r.pick(['[0 0 NaN 842]', '[0 0 595]', '(abc)', '[595 842 0 0]', '[0 0 1e400 842]', '[0 0 595 842 7]', '[/a /b /c /d]']) }),
  'spinning-jpeg': (r) => {
    const size = r.pick([512, 1024]);
    const jpeg = Buffer.from(spinningJpeg(size, r.pick([1200, 3000])));
    return onePage({ content: 'q 500 0 0 700 50 50 cm /Im1 Do Q', page: '/XObject << /Im1 5 0 R >>', extra: [stream(`/Type /XObject /Subtype /Image /Width ${size} /Height ${size} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`, jpeg.toString('latin1'))] });
  },
  'flate-garbage': (r) => pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', stream('/Filter /FlateDecode', randomLatin1(r, 2000))]),
};

/**
 * A progressive grey JPEG whose AC scan repeats `repeats` times: each scan is a few bytes (end-of-band
 * runs) but a decoder walks every block for each (the same construction as test/helpers/spinning-jpeg.ts).
 */
function spinningJpeg(size, repeats) {
  const blocks = Math.ceil(size / 8) ** 2;
  const out = [];
  const marker = (code, body) => out.push(0xff, code, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body);
  out.push(0xff, 0xd8);
  marker(0xdb, [0, ...new Array(64).fill(1)]);
  marker(0xc2, [8, size >> 8, size & 0xff, size >> 8, size & 0xff, 1, 1, 0x11, 0]);
  marker(0xc4, [0x00, 1, ...new Array(15).fill(0), 0x00]);
  marker(0xc4, [0x10, 1, ...new Array(15).fill(0), 0xe0]);
  const scan = (ss, se, bits) => {
    marker(0xda, [1, 1, 0, ss, se, 0]);
    const padded = bits + '1'.repeat((8 - (bits.length % 8)) % 8);
    for (let i = 0; i < padded.length; i += 8) {
      const byte = parseInt(padded.slice(i, i + 8), 2);
      out.push(byte);
      if (byte === 0xff) out.push(0);
    }
  };
  scan(0, 0, '0'.repeat(blocks));
  let bits = '';
  for (let left = blocks; left > 0; ) {
    const run = Math.min(left, 32767);
    bits += run < 16384 ? '0' + '1'.repeat(14) : '0' + (run - 16384).toString(2).padStart(14, '0');
    left = run < 16384 ? 0 : left - run;
  }
  const before = out.length;
  scan(1, 63, bits);
  const ac = out.slice(before);
  for (let i = 1; i < repeats; i++) for (const b of ac) out.push(b);
  out.push(0xff, 0xd9);
  return new Uint8Array(out);
}

/** A TIFF of `pages` grey pages (the directories chained). */
function multiPageTiff(w, h, pages) {
  const one = Buffer.from(tiff(w, h));
  // Every page the same picture: the chain is built by repeating the first directory with its next offset set.
  const ifdAt = one.readUInt32LE(4);
  const count = one.readUInt16LE(ifdAt);
  const ifd = one.subarray(ifdAt, ifdAt + 2 + count * 12 + 4);
  const parts = [one.subarray(0, ifdAt + 2 + count * 12)];
  let at = one.length;
  const next = Buffer.alloc(4);
  next.writeUInt32LE(one.length, 0);
  parts.push(next, one.subarray(ifdAt + 2 + count * 12 + 4));
  for (let p = 1; p < pages; p++) {
    const copy = Buffer.from(ifd);
    copy.writeUInt32LE(p === pages - 1 ? 0 : at + copy.length, 2 + count * 12);
    parts.push(copy);
    at += copy.length;
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** A seed PDF saved again by pdf-lib with object streams and an xref stream, then damaged inside them. */
async function objectStreamPdf(r, seed) {
  const doc = await PDFDocument.load(seed.bytes, { updateMetadata: false });
  const bytes = await doc.save({ useObjectStreams: true });
  return r.next() < 0.5 ? flips(r, bytes, 1 + r.int(30)) : truncate(r, bytes);
}

// ---- the generator ---------------------------------------------------------------------------------

const EXT = { pdf: 'pdf', ofd: 'ofd', png: 'png', jpg: 'jpg', tiff: 'tif', zip: 'zip' };

/** Recipes: [weight, kind, make(r, seeds) → { how, bytes }]. */
const RECIPES = [
  [10, 'pdf', (r, s) => byteMutation(r, r.pick(s.pdf))],
  [10, 'pdf', (r) => { const how = r.pick(Object.keys(CRAFTED_PDFS)); return { how: `crafted ${how}`, bytes: CRAFTED_PDFS[how](r) }; }],
  [4, 'pdf', async (r, s) => ({ how: 'object/xref streams damaged', bytes: await objectStreamPdf(r, r.pick(s.pdf)) })],
  [6, 'ofd', (r, s) => byteMutation(r, r.pick(s.ofd))],
  [8, 'ofd', (r, s) => ({ how: 'OFD part broken or missing', bytes: ofdMutation(r, r.pick(s.ofd).bytes) })],
  [6, 'png', (r, s) => byteMutation(r, r.pick(s.png))],
  [5, 'png', (r, s) => ({ how: 'PNG chunk damaged, CRC fixed', bytes: pngChunkFlip(r, r.pick(s.png).bytes, 1 + r.int(100)) })],
  [2, 'png', (r) => ({ how: 'PNG declaring far more pixels than its data', bytes: pngOf(1, 2_000_000, Buffer.alloc(r.int(64))) })],
  [6, 'jpg', (r, s) => byteMutation(r, r.pick(s.jpg))],
  [4, 'jpg', (r, s) => jpegMutation(r, r.pick(s.jpg).bytes)],
  [4, 'tiff', (r, s) => byteMutation(r, r.pick(s.tiff))],
  [5, 'tiff', (r) => tiffMutation(r)],
  [4, 'zip', (r, s) => byteMutation(r, r.pick(s.zip))],
  [6, 'zip', (r, s) => zipMutation(r, s)],
  [4, 'zip', (r, s) => hostileZip(r, s)],
  [3, 'ofd', (r, s) => { const pages = r.pick([50_000, 10_000, 501]); return { how: `OFD listing ${pages} pages`, bytes: ofdListingPages(r.pick(s.ofd).bytes, pages) }; }],
  [2, 'ofd', (r, s) => ({ how: 'OFD image of 30000² pixels', bytes: ofdHugeImage(r.pick(s.ofd).bytes, 30_000, 30_000) })],
  [2, 'tiff', (r) => { const pages = r.pick([2, 3, 7]); return { how: `TIFF of ${pages} pages`, bytes: multiPageTiff(16, 16, pages) }; }],
];

function hostileZip(r, seeds) {
  const good = seeds.pdf[0].bytes;
  const kind = r.int(3);
  if (kind === 0) return { how: 'ZIP whose end record claims 800000 entries', bytes: zipClaimingEntries(800_000) };
  if (kind === 1) {
    const method = r.pick([12, 14, 9, 98]);
    return { how: `ZIP with an entry of method ${method}`, bytes: zipWithMethod({ 'a.pdf': good, 'b.pdf': good, 'c.pdf': good }, method) };
  }
  return { how: 'ZIP with two entries of one name', bytes: zipDuplicateName(good) };
}

function byteMutation(r, seed) {
  const kind = r.int(4);
  if (kind === 0) return { how: `${seed.name} truncated`, bytes: truncate(r, seed.bytes) };
  if (kind === 1) return { how: `${seed.name} spliced`, bytes: splice(r, seed.bytes) };
  const n = r.pick([1, 10, 100]);
  return { how: `${seed.name} with ${n} byte flips`, bytes: flips(r, seed.bytes, n) };
}

function jpegMutation(r, bytes) {
  const segments = jpegSegments(bytes);
  const out = new Uint8Array(bytes);
  const view = Buffer.from(out.buffer);
  const kind = r.int(4);
  if (kind === 0) {
    const [o] = r.pick(segments);
    view.writeUInt16BE(r.pick([0, 1, 0xffff]), o + 2);
    return { how: 'JPEG segment with a bad length', bytes: out };
  }
  const sof = segments.find(([, m]) => m >= 0xc0 && m <= 0xc2);
  if (kind === 1 && sof) {
    view.writeUInt16BE(r.pick([0, 65535]), sof[0] + 5);
    view.writeUInt16BE(r.pick([0, 65535]), sof[0] + 7);
    return { how: 'JPEG frame of zero or 65535² pixels', bytes: out };
  }
  if (kind === 2) return { how: 'JPEG without its end', bytes: bytes.slice(0, bytes.length - 2 - r.int(bytes.length / 2)) };
  return { how: 'JPEG entropy data damaged', bytes: flips(r, bytes, 50) };
}

function tiffMutation(r) {
  const kind = r.int(6);
  if (kind === 0) return { how: 'TIFF directory chain looping', bytes: tiff(16, 16, { nextIfd: 'self' }) };
  if (kind === 1) return { how: 'TIFF sub-directory pointing at itself', bytes: tiff(16, 16, { patch: (e, at) => [...e, [330, 4, 1, at]] }) };
  if (kind === 2) return { how: 'TIFF of 100000² pixels', bytes: tiff(16, 16, { patch: (e) => e.map((x) => (x[0] === 256 || x[0] === 257 ? [x[0], 4, 1, 100_000] : x)) }) };
  if (kind === 3) return { how: 'TIFF strip outside the file', bytes: tiff(16, 16, { patch: (e) => e.map((x) => (x[0] === 273 ? [273, 4, 1, 0x7ffffff0] : x)) }) };
  if (kind === 4) return { how: 'TIFF tag claiming 2^31 values', bytes: tiff(16, 16, { patch: (e) => [...e, [270, 3, 0x7fffffff, 8]] }) };
  return { how: 'TIFF directory outside the file', bytes: tiff(16, 16, { nextIfd: 0x7ffffff0 }) };
}

/** Deflating 300 MB, or writing 20001 entries, takes a while: made once per process. */
let zipBomb;
let manyEntries;

function zipMutation(r, seeds) {
  const kind = r.int(6);
  const good = { 'invoice.pdf': seeds.pdf[0].bytes };
  if (kind === 0) return { how: 'ZIP bomb', bytes: (zipBomb ??= zipOf({ ...good, 'zeros.pdf': new Uint8Array(300 * 1024 * 1024) })) };
  if (kind === 1) return { how: 'ZIP lying about a size', bytes: zipLyingSize(r, zipOf(good)) };
  if (kind === 2) return { how: 'ZIP with ../ and absolute entries', bytes: zipOf({ '../../evil.pdf': good['invoice.pdf'], '/etc/evil.pdf': good['invoice.pdf'], 'ok/x.pdf': good['invoice.pdf'] }) };
  if (kind === 3) {
    const bytes = zipOf(good);
    const out = new Uint8Array(bytes);
    const cen = r.pick(centralHeaders(out));
    for (let i = 0; i < 8; i++) out[cen + r.int(46)] ^= 1 << r.int(8);
    return { how: 'ZIP central directory damaged', bytes: out };
  }
  if (kind === 4) return { how: 'ZIP in a ZIP in a ZIP', bytes: zipOf({ 'inner.zip': zipOf({ 'deeper.zip': zipOf(good) }) }) };
  return { how: 'ZIP of 20001 entries', bytes: (manyEntries ??= zipOf(Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`e${i}.xml`, new Uint8Array([0x3c])])))) };
}

/**
 * One input of each kind that limits must refuse before the work (or that once lost a page or spun),
 * for the seeded test to cover whatever the seed picks: { name, kind, how, bytes }.
 */
export function limitInputs() {
  const seeds = loadSeeds();
  const good = seeds.pdf[0].bytes;
  const r = rng(29);
  const out = [
    { kind: 'zip', how: 'ZIP whose end record claims 800000 entries', bytes: zipClaimingEntries(800_000) },
    { kind: 'zip', how: 'ZIP with an entry of method 12', bytes: zipWithMethod({ 'a.pdf': good, 'b.pdf': good }, 12) },
    { kind: 'zip', how: 'ZIP with an entry of method 14', bytes: zipWithMethod({ 'a.pdf': good, 'b.pdf': good }, 14) },
    { kind: 'zip', how: 'ZIP with two entries of one name', bytes: zipDuplicateName(good) },
    { kind: 'tiff', how: 'TIFF of 3 pages', bytes: multiPageTiff(16, 16, 3) },
    { kind: 'pdf', how: 'crafted count-short', bytes: CRAFTED_PDFS['count-short'](r) },
    { kind: 'pdf', how: 'crafted rotate-bad', bytes: onePage({ page: '/Rotate NaN' }) },
    { kind: 'pdf', how: 'crafted mediabox-bad-values', bytes: onePage({ mediaBox: '[0 0 NaN 842]' }) },
    { kind: 'pdf', how: 'crafted spinning-jpeg', bytes: CRAFTED_PDFS['spinning-jpeg'](r) },
    {
      kind: 'pdf',
      how: 'crafted JBIG2 segment referring to 536870911 segments',
      bytes: onePage({ content: 'q 500 0 0 700 50 50 cm /Im1 Do Q', page: '/XObject << /Im1 5 0 R >>', extra: [stream('/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode', `\x00\x00\x00\x01\x26\xff\xff\xff\xff${'\x00'.repeat(60)}`)] }),
    },
    {
      kind: 'pdf',
      how: 'crafted font object with a string never closed',
      bytes: onePage({ content: 'BT /F2 18 Tf 72 700 Td (Total 100.00) Tj ET', page: '/Font << /F2 5 0 R >>', extra: ['<< /Type /Font /Subtype /Type1 /BaseFont /Helv(etica >>'] }),
    },
  ];
  if (seeds.ofd.length) {
    out.push({ kind: 'ofd', how: 'OFD listing 50000 pages', bytes: ofdListingPages(seeds.ofd[0].bytes, 50_000) });
    out.push({ kind: 'ofd', how: 'OFD image of 30000² pixels', bytes: ofdHugeImage(seeds.ofd[0].bytes, 30_000, 30_000) });
  }
  return out.map((input, i) => ({ ...input, name: `limit-${i}.${EXT[input.kind]}` }));
}

/**
 * `count` hostile inputs, the same for the same seed: { index, name, kind, how, bytes }.
 * `kinds` limits them to some kinds (the fast subset the test suite runs); `from` starts at that index.
 */
export async function generateInputs({ seed = 1, count = 100, kinds, from = 0 } = {}) {
  const seeds = loadSeeds();
  // Crafted recipes need no seed file; the others only run where their kind has seeds (../shared may be absent).
  const recipes = RECIPES.filter(([, kind, make]) => (!kinds || kinds.includes(kind)) && (make.length < 2 || seeds[kind].length > 0));
  const total = recipes.reduce((s, [w]) => s + w, 0);
  const out = [];
  // `from`: only the inputs from that index on (each index has its own generator, so a finding is remade alone).
  for (let index = from; index < count; index++) {
    const r = rng(seed * 1_000_003 + index);
    let roll = r.next() * total;
    const [, kind, make] = recipes.find(([w]) => (roll -= w) < 0) ?? recipes[0];
    const { how, bytes } = await make(r, seeds);
    out.push({ index, name: `fuzz-${seed}-${index}.${EXT[kind]}`, kind, how, bytes });
  }
  return out;
}
