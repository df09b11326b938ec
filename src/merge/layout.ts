/**
 * The layout of a merge as numbers, with no PDF library: which sheet and cell each page goes to and where
 * in the cell it lands. `merge` draws it; the web page's preview draws the same numbers, so the preview
 * and the PDF agree by construction.
 */
import type { MergeDefaults } from '../config/defaults.js';
import { cellRects, chooseOrientation, fitIntoCell, mmToPt, orientPaper, parseGrid, parseMargins, parsePaper, shownSize, type Margins, type Orientation, type Placement, type Rect, type Size } from './geometry.js';
import { planCells, sheetCount, type CellRef } from './plan.js';

export const LABEL_SIZE = 7;
/** Height reserved at the top of each cell for its label, in points. */
export const LABEL_BAND = LABEL_SIZE + 4;
/** The summary table's line height and the room above its first row, in points. */
export const SUMMARY_LINE = 12;
export const SUMMARY_HEADER = 40;

export function summaryRowsPerSheet(sheet: Size, margins: Margins): number {
  return Math.max(1, Math.floor((sheet.height - margins.top - margins.bottom - SUMMARY_HEADER) / SUMMARY_LINE));
}

/** The merge options that decide where pages go (config.merge's, as resolved). */
export type LayoutOptions = Pick<MergeDefaults, 'layout' | 'paper' | 'orientation' | 'margin' | 'gap' | 'order' | 'rotate' | 'labels' | 'keepTogether'>;

export interface SheetLayout {
  orientation: Orientation;
  /** Points. */
  sheet: Size;
  /** The same sheet in millimetres, as the paper size was given. */
  sheetMm: Size;
  margins: Margins;
  cells: Rect[];
  /** Per document, per page: its sheet (0-based, content sheets only) and cell. */
  plan: CellRef[][];
  sheets: number;
  labelBand: number;
  rotate: boolean;
}

/** The sheets and cells without the plan: what a merge needs before it knows every document. */
export type SheetGeometry = Omit<SheetLayout, 'plan' | 'sheets'>;

/** `pages`: each document's pages as displayed (their own /Rotate applied), in points. */
export function layoutSheets(o: LayoutOptions, pages: readonly (readonly Size[])[]): SheetLayout {
  const geometry = sheetGeometry(o, pages);
  const plan = planCells(pages.map((p) => p.length), geometry.cells.length, o.keepTogether);
  return { ...geometry, plan, sheets: sheetCount(plan) };
}

/** `pages` are read only to choose the orientation (`auto`); with a fixed orientation they may be left out. */
export function sheetGeometry(o: LayoutOptions, pages?: readonly (readonly Size[])[]): SheetGeometry {
  const grid = parseGrid(o.layout);
  const paper = parsePaper(o.paper);
  const m = parseMargins(o.margin);
  const margins = { top: mmToPt(m.top), right: mmToPt(m.right), bottom: mmToPt(m.bottom), left: mmToPt(m.left) };
  const rotate = o.rotate === 'auto';
  const build = (sheet: Size) => cellRects({ sheet, rows: grid.rows, cols: grid.cols, margins, gap: mmToPt(o.gap), order: o.order });
  if (o.orientation === 'auto' && !pages) throw new Error('choosing the orientation needs the pages');
  const orientation = o.orientation === 'auto' ? chooseOrientation(pages!.flat(), paper, build, rotate) : o.orientation;
  const sheetMm = orientPaper(paper, orientation);
  const sheet = { width: mmToPt(sheetMm.width), height: mmToPt(sheetMm.height) };
  const cells = build(sheet);
  return { orientation, sheet, sheetMm, margins, cells, labelBand: o.labels ? LABEL_BAND : 0, rotate };
}

/** Where a page of `displayed` size lands in `cell`: below the label band, fitted, centred, turned 90° when that makes it larger. */
export function placeInCell(layout: SheetGeometry, cell: Rect, displayed: Size): Placement {
  return fitIntoCell(displayed, { ...cell, height: cell.height - layout.labelBand }, layout.rotate);
}

/** A page to place: a form (a PDF page, with its own /Rotate) or an image (which paints the unit square). */
export interface PlacedThing {
  kind: 'form' | 'image';
  /** Natural size in points, before the page's own rotation. */
  width: number;
  height: number;
  /** The page's /Rotate, clockwise degrees (0 for an image). */
  rotate: number;
}

/**
 * The `cm` matrix that draws a page into `cell`: fitted, centred, turned by the page's own /Rotate and,
 * when it makes the page larger, by 90° more (counter-clockwise, the way landscape pages are printed).
 */
export function placementMatrix(layout: SheetGeometry, cell: Rect, p: PlacedThing): [number, number, number, number, number, number] {
  const { width: w, height: h, rotate: own } = p;
  const fit = placeInCell(layout, cell, shownSize(p, own));
  const turn = (own + (fit.rotation ? 270 : 0)) % 360;
  const s = fit.scale;
  const { x: X, y: Y } = fit;
  // Content space [0,w]x[0,h] → the fitted box, turned clockwise by `turn`.
  const m: [number, number, number, number, number, number] =
    turn === 90 ? [0, -s, s, 0, X, Y + s * w]
    : turn === 180 ? [-s, 0, 0, -s, X + s * w, Y + s * h]
    : turn === 270 ? [0, s, -s, 0, X + s * h, Y]
    : [s, 0, 0, s, X, Y];
  // An image XObject paints the unit square, so it is first scaled to its natural size.
  return p.kind === 'image' ? [m[0] * w, m[1] * w, m[2] * h, m[3] * h, m[4], m[5]] : m;
}
