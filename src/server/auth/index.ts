/**
 * Signing in on the page with an API key (the page is at /, see web/):
 *   POST   /auth/session  {"key": "ick_..."}  → 200 {signedIn: true, key: {id, name}} + the HttpOnly cookie
 *   GET    /auth/session                      → 200 {required, signedIn, key}: whether the page must ask
 *   DELETE /auth/session                      → 204, the cookie cleared and the session ended
 * A wrong key is 401 {error: "UNAUTHENTICATED", message}; every API answers a request without a key
 * with 401 in its own error shape and `WWW-Authenticate: Bearer`.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { errorHandler } from '../http/error-handler.js';
import { authenticate } from './hook.js';
import { crossSite, sessionTokenOf, setSessionCookie } from './web-sessions.js';

const TAG = 'auth';
const keyShape = { type: 'object', nullable: true, properties: { id: { type: 'string' }, name: { type: 'string' } } } as const;
const errorShape = { type: 'object', properties: { error: { type: 'string' }, message: { type: 'string' } } } as const;

export const authModule: ServerModule = {
  name: 'auth',
  public: true,
  tag: { name: TAG, description: 'Signing in on the page with an API key (`invoicectl serve keys add`); APIs take the key as Authorization: Bearer or X-API-Key' },
  migrations: [],

  async register(app: FastifyInstance, ctx: ServerContext) {
    app.setErrorHandler(
      errorHandler(ctx, {
        api: 'processor',
        answer: (e, _request, reply) => reply.status(e.status).send({ error: e.internal ? 'INTERNAL_SERVER_ERROR' : e.code, message: e.message }),
      }),
    );

    app.post(
      '/auth/session',
      {
        schema: {
          tags: [TAG],
          summary: 'Sign the page in with an API key (sets an HttpOnly, SameSite=Strict session cookie, 12 h)',
          body: { type: 'object', required: ['key'], additionalProperties: false, properties: { key: { type: 'string', minLength: 1, maxLength: 200 } } },
          response: { 200: { type: 'object', properties: { signedIn: { type: 'boolean' }, key: keyShape } }, 401: errorShape, 403: errorShape },
        },
      },
      async (request, reply) => {
        if (crossSite(request)) return reply.status(403).send({ error: 'CROSS_SITE_REQUEST', message: 'sign in from the page itself' });
        const key = ctx.keys.find((request.body as { key: string }).key.trim());
        if (!key) return reply.status(401).send({ error: 'UNAUTHENTICATED', message: 'this key is not valid (unknown or revoked)' });
        setSessionCookie(request, reply, ctx.webSessions.create(key));
        return { signedIn: true, key: { id: key.id, name: key.name } };
      },
    );

    app.get(
      '/auth/session',
      {
        schema: {
          tags: [TAG],
          summary: 'Whether the server asks for a key and who this request is signed in as',
          response: { 200: { type: 'object', properties: { required: { type: 'boolean' }, signedIn: { type: 'boolean' }, key: keyShape } } },
        },
      },
      async (request) => {
        const required = ctx.keys.closed;
        try {
          const { apiKey } = authenticate(request, ctx.keys, ctx.webSessions);
          return { required, signedIn: apiKey !== null, key: apiKey };
        } catch {
          return { required, signedIn: false, key: null };
        }
      },
    );

    app.delete(
      '/auth/session',
      { schema: { tags: [TAG], summary: 'Sign out: end the session and clear its cookie', response: { 204: { type: 'null' } } } },
      async (request, reply) => {
        const token = sessionTokenOf(request);
        if (token) ctx.webSessions.delete(token);
        setSessionCookie(request, reply, null);
        return reply.status(204).send();
      },
    );
  },

  async cleanup(ctx: ServerContext, now: number) {
    return ctx.webSessions.deleteExpired(now);
  },
};
