/**
 * The HTTP surface: /graphql (POST and GET), GraphiQL served offline at /graphiql, /healthz (the process is
 * alive) and /readyz (Neo4j reachable and schema applied). Apollo's default landing page loads from a CDN and
 * is off.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { expressMiddleware } from '@as-integrations/express5';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { KeyStore } from '../auth/key-store.js';
import { authenticate } from '../auth/middleware.js';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import type { Readiness } from '../db/readiness.js';
import { exportRouter } from '../export/router.js';
import { compiledExecution } from '../graphql/compiled-execution.js';
import { type Context, createContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { requestPlugin } from '../graphql/request-plugin.js';
import { buildSchema } from '../graphql/schema.js';
import { IngestPipeline } from '../ingest/pipeline.js';
import { MAX_DOCUMENT_BYTES } from '../ingest/read.js';
import { httpErrorHandler } from './errors.js';
import { rateLimiter } from './rate-limit.js';

export interface App {
  express: Express;
  apollo: ApolloServer<Context>;
}

const requestIdOf = (header: unknown) =>
  typeof header === 'string' && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();

export async function createApp(deps: { config: Config; executor: Executor; readiness: Readiness; log: Logger }): Promise<App> {
  const { config, executor, readiness, log } = deps;
  // Depth, cost, alias, directive and token limits, each refused during validation, before anything runs.
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.depth, ignoreIntrospection: true },
    costLimit: { maxCost: config.limits.cost, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // graphql-js counts tokens while parsing (parseOptions below); armor's own pass would turn real syntax errors
    // into validation errors.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !config.introspection },
  }).protect();
  const apollo = new ApolloServer<Context>({
    // our schema, executed as compiled functions (compiled-execution.ts)
    gateway: compiledExecution(buildSchema(), log),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // One operation per request: batching would multiply every limit by the batch size.
    allowBatchedHttpRequests: false,
    // Keys travel in headers, not cookies, so CSRF prevention would only block plain GET requests.
    csrfPrevention: false,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: 3_000 },
    // graphql-armor's types come from Apollo's CommonJS build and ours from its ESM build: the same plugin shape.
    // Apollo's cache-control plugin is on unless turned off, and it wraps every field's resolver to gather cache
    // hints we never give; the request plugin marks every answer no-store, as it did.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestPlugin, ...(armor.plugins as unknown as ApolloServerPlugin<Context>[])],
  });
  const keys = new KeyStore(executor);
  await apollo.start();
  let pipeline: Promise<IngestPipeline> | undefined;
  const getPipeline = () => (pipeline ??= IngestPipeline.create());

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every answer for an ETag (SHA-1; a quarter of a millisecond for the citation matrix's
  // 103 kB, issue 6). GraphQL answers are no-store, so no cache keeps one to revalidate: only GraphiQL's page,
  // which never changes, gets an ETag, computed once.
  app.set('etag', false);
  app.use((req, res, next) => {
    const id = requestIdOf(req.headers['x-request-id']);
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const status = await readiness.check();
    res.status(status.ready ? 200 : 503).json(status);
  });
  const graphiql = renderGraphiQL({ endpoint: '/graphql', title: 'Belägg GraphiQL' });
  const graphiqlTag = `"${createHash('sha1').update(graphiql).digest('base64url')}"`;
  app.get('/graphiql', (_req, res) => {
    // res.send answers 304 Not Modified when the request's If-None-Match names this tag.
    res.set('etag', graphiqlTag).type('html').send(graphiql);
  });
  // One log line per request: a GraphQL operation gets its line from the request plugin, with the operation's
  // name; a request refused before GraphQL runs (no or a bad key, the rate limit, a body too large or not JSON)
  // and every export get this one. The path only: a GET's query string can carry a document's text.
  app.use(['/graphql', '/export'], (req, res, next) => {
    const started = performance.now();
    const logState = { logged: false };
    res.locals.logState = logState;
    res.on('finish', () => {
      if (logState.logged) return;
      const outcome = res.statusCode < 400 ? 'ok' : 'refused';
      log.info({ requestId: res.locals.requestId, operationName: null, method: req.method, path: req.baseUrl + req.path, status: res.statusCode, durationMs: Math.round(performance.now() - started), outcome }, 'http');
    });
    next();
  });
  app.use(['/graphql', '/export'], rateLimiter(config), authenticate(config, keys));
  app.use(
    '/graphql',
    // Room for one 10 MB document (JSON escaping adds a little), so the pipeline can refuse larger ones clearly.
    express.json({ limit: Math.ceil(MAX_DOCUMENT_BYTES * 1.2) }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        createContext({
          executor,
          config,
          requestId: String(res.locals.requestId),
          log,
          pipeline: getPipeline,
          principal: res.locals.principal ?? null,
          logState: res.locals.logState,
        }),
    }),
  );
  app.use('/export', exportRouter({ executor, log }));
  app.get('/', (_req, res) => {
    res.redirect('/graphiql');
  });
  app.use(httpErrorHandler(log));
  return { express: app, apollo };
}
