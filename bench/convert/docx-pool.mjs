#!/usr/bin/env node
/**
 * DOCX → PDF throughput: the LibreOffice pool (long-running soffice + Python-UNO helper) versus one
 * `soffice --convert-to pdf` process per file, over the same documents in the same run.
 *
 * The peer is given every advantage we can: the same concurrency as the pool, one profile dir per
 * worker (two soffice processes cannot share one), and each profile warmed by an untimed run first.
 *
 *   npm run build && node bench/convert/docx-pool.mjs [docs=20] [concurrency=pool default]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLibreOfficeConverter } from '../../dist/convert/index.js';

const N = Number(process.argv[2] ?? 20);
const work = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-bench-docx-'));
const lo = createLibreOfficeConverter();
const concurrency = Number(process.argv[3] ?? lo.pool.size);

// Invoice-like documents of varied length, made by pandoc.
const docs = [];
for (let i = 0; i < N; i++) {
  const rows = Array.from({ length: 5 + (i % 7) * 4 }, (_, r) => `| ${r + 1} | Item ${i}-${r} | ${(r + 1) * 3} | ${((r + 1) * 9.5).toFixed(2)} |`).join('\n');
  const md = `# Invoice ${1000 + i}\n\nCustomer: Example GmbH ${i}\n\n| Pos | Description | Qty | Amount |\n|---|---|---|---|\n${rows}\n\n${'Payment terms apply. '.repeat(20 + i * 5)}\n`;
  const mdPath = path.join(work, `doc${i}.md`);
  writeFileSync(mdPath, md);
  execFileSync('pandoc', [mdPath, '-o', path.join(work, `doc${i}.docx`)]);
  docs.push({ name: `doc${i}.docx`, bytes: readFileSync(path.join(work, `doc${i}.docx`)) });
}

async function mapLimit(items, limit, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async (_, worker) => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i, worker);
    }
  }));
}

function sofficeConvert(file, outDir, profile) {
  return new Promise((resolve, reject) => {
    const p = spawn('soffice', ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'ignore' });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`soffice exit ${code}`))));
  });
}

// --- peer: one soffice --convert-to per file -------------------------------------------------
const profiles = Array.from({ length: concurrency }, (_, w) => path.join(work, `profile${w}`));
const peerOut = path.join(work, 'peer');
mkdirSync(peerOut);
await Promise.all(profiles.map((p, w) => sofficeConvert(path.join(work, docs[w % N].name), path.join(work, 'warm'), p))); // warm profiles
let t = performance.now();
await mapLimit(docs, concurrency, (d, i, w) => sofficeConvert(path.join(work, d.name), peerOut, profiles[w]));
const peerSec = (performance.now() - t) / 1000;
const peerOk = docs.every((d) => existsSync(path.join(peerOut, d.name.replace('.docx', '.pdf'))));

// --- pool: cold start (instances start on the first jobs) and then steady state ------------------
t = performance.now();
const outputs = [];
await Promise.all(docs.map(async (d, i) => { outputs[i] = (await lo.convert(d, 'pdf', {}, {}))[0]; }));
const poolColdSec = (performance.now() - t) / 1000;
t = performance.now();
await Promise.all(docs.map((d) => lo.convert(d, 'pdf', {}, {})));
const poolWarmSec = (performance.now() - t) / 1000;
await lo.dispose();

// The outputs are real: the text of the last document is in its PDF.
const text = execFileSync('pdftotext', ['-', '-'], { input: outputs[N - 1].bytes }).toString();
if (!text.includes(`Invoice ${1000 + N - 1}`) || !peerOk) throw new Error('conversion output check failed');
rmSync(work, { recursive: true, force: true });

const rate = (s) => (N / s).toFixed(2);
console.log(`DOCX → PDF, ${N} documents, concurrency ${concurrency} (${os.availableParallelism()} cores)`);
console.log(`  soffice --convert-to per file (warm profiles): ${peerSec.toFixed(2)} s  ${rate(peerSec)} docs/s`);
console.log(`  pool, cold (includes starting ${concurrency} instances): ${poolColdSec.toFixed(2)} s  ${rate(poolColdSec)} docs/s  ratio ${(peerSec / poolColdSec).toFixed(1)}x`);
console.log(`  pool, warm:                                    ${poolWarmSec.toFixed(2)} s  ${rate(poolWarmSec)} docs/s  ratio ${(peerSec / poolWarmSec).toFixed(1)}x`);
