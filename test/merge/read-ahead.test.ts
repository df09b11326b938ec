/**
 * The read-ahead thread of a one-pass merge: each input's bytes and SHA-256 as the file holds them, null
 * for what is not a file on disk or cannot be read (the main thread then reads it and reports the
 * error), and a thread waiting for room in its window stops when asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { collectInputs, sha256 } from '../../src/core/inputs.js';
import { SHARED, tmpDir } from '../helpers/cli.js';

// The compiled module starts a real thread (npm test builds first); from sources there is no thread script.
const compiled = () => import(path.join(import.meta.dirname, '..', '..', 'dist/merge/read-ahead.js')) as Promise<typeof import('../../src/merge/read-ahead.js')>;
const limits = defaultConfig().limits;

function realInvoices(): string {
  const dir = tmpDir();
  for (const d of ['corpus/cn-pdf', 'corpus/western-pdf']) {
    for (const name of fs.readdirSync(path.join(SHARED, d)).filter((n) => n.endsWith('.pdf'))) fs.copyFileSync(path.join(SHARED, d, name), path.join(dir, name));
  }
  return dir;
}

describe('merge read-ahead thread', () => {
  it("hands over every file's bytes and SHA-256, and null for bytes given and a file gone", async () => {
    const { startReadAhead } = await compiled();
    const dir = realInvoices();
    const given = { name: 'given.pdf', bytes: fs.readFileSync(path.join(SHARED, 'corpus', 'cn-pdf', fs.readdirSync(path.join(SHARED, 'corpus', 'cn-pdf')).find((n) => n.endsWith('.pdf'))!)) };
    const { files } = await collectInputs([dir, given], { limits });
    const gone = files.findIndex((f) => f.name !== 'given.pdf');
    const goneBytes = await files[gone].read();
    fs.rmSync(path.join(dir, path.basename(files[gone].name)));
    const readAhead = startReadAhead(files, 2)!;
    expect(readAhead).not.toBeNull();
    try {
      let handed = 0;
      for (const [i, file] of files.entries()) {
        const read = await readAhead.take(i);
        if (file.name === 'given.pdf' || i === gone) {
          expect(read, file.name).toBeNull();
          continue;
        }
        const bytes = fs.readFileSync(path.join(dir, path.basename(file.name)));
        expect(Buffer.from(read!.bytes).equals(bytes), file.name).toBe(true);
        expect(read!.sha256).toBe(sha256(bytes));
        handed += 1;
      }
      expect(handed).toBe(files.length - 2);
      expect(goneBytes.length).toBeGreaterThan(0);
    } finally {
      await readAhead.stop();
    }
  });

  it('stops when asked while its window is full', async () => {
    const { startReadAhead } = await compiled();
    const dir = tmpDir();
    // 24 MB of inputs, more than the thread reads ahead of the main thread.
    const invoice = fs.readFileSync(path.join(SHARED, 'corpus', 'western-pdf', fs.readdirSync(path.join(SHARED, 'corpus', 'western-pdf')).find((n) => n.endsWith('.pdf'))!));
    for (let i = 0, bytes = 0; bytes < 24 << 20; i++, bytes += invoice.length) fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.pdf`), invoice);
    const { files } = await collectInputs([dir], { limits });
    const readAhead = startReadAhead(files, 2)!;
    // The first input arrives; the thread then fills its window and waits for inputs to be taken.
    expect((await readAhead.take(0))?.bytes.length).toBe(invoice.length);
    await readAhead.stop();
  });

  it('fills the space given back, and never a place still held', async () => {
    const { startReadAhead } = await compiled();
    const dir = tmpDir();
    // 48 MB of byte-unique real invoices: more than the thread's ring holds, so it goes round it.
    const sources = ['corpus/cn-pdf', 'corpus/western-pdf'].flatMap((d) =>
      fs.readdirSync(path.join(SHARED, d)).filter((n) => n.endsWith('.pdf')).sort().map((n) => fs.readFileSync(path.join(SHARED, d, n))),
    );
    const expected: Buffer[] = [];
    for (let i = 0, bytes = 0; bytes < 48 << 20; i++) {
      const copy = Buffer.concat([sources[i % sources.length], Buffer.from(`\n% copy ${i}\n`)]);
      fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.pdf`), copy);
      expected.push(copy);
      bytes += copy.length;
    }
    const { files } = await collectInputs([dir], { limits });
    const readAhead = startReadAhead(files, 2)!;
    try {
      // The first input is held to the end; every other one is given back once checked.
      const held = (await readAhead.take(0))!;
      expect(held.release).toBeDefined();
      let inRing = 1;
      for (let i = 1; i < files.length; i++) {
        const read = (await readAhead.take(i))!;
        expect(Buffer.from(read.bytes).equals(expected[i]), files[i].name).toBe(true);
        expect(read.sha256).toBe(sha256(expected[i]));
        if (read.release) inRing += 1;
        read.release?.();
        // Given back out of order: held by the first until it is given back too.
        expect(Buffer.from(held.bytes).equals(expected[0])).toBe(true);
      }
      expect(Buffer.from(held.bytes).equals(expected[0])).toBe(true);
      // Some inputs were read into the ring, and, its space held from the first on, not all of them.
      expect(inRing).toBeGreaterThan(1);
      expect(inRing).toBeLessThan(files.length);
      held.release!();
    } finally {
      await readAhead.stop();
    }
  });

  it('goes round its ring when every input is given back in order', async () => {
    const { startReadAhead } = await compiled();
    const dir = tmpDir();
    const invoice = fs.readFileSync(path.join(SHARED, 'corpus', 'western-pdf', fs.readdirSync(path.join(SHARED, 'corpus', 'western-pdf')).find((n) => n.endsWith('.pdf'))!));
    const expected: Buffer[] = [];
    for (let i = 0, bytes = 0; bytes < 48 << 20; i++, bytes += invoice.length + 16) {
      const copy = Buffer.concat([invoice, Buffer.from(`\n% copy ${String(i).padStart(6, '0')}\n`)]);
      fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.pdf`), copy);
      expected.push(copy);
    }
    const { files } = await collectInputs([dir], { limits });
    const readAhead = startReadAhead(files, 2)!;
    try {
      let inRing = 0;
      for (let i = 0; i < files.length; i++) {
        const read = (await readAhead.take(i))!;
        expect(Buffer.from(read.bytes).equals(expected[i]), files[i].name).toBe(true);
        if (read.release) inRing += 1;
        read.release?.();
      }
      // Twice the ring's size went through it.
      expect(inRing).toBe(files.length);
    } finally {
      await readAhead.stop();
    }
  });

  it('is not started with one thread allowed', async () => {
    const { startReadAhead } = await compiled();
    const { files } = await collectInputs([realInvoices()], { limits });
    expect(startReadAhead(files, 1)).toBeNull();
  });
});
