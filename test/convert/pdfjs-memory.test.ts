/**
 * A pdf.js thread has a heap cap: a document that needs more (a damaged CFF font made pdf.js build a
 * ~600 MB array, fuzz seed 29 input 944) ends its thread and fails alone with PDF_CORRUPT saying so,
 * never INTERNAL_ERROR; the pool reads the next document on a new thread. That input meets a 64 MB cap
 * here (with the real cap it reads, slowly). Needs the build (dist/pdf/pdfjs-worker.js).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
// @ts-expect-error plain ESM scripts of bench/, without types
import { generateInputs } from '../../bench/fuzz/generate.mjs';

it('a document over the thread heap cap is PDF_CORRUPT naming the cap; the pool goes on', async () => {
  const [font] = await generateInputs({ seed: 29, from: 944, count: 945 });
  expect(font.how).toBe('intercity-bus-chengjitong.pdf with 100 byte flips');
  const bytes = new Uint8Array(fs.readFileSync(path.join(ROOT, 'fixtures/western/invoice-en-usd.pdf')));
  // The built module: from the sources the pool runs in-process, without threads to cap.
  const { createPdfjsPool } = (await import(path.join(ROOT, 'dist/pdf/pdfjs-pool.js'))) as typeof import('../../src/pdf/pdfjs-pool.js');
  const starved = createPdfjsPool(1, 64);
  try {
    await expect(starved.textAndAttachments({ bytes: font.bytes, options: {}, leanTried: true })).rejects.toMatchObject({ code: 'PDF_CORRUPT', message: expect.stringMatching(/pdf.js needed more than 64 MB for it/) });
    expect(JSON.stringify(await starved.pageText({ bytes }))).toContain('INV-2024-0042');
  } finally {
    await starved.destroy();
  }
});
