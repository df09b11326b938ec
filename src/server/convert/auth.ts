/**
 * convert-api.md's authentication: with `serve.apiKeys` configured, every request carries
 * `Authorization: Bearer <token>` and `X-API-Key: <apiKey>` of one configured pair (401 E00003 when
 * missing or wrong), and files and tasks belong to that pair (another pair's are 403 E00004). Without
 * keys there is one shared owner, and the server says so at start and in the API description.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ServeDefaults } from '../../config/defaults.js';
import { ConvertApiError, E } from './errors.js';

export type ApiKey = ServeDefaults['apiKeys'][number];

const digest = (s: string) => createHash('sha256').update(s).digest();
const same = (a: string, b: string) => timingSafeEqual(digest(a), digest(b));

/** The owner a request acts as: `convert:<key name or hash>`, or `convert:open` without keys. */
export function ownerOf(request: FastifyRequest, keys: readonly ApiKey[]): string {
  if (keys.length === 0) return 'convert:open';
  const auth = request.headers.authorization;
  const token = typeof auth === 'string' && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '').trim() : '';
  const apiKey = typeof request.headers['x-api-key'] === 'string' ? request.headers['x-api-key'].trim() : '';
  if (!token || !apiKey) throw new ConvertApiError(E.UNAUTHENTICATED, 'Authorization: Bearer <token> and X-API-Key are both required');
  const match = keys.find((k) => same(k.token, token) && same(k.apiKey, apiKey));
  if (!match) throw new ConvertApiError(E.UNAUTHENTICATED, 'the token or API key is not valid');
  return `convert:${match.name ?? createHash('sha256').update(match.apiKey).digest('hex').slice(0, 16)}`;
}

/** A file or task of another owner is forbidden; one that does not exist is not found. */
export function checkOwner(owner: string, resourceOwner: string | undefined, what: string): void {
  if (resourceOwner === undefined) throw new ConvertApiError(E.NOT_FOUND, `${what} does not exist`);
  if (resourceOwner !== owner) throw new ConvertApiError(E.FORBIDDEN, `${what} belongs to another API key`);
}
