/** What every resolver gets: the executor, per-request loaders, the limits from configuration, a request id. */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Executor } from '../db/executor.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  executor: Executor;
  loaders: Loaders;
  config: Config;
  requestId: string;
  log: Logger;
}

export function createContext(executor: Executor, config: Config, requestId: string, log: Logger): Context {
  return { executor, loaders: createLoaders(executor), config, requestId, log };
}
