import enIssues from '../shared/messages/en/issues.json'
import { CLI_LOCALES, cliI18n, messageValues, type CliMessageKey } from './cliI18n'
import type { CliLanguage } from './cliLanguage'

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
  /** A translated message; a numeric `count` picks its plural form. */
  readonly say: (key: CliMessageKey, values?: Readonly<Record<string, unknown>>) => string
  /** A translated line for an issue object with a `code` (framework, iMeta, iData issues). */
  readonly describeIssue: (issue: { readonly code: string }) => string
}

/** The sections of issues.json, the later winning when two hold the same code (as before). */
const ISSUE_SECTIONS = [
  'tableIssues',
  'frameworkIssues',
  'fileIssues',
  'lineageIssues',
  'councilIssues',
  'roundIssues',
] as const

/** Builds the context for one invocation, on the CLI's i18next instance. */
export function createCliContext(io: CliIo, language: CliLanguage, version: string): CliContext {
  const i18n = cliI18n()
  const t = i18n.getFixedT(CLI_LOCALES[language])
  // Values go in `replace`, so an issue's fields (`lng`, `context`…) are never read as options.
  const translate = (key: string, values: Readonly<Record<string, unknown>>): string => {
    const count = values['count']
    return String(
      t(key, {
        replace: messageValues(values),
        joinArrays: '\n',
        ...(typeof count === 'number' ? { count } : {}),
      }),
    )
  }
  return {
    io,
    language,
    version,
    say: (key, values = {}) => translate(`cli:${key}`, values),
    describeIssue: (issue) => {
      const values = placedValues(issue as Readonly<Record<string, unknown>>, (key, place) =>
        translate(`issues:${key}`, place),
      )
      const section = ISSUE_SECTIONS.find((name) => Object.hasOwn(enIssues[name], issue.code))
      const key = section === undefined ? undefined : `issues:${section}.${issue.code}`
      const template =
        key === undefined
          ? ''
          : String(i18n.getResource(CLI_LOCALES[language], 'issues', `${section}.${issue.code}`) ?? '')
      const location =
        typeof values['sheet'] === 'string' &&
        typeof values['cell'] === 'string' &&
        !template.includes('{{cell}}')
          ? translate('issues:issueLocation', values)
          : ''
      return location + (key === undefined ? issue.code : translate(key, values))
    },
  }
}

/**
 * An issue's values with its `path` said where a person finds it: the table row, its code and
 * column for a framework read from an iMeta table ("Dòng 4 (Ship), cột Weight"), the node's code
 * beside a JSON path (`indicators[2].weight (Ship)`).
 */
function placedValues(
  values: Readonly<Record<string, unknown>>,
  say: (key: 'tableLocation' | 'tableRowLocation', place: Readonly<Record<string, unknown>>) => string,
): Readonly<Record<string, unknown>> {
  if (typeof values['tableRow'] === 'number')
    return {
      ...values,
      path: say(values['tableColumn'] === undefined ? 'tableRowLocation' : 'tableLocation', values),
    }
  if (typeof values['nodeCode'] === 'string' && typeof values['path'] === 'string')
    return { ...values, path: `${values['path']} (${values['nodeCode']})` }
  return values
}
