/**
 * Reads a backup file line by line, streaming (gunzip, strict UTF-8), and checks everything the format
 * promises: the header first, every line against its schema, nodes before relationships, the end record last,
 * and counts that match the header. Every refusal names the line.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import {
  type BackupHeader,
  BackupError,
  bodyLineSchema,
  describeIssues,
  headerSchema,
  type NodeLine,
  type RelationshipLine,
} from './format.js';

export type DataLine = NodeLine | RelationshipLine;

// Fatal: a byte that is not UTF-8 is damage, never something to replace quietly.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeLine(n: number, pieces: Buffer[]): string {
  try {
    return utf8.decode(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces));
  } catch {
    throw new BackupError(`line ${n}: not valid UTF-8 (a corrupt file)`);
  }
}

/** Calls onLine for every line of the decompressed file; gzip and UTF-8 damage become a BackupError. */
async function eachLine(file: string, onLine: (n: number, text: string) => Promise<void>): Promise<void> {
  let n = 0;
  // A failure inside the last stage makes pipeline tear the streams down, and it may then report the teardown
  // (an AbortError) instead of the failure; keep the failure to report it.
  let failure: unknown;
  try {
    await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      try {
        // Lines are split on the newline byte (it never occurs inside a UTF-8 sequence) and decoded one by one,
        // so damaged text is reported at its line. Pieces: a document's text can span many chunks.
        let pieces: Buffer[] = [];
        for await (const chunk of source) {
          let from = 0;
          for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
            pieces.push(chunk.subarray(from, nl));
            n += 1;
            await onLine(n, decodeLine(n, pieces));
            pieces = [];
            from = nl + 1;
          }
          pieces.push(chunk.subarray(from));
        }
        // A last line without its newline: a cut file, or one edited by hand; the checks below judge it.
        const last = decodeLine(n + 1, pieces);
        if (last.length > 0) {
          n += 1;
          await onLine(n, last);
        }
      } catch (error) {
        failure = error;
        throw error;
      }
    });
  } catch (error) {
    const cause = failure ?? error;
    if (cause instanceof BackupError) throw cause;
    const code = (cause as { code?: string }).code ?? '';
    if (code.startsWith('Z_'))
      throw new BackupError(
        `${file} is damaged after line ${n}: ${(cause as Error).message} (a truncated or corrupt file, or not a Belägg backup)`,
        { cause },
      );
    throw cause;
  }
}

function parseJson(n: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BackupError(`line ${n}: not JSON (${(error as Error).message.slice(0, 120)})`);
  }
}

/**
 * Checks the whole file; with onData, hands each node and relationship line to it in file order. Returns the
 * header. Throws a BackupError naming the line at the first problem.
 */
export async function scanBackup(file: string, onData?: (line: DataLine, n: number, size: number) => Promise<void>): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  let ended = 0;
  let seenRelationship = false;
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  await eachLine(file, async (n, text) => {
    if (ended) throw new BackupError(`line ${n}: nothing may follow the end record (line ${ended})`);
    const json = parseJson(n, text);
    if (!header) {
      const parsed = headerSchema.safeParse(json);
      if (!parsed.success) throw new BackupError(`line 1: not a Belägg backup header (${describeIssues(parsed.error)})`);
      header = parsed.data;
      return;
    }
    const parsed = bodyLineSchema.safeParse(json);
    if (!parsed.success) throw new BackupError(`line ${n}: ${describeIssues(parsed.error)}`);
    const line = parsed.data;
    if (line.kind === 'end') {
      ended = n;
      const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
      if (line.nodes !== total(nodes) || line.relationships !== total(relationships))
        throw new BackupError(`line ${n}: the end record counts ${line.nodes} nodes and ${line.relationships} relationships, the file holds ${total(nodes)} and ${total(relationships)}`);
      return;
    }
    if (line.kind === 'node') {
      // Relationships are written after every node exists; a file that mixes them was not made by backup.
      if (seenRelationship) throw new BackupError(`line ${n}: a node after the relationships began`);
      nodes[line.label] = (nodes[line.label] ?? 0) + 1;
    } else {
      seenRelationship = true;
      relationships[line.type] = (relationships[line.type] ?? 0) + 1;
    }
    await onData?.(line, n, text.length);
  });
  if (!header) throw new BackupError(`${file} is empty: not a Belägg backup`);
  if (!ended) throw new BackupError(`${file} ends without its end record: the file is truncated`);
  for (const [what, expected, got] of [
    ['nodes', header.counts.nodes, nodes],
    ['relationships', header.counts.relationships, relationships],
  ] as const) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(got)]);
    for (const k of keys) {
      const want = (expected as Record<string, number>)[k] ?? 0;
      if (want !== (got[k] ?? 0)) throw new BackupError(`the header counts ${want} ${what} of ${k}, the file holds ${got[k] ?? 0}`);
    }
  }
  return header;
}
