#!/usr/bin/env node
/**
 * bench/extract/single.mjs: start-up cost of a small job. `invoicectl extract one.pdf`, `merge` of that
 * one file and `--help`, each run N times as a fresh process, against `pdftotext -layout` of the same
 * file (poppler-utils) and a bare `node -e 0` (the floor every Node command pays), in one run.
 *
 *   node bench/extract/single.mjs [--runs 10] [--bin path/to/invoicectl.js] [--before path/to/older/invoicectl.js]
 *
 * Runs are interleaved (ours, peer, ours, ...) so a busy machine slows both alike. Wall time from the
 * parent; CPU time (user + system) from /usr/bin/time when installed. Medians are printed.
 * Goal: one digital invoice extracted in ≤ 0.3 s wall. Goal: one real Chinese
 * invoice read with its QR code (`--qr always`: the corpus's text layers already give every field the QR
 * code carries, so `auto` would not decode it) in ≤ 0.2 s wall. --before runs an older build interleaved
 * on those rows, for before/after in one sitting.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', '10'));
// --bin: another build (an older checkout), to compare before and after.
const bin = path.resolve(arg('--bin', path.join(root, 'bin', 'invoicectl.js')));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-single-'));
const haveTime = fs.existsSync('/usr/bin/time');

const files = [
  { label: 'cn-digital', file: path.join(root, 'fixtures', 'invoices', '交通', 'intercity-bus-chengjitong.pdf') },
  { label: 'facturx-real', file: path.join(root, '..', 'shared', 'fixtures', 'real', 'facturx', 'fnfe_fx__Facture_FR_BASICWL.pdf') },
].filter((f) => fs.existsSync(f.file));
const qrFiles = [
  // A VAT invoice whose code is an image XObject, and the itinerary whose code is drawn as filled squares.
  { label: 'cn-vat-real qr(image)', file: path.join(root, '..', 'shared', 'corpus', 'cn-pdf', 'vmxmy__2024年04月05日阿斯兰航空服务经纪代理服务125000.pdf') },
  { label: 'cn-itinerary-real qr(vector)', file: path.join(root, '..', 'shared', 'fixtures', 'real', 'cn', 'ofdrw__xbrl-001_air_itinerary_einvoice_preview.pdf') },
].filter((f) => fs.existsSync(f.file));
const before = arg('--before', null);

/** One run: wall seconds and CPU seconds (NaN without /usr/bin/time). Fails loudly on a non-zero exit. */
function run(cmd, args, okCodes = [0]) {
  const timeFile = path.join(work, 'time.txt');
  const [exe, exeArgs] = haveTime ? ['/usr/bin/time', ['-o', timeFile, '-f', '%U %S', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(exe, exeArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (!okCodes.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpu = haveTime ? fs.readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((a, b) => a + Number(b), 0) : NaN;
  return { wall, cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Interleaved runs of several commands; per command the median wall and CPU. */
function compare(commands) {
  const samples = commands.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i++) {
    commands.forEach(([cmd, args, okCodes], k) => {
      const r = run(cmd, args, okCodes);
      samples[k].wall.push(r.wall);
      samples[k].cpu.push(r.cpu);
    });
  }
  return samples.map((s) => ({ wall: median(s.wall), cpu: median(s.cpu) }));
}

if (!process.argv.includes('--bin') && !fs.existsSync(path.join(root, 'dist', 'cli-bundle', 'main.js'))) throw new Error('build first: npm run build');
console.log(`cores: ${os.availableParallelism()}, node ${process.version}, ${runs} runs each, medians`);
console.log(['case', 'invoicectl_s', 'invoicectl_cpu_s', 'peer', 'peer_s', 'peer_cpu_s', 'ours/peer(wall)'].join('\t'));
const row = (label, ours, peerName, peer) =>
  console.log([label, ours.wall.toFixed(3), ours.cpu.toFixed(3), peerName, peer.wall.toFixed(3), peer.cpu.toFixed(3), (ours.wall / peer.wall).toFixed(2)].join('\t'));

const [help, bare] = compare([[process.execPath, [bin, '--help']], [process.execPath, ['-e', '0']]]);
row('--help', help, 'node -e 0', bare);
for (const { label, file } of files) {
  const out = path.join(work, 'one.pdf');
  // Exit 3 (needs review) is a result, not a failure.
  const [extract, merge, pdftotext] = compare([
    [process.execPath, [bin, 'extract', file, '--no-cache', '-q'], [0, 3]],
    [process.execPath, [bin, 'merge', file, '--no-cache', '-q', '-o', out]],
    ['pdftotext', ['-layout', file, '-']],
  ]);
  row(`extract ${label}`, extract, 'pdftotext -layout', pdftotext);
  row(`merge ${label}`, merge, 'pdftotext -layout', pdftotext);
}
for (const { label, file } of qrFiles) {
  const args = (b) => [b, 'extract', file, '--no-cache', '-q', '--qr', 'always'];
  const commands = [[process.execPath, args(bin), [0, 3]], ['pdftotext', ['-layout', file, '-']]];
  if (before) commands.push([process.execPath, args(path.resolve(before)), [0, 3]]);
  const [extract, pdftotext, old] = compare(commands);
  row(`extract ${label}`, extract, 'pdftotext -layout', pdftotext);
  if (old) row(`  before: extract ${label}`, old, 'pdftotext -layout', pdftotext);
}
fs.rmSync(work, { recursive: true, force: true });
