/** `belagg db ...`: the database on its own — build the local launcher, apply the schema, load the seed. */
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { applySchema } from '../db/migrate.js';
import { ensureLauncherBuilt } from '../local-neo4j/build.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../runtime/database.js';
import { loadSeed } from '../seed/load-seed.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Manage the database');
  db.command('build')
    .description('Fetch the Neo4j jars and build the local launcher (done automatically on first start)')
    .action(async () => {
      const result = await ensureLauncherBuilt({ progress: process.stderr.isTTY });
      process.stdout.write(result === 'present' ? 'The local Neo4j launcher is already built.\n' : 'Built.\n');
    });
  db.command('migrate')
    .description('Apply schema/neo4j/*.cypher (idempotent)')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, createLogger(config.logLevel));
      try {
        const n = await applySchema(database.executor);
        process.stdout.write(`Applied ${n} schema statements.\n`);
      } finally {
        await database.close();
      }
    });
  db.command('seed')
    .description('Load the seed case (idempotent: loading it twice changes nothing)')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, createLogger(config.logLevel));
      try {
        await applySchema(database.executor);
        for (const r of await loadSeed(database.executor))
          process.stdout.write(`${r.documentId}: ${r.outcome} (${r.nodes} nodes, ${r.relationships} relationships written)\n`);
      } finally {
        await database.close();
      }
    });
}
