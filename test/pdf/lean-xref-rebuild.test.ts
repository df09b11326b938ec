/**
 * Cross-reference data rebuilt by scanning the file (LeanDocument's `repair` and `rebuild`, which merge
 * uses; extract keeps `read`): a file a tool edited without updating startxref and the offsets, as
 * corpus/western-pdf/mustang__invalidXMP-ParseError.pdf is, reads as pdf-lib's full parse reads it.
 */
import { describe, expect, it } from 'vitest';
import { LeanDocument } from '../../src/pdf/lean/document.js';
import { Ref } from '../../src/pdf/lean/syntax.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';

const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 5 0 R >>',
  '<< /N 4 >>',
  // Stream data that looks like a later definition of object 4: it must not be taken for one.
  '<< /Length 19 >>\nstream\n4 0 obj << /N 99 >>\nendstream',
];

/** The file with `inserted` after its header: every offset, and startxref, now points too early. */
function shifted(bytes: Uint8Array, inserted: string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.indexOf('\n') + 1;
  return new Uint8Array(Buffer.from(text.slice(0, at) + inserted + text.slice(at), 'latin1'));
}

describe('cross-reference data rebuilt by scanning', () => {
  const good = pdfFromObjects(objects);
  const damaged = shifted(good, '% a comment a tool added, offsets left as they were\n');

  it('reads an intact file the same in every mode', () => {
    for (const mode of ['read', 'repair', 'rebuild'] as const) {
      const doc = new LeanDocument(good, { mode });
      expect(doc.pages().map((p) => doc.array(p.get('MediaBox')))).toEqual([[0, 0, 300, 400]]);
      expect(doc.dict(new Ref(4, 0))?.get('N')).toBe(4);
    }
  });

  it('refuses the shifted file when only reading, reads it when repairing', () => {
    expect(() => new LeanDocument(damaged, { mode: 'read' }).pages()).toThrow();
    const doc = new LeanDocument(damaged, { mode: 'repair' });
    expect(doc.pages().map((p) => doc.array(p.get('MediaBox')))).toEqual([[0, 0, 300, 400]]);
    // Object 4 is the real one, not the bytes inside object 5's stream.
    expect(doc.dict(new Ref(4, 0))?.get('N')).toBe(4);
    expect(Buffer.from(doc.streamData(new Ref(5, 0))!).toString('latin1')).toBe('4 0 obj << /N 99 >>');
  });

  it('takes the later of two definitions of an object, as an update replaces it', () => {
    const text = Buffer.from(damaged).toString('latin1');
    const updated = new Uint8Array(Buffer.from(`${text}4 0 obj\n<< /N 6 >>\nendobj\ntrailer\n<< /Size 6 /Root 1 0 R >>\n`, 'latin1'));
    expect(new LeanDocument(updated, { mode: 'repair' }).dict(new Ref(4, 0))?.get('N')).toBe(6);
  });

  it('refuses a file with no trailer naming a /Root', () => {
    const text = Buffer.from(damaged).toString('latin1').replace('/Root 1 0 R', '');
    expect(() => new LeanDocument(new Uint8Array(Buffer.from(text, 'latin1')), { mode: 'repair' })).toThrow(/no trailer/);
  });
});
