/**
 * processInvoices (the processor API's task) counts each document once merged and once read: its
 * progress never says more done than there is, and ends at done = total, also when merge does not place
 * every document (a damaged file, the same file twice).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { processInvoices } from '../../src/api/process-invoices.js';

const ROOT = path.resolve(__dirname, '..', '..');

it('progress: done never over total, and done = total = 2 x documents at the end', async () => {
  const hotel = fs.readFileSync(path.join(ROOT, 'fixtures/invoices/住宿/hotel-jinjiang-special.pdf'));
  const coffee = fs.readFileSync(path.join(ROOT, 'fixtures/invoices/餐饮/coffee-douxiang-shudian.pdf'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'process-progress-'));
  const events: { done: number; total: number }[] = [];
  try {
    const result = await processInvoices({
      inputs: [
        { name: 'hotel.pdf', bytes: hotel },
        { name: 'coffee.pdf', bytes: coffee },
        { name: 'coffee-again.pdf', bytes: coffee },
        { name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<') },
      ],
      outDir,
      onProgress: (p) => events.push({ done: p.done, total: p.total }),
    });
    expect(result.documents.filter((d) => d.status === 'placed')).toHaveLength(2);
    expect(events.filter((e) => e.done > e.total)).toEqual([]);
    expect(events.at(-1)).toEqual({ done: 8, total: 8 });
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
