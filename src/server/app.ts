/**
 * The HTTP app: request IDs, one JSON log line per request, multipart streamed to disk, the OpenAPI
 * document generated from every route's schema (`/openapi.json`, interactive docs at `/docs`), and each
 * spec module in its own scope (its routes and its error shape).
 */
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { VERSION } from '../version.js';
import type { ServerContext, ServerModule } from './context.js';
import { authHooks } from './auth/hook.js';
import { errorHandler } from './http/error-handler.js';
import { redactUrl } from './http/logging.js';

/** Client request IDs are echoed when they look like IDs; anything else gets a fresh UUID. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function buildApp(ctx: ServerContext, modules: readonly ServerModule[]): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // Unknown JSON fields are refused by schemas with additionalProperties: false rather than dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allowUnionTypes: true, keywords: ['example'] } },
    forceCloseConnections: 'idle',
    // processor-api.md's clients write /api/upload and /api/upload/ alike: every route answers both.
    routerOptions: { ignoreTrailingSlash: true },
    // A path Fastify cannot decode ("%FF", raw bytes) never reaches a route or a module's error handler:
    // answered here, with the request ID and in the shape of the spec whose paths it is under.
    frameworkErrors: (err, request, reply) => answerFrameworkError(err, request as FastifyRequest, reply as unknown as FastifyReply),
  });

  // Callback hooks, not async ones: they run on every request, and a promise per hook is measurable there.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // An answer given before the request's body was all read (a file over the limit, a refused form) ends
  // the connection: the rest of the body is not read, and a client reusing the connection would wait behind it.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (!request.raw.complete) reply.header('connection', 'close');
    done(null, payload);
  });
  // Blobs an upload stored are held while its request lasts (see BlobStore.hold).
  app.addHook('onRequestAbort', (request, done) => {
    ctx.blobs.release(request.id);
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    ctx.blobs.release(request.id);
    const line = { msg: 'request', reqId: request.id, method: request.method, url: redactUrl(request.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) };
    if (reply.statusCode >= 500) ctx.log.error(line);
    else ctx.log.info(line);
    done();
  });
  app.setErrorHandler(
    errorHandler(ctx, { api: 'processor', answer: (e, _request, reply) => reply.status(e.status).send({ error: true, code: e.code, message: e.message }) }),
  );

  await app.register(multipart, { limits: { fieldSize: 1024 * 1024, fields: 100, parts: 1000 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'invoicectl',
        version: VERSION,
        description:
          'invoicectl serve: the five APIs of docs/api/ over one core. Every response carries X-Request-ID (yours, echoed, or a new UUID).',
      },
      tags: modules.flatMap((m) => (m.tag ? [m.tag] : [])),
    },
    // Multipart routes describe their form in `multipartBody` (Fastify would otherwise validate the body,
    // which multipart routes stream to disk instead of parsing); the document shows it as the body.
    // A route that takes JSON or multipart puts its JSON shape in `eitherBody` and validates it itself.
    transform: ({ schema, url }) => {
      const s = schema as Record<string, unknown> | undefined;
      if (!s?.multipartBody && !s?.eitherBody) return { schema: schema as never, url };
      const { multipartBody, eitherBody, ...rest } = s;
      const consumes = eitherBody ? ['application/json', 'multipart/form-data'] : ['multipart/form-data'];
      return { schema: { ...rest, consumes, body: eitherBody ?? multipartBody } as never, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } as never });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.setNotFoundHandler((request, reply) => {
    const body = routeErrorBody('not_found', request.url, request.id, `no route ${request.method} ${request.url.replace(/\?.*$/, '')}`);
    return reply.status(404).send(body);
  });
  // Every module's routes ask for a key (hooks of the module's scope, so its error shape answers);
  // the page's files and signing in are public.
  app.decorateRequest('owner', 'open');
  app.decorateRequest('apiKey', null);
  for (const m of modules) {
    await app.register(async (scope) => {
      if (!(m.public || m.name === 'web')) {
        const hooks = authHooks(ctx.keys, ctx.webSessions, m.credential?.(ctx));
        scope.addHook('onRequest', hooks.onRequest);
        scope.addHook('preHandler', hooks.preHandler);
      }
      await m.register(scope, ctx);
    });
  }
  return app;
}

function answerFrameworkError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.replace(/\?.*$/, '');
  const message = err.code === 'FST_ERR_BAD_URL' ? `the path is not valid percent-encoded UTF-8: ${path}` : err.message;
  reply.header('x-request-id', request.id).status(400).send(routeErrorBody('bad_url', request.url, request.id, message));
}

/**
 * An unknown route, or a path that cannot be decoded, answered in the error shape of the spec whose paths
 * it is under (invoices-api.md's own resources answer in their module; convert-api.md shares /api/v1 with it).
 */
export function routeErrorBody(kind: 'not_found' | 'bad_url', url: string, requestId: string, message: string): Record<string, unknown> {
  const path = url.replace(/\?.*$/, '');
  const missing = kind === 'not_found';
  if (/^\/api\/v1\/(files|convert|tasks)(\/|$)/.test(path)) return { success: false, error: { code: missing ? 'E00005' : 'E00002', message }, timestamp: new Date().toISOString(), requestId };
  if (path.startsWith('/api/v1/')) return { code: 1001, message, data: null };
  if (path === '/api' || path.startsWith('/api/')) return { error: true, code: missing ? 'NOT_FOUND' : 'VALIDATION_ERROR', message };
  if (path === '/v1' || path.startsWith('/v1/')) return { code: missing ? 404 : 400, data: { error: missing ? 'NOT_FOUND' : 'VALIDATION_ERROR' }, msg: message };
  // extract-api.md is FastAPI-shaped at the root.
  return missing ? { detail: 'Not Found' } : { error: 'Bad request', detail: message };
}
