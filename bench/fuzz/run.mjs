#!/usr/bin/env node
/**
 * The full fuzz run: `node bench/fuzz/run.mjs --count 1000 [--seed 1] [--parallel 2] [--batch 8]
 * [--bound-seconds 120] [--interrupt-every 10] [--max-peak-mb 1024] [--commands extract,merge,convert]
 * [--kinds pdf,png]`.
 * Needs the build (npx tsc -p tsconfig.json). Prints a summary table and every finding with the input
 * that caused it (reproduce one with generateInputs({ seed, count }) and its index); exit 1 on findings.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { generateInputs } from './generate.mjs';
import { runFuzz, summaryTable } from './runner.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    parallel: { type: 'string', default: '2' },
    batch: { type: 'string', default: '8' },
    'bound-seconds': { type: 'string', default: '120' },
    'interrupt-every': { type: 'string', default: '10' },
    'max-peak-mb': { type: 'string', default: '1024' },
    commands: { type: 'string', default: 'extract,merge,convert' },
    kinds: { type: 'string' },
  },
});

const started = Date.now();
const inputs = await generateInputs({ seed: Number(values.seed), count: Number(values.count), kinds: values.kinds?.split(',') });
const kinds = {};
for (const i of inputs) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
console.log(`${inputs.length} inputs (seed ${values.seed}): ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoicectl-fuzz-'));
let batches = 0;
const { stats, findings } = await runFuzz(inputs, {
  commands: values.commands.split(','),
  batchSize: Number(values.batch),
  parallel: Number(values.parallel),
  boundMs: Number(values['bound-seconds']) * 1000,
  interruptEvery: Number(values['interrupt-every']),
  maxPeakMb: Number(values['max-peak-mb']),
  workDir,
  onBatch: ({ command, id, findings: found }) => {
    batches += 1;
    for (const f of found) console.log(`  ${f.kind.toUpperCase()} ${command}: ${f.detail}\n    ${f.inputs.join('\n    ')}`);
    if (batches % 20 === 0) console.log(`  ... ${batches} batches, ${((Date.now() - started) / 60000).toFixed(1)} min`);
  },
});
fs.rmSync(workDir, { recursive: true, force: true });
console.log(`\n${summaryTable(stats)}\n`);
for (const [command, s] of Object.entries(stats)) {
  const codes = Object.entries(s.codes).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`${command} outcomes of the bad inputs: ${codes}`);
}
console.log(`\n${findings.length} finding(s) in ${((Date.now() - started) / 60000).toFixed(1)} min`);
process.exit(findings.length ? 1 : 0);
