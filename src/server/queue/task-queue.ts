/**
 * The durable in-process task queue: tasks are rows of the SQLite `tasks` table, not memory, so a
 * restart (SIGKILL included) loses nothing: queued tasks stay queued and tasks that were running are
 * queued again and re-run from their inputs. Each system (spec) has its own concurrency limit. Cancel
 * aborts the work in flight through its AbortSignal.
 *
 * With a `RemoteRunner` (Redis + BullMQ, `invoicectl serve --redis`), the table stays the record the API
 * reads, but tasks run on `invoicectl worker` processes; the runner reports their progress and ends here.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { InvoicectlError, toErrorInfo, type ErrorInfo } from '../../core/errors.js';
import { ownerScope } from '../auth/scope.js';
import type { Db } from '../store/db.js';
import type { FileRow, FileStore } from '../store/files.js';
import { taskTimeoutError, type RemoteOutput, type Task, type TaskStatus } from './task.js';
import type { TaskThreads, ThreadOutcome } from './task-threads.js';

export type { RemoteOutput, Task, TaskStatus } from './task.js';

/** A task found running at start (the process running it died) is failed once it has started this many times. */
export const MAX_ATTEMPTS = 2;



export interface TaskContext<I = unknown> {
  task: Task<I>;
  signal: AbortSignal;
  /** Real progress: units (files, pages) done of total, and what is being done. */
  progress(update: { done?: number; total?: number; stage?: string }): void;
  /** The task's input files, in the order they were linked. */
  inputFiles(): FileRow[];
  /** Where a stored file's bytes are (give the library `{ name: file.name, path }`). */
  pathOf(file: FileRow): string;
  /** Stores an output file (already written at `path`, inside the blob store's temp folder) for this task; `id` when the spec shapes file ids. */
  addOutput(path: string, meta: { name: string; mime: string; ttlMs?: number | null; id?: string }): Promise<FileRow>;
}

/**
 * Runs a task. It may use only its TaskContext and the library runtime (never the database): with
 * `--redis` it runs in a worker process on another machine. Database writes belong in `onCompleted`.
 */
export type TaskHandler<I = unknown, R = unknown> = (ctx: TaskContext<I>) => Promise<R>;

export interface TaskHooks<I = unknown, R = unknown> {
  /** In the server process, in the same transaction that marks the task completed: record the result in the module's tables. */
  onCompleted?(task: Task<I, R>, result: R): void;
  /** In the server process, in the transaction that marks the task failed (the handler threw). */
  onFailed?(task: Task<I, R>, error: ErrorInfo): void;
}

export interface EnqueueOptions<I> {
  system: string;
  kind: string;
  owner: string;
  input: I;
  inputFiles?: readonly string[];
  id?: string;
}

interface Row {
  id: string;
  system: string;
  kind: string;
  owner: string;
  status: TaskStatus;
  input: string;
  result: string | null;
  error: string | null;
  stage: string | null;
  done: number;
  total: number;
  attempts: number;
  created_at: number;
  updated_at: number;
  started_at: number | null;
  finished_at: number | null;
}

export interface QueueOptions {
  /** Tasks run at once per system; default 4 (processor-api.md: 4 per system). */
  concurrency?: Record<string, number>;
  defaultConcurrency?: number;
  /** Run tasks elsewhere (workers) instead of in this process. */
  remote?: RemoteRunner;
  /** Run this process's tasks on worker threads with a heap limit (see task-threads.ts). */
  threads?: TaskThreads;
  /** A run still going after this long is aborted where it runs and fails with TASK_TIMEOUT; 0 or absent: none. */
  taskTimeoutMs?: number;
  /** Where the queue reports what it could not record (a full disk): it never throws them at the process. */
  onError?: (what: string, err: unknown) => void;
}

/** Where tasks run when not in this process; see redis-runner.ts. */
export interface RemoteRunner {
  readonly name: string;
  start(queue: TaskQueue): Promise<void>;
  submit(task: Task, inputFiles: FileRow[]): Promise<void>;
  cancel(taskId: string): Promise<void>;
  stop(): Promise<void>;
  stats(): Promise<RunnerStats>;
}

