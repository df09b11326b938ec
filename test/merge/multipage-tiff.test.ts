/** Every page of a multi-page TIFF is placed by merge, as convert and extract read every page. */
import UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { renderPdfPage } from '../../src/pdf/render.js';

type Rgb = [number, number, number];

/** A TIFF of one page per colour, each page filled with its colour (uncompressed RGBA strips). */
function multiPageTiff(w: number, h: number, colours: Rgb[]): Uint8Array {
  const start = 4096; // the directories fit before this
  const size = w * h * 4;
  const ifds = colours.map((_, i) => ({
    t256: [w], t257: [h], t258: [8, 8, 8, 8], t259: [1], t262: [2], t273: [start + i * size], t277: [4], t278: [h], t279: [size], t284: [1], t338: [1],
  }));
  const head = new Uint8Array(UTIF.encode(ifds as never));
  expect(head.length).toBeLessThan(start);
  const out = new Uint8Array(start + colours.length * size);
  out.set(head);
  colours.forEach((c, i) => {
    for (let p = 0; p < w * h; p++) out.set([...c, 255], start + i * size + p * 4);
  });
  return out;
}

describe('merge with a multi-page TIFF', () => {
  it('places every page, each with its own content', async () => {
    const colours: Rgb[] = [[255, 0, 0], [0, 160, 0], [0, 0, 255]];
    const result = await merge({ inputs: [{ name: 'fax.tiff', bytes: multiPageTiff(120, 90, colours) }], layout: '1x1', margin: 0, gap: 0, orientation: 'landscape', concurrency: 1 });
    expect(result.documents[0]).toMatchObject({ status: 'placed', type: 'tiff', pages: 3 });
    expect(result.sheets).toBe(3);
    const centres: Rgb[] = [];
    for (let sheet = 1; sheet <= 3; sheet++) {
      const page = await renderPdfPage(result.output!, sheet, { dpi: 18 });
      const i = (Math.floor(page.height / 2) * page.width + Math.floor(page.width / 2)) * 4;
      centres.push([page.rgba[i], page.rgba[i + 1], page.rgba[i + 2]]);
    }
    expect(centres.map((c) => c.map((v) => (v > 128 ? 1 : 0)))).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  });

  it('holds the page count to limits.maxPages before decoding', async () => {
    const result = await merge({ inputs: [{ name: 'fax.tiff', bytes: multiPageTiff(10, 10, [[0, 0, 0], [0, 0, 0], [0, 0, 0]]) }, { name: 'one.tiff', bytes: multiPageTiff(10, 10, [[0, 0, 0]]) }], limits: { maxPages: 2 } });
    expect(result.documents.map((d) => [d.file, d.status, d.error?.code])).toEqual([
      ['fax.tiff', 'failed', 'PAGE_LIMIT_EXCEEDED'],
      ['one.tiff', 'placed', undefined],
    ]);
  });
});
