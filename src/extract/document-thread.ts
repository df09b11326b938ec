/**
 * Worker-thread entry of document-threads.ts: reads digital PDFs whole (lean text layer, embedded XML,
 * invoice parsing) and answers each with its reading, or null for what the calling thread must read.
 * It loads the lean reader and the invoice parsers, nothing else (no pdf.js, canvas or OCR).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { claimDocument, type DocumentThreadData } from './document-threads.js';
import { readDigitalPdf } from './read-digital.js';

const { options, claims } = workerData as DocumentThreadData;
const port = parentPort!;

port.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  // Taken back by the calling thread, which reads it and expects no answer.
  if (claims && !claimDocument(claims, id)) return;
  const reading = readDigitalPdf(bytes, options);
  try {
    port.postMessage({ id, reading });
  } catch {
    port.postMessage({ id, reading: null }); // not cloneable: the calling thread reads it again
  }
});
