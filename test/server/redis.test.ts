/**
 * Scale-out with a real Redis: `invoicectl serve --redis` and two `invoicectl worker` processes on one
 * shared data directory. 50 tasks of every kind (extraction, OCR extraction, merge + extract, conversions)
 * while one worker is SIGKILLed mid-run: every task completes exactly once with the right results.
 * Then Redis itself is restarted mid-run (AOF on) and the tasks still complete.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxFromMarkdown } from '../convert/helpers.js';
import { startServe, waitFor, type ServeProcess } from './helpers.js';
import { INVOICE_DIR, ProcessorClient, invoiceFixtures, type Fixture } from './processor-fixtures.js';
import { configFileOf, startRedis, startWorkerProcess, type RedisProcess, type WorkerProcess } from './redis-helpers.js';

/** The same invoice in new bytes (a trailing comment): a new document for the queue, the same fields. */
const copyOf = (f: Fixture, n: number) => ({ ...f, name: `${n}-${f.name}`, bytes: Buffer.concat([Buffer.from(f.bytes), Buffer.from(`\n% copy ${n}\n`)]) });
/** A JPEG with bytes after its end marker: the same picture for decoders, a new document for us. */
const photoCopy = (n: number) => Buffer.concat([fs.readFileSync(path.join(INVOICE_DIR, 'receipts', 'meal.jpg')), Buffer.from(`copy ${n}`)]);

