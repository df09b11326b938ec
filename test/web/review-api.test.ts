/**
 * The invoices-API extensions the page uses, over HTTP: a corrected field's bad value is refused with
 * 1001 and nothing stored; a good one is stored as `manual` and re-checked; bulk actions do what they
 * can and name the rest; the CSV export keeps a text that starts like a formula from running; the pages
 * of an OFD come as PDF; the plan places them and refuses a bad layout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../server/helpers.js';
import { OFD_DIR, fixturePath } from './helpers.js';

describe('invoices API extensions for the page', () => {
  let server: ServeProcess;
  const api = (p: string, init?: RequestInit) => fetch(`${server.url}/api/v1${p}`, init).then(async (r) => ({ status: r.status, body: (await r.json()) as { code: number; message: string; data: any } }));
  const send = (method: string, p: string, body: unknown) => api(p, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const upload = async (file: string) => {
    const form = new FormData();
    form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
    return (await api('/invoices/upload', { method: 'POST', body: form })).body.data as { id: string; status: string };
  };
  let hotel: string;
  let ofd: string;
  let taxi: string;

  beforeAll(async () => {
    server = await startServe();
    hotel = (await upload(fixturePath('hotel-jinjiang-special.pdf'))).id;
    ofd = (await upload(path.join(OFD_DIR, 'ofdrw__zhejiang_vat_normal_1.ofd'))).id;
    taxi = (await upload(fixturePath('taxi.png'))).id;
  });
  afterAll(() => server?.stop());

  it('refuses a bad value with 1001 and keeps the stored one', async () => {
    const before = (await api(`/invoices/${hotel}/review`)).body.data;
    for (const [field, value] of [['date', '2024/07/12'], ['totalAmount', 'abc'], ['currency', 'yuan'], ['type', 'lunch'], ['nope', 'x']] as const) {
      const res = await send('PATCH', `/invoices/${hotel}`, { field, value });
      expect(res.status, `${field}=${value}`).toBe(400);
      expect(res.body.code).toBe(1001);
    }
    expect((await api(`/invoices/${hotel}/review`)).body.data.invoice).toEqual(before.invoice);
  });

  it('stores a correction as manual and runs the checks again', async () => {
    const res = await send('PATCH', `/invoices/${hotel}`, { field: 'seller.taxId', value: '91510100MA61234567' });
    expect(res.body.code).toBe(0);
    expect(res.body.data.invoice.seller.taxId).toBe('91510100MA61234567');
    expect(res.body.data.invoice.fieldSources['seller.taxId']).toBe('manual');
    // Not a valid 统一社会信用代码: the checksum check now fails and the invoice needs review.
    expect(res.body.data.checks.find((c: { id: string }) => c.id === 'tax_id_checksum')?.ok).toBe(false);
    expect(res.body.data.status).toBe('reviewing');
    expect((await api(`/invoices?status=reviewing`)).body.data.data.map((r: { id: string }) => r.id)).toContain(hotel);
  });

  it('exports a text that starts like a formula with a leading quote', async () => {
    await send('PATCH', `/invoices/${hotel}`, { field: 'seller.name', value: '=HYPERLINK("http://x","y")' });
    const csv = await (await fetch(`${server.url}/api/v1/invoices/export-sheet?format=csv&lang=en&ids=${hotel}`)).text();
    expect(csv.split('\r\n')[0]).toContain('Invoice number');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('approves and deletes in bulk, naming what it could not do', async () => {
    const res = await send('POST', '/invoices/bulk', { action: 'approve', ids: [hotel, 'inv_missing'] });
    expect(res.body.data.done).toEqual([hotel]);
    expect(res.body.data.failed).toEqual([{ id: 'inv_missing', code: 2001, message: expect.stringContaining('inv_missing') }]);
    expect((await api(`/invoices/${hotel}/review`)).body.data).toMatchObject({ status: 'verified', approvedAt: expect.any(String) });
    const del = await send('POST', '/invoices/bulk', { action: 'delete', ids: [taxi] });
    expect(del.body.data.done).toEqual([taxi]);
    expect((await api(`/invoices/${taxi}`)).body.code).toBe(2002);
  });

  it("gives an OFD's pages as PDF; the plan places them and refuses a bad grid", async () => {
    const res = await fetch(`${server.url}/api/v1/invoices/${ofd}/pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await PDFDocument.load(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(1);
    const plan = await send('POST', '/merge-tasks/plan', { invoiceIds: [ofd, hotel], layout: { layout: '2x1' } });
    expect(plan.body.data.sheets).toBe(1);
    expect(plan.body.data.invoices.map((i: { pages: { cell: number }[] }) => i.pages.map((p) => p.cell))).toEqual([[0], [1]]);
    const bad = await send('POST', '/merge-tasks/plan', { invoiceIds: [ofd], layout: { layout: '0x9' } });
    expect(bad.body.code).toBe(1001);
  });
});
