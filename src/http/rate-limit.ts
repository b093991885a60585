/**
 * Requests per minute per API key, or per IP for anonymous readers; over the limit a request gets 429 with a
 * RATE_LIMITED error at once, without touching the database.
 */
import type { Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Config } from '../config.js';
import { hashKey } from '../auth/keys.js';
import { presentedKey } from '../auth/middleware.js';

export function rateLimiter(config: Config) {
  return rateLimit({
    windowMs: 60_000,
    limit: config.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req: Request) => {
      const key = presentedKey(req);
      return key ? `key:${hashKey(key).slice(0, 32)}` : `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    handler: (_req, res) => {
      res.status(429).json({
        errors: [{ message: `Too many requests: the limit is ${config.rateLimitPerMinute} a minute`, extensions: { code: 'RATE_LIMITED' } }],
      });
    },
  });
}
