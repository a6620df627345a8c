import { fileURLToPath } from 'node:url';
import { vitePlugin as remix } from '@remix-run/dev';
import { defineConfig } from 'vite';
import remixConfig from './remix.config.js';
import { importAliases } from './import-aliases.js';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

const isVitest = Boolean(process.env.VITEST);

export default defineConfig({
  // The Remix plugin breaks component tests ("can't detect preamble"); vitest runs without it.
  plugins: isVitest ? [] : [remix(remixConfig)],
  // The import aliases of package.json "imports" and tsconfig "paths" (#app/…, #db/…, #test/…, #seeds/…).
  resolve: { alias: importAliases(fileURLToPath(new URL('.', import.meta.url))) },
  server: { port: 5173 },
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        // Resource routes (CSV exports, the JSON API, logout, language switch, ping) have a loader or
        // an action and no component: the client build still gives each route module a chunk, which
        // Rollup reports as empty. Nothing of them is sent to a browser.
        if (warning.code === 'EMPTY_BUNDLE') return;
        // zod's own source has comments that mention `@__PURE__` where Rollup cannot use them as
        // annotations; Rollup drops those comments, which changes nothing in the output.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  test: {
    globalSetup: [fileURLToPath(new URL('./test/global-setup.ts', import.meta.url))],
    setupFiles: [fileURLToPath(new URL('./test/setup.ts', import.meta.url))],
    include: ['app/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'db/**/*.test.ts', 'seeds/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
