#!/usr/bin/env node
/**
 * bench/extract/files: `invoicectl extract` throughput on digital (text-layer) PDFs against
 * `pdftotext -layout` (poppler-utils) on the same files, in the same run.
 *
 *   npm run build && node bench/extract/files.mjs [--files 50,500,5000] [--sets real,generated] [--concurrency 2] [--repeat 1] [--no-warm] [--keep] [--bin OTHER/bin/invoicectl.js]
 *
 * --bin runs another build of invoicectl (e.g. an older dist/ copied beside a node_modules link), for
 * before/after in one sitting.
 *
 * Goals checked:
 * - "extract on text PDFs at least as many files/s as pdftotext spends just dumping text": ratio =
 *   invoicectl files/s ÷ pdftotext files/s (pdftotext run with the same parallelism), goal >= 1.
 * - "a run over 1,000 files keeps memory flat": peak RSS at 200 vs 1000 files, and RSS sampled at
 *   quarters of each run.
 *
 * Inputs, two sets measured and printed apart:
 * - real: the Chinese e-invoice PDFs of ../shared/corpus/cn-pdf, the Western ones of ../shared/corpus/western-pdf
 *   with their embedded XML dropped (`qpdf --empty --pages`: the page is what is read), the Factur-X /
 *   ZUGFeRD PDFs and the Chinese air itinerary of ../shared/fixtures/real, and the real OFD invoices
 *   (fixtures/real/ofd, corpus/cn-ofd) rendered to PDF with invoicectl's own ofdToPdf;
 * - generated: the generated Chinese and Western invoices (fixtures/invoices, fixtures/western).
 * They are cycled to reach N, and each copy gets a trailing `%bench-<i>` comment after %%EOF (still a
 * valid PDF) so no two files share bytes / a SHA-256.
 *
 * Sides:
 * - invoicectl: one process, `extract <dir> --no-cache --format ndjson --concurrency C -q`, stdout to a
 *   file (parsed afterwards: ok / needs_review / failed counts, and every copy of one source must read
 *   the same as the others, so a fast-but-broken run shows). Wall time includes Node start-up. Peak RSS
 *   from /usr/bin/time -v when present, else polled VmHWM.
 * - invoicectl warm: a temp --cache-dir, run once to fill it, then again unchanged (all cache hits), then
 *   with 5% of the files changed (only those should be read again).
 * - pdftotext: `xargs -0 -P C -I{} pdftotext -layout {} -`, one process per file, C at a time, output
 *   discarded; also one at a time (-P 1) for reference, up to 500 files. Wall time includes every process start.
 * CPU seconds (user+sys of the waited children, from /proc/self/stat) are printed for both sides.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
const COUNTS = String(arg('files', '50,500,5000')).split(',').map(Number);
const C = Number(arg('concurrency', os.availableParallelism()));
const REPEAT = Number(arg('repeat', 1));
const KEEP = argv.includes('--keep');
// The warm-cache runs triple invoicectl's share of the run; --no-warm skips them.
const WARM = !argv.includes('--no-warm');
const SHARED = path.resolve(import.meta.dirname, '../../../shared');
const REAL = path.join(SHARED, 'fixtures', 'real');
const CORPUS = path.join(SHARED, 'corpus');
const SETS = String(arg('sets', 'real,generated')).split(',');

const bin = path.resolve(arg('bin', path.join(root, 'bin', 'invoicectl.js')));
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js')) || !fs.existsSync(path.join(root, 'dist', 'ofd', 'to-pdf.js'))) {
  console.error('dist/ is missing: run `npx tsc -p .` first');
  process.exit(2);
}
const have = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!have('pdftotext')) {
  console.error('pdftotext not found: apt-get install -y poppler-utils (bench only)');
  process.exit(2);
}
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const { ofdToPdf } = await import(path.join(root, 'dist', 'ofd', 'to-pdf.js'));

// ---------- inputs ----------

function listPdfs(dir, recursive) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && recursive) out.push(...listPdfs(p, true));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.pdf')) out.push(p);
  }
  return out.sort();
}

/** The set's source PDFs (see the header); `work` holds the Western PDFs stripped of their XML. */
async function sources(set, work) {
  const out = [];
  const add = (kind, file, bytes) => out.push({ kind, name: path.basename(file).replace(/\.(pdf|ofd)$/i, ''), bytes: Buffer.from(bytes) });
  if (set === 'generated') {
    for (const f of listPdfs(path.join(root, 'fixtures', 'invoices'), true)) add('cn-generated', f, fs.readFileSync(f));
    for (const f of listPdfs(path.join(root, 'fixtures', 'western'), false)) add('western-generated', f, fs.readFileSync(f));
  } else {
    for (const f of listPdfs(path.join(CORPUS, 'cn-pdf'), false)) add('cn-pdf', f, fs.readFileSync(f));
    for (const f of listPdfs(path.join(CORPUS, 'western-pdf'), false)) {
      const stripped = path.join(work, `stripped-${path.basename(f)}`);
      execFileSync('qpdf', ['--empty', '--pages', f, '--', stripped], { stdio: 'ignore' });
      add('western-page', f, fs.readFileSync(stripped));
    }
    for (const f of listPdfs(path.join(REAL, 'facturx'), false)) add('facturx', f, fs.readFileSync(f));
    for (const f of listPdfs(path.join(REAL, 'cn'), false)) add('cn-itinerary', f, fs.readFileSync(f));
    for (const ofdDir of [path.join(REAL, 'ofd'), path.join(CORPUS, 'cn-ofd')]) {
      if (!fs.existsSync(ofdDir)) continue;
      for (const name of fs.readdirSync(ofdDir).filter((n) => n.endsWith('.ofd')).sort()) {
        add('ofd→pdf', name, await ofdToPdf(new Uint8Array(fs.readFileSync(path.join(ofdDir, name)))));
      }
    }
  }
  if (!out.length) throw new Error(`no source PDFs found for the set ${set}`);
  return out;
}

