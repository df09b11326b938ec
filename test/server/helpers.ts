/**
 * `invoicectl serve` started as a user starts it: the built CLI in a child process, on a free loopback
 * port, with a temporary data dir and cache. Tests talk to it over real HTTP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, tmpDir } from '../helpers/cli.js';

export interface ServeProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server wrote on stderr so far (JSON log lines). */
  logs(): string;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | string | null>;
  /** SIGKILL and wait. */
  kill(): Promise<void>;
}

export interface ServeOptions {
  /** Reuse a data dir (a restart). */
  dataDir?: string;
  /** Extra `serve` section settings, written into a config file. */
  serve?: Record<string, unknown>;
  /** Other config sections. */
  config?: Record<string, unknown>;
  args?: string[];
  env?: NodeJS.ProcessEnv;
}

export async function startServe(options: ServeOptions = {}): Promise<ServeProcess> {
  const base = options.dataDir ? path.dirname(options.dataDir) : tmpDir('invoicectl-serve-');
  const dataDir = options.dataDir ?? path.join(base, 'data');
  const configFile = path.join(base, 'config.json');
  // A sync request answered 202 once serve.syncWaitSeconds pass would make a test's outcome depend on
  // the machine's speed: tests wait as long as the work takes, unless they test the wait itself.
  const serve = { logLevel: 'info', syncWaitSeconds: 3600, ...options.serve };
  const config = { ...options.config, cache: { dir: path.join(base, 'cache') }, serve };
  fs.writeFileSync(configFile, JSON.stringify(config));
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dataDir, '--config', configFile, ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdout!.resume();
  // Killed by a signal → its name, so a failed assertion says which.
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const url = await new Promise<string>((resolve, reject) => {
    // Well inside the test's own timeout, so that a start that hangs fails with the server's output.
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${stderr}`)), 300_000);
    const onData = () => {
      const m = /listening on (http:\/\/\S+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        child.stderr!.off('data', onData);
        resolve(m[1]);
      }
    };
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    dataDir,
    child,
    logs: () => stderr,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Polls `check` until it returns a value (not undefined). No deadline of its own: what it waits for is
 * real work that a loaded machine may take minutes over; vitest's test timeout stops a test that hangs.
 */
export async function waitFor<T>(check: () => Promise<T | undefined>, intervalMs = 200): Promise<T> {
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Debian's python3 has python3-requests (the specs' clients use it); a pyenv python first on PATH may not. */
export const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
