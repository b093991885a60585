/**
 * Between cells: an HTTP load generator stops at the end of its window, but the requests it had in flight keep
 * running in Neo4j (a 15 s party-positions request outlives a 5 s window by far). Left alone they slow every
 * cell after them, so the figures of a query would depend on the one measured before it. They are outside any
 * window and count nowhere, so they are terminated, and how many there were is reported with the cell.
 */
import type { Driver } from 'neo4j-driver';
import { LEFTOVER_TRANSACTIONS, TERMINATE_TRANSACTIONS } from './bench.repo.js';

/** Terminates every transaction still running on the benchmark database; returns how many there were. */
export async function settle(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(LEFTOVER_TRANSACTIONS, {}, { database: 'neo4j' });
  const ids = (records[0]?.get('ids') ?? []) as string[];
  // TERMINATE TRANSACTIONS refuses an empty list
  if (ids.length > 0) await driver.executeQuery(TERMINATE_TRANSACTIONS, { ids }, { database: 'neo4j' });
  return ids.length;
}
