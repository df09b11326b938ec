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
