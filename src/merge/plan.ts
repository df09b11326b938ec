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
  let slot = 0;
  return pageCounts.map((pages) => {
    const used = slot % cellsPerSheet;
    if (keepTogether && used !== 0 && used + pages > cellsPerSheet) slot += cellsPerSheet - used;
    const refs: CellRef[] = [];
    for (let p = 0; p < pages; p++, slot++) refs.push({ sheet: Math.floor(slot / cellsPerSheet), cell: slot % cellsPerSheet });
    return refs;
  });
}

export function sheetCount(plan: CellRef[][]): number {
  let max = -1;
  for (const refs of plan) for (const r of refs) max = Math.max(max, r.sheet);
  return max + 1;
}
