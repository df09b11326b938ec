/**
 * Starting and stopping the server: open the store in the data directory, build the runtime once, start
 * the queue (re-queuing what a killed process left running), listen, and clean up on a timer. `close()`
 * is the graceful shutdown: stop accepting requests, give running tasks the grace period to finish (or
 * queue them again), close the database and the engines.
 */
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { defaultConfig, type Config } from '../config/defaults.js';
import { InvoicectlError } from '../core/errors.js';
import { disposeConverters } from '../convert/index.js';
import { createRuntime, type Runtime } from '../runtime.js';
import { KeyStore } from './auth/keys.js';
import { WebSessions } from './auth/web-sessions.js';
import { buildApp } from './app.js';
import { startCleanupTimer } from './cleanup.js';
import type { ServerContext, ServerModule, ServerSettings } from './context.js';
import { createLogger } from './http/logging.js';
import { SERVER_MODULES } from './modules.js';
import { durationsMs } from './settings.js';
import { TaskQueue } from './queue/task-queue.js';
import { TaskThreads } from './queue/task-threads.js';
import { BlobStore } from './store/blobs.js';
import { coreMigrations } from './store/core-schema.js';
import { openDb } from './store/db.js';
import { FileStore } from './store/files.js';

/** Up to this size a PDF's lean reading (~1 ms per invoice page) stays on the event loop. */
const INLINE_PDF_BYTES = 1024 * 1024;

export interface StartOptions {
  config?: Config;
  /** Override config.serve. */
  host?: string;
  port?: number;
  dataDir?: string;
  /** Listen beyond loopback although no API key exists (anyone who reaches it reads everything). */
  insecureOpen?: boolean;
  modules?: readonly ServerModule[];
  /** redis://HOST:PORT: tasks go to BullMQ for `invoicectl worker` processes instead of running here. */
  redis?: string;
  runtime?: Runtime;
  /** Log lines go here instead of stderr. */
  writeLog?: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  ctx: ServerContext;
  /** e.g. http://127.0.0.1:8000 */
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? defaultConfig();
  const settings: ServerSettings = {
    ...config.serve,
    host: options.host ?? config.serve.host,
    port: options.port ?? config.serve.port,
    dataDir: path.resolve(options.dataDir ?? config.serve.dataDir),
    insecureOpen: options.insecureOpen ?? false,
  };
  const modules = options.modules ?? SERVER_MODULES;
  const db = openDb(settings.dataDir, [...coreMigrations, ...modules.flatMap((m) => m.migrations)]);
  const keys = new KeyStore(db);
  if (!keys.closed && !isLoopback(settings.host) && !settings.insecureOpen) {
    db.close();
    throw new InvoicectlError(
      'INVALID_OPTION',
      `refusing to listen on ${settings.host} without API keys: anyone who can reach it would read every stored invoice. Make a key first (invoicectl serve keys add <name> --data-dir ${settings.dataDir}), listen on 127.0.0.1, or pass --insecure-open to serve without keys anyway`,
    );
  }
  const blobs = new BlobStore(settings.dataDir);
  const files = new FileStore(db, blobs);
  const log = createLogger(settings.logLevel, options.writeLog);
  const remote = options.redis
    ? new (await import('./queue/redis-runner.js')).RedisRunner(options.redis, (what, taskId, err) => log.error({ msg: `${what} failed`, taskId, err: String((err as Error)?.stack ?? err) }))
    : undefined;
  // Requests bring one document each: an invoice-sized PDF is read on this thread (see text-pool.ts).
  const runtime = options.runtime ?? createRuntime({ config, inlinePdfBytes: INLINE_PDF_BYTES, documentThreads: true });
  // Without Redis, tasks run here: on threads with a heap limit, off the event loop, sharing this
  // runtime's LibreOffice pool and PaddleOCR engine.
  const threads = remote ? undefined : new TaskThreads({ config, settings }, undefined, { soffice: () => runtime.soffice(), paddle: () => runtime.paddle() });
  const queue = new TaskQueue(db, files, {
    defaultConcurrency: settings.taskConcurrency,
    remote,
    threads,
    taskTimeoutMs: settings.taskTimeoutSeconds * 1000,
    onError: (what, err) => log.error({ msg: `task queue: ${what} failed`, err: String((err as Error)?.message ?? err) }),
  });
  const ctx: ServerContext = { runtime, db, blobs, files, queue, settings, keys, webSessions: new WebSessions(db), log };
  for (const m of modules) for (const [kind, handler] of Object.entries(m.tasks?.(ctx) ?? {})) queue.register(kind, handler);

  const app = await buildApp(ctx, modules);
  await app.listen({ host: settings.host, port: settings.port });
  await queue.start();
  const stopCleanup = startCleanupTimer(ctx, modules);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
  ctx.log.info({ msg: 'listening', url, dataDir: settings.dataDir, queue: remote ? 'redis' : 'embedded', auth: keys.closed ? 'api keys' : 'open' });
  if (!keys.closed && !isLoopback(settings.host)) ctx.log.warn({ msg: 'open server: no API keys exist and --insecure-open was given; anyone who reaches this address reads and changes every stored invoice, task and file', host: settings.host });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // Each step runs even when one before it failed (a full disk, a damaged file): shutdown always ends.
      const step = async (what: string, run: () => unknown) => {
        try {
          await run();
        } catch (err) {
          ctx.log.error({ msg: `shutdown: ${what} failed`, err: String((err as Error)?.message ?? err) });
        }
      };
      stopCleanup();
      await step('closing the listener', () => app.close());
      await step('stopping the queue', () => queue.stop(durationsMs(settings).shutdownGrace));
      if (threads) await step('ending the task threads', () => threads.stop());
      await step('closing the database', () => db.close());
      if (!options.runtime) await step('closing the engines', () => runtime.dispose());
      // LibreOffice instances and OCR workers of conversions live until disposed; they would keep the process up.
      await step('closing the converters', () => disposeConverters());
      ctx.log.info({ msg: 'stopped' });
    })());
  return { app, ctx, url, close };
}

/** Addresses only this machine reaches. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(h);
}
