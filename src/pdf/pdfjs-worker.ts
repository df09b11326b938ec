/**
 * Worker-thread entry (piscina) for pdfjs-tasks.ts: the task is chosen by name. Failures come back as
 * data, because a thrown error would lose its stable code on the way between threads.
 */
import { pdfjsError } from './pdfjs.js';
import * as tasks from './pdfjs-tasks.js';

// pdf.js leaves promises of a damaged document rejected after its task has answered (a FormatError
// found by background parsing, a document destroyed mid-load). In a worker thread an unhandled rejection
// ends the thread, and with it whatever task it runs next: a good invoice of the same batch failed with
// INTERNAL_ERROR. The document's own task has already reported its failure, so these are dropped.
process.on('unhandledRejection', () => {});

async function settle<T>(work: () => Promise<T>) {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: pdfjsError(err).toJSON() };
  }
}

export const textAndAttachments = (request: Parameters<typeof tasks.textAndAttachments>[0]) => settle(() => tasks.textAndAttachments(request));
export const pageText = (request: tasks.PageTextRequest) => settle(() => tasks.pageText(request));
export const pagesWithText = (request: Parameters<typeof tasks.pagesWithText>[0]) => settle(() => tasks.pagesWithText(request));
export const pageCount = (request: Parameters<typeof tasks.pageCount>[0]) => settle(() => tasks.pageCount(request));
export const pageSizes = (request: Parameters<typeof tasks.pageSizes>[0]) => settle(() => tasks.pageSizes(request));
export const renderPage = (request: tasks.RenderRequest) => settle(() => tasks.renderPage(request));
