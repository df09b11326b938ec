/** The server's settings: the config's `serve` section with the data dir resolved. */
import type { ServeDefaults } from '../config/defaults.js';

export interface ServerSettings extends ServeDefaults {
  /** Absolute. */
  dataDir: string;
  /** Listen beyond loopback without keys (an open server, said so in the log). */
  insecureOpen?: boolean;
}
