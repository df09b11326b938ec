/**
 * A small, strict XML parser for invoice documents: one pass that checks well-formedness (names,
 * quotes, matching end tags, one root), refuses entity declarations and nesting beyond a limit, and
 * builds the namespace-free tree the readers walk (the shape fast-xml-parser gives with
 * removeNSPrefix: repeated elements as arrays, attributes as "@name", text as the value or "#text").
 * It exists for speed: validating an invoice spent three quarters of its time in the general parser
 * (a validation pass, then a parse), this reads the same files about five times faster.
 */
import { InvoicectlError } from '../core/errors.js';

export type XmlNode = Record<string, unknown>;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Frame {
  /** The element's object, made with its first attribute or child (a text-only element stays a string). */
  node: XmlNode | null = null;
  text = '';
  constructor(readonly name: string) {}
}

function corrupt(message: string, s: string, at: number): never {
  const line = s.slice(0, at).split('\n').length;
  throw new InvoicectlError('XML_CORRUPT', `invalid XML: ${message} (line ${line})`);
}

function decodeEntities(raw: string, s: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (m, name: string) => {
    if (!m.endsWith(';')) corrupt('an & that starts no entity reference', s, at);
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) corrupt(`bad character reference &${name};`, s, at);
      return String.fromCodePoint(code);
    }
    const v = PREDEFINED[name];
    if (v === undefined) corrupt(`undeclared entity &${name};`, s, at);
    return v;
  });
}

const localName = (qname: string) => {
  const i = qname.indexOf(':');
  return i < 0 ? qname : qname.slice(i + 1);
};

function addChild(parent: Frame, name: string, value: unknown): void {
  const node = (parent.node ??= Object.create(null) as XmlNode);
  const existing = node[name];
  if (existing === undefined) node[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else node[name] = [existing, value];
}

function valueOf(f: Frame): unknown {
  const text = f.text.trim();
  if (!f.node) return text;
  if (text) f.node['#text'] = text;
  return f.node;
}

const NAME = /[A-Za-z_\u00C0-\uFFFF][\w.\-:\u00B7\u00C0-\uFFFF]*/y;
const ATTR = /\s*([A-Za-z_\u00C0-\uFFFF][\w.\-:\u00B7\u00C0-\uFFFF]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;

export function parseXmlTree(source: string, maxDepth: number): XmlNode {
  // XML's end-of-line handling: CR LF and lone CR are read as LF.
  const s = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const root = new Frame('#document');
  const stack: Frame[] = [root];
  let i = 0;
  let sawRoot = false;
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    const top = stack[stack.length - 1];
    const textEnd = lt < 0 ? s.length : lt;
    if (textEnd > i) {
      const raw = s.slice(i, textEnd);
      if (stack.length === 1) {
        if (raw.trim()) corrupt('text outside the root element', s, i);
      } else if (top.text || raw.trim()) top.text += decodeEntities(raw, s, i);
    }
    if (lt < 0) break;
    i = lt;
    const c = s.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end < 0) corrupt('an unclosed comment', s, i);
        i = end + 3;
      } else if (s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i + 9);
        if (end < 0 || stack.length === 1) corrupt('a CDATA section outside an element or unclosed', s, i);
        top.text += s.slice(i + 9, end);
        i = end + 3;
      } else if (s.startsWith('<!DOCTYPE', i)) {
        if (sawRoot || stack.length > 1) corrupt('a DOCTYPE after the root element', s, i);
        const bracket = s.indexOf('[', i);
        const close = s.indexOf('>', i);
        let end = close;
        if (bracket >= 0 && bracket < close) {
          const sub = s.indexOf(']', bracket);
          if (/<!ENTITY/i.test(s.slice(bracket, sub < 0 ? undefined : sub))) {
            throw new InvoicectlError('XML_UNSAFE', 'the XML declares entities (<!ENTITY ...>): refused, as invoices never need them and they carry external-entity (XXE) and entity-expansion attacks');
          }
          end = sub < 0 ? -1 : s.indexOf('>', sub);
        }
        if (end < 0) corrupt('an unclosed DOCTYPE', s, i);
        i = end + 1;
      } else corrupt('markup that starts with <! but is no comment, CDATA or DOCTYPE', s, i);
    } else if (c === 0x3f /* ? */) {
      const end = s.indexOf('?>', i + 2);
      if (end < 0) corrupt('an unclosed processing instruction', s, i);
      i = end + 2;
    } else if (c === 0x2f /* / */) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(s);
      if (!m) corrupt('an end tag without a name', s, i);
      const frame = stack.pop()!;
      if (stack.length === 0 || frame.name !== m[0]) corrupt(`end tag </${m[0]}> does not close <${frame.name}>`, s, i);
      let j = NAME.lastIndex;
      while (j < s.length && s.charCodeAt(j) <= 0x20) j++;
      if (s[j] !== '>') corrupt(`a malformed end tag </${m[0]}>`, s, i);
      addChild(stack[stack.length - 1], localName(frame.name), valueOf(frame));
      i = j + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(s);
      if (!m) corrupt('a < that starts no element', s, i);
      if (stack.length === 1 && sawRoot) corrupt('a second root element', s, i);
      let j = NAME.lastIndex;
      const frame = new Frame(m[0]);
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(s);
        if (!a || a.index !== j) break;
        j = ATTR.lastIndex;
        const qname = a[1];
        if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
        const key = '@' + localName(qname);
        const attrs = (frame.node ??= Object.create(null) as XmlNode);
        if (key in attrs) corrupt(`attribute ${qname} given twice`, s, j);
        attrs[key] = decodeEntities(a[3] ?? a[4], s, j);
      }
      while (j < s.length && s.charCodeAt(j) <= 0x20) j++;
      if (s[j] === '/' && s[j + 1] === '>') {
        addChild(top, localName(m[0]), valueOf(frame));
        i = j + 2;
      } else if (s[j] === '>') {
        if (stack.length > maxDepth) {
          throw new InvoicectlError('XML_UNSAFE', `the XML nests elements more than ${maxDepth} levels deep: refused (no invoice format nests deeper than a few dozen)`);
        }
        stack.push(frame);
        i = j + 1;
      } else corrupt(`a malformed start tag <${m[0]}>`, s, i);
      if (stack.length === 1 || (stack.length === 2 && stack[1] === frame)) sawRoot = true;
    }
  }
  if (stack.length > 1) corrupt(`<${stack[stack.length - 1].name}> is never closed`, s, s.length);
  if (!sawRoot) corrupt('no root element', s, 0);
  return root.node ?? {};
}
