/**
 * The server under hostile requests from one client without credentials: broken multipart bodies,
 * internal addresses in every IPv6 spelling for `url` and callbacks, credentials in URLs kept out of
 * the log.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, waitFor, type ServeProcess } from './helpers.js';

describe('hostile requests', () => {
  let server: ServeProcess;
  let sessionId: string;
  let target: http.Server;
  let targetHits = 0;
  let targetPort = 0;

  beforeAll(async () => {
    server = await startServe({ serve: { rateLimitPerMinute: 100_000 } });
    sessionId = ((await (await fetch(`${server.url}/api/session`, { method: 'POST' })).json()) as { session_id: string }).session_id;
    // Something on the server's own network that must never be reached.
    target = http.createServer((_req, res) => {
      targetHits++;
      res.end('internal');
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetPort = (target.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await server?.stop();
    target?.close();
  });

  it('a garbage multipart body is 400 on every upload route, in each spec’s error shape', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { tags?: string[]; requestBody?: { content?: Record<string, unknown> } }>> };
    const uploads = Object.entries(doc.paths).flatMap(([route, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op.requestBody?.content?.['multipart/form-data'])
        .map(([method, op]) => ({ route, method, tag: op.tags?.[0] ?? '' })),
    );
    expect(uploads.length).toBeGreaterThanOrEqual(8);
    for (const { route, method, tag } of uploads) {
      for (const contentType of ['multipart/form-data', 'multipart/form-data; boundary=----abc']) {
        const res = await fetch(`${server.url}${route.replace(/\{[^}]+\}/g, 'x')}`, {
          method: method.toUpperCase(),
          headers: { 'content-type': contentType, 'x-session-id': sessionId },
          body: 'this is not a multipart body at all\r\n',
        });
        const what = `${method.toUpperCase()} ${route} (${contentType})`;
        expect(res.status, what).toBe(400);
        const body = (await res.json()) as Record<string, any>;
        if (tag === 'invoices-api') expect(body.code, what).toBeGreaterThanOrEqual(1001);
        if (tag === 'invoices-api') expect(body.code, what).toBeLessThanOrEqual(1002);
        if (tag === 'convert-api') expect(body.error.code, what).toBe('E00002');
        if (tag === 'processor-api') expect(body, what).toMatchObject({ error: true });
        if (tag === 'cached-task-api') expect(body, what).toMatchObject({ code: 400 });
        if (tag === 'extract-api') expect(typeof body.error, what).toBe('string');
      }
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('url and callback to an internal address in any IPv6 spelling are refused; nothing reaches it', async () => {
    const spellings = [`http://[::ffff:127.0.0.1]:${targetPort}/a.docx`, `http://[::ffff:7f00:1]:${targetPort}/a.docx`, `http://[64:ff9b::7f00:1]:${targetPort}/a.docx`, `http://localhost:${targetPort}/a.docx`];
    for (const url of spellings) {
      const form = new FormData();
      form.append('url', url);
      const res = await fetch(`${server.url}/v1/task`, { method: 'POST', body: form });
      expect(res.status, url).toBe(400);
      expect(JSON.stringify(await res.json()), url).toMatch(/internal address/);
    }
    const file = new FormData();
    file.append('file', new Blob(['hello']), 'a.txt');
    const stored = (await (await fetch(`${server.url}/api/v1/files`, { method: 'POST', body: file })).json()) as { data: { fileId: string } };
    for (const url of spellings) {
      const res = await fetch(`${server.url}/api/v1/convert`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fileId: stored.data.fileId, targetFormat: 'pdf', mode: 'async', callback: { url } }),
      });
      expect(res.status, url).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('E00002');
      expect(body.error.message).toMatch(/^callback\.url: /);
    }
    expect(targetHits).toBe(0);
  });

  it('routes answer with or without the trailing slash; unknown routes answer in their spec’s error shape', async () => {
    const headers = { 'x-session-id': sessionId };
    const withSlash = await fetch(`${server.url}/api/task/`, { headers });
    const without = await fetch(`${server.url}/api/task`, { headers });
    expect(without.status).toBe(200);
    expect(await without.json()).toEqual(await withSlash.json());
    expect((await fetch(`${server.url}/api/upload/limits/`, { headers })).status).toBe(200);
    const form = new FormData();
    form.append('files', new Blob(['not a pdf']), 'a.txt');
    const upload = await fetch(`${server.url}/api/upload`, { method: 'POST', headers, body: form });
    expect(upload.status).toBe(400);
    expect(await upload.json()).toMatchObject({ error: true });
    expect((await fetch(`${server.url}/api/v1/invoices/`)).status).toBe(200);

    const unknown = async (path: string) => {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      return res.json();
    };
    expect(await unknown('/api/nothing-here')).toMatchObject({ error: true, code: 'NOT_FOUND' });
    expect(await unknown('/api/v1/tasks/x/nothing')).toMatchObject({ success: false, error: { code: 'E00005' } });
    expect(await unknown('/api/v1/nothing')).toMatchObject({ code: 1001, data: null });
    expect(await unknown('/api/v1/invoices/x/nothing')).toMatchObject({ code: 1001, data: null });
    expect(await unknown('/v1/nothing')).toMatchObject({ code: 404, data: { error: 'NOT_FOUND' } });
    expect(await unknown('/nothing')).toEqual({ detail: 'Not Found' });
  });

  it('a path that is not valid percent-encoded UTF-8 is 400 in its spec’s error shape, with the request id', async () => {
    const badUrl = async (path: string) => {
      const res = await fetch(`${server.url}${path}`, { headers: { 'x-session-id': sessionId, 'x-request-id': 'bad-url-1' } });
      expect(res.status, path).toBe(400);
      expect(res.headers.get('x-request-id')).toBe('bad-url-1');
      return res.json();
    };
    expect(await badUrl('/api/v1/tasks/%E4%B8%FF')).toMatchObject({ success: false, error: { code: 'E00002' }, requestId: 'bad-url-1' });
    expect(await badUrl('/api/v1/invoices/%FF')).toMatchObject({ code: 1001, data: null });
    expect(await badUrl('/api/task/%FF')).toMatchObject({ error: true, code: 'VALIDATION_ERROR' });
    expect(await badUrl('/v1/tasks/%FF')).toMatchObject({ code: 400, data: { error: 'VALIDATION_ERROR' } });
    expect(await badUrl('/extract/%E4%B8%AD%FF')).toMatchObject({ error: 'Bad request', detail: expect.stringContaining('/extract/%E4%B8%AD%FF') });
  });

  it('the session id in a download URL is not written to the log', async () => {
    await fetch(`${server.url}/api/download/task_x/invoices.json?session=${sessionId}`);
    await fetch(`${server.url}/api/task/?session=${sessionId}&x=1`);
    // Request lines are written once per turn of the server's event loop.
    const logs = await waitFor(async () => (server.logs().includes('x=1') ? server.logs() : undefined));
    expect(logs).toMatch(/"url":"\/api\/task\/\?session=REDACTED&x=1"/);
    expect(logs).not.toContain(sessionId);
  });
});

describe('the processor limiter', () => {
  it('counts invented session ids and session creation against the client address', async () => {
    const server = await startServe({ serve: { rateLimitPerMinute: 5 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'x-session-id': `session_${i}_${Math.random()}` } });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/api/task/`, { headers: { 'x-session-id': `invented_${i}` } });
        expect(res.status).toBe(429);
      }
    } finally {
      await server.stop();
    }
  });
});
