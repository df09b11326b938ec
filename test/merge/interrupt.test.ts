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
    // Distinct invoices, so that writing the sheets takes a while after the temp output appears.
    for (let i = 0; i < 1500; i++) fs.writeFileSync(path.join(inputs, `${i}.pdf`), Buffer.concat([invoice, Buffer.from(`\n% ${i}\n`)]));
    const out = path.join(dir, 'out.pdf');
    // The signal is sent when the command shows it is writing (its temp output appears), never after a
    // fixed delay: a fast machine would finish first, a slow one would not have started.
    const watcher = fs.watch(dir);
    const child = spawn(process.execPath, [BIN, 'merge', inputs, '--no-cache', '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let sawTemp = false;
    watcher.on('change', (_event, name) => {
      if (sawTemp || !String(name).endsWith('.tmp')) return;
      sawTemp = true;
      child.kill('SIGINT');
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    watcher.close();
    expect(sawTemp, stderr).toBe(true);
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('ABORTED');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
