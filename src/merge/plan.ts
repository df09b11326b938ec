/**
 * Assigns every page to a sheet and a cell. Pages run through the cells in order; with `keepTogether`
 * a multi-page document that would be split across sheets starts on a fresh sheet instead (one that
 * is longer than a sheet still starts fresh and then runs on).
 */
export interface CellRef {
  sheet: number; // 0-based, among the content sheets
  cell: number;  // 0-based, in fill order
}

export function planCells(pageCounts: number[], cellsPerSheet: number, keepTogether: boolean): CellRef[][] {
  const planner = new CellPlanner(cellsPerSheet, keepTogether);
  return pageCounts.map((pages) => planner.next(pages));
}

/** planCells one document at a time, for a merge that places each document as soon as it is read. */
export class CellPlanner {
  private slot = 0;

  constructor(private readonly cellsPerSheet: number, private readonly keepTogether: boolean) {}

  /** The sheet and cell of each page of the next document. */
  next(pages: number): CellRef[] {
    const { cellsPerSheet } = this;
    const used = this.slot % cellsPerSheet;
    if (this.keepTogether && used !== 0 && used + pages > cellsPerSheet) this.slot += cellsPerSheet - used;
    const refs: CellRef[] = [];
    for (let p = 0; p < pages; p++, this.slot++) refs.push({ sheet: Math.floor(this.slot / cellsPerSheet), cell: this.slot % cellsPerSheet });
    return refs;
  }
}

export function sheetCount(plan: CellRef[][]): number {
  let max = -1;
  for (const refs of plan) for (const r of refs) max = Math.max(max, r.sheet);
  return max + 1;
}
