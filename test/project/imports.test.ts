/**
 * The import graph of src/: no circle (type imports included: a circle of types is a circle of
 * modules that cannot be understood one at a time) and no import from a lower layer to a higher one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SRC = path.join(ROOT, 'src');

/** Each top-level area of src/ and its layer: an area may import from its own layer and the ones below. */
const LAYER: Record<string, number> = {
  core: 0, config: 0, version: 0,
  pdf: 1, ocr: 1, ofd: 1, invoice: 1,
  einvoice: 2,
  extract: 3, merge: 3, convert: 3,
  runtime: 4,
  api: 5,
  index: 6,
  cli: 7, server: 7,
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every relative module a file imports or re-exports, `import type` included. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+'(\.[^']+)'/gm), ...text.matchAll(/^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1]);
  return specs.map((s) => path.join(path.dirname(file), s.replace(/\.js$/, '.ts'))).filter((p) => fs.existsSync(p));
}

const graph = new Map(sourceFiles(SRC).map((f) => [f, importsOf(f)]));
const rel = (f: string) => path.relative(ROOT, f);
const area = (f: string) => path.relative(SRC, f).split(path.sep)[0].replace(/\.ts$/, '');

/** Strongly connected components of more than one module (Tarjan). */
function circles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(rel(w));
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', () => {
  it('reads every module and its imports', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(path.join(SRC, 'api', 'merge.ts'))).toContain(path.join(SRC, 'core', 'inputs.ts'));
  });

  it('has no circle', () => {
    expect(circles()).toEqual([]);
  });

  it('imports only from its own layer or a lower one', () => {
    const unknown = [...new Set([...graph.keys()].map(area))].filter((a) => !(a in LAYER));
    expect(unknown, 'an area of src/ without a layer: add it to LAYER').toEqual([]);
    const upward = [...graph].flatMap(([from, tos]) => tos.filter((to) => LAYER[area(to)] > LAYER[area(from)]).map((to) => `${rel(from)} -> ${rel(to)}`));
    expect(upward).toEqual([]);
  });
});
