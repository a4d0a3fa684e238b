// Lint: TypeScript and Vue, recommended rules, and the deck's layering.
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

/**
 * Imports run one way: data → lib → components → slides. data/ holds records and imports only
 * data/; lib/ holds what ships to the browser beside them and imports data/; components/ (and the
 * layouts, setup and top-level .vue files that Slidev mounts) import lib/ and data/. Node-only
 * tooling lives in scripts/ and tests/, which the browser code never imports.
 */
const OURS = {
  lib: '(^|/)lib/',
  components: '(^|/)components/',
  tooling: '(^|/)(scripts|tests)/',
  node: '^node:',
}
const only = (...forbidden) => ['error', {
  patterns: forbidden.map(([regex, message]) => ({ regex, message })),
}]

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.e2e*/', '.cache/', 'exports/', 'screenshots/', '.scratch/', 'data/geo/'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // With verbatimModuleSyntax (tsconfig.json) a type imported without `type` is kept in the
      // JavaScript, and Node fails on it at run time; `eslint --fix` adds the keyword. A `typeof
      // import('…')` type is erased whatever the setting, so it stays allowed.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports', disallowTypeAnnotations: false }],
    },
  },
  // The layers, by folder (type-only imports count too: a type is a dependency as well).
  {
    files: ['data/**/*.ts'],
    rules: {
      'no-restricted-imports': only(
        [OURS.lib, 'data/ imports only data/: move the helper into data/, or the caller out of data/'],
        [OURS.components, 'data/ imports only data/: what a component knows belongs in components/'],
        [OURS.tooling, 'data/ ships to the browser: it cannot import scripts/ or tests/'],
        [OURS.node, 'data/ ships to the browser: no Node built-ins'],
      ),
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': only(
        [OURS.components, 'lib/ comes before components/: it may import data/, not components/'],
        [OURS.tooling, 'lib/ ships to the browser: Node-only tooling belongs in scripts/ or tests/'],
        [OURS.node, 'lib/ ships to the browser: no Node built-ins (Node-only code belongs in scripts/ or tests/)'],
      ),
    },
  },
  {
    files: ['components/**/*.{ts,vue}', 'layouts/**/*.vue', 'overrides/**/*.vue', 'setup/**/*.ts', 'styles/**/*.ts', '*.vue'],
    rules: {
      'no-restricted-imports': only(
        [OURS.tooling, 'browser code cannot import scripts/ or tests/'],
        [OURS.node, 'browser code: no Node built-ins'],
      ),
    },
  },
  // Files short enough to read in one sitting.
  {
    files: ['components/**/*.{ts,vue}', 'lib/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
)
