import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tmpDir } from '../helpers/cli.js';

describe('Ctrl-C during convert', () => {
  it('stops with exit 130: outputs already written stay whole, nothing half-written', async () => {
    const dir = tmpDir();
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const invoice = fs.readFileSync(path.join(ROOT, 'fixtures/invoices/餐饮/dinner-haiweixuan.pdf'));
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(inputs, `${i}.pdf`), Buffer.concat([invoice, Buffer.from(`\n% ${i}\n`)]));
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [BIN, 'convert', inputs, '--to', 'png', '--dpi', '100', '--no-cache', '-o', `${out}/`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Interrupt once the batch is surely running: when the first page has been written.
    const poll = setInterval(() => {
      if (fs.existsSync(out) && fs.readdirSync(out).some((f) => f.endsWith('.png'))) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 20);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('ABORTED');
    const written = fs.readdirSync(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(400);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of written) expect(fs.readFileSync(path.join(out, f)).subarray(1, 4).toString()).toBe('PNG');
  });
});
