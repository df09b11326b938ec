/**
 * Worker-thread entry (piscina): reads one PDF's text and attachments with this thread's own pdf.js.
 * Failures come back as data: a thrown error would lose its stable code on the way between threads.
 */
import { toErrorInfo } from '../core/errors.js';
import { pdfTextAndAttachments, type PdfTextOptions } from './text.js';

export default async function readPdfText({ bytes, options }: { bytes: Uint8Array; options: Pick<PdfTextOptions, 'password' | 'maxPages'> }) {
  try {
    return { ok: true, value: await pdfTextAndAttachments(bytes, options) };
  } catch (err) {
    return { ok: false, error: toErrorInfo(err) };
  }
}
