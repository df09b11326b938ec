/**
 * One auth model for every API: with keys made (`invoicectl serve keys add`), each request carries one
 * as `Authorization: Bearer <key>` or `X-API-Key: <key>`, or the page's session cookie; anything else
 * is 401 in the answering spec's error shape, refused before the body is read. Without keys the server
 * is open and everything belongs to one owner, `open`.
 */
import type { FastifyReply, FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import { HttpError } from '../http/errors.js';
import type { KeyStore } from './keys.js';
import { OPEN_OWNER, ownerScope, type Owner } from './scope.js';
import { crossSite, sessionTokenOf, type WebSessions } from './web-sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who the request acts for: `key:<id>`, `open`, or what a module's own credential names. */
    owner: Owner;
    /** The API key the request came with (none on an open server or with a module's own credential). */
    apiKey: { id: string; name: string } | null;
  }
}

/** A module's own credential accepted beside the server's keys (convert-api.md's token + API key pairs). */
export type ModuleCredential = (request: FastifyRequest) => Owner | undefined;

export const keyOwner = (keyId: string): Owner => `key:${keyId}`;

const bearerOf = (request: FastifyRequest) => {
  const auth = request.headers.authorization;
  return typeof auth === 'string' && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '').trim() : undefined;
};

export function unauthenticated(message = 'an API key is required: send Authorization: Bearer <key> or X-API-Key: <key>, or sign in on the page') {
  return new HttpError(401, 'UNAUTHENTICATED', message);
}

/** Who a request acts for, or the error refusing it. */
export function authenticate(request: FastifyRequest, keys: KeyStore, sessions: WebSessions, moduleCredential?: ModuleCredential): { owner: Owner; apiKey: FastifyRequest['apiKey'] } {
  const given = [bearerOf(request), request.headers['x-api-key']].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  for (const secret of given) {
    const key = keys.find(secret);
    if (key) return { owner: keyOwner(key.id), apiKey: { id: key.id, name: key.name } };
  }
  const token = sessionTokenOf(request);
  const signedIn = token ? sessions.keyOf(token) : undefined;
  if (signedIn) {
    if (crossSite(request)) throw new HttpError(403, 'CROSS_SITE_REQUEST', 'a request signed in by the page cookie must come from the page itself');
    return { owner: keyOwner(signedIn.id), apiKey: { id: signedIn.id, name: signedIn.name } };
  }
  const own = moduleCredential?.(request);
  if (own) return { owner: own, apiKey: null };
  if (keys.closed) throw unauthenticated();
  return { owner: OPEN_OWNER, apiKey: null };
}

/** onRequest: refuse before anything is read; preHandler: run the handler inside the owner's scope. */
export function authHooks(keys: KeyStore, sessions: WebSessions, moduleCredential?: ModuleCredential): { onRequest: onRequestHookHandler; preHandler: preHandlerHookHandler } {
  return {
    onRequest(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) {
      try {
        const { owner, apiKey } = authenticate(request, keys, sessions, moduleCredential);
        request.owner = owner;
        request.apiKey = apiKey;
        done();
      } catch (err) {
        if ((err as HttpError).status === 401) reply.header('www-authenticate', 'Bearer');
        done(err as Error);
      }
    },
    // After the body was parsed: stream events run outside the context entered at onRequest.
    preHandler(request: FastifyRequest, _reply: FastifyReply, done: (err?: Error) => void) {
      ownerScope.run({ owner: request.owner, requestId: request.id }, done);
    },
  };
}
