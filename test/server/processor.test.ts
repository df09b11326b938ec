/**
 * processor-api.md against `invoicectl serve` over real HTTP: the typical flow with the results read
 * back (PDF sheets, invoice fields, CSV), every documented error code, isolation between sessions,
 * bad uploads that leave nothing behind, rate limiting, and a server killed mid-task.
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from './helpers.js';
import { ProcessorClient, filesUnder, invoiceFixtures, scannedPdf, zipOf, zipWithEntryName, type Fixture } from './processor-fixtures.js';

const A4 = { width: 595.28, height: 841.89 };

describe('processor-api.md', () => {
  let server: ServeProcess;
  let client: ProcessorClient;
  let fixtures: Fixture[];

  beforeAll(async () => {
    fixtures = invoiceFixtures();
    server = await startServe({ serve: { rateLimitPerMinute: 100_000 }, config: { limits: { maxZipBytes: 4 * 1024 * 1024 } } });
    client = new ProcessorClient(server.url);
    await client.createSession();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('session: the spec shape, 72 h, unguessable IDs', async () => {
    const sent = Date.now() - 1000; // created_at has whole seconds
    const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.expires_in_hours).toBe(72);
    expect(body.session_id).toMatch(/^session_[0-9a-f]{32}_\d{13}$/);
    expect(body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(Date.parse(body.created_at)).toBeGreaterThanOrEqual(sent);
    expect(Date.parse(body.created_at)).toBeLessThanOrEqual(Date.now());
  });

  it('upload → completed: the sheets, the data of every invoice and the CSV', async () => {
    const upload = await client.upload(fixtures, { layout: '2x2', pageNumbers: 'true' });
    expect(upload.status).toBe(200);
    const queued = await upload.json();
    expect(queued).toMatchObject({ status: 'queued', fileCount: fixtures.length, message: `Successfully uploaded ${fixtures.length} file(s) and queued for processing` });

    const done = await client.waitForEnd(queued.taskId);
    expect(done.status).toBe('completed');
    expect(done.progress).toBe(100);
    expect(done.downloadUrls).toEqual(['processed_invoices.pdf', 'invoices.json', 'invoices.csv'].map((n) => `/api/download/${queued.taskId}/${n}`));
    expect(done.summary).toMatchObject({ inputs: fixtures.length, placed: fixtures.length, failed: 0, sheets: Math.ceil(fixtures.length / 4) });

    const progress = (await client.json(`/api/task/${queued.taskId}/progress`)).body;
    expect(progress).toMatchObject({ status: 'completed', progress: 100, done: fixtures.length * 2, total: fixtures.length * 2 });
    expect(progress.progress_rate_per_minute).toBeGreaterThan(0);

    // The PDF: four invoices per A4 sheet, each invoice's number in the text of the sheets.
    const pdfRes = await client.get(done.downloadUrls[0]);
    expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
    expect(pdfRes.headers.get('content-disposition')).toContain('attachment; filename="processed_invoices.pdf"');
    expect(pdfRes.headers.get('cache-control')).toBe('no-cache, no-store, must-revalidate');
    const pdfBytes = new Uint8Array(await pdfRes.arrayBuffer());
    const pdf = await PDFDocument.load(pdfBytes);
    expect(pdf.getPageCount()).toBe(Math.ceil(fixtures.length / 4));
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(A4.width, 0);
    expect(height).toBeCloseTo(A4.height, 0);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdfBytes }).toString('utf8').replace(/\s+/g, '');
    for (const f of fixtures) expect(text).toContain(f.expected.number);

    // HEAD: the same headers, no body.
    const head = await client.get(done.downloadUrls[0], { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(pdfBytes.length);
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    // The data: every invoice's number, date, total and seller as the generator wrote them.
    const results = (await (await client.get(done.downloadUrls[1])).json()) as any[];
    expect(results.map((r) => r.file)).toEqual(fixtures.map((f) => f.name));
    for (const [i, f] of fixtures.entries()) {
      expect(results[i].invoice).toMatchObject({ number: f.expected.number, date: f.expected.date, totalAmount: f.expected.totalAmount });
      expect(results[i].invoice.seller.name).toBe(f.expected.seller.name);
    }
    const csvBytes = Buffer.from(await (await client.get(done.downloadUrls[2])).arrayBuffer());
    // Excel needs the byte-order mark to read the Chinese names as UTF-8.
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvBytes.subarray(3).toString('utf8');
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(fixtures.length + 1);
    for (const f of fixtures) expect(csv).toContain(f.expected.number);

    // Preview in an iframe: the session as a query parameter, shown inline.
    const inline = await fetch(`${server.url}${done.downloadUrls[0]}?inline=true&session=${client.session}`);
    expect(inline.status).toBe(200);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /);

    // The list (with its status filter) and the statistics see it.
    const list = (await client.json('/api/task/?status=completed')).body;
    expect(list.session_id).toBe(client.session);
    expect(list.tasks.map((t: any) => t.task_id)).toContain(queued.taskId);
    expect((await client.json('/api/task/?status=failed')).body.tasks.map((t: any) => t.task_id)).not.toContain(queued.taskId);
    const stats = (await client.json('/api/task/statistics')).body;
    expect(stats.status_counts.completed).toBeGreaterThanOrEqual(1);
    expect(stats.avg_processing_time_seconds).toBeGreaterThan(0);
    const queue = (await client.json('/api/task/queue/stats')).body;
    expect(queue.completed_tasks_today).toBeGreaterThanOrEqual(1);
    expect(queue.queue_health).toBe('healthy');
  });

  it('layout fields change the sheets: landscape 1x2 on A5', async () => {
    const two = fixtures.slice(0, 2);
    const { taskId } = await (await client.upload(two, { layout: '1x2', paper: 'A5', orientation: 'landscape' })).json();
    const done = await client.waitForEnd(taskId);
    const pdf = await PDFDocument.load(new Uint8Array(await (await client.get(done.downloadUrls[0])).arrayBuffer()));
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo((210 / 25.4) * 72, 0);
    expect(height).toBeCloseTo((148 / 25.4) * 72, 0);
  });

  it('a ZIP of PDFs is one upload; its invoices are read like files', async () => {
    const zip = zipOf(Object.fromEntries(fixtures.slice(0, 3).map((f) => [`发票/${f.name}`, f.bytes])));
    const { taskId, fileCount } = await (await client.upload([{ name: 'batch.zip', bytes: zip }])).json();
    expect(fileCount).toBe(1);
    const done = await client.waitForEnd(taskId);
    expect(done.status).toBe('completed');
    const results = (await (await client.get(done.downloadUrls[1])).json()) as any[];
    // Entries are taken in name order, like a folder.
    const byName = fixtures.slice(0, 3).sort((a, b) => a.name.localeCompare(b.name, 'en'));
    expect(results.map((r) => r.file)).toEqual(byName.map((f) => `batch.zip/发票/${f.name}`));
    expect(results.map((r) => r.invoice.number)).toEqual(byName.map((f) => f.expected.number));
  });

  it('a task whose every document is unreadable fails with the reason; one bad document among good ones is reported and the rest processed', async () => {
    const good = fixtures[0];
    const truncated = good.bytes.slice(0, 300);
    const mixed = await client.waitForEnd((await (await client.upload([good, { name: 'cut.pdf', bytes: truncated }])).json()).taskId);
    expect(mixed.status).toBe('completed');
    const bad = mixed.documents.find((d: any) => d.file === 'cut.pdf');
    expect(bad.status).toBe('failed');
    expect(bad.error.code).toBe('PDF_CORRUPT');

    const failed = await client.waitForEnd((await (await client.upload([{ name: 'cut.pdf', bytes: truncated }])).json()).taskId);
    expect(failed.status).toBe('failed');
    expect(failed.error_code).toBe('NO_USABLE_INPUT');
    expect(failed.downloadUrls).toEqual([]);
    // The spec's retry: it fails again for the same reason, and says so.
    const retry = await client.json(`/api/task/${failed.taskId}/retry`, { method: 'POST' });
    expect(retry.body).toMatchObject({ task_id: failed.taskId, status: 'queued', message: 'Task queued for retry' });
    expect((await client.waitForEnd(failed.taskId)).status).toBe('failed');
    // start on a failed task queues it again, like retry.
    const started = await client.json(`/api/task/${failed.taskId}/start`, { method: 'POST' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ task_id: failed.taskId, message: 'Task queued for asynchronous processing' });
    expect(['queued', 'processing']).toContain(started.body.status);
    expect((await client.waitForEnd(failed.taskId)).status).toBe('failed');
  });

  it('every documented error code, in the spec format', async () => {
    const expectError = async (res: Response, status: number, code: string) => {
      expect(res.status).toBe(status);
      const body = await res.json();
      expect(body).toMatchObject({ error: true, code });
      expect(typeof body.message).toBe('string');
    };
    await expectError(await fetch(`${server.url}/api/task/`), 400, 'MISSING_SESSION_ID');
    await expectError(await fetch(`${server.url}/api/task/`, { headers: { 'x-session-id': 'session_guess_1' } }), 401, 'INVALID_SESSION');
    await expectError(await client.get('/api/task/00000000-0000-0000-0000-000000000000/status'), 404, 'TASK_NOT_FOUND');
    await expectError(await client.upload([{ name: 'notes.txt', bytes: new TextEncoder().encode('hello'), type: 'text/plain' }]), 400, 'INVALID_FILE_TYPE');
    await expectError(await client.upload([{ name: 'fake.pdf', bytes: new TextEncoder().encode('not a pdf at all') }]), 400, 'INVALID_FILE_TYPE');
    await expectError(await client.upload([{ name: 'photo.pdf', bytes: fixtures[0].bytes, type: 'image/png' }]), 400, 'INVALID_FILE_TYPE');
    await expectError(await client.upload([{ name: 'empty.pdf', bytes: new Uint8Array() }]), 400, 'FILE_EMPTY');
    await expectError(await client.upload([], { layout: '2x2' }), 400, 'NO_FILES');
    await expectError(await client.upload([fixtures[0]], { layout: 'nine' }), 400, 'VALIDATION_ERROR');
    await expectError(await client.upload([fixtures[0]], { colour: 'red' }), 400, 'VALIDATION_ERROR');
    await expectError(await client.get('/api/upload/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 415, 'INVALID_CONTENT_TYPE');
    await expectError(await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' }), 400, 'INVALID_JSON');
    await expectError(await client.get('/api/task/?status=lost'), 400, 'VALIDATION_ERROR');

    const { taskId } = await (await client.upload([fixtures[0]])).json();
    await client.waitForEnd(taskId);
    await expectError(await client.get(`/api/download/${taskId}/missing.pdf`), 404, 'FILE_NOT_FOUND');
    await expectError(await client.get(`/api/download/${taskId}/..%2F..%2Finvoicectl.sqlite`), 403, 'ACCESS_DENIED');
    await expectError(await client.get(`/api/download/${taskId}/.env`), 403, 'ACCESS_DENIED');
    await expectError(await client.get(`/api/task/${taskId}/cancel`, { method: 'POST' }), 409, 'TASK_NOT_CANCELLABLE');
    await expectError(await client.get(`/api/task/${taskId}/retry`, { method: 'POST' }), 409, 'TASK_NOT_RETRYABLE');
    await expectError(await client.get(`/api/task/${taskId}/start`, { method: 'POST' }), 409, 'TASK_ALREADY_COMPLETED');
  });

  it('a session never sees another session’s tasks or files: 404 as if they did not exist', async () => {
    const { taskId } = await (await client.upload([fixtures[1]])).json();
    const done = await client.waitForEnd(taskId);
    const other = new ProcessorClient(server.url);
    await other.createSession();
    for (const route of [`/api/task/${taskId}/status`, `/api/task/${taskId}/progress`, done.downloadUrls[0]]) {
      const res = await other.get(route);
      expect(res.status).toBe(404);
      expect((await res.json()).code).toBe('TASK_NOT_FOUND');
    }
    expect((await other.get(`/api/task/${taskId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await other.json('/api/task/')).body.tasks).toEqual([]);
    expect((await other.json('/api/task/statistics')).body.total_tasks).toBe(0);
    // ...and the owner still has it.
    expect((await client.get(done.downloadUrls[0])).status).toBe(200);
  });

  it('refused uploads leave nothing behind: ZIP with ../ entries, ZIP bomb, oversize file, client gone mid-upload', async () => {
    const blobDir = path.join(server.dataDir, 'blobs');
    const before = filesUnder(blobDir).length;
    const expectRefused = async (res: Response, code: string) => {
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe(code);
    };
    await expectRefused(await client.upload([{ name: 'evil.zip', bytes: zipWithEntryName('../../evil.pdf', fixtures[0].bytes) }]), 'ZIP_UNSAFE_PATH');
    // 8 MB of zeros compress to a few KB; the server's limit here is 4 MB decompressed.
    await expectRefused(await client.upload([{ name: 'bomb.zip', bytes: zipOf({ 'bomb.pdf': new Uint8Array(8 * 1024 * 1024) }) }]), 'ZIP_TOO_LARGE');
    await expectRefused(await client.upload([{ name: 'notes.zip', bytes: zipOf({ 'notes.txt': new TextEncoder().encode('hi') }) }]), 'INVALID_FILE_TYPE');
    // 50 MB per file (the spec's 400 FILE_SIZE_EXCEEDED), refused while streaming.
    const big = new Uint8Array(50 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    await expectRefused(await client.upload([{ name: 'big.pdf', bytes: big }]), 'FILE_SIZE_EXCEEDED');
    // A client that hangs up half-way through its upload: the client's doing, not logged as a server error.
    const logged = server.logs().length;
    await new Promise<void>((resolve) => {
      const boundary = 'xyz';
      const req = http.request(`${server.url}/api/upload/`, {
        method: 'POST',
        headers: { 'x-session-id': client.session, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(10 * 1024 * 1024) },
      });
      req.on('error', () => resolve());
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
      req.write(Buffer.alloc(2 * 1024 * 1024, 32), () => setTimeout(() => req.destroy(), 300));
    });
    // However long the server takes to see the hang-up, its half-written file goes.
    const tmpFiles = () => filesUnder(path.join(server.dataDir, 'tmp')).filter((f) => !f.endsWith('.health'));
    await waitUntil(async () => tmpFiles().length === 0);
    expect(server.logs().slice(logged)).not.toContain('"level":"error"');
    expect(filesUnder(blobDir)).toHaveLength(before);
    // The server is fine afterwards.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('health and queue health report the real state; redis is not used without --redis', async () => {
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'healthy', services: { redis: 'not_used', file_storage: 'healthy', database: 'healthy', queue: 'healthy' } });
    expect(Math.abs(health.timestamp - Date.now() / 1000)).toBeLessThan(60);
    // The server runtime's engines, as its supervisor reports them: none has failed.
    expect(health.engines.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['pdf-text', 'pdfjs', 'image-decoder', 'libreoffice', 'paddle']));
    for (const engine of health.engines) expect(engine).toMatchObject({ state: expect.stringMatching(/^(stopped|running)$/), restarts: 0, processes: expect.any(Number) });
    const queue = (await client.json('/api/task/queue/health', { method: 'POST' })).body;
    expect(queue).toMatchObject({ healthy: true, redis_connection: 'not_used', celery_workers: 4, queue_size: 0 });
    const limits = await (await fetch(`${server.url}/api/upload/limits`)).json();
    expect(limits).toEqual({
      max_file_size: 52428800,
      max_file_size_mb: 50,
      allowed_content_types: ['application/pdf', 'application/zip', 'application/x-zip-compressed', 'application/octet-stream'],
      allowed_extensions: ['.pdf', '.zip'],
    });
  });

  it('1,000 concurrent status polls are all answered', async () => {
    const { taskId } = await (await client.upload([fixtures[2]])).json();
    const answers = await Promise.all(Array.from({ length: 1000 }, () => client.json(`/api/task/${taskId}/status`)));
    expect(answers.filter((a) => a.status === 200 && a.body.taskId === taskId)).toHaveLength(1000);
    await client.waitForEnd(taskId);
  });

  it('delete removes the task and its files', async () => {
    const { taskId } = await (await client.upload([fixtures[3]])).json();
    const done = await client.waitForEnd(taskId);
    const res = await client.json(`/api/task/${taskId}`, { method: 'DELETE' });
    expect(res.body).toEqual({ message: `Task ${taskId} deleted successfully`, task_id: taskId, files_cleaned: true });
    expect((await client.get(`/api/task/${taskId}/status`)).status).toBe(404);
    expect((await client.get(done.downloadUrls[0])).status).toBe(404);
  });

  it('the OpenAPI document covers every route of the spec', async () => {
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
    for (const route of [
      'POST /api/session',
      'GET /api/health',
      'POST /api/upload/',
      'GET /api/upload/limits',
      'GET /api/task/{task_id}/status',
      'GET /api/task/{task_id}/progress',
      'GET /api/task/',
      'POST /api/task/{task_id}/start',
      'POST /api/task/{task_id}/cancel',
      'POST /api/task/{task_id}/retry',
      'DELETE /api/task/{task_id}',
      'GET /api/task/statistics',
      'GET /api/download/{task_id}/{filename}',
      'HEAD /api/download/{task_id}/{filename}',
      'GET /api/task/queue/stats',
      'POST /api/task/queue/health',
    ]) {
      expect(routes).toContain(route);
    }
  });
});

describe('processor-api.md: limits and lifecycle', () => {
  it('100 requests a minute per session: then 429 RATE_LIMIT_EXCEEDED with Retry-After; other sessions go on', async () => {
    const server = await startServe({ serve: { rateLimitPerMinute: 5 } });
    try {
      const a = new ProcessorClient(server.url);
      await a.createSession();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await a.get('/api/task/')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const limited = await a.get('/api/task/');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ error: true, code: 'RATE_LIMIT_EXCEEDED' });
      const b = new ProcessorClient(server.url);
      await b.createSession();
      expect((await b.get('/api/task/')).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('cancel aborts a queued task, retry runs it; a task in flight survives SIGKILL and completes once', async () => {
    const server = await startServe({ serve: { taskConcurrency: 1, rateLimitPerMinute: 100_000 } });
    let restarted: ServeProcess | undefined;
    try {
      const client = new ProcessorClient(server.url);
      await client.createSession();
      const [invoice] = invoiceFixtures();
      // The scan needs OCR (seconds), so with one slot the second task waits behind it.
      const slow = (await (await client.upload([{ name: 'scan.pdf', bytes: await scannedPdf() }])).json()).taskId;
      const waiting = (await (await client.upload([invoice])).json()).taskId;
      const cancelled = await client.json(`/api/task/${waiting}/cancel`, { method: 'POST' });
      expect(cancelled.body).toMatchObject({ task_id: waiting, status: 'cancelled', message: 'Task cancelled successfully' });
      expect((await client.json(`/api/task/${waiting}/status`)).body.status).toBe('cancelled');
      expect((await client.json(`/api/task/${waiting}/retry`, { method: 'POST' })).body.status).toBe('queued');

      // Kill the server while the scan is being read; the data dir keeps both tasks.
      await waitUntil(async () => (await client.json(`/api/task/${slow}/status`)).body.status === 'processing');
      await server.kill();
      restarted = await startServe({ dataDir: server.dataDir, serve: { taskConcurrency: 1, rateLimitPerMinute: 100_000 } });
      const again = new ProcessorClient(restarted.url);
      again.session = client.session;
      for (const id of [slow, waiting]) {
        const done = await again.waitForEnd(id);
        expect(done.status, JSON.stringify(done)).toBe('completed');
        expect(done.downloadUrls).toHaveLength(3);
      }
      const data = (await (await again.get(`/api/download/${waiting}/invoices.json`)).json()) as any[];
      expect(data.map((r) => r.invoice.number)).toEqual([invoice.expected.number]);
    } finally {
      await restarted?.stop();
      if (!restarted) await server.stop();
    }
  });
});

/** Polls until `check` holds; vitest's test timeout stops a test that hangs (see waitFor in helpers.ts). */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 100));
}
