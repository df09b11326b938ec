/** A real redis-server on a free loopback port with its own directory (AOF on), and `invoicectl worker` processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { BIN, ROOT, tmpDir } from '../helpers/cli.js';

export interface RedisProcess {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  /** Stops (saving its AOF) and starts again on the same port and directory. */
  restart(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const dir = tmpDir('invoicectl-redis-');
  let child: ChildProcess;
  const launch = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--protected-mode', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis did not start:\n${out}`)), 300_000);
      const check = () => {
        if (out.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', check);
      child.on('exit', (code) => reject(new Error(`redis exited with ${code}:\n${out}`)));
    });
  };
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return { url: `redis://127.0.0.1:${port}`, port, dir, stop, restart: async () => (await stop(), await launch()) };
}

export interface WorkerProcess {
  child: ChildProcess;
  logs(): string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startWorkerProcess(options: { redis: string; dataDir: string; configFile?: string; concurrency?: number }): Promise<WorkerProcess> {
  const args = [BIN, 'worker', '--redis', options.redis, '--data-dir', options.dataDir, '--concurrency', String(options.concurrency ?? 2)];
  if (options.configFile) args.push('--config', options.configFile);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let logs = '';
  child.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${logs}`)), 300_000);
    child.stderr!.on('data', () => {
      if (logs.includes('taking tasks from')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}:\n${logs}`)));
  });
  return {
    child,
    logs: () => logs,
    kill: async (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

export const configFileOf = (dataDir: string) => path.join(path.dirname(dataDir), 'config.json');
