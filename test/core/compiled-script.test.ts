/** Which compiled script a child process is started from: beside the module, else dist/'s copy of a source. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { compiledScript } from '../../src/core/compiled-script.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'compiled-script-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (rel: string) => {
  const at = path.join(root, rel);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, '');
  return at;
};

it('takes the script beside a compiled module, dist/ for a source module, and none when not built', () => {
  const host = file('dist/ocr/paddle/paddle-host.js');
  expect(compiledScript('./paddle/paddle-host.js', pathToFileURL(path.join(root, 'dist/ocr/engines.js')).href)).toBe(host);
  expect(compiledScript('./paddle/paddle-host.js', pathToFileURL(path.join(root, 'src/ocr/engines.ts')).href)).toBe(host);
  expect(compiledScript('./decoder-child.js', pathToFileURL(path.join(root, 'src/core/image/image-decoder.ts')).href)).toBeUndefined();
  expect(compiledScript('./paddle/paddle-host.js', pathToFileURL(path.join(root, 'lib/ocr/engines.js')).href)).toBeUndefined();
});
