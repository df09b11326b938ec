/** The layout state (invoices-api.md §7.3): options the merge task takes, plus the preview's zoom and page. */
import { defineStore } from 'pinia';

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
    selected: [] as string[],
  }),
  getters: {
    layout: (s) => `${s.rows}x${s.cols}`,
    /** The body of POST /merge-tasks' `layout`. */
    request: (s) => ({ layout: `${s.rows}x${s.cols}`, orientation: s.orientation, margin: s.margin, gap: s.gap, showPageNumber: s.showPageNumber, showCategoryLabel: s.showCategoryLabel }),
  },
  actions: {
    toggle(id: string) {
      this.selected = this.selected.includes(id) ? this.selected.filter((x) => x !== id) : [...this.selected, id];
    },
  },
});
