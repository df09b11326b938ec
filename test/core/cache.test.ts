import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cache, stableStringify } from '../../src/core/cache.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

const key = (s: string) => Cache.key({ input: s, operation: 'test', options: { a: 1 }, version: '1' });

describe('cache', () => {
  it('keys change with any option and not with key order', () => {
    const a = Cache.key({ input: 'x', operation: 'merge', options: { b: 2, a: 1 }, version: '1' });
    expect(a).toBe(Cache.key({ version: '1', operation: 'merge', options: { a: 1, b: 2 }, input: 'x' } as never));
    expect(a).not.toBe(Cache.key({ input: 'x', operation: 'merge', options: { a: 1, b: 3 }, version: '1' }));
    expect(a).not.toBe(Cache.key({ input: 'x', operation: 'merge', options: { a: 1, b: 2 }, version: '2' }));
    expect(stableStringify({ b: [1, { d: 1, c: 2 }], a: undefined })).toBe('{"b":[1,{"c":2,"d":1}]}');
  });

  it('builds once (MISS), then answers from disk (HIT)', async () => {
    const cache = new Cache({ dir: tmpDir() });
    let builds = 0;
    const build = async () => {
      builds++;
      return Buffer.from('value');
    };
    expect((await cache.getOrBuild('test', key('a'), build)).status).toBe('MISS');
    const second = await cache.getOrBuild('test', key('a'), build);
    expect(second.status).toBe('HIT');
    expect(Buffer.from(second.value).toString()).toBe('value');
    expect(builds).toBe(1);
    expect(await cache.status('test', key('a'))).toBe('HIT');
  });

  it('a second caller waits for the build in progress instead of building again', async () => {
    const dir = tmpDir();
    const first = new Cache({ dir });
    const second = new Cache({ dir, pollMs: 10 });
    let builds = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = first.getOrBuild('test', key('b'), async () => {
      builds++;
      await gate;
      return Buffer.from('slow');
    });
    // The build has started (its lock is held) once its function runs.
    while (builds === 0) await new Promise((r) => setTimeout(r, 5));
    expect(await second.status('test', key('b'))).toBe('BUILDING');
    const waiting = second.getOrBuild('test', key('b'), async () => {
      builds++;
      return Buffer.from('other');
    });
    release();
    const [a, b] = await Promise.all([slow, waiting]);
    expect(a.status).toBe('MISS');
    expect(b.status).toBe('HIT');
    expect(Buffer.from(b.value).toString()).toBe('slow');
    expect(builds).toBe(1);
  });

  it('takes over a stale lock left by a dead process', async () => {
    const cache = new Cache({ dir: tmpDir(), staleLockMs: 500 });
    const file = cache.pathOf('test', key('c'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: 999999 }));
    const old = new Date(Date.now() - 5_000);
    fs.utimesSync(`${file}.lock`, old, old);
    expect(await cache.status('test', key('c'))).toBe('MISS');
    const r = await cache.getOrBuild('test', key('c'), async () => Buffer.from('rebuilt'));
    expect(r.status).toBe('MISS');
    expect(Buffer.from(r.value).toString()).toBe('rebuilt');
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over at once a fresh lock whose holder on this machine is gone (a killed server restarting)', async () => {
    const cache = new Cache({ dir: tmpDir(), staleLockMs: 60_000 });
    const file = cache.pathOf('test', key('d'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: gone, host: os.hostname() }));
    expect(await cache.status('test', key('d'))).toBe('MISS');
    // A live holder (this test's parent) or one on another machine keeps its lock until it goes stale.
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.ppid, host: os.hostname() }));
    expect(await cache.status('test', key('d'))).toBe('BUILDING');
    fs.writeFileSync(`${file}.lock`, JSON.stringify({ pid: gone, host: 'elsewhere' }));
    expect(await cache.status('test', key('d'))).toBe('BUILDING');
  });

  it('prunes entries unused past the TTL, and reports stats', async () => {
    const cache = new Cache({ dir: tmpDir(), ttlMs: 60_000 });
    await cache.put('test', key('old'), Buffer.from('12345'));
    await cache.put('test', key('new'), Buffer.from('123'));
    const old = new Date(Date.now() - 120_000);
    fs.utimesSync(cache.pathOf('test', key('old')), old, old);
    expect(await cache.stats()).toMatchObject({ entries: 2, bytes: 8, byOperation: { test: { entries: 2, bytes: 8 } } });
    expect(await cache.prune()).toEqual({ removed: 1, bytes: 5 });
    expect(await cache.get('test', key('old'))).toBeNull();
    expect(await cache.get('test', key('new'))).not.toBeNull();
  });
});

describe('cache through the CLI', () => {
  it('a second merge over the same inputs is a cache HIT; stats and prune see it', async () => {
    const dir = tmpDir();
    const cacheDir = path.join(dir, 'cache');
    const inputs = path.join(ROOT, 'fixtures', 'invoices', '餐饮');
    const first = await runCli(['merge', inputs, '-o', path.join(dir, 'a.pdf'), '--json', '--cache-dir', cacheDir]);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).documents.map((d: { cache: string }) => d.cache)).toEqual(['MISS', 'MISS']);
    const second = await runCli(['merge', inputs, '-o', path.join(dir, 'b.pdf'), '--json', '--cache-dir', cacheDir]);
    expect(JSON.parse(second.stdout).documents.map((d: { cache: string }) => d.cache)).toEqual(['HIT', 'HIT']);
    expect(fs.readFileSync(path.join(dir, 'a.pdf')).length).toBe(fs.readFileSync(path.join(dir, 'b.pdf')).length);

    const stats = JSON.parse((await runCli(['cache', 'stats', '--json', '--cache-dir', cacheDir])).stdout);
    expect(stats.byOperation['merge-analyze'].entries).toBe(2);
    const pruned = await runCli(['cache', 'prune', '--older-than', '0', '--cache-dir', cacheDir]);
    expect(pruned.stdout).toContain('removed 2');
    const noCache = await runCli(['merge', inputs, '-o', path.join(dir, 'c.pdf'), '--json', '--no-cache', '--cache-dir', cacheDir]);
    expect(JSON.parse(noCache.stdout).documents.map((d: { cache: string }) => d.cache)).toEqual(['MISS', 'MISS']);
    expect(JSON.parse((await runCli(['cache', 'stats', '--json', '--cache-dir', cacheDir])).stdout).entries).toBe(0);
  });
});

describe('cache keys of a build', () => {
  it('carry the hash of the compiled code: a rebuild from changed sources does not read an older build\'s entries', async () => {
    const built = (await import(path.join(ROOT, 'dist', 'version.js'))) as typeof import('../../src/version.js');
    const { build } = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'build-id.json'), 'utf8')) as { build: string };
    expect(build).toMatch(/^[0-9a-f]{16}$/);
    expect(built.CACHE_VERSION).toBe(`${built.VERSION}+${build}`);
    // The same code hashes the same: a rebuild of unchanged sources keeps its cache.
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-id.mjs'), '--print'], { encoding: 'utf8' }).stdout.trim()).toBe(build);
    const input = 'a'.repeat(64);
    expect(Cache.key({ input, operation: 'extract', version: built.CACHE_VERSION })).not.toBe(Cache.key({ input, operation: 'extract', version: built.VERSION }));
  });
});
