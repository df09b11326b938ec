/**
 * What every spec module gets: the library runtime, the store, the queue and the server's settings.
 * A module owns its routes, schemas and the mapping of library results onto its spec's shapes; the
 * store, queue and HTTP plumbing here are shared by all of them.
 */
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import type { ModuleCredential } from './auth/hook.js';
import type { KeyStore } from './auth/keys.js';
import type { WebSessions } from './auth/web-sessions.js';
import type { ApiName } from './http/errors.js';
import type { TaskHandler, TaskQueue } from './queue/task-queue.js';
import type { BlobStore } from './store/blobs.js';
import type { Db, Migration } from './store/db.js';
import type { ServerSettings } from './settings.js';
import type { FileStore } from './store/files.js';

export type { ServerSettings } from './settings.js';

export type LogLine = Record<string, unknown> & { msg: string };

export interface ServerContext {
  runtime: Runtime;
  db: Db;
  blobs: BlobStore;
  files: FileStore;
  queue: TaskQueue;
  settings: ServerSettings;
  /** The server's API keys, and the page's signed-in sessions. */
  keys: KeyStore;
  webSessions: WebSessions;
  log: { info(line: LogLine): void; warn(line: LogLine): void; error(line: LogLine): void };
}

/** What a task handler may use: the library runtime, the settings and the blobs; never the database. */
export interface TaskEnv {
  runtime: Runtime;
  settings: ServerSettings;
  blobs: BlobStore;
}

export interface ServerModule {
  name: ApiName | 'web' | 'auth';
  /** Routes anyone may reach without a key (the page's files, signing in). */
  public?: boolean;
  /** A credential of the module's own accepted beside the server's keys. */
  credential?(ctx: ServerContext): ModuleCredential | undefined;
  /** OpenAPI tag (one per spec) and its description; none for what is not an API (the web page). */
  tag?: { name: string; description: string };
  migrations: readonly Migration[];
  /**
   * The module's task handlers by kind. They run in the server, or in `invoicectl worker` processes with
   * `--redis`, so they get only a TaskEnv; database writes go in `ctx.queue.onCompleted(kind, hook)`.
   */
  tasks?(env: TaskEnv): Record<string, TaskHandler<any, any>>;
  /** Registers routes, completion hooks and the spec's error handler, in the module's own scope. */
  register(app: FastifyInstance, ctx: ServerContext): Promise<void>;
  /** Periodic cleanup of the module's own expired rows (sessions, chunk uploads); returns how many went. */
  cleanup?(ctx: ServerContext, now: number): Promise<number>;
}
