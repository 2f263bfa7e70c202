import { pickCliLanguage } from './cliLanguage'
import { createCliContext, type CliContext, type CliIo } from './cliContext'
import { frameworkCheckCommand } from './commands/frameworkCheckCommand'
import { frameworkConvertCommand } from './commands/frameworkConvertCommand'
import { frameworksCommand } from './commands/frameworksCommand'
import { importCommand } from './commands/importCommand'
import { reportCommand } from './commands/reportCommand'
import { sampleCommand } from './commands/sampleCommand'
import { scoreCommand } from './commands/scoreCommand'
import { templateCommand } from './commands/templateCommand'

export type { CliIo } from './cliContext'

type Command = (args: readonly string[], context: CliContext) => Promise<number>

const COMMANDS: Readonly<Record<string, Command>> = {
  frameworks: frameworksCommand,
  'framework check': frameworkCheckCommand,
  'framework convert': frameworkConvertCommand,
  score: scoreCommand,
  report: reportCommand,
  sample: sampleCommand,
  template: templateCommand,
  import: importCommand,
}

/**
 * Runs one `ictwb` invocation and returns the exit code: 0 success, 1 the command found problems,
 * 2 bad usage or an unreadable file. Bad input produces one line per problem, never a stack trace.
 *
 * @example
 *   await runCli(['--help'], io, '0.1.0') // => 0, usage printed to io.out
 */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const languageIndex = argv.indexOf('--lang')
  const languageFlag = languageIndex >= 0 ? argv[languageIndex + 1] : undefined
  const context = createCliContext(io, pickCliLanguage(languageFlag, io.env), version)
  if (languageIndex >= 0 && languageFlag !== 'vi' && languageFlag !== 'en') {
    io.error(
      languageFlag === undefined
        ? context.say('missingValue', { option: '--lang' })
        : context.say('badLanguage', { value: languageFlag }),
    )
    return 2
  }
  const rest =
    languageIndex >= 0 ? [...argv.slice(0, languageIndex), ...argv.slice(languageIndex + 2)] : [...argv]
  const [first, second] = rest
  if (
    first === undefined ||
    first === 'help' ||
    first === '--help' ||
    first === '-h' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    io.out(context.say('usage'))
    return 0
  }
  if (first === 'version' || first === '--version') {
    io.out(version)
    return 0
  }
  const twoWord = `${first} ${second ?? ''}`
  const command = COMMANDS[twoWord] ?? COMMANDS[first]
  if (command === undefined || (first === 'framework' && COMMANDS[twoWord] === undefined)) {
    io.error(
      first.startsWith('-')
        ? context.say('unknownOption', { option: first })
        : context.say('unknownCommand', { command: first === 'framework' ? twoWord.trim() : first }),
    )
    io.error(context.say('seeHelp'))
    return 2
  }
  return command(rest.slice(COMMANDS[twoWord] ? 2 : 1), context)
}
