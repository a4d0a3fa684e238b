// Lint: TypeScript and Vue, recommended rules, nothing clever.
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

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
)
