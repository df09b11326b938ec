/**
 * Tasks on Redis through BullMQ (`invoicectl serve --redis`): each queued task becomes a job (its ID is
 * the task's), `invoicectl worker` processes run it, and this server, the owner of the SQLite state,
 * follows the jobs' events (active, progress, completed, failed) into the tasks table. Events missed
 * while the server was down or Redis restarted are caught up by reconciling live tasks with their jobs
 * at start and then periodically.
 */
import { Job, Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FileRow } from '../store/files.js';
import { CANCEL_CHANNEL, QUEUE_NAME, connectRedis, errorFromJob, type JobData, type JobResult } from './redis.js';
import type { RemoteRunner, RunnerStats, Task, TaskQueue } from './task-queue.js';

/** Transient failures are retried on any worker with exponential backoff: 2 s, 4 s, 8 s. */
const JOB_OPTIONS = { attempts: 4, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: { age: 7 * 86_400 }, removeOnFail: { age: 7 * 86_400 } };
const RECONCILE_MS = 15_000;

export class RedisRunner implements RemoteRunner {
  readonly name = 'redis';
  private readonly connection: Redis;
  private readonly publisher: Redis;
  private readonly bull: Queue;
  private readonly events: QueueEvents;
  private readonly eventsConnection: Redis;
  private queue?: TaskQueue;
  private timer?: NodeJS.Timeout;

  /** `report` hears what went wrong while following a job: the task stays as it was and reconciling tries again. */
  constructor(
    readonly url: string,
    private readonly report: (what: string, jobId: string, err: unknown) => void = () => {},
  ) {
    this.connection = connectRedis(url);
    this.publisher = connectRedis(url);
    this.bull = new Queue(QUEUE_NAME, { connection: this.connection });
    this.eventsConnection = connectRedis(url, { forWorker: true });
    this.events = new QueueEvents(QUEUE_NAME, { connection: this.eventsConnection });
  }

  async start(queue: TaskQueue): Promise<void> {
    this.queue = queue;
    // An event is a hint: whatever it carries, the job itself is read again (see follow).
    this.events.on('active', ({ jobId }) => this.followSafely(jobId));
    this.events.on('progress', ({ jobId, data }) => {
      if (data && typeof data === 'object') this.safely('progress', jobId, () => queue.recordProgress(jobId, data as { done?: number; total?: number; stage?: string }));
    });
    this.events.on('completed', ({ jobId }) => this.followSafely(jobId));
    this.events.on('failed', ({ jobId }) => this.followSafely(jobId));
    await this.events.waitUntilReady();
    await this.reconcile();
    this.timer = setInterval(() => void this.reconcile().catch(() => {}), RECONCILE_MS);
    this.timer.unref();
  }

  async submit(task: Task, inputFiles: FileRow[]): Promise<void> {
    // A retried task reuses its ID: the finished job of the previous attempt goes first.
    await this.bull.remove(task.id).catch(() => 0);
    const data: JobData = { task, inputFiles };
    await this.bull.add(task.kind, data, { ...JOB_OPTIONS, jobId: task.id });
  }

  /** A waiting job is removed; a running one is aborted by the worker that holds it (every worker hears this). */
  async cancel(taskId: string): Promise<void> {
    await this.bull.remove(taskId).catch(() => 0);
    await this.publisher.publish(CANCEL_CHANNEL, taskId);
  }

  async stats(): Promise<RunnerStats> {
    try {
      await this.connection.ping();
      const counts = await this.bull.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const workers = (await this.bull.getWorkers()).length;
      return { healthy: true, workers, waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0), active: counts.active ?? 0 };
    } catch (err) {
      return { healthy: false, workers: 0, waiting: 0, active: 0, problem: (err as Error).message };
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.events.close().catch(() => {});
    await this.bull.close().catch(() => {});
    // BullMQ leaves connections it was given open; they would keep the process alive.
    for (const c of [this.publisher, this.connection, this.eventsConnection]) c.disconnect();
  }

  private followSafely(jobId: string): void {
    this.follow(jobId).catch((err) => this.report('following a job', jobId, err));
  }

  private safely(what: string, jobId: string, step: () => void): void {
    try {
      step();
    } catch (err) {
      this.report(what, jobId, err);
    }
  }

  /**
   * Brings one task's row up to date with its job. The state is read before the job's data: a job read
   * first and then found 'completed' may have finished in between, and its copy holds no return value.
   */
  private async follow(jobId: string): Promise<void> {
    const queue = this.queue!;
    const task = queue.get(jobId);
    if (!task || (task.status !== 'queued' && task.status !== 'running')) return;
    const state = await this.bull.getJobState(jobId);
    const job = state === 'unknown' ? undefined : await Job.fromId<JobData, JobResult>(this.bull, jobId);
    if (!job) {
      // Lost with a Redis that kept no data: the task is handed out again from its inputs.
      await this.submit(task, queue.inputFilesOf(task.id));
      return;
    }
    if (state === 'active') queue.markRunning(jobId, job.attemptsMade + 1);
    else if (state === 'completed' && isJobResult(job.returnvalue)) queue.complete(jobId, job.returnvalue.result, job.returnvalue.outputs);
    else if (state === 'completed') queue.fail(jobId, { code: 'INTERNAL_ERROR', message: 'the worker finished the task without a result' });
    else if (state === 'failed') queue.fail(jobId, errorFromJob(job.failedReason));
  }

  private async reconcile(): Promise<void> {
    const queue = this.queue!;
    const live = [...queue.list({ status: 'queued' }), ...queue.list({ status: 'running' })];
    for (const task of live) await this.follow(task.id).catch((err) => this.report('reconciling a task', task.id, err));
  }
}

const isJobResult = (value: unknown): value is JobResult =>
  typeof value === 'object' && value !== null && 'result' in value && Array.isArray((value as JobResult).outputs);
