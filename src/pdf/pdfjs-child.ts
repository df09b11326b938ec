/**
 * Child-process entry for the pdf.js tasks that decode images (rendering): pdf.js's JBIG2 and JPEG 2000
 * decoders, fed a crafted region size, grow arrays until V8 aborts the whole process with a fatal error
 * that neither a worker thread's heap cap nor a catch can stop. In a child, that is one page that
 * cannot be rendered (see pdfjs-pool.ts). Answers as the worker threads do (pdfjs-worker.ts).
 */
import { fileURLToPath } from 'node:url';
import { serveContained } from '../core/contained-child.js';
import * as worker from './pdfjs-worker.js';

type Request = { name: 'renderPage'; request: Parameters<typeof worker.renderPage>[0] };

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  serveContained(async ({ name, request }: Request) => worker[name](request));
}
