import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, localise, pickLocale, type Locale } from './errors.js';
import type { ErrorCode } from './messages.js';
import { findUnstorable, isRequestValidationError, summariseIssues, unstorableIssue } from './validation.js';

export function requestLocale(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language']);
}

function send(reply: FastifyReply, status: number, code: ErrorCode, params: Record<string, string | number>, details?: unknown) {
  const message = localise(code, params, requestLocale(reply.request));
  return reply.status(status).send({ error: details === undefined ? { code, message } : { code, message, details } });
}

export function sendAppError(reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return send(reply, error.status, error.code, error.params, error.details);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) return sendAppError(reply, error);
    if (isRequestValidationError(error)) {
      const issues = error.relocalise(requestLocale(request));
      const { summary, issues: list } = summariseIssues(issues.length ? issues : error.validationIssues);
      return send(reply, 400, 'VALIDATION', { summary }, { issues: list });
    }
    if (error instanceof ResponseSerializationError) {
      request.log.error({ err: error, issues: error.cause?.issues }, 'response does not match its schema');
      return send(reply, 500, 'INTERNAL', {});
    }
    const status = (error as FastifyError).statusCode;
    if (status === 429) return send(reply, 429, 'RATE_LIMITED', {});
    if (status === 413 || (error as FastifyError).code === 'FST_REQ_FILE_TOO_LARGE') return send(reply, 413, 'PAYLOAD_TOO_LARGE', {});
    if (status && status >= 400 && status < 500) return send(reply, status, 'BAD_REQUEST', { reason: error.message });
    if ((error as { code?: string }).code === '23505') return send(reply, 409, 'CONFLICT', { what: '@record' });
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'INTERNAL', {});
  });
}

/**
 * Every string a request carries (JSON body, query, path parameters, and their keys) must be
 * storable text: a NUL byte or an unpaired surrogate answers 400 VALIDATION naming the field,
 * here, for every route, before any schema or handler sees it.
 */
export function installInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const found =
      findUnstorable(request.params, 'params') ??
      findUnstorable(request.query, 'query') ??
      (request.isMultipart() ? null : findUnstorable(request.body, 'body'));
    if (!found) return;
    const issue = unstorableIssue(found, requestLocale(request));
    return send(reply, 400, 'VALIDATION', { summary: issue.path ? `${issue.path}: ${issue.message}` : issue.message }, { issues: [issue] });
  });
}

export const sendRouteNotFound = (reply: FastifyReply) => send(reply, 404, 'ROUTE_NOT_FOUND', {});
