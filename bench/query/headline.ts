/**
 * The headline queries (README, "Questions Belägg answers"), each as an analyst would send it to Belägg, and —
 * where the generic schema can express it — the closest operation on the @neo4j/graphql server over the same
 * graph. The raw floor needs no text here: it replays the Cypher Belägg itself ran for the operation.
 */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export interface Headline {
  name: string;
  belagg: Operation;
  /** null: @neo4j/graphql has no way to say it without hand-written Cypher (@cypher), i.e. without being Belägg. */
  generic: Operation | null;
  /** Counts the size of the answer in a Belägg response, for the growth table. */
  answerSize: (data: Record<string, unknown>) => number;
}

export interface Picks {
  motionId: string;
  chainMotionId: string;
  evaluationId: string;
  project: string;
  party: string;
}

const EV = 'evidence { start end quote status }';
// biome-ignore lint/suspicious/noExplicitAny: answers are read by path
const at = (data: any, ...path: string[]): any => path.reduce((v, k) => v?.[k], data);
const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);

export function headlines(p: Picks): Headline[] {
  return [
    {
      name: 'motion by id',
      belagg: {
        query: `query($id: ID!) { motion(id: $id) { id title authors { id name party { abbreviation name } }
          documents { role document { id kind date } } }
          citations(filter: {motionId: $id}, first: 20) { totalCount edges { node { role document { id }
            evaluation { id title } findings { id text polarity } ${EV} } } } }`,
        variables: { id: p.motionId },
      },
      generic: {
        query: `query($id: ID!) { motions(where: {id: {eq: $id}}) { id title authors { id name party { abbreviation name } }
          documentsConnection { edges { properties { role } node { id kind date
            citesEvaluationsConnection { edges { properties { start end quote status } node { id title } } }
            citesFindingsConnection { edges { properties { start end quote status } node { id text polarity } } } } } } } }`,
        variables: { id: p.motionId },
      },
      answerSize: (d) => len(at(d, 'citations', 'edges')),
    },
    {
      name: 'citations by party',
      belagg: {
        query: `query($party: String!) { citations(filter: {partyAbbreviation: $party}, first: 20) { totalCount
          pageInfo { hasNextPage endCursor } edges { node { role motion { id title } document { id }
            evaluation { id title } ${EV} } } } }`,
        variables: { party: p.party },
      },
      generic: {
        query: `query($party: String!) { documentsConnection(first: 20, sort: [{id: ASC}], where: {
            citesEvaluations: {some: {id: {startsWith: "evaluation/"}}},
            motions: {some: {authors: {some: {party: {some: {abbreviation: {eq: $party}}}}}}}}) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id motionsConnection { edges { properties { role } node { id title } } }
            citesEvaluationsConnection { edges { properties { start end quote status } node { id title } } } } } } }`,
        variables: { party: p.party },
      },
      answerSize: (d) => len(at(d, 'citations', 'edges')),
    },
    {
      name: 'citation matrix',
      belagg: {
        query: `query($party: String!) { citationMatrix(rows: MUNICIPALITY, columns: PUBLISHER, filter: {partyAbbreviation: $party, from: "2019-01-01", to: "2019-12-31"}) {
          totalCitations rows { id label count } columns { id label count } cells { rowId columnId count } } }`,
        variables: { party: p.party },
      },
      generic: null,
      answerSize: (d) => len(at(d, 'citationMatrix', 'cells')),
    },
    {
      name: 'evaluation impact',
      belagg: {
        query: `query($id: ID!) { evaluationImpact(evaluationId: $id) { evaluation { id title }
          documents { document { id kind } date cases { role motion { id title } } ${EV} findings { id polarity }
            proposedOutcomes { outcome } finalOutcomes { outcome } }
          motions { id } timeline { year count } } }`,
        variables: { id: p.evaluationId },
      },
      generic: {
        query: `query($id: ID!) { evaluations(where: {id: {eq: $id}}) { id title
          citedByConnection { edges { properties { start end quote status } node { id kind date municipalityId
            motionsConnection { edges { properties { role } node { id title } } }
            citesFindings(where: {evaluations: {some: {id: {eq: $id}}}}) { id polarity } } } } } }`,
        variables: { id: p.evaluationId },
      },
      answerSize: (d) => len(at(d, 'evaluationImpact', 'documents')),
    },
    {
      name: 'finding coverage',
      belagg: {
        query: `query($id: ID!) { findingCoverage(evaluationId: $id) { evaluation { id }
          findings { finding { id text polarity } citationCount citedBy { document { id } parties { abbreviation } ${EV} } }
          uncited { id } } }`,
        variables: { id: p.evaluationId },
      },
      generic: {
        query: `query($id: ID!) { evaluations(where: {id: {eq: $id}}) { id findings { id text polarity
          citedByConnection { totalCount edges { properties { start end quote status } node { id
            motions { authors { party { abbreviation } } } } } } } } }`,
        variables: { id: p.evaluationId },
      },
      answerSize: (d) => len(at(d, 'findingCoverage', 'findings')),
    },
    {
      name: 'party positions',
      belagg: {
        query: `query($party: String!) { partyPositions(abbreviation: $party, from: "2019-03-01", to: "2019-03-31", includeUndated: false) {
          motionCount positions { subject { kind id name } stance forCount againstCount mixedCount motions { motion { id } date } }
          timeline { year } } }`,
        variables: { party: p.party },
      },
      generic: null,
      answerSize: (d) => len(at(d, 'partyPositions', 'positions')),
    },
    {
      name: 'search',
      belagg: {
        query: `query($q: String!) { search(query: $q, types: [DOCUMENT], first: 20) { totalCount edges { node { score type field snippet
          entity { ... on Document { id title } } } } } }`,
        variables: { q: p.project },
      },
      generic: {
        query: `query($q: String!) { documentsSearch(phrase: $q, first: 20) { totalCount edges { score node { id title } } } }`,
        variables: { q: p.project },
      },
      answerSize: (d) => len(at(d, 'search', 'edges')),
    },
    {
      name: 'evidence chain',
      belagg: {
        query: `query($id: ID!) { evidenceChain(motionId: $id) { motion { id title }
          paths { nodes { id label name } hops { type status source ${EV} } } } }`,
        variables: { id: p.chainMotionId },
      },
      generic: {
        query: `query($id: ID!) { motions(where: {id: {eq: $id}}) { id title documents { id
          claims { id text supportedBy { id text evaluations { id projects { id runBy { id name } } } } }
          citesEvaluationsConnection { edges { properties { start end quote status } node { id projects { id runBy { id name } } } } } } } }`,
        variables: { id: p.chainMotionId },
      },
      answerSize: (d) => len(at(d, 'evidenceChain', 'paths')),
    },
  ];
}
