/**
 * The machinery of the CEN syntax-binding rules (UBL-SR, UBL-CR, CII-SR, CII-DT): most say that an
 * element below a context occurs at most (or exactly) so often, or not at all. One table row per rule.
 */
import type { XNode } from '../xml-node.js';
import type { RuleContext, Severity } from './types.js';

export interface CountRule {
  id: string;
  /** The context elements, from the document's root. */
  context: (root: XNode) => XNode[];
  /** The path below the context whose matches are counted. */
  path: string[];
  /** At most this many (default 1); `exactly` makes it exactly this many. */
  max?: number;
  exactly?: boolean;
  /** Only the matches this accepts (given the raw element) are counted. */
  filter?: (raw: unknown) => boolean;
  severity?: Severity;
  message: string;
  /** The path's local names, cut on first use. */
  locals?: string[];
}

/** Every element at the end of `path` below `from` (each step may repeat). */
export function nodesAt(from: XNode, path: string[]): XNode[] {
  let cur = [from];
  for (const step of path) cur = cur.flatMap((n) => n.all(step));
  return cur;
}

/** A context path from the root: `at(root, 'cac:A', 'cac:B')` as a context function. */
export const under =
  (...path: string[]) =>
  (root: XNode): XNode[] =>
    nodesAt(root, path);

const localOf = (name: string) => name.slice(name.indexOf(':') + 1);

/** The raw values of a child element name (prefix dropped), as a list. */
function rawChildren(raw: unknown, local: string): unknown[] {
  if (raw === null || typeof raw !== 'object') return [];
  const v = (raw as Record<string, unknown>)[local];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** How many elements are at the end of `locals` below a raw element, counting only what `filter` accepts. */
function countAt(raw: unknown, locals: string[], i: number, filter: ((raw: unknown) => boolean) | undefined): number {
  if (raw === null || typeof raw !== 'object') return 0;
  const v = (raw as Record<string, unknown>)[locals[i]];
  if (v === undefined) return 0;
  const last = i === locals.length - 1;
  // A single child is the value itself, repeated ones an array (the tree's shape): no list is made.
  if (!Array.isArray(v)) return last ? (!filter || filter(v) ? 1 : 0) : countAt(v, locals, i + 1, filter);
  let n = 0;
  for (const c of v) n += last ? (!filter || filter(c) ? 1 : 0) : countAt(c, locals, i + 1, filter);
  return n;
}

/** The text of a raw element's descendant (a path of local names), trimmed; null when absent. */
export function rawText(raw: unknown, ...locals: string[]): string | null {
  let cur = raw;
  for (const l of locals) cur = rawChildren(cur, l)[0];
  const t = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)['#text'] : cur;
  return t == null ? null : String(t).trim();
}

/**
 * Counted on the raw tree (no XNode per element: these rules run on every invoice and almost never
 * fire); the XPath of a finding is built only when there is one.
 */
export function runCountRules(ctx: RuleContext, root: XNode, rules: CountRule[]): void {
  // Rows share their contexts (the seller, each line): each is looked up once.
  const contexts = new Map<CountRule['context'], XNode[]>();
  for (const r of rules) {
    const max = r.max ?? 1;
    let list = contexts.get(r.context);
    if (!list) contexts.set(r.context, (list = r.context(root)));
    const locals = (r.locals ??= r.path.map(localOf));
    for (const c of list) {
      const count = countAt(c.raw, locals, 0, r.filter);
      if (r.exactly ? count === max : count <= max) continue;
      const found = nodesAt(c, r.path).filter((n) => !r.filter || r.filter(n.raw));
      ctx.report(r.id, r.severity ?? 'fatal', r.message, (found[max] ?? found[0])?.xpath ?? `${c.xpath}/${r.path.join('/')}`);
    }
  }
}

/**
 * An extension of EN 16931 (a specification identifier with `#conformant#`, or a Factur-X / ZUGFeRD
 * EXTENDED guideline) may use what the core syntax restricts: its own schema and schematron allow more,
 * and the CEN syntax rules are not run on it.
 */
export function isExtension(customization: string | null): boolean {
  return /#conformant#|:extended$/i.test(customization ?? '');
}

/** The raw attribute of a raw element, or undefined. */
export const rawAttr = (raw: unknown, name: string): unknown => (raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)['@' + name] : undefined);
/** Whether a raw element has a child of that local name. */
export const rawHas = (raw: unknown, name: string): boolean => raw !== null && typeof raw === 'object' && (raw as Record<string, unknown>)[name] !== undefined;
