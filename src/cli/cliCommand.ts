import type { CliContext } from './cliContext'
import type { OptionSpec, ParsedOptions } from './parseOptions'

/**
 * One `ictwb` command: the options it reads (`runCli` parses them, adding `--lang` and `--help`)
 * and what it does with them, returning the exit code.
 */
export type CliCommand = {
  readonly options: OptionSpec
  /** Whether it takes positional arguments (a file, a framework id…); if not, one is refused. */
  readonly positionals: boolean
  readonly run: (options: ParsedOptions, context: CliContext) => Promise<number>
}
