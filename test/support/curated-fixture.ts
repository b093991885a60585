/**
 * A curated record for tests: Brå's evaluation of Sluta skjut with its own findings, a risk among them (the
 * wording of the Sluta skjut follow-up in the corpus, text 07). Test data, loaded like any curated file.
 */
import type { Executor } from '../../src/db/executor.js';
import { writePlan } from '../../src/ingest/load/write-plan.js';
import { curatedSchema, planCurated } from '../../src/ingest/plan/from-curated.js';

export const SLUTA_SKJUT_CURATED = curatedSchema.parse({
  curator: 'test-curator',
  sources: [{ key: 'bra-sluta-skjut', url: 'https://bra.se/', title: 'Sluta skjut (test fixture)', publisher: 'Brottsförebyggande rådet', date: '2023' }],
  projects: [],
  evaluations: [
    {
      id: 'evaluation/bra-sluta-skjut-2023',
      source: 'bra-sluta-skjut',
      facts: [{ property: 'title', value: 'Uppföljning av Sluta skjut', source: 'bra-sluta-skjut' }],
      publishedBy: 'organization/bra',
      findings: [
        { text: 'Det skjutvapenvåld som kunde kopplas till grupperna minskade.', polarity: 'positive', source: 'bra-sluta-skjut' },
        {
          text: 'Det går inte att med säkerhet slå fast att minskningen i antalet skjutningar beror på Sluta skjut, eftersom andra faktorer kan ha påverkat utfallet.',
          polarity: 'risk',
          source: 'bra-sluta-skjut',
        },
      ],
    },
  ],
});

export async function loadCuratedFixture(executor: Executor): Promise<void> {
  const plan = planCurated(SLUTA_SKJUT_CURATED);
  await executor.writeTransaction((tx) => writePlan(tx, plan));
}
