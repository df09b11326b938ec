import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cache } from '../../src/core/cache.js';
import { tmpDir } from '../helpers/cli.js';

const key = (s: string) => Cache.key({ input: s, operation: 'test', options: {}, version: '1' });

/** Every file below `dir`, relative. */
const filesBelow = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []);

describe('cache locks and folders that are damaged', () => {
  for (const [what, content] of [['empty', ''], ['unreadable', '{"pid":12'], ['not an object', 'null']] as const) {
    it(`takes over at once a fresh lock that is ${what} (a process killed while writing it)`, async () => {
      const cache = new Cache({ dir: tmpDir(), staleLockMs: 60_000, pollMs: 10 });
      const file = cache.pathOf('test', key(what));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(`${file}.lock`, content);
      expect(await cache.status('test', key(what))).toBe('MISS');
      const r = await cache.getOrBuildJson('test', key(what), async () => ({ rebuilt: what }));
      expect(r).toEqual({ value: { rebuilt: what }, status: 'MISS' });
      expect(fs.existsSync(`${file}.lock`)).toBe(false);
    });
  }

  it('a lock is never seen empty: it appears with its holder written', async () => {
    const cache = new Cache({ dir: tmpDir() });
    const file = cache.pathOf('test', key('seen'));
    let seen = '';
    await cache.getOrBuild('test', key('seen'), async () => {
      seen = fs.readFileSync(`${file}.lock`, 'utf8');
      return Buffer.from('v');
    });
    expect(JSON.parse(seen)).toMatchObject({ pid: process.pid });
    expect(filesBelow(path.dirname(file)).sort()).toEqual([path.basename(file)]);
  });

  it('a cache folder that cannot be created is skipped with one warning; every build still succeeds', async () => {
    const blocker = path.join(tmpDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const warnings: string[] = [];
    const cache = new Cache({ dir: path.join(blocker, 'cache'), onWarning: (m) => warnings.push(m) });
    for (const k of ['a', 'b', 'c']) {
      const r = await cache.getOrBuild('test', key(k), async () => Buffer.from(`value ${k}`));
      expect([Buffer.from(r.value).toString(), r.status]).toEqual([`value ${k}`, 'MISS']);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('cannot be written');
  });

  it('a value that cannot be stored is returned all the same, with one warning and no lock left', async () => {
    const dir = tmpDir();
    const warnings: string[] = [];
    const cache = new Cache({ dir, onWarning: (m) => warnings.push(m) });
    // A folder where the value should go: writing it fails as a full disk would, after the lock was taken.
    const file = cache.pathOf('test', key('full'));
    fs.mkdirSync(file, { recursive: true });
    fs.writeFileSync(path.join(file, 'x'), 'x');
    const r = await cache.getOrBuild('test', key('full'), async () => Buffer.from('built'));
    expect([Buffer.from(r.value).toString(), r.status]).toEqual(['built', 'MISS']);
    expect(warnings).toHaveLength(1);
    expect(filesBelow(dir).filter((f) => f.endsWith('.lock') || f.endsWith('.tmp'))).toEqual([]);
  });
});
