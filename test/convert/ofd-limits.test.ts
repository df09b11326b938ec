/**
 * limits.maxPages and limits.maxImagePixels hold for OFDs in every command, checked while the OFD is
 * parsed: before any page is read and before any image is decoded.
 */
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { extract } from '../../src/api/extract.js';
import { merge } from '../../src/api/merge.js';
import { buildOfd, type OfdSpec } from '../ofd/ofd-builder.js';
import { pngOf } from '../helpers/images.js';

const text = { kind: 'text' as const, boundary: [10, 10, 100, 10] as [number, number, number, number], size: 4, codes: [{ x: 0, y: 4, text: 'Invoice 42' }] };

/** One real page, then Document.xml rewritten to list it `count` times (a few hundred KB for 50,000). */
function ofdListing(count: number): Uint8Array {
  const zip = new AdmZip(Buffer.from(buildOfd({ pages: [{ size: [210, 140], objects: [text] }] })));
  const doc = zip.getEntry('Doc_0/Document.xml')!.getData().toString('utf8');
  const one = doc.match(/<ofd:Page ID="1"[^>]*\/>/)![0];
  const many = Array.from({ length: count }, (_, i) => one.replace('ID="1"', `ID="${i + 1}"`)).join('');
  zip.updateFile('Doc_0/Document.xml', Buffer.from(doc.replace(one, many)));
  return new Uint8Array(zip.toBuffer());
}

/** A 60×40 PNG whose header is rewritten to claim `w`×`h` pixels. */
function pngClaiming(w: number, h: number): Uint8Array {
  const png = Buffer.from(pngOf(60, 40));
  png.writeUInt32BE(w, 16);
  png.writeUInt32BE(h, 20);
  return png;
}

function ofdWithImage(png: Uint8Array): Uint8Array {
  const spec: OfdSpec = {
    pages: [{ size: [210, 140], objects: [text, { kind: 'image', boundary: [10, 30, 60, 40], ctm: [60, 0, 0, 40, 0, 0], resource: 'IMG1' }] }],
    images: [{ id: 'IMG1', name: 'image.png', bytes: png }],
  };
  return buildOfd(spec);
}

describe('OFD page count against limits.maxPages', () => {
  const huge = ofdListing(50_000);

  it('extract refuses a Document.xml listing 50,000 pages', async () => {
    const { results } = await extract({ inputs: [{ name: 'pages.ofd', bytes: huge }], ocr: false });
    expect(results[0].status).toBe('failed');
    expect(results[0].error?.code).toBe('PAGE_LIMIT_EXCEEDED');
    expect(results[0].error?.message).toBe('the OFD document has 50000 pages, over the limit of 500');
  });

  it('convert and merge refuse it too; an OFD within the limit still converts', async () => {
    const converted = await convert({ inputs: [{ name: 'pages.ofd', bytes: huge }, { name: 'three.ofd', bytes: ofdListing(3) }], to: 'pdf', limits: { maxPages: 5 } });
    expect(converted.files.map((f) => [f.file, f.status, f.error?.code])).toEqual([
      ['pages.ofd', 'failed', 'PAGE_LIMIT_EXCEEDED'],
      ['three.ofd', 'converted', undefined],
    ]);
    expect(converted.files[1].outputs[0].pages).toBe(3);
    const merged = await merge({ inputs: [{ name: 'pages.ofd', bytes: huge }, { name: 'three.ofd', bytes: ofdListing(3) }], limits: { maxPages: 5 } });
    expect(merged.documents.map((d) => [d.file, d.status, d.error?.code])).toEqual([
      ['pages.ofd', 'failed', 'PAGE_LIMIT_EXCEEDED'],
      ['three.ofd', 'placed', undefined],
    ]);
  });
});

describe('OFD images against limits.maxImagePixels', () => {
  const bomb = ofdWithImage(pngClaiming(30_000, 30_000));

  it('convert, merge and extract refuse an image over the limit from its header', async () => {
    const converted = await convert({ inputs: [{ name: 'bomb.ofd', bytes: bomb }], to: 'pdf' });
    expect(converted.files[0].error).toMatchObject({ code: 'IMAGE_TOO_LARGE', details: { width: 30_000, height: 30_000 } });
    const merged = await merge({ inputs: [{ name: 'bomb.ofd', bytes: bomb }, { name: 'ok.ofd', bytes: ofdWithImage(pngOf(60, 40)) }] });
    expect(merged.documents.map((d) => [d.status, d.error?.code])).toEqual([
      ['failed', 'IMAGE_TOO_LARGE'],
      ['placed', undefined],
    ]);
    const { results } = await extract({ inputs: [{ name: 'bomb.ofd', bytes: bomb }], ocr: false });
    expect(results[0].error?.code).toBe('IMAGE_TOO_LARGE');
  });

  it('applies the configured limit, not a fixed one', async () => {
    const small = ofdWithImage(pngOf(60, 40));
    const refused = await convert({ inputs: [{ name: 'small.ofd', bytes: small }], to: 'pdf', limits: { maxImagePixels: 60 * 40 - 1 } });
    expect(refused.files[0].error?.code).toBe('IMAGE_TOO_LARGE');
    const allowed = await convert({ inputs: [{ name: 'small.ofd', bytes: small }], to: 'pdf', limits: { maxImagePixels: 60 * 40 } });
    expect(allowed.files[0].status).toBe('converted');
  });
});
