import { readFile } from 'node:fs/promises'
import type { ReportDifference, ShownValue } from '@core/formats/results-report/verifyResultsReport'
import { verifyResultsReportFile } from '@core/formats/results-report/verifyResultsReport'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import type { ParsedOptions } from '../parseOptions'

/** The most differences printed one per line; the rest are counted. */
const MAX_LINES = 200

/**
 * `ictwb verify <report.xlsx>`: recomputes every result of a results report from the framework and
 * answers in its manifest and compares them with its sheets and digests (`verifyResultsReport`).
 * Prints `KHỚP` (`MATCH` in English) and exits 0, or one line per difference naming the sheet and
 * cell with the expected and found values and exits 1; a file that cannot be read or is not a
 * results report exits 2.
 */
export const verifyCommand: CliCommand = { options: {}, positionals: true, run: verifyReport }

async function verifyReport(options: ParsedOptions, context: CliContext): Promise<number> {
  const [file, extra] = options.positional
  if (file === undefined) {
    context.io.error(context.say('missingArgument', { argument: '<report.xlsx>' }))
    return 2
  }
  if (extra !== undefined) {
    context.io.error(context.say('extraArgument', { argument: extra }))
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    context.io.error(context.say('unreadableFile', { file, reason: (error as Error).message }))
    return 2
  }
  const verdict = await verifyResultsReportFile(bytes)
  if (!verdict.ok) {
    if (verdict.error.code === 'not-a-results-report')
      context.io.error(context.say('verifyNotAReport', { file }))
    else
      for (const issue of verdict.error.issues.slice(0, 5))
        context.io.error(context.say('workbookProblem', { file, problem: context.describeIssue(issue) }))
    return 2
  }
  const { differences } = verdict.value
  if (differences.length === 0) {
    context.io.out(context.say('verifyMatch'))
    return 0
  }
  context.io.out(context.say('verifyMismatch', { count: differences.length, file }))
  for (const difference of differences.slice(0, MAX_LINES))
    context.io.out(describeDifference(difference, context))
  if (differences.length > MAX_LINES)
    context.io.out(context.say('verifyMore', { count: differences.length - MAX_LINES }))
  return 1
}

/**
 * One difference as a line: `'Tổng hợp'!E9: expected 0.8123, found 0.9` (in the CLI's language).
 *
 * @example
 *   describeDifference({ kind: 'sheet-missing', sheet: 'HTKT' }, context) // => 'The sheet “HTKT” is missing.'
 */
export function describeDifference(difference: ReportDifference, context: CliContext): string {
  const where = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`
  switch (difference.kind) {
    case 'cell':
      return context.say('verifyCell', {
        where: where(difference.sheet, difference.cell),
        expected: shownValue(difference.expected, context),
        found: shownValue(difference.found, context),
      })
    case 'sheet-missing':
      return context.say('verifySheetMissing', { sheet: difference.sheet })
    case 'digest':
      return context.say('verifyDigest', {
        where: where(difference.sheet, difference.cell),
        digest: context.say(`verifyDigestName_${difference.digest}`),
        expected: difference.expected,
        found: difference.found,
      })
    case 'engine-version':
      return context.say('verifyEngine', { expected: difference.expected, found: difference.found })
    case 'manifest-damaged':
      return context.say('verifyManifestDamaged', {
        where: where(difference.sheet, difference.cell),
        reason: context.say(`verifyDamage_${difference.reason}`),
      })
  }
}

function shownValue(value: ShownValue, context: CliContext): string {
  if (value === null) return context.say('verifyEmpty')
  if (typeof value === 'string') return `“${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`
  return String(value)
}
