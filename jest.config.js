// Unit specs sit beside the code (*.spec.ts); integration specs (*.int-spec.ts) and the end-to-end
// tests under test/ (*.e2e-spec.ts) talk to the real PostgreSQL and Redis.
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@app/db/testing$': '<rootDir>/libs/db/src/testing',
    '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src',
  },
};

module.exports = {
  // Per-project testTimeout is ignored by Jest; the integration tests start real apps and databases.
  testTimeout: 60_000,
  watchman: false,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
    },
  ],
};
