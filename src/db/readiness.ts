/**
 * Keeps the API's view of the database: applies the schema as soon as Neo4j answers (retrying in the
 * background when it does not), and answers /readyz. The process stays up while Neo4j is down; the driver
 * reconnects by itself when it returns.
 */
import type { Logger } from 'pino';
import type { Executor } from './executor.js';
import { applySchema, schemaStatus } from './migrate.js';

export class Readiness {
  private schemaApplied = false;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly executor: Executor,
    private readonly log: Logger,
    private readonly retryMs = 2_000,
  ) {}

  /**
   * Applies the schema now if it can; otherwise keeps trying in the background. `onReady` runs once, after the
   * schema is applied, whether that is now or when the database first answers (loading the seed, for one).
   */
  async start(onReady: () => Promise<void> = async () => undefined): Promise<boolean> {
    try {
      const n = await applySchema(this.executor);
      this.schemaApplied = true;
      this.log.info({ statements: n }, 'schema applied');
    } catch (error) {
      this.log.warn({ err: error }, 'database not reachable yet; will keep trying');
      if (!this.stopped) this.retry = setTimeout(() => void this.start(onReady), this.retryMs);
      return false;
    }
    try {
      await onReady();
    } catch (error) {
      this.log.error({ err: error }, 'start-up work after the schema failed');
    }
    return true;
  }

  async check(): Promise<{ ready: boolean; database: boolean; schema: boolean; missing: string[] }> {
    if (!(await this.executor.ping())) return { ready: false, database: false, schema: this.schemaApplied, missing: [] };
    try {
      const status = await schemaStatus(this.executor);
      return { ready: status.applied, database: true, schema: status.applied, missing: status.missing };
    } catch {
      return { ready: false, database: false, schema: this.schemaApplied, missing: [] };
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
  }
}
