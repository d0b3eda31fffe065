// ESLint for gatehouse: typescript-eslint's recommended rules, plus the type-aware rules that catch real bugs in
// async code (a promise nobody awaits, a promise where a boolean is expected). Formatting is Prettier's business
// (eslint-config-prettier switches off every rule that would fight it).
import js from '@eslint/js';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Comments give their reason in their own words; a pointer to a document outside the repository helps no reader. */
const noOutsideReferences = {
  meta: { type: 'suggestion', docs: { description: 'comments must not cite documents outside the repository' }, schema: [] },
  create(context) {
    const outside =
      /design §|design\.md|\bissue \d+\b|graph-api(\.md)?\s*§|graph-api\.md|rule-catalog(\.md)?\b|report-formats\.md|reference\/[\w-]+\.md/i;
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const m = outside.exec(comment.value);
          if (m)
            context.report({
              loc: comment.loc,
              message: `Comment cites "${m[0]}", a document outside the repository: state the reason itself.`,
            });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'bundle/gatehouse.mjs',
      'node_modules/**',
      'reports/**',
      '.tmp/**',
      'coverage/**',
      'src/**/*.types.ts',
      'src/**/*.validators.ts',
      'src/**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', '*.cjs', 'bin/*.js', 'bench/*.mjs', 'bench/lib/*.mjs', 'scripts/*.mjs', 'scripts/lib/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { local: { rules: { 'no-outside-references': noOutsideReferences } } },
    rules: {
      'local/no-outside-references': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // The sanitisers exist to find control characters: matching them is the point.
      'no-control-regex': 'off',
    },
  },
  {
    // Type-aware rules where they pay: async mistakes, unhandled union members. (no-unnecessary-type-assertion was
    // tried: it removed 35 needless casts, and then flagged casts the compiler needs, so it is not kept on.)
    files: ['src/**/*.ts', 'rules/**/*.ts', 'test/**/*.ts', 'vitest.config.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },
  {
    // Tests read untyped JSON (Graph bodies, parsed reports) and say so with `any`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The report's own script runs in the reader's browser.
    files: ['templates/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
