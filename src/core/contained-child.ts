/**
 * Work on untrusted bytes in a child process, so that whatever the code inside does to its process (a
 * native crash, a V8 fatal error such as an array grown past its maximum size, a loop that never ends)
 * costs one file, never the batch or the server. A child that dies, is still busy at the deadline, or
 * when the operation is aborted (Ctrl-C, `--timeout`, a cancelled task) is killed, and kills itself
 * past the deadline when no parent is left to (see serveContained). Idle children are kept for the
 * next request and never hold the process open.
 *
 * The child script answers each message with exactly one `{ ok: true, ... }` or `{ ok: false, ... }`
 * message (see serveContained).
 */
import type { ChildProcess } from 'node:child_process';
import { InvoicectlError } from './errors.js';
import { hugePageEnv } from './huge-pages.js';
import { lazyRequire } from './lazy-require.js';

// Loaded with the first child: the modules that import this one are on every extract's path, and most
// extracts start no child (bench/extract/README.md, "Built-ins loaded when used").
const childProcess = lazyRequire<typeof import('node:child_process')>('node:child_process');
const workerThreads = lazyRequire<typeof import('node:worker_threads')>('node:worker_threads');

export interface ContainedOptions {
  signal?: AbortSignal;
  deadlineMs: number;
  /** The error of a child that died (a signal or an exit) before answering. */
  died: (how: string) => InvoicectlError;
  /** The error of a child still busy at the deadline. */
  timedOut: () => InvoicectlError;
}

export interface ChildPool {
  /** Sends `message` to an idle or new child and resolves with its answer. */
  run<A extends { ok: boolean }>(message: unknown, options: ContainedOptions): Promise<A>;
  /** The processes it runs now, idle or busy (what a supervisor reports). */
  pids(): number[];
  /** Kills every child, idle or busy (a busy one's request fails as if it died), resolving when they have exited; run() starts new ones after. */
  close(): Promise<void>;
}

/**
 * A pool of children started from `script`; at most `maxIdle` wait for work. `execArgv` bounds them
 * (a heap cap: a child that runs out of heap dies, which is one file's failure).
 */
export function childPool(script: string, { maxIdle, maxRunning = Infinity, execArgv = [] }: { maxIdle: number; maxRunning?: number; execArgv?: string[] }): ChildPool {
  const idle: ChildProcess[] = [];
  // Every child started and not yet exited, idle or busy: what pids() reports and close() kills.
  const live = new Set<ChildProcess>();
  // Requests beyond maxRunning wait here for a child to finish (each child holds a whole engine in memory).
  const waiting: (() => void)[] = [];
  let running = 0;
  const slot = () => (running < maxRunning ? (running++, Promise.resolve()) : new Promise<void>((r) => waiting.push(() => (running++, r()))));
  const release = () => {
    running--;
    waiting.shift()?.();
  };

  const start = (): ChildProcess => {
    const child = childProcess().fork(script, [], { serialization: 'advanced', env: hugePageEnv(), execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    // A child that dies while idle is dropped; an 'error' without a listener would take the whole process.
    const drop = () => {
      const at = idle.indexOf(child);
      if (at >= 0) idle.splice(at, 1);
      live.delete(child);
    };
    live.add(child);
    child.on('error', drop);
    child.on('exit', drop);
    return child;
  };

  const takeIdle = (): ChildProcess | undefined => {
    for (let child = idle.pop(); child; child = idle.pop()) {
      if (child.connected && child.exitCode === null && child.signalCode === null) return child;
    }
    return undefined;
  };

  const hold = (child: ChildProcess, held: boolean) => {
    const channel = child.channel as { ref?: () => void; unref?: () => void } | undefined;
    if (held) {
      child.ref();
      channel?.ref?.();
    } else {
      child.unref();
      channel?.unref?.();
    }
  };

  return {
    async run<A extends { ok: boolean }>(message: unknown, options: ContainedOptions): Promise<A> {
      await slot();
      try {
        return await runIn<A>(message, options);
      } finally {
        release();
      }
    },
    pids: () => [...live].flatMap((child) => (child.pid !== undefined && child.exitCode === null && child.signalCode === null ? [child.pid] : [])),
    close: async () => {
      idle.length = 0;
      const exited = [...live].map((child) => (child.exitCode !== null || child.signalCode !== null ? undefined : new Promise((r) => child.once('exit', r))));
      for (const child of live) {
        // Held while it ends: an idle child is unreferenced, and waiting for its exit alone would let the process end first.
        hold(child, true);
        child.kill('SIGKILL');
      }
      await Promise.all(exited);
    },
  };

  function runIn<A extends { ok: boolean }>(message: unknown, options: ContainedOptions): Promise<A> {
    if (options.signal?.aborted) return Promise.reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
    const child = takeIdle() ?? start();
    hold(child, true);
    return new Promise<A>((resolve, reject) => {
      const finish = (reuse: boolean) => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.off('error', onExit);
        if (reuse && idle.length < maxIdle) {
          hold(child, false);
          idle.push(child);
        } else child.kill('SIGKILL');
      };
      const onMessage = (answer: A) => {
        finish(true);
        resolve(answer);
      };
      const onExit = (code: number | Error | null, signal?: NodeJS.Signals | null) => {
        finish(false);
        reject(options.died(code instanceof Error ? code.message : `exit ${code ?? signal}`));
      };
      const onAbort = () => {
        finish(false);
        reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
      };
      const timer = setTimeout(() => {
        finish(false);
        reject(options.timedOut());
      }, options.deadlineMs);
      child.on('message', onMessage);
      child.on('exit', onExit);
      // A child that cannot be reached (its channel closed under us) fails this request like a crash.
      child.on('error', onExit);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      child.send({ deadlineMs: options.deadlineMs, message } satisfies Envelope);
    });
  }
}

interface Envelope {
  deadlineMs: number;
  message: unknown;
}

/**
 * The child's side: answers each message with `handle`'s result; exits when the parent is gone. A
 * watchdog thread ends the child when one request runs past its deadline: the parent that would kill
 * it may be a worker thread that was itself terminated (a task past its deadline), and a child stuck
 * in a loop never sees its channel close.
 */
export function serveContained<M>(handle: (message: M) => Promise<{ ok: boolean }>): void {
  // [0]: when the request in hand must be done (ms since the epoch), 0 when idle.
  const due = new Float64Array(new SharedArrayBuffer(8));
  startWatchdog(due);
  process.on('message', ({ deadlineMs, message }: Envelope) => {
    due[0] = Date.now() + deadlineMs;
    handle(message as M)
      .then(
        (answer) => process.send!(answer),
        (err: unknown) => process.send!({ ok: false, message: err instanceof Error ? err.message : String(err) }),
      )
      .finally(() => (due[0] = 0));
  });
  process.on('disconnect', () => process.exit(0));
}

const WATCHDOG = `
const { workerData } = require('node:worker_threads');
const due = new Float64Array(workerData);
setInterval(() => {
  if (due[0] > 0 && Date.now() > due[0]) process.kill(process.pid, 'SIGKILL');
}, 1000);
`;

function startWatchdog(due: Float64Array): void {
  const watchdog = new (workerThreads().Worker)(WATCHDOG, { eval: true, workerData: due.buffer, resourceLimits: { maxOldGenerationSizeMb: 8 } });
  watchdog.unref();
}
