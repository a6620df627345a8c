/**
 * The project's import aliases for Vite and vitest: the same four as package.json "imports" and
 * tsconfig.json "paths". Write `#app/utils/format`, `#db/schema`, `#test/call-route`,
 * `#seeds/calendar`; a relative import stays within its own folder (`./x`).
 * @param {string} root the project root, ending in a slash
 */
export function importAliases(root) {
  return ['app', 'db', 'test', 'seeds'].map((dir) => ({
    find: new RegExp(`^#${dir}/`),
    replacement: `${root.endsWith('/') ? root : root + '/'}${dir}/`,
  }));
}