describe('invoicectl serve --redis with invoicectl worker', () => {
  const running: { stop(): Promise<unknown> }[] = [];
  afterAll(async () => {
    for (const p of running.reverse()) await p.stop().catch(() => {});
  });

  async function cluster(workers: number): Promise<{ redis: RedisProcess; server: ServeProcess; workers: WorkerProcess[] }> {
    const redis = await startRedis();
    running.push(redis);
    const server = await startServe({ args: ['--redis', redis.url], serve: { rateLimitPerMinute: 1_000_000 } });
    running.push(server);
    const list: WorkerProcess[] = [];
    for (let i = 0; i < workers; i++) {
      const worker = await startWorkerProcess({ redis: redis.url, dataDir: server.dataDir, configFile: configFileOf(server.dataDir), concurrency: 2 });
      list.push(worker);
      running.push({ stop: () => worker.kill('SIGTERM') });
    }
    return { redis, server, workers: list };
  }

  it('50 mixed tasks on two workers, one SIGKILLed mid-run: each completes once, with the right results', async () => {
    const { server, workers } = await cluster(2);
    server.child.on('close', (code, signal) => code !== 0 && console.error(`serve exited (${code ?? signal}):\n${server.logs().slice(-4000)}`));
    const api = `${server.url}/api/v1`;
    const fixtures = invoiceFixtures();
    const postInvoice = async (name: string, bytes: Uint8Array, type = 'application/pdf') => {
      const form = new FormData();
      form.append('files', new Blob([bytes], { type }), name);
      return (await (await fetch(`${api}/invoices/batch-upload`, { method: 'POST', body: form })).json()) as any;
    };

    // 1. 30 invoice extractions and 4 OCR extractions (invoices-api), queued without waiting.
    const invoiceCopies = Array.from({ length: 30 }, (_, i) => copyOf(fixtures[i % fixtures.length], i));
    const uploads = invoiceCopies.map((c) => postInvoice(c.name, c.bytes));
    const photos = Array.from({ length: 4 }, (_, i) => postInvoice(`meal-${i}.jpg`, photoCopy(i), 'image/jpeg'));
    // 2. 10 merge + extract tasks (processor-api).
    const processor = new ProcessorClient(server.url);
    await processor.createSession();
    const processed = Array.from({ length: 10 }, async (_, i) => (await (await processor.upload([copyOf(fixtures[i % fixtures.length], 100 + i), copyOf(fixtures[(i + 1) % fixtures.length], 200 + i)])).json()) as any);
    // 3. 6 conversions (convert-api, async).
    const docxes = Array.from({ length: 6 }, (_, i) => docxFromMarkdown(`# Note ${i}\n\nConverted by a worker, number ${i}.\n`));
    const conversions = docxes.map(async (docx, i) => {
      const form = new FormData();
      form.append('file', new Blob([docx]), `note-${i}.docx`);
      form.append('targetFormat', 'md');
      form.append('mode', 'async');
      return (await (await fetch(`${api}/convert`, { method: 'POST', body: form })).json()) as any;
    });

    // Kill a worker while it has jobs (it logs each job it starts).
    await waitFor(async () => (workers[0].logs().includes('"msg":"job started"') ? true : undefined), 50);
    await workers[0].kill('SIGKILL');

    // Everything completes.
    const processorTasks = await Promise.all(processed);
    for (const t of processorTasks) {
      const done = await processor.waitForEnd(t.taskId);
      expect(done.status, JSON.stringify(done)).toBe('completed');
      expect(done.downloadUrls).toHaveLength(3);
      expect(done.summary.placed).toBe(2);
    }
    const results = await Promise.all(uploads);
    for (const [i, r] of results.entries()) {
      const entry = r.data[0];
      let invoice = entry.invoice;
      if (!invoice || invoice.status === 'pending') {
        invoice = await waitFor(async () => {
          const d = ((await (await fetch(`${api}/invoices/${entry.id}`)).json()) as any).data;
          return d.status === 'pending' ? undefined : d;
        });
      }
      expect(invoice.number, invoiceCopies[i].name).toBe(invoiceCopies[i].expected.number);
      expect(invoice.totalAmount).toBe(invoiceCopies[i].expected.totalAmount);
    }
    for (const r of await Promise.all(photos)) {
      const id = r.data[0].id;
      const invoice = await waitFor(async () => {
        const d = ((await (await fetch(`${api}/invoices/${id}`)).json()) as any).data;
        return d.status === 'pending' ? undefined : d;
      });
      expect(invoice.fileType).toBe('jpg');
      expect(invoice.status).not.toBe('failed');
    }
    for (const [i, c] of (await Promise.all(conversions)).entries()) {
      const status = await waitFor(async () => {
        const s = ((await (await fetch(`${api}/tasks/${c.data.taskId}/status`)).json()) as any).data;
        return s.status === 'completed' || s.status === 'failed' ? s : undefined;
      });
      expect(status.status).toBe('completed');
      const result = ((await (await fetch(`${api}/tasks/${c.data.taskId}/result`)).json()) as any).data;
      expect(await (await fetch(result.resultFileUrl)).text()).toContain(`Converted by a worker, number ${i}.`);
    }

    // Exactly once: every task has one set of outputs, and the killed worker's jobs were finished by the other.
    const counts = await Promise.all(processorTasks.map(async (t) => (await processor.json(`/api/task/${t.taskId}/status`)).body.downloadUrls.length));
    expect(counts.every((n) => n === 3)).toBe(true);
    expect(workers[1].logs()).toContain('"msg":"job completed"');
    const health = await (await processor.get('/api/task/queue/health', { method: 'POST' })).json();
    expect(health).toMatchObject({ redis_connection: 'ok', celery_workers: 1, queue_size: 0 });
  });

  it('a Redis restart mid-run is survived: the queued tasks complete', async () => {
    const { redis, server } = await cluster(1);
    const processor = new ProcessorClient(server.url);
    await processor.createSession();
    const fixtures = invoiceFixtures();
    const tasks = [];
    for (let i = 0; i < 8; i++) tasks.push(((await (await processor.upload([copyOf(fixtures[i % fixtures.length], 300 + i)])).json()) as any).taskId);
    await redis.restart();
    for (let i = 0; i < 4; i++) tasks.push(((await (await processor.upload([copyOf(fixtures[i % fixtures.length], 400 + i)])).json()) as any).taskId);
    for (const id of tasks) {
      const done = await processor.waitForEnd(id);
      expect(done.status, JSON.stringify(done)).toBe('completed');
      expect(done.summary.placed).toBe(1);
    }
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.services.redis).toBe('healthy');
  });
});
