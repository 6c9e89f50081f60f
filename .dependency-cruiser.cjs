/** Import rules (npm run lint:deps): no cycles, and dependencies only point down the layers. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and hide layering mistakes.',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['dynamic-import', 'type-only'] },
      },
    },
    {
      name: 'platform-not-on-features',
      severity: 'error',
      comment: 'The platform serves every feature and knows none of them.',
      from: { path: '^src/server/platform/', pathNot: '(\\.test|/fixtures)\\.ts$' },
      to: { path: '^src/server/features/[^/]+/' },
    },
    {
      name: 'common-stands-alone',
      severity: 'error',
      comment: 'src/common is shared with the web: it imports nothing of the server or the web.',
      from: { path: '^src/common/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'web-not-on-server',
      severity: 'error',
      comment: 'The web bundle may only take types from the server.',
      from: { path: '^src/web/' },
      to: { path: '^src/server/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'records-below-features',
      severity: 'error',
      comment: 'The shared records (src/server/records) are read by several features and belong to none.',
      from: { path: '^src/server/records/' },
      to: { path: '^src/server/features/' },
    },
    {
      name: 'no-foreign-feature-schema',
      severity: 'warn',
      comment:
        "A feature reads another feature only through src/server/records or that feature's public file, " +
        'not its tables. Warn while the remaining foreign keys (bodies sessions, cases decisions, ' +
        'transparency non-working days) wait for their move.',
      from: { path: '^src/server/features/([^/]+)/', pathNot: '(\\.(test|fixtures)\\.ts|/testing/.*)$' },
      to: { path: '^src/server/features/[^/]+/.*\\.schema\\.ts$', pathNot: '^src/server/features/$1/' },
    },
    {
      name: 'product-not-on-tests-or-bench',
      severity: 'error',
      from: { path: '^src/', pathNot: '(\\.(test|testkit|fixtures)\\.ts|/testing/.*)$' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
