import { describe, expect, it } from 'vitest';
import { cellRects, chooseOrientation, fitIntoCell, mmToPt, orientPaper, parseGrid, parseMargins, parsePaper, shownSize } from '../../src/merge/geometry.js';
import { planCells } from '../../src/merge/plan.js';

const A4 = { width: 595.28, height: 841.89 };
const close = (a: number, b: number, digits = 1) => expect(a).toBeCloseTo(b, digits);

describe('units and paper', () => {
  it('converts mm to points (1 inch = 25.4 mm = 72 pt)', () => {
    expect(mmToPt(25.4)).toBeCloseTo(72, 6);
    expect(mmToPt(210)).toBeCloseTo(595.28, 2);
    expect(mmToPt(297)).toBeCloseTo(841.89, 2);
  });

  it('knows the paper sizes and WxH in mm', () => {
    expect(parsePaper('A4')).toEqual({ width: 210, height: 297 });
    expect(parsePaper('a5')).toEqual({ width: 148, height: 210 });
    expect(parsePaper('Letter')).toEqual({ width: 215.9, height: 279.4 });
    expect(parsePaper('B5')).toEqual({ width: 176, height: 250 });
    expect(parsePaper('240x140')).toEqual({ width: 240, height: 140 });
    expect(() => parsePaper('A9')).toThrow(/unknown paper/);
    expect(() => parsePaper('0x10')).toThrow();
  });

  it('orients the sheet', () => {
    expect(orientPaper({ width: 210, height: 297 }, 'landscape')).toEqual({ width: 297, height: 210 });
    expect(orientPaper({ width: 297, height: 210 }, 'portrait')).toEqual({ width: 210, height: 297 });
  });

  it('parses grids and margins', () => {
    expect(parseGrid('2x1')).toEqual({ rows: 2, cols: 1 });
    expect(parseGrid('3X4')).toEqual({ rows: 3, cols: 4 });
    expect(() => parseGrid('2')).toThrow(/RxC/);
    expect(() => parseGrid('0x1')).toThrow();
    expect(parseMargins(10)).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
    expect(parseMargins('5,10')).toEqual({ top: 5, right: 10, bottom: 5, left: 10 });
    expect(parseMargins('1,2,3,4')).toEqual({ top: 1, right: 2, bottom: 3, left: 4 });
    expect(() => parseMargins('1,2,3')).toThrow(/margin/);
    expect(() => parseMargins('-1')).toThrow();
  });
});

describe('cell rectangles', () => {
  const m = mmToPt(10);
  const gap = mmToPt(5);
  const margins = { top: m, right: m, bottom: m, left: m };

  it('1x1 fills the sheet inside the margins', () => {
    const [c] = cellRects({ sheet: A4, rows: 1, cols: 1, margins, gap, order: 'rows' });
    close(c.x, 28.35);
    close(c.y, 28.35);
    close(c.width, 595.28 - 2 * 28.35);
    close(c.height, 841.89 - 2 * 28.35);
  });

  it('2x1 stacks two cells, the first on top', () => {
    const cells = cellRects({ sheet: A4, rows: 2, cols: 1, margins, gap, order: 'rows' });
    expect(cells).toHaveLength(2);
    const h = (841.89 - 2 * 28.35 - 14.17) / 2;
    close(cells[0].height, h);
    close(cells[0].y, 841.89 - 28.35 - h);
    close(cells[1].y, 28.35);
    close(cells[0].x, 28.35);
    close(cells[0].width, 538.58);
  });

  it('2x2 in rows and in columns order', () => {
    const rows = cellRects({ sheet: A4, rows: 2, cols: 2, margins, gap, order: 'rows' });
    const cols = cellRects({ sheet: A4, rows: 2, cols: 2, margins, gap, order: 'columns' });
    const w = (595.28 - 2 * 28.35 - 14.17) / 2;
    // rows: top-left, top-right, bottom-left, bottom-right
    close(rows[1].x, 28.35 + w + 14.17);
    close(rows[1].y, rows[0].y);
    close(rows[2].x, 28.35);
    expect(rows[2].y).toBeLessThan(rows[0].y);
    // columns: top-left, bottom-left, top-right, bottom-right
    close(cols[1].x, 28.35);
    expect(cols[1].y).toBeLessThan(cols[0].y);
    close(cols[2].x, rows[1].x);
  });

  it('landscape 1x2 puts two cells side by side', () => {
    const sheet = { width: A4.height, height: A4.width };
    const cells = cellRects({ sheet, rows: 1, cols: 2, margins, gap, order: 'rows' });
    close(cells[0].width, (841.89 - 2 * 28.35 - 14.17) / 2);
    close(cells[0].height, 595.28 - 2 * 28.35);
    close(cells[1].x, cells[0].x + cells[0].width + 14.17);
  });

  it('refuses margins that leave no room', () => {
    expect(() => cellRects({ sheet: A4, rows: 1, cols: 1, margins: { top: 500, right: 0, bottom: 400, left: 0 }, gap, order: 'rows' })).toThrow(/no room/);
  });
});

