/**
 * What a curator knows about each evaluation, planned by the product's own curated planner (from-curated.ts):
 * the real title, year and publisher (PUBLISHED_BY, CURATED, with a source), the programme it evaluates and
 * who runs it, and its six findings (REPORTS, CURATED). Documents then cite some of those findings.
 */
import { type CuratedFile, planCurated } from '../../src/ingest/plan/from-curated.js';
import type { GraphPlan } from '../../src/ingest/plan/graph-plan.js';
import { ids } from '../../src/domain/ids.js';
import { organizations } from '../../src/domain/gazetteer/index.js';
import type { World } from './world.js';

export function curatedPlans(world: World, chunk = 500): GraphPlan[] {
  const plans: GraphPlan[] = [];
  for (let i = 0; i < world.evaluations.length; i += chunk) {
    const slice = world.evaluations.slice(i, i + chunk);
    const file: CuratedFile = {
      curator: 'bench-generator',
      sources: slice.map((e) => ({
        key: e.id,
        url: `https://utvarderingar.example.se/${e.id.replace('evaluation/', '')}`,
        title: e.title,
        publisher: organizations.find((o) => o.id === e.publisherId)?.name ?? e.publisherId,
        date: `${e.year}-06-01`,
      })),
      evaluations: slice.map((e) => ({
        id: e.id,
        source: e.id,
        facts: [
          { property: 'title', value: e.title, source: e.id },
          { property: 'year', value: e.year, source: e.id },
        ],
        publishedBy: e.publisherId,
        evaluates: ids.project(e.project),
        findings: e.findings.map((f) => ({ text: f.text, polarity: f.polarity as 'positive', source: e.id })),
      })),
      projects: slice.map((e) => ({ id: ids.project(e.project), name: e.project, facts: [], runBy: [{ id: e.runById, source: e.id }] })),
    };
    plans.push(planCurated(file));
  }
  return plans;
}
