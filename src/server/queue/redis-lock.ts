/**
 * The cache's build lock in Redis, for workers on several machines sharing one cache directory: a key
 * set only if absent, with an expiry its holder keeps renewing, so a holder that died (SIGKILL, lost
 * machine) frees the entry within `ttlMs`. Renewal and release check the holder's token.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { BuildLock } from '../../core/cache.js';

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export function redisBuildLock(redis: Redis, prefix = 'invoicectl:cache-lock:'): BuildLock {
  return {
    async tryAcquire(name, ttlMs) {
      const key = prefix + name;
      const token = randomUUID();
      if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) !== 'OK') return null;
      const renew = setInterval(() => void redis.eval(RENEW, 1, key, token, String(ttlMs)).catch(() => {}), Math.max(100, ttlMs / 3));
      renew.unref();
      return async () => {
        clearInterval(renew);
        await redis.eval(RELEASE, 1, key, token).catch(() => {});
      };
    },
    async isHeld(name) {
      return (await redis.exists(prefix + name)) === 1;
    },
  };
}
