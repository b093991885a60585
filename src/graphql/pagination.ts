/**
 * Relay-style connections with keyset cursors: a cursor is the sort key of the last row seen (opaque to
 * clients), so pages stay stable while documents are added, and a page costs the same at any depth.
 */
import { badInput } from '../errors.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageRequest {
  /** Rows to fetch: one more than asked, to know whether there is a next page. */
  fetch: number;
  first: number;
  after: string | null;
}

const CURSOR_PREFIX = 'k1:';
export const DEFAULT_PAGE_SIZE = 20;

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || encodeCursor(text.slice(CURSOR_PREFIX.length)) !== cursor)
    throw badInput('`after` is not a cursor this API issued', { argument: 'after' });
  return text.slice(CURSOR_PREFIX.length);
}

/** `first` as given, or BAD_USER_INPUT when it is not between 1 and `max`. */
export function checkFirst(first: unknown, max: number): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > max)
    throw badInput(`\`first\` must be between 1 and ${max}`, { argument: 'first', max });
  return first;
}

export function pageRequest(args: PageArgs, maxPageSize: number): PageRequest {
  const first = checkFirst(args.first ?? DEFAULT_PAGE_SIZE, maxPageSize);
  return { first, fetch: first + 1, after: args.after ? decodeCursor(args.after) : null };
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
}

export function connection<T>(rows: T[], key: (row: T) => string, request: PageRequest, totalCount: number): Connection<T> {
  const page = rows.slice(0, request.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}
