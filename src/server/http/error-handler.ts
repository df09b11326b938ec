/**
 * The error handler every spec module installs in its scope: the module's own error class answered as
 * it is, anything else normalised (errors.ts), logged with its cause when it is a failure of ours, and
 * answered in the spec's error shape.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.js';
import { type ApiName, type NormalisedError, normaliseError } from './errors.js';

export interface ErrorShape {
  /** Whose status table applies (errors.ts). */
  api: ApiName;
  /** The module's own error (already in its spec's shape): answered and done; anything else: undefined. */
  own?: (err: unknown, request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;
  /** Any other error, normalised, in the spec's shape. */
  answer: (e: NormalisedError, request: FastifyRequest, reply: FastifyReply) => FastifyReply;
}

export function errorHandler(ctx: Pick<ServerContext, 'log'>, shape: ErrorShape) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const answered = shape.own?.(err, request, reply);
    if (answered) return answered;
    const e = normaliseError(shape.api, err);
    if (e.internal) ctx.log.error({ msg: 'request failed', reqId: request.id, code: e.code, err: String((err as Error)?.stack ?? err) });
    return shape.answer(e, request, reply);
  };
}
