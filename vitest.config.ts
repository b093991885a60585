import { defineConfig } from 'vitest/config';

// Two projects: pure unit tests need no database; integration tests get a real Neo4j from the global setup
// (the local launcher on a free port with a throwaway data directory, or NEO4J_TEST_URI when set).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
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
