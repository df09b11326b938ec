/** The layout state (invoices-api.md §7.3): options the merge task takes, the selection in print order, and the preview's zoom and page. */
import { defineStore } from 'pinia';

const clampGrid = (n: number) => Math.min(6, Math.max(1, Math.round(Number.isFinite(n) ? n : 1)));
const saved = (() => {
  try {
    return JSON.parse(sessionStorage.getItem('invoicectl.selected') ?? '[]') as string[];
  } catch {
    return [];
  }
})();

export const useLayout = defineStore('layout', {
  state: () => ({
    rows: 2,
    cols: 1,
    orientation: 'portrait' as 'portrait' | 'landscape',
    margin: 10,
    gap: 5,
    showPageNumber: true,
    showCategoryLabel: true,
    previewZoom: 0.6,
    currentPage: 0,
    selected: saved,
  }),
  getters: {
    layout: (s) => `${clampGrid(s.rows)}x${clampGrid(s.cols)}`,
    /** The body of POST /merge-tasks' `layout`. */
    request: (s) => ({ layout: `${clampGrid(s.rows)}x${clampGrid(s.cols)}`, orientation: s.orientation, margin: s.margin, gap: s.gap, showPageNumber: s.showPageNumber, showCategoryLabel: s.showCategoryLabel }),
  },
  actions: {
    toggle(id: string) {
      this.setSelected(this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id]);
    },
    setSelected(ids: string[]) {
      this.selected = ids;
      sessionStorage.setItem('invoicectl.selected', JSON.stringify(ids));
    },
    move(from: number, to: number) {
      if (to < 0 || to >= this.selected.length) return;
      const next = [...this.selected];
      const [id] = next.splice(from, 1);
      next.splice(to, 0, id);
      this.setSelected(next);
    },
    /** Rows and columns kept within what the control says (1 to 6). */
    clamp() {
      this.rows = clampGrid(this.rows);
      this.cols = clampGrid(this.cols);
    },
    preset(rows: number, cols: number, orientation: 'portrait' | 'landscape') {
      Object.assign(this, { rows, cols, orientation });
    },
  },
});
