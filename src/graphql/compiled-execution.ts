/**
 * Execution of operations as compiled functions (graphql-jit) instead of graphql-js's interpreter. graphql-js
 * resolves and completes each field of an answer on its own, so an answer of thousands of fields (the citation
 * matrix, party positions) cost the API more CPU than reading it from Neo4j: compiled, the API spends about 5 ms
 * less on the matrix and 1–2 ms less on party positions and finding coverage at scale M (bench/JOURNAL.md, "Compiled
 * execution").
 *
 * Apollo still parses, validates (the depth, cost and other limits included) and formats every answer and error;
 * only execution changes. Apollo lets a server bring its own executor through its gateway interface, the one hook
 * for it, so this is handed to Apollo as a gateway that serves our own schema.
 *
 * An operation is compiled the second time it is seen: the headline queries of an application arrive thousands of
 * times, a query typed once into GraphiQL would pay 1–2 ms to compile for nothing, and a stream of distinct queries
 * cannot make the server compile for each. Until then, and for anything graphql-jit cannot compile, graphql-js runs it.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { type ExecutionResult, execute, GraphQLError, type GraphQLSchema, getVariableValues, printSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

/** Operations kept, compiled or seen once: an application sends a few dozen shapes; the rest age out. */
const OPERATIONS_KEPT = 500;

/** What is known of an operation: seen once, compiled, or not compilable (graphql-js runs it). */
type Known = 'seen once' | 'not compilable' | CompiledQuery;

export function compiledExecution(schema: GraphQLSchema, log: Logger): GatewayInterface {
  const executor = compiledExecutor(schema, log);
  return {
    // Apollo takes the schema it validates against from here; ours never changes while the server runs.
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

function compiledExecutor(schema: GraphQLSchema, log: Logger): GatewayExecutor {
  const operations = new LRUCache<string, Known>({ max: OPERATIONS_KEPT });

  /** `run`'s operation compiled, once seen before; `operationName` as the client sent it. */
  const compiledFor = (run: Parameters<GatewayExecutor>[0], operationName: string | undefined): CompiledQuery | null => {
    const key = `${run.queryHash} ${operationName ?? ''}`;
    const known = operations.get(key);
    if (known === undefined) {
      operations.set(key, 'seen once');
      return null;
    }
    if (known === 'not compilable') return null;
    if (known !== 'seen once') return known;
    const compiled = compileQuery(schema, run.document, operationName);
    if (!isCompiledQuery(compiled)) {
      log.warn({ operationName: run.operationName, key, errors: compiled.errors?.map((e) => e.message) }, 'operation not compilable, run by graphql-js');
      operations.set(key, 'not compilable');
      return null;
    }
    operations.set(key, compiled);
    log.debug({ operationName: run.operationName, key }, 'operation compiled');
    return compiled;
  };

  return async (run) => {
    const variables = run.request.variables ?? {};
    // The name the client sent: Apollo leaves an operation it cannot pick out of the document (none of that name,
    // or several and no name) to execution, and reports execution's error.
    const operationName = run.request.operationName ?? undefined;
    const compiled = run.operation ? compiledFor(run, operationName) : null;
    if (!compiled) return execute({ schema, document: run.document, operationName, contextValue: run.context, variableValues: variables });
    // Variables are checked as graphql-js checks them, so a bad one gets the same error (Apollo makes it a 400
    // BAD_USER_INPUT by its shape); the compiled function coerces the same values again for itself.
    const { errors } = getVariableValues(schema, run.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (errors) return { errors };
    return asGraphQLJsResult(await compiled.query(undefined, run.context, variables));
  };
}

/**
 * graphql-jit makes errors of its own that leave `extensions` undefined when the thrown error has none, where
 * graphql-js's always hold an object, and Apollo reads `extensions.code` of each: an AppError would come out as an
 * internal error. Each becomes the error graphql-js would have made (message, locations, path, the thrown error).
 */
function asGraphQLJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) =>
    Object.assign(new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions }), { locations: error.locations }),
  );
  return { ...result, errors };
}
