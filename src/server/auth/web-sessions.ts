/**
 * Sign-in on the page with an API key: the key is exchanged once for a random session token kept in an
 * HttpOnly, SameSite=Strict cookie, so the page's script never holds the key. The token is stored
 * hashed; a session ends when it expires, when it is signed out, or when its key is revoked.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../store/db.js';
import { HOUR_MS } from '../settings.js';
import { hashKey, type ApiKeyInfo } from './keys.js';

export const SESSION_COOKIE = 'invoicectl_session';
const SESSION_TTL_MS = 12 * HOUR_MS;

export class WebSessions {
  constructor(private readonly db: Db) {}

  create(key: ApiKeyInfo, now = Date.now()): string {
    const token = randomBytes(32).toString('base64url');
    this.db.prepare('INSERT INTO web_sessions (hash, key_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(hashKey(token), key.id, now, now + SESSION_TTL_MS);
    return token;
  }

  /** The live key behind a session token. */
  keyOf(token: string, now = Date.now()): ApiKeyInfo | undefined {
    const row = this.db
      .prepare('SELECT k.id, k.name, k.created_at FROM web_sessions s JOIN api_keys k ON k.id = s.key_id WHERE s.hash = ? AND s.expires_at > ? AND k.revoked_at IS NULL')
      .get(hashKey(token), now) as { id: string; name: string; created_at: number } | undefined;
    return row && { id: row.id, name: row.name, createdAt: row.created_at, revokedAt: null };
  }

  delete(token: string): void {
    this.db.prepare('DELETE FROM web_sessions WHERE hash = ?').run(hashKey(token));
  }

  deleteExpired(now = Date.now()): number {
    return this.db.prepare('DELETE FROM web_sessions WHERE expires_at <= ?').run(now).changes;
  }
}

/** The session cookie's value, if the request has one. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string | null): void {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  const value = token ? `${token}; Max-Age=${SESSION_TTL_MS / 1000}` : '; Max-Age=0';
  reply.header('set-cookie', `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${secure}`);
}

/**
 * A cookie travels with requests the user did not mean to make; SameSite=Strict already keeps it off
 * cross-site requests, and this refuses what a browser marks as cross-site anyway (an older browser, a
 * sibling subdomain): a state-changing request signed in by cookie must come from this origin.
 */
export function crossSite(request: FastifyRequest): boolean {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
