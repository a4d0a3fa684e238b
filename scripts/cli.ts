/**
 * How every script in scripts/ reads its command line: Node's `parseArgs`, strict, so an unknown
 * option or a missing value is an error. `--help` (or `-h`) prints the script's usage line; a wrong
 * command line prints what is wrong and the usage line, and ends the script with exit code 2.
 *
 * Each script runs its command line only when it is the program Node was started with
 * (`if (import.meta.main)`, Node ≥ 24.2), so a test can import its functions without running it.
 */
import type { ParseArgsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'

/** Ends the script with a command-line error: the problem, then the usage line. */
export function usageError(problem: string, usage: string): never {
  console.error(`${problem}\n${usage}`)
  process.exit(2)
}

/** The script's command line (process.argv unless `config.args`), parsed by `config`, or the script ends as above. */
export function parseCommandLine<const T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  try {
    return parseArgs({ ...config, args }) as ReturnType<typeof parseArgs<T>>
  }
  catch (error) {
    return usageError((error as Error).message, usage)
  }
}
