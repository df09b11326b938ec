/**
 * Which annotation appearances merge paints over a placed page: visible ones (a seal, a stamp), not
 * hidden ones nor pop-up notes (a viewer shows those only on demand).
 */
import { PDFDocument, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { annotationAppearances } from '../../src/pdf/annotation-appearances.js';

async function pageWith(annots: { subtype: string; flags?: number; rect: number[] }[]) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const refs: PDFRef[] = [];
  for (const a of annots) {
    const appearance = doc.context.register(doc.context.stream('0 0 1 rg 0 0 10 10 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10] }));
    refs.push(appearance);
    page.node.addAnnot(doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: a.subtype, Rect: a.rect, F: a.flags ?? 4, AP: { N: appearance } })));
  }
  return { node: page.node, refs };
}

describe('annotation appearances painted on a merged page', () => {
  it('a stamp is placed onto its Rect; a pop-up note and a hidden annotation are not', async () => {
    const { node, refs } = await pageWith([
      { subtype: 'Stamp', rect: [20, 30, 40, 60] },
      { subtype: 'Popup', rect: [0, 0, 100, 100] },
      { subtype: 'Square', flags: 2, rect: [0, 0, 50, 50] },
    ]);
    const found = annotationAppearances(node);
    expect(found.map((a) => a.ref)).toEqual([refs[0]]);
    // BBox 10x10 onto a 20x30 Rect at (20, 30).
    expect(found[0].matrix).toEqual([2, 0, 0, 3, 20, 30]);
  });
});
