/**
 * No temporary file outlives a run, on any way out: the OCR language folder (invoicectl-tessdata-*),
 * which a killed extract used to leave in TMPDIR, and the output's `.<name>.<pid>.*.tmp`. A second
 * Ctrl-C leaves at once through process.exit, which skips every `finally`: the exit hook of
 * src/core/temp-files.ts removes what is still there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { BIN, ROOT, tmpDir } from '../helpers/cli.js';

const TAXI = path.join(ROOT, 'fixtures/invoices/receipts/taxi.png');

/** Runs the CLI with a private TMPDIR, sends SIGINT `times` times once `ready(tmpdir)` holds, and resolves with the exit code. */
async function interrupt(args: string[], ready: (tmpdir: string) => boolean, times: number) {
  const dir = tmpDir();
  const tmpdir = path.join(dir, 'tmp');
  fs.mkdirSync(tmpdir);
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, TMPDIR: tmpdir }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let sawReady = false;
  const poll = setInterval(() => {
    if (sawReady || !ready(tmpdir)) return;
    sawReady = true;
    for (let i = 0; i < times; i++) setTimeout(() => child.kill('SIGINT'), i * 50);
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  return { code, stderr, sawReady, dir, leftInTmp: fs.readdirSync(tmpdir) };
}

const hasTessdata = (tmpdir: string) => fs.readdirSync(tmpdir).some((f) => f.startsWith('invoicectl-tessdata-'));

it('extract stopped by one Ctrl-C during OCR exits 130 and leaves no invoicectl-tessdata-* folder', async () => {
  const run = await interrupt(['extract', TAXI, '--no-cache', '--ocr-lang', 'eng', '--ocr-engine', 'tesseract'], hasTessdata, 1);
  expect(run.sawReady, run.stderr).toBe(true);
  expect(run.code, run.stderr).toBe(130);
  expect(run.leftInTmp).toEqual([]);
});

it('extract quit by a second Ctrl-C (process.exit) still removes its OCR folder and its half-written output', async () => {
  const run = await interrupt(['extract', TAXI, TAXI, '--no-cache', '--ocr-lang', 'eng', '--ocr-engine', 'tesseract', '-o', 'out.json'], hasTessdata, 2);
  expect(run.sawReady, run.stderr).toBe(true);
  expect(run.code, run.stderr).toBe(130);
  expect(run.leftInTmp).toEqual([]);
  expect(fs.readdirSync(run.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
