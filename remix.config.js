/**
 * The home of the Remix options. vite.config.ts imports this file and passes it to the Remix
 * Vite plugin, which does not read it by itself.
 * REMIX_BUILD_DIR lets a test run build into its own folder without touching ./build.
 */
/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
  buildDirectory: process.env.REMIX_BUILD_DIR || 'build',
  ignoredRouteFiles: ['**/*.test.ts', '**/*.test.tsx', '**/.*'],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
