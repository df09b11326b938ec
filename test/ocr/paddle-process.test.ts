/**
 * The PaddleOCR engine in its own process (the compiled dist/, which `npm test` builds first): it reads
 * pages as the in-process engine does, its environment asks for huge pages, an aborted page is let go,
 * a host killed with SIGKILL fails only the pages it had (the next page starts another), and dispose
 * ends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
import type { PaddleProcess as PaddleProcessType } from '../../src/ocr/paddle/paddle-process.js';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { scanPage } from '../../fixtures/scan.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const WESTERN = path.join(ROOT, 'fixtures', 'western', 'invoice-en-usd.pdf');
const HOST = path.join(ROOT, 'dist', 'ocr', 'paddle', 'paddle-host.js');

let page: Uint8Array;
let PaddleProcess: typeof PaddleProcessType;
beforeAll(async () => {
  page = await scanPage(WESTERN);
  ({ PaddleProcess } = await import(path.join(ROOT, 'dist', 'ocr', 'paddle', 'paddle-process.js')));
});

/** The host's process, for the tests that look at it or kill it. */
const hostOf = (engine: PaddleProcessType) => (engine as unknown as { child?: ChildProcess }).child;

describe('PaddleProcess', () => {
  let engine: PaddleProcessType;
  beforeAll(() => { engine = new PaddleProcess(HOST); });
  afterAll(() => engine.dispose());

  it('reads a page as the in-process engine does, in a process asking glibc for huge pages', async () => {
    const local = new PaddleEngine({ workers: 1 });
    try {
      const [remote, here] = await Promise.all([engine.recognize(page), local.recognize(page)]);
      expect(remote.text).toMatch(/invoice/i);
      expect(remote.text).toBe(here.text);
      expect(remote.words).toEqual(here.words);
    } finally {
      await local.dispose();
    }
    const environ = readFileSync(`/proc/${hostOf(engine)!.pid}/environ`, 'utf8').split('\0');
    expect(environ).toContain('GLIBC_TUNABLES=glibc.malloc.hugetlb=1');
  });

  it('fails a bad image with OCR_FAILED, the host staying up', async () => {
    const host = hostOf(engine);
    await expect(engine.recognize(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'OCR_FAILED' });
    expect(hostOf(engine)).toBe(host);
    await expect(engine.recognize(page)).resolves.toMatchObject({ text: expect.stringMatching(/invoice/i) });
  });

  it('says when the host takes a page, before its answer', async () => {
    const events: string[] = [];
    const result = await engine.recognize(page, { onStart: () => events.push('started') }).then((r) => (events.push('answered'), r));
    expect(result.text).toMatch(/invoice/i);
    expect(events).toEqual(['started', 'answered']);
  });

  it('lets an aborted page go at once', async () => {
    const controller = new AbortController();
    const pending = engine.recognize(page, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(engine.recognize(page)).resolves.toMatchObject({ text: expect.stringMatching(/invoice/i) });
  });

  it('fails the pages of a host killed with SIGKILL, and reads the next page in a new one', async () => {
    const first = engine.recognize(page);
    const second = engine.recognize(page);
    const host = hostOf(engine)!;
    host.kill('SIGKILL');
    await expect(first).rejects.toMatchObject({ code: 'OCR_FAILED', message: expect.stringMatching(/SIGKILL/) });
    await expect(second).rejects.toMatchObject({ code: 'OCR_FAILED' });
    await expect(engine.recognize(page)).resolves.toMatchObject({ text: expect.stringMatching(/invoice/i) });
    expect(hostOf(engine)!.pid).not.toBe(host.pid);
  });

  it('ends the host on dispose, failing the pages out with ABORTED, and refuses pages after', async () => {
    const one = new PaddleProcess(HOST);
    await one.warmup();
    const host = hostOf(one)!;
    const out = one.recognize(page).catch((err: unknown) => err);
    await one.dispose();
    expect(await out).toMatchObject({ code: 'ABORTED' });
    expect(host.exitCode ?? host.signalCode).not.toBeNull();
    await expect(one.recognize(page)).rejects.toMatchObject({ code: 'OCR_FAILED' });
  });

  it('keeps a script alive till the host is gone when its last step awaits dispose (it ended with exit code 13)', async () => {
    // The host is idle (unreferenced) once the page is read: only dispose() holds the script open.
    const script = `const { PaddleProcess } = await import(${JSON.stringify(path.join(ROOT, 'dist', 'ocr', 'paddle', 'paddle-process.js'))});
      const engine = new PaddleProcess(${JSON.stringify(HOST)});
      await engine.warmup();
      await engine.dispose();
      console.log('disposed');`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'paddle-dispose-'));
    try {
      // A file, not `-e`: the host is forked with this process's flags, and --input-type is no flag for a file.
      writeFileSync(path.join(dir, 'script.mjs'), script);
      const { stdout } = await run(process.execPath, [path.join(dir, 'script.mjs')]);
      expect(stdout.trim()).toBe('disposed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
