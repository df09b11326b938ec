/** Exit codes, documented in the README; scripts rely on them. */
export const EXIT = {
  OK: 0,
  /** Some inputs failed; the others were still produced. */
  SOME_FAILED: 1,
  /** Bad usage or configuration; nothing was done. */
  USAGE: 2,
  /** extract: some invoices need review (a check failed or a required field is missing). */
  NEEDS_REVIEW: 3,
  /** Interrupted (Ctrl-C); no partial output was left behind. */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM (timeout, systemd, docker), handled as Ctrl-C; no partial output was left behind. */
  TERMINATED: 143,
} as const;
