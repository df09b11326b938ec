/**
 * The file sink: writeMany's chunks are written on the thread pool at the place each was given, write's
 * here, past a bound in flight here too; the target appears whole at commit, never before.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openSink } from '../../src/core/sink.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

/** Chunks of random bytes of varied sizes (empty ones too), `total` bytes in all. */
function chunks(total: number, seed: number): Buffer[] {
  const out: Buffer[] = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const size = Math.min(left, i % 7 === 3 ? 0 : ((i * 7919 + seed) % 5000) + 1);
    out.push(crypto.randomBytes(size));
    left -= size;
  }
  return out;
}

it('writes writeMany and write chunks in the order given, over 1024 chunks a call and past the bound in flight', async () => {
  const dir = tmpDir();
  const target = path.join(dir, 'out.pdf');
  const sink = openSink(target);
  const expected: Buffer[] = [];
  const many = (cs: Buffer[]) => {
    sink.writeMany(cs);
    expected.push(...cs);
  };
  const one = (c: Buffer) => {
    sink.write(c);
    expected.push(c);
  };
  one(Buffer.from('%PDF-1.7\n'));
  many(chunks(3_000_000, 1)); // ~1,200 chunks in one call
  one(crypto.randomBytes(10));
  // 40 MB handed over without the event loop turning: past 32 MB the sink writes synchronously.
  for (let i = 0; i < 40; i++) many([crypto.randomBytes(1 << 20)]);
  one(Buffer.from('%%EOF\n'));
  many(chunks(100_000, 2));
  expect(fs.existsSync(target)).toBe(false);
  await sink.commit();
  expect(fs.readFileSync(target).equals(Buffer.concat(expected))).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(['out.pdf']);
});

it('leaves neither target nor temporary file when discarded while writes are in flight', async () => {
  const dir = tmpDir();
  const sink = openSink(path.join(dir, 'out.pdf'));
  for (let i = 0; i < 8; i++) sink.writeMany([crypto.randomBytes(1 << 20)]);
  await sink.discard();
  expect(fs.readdirSync(dir)).toEqual([]);
});

it('reports a write the system refused on the thread pool at commit, and discards cleanly (file size limit)', () => {
  const dir = tmpDir();
  const script = `
    import { openSink } from ${JSON.stringify(path.join(ROOT, 'dist', 'core', 'sink.js'))};
    const sink = openSink(${JSON.stringify(path.join(dir, 'out.pdf'))});
    sink.writeMany([Buffer.alloc(1 << 20, 1)]);
    try {
      await sink.commit();
      console.log('committed');
    } catch (err) {
      await sink.discard();
      console.log('refused ' + err.code);
    }`;
  // ulimit -f counts 1024-byte blocks: 256 KB, less than the 1 MB written.
  const run = spawnSync('bash', ['-c', `ulimit -f 256 && exec "${process.execPath}" --input-type=module -e "$0"`, script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout.trim()).toBe('refused EFBIG');
  expect(fs.readdirSync(dir)).toEqual([]);
});
