/**
 * Unit, component, end-to-end and browser tests. ts-jest only transpiles (isolatedModules, fast);
 * `npm run typecheck` checks the types.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          jsx: 'react-jsx',
          isolatedModules: true,
          esModuleInterop: true,
          target: 'es2022',
          sourceMap: true,
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // Long: the machine is shared, and a test's wait is no speed budget (those live in npm run bench).
  testTimeout: 180000,
};
