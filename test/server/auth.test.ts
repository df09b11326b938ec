/**
 * One auth model for the whole server: API keys made with `invoicectl serve keys add`, taken as
 * Authorization: Bearer or X-API-Key by every route of the OpenAPI document, owners per key (another
 * key's ids are not found), the page's cookie sign-in, and no open server beyond loopback by accident.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tmpDir } from '../helpers/cli.js';
import { startServe, type ServeProcess } from './helpers.js';
import { invoiceFixtures } from './processor-fixtures.js';

const addKey = async (dataDir: string, name: string) => {
  const run = await runCli(['serve', 'keys', 'add', name, '--data-dir', dataDir]);
  expect(run.code).toBe(0);
  return run.stdout.trim();
};

/** Each spec's 401: its own error shape. */
function expectRefused(tag: string, body: any) {
  switch (tag) {
    case 'invoices-api':
      expect(body).toMatchObject({ code: 4010, data: null });
      break;
    case 'convert-api':
      expect(body).toMatchObject({ success: false, error: { code: 'E00003' } });
      break;
    case 'processor-api':
      expect(body).toMatchObject({ error: true, code: 'UNAUTHENTICATED' });
      break;
    case 'cached-task-api':
      expect(body).toMatchObject({ code: 401, data: { error: 'UNAUTHENTICATED' } });
      break;
    case 'extract-api':
      expect(body).toMatchObject({ detail: 'UNAUTHENTICATED' });
      break;
    case 'validate':
      expect(body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
      break;
    default:
      throw new Error(`no error shape known for ${tag}`);
  }
}

describe('API keys', () => {
  let server: ServeProcess;
  let keyA: string;
  let keyB: string;

  beforeAll(async () => {
    server = await startServe();
    // Keys are made while the server runs: it reads them on each request.
    keyA = await addKey(server.dataDir, 'alice');
    keyB = await addKey(server.dataDir, 'bob');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keys list shows names and never the secrets; only the hash is stored', async () => {
    const list = await runCli(['serve', 'keys', 'list', '--data-dir', server.dataDir, '--json']);
    const keys = JSON.parse(list.stdout) as { id: string; name: string; revokedAt: number | null }[];
    expect(keys.map((k) => k.name)).toEqual(['alice', 'bob']);
    expect(list.stdout).not.toContain(keyA);
    const fs = await import('node:fs');
    const db = fs.readFileSync(`${server.dataDir}/invoicectl.sqlite`);
    expect(db.includes(Buffer.from(keyA))).toBe(false);
  });

  it('every route of the OpenAPI document refuses a request without a key, in its spec’s error shape', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, Record<string, { tags?: string[] }>> };
    let walked = 0;
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const tag = op.tags?.[0] ?? '';
        if (tag === 'auth') continue; // signing in is what one does without a key
        const url = `${server.url}${route.replace(/\{[^}]+\}/g, 'x')}`;
        const res = await fetch(url, { method: method.toUpperCase(), headers: { 'x-api-key': 'ick_wrong', 'content-type': 'application/json' }, body: ['get', 'head', 'delete'].includes(method) ? undefined : '{}' });
        expect(res.status, `${method.toUpperCase()} ${route}`).toBe(401);
        if (method !== 'head') expectRefused(tag, await res.json());
        walked++;
      }
    }
    expect(walked).toBeGreaterThan(30);
  });

  it('a key works as Bearer or X-API-Key; another key’s invoices, sessions and tasks are not found', async () => {
    const [fixture] = invoiceFixtures();
    const form = new FormData();
    form.append('file', new Blob([fixture.bytes], { type: 'application/pdf' }), fixture.name);
    const up = await fetch(`${server.url}/api/v1/invoices/upload`, { method: 'POST', headers: { authorization: `Bearer ${keyA}` }, body: form });
    expect(up.status).toBe(200);
    const invoice = ((await up.json()) as { data: { id: string } }).data;
    const mine = await fetch(`${server.url}/api/v1/invoices/${invoice.id}`, { headers: { 'x-api-key': keyA } });
    expect(((await mine.json()) as { data: { number: string } }).data.number).toBe(fixture.expected.number);

    const theirs = await fetch(`${server.url}/api/v1/invoices/${invoice.id}`, { headers: { 'x-api-key': keyB } });
    expect(theirs.status).toBe(404);
    expect(await theirs.json()).toMatchObject({ code: 2001 });
    expect((await fetch(`${server.url}/api/v1/invoices/${invoice.id}/file`, { headers: { 'x-api-key': keyB } })).status).toBe(404);
    const list = (await (await fetch(`${server.url}/api/v1/invoices`, { headers: { 'x-api-key': keyB } })).json()) as { data: { total: number } };
    expect(list.data.total).toBe(0);

    // Drafts and merge tasks of A are not B's either.
    const draft = (await (await fetch(`${server.url}/api/v1/drafts`, { method: 'POST', headers: { 'x-api-key': keyA, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'A', invoiceIds: [invoice.id] }) })).json()) as { data: { draftId: string } };
    expect((await fetch(`${server.url}/api/v1/drafts/${draft.data.draftId}`, { headers: { 'x-api-key': keyA } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/drafts/${draft.data.draftId}`, { headers: { 'x-api-key': keyB } })).status).toBe(404);
    expect(((await (await fetch(`${server.url}/api/v1/drafts`, { headers: { 'x-api-key': keyB } })).json()) as { data: { total: number } }).data.total).toBe(0);
    const drafting = await fetch(`${server.url}/api/v1/drafts`, { method: 'POST', headers: { 'x-api-key': keyB, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'B', invoiceIds: [invoice.id] }) });
    expect(await drafting.json()).toMatchObject({ code: 2001 });
    const merge = (await (await fetch(`${server.url}/api/v1/merge-tasks`, { method: 'POST', headers: { 'x-api-key': keyA, 'content-type': 'application/json' }, body: JSON.stringify({ invoiceIds: [invoice.id], outputType: 'pdf' }) })).json()) as { data: { id: string } };
    expect((await fetch(`${server.url}/api/v1/merge-tasks/${merge.data.id}`, { headers: { 'x-api-key': keyA } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/merge-tasks/${merge.data.id}`, { headers: { 'x-api-key': keyB } })).status).toBe(404);

    // The same bytes under key B are B's own invoice.
    const form2 = new FormData();
    form2.append('file', new Blob([fixture.bytes], { type: 'application/pdf' }), fixture.name);
    const upB = (await (await fetch(`${server.url}/api/v1/invoices/upload`, { method: 'POST', headers: { 'x-api-key': keyB }, body: form2 })).json()) as { data: { id: string } };
    expect(upB.data.id).not.toBe(invoice.id);

    // processor-api: a session made under A is no session for B.
    const session = (await (await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'x-api-key': keyA } })).json()) as { session_id?: string; sessionId?: string };
    const sessionId = session.session_id ?? session.sessionId;
    expect(sessionId).toBeTruthy();
    expect((await fetch(`${server.url}/api/task/`, { headers: { 'x-api-key': keyA, 'x-session-id': sessionId! } })).status).toBe(200);
    const foreign = await fetch(`${server.url}/api/task/`, { headers: { 'x-api-key': keyB, 'x-session-id': sessionId! } });
    expect(foreign.status).toBe(401);
    expect(await foreign.json()).toMatchObject({ error: true, code: 'INVALID_SESSION' });

    // convert-api: A's file is not found for B.
    const file = new FormData();
    file.append('file', new Blob([fixture.bytes], { type: 'application/pdf' }), fixture.name);
    const stored = (await (await fetch(`${server.url}/api/v1/files`, { method: 'POST', headers: { authorization: `Bearer ${keyA}` }, body: file })).json()) as { data: { fileId: string } };
    expect((await fetch(`${server.url}/api/v1/files/${stored.data.fileId}/download`, { headers: { authorization: `Bearer ${keyA}` } })).status).toBe(200);
    const other = await fetch(`${server.url}/api/v1/files/${stored.data.fileId}/download`, { headers: { authorization: `Bearer ${keyB}` } });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: 'E00005' } });
  });

  it('the page signs in with a key (HttpOnly SameSite cookie), refuses cross-site writes, and signs out', async () => {
    expect(await (await fetch(`${server.url}/auth/session`)).json()).toEqual({ required: true, signedIn: false, key: null });
    const wrong = await fetch(`${server.url}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: 'ick_nope' }) });
    expect(wrong.status).toBe(401);
    const signIn = await fetch(`${server.url}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: keyA }) });
    expect(await signIn.json()).toMatchObject({ signedIn: true, key: { name: 'alice' } });
    const setCookie = signIn.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0];

    const listed = await fetch(`${server.url}/api/v1/invoices`, { headers: { cookie } });
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { data: { total: number } }).data.total).toBe(1);
    const crossSite = await fetch(`${server.url}/api/v1/drafts`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', invoiceIds: [] }),
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ code: 4030 });

    const out = await fetch(`${server.url}/auth/session`, { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await fetch(`${server.url}/api/v1/invoices`, { headers: { cookie } })).status).toBe(401);
  });

  it('a revoked key is refused at once, and revoking every key does not open the server', async () => {
    const revoke = await runCli(['serve', 'keys', 'revoke', 'bob', '--data-dir', server.dataDir]);
    expect(revoke.code).toBe(0);
    expect((await fetch(`${server.url}/api/v1/invoices`, { headers: { 'x-api-key': keyB } })).status).toBe(401);
    await runCli(['serve', 'keys', 'revoke', 'alice', '--data-dir', server.dataDir]);
    expect((await fetch(`${server.url}/api/v1/invoices`)).status).toBe(401);
  });
});

describe('serve without keys', () => {
  it('refuses a non-loopback address unless --insecure-open, which says the server is open', async () => {
    const dataDir = `${tmpDir('invoicectl-open-')}/data`;
    const refused = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--data-dir', dataDir]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without API keys/);
    expect(refused.stderr).toMatch(/--insecure-open/);

    const open = await startServe({ dataDir, args: ['--host', '0.0.0.0', '--insecure-open'] });
    try {
      expect(open.logs()).toMatch(/open server: no API keys exist/);
      const port = new URL(open.url).port;
      expect((await fetch(`http://127.0.0.1:${port}/api/v1/invoices`)).status).toBe(200);
    } finally {
      await open.stop();
    }
  });
});
