import type { CliCommand } from './cliCommand'
import { pickCliLanguage } from './cliLanguage'
import { createCliContext, type CliContext, type CliIo } from './cliContext'
import { compareCommand } from './commands/compareCommand'
import { frameworkCheckCommand } from './commands/frameworkCheckCommand'
import { frameworkConvertCommand } from './commands/frameworkConvertCommand'
import { frameworksCommand } from './commands/frameworksCommand'
import { importCommand } from './commands/importCommand'
import { reportCommand } from './commands/reportCommand'
import { sampleCommand } from './commands/sampleCommand'
import { scoreCommand } from './commands/scoreCommand'
import { sensitivityCommand } from './commands/sensitivityCommand'
import { templateCommand } from './commands/templateCommand'
import { verifyCommand } from './commands/verifyCommand'
import { parseOptions, scanOptions, type OptionError, type OptionSpec } from './parseOptions'

export type { CliIo } from './cliContext'

const COMMANDS: Readonly<Record<string, CliCommand>> = {
  frameworks: frameworksCommand,
  'framework check': frameworkCheckCommand,
  'framework convert': frameworkConvertCommand,
  score: scoreCommand,
  report: reportCommand,
  sample: sampleCommand,
  template: templateCommand,
  import: importCommand,
  compare: compareCommand,
  verify: verifyCommand,
  sensitivity: sensitivityCommand,
}

/** Options every command accepts, wherever they stand among its own. */
const COMMON_OPTIONS: OptionSpec = { '--lang': 'value', '--help': 'flag' }
/** Options that may come before the command. */
const LEADING_OPTIONS: OptionSpec = { ...COMMON_OPTIONS, '--version': 'flag' }

/**
 * Runs one `ictwb` invocation and returns the exit code: 0 success, 1 the command found problems,
 * 2 bad usage or an unreadable file. Bad input produces one line per problem, never a stack trace.
 *
 * Options are parsed by `node:util` `parseArgs` (`parseOptions`): `--` ends them, and `--help`/`-h`
 * or `--lang` count only where they stand as options — not as another option's value
 * (`--out --help` is a missing value), not after `--`. A bad `--lang` is reported first, then
 * `--help` wins over any other mistake.
 *
 * @example
 *   await runCli(['--help'], io, '0.1.0') // => 0, usage printed to io.out
 */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const line = splitCommandLine(argv)
  const command = COMMANDS[line.name]
  const restSpec: OptionSpec = { ...(command?.options ?? {}), ...COMMON_OPTIONS }
  const leading = scanOptions(line.leading, LEADING_OPTIONS)
  const rest = scanOptions(line.rest, restSpec)
  const languageTokens = [...leading.tokens, ...rest.tokens].filter(
    (token) => token.kind === 'option' && token.name === 'lang',
  )
  const languageFlag = rest.values['--lang'] ?? leading.values['--lang']
  const context = createCliContext(io, pickCliLanguage(languageFlag, io.env), version)
  const fail = (error: OptionError) => {
    io.error(context.say(error.key, error))
    return 2
  }
  if (languageTokens.length > 0) {
    const missing = languageTokens.some(
      (token) =>
        token.kind === 'option' &&
        (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))),
    )
    if (missing) return fail({ key: 'missingValue', option: '--lang' })
    if (languageFlag !== 'vi' && languageFlag !== 'en') {
      io.error(context.say('badLanguage', { value: languageFlag ?? '' }))
      return 2
    }
  }
  if (leading.flags.has('--help') || rest.flags.has('--help')) {
    io.out(context.say('usage'))
    return 0
  }
  const leadingParsed = parseOptions(line.leading, LEADING_OPTIONS, { positionals: false })
  if (!leadingParsed.ok) return withHint(fail(leadingParsed.error), context)
  if (line.name === 'version' || leadingParsed.value.flags.has('--version')) {
    io.out(version)
    return 0
  }
  if (line.name === '' || line.name === 'help') {
    io.out(context.say('usage'))
    return 0
  }
  if (command === undefined) {
    io.error(context.say('unknownCommand', { command: line.name }))
    return withHint(2, context)
  }
  const parsed = parseOptions(line.rest, restSpec, { positionals: command.positionals })
  if (!parsed.ok) return fail(parsed.error)
  const values = { ...parsed.value.values }
  delete values['--lang']
  const flags = new Set(parsed.value.flags)
  flags.delete('--help')
  return command.run({ positional: parsed.value.positional, values, flags }, context)
}

function withHint(code: number, context: CliContext): number {
  context.io.error(context.say('seeHelp'))
  return code
}

type CommandLine = {
  /** The arguments before the command's name (only `--lang`, `--help`, `--version` belong there). */
  readonly leading: readonly string[]
  /** `score`, `framework check`…; '' when none was given. */
  readonly name: string
  /** The arguments after the name: the command's options and positionals. */
  readonly rest: readonly string[]
}

/**
 * Finds the command's name: the first positional argument (two for `framework check|convert`),
 * skipping the leading options and their values.
 */
function splitCommandLine(argv: readonly string[]): CommandLine {
  const positions = scanOptions(argv, LEADING_OPTIONS)
    .tokens.filter((token) => token.kind === 'positional')
    .map((token) => token.index)
  const first = positions[0]
  if (first === undefined) return { leading: argv, name: '', rest: [] }
  const second = positions[1]
  if (argv[first] === 'framework' && second !== undefined)
    return {
      leading: argv.slice(0, first),
      name: `framework ${argv[second]}`,
      rest: [...argv.slice(first + 1, second), ...argv.slice(second + 1)],
    }
  return { leading: argv.slice(0, first), name: argv[first] ?? '', rest: argv.slice(first + 1) }
}
