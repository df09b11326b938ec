import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDigitalPdf } from '../../src/extract/read-digital.js';
import { allFixturePdfs } from '../invoice/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OPTIONS = { templates: [], qr: 'auto' as const, maxPages: 50 };

// The compiled module starts real threads (npm test builds first); from sources it would read in-process.
const compiled = () => import(path.join(ROOT, 'dist/extract/document-threads.js')) as Promise<typeof import('../../src/extract/document-threads.js')>;

describe('document threads', () => {
  it('read every fixture PDF on threads as readDigitalPdf reads it here (parts, pages, and null for what readPdf must read)', async () => {
    const { createDocumentThreads } = await compiled();
    const pool = createDocumentThreads(2, OPTIONS);
    try {
      const files = allFixturePdfs();
      const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
      const onThreads = await Promise.all(bytes.map((b) => pool.read(b)));
      const here = bytes.map((b) => readDigitalPdf(b, OPTIONS));
      expect(onThreads).toEqual(here);
      // Most fixtures are digital invoices, read whole on the threads; the scans come back as null.
      const read = onThreads.filter((r) => r !== null);
      expect(read.length).toBeGreaterThan(files.length / 2);
      expect(read.every((r) => r!.parts.length > 0 && r!.pages > 0)).toBe(true);
      expect(onThreads.some((r) => r === null)).toBe(true);
    } finally {
      await pool.destroy();
    }
  });

  it('read on a thread and on the calling thread (a CLI batch: the thread has its queue full), some taken back, as readDigitalPdf reads each document here', async () => {
    const { createDocumentThreads } = await compiled();
    const pool = createDocumentThreads(2, OPTIONS, { callerReads: true });
    try {
      const bytes = allFixturePdfs().map((f) => new Uint8Array(readFileSync(f)));
      // All at once: the one thread gets its queue, and the calling thread reads the rest.
      const reads = bytes.map((b) => pool.read(b));
      // And takes back, once the last is handed out, what the thread has not started.
      pool.lastHandedOut();
      expect(await Promise.all(reads)).toEqual(bytes.map((b) => readDigitalPdf(b, OPTIONS)));
    } finally {
      await pool.destroy();
    }
  });

  it('a batch whose thread has not started its documents when the last is handed out: the calling thread takes them back and reads them', async () => {
    const { createDocumentThreads } = await compiled();
    const scripts = (await import(path.join(ROOT, 'dist/extract/thread-script.js'))) as typeof import('../../src/extract/thread-script.js');
    // A thread that never gets to its documents (as a thread still starting, or one busy with a long document).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-thread-'));
    const stuck = path.join(dir, 'stuck-thread.mjs');
    writeFileSync(stuck, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => {});\n");
    const script = scripts.documentThreadScript();
    scripts.useDocumentThreadScript(stuck);
    const pool = createDocumentThreads(2, OPTIONS, { callerReads: true });
    try {
      const bytes = allFixturePdfs().map((f) => new Uint8Array(readFileSync(f)));
      const reads = bytes.map((b) => pool.read(b));
      pool.lastHandedOut();
      expect(await Promise.all(reads)).toEqual(bytes.map((b) => readDigitalPdf(b, OPTIONS)));
      // Sent nothing more once documents are taken back: a later document is read here too.
      expect(await pool.read(bytes[0])).toEqual(readDigitalPdf(bytes[0], OPTIONS));
    } finally {
      scripts.useDocumentThreadScript(script);
      await pool.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
    // A limit for a hang (documents left with the thread are never answered), not for slow work.
  }, 120_000);

  it('the thread reads only the documents it claims first, and a document is claimed once', async () => {
    const { claimDocument } = await compiled();
    const { Worker } = await import('node:worker_threads');
    const claims = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
    const invoice = new Uint8Array(readFileSync(allFixturePdfs().find((f) => f.includes(`${path.sep}invoices${path.sep}`))!));
    const worker = new Worker(path.join(ROOT, 'dist/extract/document-thread.js'), { workerData: { options: OPTIONS, claims } });
    try {
      // Sent (marked as the calling thread marks them: id + 1 in the slot id % length), then id 1 taken back.
      claims[1] = 2;
      claims[2] = 3;
      expect(claimDocument(claims, 1)).toBe(true);
      expect(claimDocument(claims, 1)).toBe(false);
      const answered = new Promise<{ id: number }>((resolve) => worker.once('message', resolve));
      worker.postMessage({ id: 1, bytes: invoice });
      worker.postMessage({ id: 2, bytes: invoice });
      expect((await answered).id).toBe(2);
      expect(claimDocument(claims, 2)).toBe(false);
    } finally {
      await worker.terminate();
    }
  });

  it('read a real Chinese invoice with its QR code on the threads when no rendering is needed, as readPdf reads it; a JBIG2 code comes back as null', async () => {
    const { createDocumentThreads } = await compiled();
    const always = { ...OPTIONS, qr: 'always' as const };
    const pool = createDocumentThreads(1, always);
    try {
      const cn = path.join(ROOT, '..', 'shared', 'corpus', 'cn-pdf');
      const file = readdirSync(cn).filter((n) => n.endsWith('.pdf')).sort()[0];
      const bytes = new Uint8Array(readFileSync(path.join(cn, file)));
      const onThread = await pool.read(bytes);
      expect(onThread).toEqual(readDigitalPdf(bytes, always));
      expect(onThread!.qr?.source).toBe('qr');
      const { qrFromPdf } = await import('../../src/extract/qr.js');
      expect(onThread!.qr).toEqual(await qrFromPdf(bytes, { maxPixels: 50_000_000 }));
      expect(onThread!.parts.at(-1)).toEqual(onThread!.qr);
      // The code of an OFD invoice converted to PDF is a JBIG2 image: readPdf (with the image decoders) reads it.
      const { ofdToPdf } = await import('../../src/ofd/to-pdf.js');
      const jbig2 = await ofdToPdf(new Uint8Array(readFileSync(path.join(ROOT, '..', 'shared', 'fixtures', 'real', 'ofd', 'ofdrw__zhejiang_vat_normal_1.ofd'))));
      expect(await pool.read(jbig2)).toBeNull();
    } finally {
      await pool.destroy();
    }
  });

  it('a thread that dies (here: out of memory as it starts) hands its document back as null for readPdf, and the next read tries a new one', async () => {
    const { createDocumentThreads } = await compiled();
    const pool = createDocumentThreads(1, OPTIONS, { heapMb: 1 });
    try {
      const invoice = new Uint8Array(readFileSync(allFixturePdfs().find((f) => f.includes(`${path.sep}invoices${path.sep}`))!));
      expect(readDigitalPdf(invoice, OPTIONS)).not.toBeNull();
      expect(await pool.read(invoice)).toBeNull();
      expect(await pool.read(invoice)).toBeNull();
    } finally {
      await pool.destroy();
    }
  });

  it('a batch of 100 documents or more (read on them) gives each document the result it gets in a batch of one', async () => {
    const { extract } = (await import(path.join(ROOT, 'dist/api/extract.js'))) as typeof import('../../src/api/extract.js');
    const { THREADED_BATCH } = await import('../../src/pdf/text-pool.js');
    const sources = allFixturePdfs();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-batch-'));
    try {
      // Byte-unique copies (a comment after %%EOF), so no result is a duplicate of another.
      for (let i = 0; i < THREADED_BATCH; i++) {
        const source = sources[i % sources.length];
        writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${path.basename(source)}`), Buffer.concat([readFileSync(source), Buffer.from(`\n%copy-${i}\n`)]));
      }
      // Bad inputs among them: a PDF cut off after its header, and one that is no PDF at all.
      const first = readFileSync(sources[0]);
      writeFileSync(path.join(dir, '900-truncated.pdf'), first.subarray(0, 400));
      writeFileSync(path.join(dir, '901-not-a-pdf.pdf'), Buffer.from('just some text, no document\n'));
      const comparable = (r: { invoice: unknown; status: string; source: unknown; checks: unknown; pages: number; error?: unknown }) => ({ invoice: r.invoice, status: r.status, source: r.source, checks: r.checks, pages: r.pages, error: r.error });
      const batch = await extract({ inputs: [dir], concurrency: 2 });
      const names = readdirSync(dir).sort();
      expect(batch.results).toHaveLength(THREADED_BATCH + 2);
      expect(batch.results.filter((r) => r.status !== 'failed').length).toBeGreaterThan(THREADED_BATCH / 2);
      expect(batch.results.slice(-2).map((r) => [r.status, r.error?.code])).toEqual([['failed', 'PDF_CORRUPT'], ['failed', 'INVALID_FILE_TYPE']]);
      for (const i of [...sources.keys(), THREADED_BATCH, THREADED_BATCH + 1]) {
        const [alone] = (await extract({ inputs: [path.join(dir, names[i])], concurrency: 1 })).results;
        expect({ file: names[i], ...comparable(batch.results[i]) }).toEqual({ file: names[i], ...comparable(alone) });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
