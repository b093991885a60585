/** The gazetteer as a source: structure it knows (who is part of whom) is curated knowledge, not a document's word. */
import type { CuratedEvidence, PlannedNode } from './graph-plan.js';

export const GAZETTEER_SOURCE_ID = 'source/belagg-gazetteer';

export const gazetteerSourceNode: PlannedNode = {
  label: 'Source',
  id: GAZETTEER_SOURCE_ID,
  props: { title: 'Belägg gazetteer of Swedish parties, agencies and bodies', url: null, publisher: 'Belägg' },
};

export const gazetteerEvidence: CuratedEvidence = {
  status: 'CURATED',
  source: 'belagg-gazetteer',
  sourceId: GAZETTEER_SOURCE_ID,
  curator: 'belagg-gazetteer',
};
