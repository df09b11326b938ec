/**
 * Invoice pages drawn in the page: PDF and OFD through pdf.js (an OFD as the server renders it to PDF,
 * with the converter merge uses), images as they are. The layout preview draws the plan the server
 * computes with the merge's own code (POST /merge-tasks/plan: sheets, cells, placed boxes, rotation),
 * so the preview and the merged PDF cannot differ.
 */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.mjs?url';
import { BASE, call, json, type Invoice } from './api';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export interface PageSource {
  width: number;
  height: number;
  draw(ctx: CanvasRenderingContext2D, width: number, height: number): Promise<void>;
}

const sources = new Map<string, Promise<PageSource[]>>();

/** The pages of an invoice's file: PDF and OFD pages through pdf.js, an image as one page. */
export function pagesOf(invoice: Pick<Invoice, 'id' | 'fileType' | 'fileUrl'>): Promise<PageSource[]> {
  let found = sources.get(invoice.id);
  if (!found) {
    found = invoice.fileType === 'pdf' || invoice.fileType === 'ofd' ? pdfPages(`${BASE}/invoices/${invoice.id}/pdf`) : imagePages(invoice.fileUrl);
    found.catch(() => sources.delete(invoice.id));
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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** POST /merge-tasks/plan's answer. */
export interface MergePlan {
  sheet: { width: number; height: number };
  orientation: 'portrait' | 'landscape';
  sheets: number;
  cells: Box[];
  labelBand: number;
  labels: boolean;
  pageNumbers: boolean;
  invoices: { id: string; label: string; pages: { sheet: number; cell: number; box: Box; rotation: 0 | 90 }[] }[];
}

export const fetchPlan = (invoiceIds: string[], layout: object) => call<MergePlan>('/merge-tasks/plan', json('POST', { invoiceIds, layout }));

/** Per sheet, per cell: which invoice page is there ([index in the selection, page], 1-based page), or null. */
export function cellAssignment(plan: MergePlan): ([number, number] | null)[][] {
  const sheets = Array.from({ length: plan.sheets }, () => Array<[number, number] | null>(plan.cells.length).fill(null));
  plan.invoices.forEach((inv, doc) => inv.pages.forEach((p, page) => (sheets[p.sheet][p.cell] = [doc, page + 1])));
  return sheets;
}

export async function drawSheet(canvas: HTMLCanvasElement, sheetIndex: number, plan: MergePlan, invoices: Invoice[], zoom: number): Promise<void> {
  const scale = zoom * (96 / 72);
  canvas.width = Math.round(plan.sheet.width * scale);
  canvas.height = Math.round(plan.sheet.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // PDF space has y up; the canvas has y down.
  const toCanvas = (x: number, y: number, h: number) => ({ x: x * scale, y: (plan.sheet.height - y - h) * scale });
  for (const [doc, inv] of plan.invoices.entries()) {
    const refs = inv.pages.map((p, i) => ({ ...p, index: i })).filter((p) => p.sheet === sheetIndex);
    if (!refs.length) continue;
    const pages = await pagesOf(invoices[doc]);
    for (const ref of refs) {
      const page = pages[ref.index];
      const fit = ref.box;
      const box = toCanvas(fit.x, fit.y, fit.height);
      const w = fit.width * scale;
      const h = fit.height * scale;
      const off = document.createElement('canvas');
      // Rendered upright at the size it takes on the sheet, then turned like merge turns it (90° counter-clockwise).
      off.width = Math.max(1, Math.round(ref.rotation ? h : w));
      off.height = Math.max(1, Math.round(ref.rotation ? w : h));
      await page.draw(off.getContext('2d')!, off.width, off.height);
      ctx.save();
      if (ref.rotation) {
        ctx.translate(box.x, box.y + h);
        ctx.rotate(-Math.PI / 2);
        ctx.drawImage(off, 0, 0);
      } else ctx.drawImage(off, box.x, box.y);
      ctx.restore();
      if (plan.labels) {
        const cell = plan.cells[ref.cell];
        const band = plan.labelBand;
        const top = toCanvas(cell.x, cell.y + cell.height - band, band);
        ctx.fillStyle = '#595959';
        ctx.font = `${(band - 4) * scale}px sans-serif`;
        ctx.fillText(inv.label, top.x, top.y + (band - 4) * scale);
      }
    }
  }
  if (plan.pageNumbers) {
    ctx.fillStyle = '#595959';
    ctx.font = `${8 * scale}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.fillText(`${sheetIndex + 1} / ${plan.sheets}`, canvas.width / 2, canvas.height - 12 * scale);
  }
}
