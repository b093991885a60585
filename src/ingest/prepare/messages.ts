/**
 * What the preparing worker threads and the writing thread say to each other. Messages are structured clones,
 * which keep an Error's message but not its class or its own fields, so an error travels as data and is made
 * again on arrival: an AppError keeps its code and details, and `belagg ingest` reports it exactly as when the
 * document was prepared in its own thread.
 */
import { AppError, isErrorCode } from '../../errors.js';
import type { BulkItem, PreparedDocument } from '../pipeline.js';

export interface PrepareTask {
  id: number;
  items: Array<Omit<BulkItem, 'input'> & { input: Uint8Array | string }>;
}

export type PortableError = { name: string; message: string; code?: string; details?: Record<string, unknown> };

export interface PrepareReply {
  id: number;
  results: Array<{ prepared: PreparedDocument } | { error: PortableError }>;
}

/** Sent once, when the worker's pipeline (normalizer dictionary, lexicons) is loaded and it can take documents. */
export interface ReadyMessage {
  ready: true;
}

export function portableError(error: unknown): PortableError {
  if (error instanceof AppError) return { name: error.name, message: error.message, code: error.code, details: error.details };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function revivedError(e: PortableError): Error {
  if (e.code !== undefined && isErrorCode(e.code)) return new AppError(e.code, e.message, e.details ?? {});
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}
