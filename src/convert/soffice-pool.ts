/**
 * A pool of long-running headless LibreOffice instances.
 *
 * Why: `soffice --convert-to` pays ~1 s of office start-up per file. Here each instance is one
 * `soffice --headless --accept=pipe,...` process with its own profile directory (two soffice processes
 * must never share a profile), plus a small Python-UNO helper (uno-helper.ts) that keeps one bridge to
 * it and converts one request at a time; a warm conversion then costs tens of milliseconds.
 *
 * Rules the pool keeps:
 *  - one conversion per instance at a time (LibreOffice is not safe to drive concurrently);
 *  - the per-conversion timeout starts when an instance takes the job, so queue time never counts;
 *  - an instance is recycled after `maxConversionsPerInstance` jobs (LibreOffice leaks memory), and
 *    killed and replaced (lazily, on the next job) after a timeout, a crash or an abort;
 *  - every process is in its own process group and is killed on dispose() and on process exit.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { InvoicectlError } from '../core/errors.js';
import { findExecutable, killGroup } from './process.js';
import { UNO_HELPER_SOURCE } from './uno-helper.js';

export const LIBREOFFICE_INSTALL_HINT =
  'apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui python3-uno';

export interface SofficePoolOptions {
  /** Concurrent instances (default: cores, at most 4). Instances start on demand. */
  size?: number;
  /** Recycle an instance after this many conversions (default 200). */
  maxConversionsPerInstance?: number;
  /** Default per-conversion time limit in ms (default 120 000). */
  timeoutMs?: number;
  /** Time an instance may take to start and accept the bridge (default 60 000). */
  startTimeoutMs?: number;
  /** soffice program (default $INVOICECTL_SOFFICE or `soffice` on PATH). */
  soffice?: string;
  /** A Python that can `import uno` (default $INVOICECTL_PYTHON, /usr/bin/python3, LibreOffice's own, python3). */
  python?: string;
}

/** One load-and-store request; paths are absolute, filters are LibreOffice filter names. */
export interface SofficeJob {
  input: string;
  output: string;
  inputFilter?: string;
  inputFilterOptions?: string;
  filter: string;
  filterOptions?: string;
  filterData?: Record<string, string | number | boolean>;
  /** Page style changes in 1/100 mm (Writer and Calc). */
  page?: { width?: number; height?: number; landscape?: boolean; margins?: { top?: number; right?: number; bottom?: number; left?: number } };
}

interface Waiting {
  job: SofficeJob;
  timeoutMs: number;
  signal?: AbortSignal;
  resolve: () => void;
  reject: (e: unknown) => void;
  onAbort?: () => void;
}

// Every live process group, killed synchronously if the Node process exits without dispose().
const liveGroups = new Set<number>();
const liveInstances = new Set<Instance>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  sweepStale();
  process.once('exit', () => {
    for (const pid of liveGroups) killGroup(pid);
    for (const instance of liveInstances) instance.cleanup();
  });
}

/** LibreOffice's socket files for an instance (killed soffice processes leave them behind). */
function socketFiles(pipe: string | undefined, profileUrl: string): string[] {
  // The single-instance pipe is named after the MD5 of the profile URL (UTF-16, bytes as unpadded hex).
  const ipc = 'SingleOfficeIPC_' + [...createHash('md5').update(Buffer.from(profileUrl, 'utf16le')).digest()].map((b) => b.toString(16)).join('');
  const uid = process.getuid?.() ?? 0;
  const names = pipe ? [pipe, ipc] : [ipc];
  return [...new Set(['/tmp', os.tmpdir()])].flatMap((dir) => names.map((name) => path.join(dir, `OSL_PIPE_${uid}_${name}`)));
}

/**
 * Removes profile dirs and socket files left by processes that died without cleaning up (SIGKILL,
 * or a test runner terminating its worker): their dir names carry the owner's pid.
 */
