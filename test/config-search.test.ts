/**
 * The configuration search loads cosmiconfig (and its YAML and JSON parsers) only where it could find
 * something: a project that merely depends on invoicectl names it in its package.json without
 * configuring it there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { tmpDir } from './helpers/cli.js';

const imported = vi.hoisted(() => ({ cosmiconfig: 0 }));
vi.mock('cosmiconfig', async (original) => {
  imported.cosmiconfig++;
  return original();
});

describe('configuration search', () => {
  it('does not load cosmiconfig for a package.json that only depends on invoicectl', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'books', dependencies: { invoicectl: '^1.0.0' }, scripts: { invoices: 'invoicectl extract in' } }));
    expect(await loadConfig({ cwd: dir })).toMatchObject({ filepath: null });
    expect(imported.cosmiconfig).toBe(0);
  });

  it('reads package.json#invoicectl, and a package.json that does not parse is an error', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'books', dependencies: { invoicectl: '^1.0.0' }, invoicectl: { concurrency: 3 } }));
    expect((await loadConfig({ cwd: dir })).config.concurrency).toBe(3);
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "books", "invoicectl": ');
    await expect(loadConfig({ cwd: dir })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
