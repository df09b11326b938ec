/**
 * Milliseconds on a monotonic clock. `performance.now()` gives the same, but the first use of Node's
 * `performance` (the global or node:perf_hooks) loads a dozen internal modules, ~5 M instructions of a
 * one-invoice `extract` that only wants elapsed times (bench/extract/README.md, "Built-ins loaded when
 * used").
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;
