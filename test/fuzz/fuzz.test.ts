/**
 * The fuzz suite's seeded subset (the full run is `node bench/fuzz/run.mjs --count 1000`): hostile
 * inputs of every kind through extract, merge and convert as child processes of the built CLI, each
 * batch with a good invoice, and none may crash, hang, lose the good invoice, leave a temporary file
 * or fail with a code the README does not document. The issue's two hangs (a truncated taxi.png, and
 * taxi.png with 100 flipped bytes, which spun merge and convert forever) are among them, and one input
 * of each kind a limit must refuse before the work (ZIP entry counts, OFD page lists and images).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
// @ts-expect-error plain ESM scripts of bench/, without types
import { generateInputs, limitInputs, rng } from '../../bench/fuzz/generate.mjs';
// @ts-expect-error plain ESM scripts of bench/, without types
import { runFuzz, summaryTable } from '../../bench/fuzz/runner.mjs';
import { ROOT } from '../helpers/cli.js';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoicectl-fuzz-test-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function issueInputs() {
  const taxi = fs.readFileSync(path.join(ROOT, 'fixtures', 'invoices', 'receipts', 'taxi.png'));
  const flipped = new Uint8Array(taxi);
  const r = rng(14);
  for (let i = 0; i < 100; i++) flipped[8 + r.int(flipped.length - 8)] ^= 1 << r.int(8);
  return [
    { name: 'taxi-truncated.png', kind: 'png', how: 'the first 4430 bytes of taxi.png', bytes: taxi.subarray(0, 4430) },
    { name: 'taxi-flipped.png', kind: 'png', how: 'taxi.png with 100 byte flips', bytes: flipped },
  ];
}

it('hostile inputs neither crash, hang, lose the good invoice, leave temp files nor fail with an undocumented code', async () => {
  const inputs = [...issueInputs(), ...limitInputs(), ...(await generateInputs({ seed: 14, count: 22 }))];
  // Inputs that cost seconds in every command (5000 pages, a ZIP bomb, 20001 entries) are left to the full run.
  const fast = inputs.filter((i) => !/many-pages|ZIP bomb|20001/.test(i.how));
  const { stats, findings } = await runFuzz(fast, { batchSize: 32, parallel: 2, boundMs: 90_000, workDir });
  const summary = summaryTable(stats);
  expect(findings, summary).toEqual([]);
  for (const s of Object.values(stats) as { inputs: number; peakKb: number; codes: Record<string, number> }[]) {
    expect(s.inputs).toBe(fast.length);
    expect(s.peakKb).toBeGreaterThan(0); // measured
    expect(s.peakKb).toBeLessThan(1024 * 1024);
    // Most hostile inputs are refused, each with a documented code.
    expect(Object.entries(s.codes).filter(([c]) => c !== 'OK').reduce((n, [, k]) => n + k, 0)).toBeGreaterThan(fast.length / 2);
  }
});
