/**
 * A read-only walk over the namespace-free tree of src/invoice/xml.ts that keeps each element's XPath
 * (with the syntax's usual prefixes: cbc/cac for UBL, rsm/ram for CII), so a rule's finding can say
 * where. Repeated elements get their position: /cac:InvoiceLine[2]/cbc:ID.
 */
import { strictDecimal } from '../invoice/xml.js';

/**
 * Local names by prefixed name (the rules' literals): cut once, not on every lookup. Bounded, as a rule
 * that walks a document's own element names passes those too.
 */
const LOCAL = new Map<string, string>();
const MAX_LOCAL = 4096;

function localName(name: string): string {
  let local = LOCAL.get(name);
  if (local === undefined) {
    const colon = name.indexOf(':');
    local = colon < 0 ? name : name.slice(colon + 1);
    if (LOCAL.size < MAX_LOCAL) LOCAL.set(name, local);
  }
  return local;
}

export class XNode {
  private path?: string;

  /** `parent` and `step` make the XPath when it is asked for (most elements' never are). */
  constructor(
    readonly raw: unknown,
    pathOrParent: string | XNode,
    private readonly step = '',
  ) {
    if (typeof pathOrParent === 'string') this.path = pathOrParent;
    else this.parent = pathOrParent;
  }

  private parent?: XNode;

  get xpath(): string {
    return (this.path ??= `${this.parent!.xpath}/${this.step}`);
  }

  /** The first child element of that (prefixed) name, or null. */
  get(name: string): XNode | null {
    const v = this.child(name);
    if (v === undefined) return null;
    if (!Array.isArray(v)) return new XNode(v, this, name);
    return v.length === 0 ? null : new XNode(v[0], this, v.length === 1 ? name : `${name}[1]`);
  }

  /** Every child element of that name, in order. */
  all(name: string): XNode[] {
    const v = this.child(name);
    if (v === undefined) return [];
    const list = Array.isArray(v) ? v : [v];
    return list.length === 1 ? [new XNode(list[0], this, name)] : list.map((raw, i) => new XNode(raw, this, `${name}[${i + 1}]`));
  }

  /** The raw value(s) under a prefixed child name. */
  private child(name: string): unknown {
    if (this.raw == null || typeof this.raw !== 'object') return undefined;
    return (this.raw as Record<string, unknown>)[localName(name)];
  }

  /** A path of child names; null when any step is missing. */
  at(...names: string[]): XNode | null {
    let cur: XNode | null = this;
    for (const n of names) cur = cur?.get(n) ?? null;
    return cur;
  }

  /** The element's text, trimmed; null when empty. */
  text(): string | null {
    let v = this.raw;
    if (v != null && typeof v === 'object') v = (v as Record<string, unknown>)['#text'];
    if (v == null) return null;
    const s = String(v).trim();
    return s || null;
  }

  attr(name: string): string | null {
    if (this.raw == null || typeof this.raw !== 'object') return null;
    const v = (this.raw as Record<string, unknown>)['@' + name];
    return v == null ? null : String(v);
  }

  /** Child element names (local), for rules on structure. */
  childNames(): string[] {
    if (this.raw == null || typeof this.raw !== 'object') return [];
    return Object.keys(this.raw as object).filter((k) => !k.startsWith('@') && k !== '#text');
  }
}

type Raw = Record<string, unknown>;
const isElementKey = (k: string) => k[0] !== '@' && k !== '#text';

/** An element of the raw tree, as eachElement visits it. */
export interface ElementVisit {
  /** Local name. */
  name: string;
  /** Its value: the text, or the node with "@attributes", "#text" and child elements. */
  raw: unknown;
  /** The parent's node. */
  parent: Raw;
  /** Its XPath as XNode names steps below `root` (/*:Name, /*:Name[2]); built when asked for. */
  xpath(): string;
}

/**
 * Every element below `root`, in document order (a parent before its children, same-named siblings
 * together), read from the raw tree: for the rules about every element (Peppol R008, R051, BR-CL-03),
 * without an XNode per element.
 */
export function eachElement(root: XNode, visit: (e: ElementVisit) => void): void {
  const steps: string[] = [];
  const e: ElementVisit = { name: '', raw: null, parent: {}, xpath: () => `${root.xpath}/${steps.join('/')}` };
  const walk = (raw: unknown): void => {
    if (raw === null || typeof raw !== 'object') return;
    for (const name of Object.keys(raw)) {
      if (!isElementKey(name)) continue;
      const value = (raw as Raw)[name];
      const list = Array.isArray(value) ? value : [value];
      for (let i = 0; i < list.length; i++) {
        steps.push(list.length > 1 ? `*:${name}[${i + 1}]` : `*:${name}`);
        e.name = name;
        e.raw = list[i];
        e.parent = raw as Raw;
        visit(e);
        walk(list[i]);
        steps.pop();
      }
    }
  };
  walk(root.raw);
}

/** An element without text and without child elements (attributes do not count). */
export function isEmptyElement(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object') return raw === '' || raw == null;
  return !Object.keys(raw).some(isElementKey) && !String((raw as Raw)['#text'] ?? '').trim();
}

/** A text value and where it is. */
export interface Val {
  text: string;
  xpath: string;
}

/** An amount or quantity: its value under xs:decimal (null when written otherwise), its text, where. */
export interface Num extends Val {
  value: number | null;
}

export function val(n: XNode | null): Val | null {
  const t = n?.text();
  return n && t ? { text: t, xpath: n.xpath } : null;
}

export function num(n: XNode | null): Num | null {
  const t = n?.text();
  if (!n || !t) return null;
  return { text: t, xpath: n.xpath, value: strictDecimal(n.raw).value };
}
