/**
 * readMultipartFile (POST /extract's form reader) without a server: the file's bytes and SHA-256 whatever
 * the chunking, the part headers busboy honoured, a temp file beyond the memory limit, and the errors.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readMultipartFile, type MultipartFileOptions } from '../../src/server/http/multipart-file.js';
import { tmpDir } from '../helpers/cli.js';

const BOUNDARY = '----formdata-x1';

function form(parts: { headers: string[]; body: Buffer | string }[], boundary = BOUNDARY, preamble = ''): Buffer {
  const out: Buffer[] = [Buffer.from(preamble)];
  for (const p of parts) out.push(Buffer.from(`--${boundary}\r\n${p.headers.map((h) => `${h}\r\n`).join('')}\r\n`), Buffer.from(p.body), Buffer.from('\r\n'));
  out.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(out);
}

/** An IncomingMessage stand-in that delivers `body` in chunks of `size` bytes. */
function request(body: Buffer, size: number, contentType = `multipart/form-data; boundary=${BOUNDARY}`): IncomingMessage {
  const req = new PassThrough() as unknown as IncomingMessage & PassThrough;
  Object.assign(req, { headers: { 'content-type': contentType }, complete: false });
  setImmediate(() => {
    for (let at = 0; at < body.length; at += size) req.write(body.subarray(at, at + size));
    (req as { complete: boolean }).complete = true;
    req.end();
  });
  return req;
}

const dir = tmpDir('invoicectl-multipart-');
let n = 0;
const options = (over: Partial<MultipartFileOptions> = {}): MultipartFileOptions => ({
  field: 'file',
  maxFileBytes: 1_000_000,
  maxBodyBytes: 2_000_000,
  memoryBytes: 100_000,
  tempPath: () => path.join(dir, `t${n++}`),
  ...over,
});

describe('readMultipartFile', () => {
  // Bytes that look like the delimiter's start (CR LF - -) inside the file, to catch split-delimiter bugs.
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\r\n--'), Buffer.alloc(3000, 'a'), Buffer.from(`\r\n--${BOUNDARY.slice(0, 8)}\r\n`), Buffer.alloc(2000, 'b')]);
  const sha = createHash('sha256').update(pdf).digest('hex');

  it('the file under its field, the same bytes and hash whatever the chunking; other parts skipped', async () => {
    const body = form(
      [
        { headers: ['Content-Disposition: form-data; name="note"'], body: 'hello' },
        { headers: ['Content-Disposition: form-data; name="file"; filename="C:\\\\dir\\\\invoice.pdf"', 'Content-Type: application/pdf'], body: pdf },
      ],
      BOUNDARY,
      'a preamble\r\n',
    );
    for (const size of [1, 2, 3, 7, 13, 64, 1000, body.length]) {
      const file = await readMultipartFile(request(body, size), options());
      expect(file, `chunks of ${size}`).toMatchObject({ field: 'file', filename: 'invoice.pdf', mimetype: 'application/pdf', size: pdf.length, sha256: sha });
      expect(file!.bytes!.equals(pdf), `chunks of ${size}`).toBe(true);
      expect(file!.head!.equals(pdf.subarray(0, 1024)), `chunks of ${size}`).toBe(true);
    }
  });

  it('a part without Content-Type is text/plain; filename* is decoded; a quoted boundary', async () => {
    const body = form([{ headers: [`Content-Disposition: form-data; name="file"; filename="x.pdf"; filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf`], body: pdf }], 'q b');
    const file = await readMultipartFile(request(body, 100, 'multipart/form-data; boundary="q b"'), options());
    expect(file).toMatchObject({ filename: '发票.pdf', mimetype: 'text/plain', sha256: sha });
  });

  it('no file under the field: undefined; a field named file without a filename is not a file', async () => {
    const body = form([{ headers: ['Content-Disposition: form-data; name="file"'], body: 'text' }]);
    expect(await readMultipartFile(request(body, 50), options())).toBeUndefined();
  });

  it('over memoryBytes: a temp file with the bytes', async () => {
    const file = await readMultipartFile(request(form([{ headers: ['Content-Disposition: form-data; name="file"; filename="a.pdf"'], body: pdf }]), 500), options({ memoryBytes: 1000 }));
    expect(file!.bytes).toBeUndefined();
    expect(fs.readFileSync(file!.path!).equals(pdf)).toBe(true);
    expect(file!.head!.equals(pdf.subarray(0, 1024))).toBe(true);
    expect(file!.sha256).toBe(sha);
  });

  it('errors: over the size limit (temp file removed), two files, no closing boundary, no boundary', async () => {
    const before = fs.readdirSync(dir).length;
    const one = { headers: ['Content-Disposition: form-data; name="file"; filename="a.pdf"'], body: pdf };
    await expect(readMultipartFile(request(form([one]), 500), options({ maxFileBytes: 4000, memoryBytes: 1000 }))).rejects.toMatchObject({ code: 'FILE_SIZE_EXCEEDED' });
    expect(fs.readdirSync(dir).length).toBe(before);
    await expect(readMultipartFile(request(form([one, one]), 500), options())).rejects.toMatchObject({ code: 'TOO_MANY_FILES', status: 400 });
    const cut = form([one]).subarray(0, 3000);
    await expect(readMultipartFile(request(cut, 500), options())).rejects.toMatchObject({ code: 'INVALID_MULTIPART', status: 400 });
    await expect(readMultipartFile(request(form([one]), 500, 'multipart/form-data'), options())).rejects.toMatchObject({ code: 'INVALID_MULTIPART' });
  });

  it('a client that goes away mid-upload: rejected, and the temp file removed', async () => {
    const before = fs.readdirSync(dir).length;
    const req = new PassThrough() as unknown as IncomingMessage & PassThrough;
    Object.assign(req, { headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, complete: false });
    const body = form([{ headers: ['Content-Disposition: form-data; name="file"; filename="a.pdf"'], body: pdf }]);
    const reading = readMultipartFile(req, options({ memoryBytes: 1000 }));
    req.write(body.subarray(0, 4000));
    setTimeout(() => req.destroy(), 20);
    await expect(reading).rejects.toMatchObject({ code: 'UPLOAD_ABORTED' });
    expect(fs.readdirSync(dir).length).toBe(before);
  });
});
