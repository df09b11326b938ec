import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { loadConfig } from '../src/config/load.js';
import { expandHome } from '../src/config/paths.js';
import { validateConfig } from '../src/config/validate.js';
import { ROOT, runCli, tmpDir } from './helpers/cli.js';

describe('configuration', () => {
  it('the example file documents every key with its default (apart from machine-dependent values)', () => {
    const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'invoicectl.config.example.json'), 'utf8'));
    const defaults = defaultConfig();
    const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(example).sort()).toEqual(keys(defaults).sort());
    expect(example.merge).toEqual(defaults.merge);
    expect(example.limits).toEqual(defaults.limits);
  });

  it('names the bad key and the expected type', () => {
    const d = defaultConfig();
    expect(() => validateConfig({ merge: { gap: 'wide' } }, d, 'x.json')).toThrow(/"merge.gap" must be a non-negative number/);
    expect(() => validateConfig({ limits: { maxPagez: 1 } }, d, 'x.json')).toThrow(/unknown key "limits.maxPagez"/);
    expect(() => validateConfig({ merge: { orientation: 'sideways' } }, d, 'x.json')).toThrow(/merge.orientation" must be one of portrait, landscape, auto/);
    expect(() => validateConfig({ merge: { margin: [1, 2, 3] } }, d, 'x.json')).toThrow(/merge.margin/);
    expect(validateConfig({ merge: { margin: [1, 2, 3, 4], layout: '2x2' } }, d, 'x.json').merge).toMatchObject({ margin: [1, 2, 3, 4], layout: '2x2', gap: 5 });
  });

  it('finds package.json#invoicectl and --config files', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', invoicectl: { concurrency: 3 } }));
    expect((await loadConfig({ cwd: dir })).config.concurrency).toBe(3);
    fs.writeFileSync(path.join(dir, 'custom.json'), JSON.stringify({ cache: { ttlDays: 7 } }));
    const loaded = await loadConfig({ cwd: dir, file: 'custom.json' });
    expect(loaded.config.cache.ttlDays).toBe(7);
    expect(loaded.filepath).toBe(path.join(dir, 'custom.json'));
    await expect(loadConfig({ cwd: dir, file: 'missing.json' })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });

  it('searches up to the project root as cosmiconfig does: an rc file above is found, none beyond a package.json', async () => {
    const dir = tmpDir();
    const deep = path.join(dir, 'a', 'b');
    fs.mkdirSync(deep, { recursive: true });
    expect((await loadConfig({ cwd: deep })).filepath).toBe(null);
    fs.writeFileSync(path.join(dir, '.invoicectlrc.yaml'), 'merge:\n  layout: 2x2\n');
    const found = await loadConfig({ cwd: deep });
    expect(found.filepath).toBe(path.join(dir, '.invoicectlrc.yaml'));
    expect(found.config.merge.layout).toBe('2x2');
    // A package.json without an invoicectl key ends the search where it is.
    fs.writeFileSync(path.join(dir, 'a', 'package.json'), JSON.stringify({ name: 'inner' }));
    expect((await loadConfig({ cwd: deep })).config.merge.layout).toBe(defaultConfig().merge.layout);
    fs.writeFileSync(path.join(dir, 'a', 'package.json'), JSON.stringify({ name: 'inner', invoicectl: { merge: { layout: '1x1' } } }));
    expect((await loadConfig({ cwd: deep })).config.merge.layout).toBe('1x1');
  });

  it('expands a leading ~ in path settings to the home folder, and nothing else', () => {
    const d = defaultConfig();
    const home = os.homedir();
    const c = validateConfig({ cache: { dir: '~/.cache/x' }, serve: { dataDir: '~' }, extract: { templates: 'a/~/b' } }, d, 'x.json');
    expect(c.cache.dir).toBe(path.join(home, '.cache', 'x'));
    expect(c.serve.dataDir).toBe(home);
    expect(c.extract.templates).toBe('a/~/b');
    expect(expandHome('~other/x', '/h')).toBe('~other/x');
  });

  it("the example, copied as a user's invoicectl.config.json, runs a command and caches under the home folder", async () => {
    const home = tmpDir('invoicectl-home-');
    const work = tmpDir();
    fs.copyFileSync(path.join(ROOT, 'invoicectl.config.example.json'), path.join(work, 'invoicectl.config.json'));
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'western', 'rechnung-de-eur.pdf'), path.join(work, 'rechnung.pdf'));
    const run = await runCli(['extract', 'rechnung.pdf', '-q'], { cwd: work, env: { HOME: home, XDG_CACHE_HOME: '' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.invoice).toMatchObject({ number: 'RE-2024-00187', totalAmount: 2820.18 });
    expect(fs.existsSync(path.join(work, '~'))).toBe(false);
    expect(fs.readdirSync(path.join(home, '.cache', 'invoicectl')).length).toBeGreaterThan(0);
  });
});
