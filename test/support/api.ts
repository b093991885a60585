/** The real HTTP app on a free port, against the test database, and a small GraphQL client for it. */
import type { Server } from 'node:http';
import { type Logger, pino } from 'pino';
import { KeyStore } from '../../src/auth/key-store.js';
import { loadConfig } from '../../src/config.js';
import type { Executor } from '../../src/db/executor.js';
import { Readiness } from '../../src/db/readiness.js';
import { createApp } from '../../src/http/app.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }>;
}

export interface TestApi {
  url: string;
  // Tests read answers by path; typing each answer would repeat the schema for no gain.
  // biome-ignore lint/suspicious/noExplicitAny: test client
  graphql<T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>>;
  /** A real API key of the given role, created through the key store as `belagg keys create` does. */
  key(role: 'reader' | 'curator' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

/** `log`: the API's logger, silent unless a test reads what the API logs. */
export async function startTestApi(executor: Executor, env: Record<string, string> = {}, log: Logger = pino({ level: 'silent' })): Promise<TestApi> {
  // The defaults, as a user gets them with nothing set (so a developer's environment cannot change a test).
  const config = loadConfig(env);
  const readiness = new Readiness(executor, log);
  const app = await createApp({ config, executor, readiness, log });
  const server: Server = await new Promise((resolve) => {
    const s = app.express.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    async graphql(query, variables, key) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<never>;
    },
    async key(role) {
      const created = await new KeyStore(executor).create(`test-${role}`, role);
      return created.key;
    },
    async close() {
      readiness.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await app.apollo.stop();
    },
  };
}
