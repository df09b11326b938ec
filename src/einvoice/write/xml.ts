/** A tiny XML writer: elements with text, attributes and children; empty values leave the element out. */

export type XmlChild = string | null | undefined | false;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element; a null / empty text or no children leaves it out (EN 16931 XML has no empty elements). */
export function el(name: string, content: XmlChild | XmlChild[] | number, attrs: Record<string, string | null | undefined> = {}): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v != null)
    .map(([k, v]) => ` ${k}="${escape(v!)}"`)
    .join('');
  if (Array.isArray(content)) {
    const inner = content.filter((c): c is string => !!c).join('');
    return inner ? `<${name}${a}>${inner}</${name}>` : '';
  }
  if (content === null || content === undefined || content === false || content === '') return '';
  return `<${name}${a}>${escape(String(content))}</${name}>`;
}

/** An amount with two decimals (BR-DEC-*). */
export const amount = (n: number) => n.toFixed(2);

/** A quantity or price: as written, no exponent. */
export const decimal = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6));
