// Vitest configuration: unit tests (tests/unit) and checks of the built site (tests/built), from the repo root, in Node.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // tests/built reads the built site in dist/: npm test builds before it runs.
    include: ['tests/unit/**/*.test.ts', 'tests/built/**/*.test.ts'],
    environment: 'node',
    testTimeout: 10_000,
    // No test mocks modules or globals, so files may share one module graph per worker: each module (the data, the
    // charts) is read once per worker instead of once per file.
    isolate: false,
  },
});
