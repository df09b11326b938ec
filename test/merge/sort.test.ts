/** --sort name: natural order of the file names ("inv-2" before "inv-10"), whatever the input order. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { ROOT } from '../helpers/cli.js';

const DIR = path.join(ROOT, 'fixtures', 'invoices');
const PDFS = fs.readdirSync(DIR).flatMap((folder) => fs.readdirSync(path.join(DIR, folder)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(DIR, folder, f))).sort();

describe('merge --sort', () => {
  it('name: numbers in names compare by value', async () => {
    const names = ['inv-10.pdf', 'inv-2.pdf', 'INV-3.pdf', 'inv-1.pdf'];
    const inputs = names.map((name, i) => ({ name, bytes: fs.readFileSync(PDFS[i]) }));
    const result = await merge({ inputs, layout: '1x1', sort: 'name', cache: null });
    const bySheet = result.documents.map((d) => ({ name: d.file, sheet: d.placements[0].sheet })).sort((a, b) => a.sheet - b.sheet);
    expect(bySheet.map((d) => d.name)).toEqual(['inv-1.pdf', 'inv-2.pdf', 'INV-3.pdf', 'inv-10.pdf']);
  });
});
