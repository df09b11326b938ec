/**
 * The PaddleOCR engine's worker threads: pages read in parallel give what one thread gives, a lone page
 * is shared with an idle thread and reads as one thread reads it, a bad image
 * fails only its own page, an aborted queued page leaves the queue, and dispose ends every thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { scanPage } from '../../fixtures/scan.mjs';

const WESTERN = path.resolve(__dirname, '..', '..', 'fixtures', 'western', 'invoice-en-usd.pdf');

let page: Uint8Array;
/** The scan in colour: dark blue print on light orange paper, so its red channel is not its grey. */
let colour: Uint8Array;
beforeAll(async () => {
  page = await scanPage(WESTERN);
  const image = await loadImage(Buffer.from(page));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  ctx.globalCompositeOperation = 'multiply';
  ctx.fillStyle = '#ffc890';
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.globalCompositeOperation = 'screen';
  ctx.fillStyle = '#101040';
  ctx.fillRect(0, 0, image.width, image.height);
  colour = new Uint8Array(canvas.encodeSync('png'));
});

describe('PaddleEngine threads', () => {
  const engine = new PaddleEngine({ workers: 2 });
  afterAll(() => engine.dispose());

  it('reads pages on two threads at once, each as one thread reads it; says when a thread takes a page', async () => {
    const events: string[] = [];
    const read = (n: number) => engine.recognize(page, { onStart: () => events.push(`start ${n}`) }).then((r) => (events.push(`done ${n}`), r));
    const pending = [read(1), read(2), read(3)];
    expect(engine.stats()).toEqual({ threads: 2, running: 2, queued: 1 });
    expect(events).toEqual(['start 1', 'start 2']);
    const results = await Promise.all(pending);
    // The third page was taken when a thread was done with one of the first two, not when it was asked.
    expect(events.indexOf('start 3')).toBeGreaterThan(Math.min(events.indexOf('done 1'), events.indexOf('done 2')));
    expect(events.filter((e) => e === 'start 3')).toHaveLength(1);
    expect(results[0]!.text).toMatch(/invoice/i);
    expect(results[1]!.text).toBe(results[0]!.text);
    expect(results[2]!.text).toBe(results[0]!.text);
    expect(page.byteLength).toBeGreaterThan(0); // the caller's bytes are not handed over to a thread
    expect(engine.stats()).toEqual({ threads: 2, running: 0, queued: 0 });
    // Alone, the page's text is detected on two cores (a second session): the same words come out.
    const lone = await engine.recognize(page);
    expect(lone.words).toEqual(results[0]!.words);
  });

  it('fails a bad image with OCR_FAILED, its thread staying up', async () => {
    await expect(engine.recognize(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'OCR_FAILED' });
    expect(engine.stats()).toEqual({ threads: 2, running: 0, queued: 0 });
  });

  it('drops an aborted page from the queue', async () => {
    const controller = new AbortController();
    const running = [engine.recognize(page), engine.recognize(page)];
    const queued = engine.recognize(page, { signal: controller.signal });
    controller.abort();
    await expect(queued).rejects.toMatchObject({ code: 'ABORTED' });
    expect(engine.stats().queued).toBe(0);
    await Promise.all(running);
  });

  it('shares a lone page with an idle thread (started for it), reading it as one thread alone does', async () => {
    const one = new PaddleEngine({ workers: 1 });
    const two = new PaddleEngine({ workers: 2 });
    try {
      for (const image of [page, colour]) {
        const alone = await one.recognize(image);
        const shared = await two.recognize(image);
        expect(two.stats().threads).toBe(2);
        expect(shared.text).toMatch(/invoice/i);
        expect(shared.text).toBe(alone.text);
        expect(shared.words).toEqual(alone.words);
      }
    } finally {
      await Promise.all([one.dispose(), two.dispose()]);
    }
  });

  it('ends every thread on dispose and refuses pages after', async () => {
    const one = new PaddleEngine({ workers: 1 });
    const first = one.recognize(page);
    const second = one.recognize(page).catch((err: unknown) => err);
    await one.dispose();
    await expect(first).resolves.toMatchObject({ text: expect.stringMatching(/invoice/i) });
    expect(await second).toMatchObject({ code: 'ABORTED' });
    expect(one.stats()).toEqual({ threads: 0, running: 0, queued: 0 });
    await expect(one.recognize(page)).rejects.toMatchObject({ code: 'OCR_FAILED' });
  });
});
