/**
 * V8's interrupt budget for the CLI (bin/invoicectl.js), and a way to start threads without paying for it.
 *
 * The CLI runs with 4x V8's default budget (bench/extract/README.md, "V8's tiering"). Any changed V8 flag
 * makes V8 reject the code cache of Node's own modules, and a new worker thread compiles Node's bootstrap
 * modules: with the flag changed a thread took ~110–170 ms to start instead of ~70–110 (and ~50 ms more
 * CPU). So while a thread starts, the budget is back at its default (the flag is process-wide; the main
 * thread's tiering is barely touched by a few tens of milliseconds of it).
 */
import v8 from 'node:v8';

/** V8's default in Node 20. */
const DEFAULT_BUDGET = 67_584;
const CLI_BUDGET = 4 * DEFAULT_BUDGET;

let wanted = DEFAULT_BUDGET;
let holds = 0;

const set = (budget: number) => v8.setFlagsFromString(`--interrupt-budget=${budget}`);

/** The CLI's budget, from now on (but for threads starting). */
export function useCliInterruptBudget(): void {
  wanted = CLI_BUDGET;
  if (holds === 0) set(wanted);
}

/** Puts V8's flags back to their defaults until the returned function is called (once a thread has started). */
export function holdDefaultFlags(): () => void {
  if (holds++ === 0 && wanted !== DEFAULT_BUDGET) set(DEFAULT_BUDGET);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0 && wanted !== DEFAULT_BUDGET) set(wanted);
  };
}
