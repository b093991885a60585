/**
 * `belagg export`: the whole graph or a selection of it as JSON, CSV (neo4j-admin import), GraphML or Popolo,
 * to a file (a directory for CSV's two files) or stdout. The selection is parsed by the same schema as the
 * HTTP routes' query parameters, so both doors accept and refuse the same things.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { type Command, Option } from 'commander';
import { loadConfig } from '../config.js';
import { exportGraph, type Format, formats } from '../export/export.js';
import { parseSelection } from '../export/selection.js';
import { WritableSink } from '../export/sink.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../runtime/database.js';

interface ExportOptions {
  format: Format;
  out?: string;
  root?: string[];
  hops?: string;
  citations?: boolean;
  motionId?: string;
  evaluationId?: string;
  party?: string;
  municipalityId?: string;
  projectId?: string;
}

/** Commander's option names to the selection's parameter names; unset options are left out. */
function selectionParams(o: ExportOptions): Record<string, unknown> {
  const raw = {
    root: o.root,
    hops: o.hops,
    citations: o.citations,
    motionId: o.motionId,
    evaluationId: o.evaluationId,
    partyAbbreviation: o.party,
    municipalityId: o.municipalityId,
    projectId: o.projectId,
  };
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export the graph, or the subgraph behind an answer, as JSON, CSV (neo4j-admin import), GraphML or Popolo')
    .addOption(new Option('--format <format>', 'output format').choices(formats).makeOptionMandatory())
    .option('--out <path>', 'file to write (a directory for csv: nodes.csv and relationships.csv); stdout when omitted')
    .option('--root <id...>', 'export the neighbourhood of these node ids')
    .option('--hops <n>', 'how far from the roots (default 1, at most 5)')
    .option('--citations', 'export the nodes and relationships behind the citations answer')
    .option('--motion-id <id>', 'citations of this motion')
    .option('--evaluation-id <id>', 'citations of this evaluation')
    .option('--party <abbreviation>', 'citations in motions by this party (e.g. SD)')
    .option('--municipality-id <id>', 'citations in this municipality')
    .option('--project-id <id>', 'citations of evaluations of this project')
    .action(async (options: ExportOptions) => {
      const selection = parseSelection(selectionParams(options));
      if (options.format === 'csv' && !options.out) throw new Error('csv writes two files: give --out <directory>');
      if (options.format === 'csv' && options.out) mkdirSync(options.out, { recursive: true });
      const config = loadConfig();
      const database = await openDatabase(config, createLogger(config.logLevel));
      const streams: Array<{ stream: Writable; file: string }> = [];
      const started = performance.now();
      // `belagg export ... | head` closes stdout early: that is the reader's choice, not a failure.
      let stdoutClosed = false;
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') stdoutClosed = true;
      });
      try {
        const results = await exportGraph(database.executor, options.format, selection, (output) => {
          const file = options.format === 'csv' ? path.join(options.out ?? '.', output.file) : (options.out ?? '-');
          const stream = file === '-' ? process.stdout : createWriteStream(file);
          streams.push({ stream, file });
          return new WritableSink(stream);
        });
        for (const { stream } of streams) if (stream !== process.stdout) stream.end();
        await Promise.all(streams.filter((s) => s.stream !== process.stdout).map((s) => finished(s.stream)));
        const ms = Math.round(performance.now() - started);
        for (const [i, r] of results.entries()) {
          const counts = Object.entries(r.counts).map(([k, n]) => `${n} ${k}`).join(', ');
          process.stderr.write(`${streams[i]?.file === '-' ? 'stdout' : streams[i]?.file}: ${counts}, ${r.bytes} bytes\n`);
        }
        process.stderr.write(`Exported (${options.format}, ${selection.kind}) in ${ms} ms.\n`);
      } catch (error) {
        if (!stdoutClosed) throw error;
      } finally {
        for (const { stream } of streams) if (stream !== process.stdout && !stream.writableEnded) stream.destroy();
        await database.close();
      }
    });
}
