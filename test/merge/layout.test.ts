/**
 * The layout numbers the web preview draws (src/merge/layout.ts, imported by web/src/preview.ts) are the
 * ones merge draws: same sheet size, same sheet and cell for every page, for grids and orientations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { layoutSheets, placeInCell } from '../../src/merge/layout.js';
import { ROOT } from '../helpers/cli.js';

const DIR = path.join(ROOT, 'fixtures', 'invoices');
const PDFS = fs.readdirSync(DIR).flatMap((folder) => fs.readdirSync(path.join(DIR, folder)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(DIR, folder, f))).sort();

describe('the layout shared by merge and the web preview', () => {
  for (const [layout, orientation] of [['2x2', 'landscape'], ['2x1', 'portrait'], ['3x2', 'portrait']] as const) {
    it(`${layout} ${orientation}: the same sheets, cells and fitted boxes`, async () => {
      const options = { layout, paper: 'A4', orientation, margin: 10, gap: 5, order: 'rows', rotate: 'auto', labels: true, keepTogether: true } as const;
      const pages = await Promise.all(PDFS.map(async (f) => (await PDFDocument.load(fs.readFileSync(f))).getPages().map((p) => p.getSize())));
      const planned = layoutSheets(options, pages);
      const merged = await merge({ inputs: PDFS, ...options, labels: true, pageNumbers: false, summary: false, cache: null });
      const pdf = await PDFDocument.load(merged.output!);
      expect(pdf.getPageCount()).toBe(planned.sheets);
      const size = pdf.getPage(0).getSize();
      expect(size.width).toBeCloseTo(planned.sheet.width, 3);
      expect(size.height).toBeCloseTo(planned.sheet.height, 3);
      merged.documents.forEach((doc, i) => {
        expect(doc.placements.map((p) => ({ sheet: p.sheet - 1, cell: p.cell - 1 }))).toEqual(planned.plan[i]);
      });
      // Every page fits inside its cell, below the label band.
      for (const [i, refs] of planned.plan.entries()) {
        refs.forEach((ref, page) => {
          const cell = planned.cells[ref.cell];
          const box = placeInCell(planned, cell, pages[i][page]);
          expect(box.x).toBeGreaterThanOrEqual(cell.x - 1e-6);
          expect(box.y + box.height).toBeLessThanOrEqual(cell.y + cell.height - planned.labelBand + 1e-6);
        });
      }
    });
  }
});