export interface RunnerStats {
  healthy: boolean;
  workers: number;
  waiting: number;
  active: number;
  problem?: string;
}


export class TaskQueue extends EventEmitter {
  private readonly handlers = new Map<string, { run: TaskHandler<any, any>; hooks: TaskHooks<any, any> }>();
  private readonly running = new Map<string, { controller: AbortController; promise: Promise<void> }>();
  private accepting = false;

  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly options: QueueOptions = {},
  ) {
    super();
    // Every request waiting for a task listens here; there is no fixed number of them.
    this.setMaxListeners(0);
  }

  /** The handler and hooks of a kind of task (the handler runs here, or on workers with a remote runner). */
  register<I, R>(kind: string, handler: TaskHandler<I, R>, hooks: TaskHooks<I, R> = {}): void {
    this.handlers.set(kind, { run: handler, hooks: { ...this.handlers.get(kind)?.hooks, ...hooks } });
  }

  /** Hooks for a kind whose handler a module declares in `ServerModule.tasks` (it runs here or on a worker). */
  onCompleted<I, R>(kind: string, hook: NonNullable<TaskHooks<I, R>['onCompleted']>): void {
    const entry = this.handlers.get(kind);
    if (entry) entry.hooks = { ...entry.hooks, onCompleted: hook };
    else this.handlers.set(kind, { run: async () => Promise.reject(new Error(`no handler for tasks of kind "${kind}"`)), hooks: { onCompleted: hook } });
  }

  /** A hook for when a task of this kind fails (its handler threw, or a worker gave up on it). */
  onFailed<I, R>(kind: string, hook: NonNullable<TaskHooks<I, R>['onFailed']>): void {
    const entry = this.handlers.get(kind);
    if (entry) entry.hooks = { ...entry.hooks, onFailed: hook };
    else this.handlers.set(kind, { run: async () => Promise.reject(new Error(`no handler for tasks of kind "${kind}"`)), hooks: { onFailed: hook } });
  }

  get remote(): RemoteRunner | undefined {
    return this.options.remote;
  }

  /** Re-queues what a previous process left running, then starts taking tasks. */
  async start(): Promise<void> {
    this.accepting = true;
    if (this.options.remote) {
      await this.options.remote.start(this);
      return;
    }
    // Tasks still 'running' were cut off by a process that died. One that has taken the process down
    // MAX_ATTEMPTS times (a document that exhausts memory or crashes a decoder) is not run again.
    const cut = this.db.prepare("SELECT id, attempts FROM tasks WHERE status = 'running'").all() as { id: string; attempts: number }[];
    for (const { id, attempts } of cut) {
      if (attempts >= MAX_ATTEMPTS) {
        this.fail(id, { code: 'ENGINE_FAILED', message: `the server stopped ${attempts} times while running this task (the document may exhaust memory or crash a decoder); it is not run again` }, ['running']);
      } else {
        this.db.prepare("UPDATE tasks SET status = 'queued', stage = NULL, updated_at = ? WHERE id = ? AND status = 'running'").run(Date.now(), id);
      }
    }
    this.pump();
  }

  enqueue<I>(options: EnqueueOptions<I>): Task<I> {
    const now = Date.now();
    const id = options.id ?? randomUUID();
    this.db.transaction(() => {
      this.db
        .prepare("INSERT INTO tasks (id, system, kind, owner, status, input, created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)")
        .run(id, options.system, options.kind, options.owner, JSON.stringify(options.input), now, now);
      for (const fileId of options.inputFiles ?? []) this.files.link(id, fileId, 'input');
    })();
    this.dispatch(id);
    return this.get<I>(id)!;
  }

  get<I = unknown, R = unknown>(id: string): Task<I, R> | undefined {
    const row = this.db.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as Row | undefined;
    return row && toTask<I, R>(row);
  }

  list<I = unknown, R = unknown>(filter: { owner?: string; system?: string; status?: TaskStatus; kind?: string }): Task<I, R>[] {
    const where: string[] = [];
    const args: unknown[] = [];
    for (const [key, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      where.push(`${key} = ?`);
      args.push(value);
    }
    const sql = `SELECT * FROM tasks ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, rowid DESC`;
    return (this.db.prepare(sql).all(...args) as Row[]).map((r) => toTask<I, R>(r));
  }

  /** Cancels a queued or running task (the work in flight is aborted); false when it had already ended. */
  cancel(id: string): boolean {
    const changed = this.db
      .prepare("UPDATE tasks SET status = 'cancelled', finished_at = ?, updated_at = ? WHERE id = ? AND status IN ('queued', 'running')")
      .run(Date.now(), Date.now(), id).changes;
    this.running.get(id)?.controller.abort();
    if (changed) {
      // What a cut-off run produced is not a result: a cancelled task has no outputs.
      void this.removeOutputs(id);
      this.emit('update', id);
      this.options.remote?.cancel(id).catch(() => {});
    }
    return changed > 0;
  }

  /** Queues a failed or cancelled task again, from its inputs; false when it is not in such a state. */
  retry(id: string): boolean {
    const changed = this.db
      .prepare(
        "UPDATE tasks SET status = 'queued', error = NULL, result = NULL, stage = NULL, done = 0, started_at = NULL, finished_at = NULL, updated_at = ? WHERE id = ? AND status IN ('failed', 'cancelled')",
      )
      .run(Date.now(), id).changes;
    if (changed) {
      // A retry is a clean new run: the last run's outputs go now, not when the new one starts.
      void this.removeOutputs(id);
      this.dispatch(id);
    }
    return changed > 0;
  }

  /** Deletes a task (aborting it first) with its output files; inputs go when no other task uses them. */
  async delete(id: string): Promise<void> {
    const run = this.running.get(id);
    if (run) {
      this.cancel(id);
      await run.promise;
    }
    const fileIds = this.db.prepare('SELECT file_id FROM task_files WHERE task_id = ?').pluck().all(id) as string[];
    this.db.prepare('DELETE FROM tasks WHERE id = ?').run(id);
    const unused = fileIds.filter((f) => !this.db.prepare('SELECT 1 FROM task_files WHERE file_id = ? LIMIT 1').pluck().get(f));
    await this.files.remove(unused);
  }

  /** Tasks of a system that ended at or after `since` (for "today" figures without loading every task). */
  finishedSince<I = unknown, R = unknown>(system: string, since: number): Task<I, R>[] {
    return (this.db.prepare('SELECT * FROM tasks WHERE system = ? AND finished_at >= ?').all(system, since) as Row[]).map((r) => toTask<I, R>(r));
  }

  counts(system?: string): Record<TaskStatus, number> {
    const rows = this.db
      .prepare(`SELECT status, COUNT(*) AS n FROM tasks ${system ? 'WHERE system = ?' : ''} GROUP BY status`)
      .all(...(system ? [system] : [])) as { status: TaskStatus; n: number }[];
    const counts: Record<TaskStatus, number> = { queued: 0, running: 0, completed: 0, failed: 0, cancelled: 0 };
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }

  /** Tasks running in this process now. */
  get active(): number {
    return this.running.size;
  }

  /** Tasks run at once by this process (0 with a remote runner: workers run them). */
  get slots(): number {
    return this.options.remote ? 0 : (this.options.defaultConcurrency ?? 4);
  }

  get isAccepting(): boolean {
    return this.accepting;
  }

  /**
   * Stops taking tasks; running ones get `graceMs` to finish, then are aborted and queued again (the
   * next start re-runs them from their inputs).
   */
  async stop(graceMs: number): Promise<void> {
    this.accepting = false;
    // Workers own the tasks they run; they finish them (or hand them back) without this server.
    if (this.options.remote) return this.options.remote.stop();
    const all = Promise.all([...this.running.values()].map((r) => r.promise));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([all.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)))]);
    clearTimeout(timer);
    if (!timedOut) return;
    const ids = [...this.running.keys()];
    this.db.prepare(`UPDATE tasks SET status = 'queued', stage = NULL, updated_at = ? WHERE status = 'running' AND id IN (${ids.map(() => '?').join(',')})`).run(Date.now(), ...ids);
    for (const r of this.running.values()) r.controller.abort();
    await all;
  }

  inputFilesOf(id: string): FileRow[] {
    return this.files.filesOf(id, 'input');
  }

  /** A queued task: start it here when there is room, or hand it to the workers. */
  private dispatch(id: string): void {
    const remote = this.options.remote;
    if (!remote) {
      setImmediate(() => this.pump());
      return;
    }
    const task = this.get(id)!;
    remote.submit(task, this.files.filesOf(id, 'input')).catch((err: unknown) => {
      this.fail(id, { code: 'INTERNAL_ERROR', message: `the task could not be handed to the workers: ${(err as Error).message}` }, ['queued']);
    });
  }

  // ---- reports of a remote runner --------------------------------------------------------------

  /** A worker took the task. */
  markRunning(id: string, attempts: number): void {
    const now = Date.now();
    const changed = this.db
      .prepare("UPDATE tasks SET status = 'running', attempts = ?, started_at = COALESCE(started_at, ?), updated_at = ? WHERE id = ? AND status IN ('queued', 'running')")
      .run(attempts, now, now, id).changes;
    if (changed) this.emit('update', id);
  }

  recordProgress(id: string, update: { done?: number; total?: number; stage?: string }): void {
    this.db
      .prepare("UPDATE tasks SET done = COALESCE(?, done), total = COALESCE(?, total), stage = COALESCE(?, stage), updated_at = ? WHERE id = ? AND status = 'running'")
      .run(update.done ?? null, update.total ?? null, update.stage ?? null, Date.now(), id);
    this.emit('update', id);
  }

  /** A worker finished: its outputs become file rows of the task, and the module records the result. */
  complete(id: string, result: unknown, outputs: readonly RemoteOutput[]): void {
    const task = this.get(id);
    if (!task || (task.status !== 'running' && task.status !== 'queued')) return;
    const hooks = this.handlers.get(task.kind)?.hooks;
    this.db.transaction(() => {
      for (const o of outputs) {
        if (this.files.get(o.id)) continue;
        this.files.add({ sha256: o.sha256, size: o.size }, { id: o.id, owner: task.owner, name: o.name, mime: o.mime, ttlMs: o.ttlMs });
        this.files.link(id, o.id, 'output');
      }
      const now = Date.now();
      const changed = this.db
        .prepare("UPDATE tasks SET status = 'completed', result = ?, error = NULL, finished_at = ?, updated_at = ?, stage = NULL WHERE id = ? AND status IN ('queued', 'running')")
        .run(JSON.stringify(result ?? null), now, now, id).changes;
      if (changed) hooks?.onCompleted?.(this.get(id)!, result);
    })();
    this.emit('update', id);
  }

  fail(id: string, error: ErrorInfo, from: TaskStatus[] = ['queued', 'running']): void {
    const now = Date.now();
    this.db.transaction(() => {
      const changed = this.db
        .prepare(`UPDATE tasks SET status = 'failed', error = ?, finished_at = ?, updated_at = ?, stage = NULL WHERE id = ? AND status IN (${from.map(() => '?').join(',')})`)
        .run(JSON.stringify(error), now, now, id, ...from).changes;
      if (changed) this.failedHook(id, error);
    })();
    this.emit('update', id);
  }

  private failedHook(id: string, error: ErrorInfo): void {
    const task = this.get(id)!;
    this.handlers.get(task.kind)?.hooks.onFailed?.(task, error);
  }

  private limitOf(system: string): number {
    return this.options.concurrency?.[system] ?? this.options.defaultConcurrency ?? 4;
  }

  /** Starts as many queued tasks as each system's limit allows, oldest first. */
  private pump(): void {
    if (!this.accepting) return;
    // pump runs from timers: an error here (the database on a full disk) would take the process down.
    try {
      // Tasks run for their own owner, not for the request whose enqueue happened to start them.
      ownerScope.exit(() => this.pumpNow());
    } catch (err) {
      this.options.onError?.('starting queued tasks', err);
    }
  }

  private pumpNow(): void {
    const systems = this.db.prepare("SELECT DISTINCT system FROM tasks WHERE status = 'queued'").pluck().all() as string[];
    for (const system of systems) {
      let free = this.limitOf(system) - [...this.running.keys()].filter((id) => this.get(id)?.system === system).length;
      if (free <= 0) continue;
      const queued = this.db.prepare("SELECT * FROM tasks WHERE system = ? AND status = 'queued' ORDER BY created_at, rowid LIMIT ?").all(system, free) as Row[];
      for (const row of queued) {
        // A task cancelled and retried at once: its last run is still unwinding; it starts after that.
        if (this.running.has(row.id)) continue;
        if (free-- <= 0) break;
        this.run(row);
      }
    }
  }

  private run(row: Row): void {
    const now = Date.now();
    const claimed = this.db
      .prepare("UPDATE tasks SET status = 'running', attempts = attempts + 1, started_at = ?, updated_at = ?, done = 0, stage = NULL WHERE id = ? AND status = 'queued'")
      .run(now, now, row.id).changes;
    if (!claimed) return;
    const controller = new AbortController();
    const attempt = (this.db.prepare('SELECT attempts FROM tasks WHERE id = ?').pluck().get(row.id) as number) ?? 0;
    // The deadline aborts the run with its own reason: execute() records TASK_TIMEOUT instead of ABORTED.
    const limitMs = this.options.taskTimeoutMs ?? 0;
    const deadline = limitMs > 0 ? setTimeout(() => controller.abort(new TaskTimeout(limitMs)), limitMs) : undefined;
    deadline?.unref();
    const promise = this.execute(row.id, controller.signal, attempt)
      // What could not be recorded (a full disk) leaves the task running in the database: the next start runs it again.
      .catch((err: unknown) => this.options.onError?.(`recording the end of task ${row.id}`, err))
      .finally(() => {
        clearTimeout(deadline);
        this.running.delete(row.id);
        this.emit('update', row.id);
        setImmediate(() => this.pump());
      });
    this.running.set(row.id, { controller, promise });
    this.emit('update', row.id);
  }

  private async execute(id: string, signal: AbortSignal, attempt: number): Promise<void> {
    const task = this.get(id)!;
    const handler = this.handlers.get(task.kind);
    // A re-run starts clean: outputs of an attempt that was cut off are dropped.
    await this.removeOutputs(id);
    const ctx: TaskContext = {
      task,
      signal,
      progress: (u) => {
        this.db
          .prepare("UPDATE tasks SET done = COALESCE(?, done), total = COALESCE(?, total), stage = COALESCE(?, stage), updated_at = ? WHERE id = ? AND status = 'running' AND attempts = ?")
          .run(u.done ?? null, u.total ?? null, u.stage ?? null, Date.now(), id, attempt);
        this.emit('update', id);
      },
      inputFiles: () => this.files.filesOf(id, 'input'),
      pathOf: (file) => this.files.pathOf(file),
      addOutput: async (path, meta) => {
        const blob = await this.files.blobs.putFile(path);
        // A run that was cancelled (or replaced by a retry) meanwhile adds nothing to the task.
        if (!this.isCurrent(id, attempt)) {
          await this.files.removeOrphanBlobs([blob.sha256]);
          throw new InvoicectlError('ABORTED', 'the task was cancelled');
        }
        const file = this.files.add(blob, { owner: task.owner, ...meta });
        this.files.link(id, file.id, 'output');
        return file;
      },
    };
    try {
      if (!handler) throw new Error(`no handler for tasks of kind "${task.kind}"`);
      const threads = this.options.threads;
      const result = threads?.available ? await this.runOnThread(threads, id, attempt, signal, ctx.progress) : await handler.run(ctx);
      this.db.transaction(() => {
        if (this.finish(id, attempt, 'completed', { result: JSON.stringify(result ?? null) })) handler.hooks.onCompleted?.(this.get(id)!, result);
      })();
    } catch (err) {
      const timedOut = signal.reason instanceof TaskTimeout;
      const error = timedOut ? signal.reason.info() : toErrorInfo(err);
      // A run stopped at its deadline keeps nothing it made: outputs of a half-done task would be taken for its result.
      if (timedOut && this.isCurrent(id, attempt)) await this.removeOutputs(id);
      this.db.transaction(() => {
        if (this.finish(id, attempt, 'failed', { error: JSON.stringify(error) })) this.failedHook(id, error);
      })();
    }
  }

  /** Drops the output files a run of the task made. */
  private removeOutputs(id: string): Promise<void> {
    return this.files.remove(this.files.filesOf(id, 'output').map((f) => f.id));
  }

  /**
   * Records the end of one run, unless the task was cancelled or handed back (shutdown) meanwhile, or
   * retried: then the run that ends is not the task's current one and records nothing.
   */
  private finish(id: string, attempt: number, status: 'completed' | 'failed', fields: { result?: string; error?: string }): boolean {
    const now = Date.now();
    return (
      this.db
        .prepare("UPDATE tasks SET status = ?, result = ?, error = ?, finished_at = ?, updated_at = ?, stage = NULL WHERE id = ? AND status = 'running' AND attempts = ?")
        .run(status, fields.result ?? null, fields.error ?? null, now, now, id, attempt).changes > 0
    );
  }

  /** A task on a thread; its outputs become rows here while the run is still the task's current one. */
  private async runOnThread(threads: TaskThreads, id: string, attempt: number, signal: AbortSignal, progress: TaskContext['progress']): Promise<unknown> {
    const task = this.get(id)!;
    const drop = (outputs: readonly RemoteOutput[]) => this.files.removeOrphanBlobs(outputs.map((o) => o.sha256));
    let outcome: ThreadOutcome;
    try {
      outcome = await threads.run(task, this.files.filesOf(id, 'input'), signal, progress);
    } catch (err) {
      await drop((err as { outputs?: RemoteOutput[] }).outputs ?? []);
      throw err;
    }
    if (!this.isCurrent(id, attempt)) {
      await drop(outcome.outputs);
      throw new InvoicectlError('ABORTED', 'the task was cancelled');
    }
    this.db.transaction(() => {
      for (const o of outcome.outputs) {
        this.files.add({ sha256: o.sha256, size: o.size }, { id: o.id, owner: task.owner, name: o.name, mime: o.mime, ttlMs: o.ttlMs });
        this.files.link(id, o.id, 'output');
      }
    })();
    return outcome.result;
  }

  private isCurrent(id: string, attempt: number): boolean {
    return this.db.prepare("SELECT 1 FROM tasks WHERE id = ? AND status = 'running' AND attempts = ?").get(id, attempt) !== undefined;
  }
}

/** The abort reason of a run past `serve.taskTimeoutSeconds`. */
class TaskTimeout extends Error {
  constructor(readonly limitMs: number) {
    super('task deadline');
  }

  info(): ErrorInfo {
    return taskTimeoutError(this.limitMs).toJSON();
  }
}

function toTask<I, R>(row: Row): Task<I, R> {
  return {
    id: row.id,
    system: row.system,
    kind: row.kind,
    owner: row.owner,
    status: row.status,
    input: JSON.parse(row.input) as I,
    result: row.result === null ? null : (JSON.parse(row.result) as R),
    error: row.error === null ? null : (JSON.parse(row.error) as ErrorInfo),
    stage: row.stage,
    done: row.done,
    total: row.total,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
