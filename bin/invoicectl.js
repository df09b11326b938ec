#!/bin/sh
':' //; case "$1" in merge|extract|convert|validate|cache|help|-h|--help|-V|--version|'') unset NODE_EXTRA_CA_CERTS;; esac
':' //; exec node "$0" "$@"
// Run as a program (npm's bin link, npx), this file is first a POSIX sh script: the two lines above, which
// JavaScript reads as a string and a comment. Node 20 loads NODE_EXTRA_CA_CERTS (with its own root
// certificates) as it starts, before any JavaScript, whether the process uses TLS or not: with the
// 200 KB bundle many machines set, ~30 of the ~50 CPU-ms of an empty Node process. The commands named
// there read and write files and never open a TLS connection, so they start Node without it; `serve`
// and `worker` (URLs fetched, webhooks, Redis) and anything else keep it. Node resolves "$0" through
// npm's symlink, so this file's imports are found as with `node bin/invoicectl.js`, which skips the sh
// lines and keeps the environment as it is. Why and the figures: docs/architecture.md, "Start-up".
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

const command = process.argv[2];
// `extract` runs the CLI as one CommonJS file with V8's code cache, made and used under the flags below,
// which are therefore set first; every other command the split ES modules (scripts/bundle-cli.mjs).
const cached = command === 'extract';
const { main } = cached ? {} : await import('../dist/cli-bundle/main.js');

// V8 optimises a function once it has run for an "interrupt budget" of bytecode (67,584 in Node 20). A
// CLI run is short, and most of its functions run a few hundred times: optimising them that early cost
// more than it saved. With 4x the budget (bench/extract/README.md, "V8's tiering"): a 50-file extract
// ~15-20% less CPU, a 200-invoice merge ~5-10%; a 2,000-invoice merge within noise (8x and more made it
// 10-20% slower). Set after the ES modules have loaded: a changed flag makes V8 reject the code cache of
// Node's own modules, so each one loaded afterwards is compiled from source (crypto + zlib: ~4 -> ~11 ms).
// Not for `serve` and `worker`, which run for hours: there a function that deoptimised (a shape its
// optimised code had not seen) ran 4x longer in the interpreter before it was optimised again, and the
// server still re-optimised its readers and parsers 20-35 s into a load (bench/serve with --trace-opt);
// with the default budget, 5-13% more uncached POST /extract per CPU-second (3 pinned pairs, README.md).
// `extract` takes 8x: from 100 files on it reads on two document threads, and V8's compile threads
// optimised the same reader and parser code once per thread, ~0.6 of a 500-file run's ~3.4 CPU-s; with
// 8x they take ~0.45 and the run 3-6% less CPU (50 files no worse, 2,000 within noise). A merge keeps 4x:
// from 8x on, a 2,000-invoice merge got 10-20% slower (bench/extract/README.md, both measurements).
if (command !== 'serve' && command !== 'worker') {
  // The built-ins every document command uses, loaded first: after the flag they would be compiled from source
  // (commands load their modules on demand, after this line): ~3 CPU-ms of a merge. Those extract's bundle
  // loads as it starts too (os), and those its loader uses (vm, module: 5-13 M instructions). Not threads and
  // child processes, which extract loads with its first thread or child: a run that starts one compiles
  // them from source (~30 M), one that does not (a small batch of digital PDFs) saves ~20 M of its ~410 M.
  const builtins = ['node:crypto', 'node:zlib', 'node:fs/promises', 'node:stream'];
  if (cached) builtins.push('node:os', 'node:vm', 'node:module');
  await Promise.all(builtins.map((m) => import(m)));
  v8.setFlagsFromString(command === 'extract' ? '--interrupt-budget=540672' : '--interrupt-budget=270336');
  // TurboFan without inlining: the ~35 functions a 200-invoice merge optimises compiled in ~70 ms on V8's
  // compile thread instead of ~145 (`--trace-opt`), and the code inlining made saved less than that
  // (bench/merge/README.md: merge 200 real invoices 4-8% less CPU, 2,000 1-9%; extract of 52 files 4%).
  v8.setFlagsFromString('--no-turbo-inlining');
  // A regular expression compiled to machine code when first used, not first to bytecode that runs once
  // and is then compiled again: the Western labels, made tolerant of OCR's misreadings, are long patterns
  // that cost ~5 CPU-ms each to compile, twice over by default (50 real files: 0.79 -> 0.66 CPU-s; one
  // Factur-X invoice 0.27 -> 0.22; bench/extract/README.md). Unlike --no-regexp-tier-up, which crashed the
  // process when set at run time, tier-up stays on and only its threshold changes, for patterns made from now.
  v8.setFlagsFromString('--regexp-tier-up-ticks=0');
}

// `invoicectl extract ... | head`: the reader left, which is not an error worth a stack trace.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// src/cli/code-cache.ts: the cache is written when the command is done, if there was none V8 could take.
const bundle = cached ? (await import('../dist/cli/code-cache.js')).loadBundle(fileURLToPath(new URL('../dist/cli-bundle/extract.cjs', import.meta.url)), 'extract') : undefined;

(bundle?.exports.main ?? main)(process.argv).then(
  (code) => { process.exitCode = code; bundle?.saveCache(); },
  (err) => { process.stderr.write(`invoicectl: ${err?.stack ?? err}\n`); process.exitCode = 70; },
);
