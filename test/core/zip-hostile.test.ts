import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { collectInputs, loadInput } from '../../src/core/inputs.js';
import { endRecord, writeZip } from '../helpers/zip-writer.js';
import { tmpDir } from '../helpers/cli.js';

const limits = defaultConfig().limits;
const pdf = (text: string) => Buffer.from(`%PDF-1.4 ${text}`);

describe('hostile ZIP archives', () => {
  it('refuses an archive from the entry count of its end record, before reading any entry', async () => {
    // The end record claims 800,000 entries; there is no directory at all behind it.
    const liar = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60), endRecord(800_000, 800_000 * 46, 0, 64)]);
    const { files, errors } = await collectInputs([{ name: 'many.zip', bytes: liar }], { limits });
    expect(files).toEqual([]);
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([['many.zip', 'ZIP_TOO_MANY_ENTRIES']]);
    expect(errors[0].error.message).toContain('800000 entries');
  });

  it('refuses a real archive of more entries than the limit, and keeps the good file beside it', async () => {
    const dir = tmpDir();
    const entries = Array.from({ length: 20_000 }, (_, i) => ({ name: `e${i}.pdf`, data: pdf(String(i)) }));
    fs.writeFileSync(path.join(dir, 'many.zip'), writeZip(entries));
    fs.writeFileSync(path.join(dir, 'good.pdf'), pdf('good'));
    const { files, errors } = await collectInputs(['good.pdf', 'many.zip'], { limits, cwd: dir });
    expect(files.map((f) => f.name)).toEqual(['good.pdf']);
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([['many.zip', 'ZIP_TOO_MANY_ENTRIES']]);
  });

  it('names the method of an entry it cannot inflate, and reads the others', async () => {
    const bytes = writeZip([
      { name: 'a.pdf', data: pdf('a'), method: 8 },
      { name: 'b.pdf', data: Buffer.from('BZh91AY&SY...'), method: 12 },
      { name: 'c.pdf', data: Buffer.from([0x09, 0x14, 0x05, 0x00]), method: 14 },
      { name: 'd.pdf', data: pdf('d') },
    ]);
    const { files, errors } = await collectInputs([{ name: 'mixed.zip', bytes }], { limits });
    expect(files.map((f) => f.name)).toEqual(['mixed.zip/a.pdf', 'mixed.zip/d.pdf']);
    expect(errors.map((e) => [e.name, e.error.code, e.error.details?.method])).toEqual([
      ['mixed.zip/b.pdf', 'ZIP_UNSUPPORTED_METHOD', 'bzip2'],
      ['mixed.zip/c.pdf', 'ZIP_UNSUPPORTED_METHOD', 'LZMA'],
    ]);
    expect(errors[0].error.message).toContain('bzip2');
    const loaded = await Promise.all(files.map((f) => loadInput(f)));
    expect(loaded.map((l) => Buffer.from(l.bytes).toString())).toEqual(['%PDF-1.4 a', '%PDF-1.4 d']);
  });

  it('makes a name two entries share that name’s error, not the archive’s', async () => {
    const bytes = writeZip([
      { name: 'x.pdf', data: pdf('first') },
      { name: 'ok.pdf', data: pdf('ok'), method: 8 },
      { name: 'x.pdf', data: pdf('second') },
    ]);
    const { files, errors } = await collectInputs([{ name: 'dup.zip', bytes }], { limits });
    expect(files.map((f) => f.name)).toEqual(['dup.zip/ok.pdf']);
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([['dup.zip/x.pdf', 'ZIP_DUPLICATE_ENTRY']]);
  });

  it('finds damaged entry data (checksum, truncation) when the entry is read', async () => {
    const bytes = writeZip([{ name: 'a.pdf', data: pdf('aaaa') }, { name: 'b.pdf', data: pdf('bbbb') }]);
    bytes[30 + 'a.pdf'.length + 10] ^= 0xff; // a byte of a.pdf's stored data
    const { files } = await collectInputs([{ name: 'crc.zip', bytes }], { limits });
    await expect(loadInput(files[0])).rejects.toMatchObject({ code: 'ZIP_CORRUPT' });
    expect(Buffer.from((await loadInput(files[1])).bytes).toString()).toBe('%PDF-1.4 bbbb');
  });

  it('reads an archive whose end record is in ZIP64 form', async () => {
    const entries = Array.from({ length: 0x10000 + 3 }, (_, i) => ({ name: `${i}.txt` }));
    entries.push({ name: 'z.pdf', data: pdf('z') } as never);
    const bytes = writeZip(entries);
    const { files, errors } = await collectInputs([{ name: 'z64.zip', bytes }], { limits: { ...limits, maxZipEntries: 100_000 } });
    expect(errors).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['z64.zip/z.pdf']);
  });
});
