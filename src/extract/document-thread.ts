/**
 * Worker-thread entry of document-threads.ts: reads digital PDFs whole (lean text layer, embedded XML,
 * invoice parsing) and answers each with its reading, or null for what the calling thread must read.
 * It loads the lean reader and the invoice parsers, nothing else (no pdf.js, canvas or OCR).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readDigitalPdf, type DigitalOptions } from './read-digital.js';

const options = workerData as DigitalOptions;
const port = parentPort!;

port.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  const reading = readDigitalPdf(bytes, options);
  try {
    port.postMessage({ id, reading });
  } catch {
    port.postMessage({ id, reading: null }); // not cloneable: the calling thread reads it again
  }
});
