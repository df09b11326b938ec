/**
 * An object of a placed page whose bytes are damaged (a byte turned into `(` opens a string that swallows
 * the rest, a dictionary or hex string never closed) is never carried into the merged PDF as it is: it
 * is written as pdf-lib reads it, and the file is PDF_CORRUPT when it cannot be read (fuzz seed 29,
 * inputs 2446 and 3459: the output held an object without its `endobj`). The output is well-formed and
 * the good invoice beside it is whole.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';
import { tmpDir } from '../helpers/cli.js';

/** One page showing `text` in the font of object 5, whose body is `font`. */
function pdfWithFont(font: string, text: string): Uint8Array {
  const content = `BT /F1 24 Tf 72 700 Td (${text}) Tj ET`;
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    font,
  ]);
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

async function mergeBeside(font: string) {
  const result = await merge({
    inputs: [
      { name: 'damaged.pdf', bytes: pdfWithFont(font, 'DAMAGED PAGE') },
      { name: 'good.pdf', bytes: pdfWithFont(HELVETICA, 'GOOD INVOICE 0042') },
    ],
    layout: '1x1',
  });
  const file = path.join(tmpDir(), 'merged.pdf');
  fs.writeFileSync(file, result.output!);
  const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  expect(check.stdout + check.stderr).not.toMatch(/WARNING/);
  expect(check.stdout).toContain('No syntax or stream encoding errors found');
  expect(check.status).toBe(0);
  expect(spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout).toContain('GOOD INVOICE 0042');
  return { documents: result.documents, text: spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout };
}

it.each([
  ['a string never closed', '<< /Type /Font /Subtype /Type1 /BaseFont /Helv(etica >>'],
  ['a dictionary never closed', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica'],
  ['a hex string never closed', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /X <4865'],
])('a page using an object with %s, which no parser reads, is PDF_CORRUPT; the output is well-formed', async (_, font) => {
  const { documents } = await mergeBeside(font);
  expect(documents.map((d) => [d.file, d.status, d.error?.code])).toEqual([
    ['damaged.pdf', 'failed', 'PDF_CORRUPT'],
    ['good.pdf', 'placed', undefined],
  ]);
  expect(documents[0]!.error!.message).toMatch(/object 5 of its pages is damaged/);
});

it('an object whose whole value is read before the damage is written as read, the page placed', async () => {
  // A stray `(` after the dictionary: the bytes up to endobj are not an object, the dictionary is.
  const { documents, text } = await mergeBeside(`${HELVETICA} (stray`);
  expect(documents.map((d) => [d.file, d.status])).toEqual([
    ['damaged.pdf', 'placed'],
    ['good.pdf', 'placed'],
  ]);
  expect(text).toContain('DAMAGED PAGE');
});
