/**
 * Every spec module of the server has one layout: index.ts (the module), routes/, errors.ts (its error
 * shape through the shared handler), schema.ts, and tasks.ts when it queues tasks; the glue they share
 * lives in src/server/http/ and src/server/queue/, not in each module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SERVER = path.join(ROOT, 'src', 'server');
const MODULES = ['cached-task', 'convert', 'extract', 'invoices', 'processor', 'validate'];

const read = (...parts: string[]) => fs.readFileSync(path.join(SERVER, ...parts), 'utf8');
const exists = (...parts: string[]) => fs.existsSync(path.join(SERVER, ...parts));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the spec modules of src/server', () => {
  it.each(MODULES)('%s has index.ts, routes/, errors.ts and schema.ts', (name) => {
    expect(exists(name, 'index.ts')).toBe(true);
    expect(fs.statSync(path.join(SERVER, name, 'routes')).isDirectory()).toBe(true);
    expect(fs.readdirSync(path.join(SERVER, name, 'routes')).some((f) => f.endsWith('.ts'))).toBe(true);
    expect(exists(name, 'errors.ts')).toBe(true);
    expect(exists(name, 'schema.ts')).toBe(true);
    expect(read(name, 'errors.ts')).toContain("from '../http/error-handler.js'");
  });

  it.each(MODULES)('%s has its task handlers in tasks.ts exactly when it queues tasks', (name) => {
    const queuesTasks = /^\s*tasks:\s*\(/m.test(read(name, 'index.ts'));
    expect(exists(name, 'tasks.ts')).toBe(queuesTasks);
    expect(exists(name, 'task.ts') || exists(name, 'process-task.ts') || exists(name, 'routes.ts')).toBe(false);
  });

  it('installs error handlers only through the shared factory', () => {
    const own = sourceFiles(SERVER).filter((f) => /setErrorHandler\(\s*\(/.test(fs.readFileSync(f, 'utf8')));
    expect(own.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('converts hours to milliseconds in one place', () => {
    const at = sourceFiles(SERVER).filter((f) => /\b(?:fileTtlHours|sessionTtlHours)\s*\*/.test(fs.readFileSync(f, 'utf8')));
    expect(at.map((f) => path.relative(ROOT, f))).toEqual(['src/server/settings.ts']);
  });
});
