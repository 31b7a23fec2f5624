// Lint: typescript-eslint recommended, zero warnings, plus the layer rules of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((f) => ({ group: [`**/${f}/**`], message: `src/${from} may not import src/${f} (docs/ARCHITECTURE.md)` })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'test-artifacts/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('domain', ['app', 'storage', 'web', 'cli', 'importers', 'exporters']),
  layer('importers', ['app', 'storage', 'web', 'cli']),
  layer('exporters', ['app', 'storage', 'web', 'cli']),
  layer('storage', ['app', 'web', 'cli']),
  layer('app', ['web', 'cli']),
  // web and cli reach data only through app's use cases, reads included, so every permission decision lives in app.
  layer('web', ['storage', 'cli']),
  layer('cli', ['storage']),
  layer('config', ['app', 'storage', 'web', 'cli', 'importers', 'exporters']),
  ...['importers', 'exporters'].map((from) => layer(from, ['app', 'storage', 'web', 'cli', 'config'])),
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/config/**', '**/app/**', '**/storage/**', '**/web/**', '**/cli/**', '**/importers/**', '**/exporters/**'], message: 'src/domain is pure' }],
          paths: ['node:fs', 'node:child_process', 'node:net', 'node:http', 'fs', 'kysely', 'fastify'].map((name) => ({ name, message: 'src/domain is pure: no I/O' })),
        },
      ],
    },
  },
);
