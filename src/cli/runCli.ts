import { pickCliLanguage } from './cliLanguage'
import { cliMessages } from './cliMessages'

/** Where the CLI writes; injected so tests capture output without spawning a process. */
export type CliIo = {
  readonly out: (line: string) => void
  readonly error: (line: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Runs one `ictwb` invocation and returns the exit code: 0 success, 1 the command found problems,
 * 2 bad usage. Bad input produces one line per problem, never a stack trace.
 *
 * @example
 *   await runCli(['--help'], io) // => 0, usage printed to io.out
 */
export async function runCli(argv: readonly string[], io: CliIo, version: string): Promise<number> {
  const languageIndex = argv.indexOf('--lang')
  const languageFlag = languageIndex >= 0 ? argv[languageIndex + 1] : undefined
  const messages = cliMessages(pickCliLanguage(languageFlag, io.env))
  if (languageIndex >= 0 && languageFlag !== 'vi' && languageFlag !== 'en') {
    io.error(languageFlag === undefined ? messages.missingValue('--lang') : messages.badLanguage(languageFlag))
    return 2
  }
  const rest = languageIndex >= 0 ? [...argv.slice(0, languageIndex), ...argv.slice(languageIndex + 2)] : [...argv]
  const [command, ...args] = rest
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(messages.usage)
    return 0
  }
  if (command === 'version' || command === '--version') {
    io.out(version)
    return 0
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(messages.usage)
    return 0
  }
  io.error(command.startsWith('-') ? messages.unknownOption(command) : messages.unknownCommand(command))
  io.error(messages.seeHelp)
  return 2
}
