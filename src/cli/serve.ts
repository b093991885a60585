/** `belagg serve`: the product on its configured database (the embedded default unless NEO4J_URI is set). */
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { serve } from '../runtime/serve.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the GraphQL API (and the local Neo4j unless NEO4J_URI is set)')
    .action(async () => {
      const config = loadConfig();
      const log = createLogger(config.logLevel);
      const running = await serve(config, log, { progress: process.stderr.isTTY });
      process.stderr.write(`\nBelägg is ready: ${running.url}/graphql (GraphiQL: ${running.url}/graphiql)\n\n`);
      const shutdown = (signal: string) => {
        log.info({ signal }, 'shutting down');
        running.stop().then(
          () => process.exit(0),
          (e: unknown) => {
            log.error({ err: e }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
}
