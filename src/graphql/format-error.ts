/**
 * Error formatting: expected errors keep their code and message; anything else is masked as
 * INTERNAL_SERVER_ERROR (the request-errors plugin adds the request id and logs the original).
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { translateError } from '../db/executor.js';
import { AppError, isErrorCode } from '../errors.js';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = translateError(unwrapResolverError(error));
  const where = {
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
  };
  if (original instanceof AppError)
    return { message: original.message, ...where, extensions: { code: original.code, ...original.details } };
  const code = formatted.extensions?.code;
  // Apollo's own request errors (parse, validation, bad variables) are the client's, and safe to show.
  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') return { message: formatted.message, ...where, extensions: { code } };
  return { message: 'Internal server error', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