describe('fitting a page into a cell', () => {
  const cell = { x: 28.35, y: 463.7, width: 538.58, height: 385.51 };
  const invoice = { width: mmToPt(240), height: mmToPt(140) };

  it('scales a 240x140 mm invoice to the cell width, centred, no rotation', () => {
    const f = fitIntoCell(invoice, cell, true);
    expect(f.rotation).toBe(0);
    close(f.scale, 538.58 / 680.31, 3);
    close(f.width, 538.58);
    close(f.height, 396.85 * (538.58 / 680.31));
    close(f.y, cell.y + (cell.height - f.height) / 2);
  });

  it('turns a landscape page in a tall cell when that makes it larger', () => {
    const tall = { x: 0, y: 0, width: 200, height: 400 };
    const f = fitIntoCell({ width: 400, height: 200 }, tall, true);
    expect(f.rotation).toBe(90);
    close(f.scale, 1);
    close(f.width, 200);
    close(f.height, 400);
    expect(fitIntoCell({ width: 400, height: 200 }, tall, false).rotation).toBe(0);
    close(fitIntoCell({ width: 400, height: 200 }, tall, false).scale, 0.5);
  });

  it('auto orientation picks landscape for landscape pages in a 1x1 grid', () => {
    const build = (sheet: { width: number; height: number }) => cellRects({ sheet, rows: 1, cols: 1, margins: { top: 0, right: 0, bottom: 0, left: 0 }, gap: 0, order: 'rows' });
    expect(chooseOrientation([{ width: 800, height: 400 }], { width: 210, height: 297 }, build, false)).toBe('landscape');
    expect(chooseOrientation([{ width: 400, height: 800 }], { width: 210, height: 297 }, build, false)).toBe('portrait');
  });
});

describe('planning cells', () => {
  it('runs pages through the cells in order', () => {
    expect(planCells([1, 2, 1], 2, false)).toEqual([
      [{ sheet: 0, cell: 0 }],
      [{ sheet: 0, cell: 1 }, { sheet: 1, cell: 0 }],
      [{ sheet: 1, cell: 1 }],
    ]);
  });

  it('keeps a multi-page document together on a fresh sheet', () => {
    expect(planCells([1, 2, 1], 2, true)).toEqual([
      [{ sheet: 0, cell: 0 }],
      [{ sheet: 1, cell: 0 }, { sheet: 1, cell: 1 }],
      [{ sheet: 2, cell: 0 }],
    ]);
    // Longer than a sheet: starts fresh, then runs on.
    expect(planCells([1, 3], 2, true)[1]).toEqual([{ sheet: 1, cell: 0 }, { sheet: 1, cell: 1 }, { sheet: 2, cell: 0 }]);
  });
});

describe('the size a page shows', () => {
  it('swaps width and height for a /Rotate of 90 and 270, not for 0 and 180', () => {
    const page = { width: 500, height: 300 };
    expect([0, 90, 180, 270].map((r) => shownSize(page, r))).toEqual([page, { width: 300, height: 500 }, page, { width: 300, height: 500 }]);
  });
});
