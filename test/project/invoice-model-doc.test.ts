/**
 * docs/invoice-model.md is the users' description of the output: every field of the model's interfaces
 * and every check id the code can emit must be in it, and `extract --help` must point at it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const DOC = path.join(ROOT, 'docs', 'invoice-model.md');
const doc = readFileSync(DOC, 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** The fields an interface of src/invoice/model.ts declares (one per line, `name:` or `name?:`). */
function interfaceFields(name: string): string[] {
  const model = readFileSync(path.join(ROOT, 'src', 'invoice', 'model.ts'), 'utf8');
  const body = model.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`))?.[1] ?? '';
  return [...body.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]);
}

describe('docs/invoice-model.md', () => {
  it('documents every field of ExtractResult, Invoice, Party, LineItem and Check', () => {
    for (const name of ['ExtractResult', 'Invoice', 'Party', 'LineItem', 'Check']) {
      const fields = interfaceFields(name);
      expect(fields.length, name).toBeGreaterThan(2);
      for (const field of fields) expect(doc, `${name}.${field}`).toContain(`\`${field}\``);
    }
  });

  it('names every check id the code can emit', () => {
    // A check is built as { id: '<id>', ok… } wherever it is made (src/invoice/checks.ts, src/extract/qr.ts).
    const ids = new Set(sourceFiles(path.join(ROOT, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\{ id: '([a-z_]+)', ok\b/g)].map((m) => m[1])));
    expect([...ids]).toEqual(expect.arrayContaining(['totals_consistent', 'required_fields', 'qr_matches']));
    for (const id of ids) expect(doc, id).toContain(`| \`${id}\` |`);
  });

  it('is what `invoicectl extract --help` points at, by a path that exists', async () => {
    const run = await runCli(['extract', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('INVOICE-MODEL.md');
    const named = run.stdout.match(/(\S+invoice-model\.md)/)?.[1];
    expect(named).toBe(DOC);
    expect(existsSync(named!)).toBe(true);
  });
});
