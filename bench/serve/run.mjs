#!/usr/bin/env node
/**
 * bench/serve: `invoicectl serve` under load, over loopback.
 *
 *   npm run build && node bench/serve/run.mjs [--seconds 10] [--connections 50] [--invoices 20]
 *
 * 1. requests/s and latency p50/p99 (autocannon) for GET /api/health (probes the disk and database on
 *    every call) and for status polls of a completed task (GET /api/task/{id}/status with a session);
 * 2. the time from the start of an upload of N distinct invoices (copies of the bundled fixtures, made
 *    distinct by a trailing comment) to the task's `completed`, polled every 50 ms, with a cold cache.
 *
 * The server runs as a child process with a temporary data dir and cache, and the rate limit raised so
 * the load is not refused. No peer runs here: the issue names none that can run on this machine
 * (Gotenberg needs Docker); the figures are for comparing invoicectl with itself over time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..', '..');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const seconds = arg('--seconds', 10);
const connections = arg('--connections', 50);
const invoices = arg('--invoices', 20);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-serve-'));
fs.writeFileSync(path.join(work, 'config.json'), JSON.stringify({ cache: { dir: path.join(work, 'cache') }, serve: { rateLimitPerMinute: 10_000_000, logLevel: 'warn' } }));
const server = spawn(process.execPath, [path.join(root, 'bin', 'invoicectl.js'), 'serve', '--port', '0', '--data-dir', path.join(work, 'data'), '--config', path.join(work, 'config.json')], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
const url = await new Promise((resolve, reject) => {
  let err = '';
  server.stderr.on('data', (d) => {
    err += d;
    const m = /listening on (http:\/\/\S+)/.exec(err);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
});

try {
  const session = (await (await fetch(`${url}/api/session`, { method: 'POST' })).json()).session_id;
  const headers = { 'x-session-id': session };

  // A completed task to poll.
  const fixtures = fixturePdfs();
  const first = await upload(url, headers, fixtures.slice(0, 1).map((bytes, i) => ({ name: `warm-${i}.pdf`, bytes })));
  await waitCompleted(url, headers, first);

  const rows = [];
  for (const [name, target] of [
    ['GET /api/health', { url: `${url}/api/health` }],
    ['GET /api/task/{id}/status', { url: `${url}/api/task/${first}/status`, headers }],
  ]) {
    const r = await autocannon({ ...target, connections, duration: seconds });
    if (r.non2xx) throw new Error(`${name}: ${r.non2xx} non-2xx answers`);
    rows.push({ route: name, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, errors: r.errors });
  }
  console.log(`autocannon, ${connections} connections, ${seconds} s each:`);
  console.table(rows);

  const copies = Array.from({ length: invoices }, (_, i) => ({ name: `inv-${i}.pdf`, bytes: Buffer.concat([fixtures[i % fixtures.length], Buffer.from(`\n% copy ${i}\n`)]) }));
  const started = performance.now();
  const task = await upload(url, headers, copies);
  const uploaded = performance.now();
  await waitCompleted(url, headers, task);
  const done = performance.now();
  console.log(
    `upload → completed, ${invoices} distinct invoices (merge + extract, cold cache): ${((done - started) / 1000).toFixed(2)} s (upload ${((uploaded - started) / 1000).toFixed(2)} s)`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.on('exit', r));
  fs.rmSync(work, { recursive: true, force: true });
}

function fixturePdfs() {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.pdf')) out.push(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'fixtures', 'invoices'));
  return out;
}

async function upload(base, headers, files) {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes], { type: 'application/pdf' }), f.name);
  const res = await fetch(`${base}/api/upload/`, { method: 'POST', headers, body: form });
  if (res.status !== 200) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return (await res.json()).taskId;
}

async function waitCompleted(base, headers, id) {
  for (;;) {
    const body = await (await fetch(`${base}/api/task/${id}/status`, { headers })).json();
    if (body.status === 'completed') return body;
    if (body.status !== 'queued' && body.status !== 'processing') throw new Error(`task ${id}: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
