/**
 * A worker thread that prepares documents (read → normalize → extract → validate: pure CPU) for the thread that
 * writes them, so that on a machine with a core to spare the two halves of bulk ingest run at once (issue 6).
 * It answers each task with one result per item, in order: the prepared document, or its error made portable.
 */
import { parentPort } from 'node:worker_threads';
import { IngestPipeline } from '../pipeline.js';
import { type PrepareReply, type PrepareTask, portableError, type ReadyMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('prepare/worker.ts runs as a worker thread');
// Messages posted before the pipeline is ready wait in the port; the handler awaits it. A pipeline that cannot be
// made (no memory for the dictionary, say) rejects unhandled and ends the thread before it ever says ready, which
// the pool takes as "cannot start" rather than as one batch's failure.
const pipeline = IngestPipeline.create();
pipeline.then(() => port.postMessage({ ready: true } satisfies ReadyMessage));

port.on('message', async (task: PrepareTask) => {
  const ready = await pipeline;
  const results: PrepareReply['results'] = task.items.map((item) => {
    try {
      // A Buffer arrives as a plain Uint8Array; readDocument wants the Buffer view of the same bytes.
      const input = typeof item.input === 'string' ? item.input : Buffer.from(item.input.buffer, item.input.byteOffset, item.input.byteLength);
      return { prepared: ready.prepare(input, item.meta ?? {}, item.source) };
    } catch (error) {
      return { error: portableError(error) };
    }
  });
  port.postMessage({ id: task.id, results } satisfies PrepareReply);
});
