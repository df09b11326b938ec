/**
 * convert-api.md against `invoicectl serve` over real HTTP with the real engines: sync and async
 * conversions read back (PDF pages and text, Markdown), callbacks to loopback receivers (one that fails
 * twice first, one that never answers), every E-code with its status, option refusals, cancel, API keys,
 * and the document's own cURL, Python and TypeScript examples.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/cli.js';
import { pngOf } from '../helpers/images.js';
import { docxFromMarkdown, pdfText } from '../convert/helpers.js';
import { startServe, waitFor, type ServeProcess, PYTHON } from './helpers.js';
import { scannedPdf } from './processor-fixtures.js';
import { codeBlocks, curlCommands, specText } from './spec-examples.js';

const SPEC = specText('convert-api.md');
const KEYS = [
  { token: 'token-alice', apiKey: 'key-alice', name: 'alice' },
  { token: 'token-bob', apiKey: 'key-bob', name: 'bob' },
];

/** A loopback HTTP receiver that records callbacks; `answer` decides each reply (or never replies). */
async function receiver(answer: (n: number) => number | 'hang') {
  const received: { method: string; headers: http.IncomingHttpHeaders; body: any }[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ method: req.method!, headers: req.headers, body: JSON.parse(data || 'null') });
      const reply = answer(received.length);
      if (reply !== 'hang') res.writeHead(reply).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => server.closeAllConnections() ?? server.close() };
}

