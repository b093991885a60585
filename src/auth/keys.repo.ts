/** Named queries for API keys. Keys live in the graph under their own label, outside the domain model, exports and backups. */
export const CREATE_KEY = `CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, prefix: $prefix, createdAt: $createdAt})
RETURN k{.id, .name, .role, .prefix, .createdAt, .revokedAt} AS key`;
export const LIST_KEYS = `MATCH (k:ApiKey) RETURN k{.id, .name, .role, .prefix, .createdAt, .revokedAt} AS key ORDER BY k.createdAt`;
export const REVOKE_KEY = `MATCH (k:ApiKey) WHERE k.id = $id OR k.prefix = $id
SET k.revokedAt = coalesce(k.revokedAt, $at)
RETURN k{.id, .name, .role, .prefix, .createdAt, .revokedAt} AS key`;
export const ACTIVE_KEY_BY_HASH = `MATCH (k:ApiKey {hash: $hash}) WHERE k.revokedAt IS NULL
RETURN k{.id, .name, .role} AS key`;
