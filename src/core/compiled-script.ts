/**
 * The compiled script a process is started from (a child that contains native code: the image decoder,
 * the PaddleOCR host). Beside the module when running compiled; when running from the TypeScript sources
 * (the tests, after `npm test` built dist/), dist/'s copy, so the tests run native code in child
 * processes as the tool does: in-process, @napi-rs/canvas on the test's own thread and on the engine's
 * threads at once crashed a test process (SIGSEGV) now and then. Undefined when there is none: the
 * caller then runs the code in-process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function compiledScript(name: string, moduleUrl: string): string | undefined {
  const beside = fileURLToPath(new URL(name, moduleUrl));
  if (existsSync(beside)) return beside;
  const src = `${path.sep}src${path.sep}`;
  const at = beside.lastIndexOf(src);
  if (at < 0) return undefined;
  const built = `${beside.slice(0, at)}${path.sep}dist${path.sep}${beside.slice(at + src.length)}`;
  return existsSync(built) ? built : undefined;
}
