import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError, withRetry } from '../../src/core/circuit-breaker.js';

class EngineError extends Error {}
const engineFails = () => Promise.reject(new EngineError('engine down'));
const documentFails = () => Promise.reject(new Error('corrupt document'));

describe('circuit breaker', () => {
  it('opens after 5 consecutive engine failures, fails fast, lets one trial through after the cooldown', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ threshold: 5, cooldownMs: 60_000, isEngineFailure: (e) => e instanceof EngineError, now: () => now });
    for (let i = 0; i < 4; i++) await expect(breaker.run(engineFails)).rejects.toBeInstanceOf(EngineError);
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(engineFails)).rejects.toBeInstanceOf(EngineError);
    expect(breaker.state).toBe('open');
    let called = false;
    await expect(breaker.run(async () => (called = true))).rejects.toBeInstanceOf(CircuitOpenError);
    expect(called).toBe(false);

    now = 60_000;
    expect(breaker.state).toBe('half_open');
    await expect(breaker.run(engineFails)).rejects.toBeInstanceOf(EngineError);
    expect(breaker.state).toBe('open');
    now = 120_000;
    expect(await breaker.run(async () => 'ok')).toBe('ok');
    expect(breaker.state).toBe('closed');
  });

  it('does not count failures of the document, and a success resets the count', async () => {
    const breaker = new CircuitBreaker({ threshold: 2, isEngineFailure: (e) => e instanceof EngineError });
    for (let i = 0; i < 10; i++) await expect(breaker.run(documentFails)).rejects.toThrow('corrupt');
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(engineFails)).rejects.toThrow();
    await breaker.run(async () => 1);
    await expect(breaker.run(engineFails)).rejects.toThrow();
    expect(breaker.state).toBe('closed');
  });

  it('retries retryable failures with growing waits, and gives up on the others at once', async () => {
    let calls = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const value = await withRetry(async () => (++calls < 3 ? Promise.reject(new EngineError()) : 'done'), { attempts: 3, backoffMs: 500, retryable: (e) => e instanceof EngineError, sleep });
    expect(value).toBe('done');
    expect(calls).toBe(3);
    expect(waits).toEqual([500, 1000]);
    calls = 0;
    await expect(withRetry(async () => (calls++, documentFails()), { attempts: 3, backoffMs: 1, retryable: (e) => e instanceof EngineError, sleep })).rejects.toThrow('corrupt');
    expect(calls).toBe(1);
  });
});
