/**
 * `belagg serve`: database up, schema applied, seed loaded into an empty graph, then HTTP. SIGTERM/SIGINT
 * stop taking connections, let in-flight requests finish, close the driver and stop the local Neo4j.
 */
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { Readiness } from '../db/readiness.js';
import { createApp } from '../http/app.js';
import { graphIsEmpty, loadSeed } from '../seed/load-seed.js';
import { type Database, openDatabase } from './database.js';

export interface Running {
  url: string;
  database: Database;
  stop(): Promise<void>;
}

export async function serve(config: Config, log: Logger, options: { progress?: boolean } = {}): Promise<Running> {
  const database = await openDatabase(config, log, options);
  const readiness = new Readiness(database.executor, log);
  // With the database up, this runs before we serve; with it down, as soon as it comes up.
  await readiness.start(async () => {
    if (config.seed === 'auto' && (await graphIsEmpty(database.executor))) {
      const results = await loadSeed(database.executor);
      log.info({ documents: results.map((r) => `${r.documentId}: ${r.outcome}`) }, 'seed case loaded into the empty graph');
    }
  });
  const app = await createApp({ config, executor: database.executor, readiness, log });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.express.listen(config.port, config.host, () => resolve(s));
    s.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${config.port} is in use; set PORT to a free port`) : e),
    );
  });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info({ graphql: `${url}/graphql`, graphiql: `${url}/graphiql` }, 'Belägg is serving');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      readiness.stop();
      // close() waits for in-flight requests; idle keep-alive sockets would otherwise hold it open.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await app.apollo.stop();
      await database.close();
      log.info('stopped');
    })());
  return { url, database, stop };
}
