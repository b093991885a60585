import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, expectedSchemaNames, schemaStatus } from '../../src/db/migrate.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { SHOW_CONSTRAINTS, SHOW_INDEXES } from '../support/test.repo.js';

const db = testDatabase();
beforeAll(() => resetGraph(db.executor));
afterAll(() => db.close());

describe('Neo4j schema', () => {
  it('has a uniqueness constraint on the id of every label', async () => {
    const constraints = await db.executor.read<{ labelsOrTypes: string[]; properties: string[] }>(SHOW_CONSTRAINTS);
    const labelsWithUniqueId = constraints.filter((c) => c.properties.join() === 'id').map((c) => c.labelsOrTypes[0]).sort();
    expect(labelsWithUniqueId).toEqual(
      ['ApiKey', 'Claim', 'Document', 'Evaluation', 'Finding', 'Motion', 'Organization', 'Party', 'Person', 'Project', 'Source', 'Topic'].sort(),
    );
  });

  it('has an online Swedish full-text index over document text, findings, motion titles and organisation names', async () => {
    const indexes = await db.executor.read<{ name: string; type: string; state: string; labelsOrTypes: string[]; properties: string[]; options: { indexConfig: Record<string, unknown> } }>(SHOW_INDEXES);
    const fulltext = indexes.find((i) => i.name === 'belagg_fulltext');
    expect(fulltext?.state).toBe('ONLINE');
    expect(fulltext?.labelsOrTypes).toEqual(expect.arrayContaining(['Document', 'Finding', 'Motion', 'Organization']));
    expect(fulltext?.properties).toEqual(expect.arrayContaining(['text', 'title', 'name']));
    expect(fulltext?.options.indexConfig['fulltext.analyzer']).toBe('swedish');
  });

  it('applying it twice changes nothing', async () => {
    const before = await db.executor.read(SHOW_INDEXES);
    await applySchema(db.executor);
    await applySchema(db.executor);
    const after = await db.executor.read(SHOW_INDEXES);
    expect(after).toEqual(before);
    expect(await schemaStatus(db.executor)).toEqual({ applied: true, missing: [] });
  });

  it('reports what is missing when a constraint is dropped, and re-applying restores it', async () => {
    await db.executor.runSchemaStatement('DROP CONSTRAINT claim_id');
    expect(await schemaStatus(db.executor)).toEqual({ applied: false, missing: ['claim_id'] });
    await applySchema(db.executor);
    expect((await schemaStatus(db.executor)).applied).toBe(true);
    expect(expectedSchemaNames()).toContain('claim_id');
  });
});
