/**
 * bin/invoicectl.js run as a program, as npm links it (node_modules/.bin/invoicectl → the package's
 * bin/invoicectl.js): the document commands start Node without NODE_EXTRA_CA_CERTS, serve and worker keep it.
 *
 * What is observed is Node's own behaviour: a process started with NODE_EXTRA_CA_CERTS naming a missing file
 * prints "Ignoring extra certs from `FILE`" before any JavaScript runs; one started without it prints nothing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { BIN, SHARED, tmpDir } from '../helpers/cli.js';

const INVOICE = path.join(SHARED, 'corpus', 'cn-pdf', 'vmxmy__2024年03月15日深圳市宝安区锦阆扉酒店住宿服务180000.pdf');
const truth = JSON.parse(fs.readFileSync(`${INVOICE}.gt.json`, 'utf8'));

/** A folder where node_modules/.bin/invoicectl links to the built package's bin, as `npm install` leaves it. */
function installed(): { dir: string; launcher: string; missingCa: string } {
  const dir = tmpDir('invoicectl-launcher-');
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  const launcher = path.join(dir, 'node_modules', '.bin', 'invoicectl');
  fs.symlinkSync(path.relative(path.dirname(launcher), BIN), launcher);
  return { dir, launcher, missingCa: path.join(dir, 'no-such-ca.pem') };
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const caWarning = (file: string) => `Ignoring extra certs from \`${file}\``;

describe('the npm launcher', () => {
  it('extracts a real invoice in a process started without NODE_EXTRA_CA_CERTS', async () => {
    const { dir, launcher, missingCa } = installed();
    const result = await run(launcher, ['extract', INVOICE, '--no-cache', '--format', 'json', '-q'], { NODE_EXTRA_CA_CERTS: missingCa }, dir);
    expect(result.stderr).not.toContain('extra certs');
    expect([0, 3]).toContain(result.code);
    const [doc] = JSON.parse(result.stdout);
    expect(doc.invoice.number).toBe(truth.number);
    expect(doc.invoice.totalAmount).toBe(truth.totalAmount);
    expect(doc.invoice.seller.name).toBe(truth.seller);
  });

  it('merges in a process started without it, and so do help and version', async () => {
    const { dir, launcher, missingCa } = installed();
    const out = path.join(dir, 'merged.pdf');
    const merge = await run(launcher, ['merge', INVOICE, '--no-cache', '-q', '-o', out], { NODE_EXTRA_CA_CERTS: missingCa }, dir);
    expect(merge.code).toBe(0);
    expect(merge.stderr).not.toContain('extra certs');
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const version = await run(launcher, ['--version'], { NODE_EXTRA_CA_CERTS: missingCa }, dir);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(BIN, '..', '..', 'package.json'), 'utf8')).version);
    expect(version.stderr).not.toContain('extra certs');
  });

  it('keeps NODE_EXTRA_CA_CERTS for serve, worker and a command it does not know', async () => {
    const { dir, launcher, missingCa } = installed();
    for (const args of [['serve', '--help'], ['worker', '--help'], ['no-such-command']]) {
      const result = await run(launcher, args, { NODE_EXTRA_CA_CERTS: missingCa }, dir);
      expect(result.stderr, args.join(' ')).toContain(caWarning(missingCa));
    }
  });

  it('names every command but serve and worker among those started without it', async () => {
    // A new command keeps the variable until it is added to the launcher's list: a safe default, but one
    // that would cost every run of it the bundle's loading, so the list is kept complete here.
    const list = /case "\$1" in ([^)]*)\)/.exec(fs.readFileSync(BIN, 'utf8'))![1].split('|');
    const commands = (await buildProgram()).commands.map((c) => c.name());
    expect(commands).toContain('merge');
    expect(commands.filter((c) => !list.includes(c)).sort()).toEqual(['serve', 'worker']);
  });

  it('bundles for extract its own command and none of the others, and pdf-lib apart', async () => {
    // bin/invoicectl.js runs only `extract` from this file, which every run reads and copies whole.
    const dir = path.join(path.dirname(BIN), '..', 'dist', 'cli-bundle');
    const bundle = fs.readFileSync(path.join(dir, 'extract.cjs'), 'latin1');
    expect(bundle).toContain('structured invoice data (JSON, NDJSON or CSV)');
    expect(bundle).not.toContain('lay invoices out several per sheet');
    expect(bundle).not.toContain('run the HTTP API');
    expect(bundle).not.toContain('PDFDocument has no pages');
    expect(bundle).toContain('require("./pdf-lib.cjs")');
    // What those requires load: pdf-lib whole, writing and reading a PDF.
    const { PDFDocument } = createRequire(path.join(dir, 'extract.cjs'))('./pdf-lib.cjs') as typeof import('pdf-lib');
    const made = await PDFDocument.create();
    made.addPage([200, 300]);
    const read = await PDFDocument.load(await made.save());
    expect(read.getPage(0).getSize()).toEqual({ width: 200, height: 300 });
  });

  it('leaves the environment alone when Node runs the file itself', async () => {
    const { dir, missingCa } = installed();
    const result = await run(process.execPath, [BIN, '--version'], { NODE_EXTRA_CA_CERTS: missingCa }, dir);
    expect(result.stderr).toContain(caWarning(missingCa));
    expect(result.code).toBe(0);
  });
});
