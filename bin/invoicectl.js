#!/usr/bin/env node
import { main } from '../dist/cli-bundle/main.js';

// `invoicectl extract ... | head`: the reader left, which is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`invoicectl: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
