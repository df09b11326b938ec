import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { sniffFileType } from '../../src/core/filetype.js';
import { collectInputs, isUnsafeEntryName, loadInput } from '../../src/core/inputs.js';
import { runBatch } from '../../src/core/pipeline.js';
import { tmpDir } from '../helpers/cli.js';

const limits = defaultConfig().limits;

describe('file types from magic bytes', () => {
  it('recognises each type whatever the name', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe('png');
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffFileType(Buffer.from('II*\0abcd', 'latin1'))).toBe('tiff');
    expect(sniffFileType(Buffer.from('\ufeff<?xml version="1.0"?><a/>'))).toBe('xml');
    const zip = new AdmZip();
    zip.addFile('a.txt', Buffer.from('x'));
    expect(sniffFileType(zip.toBuffer())).toBe('zip');
    expect(sniffFileType(zip.toBuffer(), () => true)).toBe('ofd');
    expect(sniffFileType(Buffer.from('hello, this is text'))).toBeNull();
  });
});

describe('collecting inputs', () => {
  it('walks folders recursively, expands globs and ZIPs (entries in folders too), labels by folder', async () => {
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'travel', 'taxi'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'travel', 'taxi', 'a.pdf'), '%PDF-1.4 a');
    fs.writeFileSync(path.join(dir, 'travel', 'b.pdf'), '%PDF-1.4 b');
    fs.writeFileSync(path.join(dir, 'travel', 'notes.txt'), 'not an invoice');
    const zip = new AdmZip();
    zip.addFile('meals/c.pdf', Buffer.from('%PDF-1.4 c'));
    zip.addFile('d.pdf', Buffer.from('%PDF-1.4 d'));
    fs.writeFileSync(path.join(dir, 'more.zip'), zip.toBuffer());
    const { files, errors } = await collectInputs(['travel', 'more.zip', '*.none', 'travel/**/*.pdf'], { limits, cwd: dir });
    expect(files.map((f) => [f.name, f.folder])).toEqual([
      [path.join('travel', 'b.pdf'), 'travel'],
      [path.join('travel', 'taxi', 'a.pdf'), 'taxi'],
      ['more.zip/d.pdf', 'more'],
      ['more.zip/meals/c.pdf', 'meals'],
      ['travel/b.pdf', 'travel'],
      ['travel/taxi/a.pdf', 'taxi'],
    ]);
    expect(errors).toEqual([{ name: '*.none', error: expect.objectContaining({ code: 'FILE_NOT_FOUND' }) }]);
    expect(Buffer.from(await files[3].read()).toString()).toBe('%PDF-1.4 c');
  });

  it("names a folder's files as path.join(folder as written, file) for every spelling of the folder, in name order", async () => {
    const dir = tmpDir();
    const files = ['b.pdf', 'A.pdf', 'a.pdf', path.join('sub', 'z.pdf'), path.join('sub', 'deeper', 'é.pdf'), 'ä.pdf'];
    for (const f of files) {
      fs.mkdirSync(path.join(dir, 'inv', path.dirname(f)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'inv', f), '%PDF-1.4');
    }
    const sorted = [...files].sort((a, b) => a.localeCompare(b, 'en'));
    for (const spec of ['inv', `.${path.sep}inv${path.sep}`, `inv${path.sep}..${path.sep}inv`, path.join(dir, 'inv'), `inv${path.sep}${path.sep}`]) {
      const found = await collectInputs([spec], { limits, cwd: dir });
      expect(found.errors).toEqual([]);
      expect(found.files.map((f) => f.name)).toEqual(sorted.map((f) => path.join(spec, f)));
      expect(found.files.map((f) => f.folder)).toEqual(sorted.map((f) => (path.dirname(f) === '.' ? 'inv' : path.basename(path.dirname(f)))));
      expect((await Promise.all(found.files.map((f) => f.read()))).every((b) => Buffer.from(b).toString() === '%PDF-1.4')).toBe(true);
    }
    const here = await collectInputs(['.'], { limits, cwd: path.join(dir, 'inv') });
    expect(here.files.map((f) => f.name)).toEqual(sorted);
  });

  it('refuses ZIP entries with .. or absolute paths, keeps the safe ones', async () => {
    expect(isUnsafeEntryName('../x.pdf')).toBe(true);
    expect(isUnsafeEntryName('a/../../x.pdf')).toBe(true);
    expect(isUnsafeEntryName('/etc/passwd')).toBe(true);
    expect(isUnsafeEntryName('C:/x.pdf')).toBe(true);
    expect(isUnsafeEntryName('a/b..c.pdf')).toBe(false);
    const bytes = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'bad', 'traversal.zip'));
    const { files, errors } = await collectInputs([{ name: 'up.zip', bytes }], { limits });
    expect(errors.map((e) => e.error.code)).toEqual(['ZIP_UNSAFE_PATH']);
    expect(files).toHaveLength(1);
  });

  it('bounds ZIP entry count and decompressed size', async () => {
    const zip = new AdmZip();
    for (let i = 0; i < 5; i++) zip.addFile(`f${i}.pdf`, Buffer.alloc(1000, 0x20));
    const bytes = zip.toBuffer();
    const many = await collectInputs([{ name: 'many.zip', bytes }], { limits: { ...limits, maxZipEntries: 4 } });
    expect(many.errors[0].error.code).toBe('ZIP_TOO_MANY_ENTRIES');
    const big = await collectInputs([{ name: 'big.zip', bytes }], { limits: { ...limits, maxZipBytes: 4000 } });
    expect(big.errors[0].error.code).toBe('ZIP_TOO_LARGE');
  });

  it('refuses empty and oversized files, reads stdin for -', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'empty.pdf'), '');
    fs.writeFileSync(path.join(dir, 'big.pdf'), Buffer.alloc(2000, 0x25));
    const r = await collectInputs(['empty.pdf', 'big.pdf', '-', 'missing.pdf'], { limits: { ...limits, maxFileBytes: 1000 }, cwd: dir, stdin: Readable.from([Buffer.from('%PDF-1.4 stdin')]) });
    expect(r.errors.map((e) => e.error.code)).toEqual(['FILE_EMPTY', 'FILE_SIZE_EXCEEDED', 'FILE_NOT_FOUND']);
    expect(r.files.map((f) => f.name)).toEqual(['-']);
    const loaded = await loadInput(r.files[0]);
    expect(loaded.type).toBe('pdf');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads files whole, small and large, with the SHA-256 of their bytes; a file gone since it was listed is FILE_NOT_FOUND', async () => {
    const dir = tmpDir();
    const sizes = [8, 4096, 300_000, (4 << 20) + 3, (1 << 20) + 1];
    sizes.forEach((size, i) => {
      const bytes = Buffer.alloc(size, i + 1);
      Buffer.from('%PDF-').copy(bytes);
      fs.writeFileSync(path.join(dir, `f${i}.pdf`), bytes);
    });
    fs.writeFileSync(path.join(dir, 'gone.pdf'), '%PDF-1.4 gone');
    const { files } = await collectInputs([dir], { limits, cwd: dir });
    fs.rmSync(path.join(dir, 'gone.pdf'));
    for (const file of files.filter((f) => !f.name.endsWith('gone.pdf'))) {
      const expected = fs.readFileSync(path.join(dir, path.basename(file.name)));
      const input = await loadInput(file);
      expect(Buffer.compare(Buffer.from(input.bytes), expected)).toBe(0);
      expect(input.sha256).toBe(crypto.createHash('sha256').update(expected).digest('hex'));
      expect(input.type).toBe('pdf');
    }
    await expect(loadInput(files.find((f) => f.name.endsWith('gone.pdf'))!)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });

  it('a text file named .pdf is INVALID_FILE_TYPE when loaded', async () => {
    const { files } = await collectInputs([{ name: 'fake.pdf', bytes: Buffer.from('just some text') }], { limits });
    await expect(loadInput(files[0])).rejects.toMatchObject({ code: 'INVALID_FILE_TYPE' });
  });
});

describe('batch runner', () => {
  it('keeps input order, records failures without stopping, respects concurrency and abort', async () => {
    let running = 0;
    let peak = 0;
    const events: number[] = [];
    const results = await runBatch(
      [30, 10, 20, -1, 5],
      async (ms) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, Math.abs(ms)));
        running--;
        if (ms < 0) throw new Error('boom');
        return ms * 2;
      },
      { concurrency: 2, onProgress: (e) => events.push(e.done) },
    );
    expect(results.map((r) => (r.ok ? r.value : r.error.code))).toEqual([60, 20, 40, 'INTERNAL_ERROR', 10]);
    expect(peak).toBe(2);
    expect(events).toEqual([1, 2, 3, 4, 5]);

    const controller = new AbortController();
    const aborted = await runBatch([1, 2, 3], async (n) => {
      if (n === 1) controller.abort();
      return n;
    }, { concurrency: 1, signal: controller.signal });
    expect(aborted.map((r) => (r.ok ? r.value : r.error.code))).toEqual([1, 'ABORTED', 'ABORTED']);
  });
});