describe('convert-api.md', () => {
  let server: ServeProcess;
  const docx = docxFromMarkdown('# Quarterly report\n\nRevenue grew in every region.\n\n\\newpage\n\nSecond page text.\n');
  const auth = (who: (typeof KEYS)[number] = KEYS[0]) => ({ authorization: `Bearer ${who.token}`, 'x-api-key': who.apiKey });
  const call = async (route: string, init: RequestInit & { headers?: Record<string, string> } = {}, who = KEYS[0]) => {
    const res = await fetch(`${server.url}${route}`, { ...init, headers: { ...auth(who), ...init.headers } });
    return { status: res.status, body: (await res.json()) as any };
  };
  const convertJson = (body: unknown, who = KEYS[0]) => call('/api/v1/convert', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, who);
  const uploadFile = async (name: string, bytes: Uint8Array, who = KEYS[0]) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    return (await call('/api/v1/files', { method: 'POST', body: form }, who)).body.data.fileId as string;
  };
  const download = async (url: string, who = KEYS[0]) => new Uint8Array(await (await fetch(url, { headers: auth(who) })).arrayBuffer());

  beforeAll(async () => {
    server = await startServe({ serve: { apiKeys: KEYS, allowPrivateUrls: true }, config: { limits: { maxFileBytes: 12 * 1024 * 1024 } } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('sync, multipart: DOCX → PDF answered with the result, its page count measured, the text inside', async () => {
    const form = new FormData();
    form.append('file', new Blob([docx]), 'report.docx');
    form.append('targetFormat', 'pdf');
    form.append('mode', 'sync');
    form.append('options', JSON.stringify({ quality: 'high', pdfOptions: { embedFonts: true } }));
    const { status, body } = await call('/api/v1/convert', { method: 'POST', body: form });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data).toMatchObject({ sourceFormat: 'docx', targetFormat: 'pdf', resultFileName: 'report.pdf', quality: { fidelity: null, accuracy: null } });
    expect(body.requestId).toBeTruthy();
    // The spec's ids, of results as of uploads: file_…
    expect(body.data.resultFileId).toMatch(/^file_/);
    expect(body.data.resultFileUrl).toContain(`/api/v1/files/${body.data.resultFileId}/download`);
    const pdf = await download(body.data.resultFileUrl);
    expect(pdf.length).toBe(body.data.resultFileSize);
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    expect(body.data.metadata.pageCount).toBe(pages);
    expect(pdfText(pdf)).toContain('Revenue grew in every region.');
    expect(body.data.conversionTime).toBeGreaterThan(0);
  });

  it('async by fileId: 202 with progress and result URLs; the callback receives the outcome', async () => {
    const hook = await receiver(() => 200);
    try {
      const form = new FormData();
      form.append('file', new Blob([docx]), 'report.docx');
      const uploaded = (await call('/api/v1/files', { method: 'POST', body: form })).body.data;
      // The format is told by content: a DOCX is a ZIP whose entries say Word.
      expect(uploaded).toMatchObject({ fileName: 'report.docx', fileSize: docx.length, format: 'docx' });
      const fileId = uploaded.fileId as string;
      expect(fileId).toMatch(/^file_/);
      const accepted = await convertJson({ fileId, targetFormat: 'md', mode: 'async', callback: { url: hook.url, method: 'PUT', headers: { 'x-secret': 's3' } } });
      expect(accepted.status).toBe(202);
      expect(accepted.body.data).toMatchObject({ fileId, status: 'pending' });
      const status = await waitFor(async () => {
        const s = await fetch(accepted.body.data.progressUrl, { headers: auth() }).then((r) => r.json() as any);
        return s.data.status === 'completed' ? s : undefined;
      });
      expect(status.data.progress).toBe(100);
      const result = await fetch(accepted.body.data.resultUrl, { headers: auth() }).then((r) => r.json() as any);
      expect(new TextDecoder().decode(await download(result.data.resultFileUrl))).toContain('Revenue grew in every region.');
      await waitFor(async () => (hook.received.length > 0 ? true : undefined));
      expect(hook.received[0]).toMatchObject({ method: 'PUT', headers: { 'x-secret': 's3' }, body: { event: 'task.ended', taskId: accepted.body.data.taskId, status: 'completed' } });
    } finally {
      hook.close();
    }
  });

  it('callbacks: a receiver failing twice gets the third try; one that never answers holds no worker', async () => {
    const flaky = await receiver((n) => (n <= 2 ? 503 : 200));
    const silent = await receiver(() => 'hang');
    try {
      const fileId = await uploadFile('report.docx', docx);
      await convertJson({ fileId, targetFormat: 'md', mode: 'async', callback: { url: silent.url, timeout: 1 } });
      const first = await convertJson({ fileId, targetFormat: 'html', mode: 'async', callback: { url: flaky.url } });
      // Conversions go on while the silent receiver is being waited for.
      const sync = await convertJson({ fileId, targetFormat: 'txt', mode: 'sync' });
      expect(sync.status).toBe(200);
      await waitFor(async () => (flaky.received.length >= 3 ? true : undefined));
      expect(flaky.received).toHaveLength(3);
      expect(flaky.received.every((r) => r.body.taskId === first.body.data.taskId)).toBe(true);
      await waitFor(async () => (silent.received.length >= 2 ? true : undefined));
    } finally {
      flaky.close();
      silent.close();
    }
  });

  it('E-codes: E02001, E01001, E00005, E02002, E00002 (options, unknown fields, sync too large), E01002', async () => {
    const fileId = await uploadFile('report.docx', docx);
    const expectCode = (r: { status: number; body: any }, status: number, code: string) => {
      expect(r.status).toBe(status);
      expect(r.body).toMatchObject({ success: false, error: { code } });
      expect(typeof r.body.error.message).toBe('string');
    };
    expectCode(await convertJson({ fileId, targetFormat: 'xyz' }), 400, 'E02001');
    const png = await uploadFile('picture.png', pngOf(40, 40));
    expectCode(await convertJson({ fileId: png, targetFormat: 'docx' }), 422, 'E01001');
    expectCode(await convertJson({ fileId: 'file_nope', targetFormat: 'pdf' }), 404, 'E00005');
    const options = await convertJson({ fileId, targetFormat: 'pdf', options: { wordOptions: { preserveFormatting: true } } });
    expectCode(options, 400, 'E00002');
    expect(options.body.error.details.option).toBe('wordOptions');
    expectCode(await convertJson({ fileId, targetFormat: 'pdf', options: { pdfOptions: { embedFonts: false } } }), 400, 'E00002');
    expectCode(await convertJson({ fileId, targetFormat: 'md', options: { pageSize: 'A3' } }), 400, 'E00002');
    expectCode(await convertJson({ fileId, targetFormat: 'pdf', colour: 'red' }), 400, 'E00002');
    expectCode(await call('/api/v1/convert', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"fileId":' }), 400, 'E00002');

    const big = Buffer.concat([Buffer.from(docx), Buffer.alloc(11 * 1024 * 1024)]);
    const bigId = await uploadFile('big.docx', big);
    const tooBigForSync = await convertJson({ fileId: bigId, targetFormat: 'pdf', mode: 'sync' });
    expectCode(tooBigForSync, 400, 'E00002');
    expect(tooBigForSync.body.error.details.mode).toBe('async');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(13 * 1024 * 1024)]), 'huge.docx');
    expectCode(await call('/api/v1/files', { method: 'POST', body: form }), 400, 'E02002');

    const brokenId = await uploadFile('broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<'));
    expectCode(await convertJson({ fileId: brokenId, targetFormat: 'png', mode: 'sync' }), 422, 'E01002');
    // A damaged DOCX (cut in half): LibreOffice cannot load it, which is the source's fault, not a failed conversion.
    const cutId = await uploadFile('cut.docx', docx.subarray(0, Math.floor(docx.length / 2)));
    expectCode(await convertJson({ fileId: cutId, targetFormat: 'pdf', mode: 'sync' }), 422, 'E01002');
  });

  it('cancel aborts an async conversion in flight', async () => {
    const scan = await uploadFile('scan.pdf', await scannedPdf());
    const accepted = await convertJson({ fileId: scan, targetFormat: 'pdf', mode: 'async', options: { ocrEnabled: true } });
    const cancelled = await call(`/api/v1/tasks/${accepted.body.data.taskId}/cancel`, { method: 'POST' });
    expect(cancelled.body).toMatchObject({ success: true, data: { status: 'cancelled' } });
    const status = (await call(`/api/v1/tasks/${accepted.body.data.taskId}/status`)).body.data;
    expect(status.status).toBe('cancelled');
    expect(status.message).toBe('cancelled');
    expect((await call(`/api/v1/tasks/${accepted.body.data.taskId}/cancel`, { method: 'POST' })).body.error.code).toBe('E00002');
  });

  it('auth: 401 E00003 without or with wrong credentials, 403 E00004 for another key’s files and tasks', async () => {
    const res = await fetch(`${server.url}/api/v1/convert`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"fileId":"x","targetFormat":"pdf"}' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).error.code).toBe('E00003');
    const wrong = await convertJson({ fileId: 'x', targetFormat: 'pdf' }, { token: 'token-alice', apiKey: 'key-bob', name: 'mixed' });
    expect(wrong.status).toBe(401);
    const alices = await uploadFile('report.docx', docx, KEYS[0]);
    const stolen = await convertJson({ fileId: alices, targetFormat: 'md' }, KEYS[1]);
    expect(stolen.status).toBe(403);
    expect(stolen.body.error.code).toBe('E00004');
    expect((await fetch(`${server.url}/api/v1/files/${alices}/download`, { headers: auth(KEYS[1]) })).status).toBe(403);
    const task = await convertJson({ fileId: alices, targetFormat: 'md', mode: 'async' });
    expect((await call(`/api/v1/tasks/${task.body.data.taskId}/status`, {}, KEYS[1])).status).toBe(403);
  });

  it("the document's cURL, Python and TypeScript examples run against the server", async () => {
    const fileId = await uploadFile('report.docx', docx);
    const fill = (code: string) =>
      code.replaceAll('https://api.example.com', server.url).replaceAll('{token}', KEYS[0].token).replaceAll('{api_key}', KEYS[0].apiKey).replaceAll('file_1234567890', fileId);
    const [curl] = curlCommands(SPEC);
    const run = spawnSync('bash', ['-c', fill(curl)], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const curlBody = JSON.parse(run.stdout);
    expect(curlBody).toMatchObject({ success: true, data: { fileId, targetFormat: 'pdf' } });

    const dir = tmpDir('invoicectl-convert-py-');
    const [python] = codeBlocks(SPEC, 'python');
    fs.writeFileSync(path.join(dir, 'client.py'), `${fill(python)}\ntoken = ${JSON.stringify(KEYS[0].token)}\napi_key = ${JSON.stringify(KEYS[0].apiKey)}\nconvert_file(${JSON.stringify(fileId)}, 'md')\n`);
    const out = execFileSync(PYTHON, ['client.py'], { cwd: dir, encoding: 'utf8' });
    expect(out).toMatch(/^转换成功: http:\/\/127\.0\.0\.1:\d+\/api\/v1\/files\/[\w-]+\/download$/m);

    const ts = codeBlocks(SPEC, 'typescript').find((block) => block.includes('async function convertFile'))!;
    // The TypeScript reads token and apiKey from its scope (`${token}`), so only the host and the file ID are filled in.
    const js = ts.replaceAll('https://api.example.com', server.url).replace('async function convertFile(fileId: string, targetFormat: string)', 'async function convertFile(fileId, targetFormat)');
    const convertFile = new Function('token', 'apiKey', `${js}\nreturn convertFile;`)(KEYS[0].token, KEYS[0].apiKey);
    const data = await convertFile(fileId, 'txt');
    expect(new TextDecoder().decode(await download(data.resultFileUrl))).toContain('Revenue grew');
  });
});

describe('convert-api.md without API keys', () => {
  it('takes requests without credentials, and says so at start and in the API description', async () => {
    const server = await startServe();
    try {
      expect(server.logs()).toContain('serve.apiKeys is empty');
      const form = new FormData();
      form.append('file', new Blob([docxFromMarkdown('Open server.\n')]), 'open.docx');
      form.append('targetFormat', 'txt');
      const res = await fetch(`${server.url}/api/v1/convert`, { method: 'POST', body: form });
      expect(res.status).toBe(200);
      const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as any;
      expect(doc.paths['/api/v1/convert'].post.description).toContain('No serve.apiKeys are configured');
    } finally {
      await server.stop();
    }
  });
});

describe('convert-api.md: a sync conversion that outlasts serve.syncWaitSeconds', () => {
  it('is answered 202 with the task, which completes and whose result downloads', async () => {
    const server = await startServe({ serve: { syncWaitSeconds: 0.05 } });
    try {
      const form = new FormData();
      form.append('file', new Blob([docxFromMarkdown('# Slow report\n\nConverted by LibreOffice.\n')]), 'slow.docx');
      form.append('targetFormat', 'pdf');
      form.append('mode', 'sync');
      const res = await fetch(`${server.url}/api/v1/convert`, { method: 'POST', body: form });
      expect(res.status).toBe(202);
      const accepted = ((await res.json()) as any).data;
      expect(accepted).toMatchObject({ status: 'pending', taskId: expect.stringMatching(/^task_/) });
      const done = await waitFor(async () => {
        const status = ((await (await fetch(accepted.progressUrl)).json()) as any).data;
        return status.status === 'completed' ? status : undefined;
      });
      expect(done.progress).toBe(100);
      const result = ((await (await fetch(accepted.resultUrl)).json()) as any).data;
      const pdf = new Uint8Array(await (await fetch(result.resultFileUrl)).arrayBuffer());
      expect(pdfText(pdf)).toContain('Slow report');
    } finally {
      await server.stop();
    }
  });
});