/** N byte-unique copies, cycling through the sources; returns the folder and, per file, its source. */
function makeInputs(src, n, work, set) {
  const dir = path.join(work, `in-${set}-${n}`);
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < n; i++) {
    const s = src[i % src.length];
    const file = path.join(dir, `${String(i).padStart(5, '0')}-${s.name}.pdf`);
    const tail = s.bytes[s.bytes.length - 1] === 0x0a ? '' : '\n';
    fs.writeFileSync(file, Buffer.concat([s.bytes, Buffer.from(`${tail}%bench-${i}\n`)]));
    files.push({ file, source: s });
  }
  return { dir, files };
}

// ---------- measuring ----------

/** user+sys CPU seconds of this process's waited-for children so far (includes their descendants). */
function childCpu() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 (cutime) and 17 (cstime), 1-based in proc(5); f[0] is field 3.
  return (Number(f[13]) + Number(f[14])) / 100;
}

function readStatus(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
    // An exited (zombie) process has no VmRSS line any more: no sample.
    return kb('VmRSS') ? { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 } : null;
  } catch {
    return null;
  }
}

/**
 * Runs invoicectl with stdout to `outFile`; wall time, peak RSS (MB), RSS samples over time, CPU seconds.
 * Exit codes 0 (all ok), 1 (some failed) and 3 (some need review) are results, anything else an error.
 */
