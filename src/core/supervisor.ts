/**
 * One supervisor for the engines a runtime starts (worker pools and child processes): each registers
 * how it starts, how to tell it is still alive, which processes it runs and how it stops. An engine
 * starts on first use; one found dead at its next use is stopped and started again, at most
 * `maxRestarts` times within `windowMs` (past that, ENGINE_UNAVAILABLE until the window has passed:
 * an engine that dies as soon as it starts must not be restarted in a loop); `state()` reports every
 * engine for the health routes; `stopAll()` stops them in one place.
 */
import { InvoicectlError } from './errors.js';

export interface EngineSpec<T> {
  /** What state() and errors call it: "libreoffice", "paddle", "pdf-text"… */
  name: string;
  start(): T | Promise<T>;
  /** The health probe: false when the engine died and must be started again before its next use. Absent: alive while started. */
  alive?(engine: T): boolean;
  /** The processes it runs now (worker threads have none). */
  pids?(engine: T): number[];
  stop(engine: T): void | Promise<void>;
}

export type EngineStatus = 'stopped' | 'running' | 'dead' | 'failed';

export interface EngineState {
  name: string;
  /** stopped: not started (or stopped); running; dead: found dead, starts again on next use; failed: restarted too often, or its start failed. */
  state: EngineStatus;
  /** Times it was started again after it died. */
  restarts: number;
  pids: number[];
  problem?: string;
}

export interface Supervised<T> {
  readonly name: string;
  /** The running engine, started (or started again) now if it is not. */
  use(): Promise<T>;
  /**
   * use() for an engine whose start() returns it at once (a pool that starts its threads on demand),
   * for callers that cannot wait.
   */
  useNow(): T;
  /** The engine if it was started, without starting it. */
  peek(): T | undefined;
}

export interface SupervisorOptions {
  /** Restarts allowed within `windowMs` (default 5 within a minute). */
  maxRestarts?: number;
  windowMs?: number;
}

export class Supervisor {
  private readonly engines: Slot<unknown>[] = [];
  private readonly maxRestarts: number;
  private readonly windowMs: number;

  constructor(options: SupervisorOptions = {}) {
    this.maxRestarts = options.maxRestarts ?? 5;
    this.windowMs = options.windowMs ?? 60_000;
  }

  register<T>(spec: EngineSpec<T>): Supervised<T> {
    const slot = new Slot<T>(spec, this.maxRestarts, this.windowMs);
    this.engines.push(slot as Slot<unknown>);
    return slot;
  }

  state(): EngineState[] {
    return this.engines.map((e) => e.state());
  }

  /** Stops every started engine (each may be used again later: it then starts anew). */
  async stopAll(): Promise<void> {
    await Promise.all(this.engines.map((e) => e.stop()));
  }
}

class Slot<T> implements Supervised<T> {
  private current?: Promise<T>;
  private engine?: T;
  /** An engine found dead, stopped before the next one starts. */
  private dead?: T;
  private startedBefore = false;
  private restarts = 0;
  private recent: number[] = [];
  private problem?: string;

  constructor(
    private readonly spec: EngineSpec<T>,
    private readonly maxRestarts: number,
    private readonly windowMs: number,
  ) {}

  get name(): string {
    return this.spec.name;
  }

  peek(): T | undefined {
    return this.engine;
  }

  async use(): Promise<T> {
    for (;;) {
      const running = (this.current ??= this.launch());
      const engine = await running;
      if (this.isAlive(engine)) return engine;
      // Found dead: the first caller to see it sets it aside; the next turn starts another.
      if (this.current === running) {
        this.current = undefined;
        this.engine = undefined;
        this.dead = engine;
      }
    }
  }

  useNow(): T {
    const engine = this.engine;
    if (engine !== undefined && this.isAlive(engine)) return engine;
    if (engine !== undefined) this.dead = engine;
    const dead = this.beginStart();
    if (dead !== undefined) void Promise.resolve().then(() => this.spec.stop(dead)).catch(() => {});
    const started = this.spec.start();
    if (started instanceof Promise) throw new TypeError(`the ${this.spec.name} engine starts asynchronously: use() it`);
    this.engine = started;
    this.current = Promise.resolve(started);
    this.problem = undefined;
    return started;
  }

  state(): EngineState {
    const engine = this.engine;
    const alive = engine !== undefined && this.isAlive(engine);
    const state: EngineStatus = this.problem && !alive ? 'failed' : this.dead !== undefined || (engine !== undefined && !alive) ? 'dead' : alive ? 'running' : 'stopped';
    const pids = alive ? (this.spec.pids?.(engine) ?? []) : [];
    return { name: this.spec.name, state, restarts: this.restarts, pids, ...(this.problem ? { problem: this.problem } : {}) };
  }

  async stop(): Promise<void> {
    const running = this.current;
    const dead = this.dead;
    this.current = undefined;
    this.engine = undefined;
    this.dead = undefined;
    this.startedBefore = false;
    this.recent = [];
    this.problem = undefined;
    const engine = await running?.catch(() => undefined);
    await Promise.all([engine, dead].filter((e): e is T => e !== undefined).map((e) => this.spec.stop(e)));
  }

  private isAlive(engine: T): boolean {
    try {
      return this.spec.alive?.(engine) ?? true;
    } catch {
      return false;
    }
  }

  /** Starts the engine; a start after the first (it died, or its start failed) counts against the bound. */
  private launch(): Promise<T> {
    const launched = (async () => {
      const dead = this.beginStart();
      // What is left of the dead one (its other processes, its threads) goes first.
      if (dead !== undefined) await Promise.resolve().then(() => this.spec.stop(dead)).catch(() => {});
      return this.spec.start();
    })();
    launched.then(
      (engine) => {
        if (this.current !== launched) return;
        this.engine = engine;
        this.problem = undefined;
      },
      (err: unknown) => {
        // A failed start is not kept: the next use tries again (within the bound).
        if (this.current === launched) this.current = undefined;
        this.problem ??= `start failed: ${err instanceof Error ? err.message : String(err)}`;
      },
    );
    return launched;
  }

  /** Counts a start after the first against the bound, and hands over the dead engine to stop first. */
  private beginStart(): T | undefined {
    if (this.startedBefore) this.countRestart();
    this.startedBefore = true;
    const dead = this.dead;
    this.dead = undefined;
    return dead;
  }

  private countRestart(): void {
    const now = Date.now();
    this.recent = this.recent.filter((at) => now - at < this.windowMs);
    if (this.recent.length >= this.maxRestarts) {
      const deaths = this.recent.length + 1;
      this.problem = `died or failed to start ${deaths} ${deaths === 1 ? 'time' : 'times'} within ${Math.round(this.windowMs / 1000)} s; not started again until that has passed`;
      throw new InvoicectlError('ENGINE_UNAVAILABLE', `the ${this.spec.name} engine ${this.problem}`, { engine: this.spec.name });
    }
    this.recent.push(now);
    this.restarts++;
  }
}
