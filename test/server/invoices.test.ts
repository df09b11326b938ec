/**
 * invoices-api.md against `invoicectl serve` over real HTTP: uploads (single, batch, chunked and
 * resumed) read into the fields the generator wrote, one invoice per file content, list/search/paging,
 * soft delete, dashboard figures recomputed from the stored invoices, merge tasks read back as PDF and
 * ZIP, drafts, and every error code in the `{code, message, data}` envelope.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOfBeijingMonth } from '../../src/server/http/time.js';
import { ROOT } from '../helpers/cli.js';
import { startServe, waitFor, type ServeProcess } from './helpers.js';
import { INVOICE_DIR, invoiceFixtures, type Fixture } from './processor-fixtures.js';

const REAL_OFD = '/work/shared/fixtures/real/ofd';

/** A real OFD e-invoice and the fields its issuer wrote into it (the *.gt.json beside it), in the spec's terms. */
function realOfd(name: string) {
  const gt = JSON.parse(fs.readFileSync(path.join(REAL_OFD, `${name}.gt.json`), 'utf8'));
  const tags = gt.customtag_resolved?.['Doc_0/Tags/CustomTag.xml'] ?? {};
  const data = gt.ofd_xml_customdata;
  const money = (v: string) => Number(v.replace('¥', ''));
  const day = (v: string) => v.replace(/(\d{4})年(\d{2})月(\d{2})日/, '$1-$2-$3');
  const amount = money(tags.TaxExclusiveTotalAmount ?? data['合计金额']);
  const taxAmount = money(tags.TaxTotalAmount ?? data['合计税额'] ?? String(money(data['价税合计']) - amount));
  return {
    name: `${name}.ofd`,
    bytes: fs.readFileSync(path.join(REAL_OFD, `${name}.ofd`)),
    type: 'application/ofd',
    expected: {
      code: tags.InvoiceCode ?? data['发票代码'],
      number: tags.InvoiceNo ?? data['发票号码'],
      sellerName: tags.SellerName ?? data['销售方名称'],
      buyerName: tags.BuyerName ?? data['购买方名称'],
      date: day(tags.IssueDate ?? data['开票日期']),
      amount,
      taxAmount,
      totalAmount: money(tags.TaxInclusiveTotalAmount ?? data['价税合计']),
    },
  };
}

