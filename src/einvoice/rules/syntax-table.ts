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
  /** Only the matches this accepts are counted. */
  filter?: (n: XNode) => boolean;
  severity?: Severity;
  message: string;
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

export function runCountRules(ctx: RuleContext, root: XNode, rules: CountRule[]): void {
  // Rows share their contexts (the seller, each line): each is looked up once.
  const contexts = new Map<CountRule['context'], XNode[]>();
  for (const r of rules) {
    const max = r.max ?? 1;
    let list = contexts.get(r.context);
    if (!list) contexts.set(r.context, (list = r.context(root)));
    for (const c of list) {
      let found = nodesAt(c, r.path);
      if (r.filter) found = found.filter(r.filter);
      const bad = r.exactly ? found.length !== max : found.length > max;
      if (bad) ctx.report(r.id, r.severity ?? 'fatal', r.message, (found[max] ?? found[0])?.xpath ?? `${c.xpath}/${r.path.join('/')}`);
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
