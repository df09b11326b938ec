/** Images placed by merge: a TIFF lands on the sheet with its content. */
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { tiffOf } from '../helpers/images.js';

describe('merge with images', () => {
  it('a TIFF is placed (decoded through the shared raster reader), its red corner where it belongs', async () => {
    const result = await merge({ inputs: [{ name: 'fax.tiff', bytes: tiffOf(400, 300) }], layout: '1x1', margin: 0, gap: 0, orientation: 'landscape', concurrency: 1 });
    expect(result.documents[0]).toMatchObject({ status: 'placed', type: 'tiff' });
    const page = await renderPdfPage(result.output!, 1, { dpi: 36 });
    const red = (fx: number, fy: number) => {
      const i = (Math.floor(fy * page.height) * page.width + Math.floor(fx * page.width)) * 4;
      return page.rgba[i] > 200 && page.rgba[i + 1] < 80 && page.rgba[i + 2] < 80;
    };
    // 400x300 fitted into landscape A4 (297x210 mm) keeps its ratio and is centred: the red quarter is top left.
    expect([red(0.3, 0.2), red(0.7, 0.8)]).toEqual([true, false]);
  });
});
