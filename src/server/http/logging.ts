import type { LogLine, ServerContext } from '../context.js';

const LEVELS = { info: 0, warn: 1, error: 2, silent: 3 } as const;

interface Sink {
  /** Info lines (one per request): may wait for the end of this turn of the event loop. */
  later(line: string): void;
  /** Warnings and errors: written before anything else happens (a crash or SIGKILL next must not lose them). */
  now(line: string): void;
}

/** Structured logs: one JSON line per event on stderr, at or above `level`. */
export function createLogger(level: string, write?: (line: string) => void): ServerContext['log'] {
  const sink: Sink = write ? { later: write, now: write } : stderrInBatches();
  const min = LEVELS[level as keyof typeof LEVELS] ?? 0;
  const at = (name: 'info' | 'warn' | 'error') => (line: LogLine) => {
    if (LEVELS[name] >= min) sink[name === 'info' ? 'later' : 'now'](`${JSON.stringify({ time: new Date().toISOString(), level: name, ...line })}\n`);
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

let batched: Sink | undefined;

/**
 * stderr, written once per turn of the event loop: a write (a system call on a pipe or file) per request
 * line took a measurable share of a cached /extract under load. Lines keep their order, and what is
 * pending is written when the process exits.
 */
function stderrInBatches(): Sink {
  if (batched) return batched;
  let pending = '';
  const flush = () => {
    if (!pending) return;
    const out = pending;
    pending = '';
    process.stderr.write(out);
  };
  process.on('exit', flush);
  return (batched = {
    later(line) {
      if (!pending) setImmediate(flush);
      pending += line;
    },
    now(line) {
      flush(); // keeps the lines in order
      process.stderr.write(line);
    },
  });
}

/** Query parameters that carry credentials (the processor API's session id is its only one). */
const SECRET_PARAM = /^(session|session_?id|key|api_?key|token|access_?token|auth|password|secret|sig|signature)$/i;

/**
 * A URL as it may be logged: the values of credential-like query parameters replaced. Headers are never
 * logged (Authorization, X-API-Key, X-Session-ID, Cookie).
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq < 0 ? pair : pair.slice(0, eq);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed name is logged as sent
      }
      return eq >= 0 && SECRET_PARAM.test(decoded) ? `${name}=REDACTED` : pair;
    });
  return `${url.slice(0, q)}?${params.join('&')}`;
}
