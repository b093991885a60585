/** The executable schema: the SDL files in schema/graphql/ and each area's resolvers. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { attributionResolvers } from '../analysis/attribution.resolvers.js';
import { chainResolvers } from '../analysis/chain.resolvers.js';
import { impactResolvers } from '../analysis/impact.resolvers.js';
import { matrixResolvers } from '../analysis/matrix.resolvers.js';
import { citationResolvers } from '../citations/citations.resolvers.js';
import { documentResolvers } from '../documents/documents.resolvers.js';
import { evaluationResolvers } from '../evaluations/evaluations.resolvers.js';
import { ingestResolvers } from '../ingest/ingest.resolvers.js';
import { motionResolvers } from '../motions/motions.resolvers.js';
import { positionResolvers } from '../positions/positions.resolvers.js';
import { reviewResolvers } from '../review/review.resolvers.js';
import { searchResolvers } from '../search/search.resolvers.js';

const sdlDir = fileURLToPath(new URL('../../schema/graphql/', import.meta.url));

export function typeDefs(): string[] {
  return readdirSync(sdlDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => readFileSync(sdlDir + f, 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: typeDefs(),
    resolvers: [
      { Query: { ping: () => 'pong' } },
      motionResolvers,
      evaluationResolvers,
      citationResolvers,
      documentResolvers,
      ingestResolvers,
      reviewResolvers,
      positionResolvers,
      matrixResolvers,
      impactResolvers,
      attributionResolvers,
      chainResolvers,
      searchResolvers,
    ],
  });
}
