#!/usr/bin/env node
/**
 * bench/serve/qr.mjs: uncached `POST /extract` of a real Chinese VAT invoice PDF read with its QR code,
 * one connection, p50/p90 over loopback.
 *
 *   npm run build && node bench/serve/qr.mjs [--requests 40] [--file PDF] [--bin OTHER/bin/invoicectl.js] [--cpu-prof DIR]
 *
 * The corpus's text layers give every field the QR code carries, so `qr: auto` would never decode it; the
 * server runs with a configuration setting `extract.qr` to `always` (the case of an invoice whose text
 * misses a field), and, in alternating rounds, to `never` (the same request without the QR code), so the
 * difference is what the code costs. Every request is a new document (a trailing comment after %%EOF) and
 * the server runs with --no-cache; the first 5 of each round are not counted, and the last half is also
 * given alone (a server warmed by the first half: V8 optimises the readers and jsQR within the first few
 * dozen requests). --bin serves another build; --cpu-prof DIR profiles the server (one file per thread).
 * Goal: p50 ≤ 100 ms with the QR code.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const bin = path.resolve(arg('--bin', path.join(root, 'bin', 'invoicectl.js')));
const file = path.resolve(arg('--file', path.join(root, '..', 'shared', 'corpus', 'cn-pdf', 'vmxmy__2024年04月05日阿斯兰航空服务经纪代理服务125000.pdf')));
const requests = Number(arg('--requests', 40));
const profileDir = process.argv.includes('--cpu-prof') ? path.resolve(arg('--cpu-prof')) : undefined;
const WARM = 5;
/** CPU ms of each of the server's threads (Linux /proc: utime + stime, in clock ticks of 10 ms). */
function threadCpu(pid) {
  const out = new Map();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is [0], utime [11], stime [12].
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function round(qr, tag) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-serve-qr-'));
  const config = path.join(dir, 'config.json');
  fs.writeFileSync(config, JSON.stringify({ extract: { qr } }));
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(profileDir, `${tag}-${qr}`)] : [];
  const server = spawn(process.execPath, [...profile, bin, 'serve', '--port', '0', '--data-dir', path.join(dir, 'data'), '--config', config, '--no-cache'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const url = await new Promise((resolve, reject) => {
      let err = '';
      server.stderr.on('data', (d) => {
        err += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m) resolve(m[1]);
      });
      server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    const bytes = fs.readFileSync(file);
    const times = [];
    let number = null;
    let before = new Map();
    for (let i = 0; i < requests + WARM; i++) {
      if (i === WARM) before = threadCpu(server.pid);
      const form = new FormData();
      form.append('file', new Blob([Buffer.concat([bytes, Buffer.from(`\n%copy-${tag}-${i}\n`)])]), 'invoice.pdf');
      const t = performance.now();
      const res = await fetch(`${url}/extract`, { method: 'POST', body: form });
      const body = await res.json();
      if (res.status !== 200) throw new Error(`POST /extract ${res.status}: ${JSON.stringify(body)}`);
      number = body.invoice_number;
      if (i >= WARM) times.push(performance.now() - t);
    }
    // Where the server's CPU went per request: its main thread (HTTP, the upload, hashing, the answer) and
    // the others (the document threads that read the PDF and its code, V8's compiler and GC helpers).
    const after = threadCpu(server.pid);
    let main = 0;
    let other = 0;
    for (const [tid, ms] of after) {
      const spent = ms - (before.get(tid) ?? 0);
      if (tid === String(server.pid)) main += spent;
      else other += spent;
    }
    const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: median(times), p90: sorted[Math.floor(times.length * 0.9)], warmP50: median(times.slice(times.length / 2)), number, mainMs: main / requests, otherMs: other / requests };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.on('exit', r)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`uncached POST /extract, 1 connection, ${requests} requests after ${WARM}; ${path.basename(file)}; ${os.availableParallelism()} cores`);
for (const [i, qr] of ['always', 'never', 'never', 'always'].entries()) {
  const load = loadavg();
  const r = await round(qr, i);
  console.log(`qr ${qr.padEnd(6)} p50 ${r.p50.toFixed(1)} ms  p90 ${r.p90.toFixed(1)} ms  last half p50 ${r.warmP50.toFixed(1)} ms  server CPU/request main ${r.mainMs.toFixed(1)} + other threads ${r.otherMs.toFixed(1)} ms  invoice_number ${r.number}  load ${load}`);
}
