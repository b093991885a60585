/** What every resolver gets: the executor, per-request loaders, the limits from configuration, a request id. */
import type { Logger } from 'pino';
import type { Principal } from '../auth/key-store.js';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import type { IngestPipeline } from '../ingest/pipeline.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  executor: Executor;
  loaders: Loaders;
  config: Config;
  requestId: string;
  log: Logger;
  /** The ingest pipeline, created once per process on first use (loading the dictionary takes a moment). */
  pipeline: () => Promise<IngestPipeline>;
  /** The caller's API key, or null for an anonymous reader. */
  principal: Principal | null;
  /** Set once the request's log line is written, so the HTTP layer does not write a second one. */
  logState?: { logged: boolean };
}

export function createContext(parts: Omit<Context, 'loaders'>): Context {
  return { ...parts, loaders: createLoaders(parts.executor) };
}