describe('invoices-api.md', () => {
  let server: ServeProcess;
  let api: string;
  let fixtures: Fixture[];
  const byName = (name: string) => fixtures.find((f) => f.name === name)!;

  const call = async (route: string, init: RequestInit = {}) => {
    const res = await fetch(`${api}${route}`, init);
    return { status: res.status, body: (await res.json()) as { code: number; message: string; data: any } };
  };
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const form = (field: string, files: { name: string; bytes: Uint8Array; type?: string }[], fields: Record<string, string> = {}) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    for (const f of files) data.append(field, new Blob([f.bytes], { type: f.type ?? 'application/pdf' }), f.name);
    return { method: 'POST', body: data };
  };
  const upload = (file: { name: string; bytes: Uint8Array; type?: string }) => call('/invoices/upload', form('file', [file]));

  beforeAll(async () => {
    fixtures = invoiceFixtures();
    // Chunked uploads may reach limits.maxFileBytes (single uploads stay at the spec's 10 MB).
    server = await startServe({ config: { limits: { maxFileBytes: 16 * 1024 * 1024 } } });
    api = `${server.url}/api/v1`;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('upload: the fields as printed, verified by our checks; the file behind fileUrl; the same bytes again are the same invoice', async () => {
    const hotel = byName('hotel-jinjiang-special.pdf');
    const sent = Date.now() - 1000; // the stored time has whole seconds
    const first = await upload(hotel);
    expect(first.status).toBe(200);
    expect(first.body.code).toBe(0);
    expect(first.body.message).toBe('success');
    const inv = first.body.data;
    expect(inv).toMatchObject({
      number: hotel.expected.number,
      date: hotel.expected.date,
      totalAmount: hotel.expected.totalAmount,
      sellerName: hotel.expected.seller.name,
      type: 'vat_special',
      status: 'verified',
      fileType: 'pdf',
    });
    expect(inv.id).toMatch(/^inv_[0-9a-f]{24}$/);
    expect(Date.parse(inv.createdAt)).toBeGreaterThanOrEqual(sent);
    expect(Date.parse(inv.createdAt)).toBeLessThanOrEqual(Date.now());
    const file = await fetch(`${server.url}${inv.fileUrl}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(Buffer.from(hotel.bytes))).toBe(true);

    const again = await upload({ ...hotel, name: 'renamed.pdf' });
    expect(again.body).toMatchObject({ code: 0, message: 'duplicate', data: { id: inv.id } });

    const detail = await call(`/invoices/${inv.id}`);
    expect(detail.body.data.checks.length).toBeGreaterThan(0);
    expect(detail.body.data.checks.every((c: any) => c.ok)).toBe(true);
  });

  it('batch upload: one entry per file in order, refused files with id null; more than 20 files is 1001', async () => {
    const pdfs = fixtures.filter((f) => f.name !== 'hotel-jinjiang-special.pdf');
    const text = { name: 'notes.pdf', bytes: new TextEncoder().encode('not an invoice') };
    const res = await call('/invoices/batch-upload', form('files', [...pdfs, text]));
    expect(res.body.code).toBe(0);
    expect(res.body.data.map((e: any) => e.fileName)).toEqual([...pdfs.map((f) => f.name), 'notes.pdf']);
    for (const [i, f] of pdfs.entries()) {
      expect(res.body.data[i]).toMatchObject({ status: 'success', duplicate: false });
      expect(res.body.data[i].invoice.number).toBe(f.expected.number);
    }
    expect(res.body.data.at(-1)).toMatchObject({ id: null, status: 'failed' });
    expect(res.body.data.at(-1).error).toContain('only PDF, JPG, PNG and OFD');
    // The hotel invoice again, among new ones: that entry is the stored invoice.
    const hotel = byName('hotel-jinjiang-special.pdf');
    const stored = (await call(`/invoices?keyword=${hotel.expected.number}`)).body.data.data[0];
    const again = await call('/invoices/batch-upload', form('files', [hotel]));
    expect(again.body.data).toEqual([{ id: stored.id, fileName: hotel.name, status: 'success', duplicate: true, invoice: stored }]);

    const many = Array.from({ length: 21 }, (_, i) => ({ name: `x${i}.pdf`, bytes: Buffer.concat([Buffer.from(pdfs[0].bytes), Buffer.from(`\n%${i}\n`)]) }));
    const tooMany = await call('/invoices/batch-upload', form('files', many));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe(1001);
  });

  it('a photo of a receipt is read by OCR', async () => {
    const photo = { name: 'meal.jpg', bytes: fs.readFileSync(path.join(INVOICE_DIR, 'receipts', 'meal.jpg')), type: 'image/jpeg' };
    const expected = JSON.parse(fs.readFileSync(path.join(INVOICE_DIR, 'receipts', 'meal.expected.json'), 'utf8'));
    let { body } = await upload(photo);
    expect(body.code).toBe(0);
    if (body.data.status === 'pending') body = await waitFor(async () => ((await call(`/invoices/${body.data.id}`)).body.data.status !== 'pending' ? (await call(`/invoices/${body.data.id}`)).body : undefined));
    expect(body.data.fileType).toBe('jpg');
    expect(body.data.totalAmount).toBe(expected.totalAmount);
  });

  it('real OFD e-invoices: the fields their issuers wrote; verified when every check passes, reviewing when one fails', async () => {
    const special = realOfd('easyofd__guizhou_vat_special_5');
    const res = await upload(special);
    expect(res.body.code).toBe(0);
    expect(res.body.data).toMatchObject({ ...special.expected, type: 'vat_special', fileType: 'ofd', status: 'verified' });
    const file = await fetch(`${server.url}${res.body.data.fileUrl}`);
    expect(file.headers.get('content-type')).toBe('application/ofd');
    expect(Buffer.from(await file.arrayBuffer()).equals(special.bytes)).toBe(true);

    // This sample's tax IDs are made up: their check characters are wrong, which a reviewer must see.
    const sample = realOfd('ofdrw__fapiao_shili_chongqing');
    const reviewing = (await upload(sample)).body.data;
    expect(reviewing).toMatchObject({ ...sample.expected, type: 'vat_normal', fileType: 'ofd', status: 'reviewing' });
    const detail = (await call(`/invoices/${reviewing.id}`)).body.data;
    expect(detail.checks.filter((c: any) => !c.ok).map((c: any) => c.id)).toEqual(['tax_id_checksum']);
    expect((await call('/invoices?status=reviewing')).body.data.data.map((i: any) => i.id)).toEqual([reviewing.id]);

    // Kinds the library knows but the spec's InvoiceType does not (a train ticket) are answered as other.
    const db = new Database(path.join(server.dataDir, 'invoicectl.sqlite'));
    try {
      db.prepare("UPDATE invoices SET type = 'train' WHERE id = ?").run(reviewing.id);
      expect((await call(`/invoices/${reviewing.id}`)).body.data.type).toBe('other');
    } finally {
      db.prepare("UPDATE invoices SET type = 'vat_normal' WHERE id = ?").run(reviewing.id);
      db.close();
    }
  });

  it('list: paging, status filter, keyword over seller name and number; out-of-range paging is 1001', async () => {
    const all = (await call('/invoices?pageSize=100')).body.data;
    expect(all.total).toBeGreaterThanOrEqual(fixtures.length);
    const pageOne = (await call('/invoices?page=1&pageSize=2')).body.data;
    const pageTwo = (await call('/invoices?page=2&pageSize=2')).body.data;
    expect(pageOne).toMatchObject({ page: 1, pageSize: 2, total: all.total });
    expect(pageOne.data.map((i: any) => i.id)).toEqual(all.data.slice(0, 2).map((i: any) => i.id));
    expect(pageTwo.data.map((i: any) => i.id)).toEqual(all.data.slice(2, 4).map((i: any) => i.id));

    const hotel = byName('hotel-jinjiang-special.pdf');
    const bySeller = (await call(`/invoices?keyword=${encodeURIComponent(hotel.expected.seller.name.slice(2, 6))}`)).body.data;
    expect(bySeller.data.map((i: any) => i.number)).toContain(hotel.expected.number);
    const byNumber = (await call(`/invoices?keyword=${hotel.expected.number.slice(-6)}`)).body.data;
    expect(byNumber.data.map((i: any) => i.number)).toEqual([hotel.expected.number]);
    expect((await call('/invoices?keyword=%25')).body.data.total).toBe(0);

    const verified = (await call('/invoices?status=verified&pageSize=100')).body.data;
    expect(verified.data.length).toBeGreaterThan(0);
    expect(verified.data.every((i: any) => i.status === 'verified')).toBe(true);

    // More than a page holds is the largest page, not an error.
    const clamped = (await call('/invoices?pageSize=5000')).body;
    expect(clamped.code).toBe(0);
    expect(clamped.data.pageSize).toBe(100);
    expect(clamped.data.data.length).toBe(Math.min(100, all.total));
    for (const bad of ['page=0', 'pageSize=0', 'pageSize=abc', 'status=done', 'colour=red']) {
      const res = await call(`/invoices?${bad}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 1001, data: null });
    }
  });

  it('chunked upload: hashes checked, resumable (the server says which chunks it has), then read like an upload', async () => {
    const invoice = byName('coffee-douxiang-shudian.pdf');
    const bytes = Buffer.concat([Buffer.from(invoice.bytes), Buffer.from('\n% chunked copy\n')]);
    const fileHash = createHash('md5').update(bytes).digest('hex');
    const size = Math.ceil(bytes.length / 3);
    const parts = [0, 1, 2].map((i) => bytes.subarray(i * size, (i + 1) * size));
    const send = (i: number, chunkHash = createHash('sha256').update(parts[i]).digest('hex')) =>
      call('/invoices/upload-chunk', form('chunk', [{ name: 'blob', bytes: parts[i], type: 'application/octet-stream' }], { chunkIndex: String(i), chunkHash, fileHash, fileName: '咖啡.pdf', totalChunks: '3' }));

    expect((await send(0)).body).toEqual({ code: 0, message: 'success', data: { chunkIndex: 0, received: true } });
    expect((await send(2)).body.code).toBe(0);
    const corrupt = await send(1, createHash('sha256').update('something else').digest('hex'));
    expect(corrupt.body.code).toBe(1001);
    expect((await call(`/invoices/upload-chunk?fileHash=${fileHash}`)).body.data.uploadedChunks).toEqual([0, 2]);
    const early = await call('/invoices/merge-chunks', json('POST', { fileHash, fileName: '咖啡.pdf', totalChunks: 3 }));
    expect(early.body).toMatchObject({ code: 1001, data: { missingChunks: [1] } });

    expect((await send(1)).body.code).toBe(0);
    const merged = await call('/invoices/merge-chunks', json('POST', { fileHash, fileName: '咖啡.pdf', totalChunks: 3 }));
    expect(merged.body.code).toBe(0);
    expect(merged.body.data).toMatchObject({ number: invoice.expected.number, totalAmount: invoice.expected.totalAmount });
    // Other bytes, same invoice (the batch stored the original): a second invoice that says whose copy it is.
    const original = (await call(`/invoices?keyword=${invoice.expected.number}`)).body.data.data.find((i: any) => i.fileName === invoice.name);
    expect(original.duplicateOf).toBeNull();
    expect(merged.body.data.id).not.toBe(original.id);
    expect(merged.body.data.duplicateOf).toBe(original.id);
    const file = Buffer.from(await (await fetch(`${server.url}${merged.body.data.fileUrl}`)).arrayBuffer());
    expect(file.equals(bytes)).toBe(true);
    // The chunks are gone once joined.
    expect((await call(`/invoices/upload-chunk?fileHash=${fileHash}`)).body.data.uploadedChunks).toEqual([]);

    // A file sent as one chunk: the chunk is the file, and its bytes stay once the chunk is dropped.
    const whole = Buffer.concat([Buffer.from(invoice.bytes), Buffer.from('\n% one chunk\n')]);
    const wholeHash = createHash('sha256').update(whole).digest('hex');
    const one = { chunkIndex: '0', chunkHash: wholeHash, fileHash: wholeHash, fileName: 'one.pdf', totalChunks: '1' };
    expect((await call('/invoices/upload-chunk', form('chunk', [{ name: 'blob', bytes: whole, type: 'application/octet-stream' }], one))).body.code).toBe(0);
    const single = await call('/invoices/merge-chunks', json('POST', { fileHash: wholeHash, fileName: 'one.pdf', totalChunks: 1 }));
    expect(single.body.code).toBe(0);
    expect(single.body.data).toMatchObject({ number: invoice.expected.number, totalAmount: invoice.expected.totalAmount });
    expect(Buffer.from(await (await fetch(`${server.url}${single.body.data.fileUrl}`)).arrayBuffer()).equals(whole)).toBe(true);

    // A joined file that does not match its fileHash is refused.
    const wrongHash = createHash('md5').update('another file').digest('hex');
    await call('/invoices/upload-chunk', form('chunk', [{ name: 'blob', bytes: parts[0], type: 'application/octet-stream' }], { chunkIndex: '0', chunkHash: 'c0', fileHash: wrongHash, fileName: 'x.pdf', totalChunks: '1' }));
    expect((await call('/invoices/merge-chunks', json('POST', { fileHash: wrongHash, fileName: 'x.pdf', totalChunks: 1 }))).body.code).toBe(1001);
  });

  it('delete: 2002 afterwards, gone from the list; 2001 for an ID that never was', async () => {
    const ride = byName('ride-kuaida-shudian.pdf');
    const { data } = (await upload(ride)).body;
    expect((await call(`/invoices/${data.id}`, { method: 'DELETE' })).body).toEqual({ code: 0, message: 'success', data: null });
    const gone = await call(`/invoices/${data.id}`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe(2002);
    expect((await call(`/invoices/${data.id}`, { method: 'DELETE' })).body.code).toBe(2002);
    expect((await call('/invoices?pageSize=100')).body.data.data.map((i: any) => i.id)).not.toContain(data.id);
    const never = await call('/invoices/inv_000000000000000000000000');
    expect(never.status).toBe(404);
    expect(never.body.code).toBe(2001);
    // Uploading it again brings it back.
    expect((await upload(ride)).body).toMatchObject({ code: 0, message: 'duplicate', data: { id: data.id } });
  });

  it('bad uploads: unsupported type 1002, empty 1002, over 10 MB 1003, unreadable 2003 with the failed invoice', async () => {
    expect((await upload({ name: 'a.txt', bytes: new TextEncoder().encode('hello'), type: 'text/plain' })).body.code).toBe(1002);
    expect((await upload({ name: 'empty.pdf', bytes: new Uint8Array() })).body.code).toBe(1002);
    // A ZIP is an OFD only when it has an OFD.xml at its root.
    const zip = new AdmZip();
    zip.addFile('invoice.pdf', Buffer.from(fixtures[0].bytes));
    const zipped = await upload({ name: 'invoices.ofd', bytes: zip.toBuffer(), type: 'application/ofd' });
    expect(zipped.status).toBe(415);
    expect(zipped.body).toMatchObject({ code: 1002, data: null });
    expect(zipped.body.message).toContain('this is zip');
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const tooBig = await upload({ name: 'big.pdf', bytes: big });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe(1003);
    const truncated = await upload({ name: 'cut.pdf', bytes: fixtures[0].bytes.slice(0, 400) });
    expect(truncated.status).toBe(422);
    expect(truncated.body.code).toBe(2003);
    expect(truncated.body.message).toContain('PDF_CORRUPT');
    expect(truncated.body.data).toMatchObject({ status: 'failed', fileName: 'cut.pdf' });
    expect((await call(`/invoices?status=failed`)).body.data.data.map((i: any) => i.id)).toContain(truncated.body.data.id);
    const notJson = await call('/invoices/upload', json('POST', { file: 'x' }));
    expect(notJson.body.code).toBe(1002);
    const encrypted = await upload({ name: 'locked.pdf', bytes: fs.readFileSync(path.join(ROOT, 'fixtures', 'bad', 'encrypted.pdf')) });
    expect(encrypted.status).toBe(422);
    expect(encrypted.body).toMatchObject({ code: 2003, data: { status: 'failed', fileName: 'locked.pdf' } });
    expect(encrypted.body.message).toContain('PDF_ENCRYPTED');
    // The server is still there and answering.
    expect((await call('/invoices?pageSize=1')).body.code).toBe(0);
  });

  it('merge tasks: PDF with labels and page numbers, ZIP with the originals; totalAmount from the invoices', async () => {
    // PDFs: their numbers are text on the sheets (a photo's are pixels).
    const list = (await call('/invoices?status=verified&pageSize=100')).body.data.data.filter((i: any) => i.fileType === 'pdf').slice(0, 3);
    const ids = list.map((i: any) => i.id);
    const sum = Math.round(list.reduce((s: number, i: any) => s + i.totalAmount, 0) * 100) / 100;
    const created = await call('/merge-tasks', json('POST', { invoiceIds: ids, outputType: 'pdf', layout: { layout: '2x2', orientation: 'portrait', margin: 10, gap: 5, showPageNumber: true, showCategoryLabel: true } }));
    expect(created.body.code).toBe(0);
    expect(created.body.data).toMatchObject({ invoiceIds: ids, outputType: 'pdf', totalAmount: sum, totalPages: null, downloadUrl: null });
    expect(['pending', 'processing', 'completed']).toContain(created.body.data.status);
    const id = created.body.data.id;
    const done = await waitFor(async () => {
      const t = (await call(`/merge-tasks/${id}`)).body.data;
      return t.status === 'completed' || t.status === 'failed' ? t : undefined;
    });
    expect(done).toMatchObject({ status: 'completed', totalPages: 1, downloadUrl: `/api/v1/merge-tasks/${id}/download` });
    const res = await fetch(`${server.url}${done.downloadUrl}`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="invoices_merged.pdf"');
    const pdfBytes = new Uint8Array(await res.arrayBuffer());
    expect((await PDFDocument.load(pdfBytes)).getPageCount()).toBe(1);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdfBytes }).toString('utf8');
    for (const inv of list) expect(text.replace(/\s+/g, '')).toContain(inv.number);
    const labels: Record<string, string> = { vat_special: '增值税专用发票', vat_normal: '增值税普通发票' };
    for (const inv of list) if (labels[inv.type]) expect(text).toContain(labels[inv.type]);

    const zipTask = (await call('/merge-tasks', json('POST', { invoiceIds: ids.slice(0, 2), outputType: 'zip' }))).body.data;
    const zipDone = await waitFor(async () => ((await call(`/merge-tasks/${zipTask.id}`)).body.data.status === 'completed' ? true : undefined));
    expect(zipDone).toBe(true);
    const zip = new AdmZip(Buffer.from(await (await fetch(`${server.url}/api/v1/merge-tasks/${zipTask.id}/download`)).arrayBuffer()));
    const names = zip.getEntries().map((e) => e.entryName);
    expect(names.some((n) => n.endsWith('.pdf') && names.length === 3)).toBe(true);

    const listed = (await call('/merge-tasks?page=1&pageSize=1')).body.data;
    expect(listed).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(listed.data[0].id).toBe(zipTask.id);
  });

  it('merge task errors: 2001 unknown invoice, 1001 bad layout or unknown field or malformed JSON, 3001 unknown task', async () => {
    const [any] = (await call('/invoices?pageSize=1')).body.data.data;
    expect((await call('/merge-tasks', json('POST', { invoiceIds: ['inv_nope'], outputType: 'pdf' }))).body.code).toBe(2001);
    expect((await call('/merge-tasks', json('POST', { invoiceIds: [any.id], outputType: 'pdf', layout: { layout: '0x9' } }))).body.code).toBe(1001);
    expect((await call('/merge-tasks', json('POST', { invoiceIds: [any.id], outputType: 'docx' }))).body.code).toBe(1001);
    expect((await call('/merge-tasks', json('POST', { invoiceIds: [any.id], outputType: 'pdf', colour: 'red' }))).body.code).toBe(1001);
    expect((await call('/merge-tasks', json('POST', { invoiceIds: [], outputType: 'pdf' }))).body.code).toBe(1001);
    const malformed = await call('/merge-tasks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"invoiceIds": [' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe(1001);
    const missing = await call('/merge-tasks/task_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe(3001);
    expect((await call('/merge-tasks/task_nope/download')).body.code).toBe(3001);
  });

  it("merge task as in the spec's example: three invoices at 2x1 make two portrait A4 sheets; landscape turns them", async () => {
    const pdfs = (await call('/invoices?status=verified&pageSize=100')).body.data.data.filter((i: any) => i.fileType === 'pdf').slice(0, 2);
    const ofd = (await call('/invoices?keyword=00008006')).body.data.data[0];
    const chosen = [...pdfs, ofd];
    const ids = chosen.map((i: any) => i.id);
    const run = async (orientation: string) => {
      const task = (await call('/merge-tasks', json('POST', { invoiceIds: ids, outputType: 'pdf', layout: { layout: '2x1', orientation, margin: 10, gap: 5, showPageNumber: true, showCategoryLabel: true } }))).body.data;
      const done = await waitFor(async () => {
        const t = (await call(`/merge-tasks/${task.id}`)).body.data;
        return t.status === 'completed' || t.status === 'failed' ? t : undefined;
      });
      const pdf = await PDFDocument.load(new Uint8Array(await (await fetch(`${server.url}${done.downloadUrl}`)).arrayBuffer()));
      return { done, sizes: pdf.getPages().map((p) => p.getSize()), pdf };
    };
    const portrait = await run('portrait');
    expect(portrait.done).toMatchObject({ status: 'completed', totalPages: 2, totalAmount: Math.round(chosen.reduce((s: number, i: any) => s + i.totalAmount, 0) * 100) / 100 });
    expect(portrait.sizes).toHaveLength(2);
    for (const size of portrait.sizes) {
      // A4 is 210 x 297 mm = 595.28 x 841.89 pt.
      expect(size.width).toBeCloseTo(595.28, 0);
      expect(size.height).toBeCloseTo(841.89, 0);
    }
    const text = execFileSync('pdftotext', ['-', '-'], { input: await portrait.pdf.save() }).toString('utf8').replace(/\s+/g, '');
    expect(text).toContain(ofd.number);
    const landscape = await run('landscape');
    expect(landscape.sizes.map((s) => s.width > s.height)).toEqual([true, true]);
  });

  it('merge task refusals and failures: an unreadable invoice is 2003 up front; a task that cannot place one fails with 3003', async () => {
    const [unreadable] = (await call('/invoices?status=failed&keyword=')).body.data.data.filter((i: any) => i.fileName === 'cut.pdf');
    const [good] = (await call('/invoices?status=verified&pageSize=1')).body.data.data;
    const refused = await call('/merge-tasks', json('POST', { invoiceIds: [good.id, unreadable.id], outputType: 'pdf' }));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 2003, data: { invoiceIds: [unreadable.id] } });

    // As if it had been read once (by an older version, say): the merge itself finds it cannot place it.
    const db = new Database(path.join(server.dataDir, 'invoicectl.sqlite'));
    try {
      db.prepare("UPDATE invoices SET status = 'reviewing' WHERE id = ?").run(unreadable.id);
      const task = (await call('/merge-tasks', json('POST', { invoiceIds: [good.id, unreadable.id], outputType: 'pdf' }))).body.data;
      const failed = await waitFor(async () => {
        const t = (await call(`/merge-tasks/${task.id}`)).body.data;
        return t.status === 'failed' || t.status === 'completed' ? t : undefined;
      });
      expect(failed).toMatchObject({ status: 'failed', downloadUrl: null });
      expect(failed.error).toContain('cut.pdf');
      const download = await call(`/merge-tasks/${task.id}/download`);
      expect(download.status).toBe(422);
      expect(download.body.code).toBe(3003);
    } finally {
      db.prepare("UPDATE invoices SET status = 'failed' WHERE id = ?").run(unreadable.id);
      db.close();
    }
  });

  it('JSON routes: malformed JSON, unknown fields, wrong types and a body that is not JSON are 1001', async () => {
    const [any] = (await call('/invoices?pageSize=1')).body.data.data;
    const bad: [string, RequestInit][] = [
      ['/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": "x", ' }],
      ['/drafts', json('POST', { invoiceIds: [any.id], name: 'x', owner: 'me' })],
      ['/drafts', json('POST', { invoiceIds: { first: any.id }, name: 'x' })],
      ['/drafts', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'invoiceIds=1' }],
      ['/invoices/merge-chunks', json('POST', { fileHash: 'f', fileName: 'a.pdf', totalChunks: 1, extra: true })],
      ['/invoices/merge-chunks', json('POST', { fileHash: 'f', fileName: 'a.pdf', totalChunks: 0 })],
      ['/merge-tasks', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<a/>' }],
    ];
    for (const [route, init] of bad) {
      const res = await call(route, init);
      expect({ route, status: res.status, code: res.body.code, data: res.body.data }).toEqual({ route, status: 400, code: 1001, data: null });
    }
  });

  it('chunked upload: files over 10 MB up to limits.maxFileBytes; more is 1003 and the refused chunk is not kept; totals that disagree are refused, nothing deleted', async () => {
    const [invoice] = fixtures;
    // A real invoice made 12 MB by a PDF comment after it: over a single upload's 10 MB.
    const padded = Buffer.concat([Buffer.from(invoice.bytes), Buffer.from('\n%'), Buffer.alloc(12 * 1024 * 1024 - invoice.bytes.length, 0x20), Buffer.from('\n')]);
    const half = padded.length / 2;
    const parts = [padded.subarray(0, half), padded.subarray(half)];
    const fileHash = createHash('sha256').update(padded).digest('hex');
    const send = (i: number, bytes: Uint8Array, totalChunks: string, hash = fileHash) =>
      call('/invoices/upload-chunk', form('chunk', [{ name: 'blob', bytes, type: 'application/octet-stream' }], { chunkIndex: String(i), chunkHash: `c${i}`, fileHash: hash, fileName: 'big.pdf', totalChunks }));
    expect((await send(0, parts[0], '2')).body.code).toBe(0);
    // A chunk announcing another total is refused.
    const disagreeing = await send(1, parts[1], '3');
    expect(disagreeing.status).toBe(400);
    expect(disagreeing.body.code).toBe(1001);
    expect((await send(1, parts[1], '2')).body.code).toBe(0);
    // Merging with fewer chunks than were sent would store a truncated file: refused, both chunks kept.
    const short = await call('/invoices/merge-chunks', json('POST', { fileHash, fileName: 'big.pdf', totalChunks: 1 }));
    expect(short.body.code).toBe(1001);
    expect(short.body.message).toMatch(/disagrees/);
    expect((await call(`/invoices/upload-chunk?fileHash=${fileHash}`)).body.data.uploadedChunks).toEqual([0, 1]);
    const merged = await call('/invoices/merge-chunks', json('POST', { fileHash, fileName: 'big.pdf', totalChunks: 2 }));
    expect(merged.status).toBe(200);
    expect(merged.body.data).toMatchObject({ fileName: 'big.pdf', fileType: 'pdf' });
    const file = await fetch(`${server.url}${merged.body.data.fileUrl}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(padded)).toBe(true);

    // Over limits.maxFileBytes (16 MB here) in total: the chunk that crosses it is 1003 and not kept.
    const bigHash = `big_${Date.now()}`;
    const part = new Uint8Array(9 * 1024 * 1024);
    expect((await send(0, part, '2', bigHash)).body.code).toBe(0);
    const over = await send(1, part, '2', bigHash);
    expect(over.status).toBe(413);
    expect(over.body.code).toBe(1003);
    expect((await call(`/invoices/upload-chunk?fileHash=${bigHash}`)).body.data.uploadedChunks).toEqual([0]);
    // Sending chunk 0 again replaces it rather than adding to the total.
    expect((await send(0, part, '2', bigHash)).body.code).toBe(0);
  });

  it('drafts: save, list, get with its invoices, delete; 4001 afterwards', async () => {
    const ids = (await call('/invoices?pageSize=2')).body.data.data.map((i: any) => i.id);
    const saved = await call('/drafts', json('POST', { invoiceIds: ids, name: '11月报销单' }));
    expect(saved.body.data).toMatchObject({ name: '11月报销单', invoiceCount: 2, invoiceIds: ids });
    const id = saved.body.data.draftId;
    expect((await call('/drafts')).body.data.data.map((d: any) => d.draftId)).toContain(id);
    expect((await call(`/drafts/${id}`)).body.data.invoices.map((i: any) => i.id)).toEqual(ids);
    expect((await call(`/drafts/${id}`, { method: 'DELETE' })).body.code).toBe(0);
    expect((await call(`/drafts/${id}`)).body.code).toBe(4001);
    expect((await call('/drafts', json('POST', { invoiceIds: ['inv_nope'], name: 'x' }))).body.code).toBe(2001);
  });

  it('dashboard: this month against last month, recomputed from the stored invoices; a copy of an invoice is not deducted twice', async () => {
    const before = (await call('/dashboard/stats')).body.data;
    const hotel = byName('hotel-jinjiang-special.pdf');
    const copy = (await upload({ name: 'hotel-copy.pdf', bytes: Buffer.concat([Buffer.from(hotel.bytes), Buffer.from('\n% saved again\n')]) })).body.data;
    expect(copy).toMatchObject({ type: 'vat_special', status: 'verified', number: hotel.expected.number });
    expect(copy.duplicateOf).toMatch(/^inv_/);

    const all = (await call('/invoices?pageSize=100')).body.data.data as any[];
    const expectedTax = (rows: any[]) =>
      Math.round(rows.filter((i) => i.status === 'verified' && i.type === 'vat_special' && i.duplicateOf === null).reduce((s, i) => s + i.taxAmount, 0) * 100) / 100;
    const stats = (await call('/dashboard/stats')).body.data;
    expect(stats.savedTax).toBe(before.savedTax);
    expect(stats.processedCount).toBe(before.processedCount + 1);
    expect(stats.processedCount).toBe(all.filter((i) => i.status !== 'pending').length);
    expect(stats.pendingCount).toBe(all.filter((i) => i.status === 'pending' || i.status === 'reviewing').length);
    expect(stats.savedTax).toBe(expectedTax(all));
    expect(stats.savedTax).toBeGreaterThan(0);
    expect(stats.processedChange).toBeNull();

    // Move one processed invoice into last month (as if uploaded then): the figures and changes follow.
    const moved = all.find((i) => i.status !== 'pending')!;
    const db = new Database(path.join(server.dataDir, 'invoicectl.sqlite'));
    try {
      // (The server's months are Beijing's: from 16:00 UTC on a month's last day its "this month" is the next one.)
      const lastMonth = startOfBeijingMonth(Date.now(), 1) + 14 * 86_400_000;
      db.prepare('UPDATE invoices SET created_at = ? WHERE id = ?').run(lastMonth, moved.id);
    } finally {
      db.close();
    }
    const after = (await call('/dashboard/stats')).body.data;
    expect(after.processedCount).toBe(stats.processedCount - 1);
    expect(after.processedChange).toBeCloseTo(((after.processedCount - 1) / 1) * 100, 1);
  });

  it('every answer is the envelope, unknown routes under ours included; the OpenAPI document covers the spec', async () => {
    for (const [method, route] of [['GET', '/invoices/inv_1/nothing'], ['PUT', '/invoices'], ['GET', '/merge-tasks/t/x/y'], ['PATCH', '/drafts/d'], ['GET', '/dashboard']]) {
      const unknown = await call(route, { method });
      expect({ route, status: unknown.status, code: unknown.body.code, data: unknown.body.data }).toEqual({ route, status: 404, code: 1001, data: null });
    }
    const doc = await (await fetch(`${server.url}/openapi.json`)).json();
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
    for (const route of [
      'GET /api/v1/dashboard/stats',
      'GET /api/v1/invoices',
      'GET /api/v1/invoices/{id}',
      'POST /api/v1/invoices/upload',
      'POST /api/v1/invoices/upload-chunk',
      'GET /api/v1/invoices/upload-chunk',
      'POST /api/v1/invoices/merge-chunks',
      'POST /api/v1/invoices/batch-upload',
      'DELETE /api/v1/invoices/{id}',
      'POST /api/v1/merge-tasks',
      'GET /api/v1/merge-tasks/{id}',
      'GET /api/v1/merge-tasks',
      'GET /api/v1/merge-tasks/{id}/download',
      'POST /api/v1/drafts',
      'GET /api/v1/drafts',
      'GET /api/v1/drafts/{id}',
      'DELETE /api/v1/drafts/{id}',
      'GET /api/v1/invoices/{id}/file',
    ]) {
      expect(routes).toContain(route);
    }
    // Every route of this API says what it does, and its JSON answers come with an example.
    for (const [p, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      // convert-api.md shares /api/v1; ours are these resources.
      if (!/^\/api\/v1\/(dashboard|invoices|merge-tasks|drafts)(\/|$)/.test(p)) continue;
      for (const [method, op] of Object.entries(ops)) {
        expect({ route: `${method} ${p}`, tags: op.tags, summary: Boolean(op.summary), description: Boolean(op.description) }).toEqual({ route: `${method} ${p}`, tags: ['invoices-api'], summary: true, description: true });
        const ok = op.responses['200'].content?.['application/json'];
        // Files (the export's JSON file among them) are not envelopes.
        if (ok && ok.schema.format !== 'binary') expect({ route: `${method} ${p}`, example: ok.schema.example?.code }).toEqual({ route: `${method} ${p}`, example: 0 });
      }
    }
  });
});

describe('invoices-api.md across a restart', () => {
  it('invoices, their files and which is a copy of which survive a restart; rows stored before invoices-2 get their identity', async () => {
    const [hotel] = invoiceFixtures().filter((f) => f.name === 'hotel-jinjiang-special.pdf');
    const copyBytes = Buffer.concat([Buffer.from(hotel.bytes), Buffer.from('\n% saved again\n')]);
    const post = async (url: string, name: string, bytes: Uint8Array) => {
      const data = new FormData();
      data.append('file', new Blob([bytes], { type: 'application/pdf' }), name);
      return ((await (await fetch(`${url}/api/v1/invoices/upload`, { method: 'POST', body: data })).json()) as any).data;
    };
    const first = await startServe();
    const dataDir = first.dataDir;
    let original: any;
    let copy: any;
    try {
      original = await post(first.url, 'hotel.pdf', hotel.bytes);
      copy = await post(first.url, 'hotel-copy.pdf', copyBytes);
      expect(copy.duplicateOf).toBe(original.id);
    } finally {
      await first.stop();
    }
    // As a database from before invoices-2 would be: no identities recorded.
    const db = new Database(path.join(dataDir, 'invoicectl.sqlite'));
    db.prepare('UPDATE invoices SET identity = NULL').run();
    db.close();

    const second = await startServe({ dataDir });
    try {
      const detail = ((await (await fetch(`${second.url}/api/v1/invoices/${copy.id}`)).json()) as any).data;
      expect(detail).toMatchObject({ id: copy.id, number: hotel.expected.number, status: 'verified', duplicateOf: original.id });
      const file = Buffer.from(await (await fetch(`${second.url}${original.fileUrl}`)).arrayBuffer());
      expect(file.equals(Buffer.from(hotel.bytes))).toBe(true);
    } finally {
      await second.stop();
    }
  });
});
