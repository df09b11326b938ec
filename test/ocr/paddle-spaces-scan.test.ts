/**
 * Word breaks in small print through the real recogniser: a page of 7 pt lines drawn here, printed and
 * scanned (fixtures/scan.mjs: 200 dpi, skew, noise, JPEG), read by PaddleOCR. At this size PP-OCR prints
 * few of the spaces and JPEG noise leaves no blank pixel column between words.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { scanPage } from '../../fixtures/scan.mjs';
import { makeInvoicePdf } from './helpers.js';

const LINES = [
  'Au bon moulin SARL - 1242 chemin de la colline - 84340 Malaucene - France',
  'Conditions de paiement : 30 jours fin de mois',
  'Reference acheteur : Service executant',
  'Date de livraison : 28 janvier 2026',
  'Sum excl. VAT 1,250.00 EUR due on 05 Jan 2026',
];

describe('PaddleOCR word breaks in small print', () => {
  const engine = new PaddleEngine({ workers: 1 });
  afterAll(() => engine.dispose());

  it('keeps the spaces between the words of 7 pt lines', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'invoicectl-spaces-'));
    try {
      const pdf = path.join(dir, 'small-print.pdf');
      await writeFile(pdf, await makeInvoicePdf(LINES.map((text) => ({ text, size: 7 }))));
      const { text } = await engine.recognize(await scanPage(pdf));
      const read = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
      // Each pair of neighbouring words of a drawn line: found apart, run together, or misread.
      let apart = 0, together = 0;
      for (const line of LINES) {
        const words = line.toLowerCase().split(' ');
        for (let i = 1; i < words.length; i++) {
          if (read.includes(`${words[i - 1]} ${words[i]}`)) apart += 1;
          else if (read.includes(`${words[i - 1]}${words[i]}`)) together += 1;
        }
      }
      // Read by the pixels' blanks alone: 24 apart, 10 together ("finde", "05Jan").
      expect(together).toBeLessThanOrEqual(5);
      expect(apart).toBeGreaterThanOrEqual(28);
      expect(read).toContain(' 05 jan 2026 ');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
