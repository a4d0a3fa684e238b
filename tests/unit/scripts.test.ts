import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { DECK_ROOT } from '../../scripts/deck.ts'

const run = promisify(execFile)
const SCRIPTS = readdirSync(resolve(DECK_ROOT, 'scripts')).filter(name => name.endsWith('.ts')).sort()
/** The scripts with a command line (the others are modules the scripts share). */
const COMMANDS = ['bench-suite.ts', 'bench.ts', 'build-geodata.ts', 'build-single.ts', 'build.ts', 'export.ts', 'handouts.ts', 'screenshots.ts', 'serve.ts', 'test.ts']

// Node itself runs these, not Vitest, so `import.meta.main` is what it is for `npm run …`.
describe('the scripts, run by Node', () => {
  it('can all be imported without running: nothing printed, exit code 0', async () => {
    const imports = SCRIPTS.map(name => `await import(${JSON.stringify(pathToFileURL(resolve(DECK_ROOT, 'scripts', name)).href)})`).join('\n')
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '--eval', imports], { cwd: DECK_ROOT })
    expect({ stdout, stderr }).toEqual({ stdout: '', stderr: '' })
  }, 90_000)

  it.concurrent.each(COMMANDS)('%s refuses an unknown option with its usage line and exit code 2', async (name) => {
    const result = run(process.execPath, [resolve(DECK_ROOT, 'scripts', name), '--no-such-option'], { cwd: DECK_ROOT })
    await expect(result).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/--no-such-option[\s\S]*\nUsage: /) })
  }, 90_000)

  it.concurrent.each([
    { args: [], says: 'Say what to export: slides, clicks or notes' },
    { args: ['slides', 'pages'], says: 'not "pages"' },
    { args: ['notes', 'notes'], says: 'Name each export once, not "notes notes"' },
    { args: ['slides', 'notes', '--output', 'x.pdf'], says: '--output names one file' },
  ])('export.ts $args: "$says", with its usage line and exit code 2, before it starts anything', async ({ args, says }) => {
    const result = run(process.execPath, [resolve(DECK_ROOT, 'scripts/export.ts'), ...args], { cwd: DECK_ROOT })
    await expect(result).rejects.toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining(says) })
    await expect(result).rejects.toMatchObject({ stderr: expect.stringMatching(/\nUsage: /) })
  }, 90_000)
})
