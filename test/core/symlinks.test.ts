import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { collectInputs } from '../../src/core/inputs.js';
import { collectSources } from '../../src/convert/sources.js';
import { tmpDir } from '../helpers/cli.js';

const limits = defaultConfig().limits;

/** elsewhere/{one.pdf, travel/two.pdf}; tree/ holds only links to them, a link back up and a dangling link. */
function linkedTree(): string {
  const dir = tmpDir();
  fs.mkdirSync(path.join(dir, 'elsewhere', 'travel'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'elsewhere', 'one.pdf'), '%PDF-1.4 one');
  fs.writeFileSync(path.join(dir, 'elsewhere', 'travel', 'two.pdf'), '%PDF-1.4 two');
  fs.mkdirSync(path.join(dir, 'tree'));
  fs.symlinkSync(path.join(dir, 'elsewhere', 'one.pdf'), path.join(dir, 'tree', 'linked.pdf'));
  fs.symlinkSync(path.join(dir, 'elsewhere', 'travel'), path.join(dir, 'tree', 'travel'));
  fs.symlinkSync('..', path.join(dir, 'elsewhere', 'travel', 'up')); // a loop: travel/up/travel/up/...
  fs.symlinkSync(path.join(dir, 'gone.pdf'), path.join(dir, 'tree', 'gone.pdf'));
  return dir;
}

describe('folders holding symbolic links', () => {
  it('follows links to files and folders once each, and reports a dangling link as that file’s error', async () => {
    const dir = linkedTree();
    const { files, errors } = await collectInputs(['tree'], { limits, cwd: dir });
    // Through the loop, elsewhere/ is reached once (one.pdf again, under its own name), and never again.
    expect(files.map((f) => f.name)).toEqual(['tree/linked.pdf', 'tree/travel/two.pdf', 'tree/travel/up/one.pdf']);
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([['tree/gone.pdf', 'FILE_NOT_FOUND']]);
    const bytes = await Promise.all(files.map(async (f) => Buffer.from(await f.read()).toString()));
    expect(bytes).toContain('%PDF-1.4 two');
  });

  it('convert walks them the same way', async () => {
    const dir = linkedTree();
    const { sources, errors } = await collectSources(['tree'], { limits, formats: ['pdf'], cwd: dir });
    expect(sources.map((s) => s.file.name)).toContain('tree/travel/two.pdf');
    expect(errors.map((e) => [e.name, e.error.code])).toEqual([['tree/gone.pdf', 'FILE_NOT_FOUND']]);
  });
});
