/** `belagg keys create|list|revoke`: API keys, stored hashed; a new key is shown once. */
import type { Command } from 'commander';
import { KeyStore } from '../auth/key-store.js';
import { roles } from '../auth/keys.js';
import { loadConfig } from '../config.js';
import { applySchema } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../runtime/database.js';

async function withKeys<T>(work: (keys: KeyStore) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  try {
    await applySchema(database.executor);
    return await work(new KeyStore(database.executor));
  } finally {
    await database.close();
  }
}

export function registerKeysCommands(program: Command): void {
  const keys = program.command('keys').description('Manage API keys (stored hashed; roles reader, curator, admin)');
  keys
    .command('create')
    .description('Create a key and print it once')
    .requiredOption('--name <name>', 'who or what holds the key (recorded on every review and curation it makes)')
    .option('--role <role>', `one of ${roles.join(', ')}`, 'reader')
    .action(async (options: { name: string; role: string }) => {
      const { key, info } = await withKeys((k) => k.create(options.name, options.role));
      process.stdout.write(`${key}\n`);
      process.stderr.write(`Created ${info.role} key ${info.id} (${info.prefix}…) for "${info.name}". It is shown only this once.\n`);
    });
  keys
    .command('list')
    .description('List keys (never the keys themselves)')
    .action(async () => {
      for (const k of await withKeys((store) => store.list()))
        process.stdout.write(`${k.id}\t${k.prefix}…\t${k.role}\t${k.name}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}\n`);
    });
  keys
    .command('revoke')
    .description('Revoke a key by id or prefix; it stops working within seconds')
    .argument('<id-or-prefix>')
    .action(async (id: string) => {
      const k = await withKeys((store) => store.revoke(id));
      process.stdout.write(`Revoked ${k.id} (${k.prefix}…, ${k.name}).\n`);
    });
}
