/**
 * Running engine programs (pandoc, soffice, python) as child processes with a time limit and an abort
 * signal. Children start in their own process group so a timeout kills everything they forked
 * (soffice is a shell script that forks oosplash and soffice.bin).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { InvoicectlError } from '../core/errors.js';

/** Looks a program up on PATH (absolute paths are checked as given); undefined when missing. */
export function findExecutable(name: string): string | undefined {
  const candidates = name.includes('/') ? [name] : (process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      /* next */
    }
  }
  return undefined;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** The engine's name in error messages. */
  engine: string;
}

/**
 * Kills a detached child's whole process group; ignores groups that are already gone. Every caller's
 * child is detached, so it leads its group: no group means no process, and signalling the bare pid
 * then could hit an unrelated process that reused it.
 */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

/**
 * Runs a program to completion. Resolves with its exit code and output (a non-zero exit is the caller's
 * to judge); rejects ENGINE_UNAVAILABLE when it cannot start, ENGINE_TIMEOUT after `timeoutMs`,
 * ABORTED when the signal fires.
 */
export function runProcess(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let failure: InvoicectlError | undefined;
    const stop = (e: InvoicectlError) => {
      failure ??= e;
      killGroup(child.pid);
    };
    const timer = setTimeout(() => stop(new InvoicectlError('ENGINE_TIMEOUT', `${options.engine} did not finish within ${options.timeoutMs} ms`, { engine: options.engine, timeoutMs: options.timeoutMs })), options.timeoutMs);
    const onAbort = () => stop(new InvoicectlError('ABORTED', 'the operation was aborted'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (e: NodeJS.ErrnoException) => {
      finish();
      if (e.code === 'ENOENT') reject(new InvoicectlError('ENGINE_UNAVAILABLE', `${options.engine} is not installed (${command} not found)`, { engine: options.engine }, { cause: e }));
      else reject(new InvoicectlError('ENGINE_FAILED', `${options.engine} could not start: ${e.message}`, { engine: options.engine }, { cause: e }));
    });
    child.on('close', (code) => {
      finish();
      if (failure) return reject(failure);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}
