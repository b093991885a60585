/**
 * The only reader of process.env. Parsed once at start; every bad value is reported together, each with what
 * is expected, so a misconfigured deployment fails fast with one complete message.
 */
import path from 'node:path';
import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a port number (1-65535)' })
    .int('expected a whole number')
    .min(1, 'expected a port number (1-65535)')
    .max(65535, 'expected a port number (1-65535)')
    .default(fallback);

const envSchema = z
  .object({
    PORT: port(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'expected a Neo4j URI such as bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().regex(/^[A-Za-z0-9.-]{1,63}$/, 'expected a database name (letters, digits, dots, dashes)').default('neo4j'),
    BELAGG_DATA_DIR: z.string().min(1).default('./.data'),
    BELAGG_BOLT_PORT: port(7687),
    BELAGG_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/i, 'expected a JVM heap size such as 512m or 1g').default('1g'),
    BELAGG_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16, 'expected at least 16 (MiB)').default(256),
    BELAGG_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
    BELAGG_SEED: z.enum(['auto', 'never'], { error: "expected 'auto' (load the seed into an empty graph) or 'never'" }).default('auto'),
    /** Tests only: use this server instead of starting a throwaway local Neo4j. */
    NEO4J_TEST_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'expected a Neo4j URI').optional(),
    BELAGG_READ_ACCESS: z.enum(['public', 'key'], { error: "expected 'public' (anyone may read) or 'key' (reads need an API key too)" }).default('public'),
    BELAGG_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1, 'expected at least 1 request per minute').default(600),
    BELAGG_INTROSPECTION: z.enum(['on', 'off'], { error: "expected 'on' or 'off'" }).default('on'),
    BELAGG_MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    BELAGG_MAX_QUERY_COST: z.coerce.number().int().min(100).default(20_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  });

/** Checks across variables, run on the raw values so they are reported together with the per-field ones. */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  return env.NEO4J_URI !== undefined && env.NEO4J_PASSWORD === undefined
    ? ['NEO4J_PASSWORD: expected a password when NEO4J_URI is set']
    : [];
}

export interface Config {
  port: number;
  host: string;
  neo4j: {
    /** 'external' when NEO4J_URI is set: the project starts nothing and uses that server. */
    mode: 'embedded' | 'external';
    uri: string;
    user: string;
    password: string;
    database: string;
  };
  local: { dataDir: string; boltPort: number; heap: string; pageCacheMb: number };
  maxPageSize: number;
  /** Writes always need a key; reads need one only with 'key'. */
  readAccess: 'public' | 'key';
  /** Per key, or per IP without one. */
  rateLimitPerMinute: number;
  introspection: boolean;
  limits: { depth: number; cost: number };
  seed: 'auto' | 'never';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Tests only (NEO4J_TEST_URI): an existing server to test against, with NEO4J_USER/NEO4J_PASSWORD. */
  testNeo4jUri: string | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default); throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // Empty strings count as unset: `PORT= npm start` should mean the default, not an error.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => {
          const key = i.path.join('.');
          const got = present[key] === undefined ? '' : ` (got ${JSON.stringify(present[key])})`;
          return `${key}: ${i.message}${got}`;
        })),
    ...crossFieldProblems(present),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const external = e.NEO4J_URI !== undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: {
      mode: external ? 'external' : 'embedded',
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.BELAGG_BOLT_PORT}`,
      user: e.NEO4J_USER,
      // The embedded database runs with auth off on loopback; the driver still sends a token, which it ignores.
      password: e.NEO4J_PASSWORD ?? '',
      database: e.NEO4J_DATABASE,
    },
    local: {
      dataDir: path.resolve(cwd, e.BELAGG_DATA_DIR),
      boltPort: e.BELAGG_BOLT_PORT,
      heap: e.BELAGG_NEO4J_HEAP,
      pageCacheMb: e.BELAGG_NEO4J_PAGECACHE_MB,
    },
    maxPageSize: e.BELAGG_MAX_PAGE_SIZE,
    readAccess: e.BELAGG_READ_ACCESS,
    rateLimitPerMinute: e.BELAGG_RATE_LIMIT_PER_MINUTE,
    introspection: e.BELAGG_INTROSPECTION === 'on',
    limits: { depth: e.BELAGG_MAX_QUERY_DEPTH, cost: e.BELAGG_MAX_QUERY_COST },
    seed: e.BELAGG_SEED,
    logLevel: e.LOG_LEVEL,
    testNeo4jUri: e.NEO4J_TEST_URI,
  };
}
