import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tmpDir } from '../helpers/cli.js';

describe('Ctrl-C during merge', () => {
  it('stops with exit 130 and leaves neither the output nor a temp file', async () => {
    const dir = tmpDir();
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const invoice = fs.readFileSync(path.join(ROOT, 'fixtures/invoices/餐饮/dinner-haiweixuan.pdf'));
    // Enough distinct invoices that the batch is still running when the signal comes.
    for (let i = 0; i < 1500; i++) fs.writeFileSync(path.join(inputs, `${i}.pdf`), Buffer.concat([invoice, Buffer.from(`\n% ${i}\n`)]));
    const out = path.join(dir, 'out.pdf');
    const child = spawn(process.execPath, [BIN, 'merge', inputs, '--no-cache', '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    setTimeout(() => child.kill('SIGINT'), 1500);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('ABORTED');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
