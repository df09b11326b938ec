import type { LogLine, ServerContext } from '../context.js';

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;

/** Structured logs: one JSON line per event on stderr, at or above `level`. */
export function createLogger(level: string, write: (line: string) => void = (l) => process.stderr.write(l)): ServerContext['log'] {
  const min = LEVELS[level as keyof typeof LEVELS] ?? 0;
  const at = (name: 'info' | 'warn' | 'error') => (line: LogLine) => {
    if (LEVELS[name] >= min) write(`${JSON.stringify({ time: new Date().toISOString(), level: name, ...line })}\n`);
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
