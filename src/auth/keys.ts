/**
 * API keys: random 256-bit secrets shown once, stored only as their SHA-256 hash. A slow password hash buys
 * nothing for secrets this long; a fast one keeps the per-request check cheap.
 */
import { createHash, randomBytes } from 'node:crypto';

export const roles = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What each role may do: readers read; curators also ingest, review and curate; admins also manage keys. */
const RANK: Record<Role, number> = { reader: 0, curator: 1, admin: 2 };
export const roleAllows = (have: Role, need: Role) => RANK[have] >= RANK[need];

const KEY_PREFIX = 'blg_';

export function generateKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Enough of the key to recognise it in a list, not enough to use it. */
export function displayPrefix(key: string): string {
  return key.slice(0, KEY_PREFIX.length + 6);
}

export function looksLikeKey(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && /^[A-Za-z0-9_-]{40,60}$/.test(value);
}
