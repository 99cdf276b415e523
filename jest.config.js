/**
 * Jest 30 in ESM mode (run with node --experimental-vm-modules), as setup-go v7 does, in two
 * projects: `fast`, the developer loop (core units, loopback servers, fake clocks), and `go`,
 * the suites that drive the real `go`, git and the built bundles, and the license corpora.
 * `npm test` runs both (CI runs `npm test`); `npm run test:fast` runs the first.
 */
const SLOW = [
  // Whole runs of the pipeline, the bundles and the test bed: the real go, git, fixture worlds.
  '/__tests__/pipeline/',
  '/__tests__/test-bed/',
  // The license corpora.
  '/__tests__/licenses/real-corpus\\.test\\.ts$',
  '/__tests__/licenses/classifier-corpus\\.test\\.ts$',
  '/__tests__/licenses/known-texts\\.test\\.ts$',
  '/__tests__/licenses/licenses-go\\.test\\.ts$',
  // Go interop: the real go against our relay, our checksum client, our cache.
  '/__tests__/sumdb/go-interop\\.test\\.ts$',
  '/__tests__/sumdb/outage-go\\.test\\.ts$',
  '/__tests__/goproxy/relay-go\\.test\\.ts$',
  '/__tests__/goproxy/prefetch-go\\.test\\.ts$',
  '/__tests__/goproxy/relay-bandwidth-go\\.test\\.ts$',
  '/__tests__/goproxy/relay-bundle\\.test\\.ts$',
  '/__tests__/goproxy/relay-pipeline\\.test\\.ts$',
  '/__tests__/goproxy/relay-versions\\.test\\.ts$',
  '/__tests__/cache/round-trip\\.test\\.ts$',
  '/__tests__/cache/pipeline-cache\\.test\\.ts$',
  '/__tests__/cache/restore-crash\\.test\\.ts$',
  '/__tests__/cache/proof\\.test\\.ts$',
  '/__tests__/cache/actions-backend\\.test\\.ts$',
  '/__tests__/cache/integrity\\.test\\.ts$',
  '/__tests__/diff/diff\\.test\\.ts$',
  '/__tests__/diff/diff-bundle\\.test\\.ts$',
  '/__tests__/notices/notices\\.test\\.ts$',
  '/__tests__/sbom/sbom\\.test\\.ts$',
  '/__tests__/sbom/sbom-join\\.test\\.ts$',
  '/__tests__/metrics/metrics-bundle\\.test\\.ts$',
  '/__tests__/edges/post-guard\\.test\\.ts$',
  // Whole CLI runs with the real go and git: a private module, a vendored fixture project.
  '/__tests__/go/private-module\\.test\\.ts$',
  '/__tests__/go/vendor-check\\.test\\.ts$',
  // A whole CLI run that waits out its real 40 s deadline against a cache service that never answers.
  '/__tests__/hostile/cache-service-hang\\.test\\.ts$',
];

const shared = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
};

export default {
  projects: [
    { ...shared, displayName: 'fast', testPathIgnorePatterns: ['/node_modules/', ...SLOW] },
    {
      ...shared,
      displayName: 'go',
      testRegex: SLOW.map((p) => `${p.replace(/\/$/, '/.*\\.test\\.ts$')}`),
      testMatch: undefined,
    },
  ],
  // Integration tests start real `go` processes and loopback servers.
  testTimeout: 120000,
  maxWorkers: 2,
  verbose: false,
  reporters: ['default', '<rootDir>/scripts/closing-line-reporter.cjs'],
};
