/**
 * `belagg ingest`, `belagg extract`, `belagg normalize`: the pipeline from the command line. Bulk ingest keeps
 * going past a bad file (one line naming it and the reason), shows progress, prints a summary, and exits
 * non-zero if any file failed.
 */
import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { applySchema } from '../db/migrate.js';
import { AppError } from '../errors.js';
import { collectFiles } from '../ingest/files.js';
import { type DocumentMeta, IngestPipeline } from '../ingest/pipeline.js';
import { defaultWorkerCount } from '../ingest/prepare/workers.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../runtime/database.js';

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return Number(value);
}

function metaFrom(options: { municipality?: string; date?: string; url?: string; title?: string }): DocumentMeta {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v === 'string' && v !== '')) as DocumentMeta;
}

export function registerIngestCommands(program: Command): void {
  program
    .command('normalize')
    .description('Print the OCR-repaired text of a file (diacritics restored); --changes lists each repair')
    .argument('<file>')
    .option('--changes', 'list every changed token with its raw span and reason, instead of the text')
    .action(async (file: string, options: { changes?: boolean }) => {
      const pipeline = await IngestPipeline.create();
      const n = pipeline.normalize(readFileSync(file), file);
      if (options.changes) {
        for (const c of n.changes) process.stdout.write(`${c.rawStart}-${c.rawEnd}\t${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}\t${c.reason}\n`);
        process.stdout.write(`${n.changedTokens} tokens changed\n`);
      } else process.stdout.write(n.text);
    });

  program
    .command('extract')
    .description('Dry run: print the extraction record of a file without touching the database')
    .argument('<file>')
    .option('--json', 'print the record as one JSON object on stdout, nothing else')
    .option('--municipality <name>', 'the municipality, when the text does not name it')
    .action(async (file: string, options: { json?: boolean; municipality?: string }) => {
      const pipeline = await IngestPipeline.create();
      const { record } = pipeline.prepare(readFileSync(file), metaFrom(options), file);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
        return;
      }
      const lines = [
        `${record.document.kind}: ${record.document.title}`,
        `motion: ${record.motion?.title ?? '–'}`,
        `authors: ${record.authors.map((a) => `${a.name} (${a.party ?? '?'})`).join(', ') || '–'}`,
        `outcome: ${record.decision ? `${record.decision.outcome} (${record.decision.proposedBy ?? '?'} → ${record.decision.decidedBy ?? '?'})` : '–'}`,
        `agencies: ${record.agencies.map((a) => a.name).join(', ') || '–'}`,
        `projects: ${record.projects.map((p) => p.name).join(', ') || '–'}`,
        `evaluations: ${record.evaluations.map((e) => `${e.subject ?? '?'} attributed to ${e.attributedTo ?? '?'}`).join('; ') || '–'}`,
        `findings: ${record.findings.length} (${record.findings.map((f) => f.polarity).join(', ')})`,
        `claims: ${record.claims.length}; tokens repaired: ${record.normalization.changedTokens}`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  program
    .command('ingest')
    .description('Read, repair, extract and load files or folders of Swedish documents (in batches; each document all or nothing)')
    .argument('<paths...>', 'files, or folders to walk for .txt/.md files')
    .option('--municipality <name>', 'the municipality, for texts that do not name it')
    .option('--batch <n>', 'documents per transaction (each still all or nothing; 1: one transaction each)', (v) => Math.max(1, Number.parseInt(v, 10) || 1), 100)
    .option(
      '--workers <n>',
      `worker threads that read and extract documents while this one writes (0: this thread does both; default: ${defaultWorkerCount()}, one core fewer than this machine has, at most 4, when there is more than one batch)`,
      wholeNumber,
    )
    .action(async (paths: string[], options: { municipality?: string; batch: number; workers?: number }) => {
      const { files, missing } = collectFiles(paths);
      for (const m of missing) process.stderr.write(`belagg ingest: ${m}: no such file or folder\n`);
      if (files.length === 0) {
        process.stderr.write('belagg ingest: no text files to ingest\n');
        process.exitCode = 1;
        return;
      }
      // A single batch has nothing to overlap its preparing with, and a worker takes a moment to start.
      const workers = options.workers ?? (files.length > options.batch ? defaultWorkerCount() : 0);
      const config = loadConfig();
      const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
      const [database, pipeline] = await Promise.all([openDatabase(config, log), IngestPipeline.create()]);
      const counts = { inserted: 0, updated: 0, unchanged: 0, failed: missing.length, facts: 0 };
      const facts = { inserted: 0, updated: 0, unchanged: 0 };
      const started = performance.now();
      const bar = new cliProgress.SingleBar(
        {
          format: 'ingest [{bar}] {value}/{total} files | {facts} facts | {rate} docs/s | ETA {eta_formatted} | failed {failed}',
          noTTYOutput: true,
          notTTYSchedule: 5_000,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      );
      let done = 0;
      // A single bar cannot print above itself: stop it, write the line, and draw it again where it was.
      const sayAbove = (line: string) => {
        bar.stop();
        process.stderr.write(`${line}\n`);
        bar.start(files.length, done, { facts: counts.facts, rate: '…', failed: counts.failed });
      };
      try {
        await applySchema(database.executor);
        bar.start(files.length, 0, { facts: 0, rate: '0', failed: counts.failed });
        // Batches of files share one transaction (load-batch.ts); a file that fails still fails alone, by name.
        // Files are read as the pipeline asks for the next batch, which it prepares while the last one is written.
        const batches = function* () {
          for (let i = 0; i < files.length; i += options.batch) {
            const readable = files.slice(i, i + options.batch).flatMap((file) => {
              try {
                return [{ input: readFileSync(file), meta: metaFrom(options), source: file }];
              } catch (error) {
                counts.failed++;
                done++;
                sayAbove(`FAILED ${file}: ${reasonOf(error)}`);
                return [];
              }
            });
            if (readable.length > 0) yield readable;
          }
        };
        for await (const { items, outcomes, facts: written } of pipeline.ingestBatches(database.executor, batches(), { workers })) {
          outcomes.forEach((result, k) => {
            const file = items[k]?.source as string;
            if ('error' in result) {
              counts.failed++;
              const message = result.error instanceof AppError ? result.error.message : reasonOf(result.error);
              sayAbove(`FAILED ${message.startsWith(file) ? message : `${file}: ${message}`}`);
              return;
            }
            counts[result.outcome]++;
            counts.facts += result.relationships;
            for (const a of result.ambiguities) sayAbove(`AMBIGUOUS ${file}: ${a.reason}`);
          });
          facts.inserted += written.inserted;
          facts.updated += written.updated;
          facts.unchanged += written.unchanged;
          done += items.length;
          const seconds = (performance.now() - started) / 1000;
          bar.update(done, { facts: counts.facts, rate: (done / seconds).toFixed(1), failed: counts.failed });
        }
        bar.stop();
      } catch (error) {
        // the run ends (the database went away, the worker threads could not start): say how far it got
        bar.stop();
        process.stderr.write(
          `Stopped after ${done} of ${files.length} files: ${counts.inserted} inserted, ${counts.updated} updated, ` +
            `${counts.unchanged} unchanged, ${counts.failed} failed.\n`,
        );
        throw error;
      } finally {
        await database.close();
      }
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(
        `Ingested ${files.length} files in ${seconds.toFixed(1)} s (${(files.length / seconds).toFixed(1)} docs/s): ` +
          `${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed; ` +
          `facts: ${facts.inserted} inserted, ${facts.updated} updated, ${facts.unchanged} unchanged.\n`,
      );
      if (counts.failed > 0) process.exitCode = 1;
    });
}
