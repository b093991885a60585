/**
 * Creating, listing, revoking and checking API keys. Checks are cached for a few seconds so a busy client does
 * not cost a query per request; a revoked key therefore stops working within KEY_CACHE_MS.
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { badInput, notFound } from '../errors.js';
import { ACTIVE_KEY_BY_HASH, CREATE_KEY, LIST_KEYS, REVOKE_KEY } from './keys.repo.js';
import { displayPrefix, generateKey, hashKey, type Role, roles } from './keys.js';

export interface KeyInfo {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

export const KEY_CACHE_MS = 5_000;

export class KeyStore {
  private cache = new Map<string, { principal: Principal | null; until: number }>();

  constructor(private readonly executor: Executor) {}

  async create(name: string, role: string): Promise<{ key: string; info: KeyInfo }> {
    if (!(roles as readonly string[]).includes(role)) throw badInput(`role must be one of ${roles.join(', ')}`, { argument: 'role' });
    if (name.trim().length === 0 || name.length > 200) throw badInput('name must be 1 to 200 characters', { argument: 'name' });
    const key = generateKey();
    const [row] = await this.executor.write<{ key: KeyInfo }>(CREATE_KEY, {
      id: `key/${randomUUID()}`,
      name: name.trim(),
      role,
      hash: hashKey(key),
      prefix: displayPrefix(key),
      createdAt: new Date().toISOString(),
    });
    return { key, info: row!.key };
  }

  async list(): Promise<KeyInfo[]> {
    return (await this.executor.read<{ key: KeyInfo }>(LIST_KEYS)).map((r) => r.key);
  }

  async revoke(idOrPrefix: string): Promise<KeyInfo> {
    const [row] = await this.executor.write<{ key: KeyInfo }>(REVOKE_KEY, { id: idOrPrefix, at: new Date().toISOString() });
    if (!row) throw notFound('key', idOrPrefix);
    this.cache.clear();
    return row.key;
  }

  /** The principal behind a presented key, or null for an unknown or revoked one. */
  async check(key: string): Promise<Principal | null> {
    const hash = hashKey(key);
    const hit = this.cache.get(hash);
    if (hit && hit.until > Date.now()) return hit.principal;
    const [row] = await this.executor.read<{ key: { id: string; name: string; role: Role } }>(ACTIVE_KEY_BY_HASH, { hash });
    const principal = row ? { keyId: row.key.id, name: row.key.name, role: row.key.role } : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { principal, until: Date.now() + KEY_CACHE_MS });
    return principal;
  }
}
