// Unit, DOM and background tests. Browser suites run separately (tests/e2e, node --test).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic', importSource: 'preact' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const shared = {
  transform: { '^.+\\.(t|j)sx?$|^.+\\.mjs$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(preact|@testing-library/preact|idb|approx-string-match)/)',
  ],
};
export default {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{unit,lint}/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'dom',
      testEnvironment: '<rootDir>/tests/jsdom-env.js',
      testMatch: ['<rootDir>/tests/dom/**/*.test.ts?(x)'],
    },
    {
      ...shared,
      displayName: 'background',
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/tests/setup-idb.ts'],
      testMatch: ['<rootDir>/tests/background/**/*.test.ts'],
    },
  ],
};
