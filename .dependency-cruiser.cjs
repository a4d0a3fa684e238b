/**
 * Import rules that ESLint cannot check: no cycle, type-only imports included (a type is a
 * dependency as well), and the tooling's one-way rule. dependency-cruiser (`npm run lint`) reads
 * type imports too (tsPreCompilationDeps), in .ts and .vue files alike. It is the deck's one cycle
 * check: ESLint's import-x/no-cycle, which saw only value imports and only the code that ships,
 * found nothing this one does not, and took two thirds of ESLint's rule time.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No import cycle, type imports included: a cycle is a layer that runs both ways. Move what both files need into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tooling-one-way',
      severity: 'error',
      comment: 'tests/ may import scripts/, never the reverse: what a script needs from the tests belongs in scripts/.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'browser-never-compiles',
      severity: 'error',
      comment: 'The deck (components/, setup/, layouts/) reads compiled figure specs; it never imports the compiler or any other script.',
      from: { path: '^(components|setup|layouts)/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|exports|screenshots|\\.e2e[^/]*|\\.cache|\\.scratch)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.vue', '.js', '.json'] },
  },
}
