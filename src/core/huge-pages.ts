/**
 * The environment of a child process that allocates large, short-lived buffers (PaddleOCR's tensors,
 * decoded pages): glibc's malloc asked to back its large blocks with transparent huge pages.
 *
 * Why: each page read allocates and frees hundreds of MB (ONNX Runtime's intermediate tensors, canvases,
 * RGBA copies), and every 4 KiB of fresh memory costs a page fault. On this 2-core VM the page faults
 * were 13% of all CPU samples of an OCR run (`perf record -e cpu-clock -g`, bench/ocr/README.md);
 * with `glibc.malloc.hugetlb=1` (glibc 2.35+, where the kernel's THP mode is `madvise`, Debian's
 * default) the same run took ~25% less CPU. It can only be set before a process starts, hence for
 * children only. An older glibc or another libc ignores it.
 */
const TUNABLE = 'glibc.malloc.hugetlb';

export function hugePageEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const tunables = env.GLIBC_TUNABLES ?? '';
  // The user's own setting wins.
  if (tunables.includes(`${TUNABLE}=`)) return env;
  return { ...env, GLIBC_TUNABLES: tunables ? `${tunables}:${TUNABLE}=1` : `${TUNABLE}=1` };
}
