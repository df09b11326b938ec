/**
 * Sheet geometry for imposition: paper sizes, margins, the grid of cells, and how a page fits a cell.
 * Everything here is pure arithmetic in PDF points (1/72 inch), origin at the sheet's bottom-left.
 */
import { InvoicectlError } from '../core/errors.js';

export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;

/** Portrait sizes in mm. */
export const PAPER_SIZES: Record<string, readonly [number, number]> = {
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
  B5: [176, 250],
  LETTER: [215.9, 279.4],
  LEGAL: [215.9, 355.6],
};

export interface Size {
  width: number;
  height: number;
}

/**
 * The size a page shows once turned by its /Rotate (clockwise degrees, a multiple of 90): width and
 * height swap for 90 and 270. Its sheet is planned, and its cell fitted, with this size.
 */
export function shownSize({ width, height }: Size, rotate: number): Size {
  return rotate % 180 === 0 ? { width, height } : { width: height, height: width };
}

export interface Rect extends Size {
  x: number;
  y: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Orientation = 'portrait' | 'landscape';

/** "A4", "letter" or "WxH" in mm ("210x297") → portrait-or-as-given size in mm. */
export function parsePaper(paper: string): Size {
  const named = PAPER_SIZES[paper.trim().toUpperCase()];
  if (named) return { width: named[0], height: named[1] };
  const m = /^\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*$/.exec(paper);
  if (m) {
    const size = { width: Number(m[1]), height: Number(m[2]) };
    if (size.width >= 10 && size.height >= 10 && size.width <= 5000 && size.height <= 5000) return size;
  }
  throw new InvoicectlError('INVALID_OPTION', `unknown paper "${paper}": use A3, A4, A5, B5, Letter, Legal or WxH in mm (e.g. 210x297)`);
}

/** The sheet in the wanted orientation: portrait has width <= height. */
export function orientPaper(paper: Size, orientation: Orientation): Size {
  const short = Math.min(paper.width, paper.height);
  const long = Math.max(paper.width, paper.height);
  return orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

/** "2x1" → 2 rows, 1 column. */
export function parseGrid(layout: string): { rows: number; cols: number } {
  const m = /^\s*(\d{1,2})\s*[xX×]\s*(\d{1,2})\s*$/.exec(layout);
  const rows = m ? Number(m[1]) : 0;
  const cols = m ? Number(m[2]) : 0;
  if (rows < 1 || cols < 1 || rows > 20 || cols > 20) {
    throw new InvoicectlError('INVALID_OPTION', `bad layout "${layout}": use RxC (rows x columns) such as 1x1, 2x1, 2x2, 3x2`);
  }
  return { rows, cols };
}

/** One value for all sides, "v,h", or "top,right,bottom,left" (mm, CSS order). */
export function parseMargins(margin: number | string | readonly number[]): Margins {
  const values = typeof margin === 'number' ? [margin] : typeof margin === 'string' ? margin.split(',').map((s) => Number(s.trim())) : [...margin];
  if (![1, 2, 4].includes(values.length) || values.some((v) => !Number.isFinite(v) || v < 0)) {
    throw new InvoicectlError('INVALID_OPTION', `bad margin "${String(margin)}": use one number of mm or top,right,bottom,left`);
  }
  const [top, right = top, bottom = top, left = right] = values;
  return { top, right, bottom, left };
}

export interface GridSpec {
  sheet: Size;       // pt
  rows: number;
  cols: number;
  margins: Margins;  // pt
  gap: number;       // pt
  order: 'rows' | 'columns';
}

/**
 * The cells of a sheet in fill order. `order: 'rows'` fills left to right, then top to bottom;
 * `columns` fills top to bottom, then left to right.
 */
export function cellRects(spec: GridSpec): Rect[] {
  const { sheet, rows, cols, margins, gap } = spec;
  const cellW = (sheet.width - margins.left - margins.right - gap * (cols - 1)) / cols;
  const cellH = (sheet.height - margins.top - margins.bottom - gap * (rows - 1)) / rows;
  if (cellW <= 1 || cellH <= 1) {
    throw new InvoicectlError('INVALID_OPTION', 'margins and gap leave no room for the cells on this paper');
  }
  const rects: Rect[] = [];
  const cell = (r: number, c: number): Rect => ({
    x: margins.left + c * (cellW + gap),
    y: sheet.height - margins.top - (r + 1) * cellH - r * gap,
    width: cellW,
    height: cellH,
  });
  if (spec.order === 'columns') {
    for (let c = 0; c < cols; c++) for (let r = 0; r < rows; r++) rects.push(cell(r, c));
  } else {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) rects.push(cell(r, c));
  }
  return rects;
}

export interface Placement extends Rect {
  /** Scale applied to the content. */
  scale: number;
  /** Extra clockwise rotation applied to fit (0 or 90). */
  rotation: 0 | 90;
}

/**
 * Fits content of `size` into `cell`, keeping its aspect ratio, centred. With `rotate` the content is
 * turned 90° when that makes it larger (a landscape invoice in a portrait cell).
 */
export function fitIntoCell(size: Size, cell: Rect, rotate: boolean): Placement {
  const straight = Math.min(cell.width / size.width, cell.height / size.height);
  const turned = Math.min(cell.width / size.height, cell.height / size.width);
  // Only turn for a real gain: equal fits keep the page upright.
  const rotation: 0 | 90 = rotate && turned > straight * 1.0001 ? 90 : 0;
  const scale = rotation ? turned : straight;
  const width = (rotation ? size.height : size.width) * scale;
  const height = (rotation ? size.width : size.height) * scale;
  return { x: cell.x + (cell.width - width) / 2, y: cell.y + (cell.height - height) / 2, width, height, scale, rotation };
}

/** For orientation 'auto': the orientation in which the pages come out largest on average. */
export function chooseOrientation(pages: Size[], paper: Size, build: (sheet: Size) => Rect[], rotate: boolean): Orientation {
  if (pages.length === 0) return 'portrait';
  const score = (o: Orientation) => {
    const sheet = orientPaper(paper, o);
    const cells = build({ width: mmToPt(sheet.width), height: mmToPt(sheet.height) });
    return pages.reduce((sum, p) => sum + fitIntoCell(p, cells[0], rotate).scale, 0);
  };
  return score('landscape') > score('portrait') * 1.0001 ? 'landscape' : 'portrait';
}
