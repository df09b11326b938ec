/**
 * The merge preview: the library's own layout (src/merge/layout.ts: sheet, cells, plan, placement) drawn on
 * canvases with each invoice's pages rendered by pdf.js (images as they are), so the preview shows what
 * the merge task will produce.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { layoutSheets, placeInCell, LABEL_SIZE, type LayoutOptions, type SheetLayout } from '../../src/merge/layout';
import { INVOICE_TYPE_LABELS } from '../../src/invoice/type-labels';
import type { Invoice } from './api';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;


interface PageSource {
  width: number;
  height: number;
  draw(ctx: CanvasRenderingContext2D, width: number, height: number): Promise<void>;
}

const sources = new Map<string, Promise<PageSource[]>>();

/** The pages of an invoice's file: PDF pages through pdf.js, an image as one page (at 150 dpi, as merge sizes it). */
function pagesOf(invoice: Invoice): Promise<PageSource[]> {
  let found = sources.get(invoice.id);
  if (!found) {
    found = invoice.fileType === 'pdf' ? pdfPages(invoice.fileUrl) : imagePages(invoice.fileUrl);
    sources.set(invoice.id, found);
  }
  return found;
}

async function pdfPages(url: string): Promise<PageSource[]> {
  const doc = await pdfjs.getDocument({ url, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/' }).promise;
  const pages: PageSource[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    pages.push({
      width: base.width,
      height: base.height,
      draw: async (ctx, width) => {
        const viewport = page.getViewport({ scale: width / base.width });
        await page.render({ canvasContext: ctx, viewport, canvas: ctx.canvas } as never).promise;
      },
    });
  }
  return pages;
}

async function imagePages(url: string): Promise<PageSource[]> {
  const img = new Image();
  img.src = url;
  await img.decode();
  return [{ width: (img.naturalWidth * 72) / 150, height: (img.naturalHeight * 72) / 150, draw: async (ctx, w, h) => ctx.drawImage(img, 0, 0, w, h) }];
}

/** The invoices' pages and the library's layout of them. */
export async function planPreview(invoices: Invoice[], options: LayoutOptions): Promise<{ layout: SheetLayout; pages: PageSource[][] }> {
  const pages = await Promise.all(invoices.map(pagesOf));
  return { layout: layoutSheets(options, pages), pages };
}

export async function drawSheet(canvas: HTMLCanvasElement, sheetIndex: number, plan: { layout: SheetLayout; pages: PageSource[][] }, invoices: Invoice[], decorate: { labels: boolean; pageNumbers: boolean; zoom: number }): Promise<void> {
  const { layout, pages } = plan;
  const scale = decorate.zoom * (96 / 72);
  canvas.width = Math.round(layout.sheet.width * scale);
  canvas.height = Math.round(layout.sheet.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // PDF space has y up; the canvas has y down.
  const toCanvas = (x: number, y: number, h: number) => ({ x: x * scale, y: (layout.sheet.height - y - h) * scale });
  for (const [doc, refs] of layout.plan.entries()) {
    for (const [pageIndex, ref] of refs.entries()) {
      if (ref.sheet !== sheetIndex) continue;
      const cell = layout.cells[ref.cell];
      const page = pages[doc][pageIndex];
      const fit = placeInCell(layout, cell, page);
      const box = toCanvas(fit.x, fit.y, fit.height);
      const w = fit.width * scale;
      const h = fit.height * scale;
      const off = document.createElement('canvas');
      // Rendered upright at the size it takes on the sheet, then turned like merge turns it (90° counter-clockwise).
      off.width = Math.max(1, Math.round(fit.rotation ? h : w));
      off.height = Math.max(1, Math.round(fit.rotation ? w : h));
      await page.draw(off.getContext('2d')!, off.width, off.height);
      ctx.save();
      if (fit.rotation) {
        ctx.translate(box.x, box.y + h);
        ctx.rotate(-Math.PI / 2);
        ctx.drawImage(off, 0, 0);
      } else ctx.drawImage(off, box.x, box.y);
      ctx.restore();
      if (decorate.labels) {
        const top = toCanvas(cell.x, cell.y + cell.height - LABEL_SIZE, LABEL_SIZE);
        ctx.fillStyle = '#595959';
        ctx.font = `${LABEL_SIZE * scale}px sans-serif`;
        ctx.fillText(INVOICE_TYPE_LABELS[invoices[doc].type] ?? INVOICE_TYPE_LABELS.other, top.x, top.y + LABEL_SIZE * scale);
      }
    }
  }
  if (decorate.pageNumbers) {
    ctx.fillStyle = '#595959';
    ctx.font = `${8 * scale}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillText(`${sheetIndex + 1} / ${layout.sheets}`, canvas.width / 2, canvas.height - 12 * scale);
  }
}
