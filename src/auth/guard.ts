/** Role checks for resolvers: no key → UNAUTHENTICATED, a key without the role → FORBIDDEN. Nothing is written either way. */
import { AppError } from '../errors.js';
import type { Principal } from './key-store.js';
import { type Role, roleAllows } from './keys.js';

export function requireRole(principal: Principal | null, role: Role): Principal {
  if (!principal) throw new AppError('UNAUTHENTICATED', 'This needs an API key (Authorization: Bearer <key>)');
  if (!roleAllows(principal.role, role))
    throw new AppError('FORBIDDEN', `This needs the ${role} role; the key "${principal.name}" has ${principal.role}`, { required: role });
  return principal;
}