function runInvoicectl(args, outFile) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(outFile, 'w');
    const cmd = TIME ?? process.execPath;
    const full = TIME ? ['-v', process.execPath, bin, ...args] : [bin, ...args];
    const cpu0 = childCpu();
    const start = process.hrtime.bigint();
    const child = spawn(cmd, full, { stdio: ['ignore', out, 'pipe'], cwd: root });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The node process: the child itself, or /usr/bin/time's only child.
    let nodePid = TIME ? null : child.pid;
    let polledPeak = 0;
    const samples = [];
    const poll = setInterval(() => {
      if (!nodePid) {
        try {
          nodePid = Number(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || null;
        } catch {}
      }
      const st = nodePid && readStatus(nodePid);
      if (st) {
        polledPeak = Math.max(polledPeak, st.hwm);
        samples.push({ t: Number(process.hrtime.bigint() - start) / 1e9, rss: st.rss });
      }
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      fs.closeSync(out);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const cpu = childCpu() - cpu0;
      let peakMb = polledPeak;
      if (TIME) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) peakMb = Number(m[1]) / 1024;
        const st = /Command exited with non-zero status (\d+)/.exec(stderr);
        code = st ? Number(st[1]) : code;
      }
      if (![0, 1, 3].includes(code)) reject(new Error(`invoicectl ${args.join(' ')} exited ${code}: ${stderr.slice(-3000)}`));
      else resolve({ seconds, cpu, peakMb, samples, code, stderr });
    });
  });
}

/** `xargs -P limit` running pdftotext -layout once per file (no shell in between), output discarded. */
function runPdftotext(files, limit) {
  return new Promise((resolve, reject) => {
    const cpu0 = childCpu();
    const start = process.hrtime.bigint();
    const child = spawn('xargs', ['-0', '-P', String(limit), '-I', '{}', 'pdftotext', '-layout', '{}', '-'], { stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', reject);
    // xargs exits 123 when some pdftotext failed (it does not say how many).
    child.on('close', (code) => resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: childCpu() - cpu0, failures: code === 0 ? 0 : `some (xargs exit ${code})` }));
    child.stdin.end(files.join('\0'));
  });
}

// ---------- correctness ----------

/** The run's results; a run that did not report every file (a crash exits 1 too) is an error, not a result. */
function results(run, file, expected) {
  const text = fs.readFileSync(file, 'utf8');
  const out = text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (out.length !== expected) throw new Error(`invoicectl reported ${out.length} of ${expected} files (exit ${run.code}): ${run.stderr.replace(/\n\t(Command being timed|User time)[\s\S]*$/, '').slice(-3000)}`);
  return out;
}

/** Status counts, cache hits, sources, and copies of one source that read differently from its first copy. */
function check(results, files) {
  const bySource = new Map(files.map((f) => [f.file, f.source]));
  const counts = { ok: 0, needs_review: 0, failed: 0 };
  const cache = { HIT: 0, MISS: 0 };
  const via = {};
  const first = new Map();
  const inconsistent = new Set();
  const failedCodes = {};
  for (const r of results) {
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    cache[r.cache] = (cache[r.cache] ?? 0) + 1;
    via[r.source ?? 'none'] = (via[r.source ?? 'none'] ?? 0) + 1;
    if (r.status === 'failed') failedCodes[r.error?.code] = (failedCodes[r.error?.code] ?? 0) + 1;
    const src = bySource.get(r.file);
    if (!src) continue;
    const reading = JSON.stringify([r.status, r.source, r.invoice, r.checks]);
    if (!first.has(src.name)) first.set(src.name, reading);
    else if (first.get(src.name) !== reading) inconsistent.add(src.name);
  }
  const elapsed = results.map((r) => r.elapsedMs ?? 0);
  return { n: results.length, counts, cache, via, inconsistent: [...inconsistent], failedCodes, sumElapsedS: elapsed.reduce((a, b) => a + b, 0) / 1000 };
}

// ---------- main ----------

const pad = (s, n) => String(s).padStart(n);
const rate = (n, s) => (n / s).toFixed(1);
const rssAtQuarters = (samples) => {
  if (!samples.length) return 'n/a';
  const end = samples[samples.length - 1].t;
  return [0.25, 0.5, 0.75, 1].map((q) => (samples.find((x) => x.t >= q * end) ?? samples[samples.length - 1]).rss.toFixed(0)).join('/');
};

