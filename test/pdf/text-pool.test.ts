/**
 * How many pdf.js threads a batch starts (src/pdf/text-pool.ts): a small batch one thread for its first
 * few refused documents, the rest only when many need pdf.js; a large batch all of them at once. The
 * pdf.js pool and the lean reader are replaced by fakes: this is about the threads asked for.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const started: number[] = [];
const reads: number[] = [];
vi.mock('../../src/pdf/pdfjs-pool.js', () => ({
  createPdfjsPool: (threads: number) => {
    const id = started.push(threads) - 1;
    return {
      textAndAttachments: async () => {
        reads.push(id);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { pages: [], attachments: [] };
      },
      destroy: async () => {},
    };
  },
}));
// Every document is refused by the lean reader, so each one goes to pdf.js.
vi.mock('../../src/pdf/lean-text.js', () => ({ tryLeanDocument: () => undefined }));

const { createPdfTextPool, ONE_THREAD_UP_TO, THREADED_BATCH } = await import('../../src/pdf/text-pool.js');

beforeEach(() => {
  started.length = 0;
  reads.length = 0;
});

const readAll = (pool: ReturnType<typeof createPdfTextPool>, n: number) => Promise.all(Array.from({ length: n }, () => pool.read(new Uint8Array(1), {})));

describe('pdf.js threads of a text pool', () => {
  it('a small batch with a few refused documents starts one thread', async () => {
    const pool = createPdfTextPool(2, 50);
    await readAll(pool, ONE_THREAD_UP_TO);
    expect(started).toEqual([1]);
    await pool.destroy();
  });

  it('a small batch sending more documents starts the other threads and uses them', async () => {
    const pool = createPdfTextPool(4, 50);
    await readAll(pool, ONE_THREAD_UP_TO);
    await readAll(pool, 6);
    expect(started).toEqual([1, 3]);
    expect(reads.filter((id) => id === 1).length).toBeGreaterThan(0);
    await pool.destroy();
  });

  it('one thread allowed: never more', async () => {
    const pool = createPdfTextPool(1, 50);
    await readAll(pool, ONE_THREAD_UP_TO * 2);
    expect(started).toEqual([1]);
    await pool.destroy();
  });

  it('a large batch starts every thread with its first refused document', async () => {
    const pool = createPdfTextPool(2, THREADED_BATCH);
    await readAll(pool, 3);
    expect(started).toEqual([2]);
    await pool.destroy();
  });
});
