/**
 * processor-api.md's own client code, taken from the document as printed, run against `invoicectl
 * serve`: the Python client with Debian's python3 + requests (only the base URL is replaced), and the
 * JavaScript client class with Node's fetch/FormData (its usage example reads an <input> element, so
 * the same calls are made with File objects).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/cli.js';
import { startServe, type ServeProcess, PYTHON } from './helpers.js';
import { invoiceFixtures } from './processor-fixtures.js';
import { codeBlocks, specText } from './spec-examples.js';

const SPEC = specText('processor-api.md');
const BASE_URL = 'https://your-domain.com';

describe("processor-api.md's own clients", () => {
  let server: ServeProcess;
  beforeAll(async () => {
    server = await startServe();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the Python client runs unchanged: session, upload of two PDFs, wait, download', () => {
    const dir = tmpDir('invoicectl-pyclient-');
    const [a, b] = invoiceFixtures();
    fs.writeFileSync(path.join(dir, 'invoice1.pdf'), a.bytes);
    fs.writeFileSync(path.join(dir, 'invoice2.pdf'), b.bytes);
    const [script] = codeBlocks(SPEC, 'python');
    expect(script).toContain(`InvoiceProcessorClient("${BASE_URL}")`);
    fs.writeFileSync(path.join(dir, 'client.py'), script.replace(BASE_URL, server.url));

    const run = spawnSync(PYTHON, ['client.py'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Created session: session_[0-9a-f]{32}_\d+$/m);
    expect(run.stdout).toMatch(/^Uploaded files, task ID: [0-9a-f-]{36}$/m);
    expect(run.stdout).toMatch(/^Task completed: .*'status': 'completed'/m);
    expect(run.stdout).toContain('Downloaded result file');
    const merged = fs.readFileSync(path.join(dir, 'processed_result.pdf'));
    expect(merged.subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['processed_result.pdf', '-'], { cwd: dir, encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain(a.expected.number);
    expect(text).toContain(b.expected.number);
  });

  it('the JavaScript client class runs with Node fetch and FormData', async () => {
    const [code] = codeBlocks(SPEC, 'javascript');
    const classCode = code.slice(0, code.indexOf('// 使用示例'));
    const InvoiceProcessorClient = new Function(`${classCode}\nreturn InvoiceProcessorClient;`)();
    const client = new InvoiceProcessorClient(server.url);

    const session = await client.createSession();
    expect(session.session_id).toMatch(/^session_/);
    const fixtures = invoiceFixtures().slice(0, 3);
    const upload = await client.uploadFiles(fixtures.map((f) => new File([f.bytes], f.name, { type: 'application/pdf' })));
    expect(upload).toMatchObject({ status: 'queued', fileCount: 3 });
    const result = await client.waitForCompletion(upload.taskId);
    expect(result.status).toBe('completed');
    const filename = result.downloadUrls[0].split('/').pop();
    expect(filename).toBe('processed_invoices.pdf');

    const res = await fetch(client.getDownloadUrl(upload.taskId, filename), { headers: { 'X-Session-ID': client.sessionId } });
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    // Three invoices, two per A4 sheet by default.
    expect(pdf.getPageCount()).toBe(2);
  });
});
