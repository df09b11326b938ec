#!/usr/bin/env node
/**
 * bench/merge: invoicectl merge against pdfjam --nup 1x2 on the same inputs, in the same run.
 *
 *   node bench/merge/run.mjs [--counts 200,2000]
 *
 * Inputs: copies of the bundled single-page Chinese e-invoices (fixtures/invoices), made distinct by a
 * per-copy comment so duplicate detection does not drop them. Each case runs invoicectl (as a child process,
 * peak RSS from /usr/bin/time when present, else polled) and then pdfjam (texlive-extra-utils) on the same
 * files, printing both times, the ratio and invoicectl's peak memory.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const counts = (process.argv.includes('--counts') ? process.argv[process.argv.indexOf('--counts') + 1] : '200,2000').split(',').map(Number);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-merge-'));

function sources() {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.pdf') && !e.name.includes('2pages')) out.push(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'fixtures', 'invoices'));
  return out;
}

function makeInputs(n) {
  const dir = path.join(work, `in-${n}`);
  fs.mkdirSync(dir, { recursive: true });
  const src = sources();
  const files = [];
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `inv-${String(i).padStart(5, '0')}.pdf`);
    // A trailing comment changes the bytes (and SHA-256) without changing the document.
    fs.writeFileSync(file, Buffer.concat([src[i % src.length], Buffer.from(`\n% copy ${i}\n`)]));
    files.push(file);
  }
  return files;
}

/** Runs a command, returning wall time and peak RSS (MB) of the process tree's main process. */
function timed(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+)/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {}
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ seconds, peakMb: peak });
    });
  });
}

function have(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const bin = path.join(root, 'bin', 'invoicectl.js');
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const pdfjam = have('pdfjam');
if (!pdfjam) console.log('pdfjam not found: apt-get install texlive-extra-utils texlive-latex-recommended (bench only)');
console.log(`cores: ${os.availableParallelism()}, node ${process.version}`);
console.log('invoices  invoicectl_s  peak_MB  pdfjam_s  ratio(pdfjam/invoicectl)  sheets');
for (const n of counts) {
  const files = makeInputs(n);
  const out = path.join(work, `ours-${n}.pdf`);
  const ours = await timed(process.execPath, [bin, 'merge', path.dirname(files[0]), '--layout', '2x1', '--no-cache', '--quiet', '-o', out]);
  const sheets = (fs.readFileSync(out).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  let jam = null;
  if (pdfjam) {
    const jamOut = path.join(work, `pdfjam-${n}.pdf`);
    jam = await timed('pdfjam', ['--nup', '1x2', '--a4paper', '--no-landscape', '--outfile', jamOut, ...files], { cwd: work });
  }
  const ratio = jam ? (jam.seconds / ours.seconds).toFixed(1) : 'n/a';
  console.log(`${String(n).padStart(8)}  ${ours.seconds.toFixed(2).padStart(12)}  ${ours.peakMb.toFixed(0).padStart(7)}  ${jam ? jam.seconds.toFixed(2).padStart(8) : '     n/a'}  ${String(ratio).padStart(24)}  ${sheets}`);
}
fs.rmSync(work, { recursive: true, force: true });
