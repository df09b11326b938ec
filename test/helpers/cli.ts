import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'invoicectl.js');
export const SHARED = path.resolve(ROOT, '..', 'shared');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs the built CLI as a user would, in a child process. */
export function runCli(args: string[], options: { cwd?: string; input?: Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    if (options.input) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

export function tmpDir(prefix = 'invoicectl-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Runs the built CLI as runCli does, with every module file its main thread loads recorded
 * (loaded-modules.mjs, a module load hook): `files` are their paths, node: built-ins left out.
 */
export async function runCliLoading(args: string[]): Promise<CliRun & { files: string[] }> {
  const record = path.join(tmpDir(), 'loaded.txt');
  const hook = pathToFileURL(path.join(ROOT, 'test', 'helpers', 'loaded-modules.mjs')).href;
  const run = await runCli(args, { env: { INVOICECTL_LOADED_MODULES: record, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${hook}`.trim() } });
  const urls = fs.existsSync(record) ? fs.readFileSync(record, 'utf8').split('\n').filter(Boolean) : [];
  return { ...run, files: urls.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)) };
}