/** One set at N files: invoicectl and pdftotext in alternating order per repeat (best of each kept), then the cache runs. */
async function measure(src, n, set) {
  const { dir, files } = makeInputs(src, n, work, set);
  const paths = files.map((f) => f.file);
  const extractArgs = ['extract', dir, '--format', 'ndjson', '--concurrency', String(C), '-q'];
  // Warm-up the page cache and both binaries once (not timed).
  await runPdftotext(paths.slice(0, 5), 1);
  const load = [];
  let best = null;
  for (let r = 0; r < REPEAT; r++) {
    load.push(loadavg());
    // Alternate the order between repeats so neither side always runs first.
    const order = r % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
    const row = {};
    for (const side of order) {
      if (side === 'ours') {
        const outFile = path.join(work, `out-${set}-${n}.ndjson`);
        row.ours = await runInvoicectl([...extractArgs, '--no-cache'], outFile);
        row.check = check(results(row.ours, outFile, n), files);
      } else {
        row.theirs = await runPdftotext(paths, C);
        // One at a time, for reference; skipped above 500 files, where it would dominate the bench's run time.
        row.seq = n <= 500 ? await runPdftotext(paths, 1) : null;
      }
    }
    console.log(`  ${set} ${n} files, repeat ${r + 1} (load ${load[r]}): invoicectl ${row.ours.seconds.toFixed(2)} s, pdftotext ${row.theirs.seconds.toFixed(2)} s, ratio ${(row.theirs.seconds / row.ours.seconds).toFixed(2)}x`);
    // Best of the repeats per side (least disturbed by other load on the machine).
    if (!best) best = row;
    else {
      if (row.ours.seconds < best.ours.seconds) Object.assign(best, { ours: row.ours, check: row.check });
      if (row.theirs.seconds < best.theirs.seconds) best.theirs = row.theirs;
      if (row.seq && row.seq.seconds < best.seq.seconds) best.seq = row.seq;
    }
  }
  best.load = load.join('/');
  // Warm cache: fill, re-run unchanged, then re-run with 5% of the files changed.
  if (!WARM) return { n, ...best };
  const cacheDir = path.join(work, `cache-${set}-${n}`);
  const warmOut = path.join(work, `warm-${set}-${n}.ndjson`);
  const cold = await runInvoicectl([...extractArgs, '--cache-dir', cacheDir], warmOut);
  results(cold, warmOut, n);
  const warm = await runInvoicectl([...extractArgs, '--cache-dir', cacheDir], warmOut);
  const warmCheck = check(results(warm, warmOut, n), files);
  const changed = Math.max(1, Math.round(n * 0.05));
  for (let i = 0; i < changed; i++) fs.appendFileSync(paths[Math.floor((i * n) / changed)], `%changed-${i}\n`);
  const partial = await runInvoicectl([...extractArgs, '--cache-dir', cacheDir], warmOut);
  const partialCheck = check(results(partial, warmOut, n), files);
  return { n, ...best, cold, warm, warmCheck, partial, partialCheck, changed };
}

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-extract-files-'));
try {
  console.log(`extract files/s vs pdftotext -layout: ${os.cpus().length} CPUs (${os.cpus()[0]?.model?.trim()}), node ${process.version}, concurrency ${C}`);
  console.log(`peak RSS from ${TIME ? '/usr/bin/time -v' : 'polled /proc VmHWM'}; wall times include process start-up on both sides`);
  const rows = [];
  for (const set of SETS) {
    const src = await sources(set, work);
    const kinds = {};
    for (const s of src) kinds[s.kind] = (kinds[s.kind] ?? 0) + 1;
    console.log(`${set}: ${src.length} PDFs (${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')}), cycled and made byte-unique`);
    for (const n of COUNTS) rows.push({ set, ...(await measure(src, n, set)) });
  }
  console.log('');
  console.log('set        files  invoicectl_s  files/s  peak_RSS_MB  cpu_s | pdftotext_s  files/s  cpu_s  seq_s | ratio(ours/pdftotext files/s)  warm_rerun_s  load(1/5/15 min, per repeat)');
  for (const r of rows) {
    console.log(
      `${r.set.padEnd(9)} ${pad(r.n, 6)}  ${pad(r.ours.seconds.toFixed(2), 12)}  ${pad(rate(r.n, r.ours.seconds), 7)}  ${pad(r.ours.peakMb.toFixed(0), 11)}  ${pad(r.ours.cpu.toFixed(1), 5)} |` +
        ` ${pad(r.theirs.seconds.toFixed(2), 11)}  ${pad(rate(r.n, r.theirs.seconds), 7)}  ${pad(r.theirs.cpu.toFixed(1), 5)}  ${pad(r.seq ? r.seq.seconds.toFixed(2) : '-', 5)} |` +
        ` ${pad((r.theirs.seconds / r.ours.seconds).toFixed(2) + 'x', 29)}  ${pad(r.warm ? r.warm.seconds.toFixed(2) : '-', 12)}  load ${r.load}`,
    );
  }
  console.log('');
  for (const r of rows) {
    const c = r.check;
    console.log(`${r.set} ${r.n} files, results: ${c.n} (${c.counts.ok} ok, ${c.counts.needs_review} needs_review, ${c.counts.failed} failed${c.counts.failed ? ' ' + JSON.stringify(c.failedCodes) : ''}); source: ${Object.entries(c.via).map(([k, v]) => `${k} ${v}`).join(', ')}; pdftotext failures: ${r.theirs.failures}`);
    console.log(`  copies reading differently from their first copy: ${c.inconsistent.length ? c.inconsistent.join(', ') : 'none'}${c.n !== r.n ? `  (!! expected ${r.n} results)` : ''}`);
    console.log(`  sum of per-file elapsedMs: ${c.sumElapsedS.toFixed(1)} s (${(c.sumElapsedS / r.n * 1000).toFixed(0)} ms/file inside the pool) vs wall ${r.ours.seconds.toFixed(2)} s`);
    console.log(`  RSS MB at 25/50/75/100% of the run: ${rssAtQuarters(r.ours.samples)}`);
    if (r.warm) console.log(`  cache: fill ${r.cold.seconds.toFixed(2)} s, unchanged re-run ${r.warm.seconds.toFixed(2)} s (${r.warmCheck.cache.HIT ?? 0} hits, ${r.warmCheck.cache.MISS ?? 0} misses), ${r.changed} changed ${r.partial.seconds.toFixed(2)} s (${r.partialCheck.cache.HIT ?? 0} hits, ${r.partialCheck.cache.MISS ?? 0} misses)`);
  }
  for (const set of SETS) {
    const mine = rows.filter((r) => r.set === set);
    if (mine.length < 2) continue;
    const a = mine[0];
    const b = mine[mine.length - 1];
    console.log('');
    console.log(`${set} memory: peak RSS ${a.ours.peakMb.toFixed(0)} MB at ${a.n} files vs ${b.ours.peakMb.toFixed(0)} MB at ${b.n} files (${(b.ours.peakMb / a.ours.peakMb).toFixed(2)}x for ${(b.n / a.n).toFixed(0)}x the files; goal: flat)`);
  }
  for (const set of SETS) {
    const worst = rows.filter((r) => r.set === set).reduce((m, r) => Math.min(m, r.theirs.seconds / r.ours.seconds), Infinity);
    console.log(`${set}: goal "files/s >= 1.5x pdftotext's": ${worst >= 1.5 ? 'met' : 'NOT met'} (worst ratio ${worst.toFixed(2)}x)`);
  }
} finally {
  if (KEEP) console.log(`inputs kept in ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
}
