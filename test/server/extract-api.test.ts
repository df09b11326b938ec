/**
 * extract-api.md against `invoicectl serve` over real HTTP: Factur-X and Chinese invoices read into the
 * ExtractionResponse (values from the embedded XML / the generator), the 24-hour response cache, every
 * error status in `{error, detail}`, the documents' own curl, Python and JavaScript examples, /redoc.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED, tmpDir } from '../helpers/cli.js';
import { pngOf } from '../helpers/images.js';
import { startServe, type ServeProcess, PYTHON } from './helpers.js';
import { INVOICE_DIR, invoiceFixtures } from './processor-fixtures.js';
import { codeBlocks, curlCommands, specText } from './spec-examples.js';

const SPEC = specText('extract-api.md');
const FACTURX = path.join(SHARED, 'fixtures', 'real', 'facturx');

/** Number and grand total as the embedded CII XML states them. */
function facturxTruth(pdf: string): { number: string; total: number; currency: string } {
  const xmlName = fs.readdirSync(FACTURX).find((f) => f.startsWith(pdf.replace(/\.pdf$/, '.embedded.')))!;
  const xml = fs.readFileSync(path.join(FACTURX, xmlName), 'utf8');
  const number = /<rsm:ExchangedDocument>\s*<ram:ID>([^<]+)</.exec(xml)![1].trim();
  const total = Number(/<ram:GrandTotalAmount[^>]*>([^<]+)</.exec(xml)![1]);
  const currency = /<ram:InvoiceCurrencyCode>([^<]+)</.exec(xml)![1].trim();
  return { number, total, currency };
}

