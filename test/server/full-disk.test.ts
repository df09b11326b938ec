/**
 * The data directory on a full disk: uploads fail with 507 in each spec's shape, the server stays up
 * and healthy again once space returns, and SIGTERM stops it. The disk is a small tmpfs, which needs
 * the right to mount (root); elsewhere the test is skipped.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/cli.js';
import { startServe } from './helpers.js';
import { invoiceFixtures } from './processor-fixtures.js';

const mountPoint = tmpDir('invoicectl-full-');
const mounted = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountPoint], { stdio: 'ignore' });
});

/** Writes until the file system refuses: what is left is less than one block. */
function fill(file: string): void {
  const fd = fs.openSync(file, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, block);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    fs.closeSync(fd);
  }
  const small = Buffer.alloc(512, 1);
  try {
    for (;;) fs.appendFileSync(file, small);
  } catch {
    // full
  }
}

describe.skipIf(!mounted)('a full disk', () => {
  it('fails uploads with 507, keeps serving, recovers when space returns, and stops on SIGTERM', async () => {
    const server = await startServe({ dataDir: path.join(mountPoint, 'data'), serve: { rateLimitPerMinute: 100_000 } });
    try {
      const [invoice] = invoiceFixtures();
      const session = ((await (await fetch(`${server.url}/api/session`, { method: 'POST' })).json()) as { session_id: string }).session_id;
      const uploadProcessor = () => {
        const form = new FormData();
        form.append('files', new Blob([invoice.bytes], { type: 'application/pdf' }), invoice.name);
        return fetch(`${server.url}/api/upload/`, { method: 'POST', headers: { 'x-session-id': session }, body: form });
      };
      const uploadInvoice = () => {
        const form = new FormData();
        form.append('file', new Blob([invoice.bytes], { type: 'application/pdf' }), invoice.name);
        return fetch(`${server.url}/api/v1/invoices/upload`, { method: 'POST', body: form });
      };
      const filler = path.join(mountPoint, 'filler');
      fill(filler);

      for (let i = 0; i < 3; i++) {
        const refused = await uploadProcessor();
        expect(refused.status).toBe(507);
        expect(await refused.json()).toMatchObject({ error: true, code: 'STORAGE_FULL' });
      }
      const invoiceRefused = await uploadInvoice();
      expect(invoiceRefused.status).toBe(507);
      expect(await invoiceRefused.json()).toMatchObject({ code: 5001, data: null });
      // Still answering.
      expect((await fetch(`${server.url}/api/task/`, { headers: { 'x-session-id': session } })).status).toBe(200);

      fs.rmSync(filler);
      const accepted = await uploadInvoice();
      expect(accepted.status).toBe(200);
      expect(((await accepted.json()) as { data: { fileName: string } }).data.fileName).toBe(invoice.name);
      expect((await (await fetch(`${server.url}/api/health`)).json()).status).toBe('healthy');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
