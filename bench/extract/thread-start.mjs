#!/usr/bin/env node
/**
 * CPU cost of one document thread from its start: a Worker running SCRIPT (a document thread's entry:
 * dist/extract/document-thread.js, the ES modules; dist/cli/extract-thread.js, the extract bundle from its
 * code cache) with the V8 flags `bin/invoicectl.js` sets for `extract`, asked for the first PDF of DIR and
 * then for every PDF of DIR once. Prints the process's CPU (process.cpuUsage; this thread only waits) to the
 * first answer and for the rest.
 *
 *   npm run build && node bench/extract/thread-start.mjs --script dist/cli/extract-thread.js --dir PDFS
 *
 * PDFS: e.g. the 57 real sources (bench/extract/read-digital.mjs says how to get them). Alternate the scripts
 * (or another build's) in one sitting.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';

const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const script = arg('--script');
const dir = arg('--dir');
if (!script || !dir) {
  console.error('--script FILE and --dir PDFS are required (see the header)');
  process.exit(2);
}
// As bin/invoicectl.js sets them for `extract`: the code cache is made under these.
v8.setFlagsFromString('--interrupt-budget=540672');
v8.setFlagsFromString('--no-turbo-inlining');
v8.setFlagsFromString('--regexp-tier-up-ticks=0');

const docs = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const start = cpu();
const worker = new Worker(path.resolve(script), { workerData: { templates: [], qr: 'auto', maxPages: 50 } });
let id = 0;
const ask = (bytes) => new Promise((resolve) => { worker.once('message', (m) => resolve(m.reading)); worker.postMessage({ id: id++, bytes }); });
const first = await ask(docs[0]);
const firstDone = cpu();
let read = 0;
for (const bytes of docs) if (await ask(bytes)) read++;
const done = cpu();
console.log(`${script}: first answer ${(firstDone - start).toFixed(0)} CPU-ms (${first ? 'read' : 'handed back'}); then ${docs.length} PDFs ${(done - firstDone).toFixed(0)} CPU-ms (${read} read on the thread)`);
await worker.terminate();
