/**
 * Belägg's API for the benchmark, in a process of its own (so the load generator does not share its event
 * loop): the product's createApp over the benchmark's Neo4j, configured through loadConfig like `belagg serve`,
 * with the rate limit raised (BELAGG_RATE_LIMIT_PER_MINUTE) so the benchmark measures queries, not the limiter.
 * Prints "BENCH_SERVER_READY <port>" when listening.
 */
import { Command } from 'commander';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config.js';
import { createDriver } from '../../../src/db/driver.js';
import { Executor } from '../../../src/db/executor.js';
import { Readiness } from '../../../src/db/readiness.js';
import { createApp } from '../../../src/http/app.js';

const o = new Command().requiredOption('--uri <uri>').requiredOption('--port <n>').parse().opts<{ uri: string; port: string }>();
const config = loadConfig({
  NEO4J_URI: o.uri,
  // The benchmark's Neo4j runs with auth off; the driver still sends a token, which it ignores.
  NEO4J_PASSWORD: 'unused',
  PORT: o.port,
  BELAGG_RATE_LIMIT_PER_MINUTE: '100000000',
  BELAGG_SEED: 'never',
  LOG_LEVEL: 'silent',
});
const log = pino({ level: 'silent' });
const executor = new Executor(createDriver(config.neo4j), config.neo4j.database);
const app = await createApp({ config, executor, readiness: new Readiness(executor, log), log });
const server = app.express.listen(config.port, '127.0.0.1', () => console.log(`BENCH_SERVER_READY ${config.port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
