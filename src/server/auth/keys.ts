/**
 * The server's API keys: named, stored as SHA-256 hashes (the key itself is shown once, when it is
 * made), revocable. A key is 256 random bits, so a fast hash is enough: there is nothing to guess
 * from it, unlike a password. Once any key has been made the server is closed: revoking the last one
 * locks every API rather than opening them again.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';

export interface ApiKeyInfo {
  id: string;
  name: string;
  createdAt: number;
  revokedAt: number | null;
}

interface KeyRow {
  id: string;
  name: string;
  created_at: number;
  revoked_at: number | null;
}

const KEY_PREFIX = 'ick_';
const NAME = /^[\w.@-]{1,64}$/;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
const info = (row: KeyRow): ApiKeyInfo => ({ id: row.id, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at });

export class KeyStore {
  constructor(private readonly db: Db) {}

  /** A new key; the returned `key` is the only time the secret exists outside the client. */
  add(name: string, now = Date.now()): ApiKeyInfo & { key: string } {
    if (!NAME.test(name)) throw new Error(`a key name is 1-64 letters, digits, ".", "_", "@" or "-" (got "${name}")`);
    if (this.db.prepare('SELECT 1 FROM api_keys WHERE name = ? AND revoked_at IS NULL').get(name)) throw new Error(`a live key named "${name}" exists: revoke it first or pick another name`);
    const id = `key_${randomBytes(6).toString('hex')}`;
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    this.db.prepare('INSERT INTO api_keys (id, name, hash, created_at) VALUES (?, ?, ?, ?)').run(id, name, hashKey(key), now);
    return { id, name, createdAt: now, revokedAt: null, key };
  }

  list(): ApiKeyInfo[] {
    return (this.db.prepare('SELECT id, name, created_at, revoked_at FROM api_keys ORDER BY created_at, rowid').all() as KeyRow[]).map(info);
  }

  /** Revokes by id or by the name of a live key; false when there is no such live key. */
  revoke(idOrName: string, now = Date.now()): boolean {
    return this.db.prepare('UPDATE api_keys SET revoked_at = ? WHERE (id = ? OR name = ?) AND revoked_at IS NULL').run(now, idOrName, idOrName).changes > 0;
  }

  /** The live key with this secret. */
  find(key: string): ApiKeyInfo | undefined {
    if (!key.startsWith(KEY_PREFIX)) return undefined;
    const row = this.db.prepare('SELECT id, name, created_at, revoked_at FROM api_keys WHERE hash = ? AND revoked_at IS NULL').get(hashKey(key)) as KeyRow | undefined;
    return row && info(row);
  }

  /** True once a key has been made (even if all are revoked since): the server then asks every request for one. */
  get closed(): boolean {
    return this.db.prepare('SELECT 1 FROM api_keys LIMIT 1').get() !== undefined;
  }
}
