import { defineConfig } from 'vitest/config';

// graphql has no exports map: Node (in production, and for every library here that uses graphql) loads its
// CommonJS main, while Vite would give our own files its separate ES module build, a second graphql whose
// instanceof checks reject the schema the libraries built. Our files get the main one too.
const resolve = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  // Two projects: pure unit tests need no database; integration tests get a real Neo4j from the global setup
  // (the local launcher on a free port with a throwaway data directory, or NEO4J_TEST_URI when set).
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j-global.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // The integration files share one database; running them one after another keeps counts exact.
          fileParallelism: false,
        },
      },
    ],
  },
});
