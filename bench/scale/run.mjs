#!/usr/bin/env node
/**
 * bench/scale: an OCR-heavy batch through `invoicectl serve`, embedded (tasks run in the server) against
 * `serve --redis` with 1, 2 and 4 `invoicectl worker` processes (concurrency 1 each) on this machine.
 *
 *   npm run build && node bench/scale/run.mjs [--photos 16]
 *
 * Each task is one photo of a receipt (fixtures/invoices/receipts/meal.jpg made distinct by bytes after
 * its end marker, so neither cache knows it) uploaded to invoices-api; the clock runs from the first
 * upload to the last invoice read. Prints tasks/minute per setup and its ratio to the embedded mode.
 * Needs redis-server on PATH.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(root, 'bin', 'invoicectl.js');
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const photos = arg('--photos', 16);
const photo = fs.readFileSync(path.join(root, 'fixtures', 'invoices', 'receipts', 'meal.jpg'));

const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

function start(command, args, ready) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const onData = (d) => {
      out += d;
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited ${code}: ${out}`)));
  });
}

const stop = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));

async function run(workers) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  const config = path.join(work, 'config.json');
  fs.writeFileSync(config, JSON.stringify({ cache: { dir: path.join(work, 'cache') }, serve: { logLevel: 'warn', rateLimitPerMinute: 10_000_000, taskConcurrency: 2 } }));
  const dataDir = path.join(work, 'data');
  const children = [];
  try {
    let redisUrl;
    if (workers > 0) {
      const port = await freePort();
      const redis = await start('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', work, '--save', '', '--appendonly', 'no'], /Ready to accept connections/);
      children.push(redis.child);
      redisUrl = `redis://127.0.0.1:${port}`;
    }
    const server = await start(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir, '--config', config, ...(redisUrl ? ['--redis', redisUrl] : [])], /listening on (http:\/\/\S+)/);
    children.push(server.child);
    for (let i = 0; i < workers; i++) {
      const w = await start(process.execPath, [BIN, 'worker', '--redis', redisUrl, '--data-dir', dataDir, '--config', config, '--concurrency', '1'], /taking tasks from/);
      children.push(w.child);
    }
    const url = server.match[1];
    const started = performance.now();
    const ids = await Promise.all(
      Array.from({ length: photos }, async (_, i) => {
        const form = new FormData();
        form.append('files', new Blob([Buffer.concat([photo, Buffer.from(`bench ${workers} ${i}`)])], { type: 'image/jpeg' }), `meal-${i}.jpg`);
        const body = await (await fetch(`${url}/api/v1/invoices/batch-upload`, { method: 'POST', body: form })).json();
        return body.data[0].id;
      }),
    );
    for (const id of ids) {
      for (;;) {
        const { data } = await (await fetch(`${url}/api/v1/invoices/${id}`)).json();
        if (data.status !== 'pending') break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return (performance.now() - started) / 1000;
  } finally {
    for (const c of children.reverse()) await stop(c);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const rows = [];
const embedded = await run(0);
rows.push({ setup: 'embedded (serve, 2 task slots)', seconds: embedded.toFixed(1), 'tasks/min': ((photos / embedded) * 60).toFixed(1), 'vs embedded': '1.00' });
for (const workers of [1, 2, 4]) {
  const seconds = await run(workers);
  rows.push({ setup: `--redis, ${workers} worker(s) × 1`, seconds: seconds.toFixed(1), 'tasks/min': ((photos / seconds) * 60).toFixed(1), 'vs embedded': (embedded / seconds).toFixed(2) });
}
console.log(`${photos} receipt photos (OCR) on ${os.availableParallelism()} cores:`);
console.table(rows);
