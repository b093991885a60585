/**
 * The last Express handler: errors raised before GraphQL runs (a body over the limit, JSON that does not parse)
 * answer in GraphQL's error shape with a code from the closed set, never as an HTML page.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

interface HttpError extends Error {
  status?: number;
  type?: string;
}

export function httpErrorHandler(log: Logger) {
  return (error: HttpError, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const requestId = String(res.locals.requestId ?? '');
    const reply = (status: number, code: string, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code, ...(status >= 500 ? { requestId } : {}) } }] });
    if (error.type === 'entity.too.large') return reply(413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the limit');
    if (error.type === 'entity.parse.failed') return reply(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    if (error.status && error.status >= 400 && error.status < 500) return reply(error.status, 'BAD_REQUEST', 'The request is malformed');
    log.error({ err: error, requestId, path: req.path }, 'unexpected HTTP error');
    return reply(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
