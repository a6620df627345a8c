import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { importAliases } from '../../import-aliases.js';

/** Browser tests: real Chromium against the built app, one file at a time (2 cores). */
export default defineConfig({
  resolve: { alias: importAliases(fileURLToPath(new URL('../..', import.meta.url))) },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: [fileURLToPath(new URL('./global-setup.ts', import.meta.url))],
    // each file: its own copy of the seeded database and its own server
    setupFiles: [
      fileURLToPath(new URL('./file-server.ts', import.meta.url)),
      fileURLToPath(new URL('./console-setup.ts', import.meta.url)),
    ],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
