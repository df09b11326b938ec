/**
 * A small element tree over fast-xml-parser. OFD needs document order (a Layer interleaves text, paths
 * and images, and z-order is that order), so the parser runs in preserveOrder mode and its output is
 * reshaped into plain elements. Namespace prefixes are dropped: producers disagree on them (some even
 * write `<:eInvoice xmlns:="">`), and OFD element names are unique without them.
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element, untrimmed (TextCode spacing matters). */
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // also decodes numeric references (&#x4E2D;), which plain processEntities leaves alone
});

type RawNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Parses a document and returns its root element, or undefined when there is none (not XML). */
export function parseXml(source: string): XmlElement | undefined {
  const nodes = parser.parse(source) as RawNode[];
  for (const node of nodes) {
    const el = toElement(node);
    if (el && !el.name.startsWith('?') && !el.name.startsWith('!')) return el;
  }
  return undefined;
}

function toElement(node: RawNode): XmlElement | undefined {
  for (const key of Object.keys(node)) {
    if (key === ':@' || key === '#text') continue;
    const el: XmlElement = { name: key, attrs: node[':@'] ?? {}, children: [], text: '' };
    const content = node[key];
    if (Array.isArray(content)) {
      for (const child of content as RawNode[]) {
        if ('#text' in child) el.text += String(child['#text']);
        else {
          const c = toElement(child);
          if (c) el.children.push(c);
        }
      }
    }
    return el;
  }
  return undefined;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Trimmed text of a child element (for path and number values, where whitespace is layout). */
export function childText(el: XmlElement | undefined, name: string): string | undefined {
  const c = child(el, name);
  return c ? c.text.trim() : undefined;
}
