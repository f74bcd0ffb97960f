// Unit tests of the console's pure modules, in Node (no browser): `npx vitest run`, also run by ops/test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    environment: 'node',
  },
});
