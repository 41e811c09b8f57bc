/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // index.ts before the compiled index.js shim: tests run the TypeScript sources.
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: { '^\\./memory-checker$': '<rootDir>/test/support/noMemoryKill.js' },
  // Recycle a worker between files once it grows past this, so memory stays bounded.
  workerIdleMemoryLimit: '512MB',
  clearMocks: true,
  // A guard against hangs, not a speed target: on a busy 2-core machine a property test or a
  // loopback e2e test can take several seconds, and jest's 5-second default would make results
  // depend on the machine's load.
  testTimeout: 60_000,
};
