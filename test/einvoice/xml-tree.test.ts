/** The invoice XML parser: the tree the readers walk, and what it refuses. */
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/invoice/xml.js';

describe('parseXml', () => {
  it('namespace-free names, repeated elements as arrays, attributes, text, entities, CDATA, CR LF', () => {
    const tree = parseXml('<?xml version="1.0"?>\r\n<!-- c --><r:Root xmlns:r="urn:x" xmlns:a="urn:a"><a:ID schemeID="VA">DE1</a:ID><a:Note>A &amp; B &#x263A;\r\nnext</a:Note><a:Note><![CDATA[<raw> & ]]></a:Note><a:Empty/><a:Attr v=\'1\'/></r:Root>');
    expect(tree).toEqual({ Root: { ID: { '@schemeID': 'VA', '#text': 'DE1' }, Note: ['A & B ☺\nnext', '<raw> &'], Empty: '', Attr: { '@v': '1' } } });
  });

  it("an element or attribute named __proto__ is data, not the node's prototype", () => {
    const tree = parseXml('<a><__proto__><polluted>yes</polluted></__proto__><b __proto__="x">1</b></a>') as any;
    expect(Object.keys(tree.a)).toEqual(['__proto__', 'b']);
    expect(tree.a.polluted).toBeUndefined();
    expect(tree.a.b['@__proto__']).toBe('x');
    expect(({} as any).polluted).toBeUndefined();
  });

  it('values stay strings', () => {
    expect(parseXml('<a><b>00008006</b></a>')).toEqual({ a: { b: '00008006' } });
  });

  for (const [what, xml] of [
    ['mismatched end tag', '<a><b></a></b>'],
    ['unclosed element', '<a><b></b>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>junk'],
    ['undeclared entity', '<a>&nbsp;</a>'],
    ['bare ampersand', '<a>A & B</a>'],
    ['attribute twice', '<a x="1" x="2"/>'],
    ['no root', '<?xml version="1.0"?>'],
  ] as const) {
    it(`XML_CORRUPT: ${what}`, () => {
      expect(() => parseXml(xml)).toThrow(expect.objectContaining({ code: 'XML_CORRUPT' }));
    });
  }
});
