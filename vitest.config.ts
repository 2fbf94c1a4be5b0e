import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Two projects: `unit` needs nothing; `integration` needs a real Neo4j at NEO4J_URI (scripts/test.mjs starts one).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.int.test.ts', 'node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['lib/**/*.int.test.ts', 'app/**/*.int.test.ts', 'tests/**/*.int.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
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