describe('extract-api.md', () => {
  let server: ServeProcess;
  const post = async (file: { name: string; bytes: Uint8Array; type?: string } | null, field = 'file') => {
    const form = new FormData();
    if (file) form.append(field, new Blob([file.bytes], { type: file.type ?? 'application/pdf' }), file.name);
    else form.append('other', 'x');
    const res = await fetch(`${server.url}/extract`, { method: 'POST', body: form });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };

  beforeAll(async () => {
    server = await startServe();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('health says ok (probed), with a request ID on the answer', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', ocr_circuit: 'closed' });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('Factur-X PDFs: number, total and currency as the embedded XML states them', async () => {
    for (const pdf of fs.readdirSync(FACTURX).filter((f) => f.endsWith('.pdf')).slice(0, 4)) {
      const truth = facturxTruth(pdf);
      const { status, body } = await post({ name: pdf, bytes: fs.readFileSync(path.join(FACTURX, pdf)) });
      expect(status, pdf).toBe(200);
      expect(body.invoice_number, pdf).toBe(truth.number);
      expect(body.total, pdf).toBeCloseTo(truth.total, 2);
      expect(body.currency, pdf).toBe(truth.currency);
      expect(Array.isArray(body.items)).toBe(true);
    }
  });

  it('a Chinese invoice: CNY, the generator’s fields, items; the same bytes again come from the cache', async () => {
    const hotel = invoiceFixtures().find((f) => f.name === 'hotel-jinjiang-special.pdf')!;
    const first = await post(hotel);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.body).toMatchObject({ invoice_number: hotel.expected.number, invoice_date: hotel.expected.date, total: hotel.expected.totalAmount, currency: 'CNY', vendor_name: hotel.expected.seller.name });
    expect(first.body.items.length).toBeGreaterThan(0);
    expect(first.body.items[0]).toEqual(expect.objectContaining({ description: expect.any(String) }));
    expect(first.body.review).toEqual({ needed: false, fields: [], reasons: [] });
    const second = await post({ ...hotel, name: 'other-name.pdf' });
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
  });

  it('errors: 400 type and size, 422 no file or an unreadable document, 500 nothing readable; each {error, detail}', async () => {
    const text = await post({ name: 'notes.txt', bytes: new TextEncoder().encode('hello'), type: 'text/plain' });
    expect(text.status).toBe(400);
    expect(text.body).toEqual({ error: 'Invalid file type: unknown content', detail: 'Supported types: application/pdf, image/png, image/jpeg, image/jpg' });
    const word = await post({ name: 'a.docx', bytes: invoiceFixtures()[0].bytes, type: 'application/msword' });
    expect(word.body.error).toBe('Invalid file type: application/msword');

    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const tooBig = await post({ name: 'big.pdf', bytes: big });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error).toBe('File too large. Maximum size allowed: 10MB');
    expect(tooBig.body.detail).toMatch(/^File size: over 10485760 bytes/);

    const none = await post(null);
    expect(none.status).toBe(422);
    expect(none.body).toEqual({ error: 'Validation error', detail: 'file: field required' });

    const cut = await post({ name: 'cut.pdf', bytes: invoiceFixtures()[0].bytes.slice(0, 500) });
    expect(cut.status).toBe(422);
    expect(cut.body.error).toBe('Unreadable document');
    expect(cut.body.detail).toMatch(/^PDF_CORRUPT/);

    // A PNG with a wrong checksum crashed the native decoder (SIGSEGV) and with it the whole server.
    const damaged = Buffer.from(fs.readFileSync(path.join(INVOICE_DIR, 'receipts', 'taxi.png')));
    damaged[29] ^= 0xff;
    const crash = await post({ name: 'damaged.png', bytes: damaged, type: 'image/png' });
    expect(crash.status).toBe(422);
    expect(crash.body.detail).toMatch(/^IMAGE_CORRUPT: .*checksum/);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    const blank = await post({ name: 'blank.png', bytes: pngOf(400, 300), type: 'image/png' });
    expect(blank.status).toBe(500);
    expect(blank.body.error).toBe('OCR processing failed');
    expect(typeof blank.body.detail).toBe('string');
  });

  it('an invoice that names no currency: the spec\'s default USD, and review names currency', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    ['INVOICE', 'Invoice Number: NC-2024-117', 'Invoice Date: 2024-03-05', 'Seller: Northwind Traders', 'Bill To: Contoso Ltd', 'Total: 250.00'].forEach((line, i) =>
      page.drawText(line, { x: 60, y: 760 - i * 24, size: 12, font }),
    );
    const { status, body } = await post({ name: 'no-currency.pdf', bytes: await doc.save() });
    expect(status).toBe(200);
    expect(body).toMatchObject({ invoice_number: 'NC-2024-117', total: 250, currency: 'USD' });
    expect(body.review.needed).toBe(true);
    expect(body.review.fields).toContain('currency');
  });

  it("the document's curl examples run against the server", () => {
    const dir = tmpDir('invoicectl-extract-curl-');
    const [pdf] = invoiceFixtures();
    fs.writeFileSync(path.join(dir, 'invoice.pdf'), pdf.bytes);
    fs.copyFileSync(path.join(INVOICE_DIR, 'receipts', 'taxi.png'), path.join(dir, 'invoice.png'));
    fs.copyFileSync(path.join(INVOICE_DIR, 'receipts', 'meal.jpg'), path.join(dir, 'invoice.jpg'));
    fs.writeFileSync(path.join(dir, 'document.txt'), 'not an invoice');
    const commands = curlCommands(SPEC);
    expect(commands.length).toBeGreaterThanOrEqual(7);
    for (const command of commands) {
      const run = spawnSync('bash', ['-c', command.replaceAll('http://localhost:8000', server.url)], { cwd: dir, encoding: 'utf8' });
      if (command.includes('document.txt')) {
        // --fail-with-body: curl exits 22 on the 400 and still prints the error body.
        expect(run.status, command).toBe(22);
        expect(JSON.parse(run.stdout).error).toMatch(/^Invalid file type/);
        continue;
      }
      expect(run.status, `${command}\n${run.stderr}`).toBe(0);
      const body = run.stdout.split('HTTP Status:')[0];
      const json = JSON.parse(body);
      if (command.includes('/health')) expect(json.status).toBe('ok');
      else expect(json.currency).toBe('CNY');
      if (command.includes('-v ')) expect(run.stderr).toMatch(/< x-request-id: /i);
    }
  });

  it("the document's Python and JavaScript examples run against the server", async () => {
    const dir = tmpDir('invoicectl-extract-py-');
    const hotel = invoiceFixtures().find((f) => f.name === 'hotel-jinjiang-special.pdf')!;
    fs.writeFileSync(path.join(dir, 'invoice.pdf'), hotel.bytes);
    const [python] = codeBlocks(SPEC, 'python');
    fs.writeFileSync(path.join(dir, 'client.py'), python.replaceAll('http://localhost:8000', server.url));
    const out = execFileSync(PYTHON, ['client.py'], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain("{'status': 'ok'");
    expect(out).toContain(`Invoice: ${hotel.expected.number}`);
    expect(out).toContain(`Total: $${hotel.expected.totalAmount}`);

    const [js] = codeBlocks(SPEC, 'javascript');
    const extractInvoice = new Function(`${js.replaceAll('http://localhost:8000', server.url)}\nreturn extractInvoice;`)();
    const data = await extractInvoice(new File([hotel.bytes], 'invoice.pdf', { type: 'application/pdf' }));
    expect(data.invoice_number).toBe(hotel.expected.number);
    await expect(extractInvoice(new File(['hello'], 'notes.txt', { type: 'text/plain' }))).rejects.toThrow(/Invalid file type/);
  });

  it('documentation: /openapi.json covers the routes, /docs and /redoc load offline', async () => {
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/extract', '/health']));
    const redoc = await (await fetch(`${server.url}/redoc`)).text();
    expect(redoc).toContain('spec-url="/openapi.json"');
    expect([...redoc.matchAll(/src="(https?:[^"]+)"/g)]).toEqual([]);
    const script = await fetch(`${server.url}/redoc/redoc.standalone.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});

describe('extract-api.md: the OCR engine failing', () => {
  it('retries, then after 5 failed requests answers 503 at once with Retry-After, and /health reports the open circuit', async () => {
    // OCR language data that is not installed makes every OCR attempt fail as an engine failure.
    const server = await startServe({ config: { extract: { ocr: { langs: 'ita' } } } });
    try {
      const photo = fs.readFileSync(path.join(INVOICE_DIR, 'receipts', 'taxi.png'));
      const post = async () => {
        const form = new FormData();
        form.append('file', new Blob([photo], { type: 'image/png' }), 'taxi.png');
        const res = await fetch(`${server.url}/extract`, { method: 'POST', body: form });
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
      };
      for (let i = 0; i < 5; i++) {
        const failed = await post();
        expect(failed.status, JSON.stringify(failed.body)).toBe(500);
        expect(failed.body.error).toBe('OCR processing failed');
        expect(failed.body.detail).toMatch(/ita/);
      }
      const open = await post();
      expect(open.status).toBe(503);
      expect(open.body).toEqual({ error: 'OCR service is temporarily unavailable', detail: expect.stringContaining('Circuit breaker is open') });
      expect(Number(open.retryAfter)).toBeGreaterThan(0);
      const health = await fetch(`${server.url}/health`);
      expect(await health.json()).toMatchObject({ ocr_circuit: 'open' });
    } finally {
      await server.stop();
    }
  });
});