export function sweepStale(): void {
  let entries: string[];
  try {
    entries = readdirSync(os.tmpdir());
  } catch {
    return;
  }
  for (const name of entries) {
    const m = /^invoicectl-lo-(\d+)-/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
      continue; // owner alive
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') continue; // alive but not ours to signal
    }
    const dir = path.join(os.tmpdir(), name);
    const uid = process.getuid?.() ?? 0;
    for (const tmp of new Set(['/tmp', os.tmpdir()])) {
      for (const f of readdirSafe(tmp)) if (f.startsWith(`OSL_PIPE_${uid}_invoicectl_${m[1]}_`) && f.endsWith(name)) rmSync(path.join(tmp, f), { force: true });
    }
    for (const f of socketFiles(undefined, pathToFileURL(path.join(dir, 'profile')).href)) rmSync(f, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Finds a Python that can import uno (cached; spawnSync because it runs once). */
let pythonCache: Map<string, string | undefined> | undefined;
export function findUnoPython(preferred?: string): string | undefined {
  pythonCache ??= new Map();
  const key = preferred ?? '';
  if (pythonCache.has(key)) return pythonCache.get(key);
  // An explicit choice is used alone: a caller who names a program must not silently get another.
  const candidates = preferred ? [preferred] : [process.env.INVOICECTL_PYTHON, '/usr/bin/python3', '/usr/lib/libreoffice/program/python', 'python3'].filter((c): c is string => !!c);
  let found: string | undefined;
  for (const c of candidates) {
    const exe = findExecutable(c);
    if (!exe) continue;
    const r = spawnSync(exe, ['-c', 'import uno'], { stdio: 'ignore', timeout: 10_000 });
    if (r.status === 0) {
      found = exe;
      break;
    }
  }
  pythonCache.set(key, found);
  return found;
}

export function findSoffice(preferred?: string): string | undefined {
  const candidates = preferred ? [preferred] : [process.env.INVOICECTL_SOFFICE, 'soffice', 'libreoffice', '/usr/lib/libreoffice/program/soffice'];
  for (const c of candidates) {
    if (!c) continue;
    const exe = findExecutable(c);
    if (exe) return exe;
  }
  return undefined;
}

let instanceCounter = 0;

/** One soffice process + its Python helper. */
class Instance {
  readonly dir: string;
  private soffice?: ChildProcess;
  private helper?: ChildProcess;
  private pending?: { id: number; resolve: (m: HelperReply) => void; reject: (e: unknown) => void };
  private nextId = 1;
  private pipe = '';
  private profileUrl = '';
  conversions = 0;
  busy = false;
  dead = false;
  private stopping = false;
  version?: string;

  constructor(private readonly sofficeExe: string, private readonly pythonExe: string, private readonly startTimeoutMs: number) {
    installExitHook();
    // The pid in the name lets a later process sweep this dir if we die without cleaning up.
    this.dir = mkdtempSync(path.join(os.tmpdir(), `invoicectl-lo-${process.pid}-`));
    liveInstances.add(this);
  }

  /** Starts soffice and the helper; resolves once the helper has a bridge. */
  async start(): Promise<void> {
    const pipe = (this.pipe = `invoicectl_${process.pid}_${++instanceCounter}_${path.basename(this.dir)}`);
    const helperPath = path.join(this.dir, 'uno_helper.py');
    writeFileSync(helperPath, UNO_HELPER_SOURCE);
    const profile = (this.profileUrl = pathToFileURL(path.join(this.dir, 'profile')).href);
    this.soffice = spawn(this.sofficeExe, [
      '--headless', '--invisible', '--nologo', '--norestore', '--nodefault', '--nolockcheck', '--nofirststartwizard',
      `-env:UserInstallation=${profile}`,
      `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`,
    ], { stdio: 'ignore', detached: true });
    this.track(this.soffice);
    this.helper = spawn(this.pythonExe, [helperPath, pipe, String(this.startTimeoutMs / 1000)], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.track(this.helper);
    let stderr = '';
    this.helper.stderr!.on('data', (b: Buffer) => { stderr = (stderr + b.toString()).slice(-2000); });
    this.helper.stdin!.on('error', () => { /* EPIPE when the helper died; the exit handler reports it */ });

    const lines = createInterface({ input: this.helper.stdout! });
    const ready = new Promise<void>((resolve, reject) => {
      const fail = (why: string) => reject(new InvoicectlError('ENGINE_FAILED', `LibreOffice did not start: ${why}`, { engine: 'libreoffice' }));
      const timer = setTimeout(() => fail(`no bridge within ${this.startTimeoutMs} ms`), this.startTimeoutMs + 5000);
      let first = true;
      lines.on('line', (line) => {
        let msg: HelperReply;
        try {
          msg = JSON.parse(line) as HelperReply;
        } catch {
          return; // not ours (a library printing to stdout); ignore
        }
        if (first && 'ready' in msg) {
          first = false;
          clearTimeout(timer);
          if (msg.ready) {
            this.version = msg.version ?? undefined;
            resolve();
          } else fail(msg.error ?? 'the UNO helper could not connect');
          return;
        }
        if (this.pending && msg.id === this.pending.id) {
          const p = this.pending;
          this.pending = undefined;
          p.resolve(msg);
        }
      });
      const onExit = (which: string) => (code: number | null, sig: string | null) => {
        clearTimeout(timer);
        if (this.stopping) return; // stop(): the helper exits first and soffice shuts down by itself
        const why = `${which} exited (${sig ?? code})${stderr ? `: ${stderr.trim()}` : ''}`;
        fail(why);
        this.kill(new InvoicectlError('ENGINE_FAILED', `LibreOffice crashed: ${why}`, { engine: 'libreoffice' }));
      };
      this.soffice!.once('exit', onExit('soffice'));
      this.helper!.once('exit', onExit('the UNO helper'));
      this.soffice!.once('error', (e) => fail(e.message));
      this.helper!.once('error', (e) => fail(e.message));
    });
    try {
      await ready;
    } catch (e) {
      this.kill();
      throw e;
    }
  }

  /** Its soffice and helper processes while they run. */
  pids(): number[] {
    return [this.soffice, this.helper].filter((c) => c?.pid !== undefined && c.exitCode === null && c.signalCode === null).map((c) => c!.pid!);
  }

  private track(child: ChildProcess): void {
    if (child.pid !== undefined) {
      liveGroups.add(child.pid);
      child.once('exit', () => liveGroups.delete(child.pid!));
    }
  }

  /** Sends one job and waits for the answer; the caller owns timeout and abort (they kill()). */
  exec(job: SofficeJob): Promise<HelperReply> {
    return new Promise((resolve, reject) => {
      if (this.dead) return reject(new InvoicectlError('ENGINE_FAILED', 'the LibreOffice instance is gone', { engine: 'libreoffice' }));
      const id = this.nextId++;
      this.pending = { id, resolve, reject };
      this.helper!.stdin!.write(JSON.stringify({ id, ...job }) + '\n');
    });
  }

  /** Kills both processes at once (hang, crash, abort, dispose); rejects a job in flight with `reason`. */
  kill(reason?: unknown): void {
    if (!this.dead) {
      this.dead = true;
      killGroup(this.helper?.pid);
      killGroup(this.soffice?.pid);
    }
    const p = this.pending;
    this.pending = undefined;
    p?.reject(reason ?? new InvoicectlError('ENGINE_FAILED', 'the LibreOffice instance was stopped', { engine: 'libreoffice' }));
  }

  /** Graceful stop: closing stdin makes the helper terminate soffice; kill whatever is left after 5 s. */
  async stop(): Promise<void> {
    if (this.dead) return this.cleanup();
    this.stopping = true;
    const exited = (c?: ChildProcess) => new Promise<void>((r) => (!c || c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));
    this.helper?.stdin?.end();
    const timer = setTimeout(() => this.kill(), 5000);
    await Promise.all([exited(this.helper), exited(this.soffice)]);
    clearTimeout(timer);
    this.dead = true;
    this.cleanup();
  }

  /** Waits for killed processes to be gone, then removes the profile directory. */
  async stopNow(): Promise<void> {
    const exited = (c?: ChildProcess) => new Promise<void>((r) => (!c || c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));
    this.kill();
    await Promise.all([exited(this.helper), exited(this.soffice)]);
    this.cleanup();
  }

  /** Removes the profile dir and socket files (synchronous: it also runs in the exit hook). */
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
    liveInstances.delete(this);
    if (this.pipe) for (const f of socketFiles(this.pipe, this.profileUrl)) rmSync(f, { force: true });
  }
}

export type HelperReply =
  | { ready: boolean; version?: string | null; error?: string; id?: undefined }
  | { id: number; ok: true }
  | { id: number; ok: false; stage: 'load' | 'store' | 'bridge'; error: string };

/** What a LibreOffice converter needs of its pool: this one, or one in another thread (soffice-remote.ts). */
export type SofficeRunner = Pick<SofficePool, 'run' | 'available' | 'version' | 'dispose'> & Partial<Pick<SofficePool, 'isDisposed' | 'pids'>>;

/** Whether soffice and a UNO-capable Python are installed, and an install hint when not. */
export function sofficeAvailability(preferredSoffice?: string, preferredPython?: string): { ok: boolean; soffice?: string; python?: string; hint?: string } {
  const soffice = findSoffice(preferredSoffice);
  const python = findUnoPython(preferredPython);
  if (!soffice || !python) {
    const missing = [!soffice && 'soffice', !python && 'Python with the uno module'].filter(Boolean).join(' and ');
    return { ok: false, soffice, python, hint: `${missing} not found; install with: ${LIBREOFFICE_INSTALL_HINT}` };
  }
  return { ok: true, soffice, python };
}

export class SofficePool {
  readonly size: number;
  readonly maxConversionsPerInstance: number;
  readonly timeoutMs: number;
  readonly startTimeoutMs: number;
  private readonly sofficeOpt?: string;
  private readonly pythonOpt?: string;
  private readonly instances = new Set<Instance>();
  private readonly starting = new Set<Instance>();
  /** Instances taken out of service (recycled, or dead) whose processes may still be shutting down. */
  private readonly retiring = new Set<Instance>();
  private readonly queue: Waiting[] = [];
  private disposed = false;
  /** Counters for health reporting and tests. */
  readonly stats = { started: 0, recycled: 0, killed: 0, conversions: 0 };

  constructor(options: SofficePoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, os.availableParallelism()));
    this.maxConversionsPerInstance = Math.max(1, options.maxConversionsPerInstance ?? 200);
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.startTimeoutMs = options.startTimeoutMs ?? 60_000;
    this.sofficeOpt = options.soffice;
    this.pythonOpt = options.python;
  }

  /** Whether soffice and a UNO-capable Python are installed, and an install hint when not. */
  available(): { ok: boolean; soffice?: string; python?: string; hint?: string } {
    return sofficeAvailability(this.sofficeOpt, this.pythonOpt);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** The office and helper processes running now (an instance that died is replaced by the next job). */
  pids(): number[] {
    return [...this.instances, ...this.starting].flatMap((i) => i.pids());
  }

  /** Number of live instances (starting or ready). */
  get liveInstances(): number {
    return this.instances.size + this.starting.size;
  }

  /** Queues a conversion; resolves when the output file is written. */
  run(job: SofficeJob, ctx: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.disposed) return reject(new InvoicectlError('ENGINE_UNAVAILABLE', 'the LibreOffice pool has been disposed', { engine: 'libreoffice' }));
      if (ctx.signal?.aborted) return reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
      const w: Waiting = { job, timeoutMs: ctx.timeoutMs ?? this.timeoutMs, signal: ctx.signal, resolve, reject };
      // Aborted while queued: just leave the queue.
      w.onAbort = () => {
        const i = this.queue.indexOf(w);
        if (i >= 0) {
          this.queue.splice(i, 1);
          reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
        }
      };
      ctx.signal?.addEventListener('abort', w.onAbort, { once: true });
      this.queue.push(w);
      this.pump();
    });
  }

  /** Hands queued jobs to idle instances, starting new ones up to `size`. */
  private pump(): void {
    for (const i of this.instances) {
      if (i.dead && !i.busy) {
        // Crashed while idle: forget it and remove its profile; a new one starts when needed.
        this.instances.delete(i);
        this.stats.killed++;
        void i.stopNow();
      }
    }
    while (this.queue.length > 0) {
      const idle = [...this.instances].find((i) => !i.busy && !i.dead);
      if (idle) {
        this.dispatch(idle, this.queue.shift()!);
        continue;
      }
      // Start one instance per waiting job beyond those already starting, up to the pool size.
      if (this.instances.size + this.starting.size < this.size && this.starting.size < this.queue.length) {
        void this.startInstance();
        continue;
      }
      return;
    }
  }

  private async startInstance(): Promise<void> {
    const avail = this.available();
    if (!avail.ok) {
      const err = new InvoicectlError('ENGINE_UNAVAILABLE', `LibreOffice is not available: ${avail.hint}`, { engine: 'libreoffice', hint: avail.hint });
      for (const w of this.queue.splice(0)) this.settle(w, err);
      return;
    }
    const inst = new Instance(avail.soffice!, avail.python!, this.startTimeoutMs);
    this.starting.add(inst);
    try {
      await inst.start();
      this.starting.delete(inst);
      if (this.disposed) return void (await inst.stopNow());
      this.stats.started++;
      this.instances.add(inst);
    } catch (e) {
      this.starting.delete(inst);
      await inst.stopNow();
      if (this.disposed) return;
      // Fail one waiting job per failed start so a broken install cannot loop forever.
      const w = this.queue.shift();
      if (w) this.settle(w, e);
    }
    this.pump();
  }

  private dispatch(inst: Instance, w: Waiting): void {
    inst.busy = true;
    if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
    let failure: unknown;
    const timer = setTimeout(() => {
      failure = new InvoicectlError('ENGINE_TIMEOUT', `LibreOffice did not finish within ${w.timeoutMs} ms`, { engine: 'libreoffice', timeoutMs: w.timeoutMs });
      inst.kill(failure);
    }, w.timeoutMs);
    // A running conversion cannot be cancelled over UNO; aborting kills the instance.
    const onAbort = () => {
      failure = new InvoicectlError('ABORTED', 'the operation was aborted');
      inst.kill(failure);
    };
    w.signal?.addEventListener('abort', onAbort, { once: true });
    inst.exec(w.job).then(
      (reply) => {
        if ('ok' in reply && reply.ok) return w.resolve();
        const r = reply as Extract<HelperReply, { ok: false }>;
        if (r.stage === 'bridge') {
          inst.kill();
          return w.reject(new InvoicectlError('ENGINE_FAILED', `LibreOffice failed: ${r.error}`, { engine: 'libreoffice' }));
        }
        const what = r.stage === 'load' ? 'could not read the document' : 'could not write the result';
        w.reject(new InvoicectlError('CONVERSION_FAILED', `LibreOffice ${what}: ${r.error}`, { engine: 'libreoffice', stage: r.stage }));
      },
      (e) => w.reject(failure ?? e),
    ).finally(() => {
      clearTimeout(timer);
      w.signal?.removeEventListener('abort', onAbort);
      inst.busy = false;
      inst.conversions++;
      this.stats.conversions++;
      if (inst.dead) {
        this.stats.killed++;
        this.retire(inst, inst.stopNow());
      } else if (inst.conversions >= this.maxConversionsPerInstance) {
        this.stats.recycled++;
        this.retire(inst, inst.stop());
      }
      if (!this.disposed) this.pump();
    });
  }

  /** Takes an instance out of service; dispose() waits for (and hurries) its processes' end. */
  private retire(inst: Instance, stopped: Promise<void>): void {
    this.instances.delete(inst);
    this.retiring.add(inst);
    void stopped.finally(() => this.retiring.delete(inst));
  }

  private settle(w: Waiting, e: unknown): void {
    if (w.onAbort) w.signal?.removeEventListener('abort', w.onAbort);
    w.reject(e);
  }

  /** Kills every instance and fails queued jobs; the pool cannot be used afterwards. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const err = new InvoicectlError('ENGINE_UNAVAILABLE', 'the LibreOffice pool has been disposed', { engine: 'libreoffice' });
    for (const w of this.queue.splice(0)) this.settle(w, err);
    // (With those being retired: a recycled instance's graceful stop may take seconds, and the pool's processes
    // must all be gone when dispose() resolves.)
    const all = [...this.instances, ...this.starting, ...this.retiring];
    this.instances.clear();
    this.starting.clear();
    await Promise.all(all.map((i) => i.stopNow()));
  }

  /** The office version reported by a running instance, if any has started. */
  get version(): string | undefined {
    for (const i of this.instances) if (i.version) return i.version;
    return undefined;
  }
}
