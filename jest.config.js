/** Jest 30 in ESM mode (run with node --experimental-vm-modules), as setup-go v7 does. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  // Integration tests start real `go` processes and loopback servers.
  testTimeout: 120000,
  maxWorkers: 2,
  verbose: false,
  reporters: ['default', '<rootDir>/scripts/closing-line-reporter.cjs'],
};
