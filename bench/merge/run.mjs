#!/usr/bin/env node
/**
 * bench/merge: `invoicectl merge --layout 2x1` (A4) against a PyMuPDF 2-up script (bench/merge/pymupdf-2up.py,
 * Debian python3-fitz) and `pdfjam --nup 1x2` (texlive-extra-utils, skipped when not installed), on the
 * same inputs, in one run.
 *
 *   node bench/merge/run.mjs [--counts 200,2000] [--sets generated,real,real-cn] [--rounds 2] [--bin path/to/invoicectl.js] [--base path/to/invoicectl.js]
 *
 * --bin runs another build of invoicectl instead of this one; --base runs another build as well, in the same
 * rounds (before and after in one sitting: the three run in turn, each round starting with another).
 * Every tool runs in the inputs' temporary folder, as a user's would: not in this repository, whose
 * package.json names invoicectl and so would be read for configuration.
 *
 * Input sets:
 *   generated  the bundled single-page Chinese e-invoices with seals (fixtures/invoices)
 *   real       the real documents: ../shared/corpus/cn-pdf and western-pdf, ../shared/fixtures/real/cn and facturx
 *   real-cn    the real Chinese invoice PDFs only (../shared/corpus/cn-pdf, ../shared/fixtures/real/cn)
 * Each copy is made byte-unique by a trailing comment, so duplicate detection does not drop it. Every tool
 * runs as a child process (invoicectl through its bin, as npm links it: the #! line, the launcher); wall time from the parent, peak RSS from /proc/<pid>/status VmHWM (polled).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const counts = arg('--counts', '200,2000').split(',').map(Number);
const sets = arg('--sets', 'generated,real,real-cn').split(',');
// Rounds alternate which side runs first, so neither always meets the machine in the same state.
const rounds = Number(arg('--rounds', 2));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-merge-'));
const python = '/usr/bin/python3';

const setDirs = {
  generated: [path.join(root, 'fixtures', 'invoices')],
  real: [
    path.join(root, '..', 'shared', 'corpus', 'cn-pdf'),
    path.join(root, '..', 'shared', 'corpus', 'western-pdf'),
    path.join(root, '..', 'shared', 'fixtures', 'real', 'cn'),
    path.join(root, '..', 'shared', 'fixtures', 'real', 'facturx'),
  ],
  'real-cn': [path.join(root, '..', 'shared', 'corpus', 'cn-pdf'), path.join(root, '..', 'shared', 'fixtures', 'real', 'cn')],
};

function sources(set) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.pdf')) out.push(fs.readFileSync(p));
    }
  };
  for (const d of setDirs[set]) walk(d);
  if (out.length === 0) throw new Error(`no PDFs for the set ${set}`);
  return out;
}

function makeInputs(set, n) {
  const dir = path.join(work, `${set}-${n}`);
  fs.mkdirSync(dir, { recursive: true });
  const src = sources(set);
  const files = [];
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `inv-${String(i).padStart(5, '0')}.pdf`);
    // A trailing comment changes the bytes (and SHA-256) without changing the document.
    fs.writeFileSync(file, Buffer.concat([src[i % src.length], Buffer.from(`\n% copy ${i}\n`)]));
    files.push(file);
  }
  return files;
}

/**
 * Runs a command, returning wall time, CPU time (user + system, from /usr/bin/time when installed: on a
 * busy machine it varies less than wall time) and the peak RSS (MB) of the process.
 */
let timeRuns = 0;
function timed(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const timeFile = path.join(work, `time-${timeRuns++}.txt`);
    const [run, runArgs] = fs.existsSync('/usr/bin/time') ? ['/usr/bin/time', ['-o', timeFile, '-f', '%U %S', cmd, ...args]] : [cmd, args];
    const child = spawn(run, runArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      try {
        // Under /usr/bin/time the measured process is its only child.
        const pid = run === cmd ? child.pid : Number(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+)/.exec(status);
        if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
      } catch {}
    }, 10);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) reject(new Error(`${cmd} exited ${code}: ${stderr.slice(-2000)}`));
      else {
        const cpu = fs.existsSync(timeFile) ? fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((a, b) => a + Number(b), 0) : NaN;
        resolve({ seconds, cpu, peakMb: peak });
      }
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

