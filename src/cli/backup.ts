/** `belagg backup` and `belagg restore`: the whole domain graph (API keys excluded) to one file and back. */
import type { Command } from 'commander';
import { backupGraph } from '../backup/dump.js';
import { restoreGraph } from '../backup/restore.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { type Database, openDatabase } from '../runtime/database.js';

async function withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Quiet at the default level: the command prints its own one-line summary.
  const database = await openDatabase(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const counted = (counts: Partial<Record<string, number>>) =>
  Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('Write the whole graph (facts, evidence, review status, curators; not API keys) to one gzip\'d JSON Lines file')
    .option('--out <file>', 'file to write (default: belagg-backup-<time>.jsonl.gz in the current directory)')
    .action(async (options: { out?: string }) => {
      const out = options.out ?? `belagg-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`;
      const s = await withDatabase((db) => backupGraph(db.executor, out));
      process.stdout.write(
        `Backed up ${s.nodes} nodes and ${s.relationships} relationships to ${s.file} (${kib(s.bytes)}, ${(s.ms / 1000).toFixed(1)} s).\n` +
          `  nodes: ${counted(s.counts.nodes)}\n  relationships: ${counted(s.counts.relationships)}\n`,
      );
    });
  program
    .command('restore')
    .description('Load a backup into an empty database (checked whole before anything is written)')
    .argument('<file>', 'a file written by `belagg backup`')
    .option('--force', 'merge into a database that is not empty (nodes by id; relationships by type, ends and key)')
    .action(async (file: string, options: { force?: boolean }) => {
      const s = await withDatabase((db) => restoreGraph(db.executor, file, { force: options.force ?? false }));
      process.stdout.write(
        `Restored ${s.nodes} nodes and ${s.relationships} relationships from ${file} (backup of ${s.header.createdAt}) in ${(s.ms / 1000).toFixed(1)} s.\n`,
      );
      if (s.schemaNotRecreated.length)
        process.stderr.write(`Not recreated (unknown to this version's schema): ${s.schemaNotRecreated.join(', ')}\n`);
    });
}
