/**
 * Who is calling: an API key from `Authorization: Bearer <key>` (or `x-api-key`). A key that is presented but
 * unknown or revoked is refused outright rather than treated as anonymous; with BELAGG_READ_ACCESS=key every
 * request needs a key.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';
import type { KeyStore, Principal } from './key-store.js';

export function presentedKey(req: Request): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const header = req.headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : undefined;
}

function refuse(res: Response, message: string) {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

export function authenticate(config: Config, keys: KeyStore) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = presentedKey(req);
    let principal: Principal | null = null;
    if (key !== undefined) {
      try {
        principal = await keys.check(key);
      } catch (error) {
        next(error);
        return;
      }
      if (!principal) {
        refuse(res, 'The API key is unknown or revoked');
        return;
      }
    } else if (config.readAccess === 'key') {
      refuse(res, 'This server needs an API key for every request (Authorization: Bearer <key>)');
      return;
    }
    res.locals.principal = principal;
    next();
  };
}
