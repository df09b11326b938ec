/**
 * The settings an operation (extract, merge, convert, docx-to-tex) runs with: its own options first,
 * then the runtime it was given (the server's, the CLI's: the user's config), then the defaults.
 */
import type { Cache } from '../core/cache.js';
import type { Limits } from '../core/inputs.js';
import { defaultConfig, type Config } from './defaults.js';

/** What an operation reads from a runtime (src/runtime.ts) for its settings. */
export interface RuntimeSettings {
  readonly config: Config;
  readonly cache: Cache | null;
  readonly limits: Limits;
  readonly concurrency: number;
}

/** What an operation's own options may set instead of its runtime. */
export interface SharedOverrides {
  limits?: Partial<Limits>;
  concurrency?: number;
  /** null: no cache. Omitted: the runtime's (none without a runtime). */
  cache?: Cache | null;
}

export function sharedSettings(runtime: RuntimeSettings | undefined, o: SharedOverrides): { config: Config; limits: Limits; concurrency: number; cache: Cache | null } {
  const config = runtime?.config ?? defaultConfig();
  return {
    config,
    limits: { ...(runtime?.limits ?? config.limits), ...o.limits },
    concurrency: o.concurrency ?? runtime?.concurrency ?? config.concurrency,
    cache: o.cache !== undefined ? o.cache : (runtime?.cache ?? null),
  };
}