function pageCount(file) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
}

const bin = path.resolve(arg('--bin', path.join(root, 'bin', 'invoicectl.js')));
const base = process.argv.includes('--base') ? path.resolve(arg('--base')) : null;
if (!process.argv.includes('--bin') && !fs.existsSync(path.join(root, 'dist', 'cli-bundle', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const pymupdf = fs.existsSync(python) && (() => { try { execFileSync(python, ['-c', 'import fitz'], { stdio: 'ignore' }); return true; } catch { return false; } })();
const pdfjam = have('pdfjam');
if (!pymupdf) console.log('PyMuPDF not found: apt-get install python3-fitz (bench only)');
if (!pdfjam) console.log('pdfjam not found (texlive-extra-utils, not installed): its column is n/a');
console.log(`cores: ${os.availableParallelism()}, node ${process.version}`);
const header = ['set', 'invoices', 'round', 'load1', 'ours_s', 'ours_cpu_s', 'ours_MB', 'sheets', 'pymupdf_s', 'pymupdf_cpu_s', 'pymupdf_MB', 'sheets', 'pdfjam_s', 'pymupdf/ours(wall)', 'pymupdf/ours(cpu)', 'pdfjam/ours'];
if (base) header.push('base_s', 'base_cpu_s', 'base_MB', 'pymupdf/base(wall)', 'pymupdf/base(cpu)');
console.log(header.join('\t'));
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
for (const set of sets) {
  for (const n of counts) {
    const files = makeInputs(set, n);
    for (let round = 0; round < rounds; round++) {
      const out = path.join(work, `ours-${set}-${n}.pdf`);
      const load = loadavg();
      // The bin is run as npm's link runs it (its own #! line), so its launcher's start-up is counted.
      const runBuild = (b, o) => timed(b, ['merge', path.dirname(files[0]), '--layout', '2x1', '--paper', 'A4', '--no-cache', '--quiet', '-o', o], { cwd: work });
      const pyOut = path.join(work, `pymupdf-${set}-${n}.pdf`);
      const runPy = () => (pymupdf ? timed(python, [path.join(root, 'bench', 'merge', 'pymupdf-2up.py'), pyOut, ...files], { cwd: work }) : null);
      // Each round starts with another of them, so none always meets the machine in the same state.
      const runs = [['ours', () => runBuild(bin, out)], ['py', runPy], ...(base ? [['base', () => runBuild(base, path.join(work, `base-${set}-${n}.pdf`))]] : [])];
      const results = {};
      for (let k = 0; k < runs.length; k++) {
        const [name, run] = runs[(round + k) % runs.length];
        results[name] = await run();
      }
      const { ours, py, base: before } = results;
      const pySheets = py ? pageCount(pyOut) : 'n/a';
      let jam = null;
      if (pdfjam) {
        const jamOut = path.join(work, `pdfjam-${set}-${n}.pdf`);
        jam = await timed('pdfjam', ['--nup', '1x2', '--a4paper', '--no-landscape', '--outfile', jamOut, ...files], { cwd: work });
      }
      const ratio = (peer) => (peer ? (peer.seconds / ours.seconds).toFixed(2) : 'n/a');
      const cpuRatio = py ? (py.cpu / ours.cpu).toFixed(2) : 'n/a';
      const row = [set, n, round + 1, load, ours.seconds.toFixed(2), ours.cpu.toFixed(2), ours.peakMb.toFixed(0), pageCount(out)];
      row.push(py ? py.seconds.toFixed(2) : 'n/a', py ? py.cpu.toFixed(2) : 'n/a', py ? py.peakMb.toFixed(0) : 'n/a', pySheets);
      row.push(jam ? jam.seconds.toFixed(2) : 'n/a', ratio(py), cpuRatio, ratio(jam));
      if (before) row.push(before.seconds.toFixed(2), before.cpu.toFixed(2), before.peakMb.toFixed(0), py ? (py.seconds / before.seconds).toFixed(2) : 'n/a', py ? (py.cpu / before.cpu).toFixed(2) : 'n/a');
      console.log(row.join('\t'));
    }
    fs.rmSync(path.dirname(files[0]), { recursive: true, force: true });
  }
}
fs.rmSync(work, { recursive: true, force: true });
