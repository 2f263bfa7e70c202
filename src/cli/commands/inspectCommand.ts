import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { InspectedFile, InspectProblem } from '@core/inspect/inspectedFile'
import { inspectFile } from '@core/inspect/inspectFile'
import type { FileIssue } from '@core/import/importTypes'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import type { CliMessageKey } from '../cliI18n'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import type { ParsedOptions } from '../parseOptions'
import { describeFileIssue } from './importCommand'

/** The reader issues printed under a damaged file; the rest are counted. */
const MAX_ISSUES = 5

/**
 * `ictwb inspect <file>… [--framework <id|file>] [--json]`: for each file, one line saying what
 * it is (`inspectFile`): kind, format version, framework id and version, year, unit or scope,
 * number of items, and whether its hash checks out. An unknown or damaged file gets its reason
 * (the reader's issues, translated) and makes the exit code 1; a file that cannot be read from
 * disk, 2. `--framework` adds a framework (besides the built-in ones) to check questionnaires
 * against; `--json` prints one document instead of lines.
 */
export const inspectCommand: CliCommand = {
  options: { '--json': 'flag', '--framework': 'value' },
  positionals: true,
  run: inspectFiles,
}

type FileReport =
  | ({ readonly file: string; readonly ok: true } & InspectedFile)
  | {
      readonly file: string
      readonly ok: false
      readonly problem: InspectProblem['code']
      readonly kind: string | null
      readonly reasons: readonly string[]
    }

async function inspectFiles(options: ParsedOptions, context: CliContext): Promise<number> {
  if (options.positional.length === 0) {
    context.io.error(context.say('missingArgument', { argument: '<file>' }))
    return 2
  }
  const frameworks: ValidFramework[] = []
  const frameworkArgument = options.values['--framework']
  if (frameworkArgument !== undefined) {
    const loaded = await loadFrameworkArgument(frameworkArgument, context)
    if (!loaded.ok) {
      for (const line of loaded.error.lines) context.io.error(line)
      return loaded.error.exitCode
    }
    frameworks.push(loaded.value)
  }
  const json = options.flags.has('--json')
  const reports: FileReport[] = []
  let exitCode = 0
  for (const file of options.positional) {
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await readFile(file))
    } catch (error) {
      context.io.error(context.say('unreadableFile', { file, reason: (error as Error).message }))
      exitCode = 2
      continue
    }
    const inspected = await inspectFile({ fileName: basename(file), bytes, frameworks })
    const report: FileReport = inspected.ok
      ? { file, ok: true, ...inspected.value }
      : {
          file,
          ok: false,
          problem: inspected.error.code,
          kind: 'kind' in inspected.error ? inspected.error.kind : null,
          reasons: problemLines(inspected.error, context),
        }
    if (!report.ok && exitCode === 0) exitCode = 1
    reports.push(report)
    if (json) continue
    if (report.ok) context.io.out(`${file}: ${describeInspected(report, context)}`)
    else {
      context.io.out(`${file}: ${report.reasons[0] ?? ''}`)
      for (const line of report.reasons.slice(1)) context.io.out(`  ${line}`)
    }
  }
  if (json) context.io.out(JSON.stringify({ files: reports }, null, 2))
  return exitCode
}

/**
 * What an inspected file is, in one line: `questionnaire (phiếu khảo sát) · định dạng 1 · bộ chỉ số
 * dept-ict-readiness 2025.1 · năm 2025 · SNV — Sở Nội vụ · 42 câu trả lời · mã băm: khớp`.
 *
 * @example
 *   describeInspected(about, context) // => 'backup (bản sao lưu) · định dạng 1 · …'
 */
export function describeInspected(about: InspectedFile, context: CliContext): string {
  const parts = [`${about.kind} (${context.say(`inspectKind_${about.kind}` as CliMessageKey)})`]
  parts.push(
    about.formatVersion === null
      ? context.say('inspectNoVersion')
      : context.say('inspectFormat', { version: about.formatVersion }),
  )
  if (about.frameworkId !== null || about.frameworkVersion !== null)
    parts.push(
      context.say('inspectFramework', {
        framework: [about.frameworkId, about.frameworkVersion].filter((part) => part !== null).join(' '),
      }),
    )
  if (about.year !== null) parts.push(context.say('inspectYear', { year: about.year }))
  if (about.scope === '') parts.push(context.say('inspectBlank'))
  else if (about.scope !== null) parts.push(about.scope)
  if (about.items !== null && about.itemUnit !== null)
    parts.push(context.say(`inspectItems_${about.itemUnit}` as CliMessageKey, { count: about.items }))
  const evidence = about.details['evidenceFiles']
  if (typeof evidence === 'number') parts.push(context.say('inspectEvidence', { count: evidence }))
  parts.push(context.say(`inspectHash_${about.hash}` as CliMessageKey))
  return parts.join(' · ')
}

function problemLines(problem: InspectProblem, context: CliContext): string[] {
  const kind = (value: string | null) =>
    value === null ? '' : `${value} (${context.say(`inspectKind_${value}` as CliMessageKey)}): `
  switch (problem.code) {
    case 'unknown-kind':
      return [context.say('inspectUnknown')]
    case 'newer-format':
      return [`${kind(problem.kind)}${context.say('inspectNewer', problem)}`]
    case 'hash-mismatch':
      return [`${kind(problem.kind)}${context.say('inspectMismatch', problem)}`]
    case 'unreadable': {
      const issues = problem.issues.slice(0, MAX_ISSUES).map((issue) =>
        // Questionnaire and package issues have the import's messages; the rest the shared ones.
        describeFileIssue(issue as FileIssue, context),
      )
      const more =
        problem.issues.length > MAX_ISSUES
          ? [context.say('inspectMoreIssues', { count: problem.issues.length - MAX_ISSUES })]
          : []
      return [`${kind(problem.kind)}${context.say('inspectDamaged')}`, ...issues, ...more]
    }
  }
}
