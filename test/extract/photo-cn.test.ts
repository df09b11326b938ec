/**
 * Phone photos of a 发票 read like its PDF: photos made at test time of a generated invoice by
 * bench/accuracy/phone-photo.mjs (perspective 5-15°, turned upright/upside down and sideways plus a few
 * degrees, desk, uneven light, blur, JPEG 70), through the whole extract with PaddleOCR. Values are
 * compared with the generator's expected.json.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { sharedPaddleEngine } from '../../src/ocr/engines.js';
import { expectedOf, FIXTURES } from './helpers.js';
// @ts-expect-error: a plain ESM helper shared with bench/accuracy
import { phonePhoto, photoVariants } from '../../bench/accuracy/phone-photo.mjs';

const INVOICE = path.join(FIXTURES, 'invoices', '餐饮', 'dinner-haiweixuan.pdf');

afterAll(async () => {
  await sharedPaddleEngine().dispose();
});

describe('a phone photo of a Chinese invoice', () => {
  it('reads the totals, parties, number and code of photos turned every way, on a desk or cropped', async () => {
    const e = expectedOf(INVOICE);
    // Four photos on a desk, one per quarter turn, and one cropped to the page and turned a few degrees.
    const onDesk = [5, 6].flatMap((seed) => photoVariants(seed).slice(0, 2)).map((v: object, i: number) => ({ ...v, turn: [0, 90, 180, 270][i] }));
    const variants = [...onDesk, photoVariants(7)[2]];
    const inputs = await Promise.all(variants.map(async (v: { turn: number; crop?: number }) => ({ name: `${v.crop ? 'crop' : 'photo'}-${v.turn}.jpg`, bytes: (await phonePhoto(INVOICE, v)).jpeg })));
    const { results } = await extract({ inputs, ocr: { langs: 'chi_sim+eng', engine: 'paddle', dpi: 200 }, cache: null, qr: 'never', concurrency: 1 });
    for (const r of results) {
      const inv = r.invoice!;
      expect({ file: r.file, number: inv.number, code: inv.code, date: inv.date, amount: inv.amount, tax: inv.taxAmount, total: inv.totalAmount, seller: inv.seller.name, buyer: inv.buyer.name })
        .toEqual({ file: r.file, number: e.number, code: e.code, date: e.date, amount: e.amount, tax: e.taxAmount, total: e.totalAmount, seller: e.seller.name, buyer: e.buyer.name });
    }
  });
});
