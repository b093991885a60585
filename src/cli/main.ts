/** The `belagg` command: one entry, subcommands. */
import { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { ConfigError } from '../config.js';
import { registerBackupCommands } from './backup.js';
import { registerDbCommands } from './db.js';
import { registerExportCommand } from './export.js';
import { registerIngestCommands } from './ingest.js';
import { registerKeysCommands } from './keys.js';
import { registerServeCommand } from './serve.js';

const program = new Command()
  .name('belagg')
  .description('Belägg: an evidence graph of Swedish political documents and the evaluations they cite.')
  .version(packageJson.version)
  .showHelpAfterError();

registerServeCommand(program);
registerDbCommands(program);
registerIngestCommands(program);
registerKeysCommands(program);
registerExportCommand(program);
registerBackupCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`belagg: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

