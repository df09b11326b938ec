/** The server's settings: the config's `serve` section with the data dir resolved, and its durations in ms. */
import type { ServeDefaults } from '../config/defaults.js';

export interface ServerSettings extends ServeDefaults {
  /** Absolute. */
  dataDir: string;
  /** Listen beyond loopback without keys (an open server, said so in the log). */
  insecureOpen?: boolean;
}

export const HOUR_MS = 3_600_000;

/** The config speaks in hours, minutes and seconds; the stores and timers in milliseconds. */
export function durationsMs(s: ServeDefaults) {
  return {
    fileTtl: s.fileTtlHours * HOUR_MS,
    sessionTtl: s.sessionTtlHours * HOUR_MS,
    cleanupInterval: s.cleanupIntervalMinutes * 60_000,
    shutdownGrace: s.shutdownGraceSeconds * 1000,
    syncWait: s.syncWaitSeconds * 1000,
  };
}
