/**
 * Calls to an engine in another thread (core/remote-calls.ts), over a MessageChannel: replies, errors
 * as InvoicectlErrors with their code, and an abort that reaches the work on the serving side.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { InvoicectlError } from '../../src/core/errors.js';
import { remoteCaller, serveCalls } from '../../src/core/remote-calls.js';

describe('remote calls', () => {
  const channels: MessageChannel[] = [];
  const channel = () => {
    const c = new MessageChannel();
    channels.push(c);
    return c;
  };
  afterEach(() => {
    for (const c of channels.splice(0)) {
      c.port1.close();
      c.port2.close();
    }
  });

  /** Serves calls with work that never ends: `running` once it has started, `aborted` once it is aborted. */
  const serveWorkThatNeverEnds = (port: MessagePort) => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const aborted = new Promise<void>((resolve) =>
      serveCalls<null, string>(port, (_request, signal) => {
        started();
        signal.addEventListener('abort', () => resolve());
        return new Promise(() => {});
      }),
    );
    return { running, aborted };
  };

  it('answers each call with its own reply, bytes included', async () => {
    const { port1, port2 } = channel();
    serveCalls<{ bytes: Uint8Array; n: number }, { sum: number; n: number }>(port1, async ({ bytes, n }) => ({ sum: bytes.reduce((a, b) => a + b, 0), n }));
    const caller = remoteCaller<{ bytes: Uint8Array; n: number }, { sum: number; n: number }>(port2);
    const replies = await Promise.all([1, 2, 3].map((n) => caller.call({ bytes: new Uint8Array([n, n, n]), n })));
    expect(replies).toEqual([
      { sum: 3, n: 1 },
      { sum: 6, n: 2 },
      { sum: 9, n: 3 },
    ]);
  });

  it('the serving side can say when its engine takes a call, before the reply', async () => {
    const { port1, port2 } = channel();
    let take!: () => void;
    const taken = new Promise<void>((resolve) => (take = resolve));
    serveCalls<string, string>(port1, async (what, _signal, started) => {
      await taken; // waits in the engine's queue
      started();
      return what.toUpperCase();
    });
    const events: string[] = [];
    const call = remoteCaller<string, string>(port2).call('page', undefined, () => events.push('started')).then((r) => events.push(r));
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toEqual([]);
    take();
    await call;
    expect(events).toEqual(['started', 'PAGE']);
  });

  it('an error crosses with its code, message and details; an error without a code gets the fallback', async () => {
    const { port1, port2 } = channel();
    serveCalls<string, string>(port1, async (what) => {
      if (what === 'ours') throw new InvoicectlError('CONVERSION_FAILED', 'LibreOffice could not read the document', { stage: 'load' });
      throw new Error('segfault in the engine');
    });
    const caller = remoteCaller<string, string>(port2);
    const ours = await caller.call('ours').catch((e: unknown) => e);
    expect(ours).toBeInstanceOf(InvoicectlError);
    expect(ours).toMatchObject({ code: 'CONVERSION_FAILED', message: 'LibreOffice could not read the document', details: { stage: 'load' } });
    await expect(caller.call('other')).rejects.toMatchObject({ code: 'ENGINE_FAILED', message: 'segfault in the engine' });
  });

  it('an abort on the calling side aborts the work on the serving side', async () => {
    const { port1, port2 } = channel();
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const seen: string[] = [];
    serveCalls<null, string>(port1, (_request, signal) => {
      started();
      // Work that ends only when it is aborted.
      return new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => {
          seen.push('aborted');
          reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
        }),
      );
    });
    const caller = remoteCaller<null, string>(port2);
    const controller = new AbortController();
    const call = caller.call(null, controller.signal);
    await running;
    controller.abort();
    await expect(call).rejects.toMatchObject({ code: 'ABORTED' });
    expect(seen).toEqual(['aborted']);
    await expect(caller.call(null, controller.signal)).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('failAll fails the calls still waiting, and aborts their work', async () => {
    const { port1, port2 } = channel();
    const { running, aborted } = serveWorkThatNeverEnds(port1);
    const caller = remoteCaller<null, string>(port2);
    const call = caller.call(null);
    await running;
    caller.failAll(new InvoicectlError('ENGINE_UNAVAILABLE', 'the pool has been disposed'));
    await expect(call).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
    await aborted;
  });

  it('work still running when the calling side closes its port is aborted', async () => {
    const { port1, port2 } = channel();
    const { running, aborted } = serveWorkThatNeverEnds(port1);
    void remoteCaller<null, string>(port2).call(null).catch(() => {});
    await running;
    port2.close();
    await aborted;
  });
});
