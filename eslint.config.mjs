// Lint for the whole tree: the TypeScript of every package and of the tests with type
// information (floating promises lose saves silently, so they are errors here), and the plain
// JavaScript of tools, benchmarks, stories and integrations. Formatting is Prettier's, not ESLint's.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'build/**',
      'bench/build/**',
      'test-out/**',
      'storybook-static/**',
      'packages/components/cdn/**',
      'packages/frameworks/src/generated/**',
      'packages/schema/src/structure/*.generated.ts',
      'packages/schema/types/**',
      'packages/schema/json-schema/**',
      'packages/frameworks/samples/generated/**',
      'integrations/wordpress/s11kit/assets/**',
      's11-data/**',
      '.storybook-static/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // The compiler already reports unused names (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      // A promise nobody awaits or catches is how a save is lost without a word: always an error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Parsing untrusted JSON is checked by our own structure checkers, so `any` from JSON.parse is expected at the edge.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      // Lit binds event listeners in templates to the element, and our database modules hand out
      // functions that never read `this`: every report of this rule here was a false alarm.
      '@typescript-eslint/unbound-method': 'off',
      // Fastify route handlers and the database interface are async by contract, awaited or not.
      '@typescript-eslint/require-await': 'off',
      // Lit's host objects for pages are built from `this` on purpose (audit.ts).
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    // node:test runs describe() and it() itself: their promises are not ours to await.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] },
      ],
      // Tests feed the SDK junk on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // In the browser tests chai's Assertion is typed as thenable, so every expect() would be
    // reported; the async assertions there (accessible(), oneEvent) are awaited by review instead.
    files: ['test/components/**/*.ts', 'test/helpers/**/*.ts', 'test/types/**/*.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // Stories and the Storybook config are built by Storybook's own compiler, outside the tsconfig projects.
    files: ['stories/**/*.ts', '.storybook/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false, project: null } },
  },
  {
    // Benchmarks run with --expose-gc.
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { gc: 'readonly' } },
  },
);
