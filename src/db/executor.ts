/**
 * The one way queries reach Neo4j: reads routed as reads, writes as writes, the database always named,
 * parameters always, results converted to plain objects, driver errors turned into application errors.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { AppError, unavailable } from '../errors.js';
import { toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Errors that mean "the database is not there right now" rather than "the query is wrong". */
const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.AuthenticationRateLimit']);

export function translateError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (unavailableCodes.has(error.code) || error.code.startsWith('Neo.TransientError.General.DatabaseUnavailable'))
      return unavailable(error);
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound')
      return new AppError('UNAVAILABLE', 'The configured Neo4j database does not exist', {}, { cause: error });
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      return new AppError('CONFLICT', 'The write conflicts with existing data', {}, { cause: error });
  }
  if (error instanceof Error && /ECONNREFUSED|ECONNRESET|connect ETIMEDOUT|Pool is closed/.test(error.message))
    return unavailable(error);
  return error;
}

function rowsOf(result: { records: Array<{ toObject(): object }> }): Row[] {
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  read<T = Row>(query: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.READ);
  }

  write<T = Row>(query: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.WRITE);
  }

  private async run<T>(query: string, params: Params, routing: (typeof neo4j.routing)[keyof typeof neo4j.routing]): Promise<T[]> {
    try {
      const result = await this.driver.executeQuery(query, params, { database: this.database, routing });
      return rowsOf(result) as T[];
    } catch (error) {
      throw translateError(error);
    }
  }

  /** Several writes as one transaction: all or nothing. Retried by the driver on transient errors. */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, metadata: Record<string, unknown> = {}): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new TxRunner(tx)), { metadata });
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async runSchemaStatement(statement: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(statement);
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }
}

export class TxRunner {
  constructor(private readonly tx: ManagedTransaction) {}

  async run<T = Row>(query: string, params: Params = {}): Promise<T[]> {
    return rowsOf(await this.tx.run(query, params)) as T[];
  }
}
