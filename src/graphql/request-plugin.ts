/**
 * One structured log line per GraphQL operation (request id, operation, duration, outcome), unexpected errors
 * logged in full with the request id, and that id added to masked errors so a user can quote it.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { translateError } from '../db/executor.js';
import { AppError } from '../errors.js';
import type { Context } from './context.js';

export const requestPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    let operationName: string | null = null;
    return {
      async didResolveOperation({ operationName: name }) {
        operationName = name ?? null;
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const original = translateError(unwrapResolverError(error));
          if (!(original instanceof AppError) && !error.extensions?.code)
            contextValue.log.error({ err: original, requestId: contextValue.requestId, path: error.path }, 'unexpected error');
          else if (original instanceof AppError && original.code === 'UNAVAILABLE')
            contextValue.log.warn({ requestId: contextValue.requestId, cause: String((original.cause as Error | undefined)?.message ?? '') }, 'database unavailable');
        }
      },
      async willSendResponse({ response }) {
        // Answers depend on the caller's key and on data that changes with every ingest: never cached.
        response.http.headers.set('cache-control', 'no-store');
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        for (const e of errors ?? [])
          if (e.extensions?.code === 'INTERNAL_SERVER_ERROR')
            (e as { extensions: Record<string, unknown> }).extensions.requestId = contextValue.requestId;
        contextValue.log.info(
          {
            requestId: contextValue.requestId,
            operationName,
            durationMs: Math.round(performance.now() - started),
            outcome: errors?.length ? 'error' : 'ok',
            errorCodes: errors?.map((e) => e.extensions?.code),
          },
          'graphql',
        );
        if (contextValue.logState) contextValue.logState.logged = true;
      },
    };
  },
};
