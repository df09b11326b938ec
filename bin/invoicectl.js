#!/usr/bin/env node
import v8 from 'node:v8';

// V8 optimises a function once it has run for an "interrupt budget" of bytecode (67,584 in Node 20). A
// CLI run is short, and most of its functions run a few hundred times: optimising them that early cost
// more than it saved. With 4x the budget (measured, bench/extract/README.md "V8's tiering"): a 50-file
// extract ~20% and a 200-invoice merge ~15% less CPU; a 2,000-invoice merge the same within noise (8x
// and more made it 10-20% slower). Set before the bundle is loaded, so that it applies to all of it.
v8.setFlagsFromString('--interrupt-budget=270336');

const { main } = await import('../dist/cli-bundle/main.js');

// `invoicectl extract ... | head`: the reader left, which is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`invoicectl: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
