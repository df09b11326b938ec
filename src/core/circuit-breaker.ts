/**
 * A circuit breaker and a retry with backoff, for engines that can fail for reasons of their own (OCR,
 * office converters): after `threshold` consecutive engine failures the circuit opens and calls fail
 * fast for `cooldownMs`; then one trial call (half-open) closes it again or re-opens it. Failures of the
 * document (a corrupt file) are not engine failures and never count.
 */
export type CircuitState = 'closed' | 'open' | 'half_open';

export class CircuitOpenError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('the circuit is open after repeated engine failures');
    this.name = 'CircuitOpenError';
  }
}

export interface BreakerOptions {
  threshold?: number;
  cooldownMs?: number;
  /** Which errors are the engine's fault (count towards opening). */
  isEngineFailure: (err: unknown) => boolean;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trial = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.threshold = options.threshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half_open' : 'open';
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half_open' && this.trial)) throw new CircuitOpenError(this.cooldownMs - (this.now() - (this.openedAt ?? this.now())));
    if (state === 'half_open') this.trial = true;
    try {
      const value = await work();
      this.failures = 0;
      this.openedAt = null;
      return value;
    } catch (err) {
      if (this.options.isEngineFailure(err)) {
        this.failures += 1;
        if (state === 'half_open' || this.failures >= this.threshold) this.openedAt = this.now();
      } else if (state === 'half_open') {
        this.openedAt = null;
        this.failures = 0;
      }
      throw err;
    } finally {
      if (state === 'half_open') this.trial = false;
    }
  }
}

/** Runs `work` up to `attempts` times while it fails with a retryable error, waiting backoff × 2^n between. */
export async function withRetry<T>(
  work: () => Promise<T>,
  options: { attempts: number; backoffMs: number; retryable: (err: unknown) => boolean; signal?: AbortSignal; sleep?: (ms: number) => Promise<void> },
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= options.attempts || !options.retryable(err) || options.signal?.aborted) throw err;
      await sleep(options.backoffMs * 2 ** (attempt - 1));
    }
  }
}
