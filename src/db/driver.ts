/** One driver per process (neo4j-driver 6), made from the configuration. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';

export function createDriver(cfg: Config['neo4j']): Driver {
  return neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    // Fail fast when the database is down, so requests get UNAVAILABLE quickly instead of hanging.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Short: retries cover transient conflicts; a database that is down should answer UNAVAILABLE fast.
    maxTransactionRetryTime: 2_000,
    // Schema-change and deprecation notifications are noise for an application.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
    // A quiet driver: our own logger reports failures with context.
    logging: { level: 'error', logger: () => undefined },
  });
}
