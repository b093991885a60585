/**
 * Worker threads that prepare documents for bulk ingest (worker.ts). In steady state `belagg ingest` used to be
 * bound by this process's one thread — extraction plus driving the writes, ~0.95 of a core — while Neo4j, warm,
 * used ~0.65 of the other (issue 6); preparing in workers lets the two halves run at once.
 *
 * A batch is split into one contiguous share per worker and comes back whole and in order. A worker that dies
 * (out of memory on a pathological text, say) fails only the documents it held, each with the reason, and is
 * replaced for the next batch. A worker that stops before it is ready has failed no document: nothing could be
 * prepared, so prepareMany rejects, now and for every later batch, and `belagg ingest` stops with the reason
 * instead of failing every file of the run one by one. Idle workers do not keep the process alive; close() ends
 * them.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { AppError } from '../../errors.js';
import type { BulkItem, PreparedDocument } from '../pipeline.js';
import { type PrepareReply, type PrepareTask, type ReadyMessage, revivedError } from './messages.js';

/** One worker per core but the one that writes (Neo4j needs CPU too), at least one, at most four. */
export function defaultWorkerCount(): number {
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

// Built, this module is dist/…/workers.js beside worker.js. From source (tests, the benchmark, `tsx`), the worker
// is TypeScript, and on Node 20 a worker neither inherits the parent's tsx loader nor gets one from `--import tsx`
// (tsx registers itself on the main thread only there): a small script registers it through tsx's API first.
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);

function newWorker(resourceLimits: ResourceLimits | undefined): Worker {
  if (!fromSource) return new Worker(workerUrl, { resourceLimits });
  const script = `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return new Worker(script, { eval: true, resourceLimits });
}

/** tsx's ESM API module, as its package declares it (its CommonJS twin cannot load the ESM half in this version). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}

interface Task {
  count: number;
  settle: (results: Array<PreparedDocument | Error>) => void;
  refuse: (error: AppError) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Task>;
  ready: boolean;
  stopped: boolean;
}

export class PrepareWorkers {
  private readonly slots: Slot[] = [];
  private nextTask = 0;
  /** Set when a worker stopped before it was ready: the pool then refuses every batch with it. */
  private cannotStart: AppError | null = null;

  constructor(
    readonly size: number = defaultWorkerCount(),
    private readonly resourceLimits?: ResourceLimits,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`PrepareWorkers needs at least one worker, not ${size}`);
    for (let k = 0; k < size; k++) this.slots.push(this.spawn());
  }

  /** Each document prepared on its own (a bad one becomes its Error), as IngestPipeline.prepareMany, in workers. */
  async prepareMany(items: BulkItem[]): Promise<Array<PreparedDocument | Error>> {
    if (this.cannotStart) throw this.cannotStart;
    const share = Math.ceil(items.length / this.size);
    const parts: BulkItem[][] = [];
    for (let i = 0; i < items.length; i += share) parts.push(items.slice(i, i + share));
    return (await Promise.all(parts.map((part, k) => this.run(k, part)))).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private run(k: number, items: BulkItem[]): Promise<Array<PreparedDocument | Error>> {
    if (this.slots[k]!.stopped) this.slots[k] = this.spawn();
    const slot = this.slots[k]!;
    const id = this.nextTask++;
    return new Promise((settle, refuse) => {
      slot.pending.set(id, { count: items.length, settle, refuse });
      slot.worker.ref();
      slot.worker.postMessage({ id, items } satisfies PrepareTask);
    });
  }

  private spawn(): Slot {
    const worker = newWorker(this.resourceLimits);
    const slot: Slot = { worker, pending: new Map(), ready: false, stopped: false };
    worker.unref();
    worker.on('message', (reply: PrepareReply | ReadyMessage) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const task = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      task?.settle(reply.results.map((r) => ('prepared' in r ? r.prepared : revivedError(r.error))));
    });
    const stop = (reason: string) => {
      if (slot.stopped) return;
      slot.stopped = true;
      if (!slot.ready) {
        this.cannotStart ??= new AppError('INTERNAL_SERVER_ERROR', `the worker threads that prepare documents could not start: ${reason}`, { reason });
        for (const task of slot.pending.values()) task.refuse(this.cannotStart);
      } else {
        const error = new AppError('INTERNAL_SERVER_ERROR', `the worker thread preparing this document stopped: ${reason}`);
        for (const task of slot.pending.values()) task.settle(new Array<Error>(task.count).fill(error));
      }
      slot.pending.clear();
    };
    worker.on('error', (error) => stop(error.message));
    worker.on('exit', (code) => stop(`it exited with code ${code}`));
    return slot;
  }
}
