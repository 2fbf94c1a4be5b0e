import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Two projects: `unit` needs nothing; `integration` needs a real Neo4j at NEO4J_URI (scripts/test.mjs starts one).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    projects: [
      {
        extends: true,
        // Property tests (fast-check) and long-text cases take 1-8 s on a loaded 2-core machine; 5 s failed them there.
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'app/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
          // The first test of a file warms the NER service and Neo4j's plan cache: 70 s at load 10 on 2 cores.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // npm run test:reliability (scripts/test-reliability.mjs): its own throwaway Neo4j, which these suites wipe.
        test: { name: 'reliability', include: ['tests/reliability/**/*.rel.test.ts'], testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false },
      },
    ],
  },
});
