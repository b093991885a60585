/**
 * Where an export writes: a file, stdout or an HTTP response. Writers hand over one chunk per page and wait
 * when the stream is full, so a slow client or disk holds the export back instead of filling memory.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Sink {
  write(chunk: string): Promise<void>;
  /** UTF-8 bytes written so far. */
  readonly bytes: number;
}

export class WritableSink implements Sink {
  bytes = 0;

  constructor(private readonly stream: Writable) {}

  async write(chunk: string): Promise<void> {
    if (chunk.length === 0) return;
    if (this.stream.destroyed) throw new Error('the output stream was closed before the export finished');
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await drained(this.stream);
  }
}

/** Resolves on 'drain'; rejects if the stream errors or closes first (a client that went away). */
async function drained(stream: Writable): Promise<void> {
  const ac = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: ac.signal }),
      once(stream, 'close', { signal: ac.signal }).then(() => {
        throw new Error('the output stream was closed before the export finished');
      }),
    ]);
  } finally {
    ac.abort();
  }
}

/** Collects an export in memory: for tests and small exports only. */
export class StringSink implements Sink {
  private readonly chunks: string[] = [];
  bytes = 0;

  async write(chunk: string): Promise<void> {
    this.bytes += Buffer.byteLength(chunk);
    this.chunks.push(chunk);
  }

  text(): string {
    return this.chunks.join('');
  }
}
