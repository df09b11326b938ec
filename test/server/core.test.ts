/** The server core every spec shares: request IDs, logs, OpenAPI, docs, graceful shutdown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from './helpers.js';

describe('invoicectl serve: the core', () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('echoes a client request ID, makes one otherwise, and logs one JSON line per request with it', async () => {
    const echoed = await fetch(`${server.url}/openapi.json`, { headers: { 'X-Request-ID': 'client-id-42' } });
    expect(echoed.headers.get('x-request-id')).toBe('client-id-42');
    const fresh = await fetch(`${server.url}/openapi.json`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await fetch(`${server.url}/openapi.json`, { headers: { 'X-Request-ID': 'x'.repeat(500) } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // The log line is written after the response: wait for it instead of for a fixed time.
    const requestLine = () =>
      server.logs().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.reqId === 'client-id-42' && l.msg === 'request');
    for (let i = 0; i < 600 && !requestLine(); i++) await new Promise((r) => setTimeout(r, 50));
    const line = requestLine();
    expect(line).toMatchObject({ msg: 'request', method: 'GET', url: '/openapi.json', status: 200 });
  });

  it('serves an OpenAPI 3 document and interactive docs from the server itself', async () => {
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    const page = await fetch(`${server.url}/docs/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger');
    // Offline: every script and stylesheet the page loads comes from this server.
    const external = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(external).toEqual([]);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const other = await startServe();
    expect(await other.stop()).toBe(0);
    expect(other.logs()).toContain('"msg":"stopped"');
  });
});
