/**
 * convert-api.md's authentication: with `serve.apiKeys` configured, every request carries
 * `Authorization: Bearer <token>` and `X-API-Key: <apiKey>` of one configured pair (401 E00003 when
 * missing or wrong), and files and tasks belong to that pair (another pair's are 403 E00004). Without
 * keys there is one shared owner, and the server says so at start and in the API description.
 * The server's own API keys (auth/hook.ts) are accepted too, in either header.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ServeDefaults } from '../../config/defaults.js';
import { ConvertApiError, E } from './errors.js';

export type ApiKey = ServeDefaults['apiKeys'][number];

const digest = (s: string) => createHash('sha256').update(s).digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** The pair a request's two headers name, if they name one: convert-api.md's own credential. */
export function pairOwner(request: FastifyRequest, keys: readonly ApiKey[]): string | undefined {
  const auth = request.headers.authorization;
  const token = typeof auth === 'string' && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '').trim() : '';
  const apiKey = typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'].trim() : '';
  if (!token || !apiKey) return undefined;
  const match = keys.find((k) => same(k.token, token) && same(k.apiKey, apiKey));
  return match && `convert:${match.name ?? createHash('sha256').update(match.apiKey).digest('hex').slice(0, 16)}`;
}

/**
 * The owner a request acts as: a server API key's (`convert:key:<id>`), a serve.apiKeys pair's
 * (`convert:<name or hash>`), or `convert:open` on a server with neither. With pairs configured and no
 * server key given, the pair is required (401 E00003).
 */
export function ownerOf(request: FastifyRequest, keys: readonly ApiKey[]): string {
  if (request.apiKey) return `convert:${request.owner}`;
  if (request.owner.startsWith('convert:')) return request.owner;
  if (keys.length === 0) return `convert:${request.owner}`;
  const auth = request.headers.authorization;
  const apiKey = request.headers['x-api-key'];
  if (typeof auth !== 'string' || !/^Bearer\s+\S/i.test(auth) || typeof apiKey !== 'string' || !apiKey.trim()) throw new ConvertApiError(E.UNAUTHENTICATED, 'Authorization: Bearer <token> and X-API-Key are both required');
  throw new ConvertApiError(E.UNAUTHENTICATED, 'the token or API key is not valid');
}

/** A file or task of another owner is forbidden; one that does not exist is not found. */
export function checkOwner(owner: string, resourceOwner: string | undefined, what: string): void {
  if (resourceOwner === undefined) throw new ConvertApiError(E.NOT_FOUND, `${what} does not exist`);
  if (resourceOwner === owner) return;
  // The spec's 403 is between its own key pairs; a server API key never learns another key's ids exist.
  if (owner.startsWith('convert:key:') || resourceOwner.startsWith('convert:key:')) throw new ConvertApiError(E.NOT_FOUND, `${what} does not exist`);
  throw new ConvertApiError(E.FORBIDDEN, `${what} belongs to another API key`);
}
