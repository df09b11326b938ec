/**
 * Sessions of processor-api.md: every task and file belongs to one, and a session sees nothing of
 * another's (a foreign ID is "not found", never "forbidden", so IDs cannot be probed). Session IDs keep
 * the spec's shape (`session_<random>_<ms>`) with 128 random bits, so they cannot be guessed.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ownedBy, ownerForNewRows } from '../auth/scope.js';
import type { Db } from '../store/db.js';
import { HttpError } from '../http/errors.js';

export interface Session {
  id: string;
  createdAt: number;
  expiresAt: number;
  /** The API key's owner (auth/scope.ts). */
  owner: string;
}

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly ttlMs: number,
  ) {}

  create(now = Date.now()): Session {
    const session = { id: `session_${randomBytes(16).toString('hex')}_${now}`, createdAt: now, expiresAt: now + this.ttlMs, owner: ownerForNewRows() };
    this.db.prepare('INSERT INTO processor_sessions (id, owner, created_at, expires_at) VALUES (?, ?, ?, ?)').run(session.id, session.owner, session.createdAt, session.expiresAt);
    return session;
  }

  /** The live session with this ID, or undefined (unknown or expired). */
  get(id: string, now = Date.now()): Session | undefined {
    const own = ownedBy('owner');
    const row = this.db.prepare(`SELECT id, owner, created_at, expires_at FROM processor_sessions WHERE id = ? AND expires_at > ?${own.sql}`).get(id, now, ...own.args) as
      | { id: string; owner: string; created_at: number; expires_at: number }
      | undefined;
    return row && { id: row.id, createdAt: row.created_at, expiresAt: row.expires_at, owner: row.owner };
  }

  /** The IDs of sessions past their expiry (the module's cleanup deletes them with their tasks and files). */
  expired(now = Date.now()): string[] {
    return this.db.prepare('SELECT id FROM processor_sessions WHERE expires_at <= ?').pluck().all(now) as string[];
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM processor_sessions WHERE id = ?').run(id);
  }
}

/** The session ID a request names: the X-Session-ID header, or `?session=` (iframes cannot set headers). */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-session-id'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const query = (request.query as { session?: unknown } | undefined)?.session;
  return typeof query === 'string' && query.trim() ? query.trim() : undefined;
}

export function requireSession(sessions: SessionStore, request: FastifyRequest): Session {
  const id = sessionIdOf(request);
  if (!id) throw new HttpError(400, 'MISSING_SESSION_ID', 'Session ID is required (X-Session-ID header)');
  const session = sessions.get(id);
  if (!session) throw new HttpError(401, 'INVALID_SESSION', 'Invalid or expired session; create one with POST /api/session');
  return session;
}

/** The owner recorded on a session's tasks and files. */
export const ownerOf = (sessionId: string) => `processor:${sessionId}`;
