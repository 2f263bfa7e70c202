import { interpolateMessage } from '../shared/messages/interpolateMessage'
import enIssues from '../shared/messages/en/issues.json'
import viIssues from '../shared/messages/vi/issues.json'
import type { CliLanguage } from './cliLanguage'
import { cliMessages, type CliMessageKey } from './cliMessages'

/** Where the CLI writes; injected so tests capture output without spawning a process. */
export type CliIo = {
  readonly out: (line: string) => void
  readonly error: (line: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
}

/** What every command needs: output, the message catalogue and the file system. */
export type CliContext = {
  readonly io: CliIo
  readonly language: CliLanguage
  readonly version: string
  readonly say: (key: CliMessageKey, values?: Readonly<Record<string, unknown>>) => string
  /** A translated line for an issue object with a `code` (framework, iMeta, iData issues). */
  readonly describeIssue: (issue: { readonly code: string }) => string
}

/** Builds the context for one invocation. */
export function createCliContext(io: CliIo, language: CliLanguage, version: string): CliContext {
  const messages = cliMessages(language)
  const issues = language === 'en' ? enIssues : viIssues
  const catalogue: Readonly<Record<string, string>> = {
    ...issues.fileIssues,
    ...issues.frameworkIssues,
    ...issues.tableIssues,
  }
  return {
    io,
    language,
    version,
    say: (key, values = {}) => interpolateMessage(messages[key], values),
    describeIssue: (issue) => {
      const values = issue as Readonly<Record<string, unknown>>
      const template = catalogue[issue.code]
      const location =
        typeof values['sheet'] === 'string' &&
        typeof values['cell'] === 'string' &&
        !(template ?? '').includes('{{cell}}')
          ? interpolateMessage(issues.issueLocation, values)
          : ''
      return location + (template === undefined ? issue.code : interpolateMessage(template, values))
    },
  }
}
