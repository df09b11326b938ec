import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { collectInputs } from '../../src/core/inputs.js';
import { collectSources } from '../../src/convert/sources.js';

const limits = { ...defaultConfig().limits, maxFileBytes: 64 * 1024 };

/** Standard input that never ends (like /dev/zero), counting the chunks it was asked for. */
function endless() {
  const state = { chunks: 0, destroyed: false };
  const stream = new Readable({
    read() {
      state.chunks += 1;
      this.push(Buffer.alloc(4096));
    },
    destroy(err, done) {
      state.destroyed = true;
      done(err);
    },
  });
  return { stream, state };
}

describe('standard input against limits.maxFileBytes', () => {
  it('stops reading an endless stdin at the limit (extract, merge)', async () => {
    const { stream, state } = endless();
    const { files, errors } = await collectInputs(['-'], { limits, stdin: stream });
    expect(files).toEqual([]);
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([['-', 'FILE_SIZE_EXCEEDED']]);
    // 64 KB in 4 KB chunks: read up to the limit and a little beyond (the stream's read-ahead), no more.
    expect(state.chunks).toBeLessThan(40);
    expect(state.destroyed).toBe(true);
  });

  it('stops reading it in convert too', async () => {
    const { stream, state } = endless();
    const { sources, errors } = await collectSources(['-'], { limits, formats: ['pdf'], stdin: stream });
    expect(sources).toEqual([]);
    expect(errors[0].error.code).toBe('FILE_SIZE_EXCEEDED');
    expect(state.chunks).toBeLessThan(40);
  });

  it('reads a stdin within the limit whole', async () => {
    const { files } = await collectInputs(['-'], { limits, stdin: Readable.from([Buffer.from('%PDF-1.4 '), Buffer.alloc(1000, 0x20)]) });
    expect(files.map((f) => f.size)).toEqual([1009]);
  });
});
