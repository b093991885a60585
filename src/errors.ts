/**
 * The closed set of error codes a client can see in extensions.code. Anything else is masked as
 * INTERNAL_SERVER_ERROR and logged with the request id.
 */
export const errorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** An expected failure, safe to show to the client as it is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}`, { id });
export const badInput = (message: string, details: Record<string, unknown> = {}) => new AppError('BAD_USER_INPUT', message, details);
export const unavailable = (cause?: unknown) =>
  new AppError('UNAVAILABLE', 'The database is unavailable; try again shortly', {}, { cause });

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}
