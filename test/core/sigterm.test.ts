import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tmpDir } from '../helpers/cli.js';

describe('SIGTERM during extract', () => {
  it('is handled like Ctrl-C: exit 143, no output and no temporary file left', async () => {
    const dir = tmpDir();
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const invoice = fs.readFileSync(path.join(ROOT, 'fixtures/western/invoice-en-usd.pdf'));
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(inputs, `${i}.pdf`), Buffer.concat([invoice, Buffer.from(`\n% ${i}\n`)]));
    const child = spawn(process.execPath, [BIN, 'extract', 'in', '--format', 'csv', '--no-ocr', '--no-cache', '-o', 'out.csv'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Stop it once results are being written: when the temporary output has content.
    const poll = setInterval(() => {
      const tmp = fs.readdirSync(dir).find((f) => f.endsWith('.tmp'));
      if (tmp && fs.statSync(path.join(dir, tmp)).size > 0) {
        clearInterval(poll);
        child.kill('SIGTERM');
      }
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    expect(code, stderr).toBe(143);
    expect(stderr).toContain('ABORTED');
    expect(fs.readdirSync(dir).sort()).toEqual(['in']);
  });
});
