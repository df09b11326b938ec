/**
 * Milliseconds on a monotonic clock. `performance.now()` gives the same, but the first use of Node's
 * `performance` (the global or node:perf_hooks) loads a dozen internal modules (`node -e` requiring it:
 * +12 M instructions with the hash seed fixed), which a one-invoice `extract` that only wants elapsed
 * times need not load (bench/extract/README.md, "The extract bundle without the other commands").
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;
