/**
 * A read-only walk over the namespace-free tree of src/invoice/xml.ts that keeps each element's XPath
 * (with the syntax's usual prefixes: cbc/cac for UBL, rsm/ram for CII), so a rule's finding can say
 * where. Repeated elements get their position: /cac:InvoiceLine[2]/cbc:ID.
 */
import { strictDecimal } from '../invoice/xml.js';

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
    return this.all(name)[0] ?? null;
  }

  /** Every child element of that name, in order. */
  all(name: string): XNode[] {
    if (this.raw == null || typeof this.raw !== 'object') return [];
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    const v = (this.raw as Record<string, unknown>)[local];
    if (v === undefined) return [];
    const list = Array.isArray(v) ? v : [v];
    return list.length === 1 ? [new XNode(list[0], this, name)] : list.map((raw, i) => new XNode(raw, this, `${name}[${i + 1}]`));
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
