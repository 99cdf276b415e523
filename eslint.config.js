import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', '.build/', 'node_modules/', 'coverage/', '__fixtures__/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'Only the edges (src/main.ts, src/post.ts, src/cli.ts, src/edges/) import @actions/*.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/main.ts',
      'src/post.ts',
      'src/cli.ts',
      'src/edges/**',
      'src/cache/actions-backend.ts',
      '__tests__/**',
      'bench/**',
      'scripts/**',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
