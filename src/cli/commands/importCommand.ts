import { lstat, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AnswerExpectation } from '@core/formats/questionnaire/answerCells'
import { questionnaireIssueCodes } from '@core/formats/questionnaire/questionnaireIssue'
import { importOwnIssueCodes, type FileIssue, type FileOutcome } from '@core/import/importTypes'
import { createMemoryImportStore } from '@core/import/memoryImportStore'
import { runImportBatch, type BatchFile } from '@core/import/runImportBatch'
import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import { sha256Hex } from '@core/sha256'
import { folderEntryAction, WORKBOOK_FILE_EXTENSIONS } from '../../shared/folderScan'
import type { CliCommand } from '../cliCommand'
import type { CliContext } from '../cliContext'
import type { CliMessageKey } from '../cliI18n'
import { createNodeParsePool } from '../createNodeParsePool'
import { readImportState, writeImportState, type ParsingMark } from '../importState'
import { loadFrameworkArgument } from '../loadFrameworkArgument'
import { readUnitsFile } from '../readUnitsFile'
import type { OptionSpec, ParsedOptions } from '../parseOptions'
import { writeImportReport } from './writeImportReport'

const SPEC: OptionSpec = {
  '--framework': 'value',
  '--year': 'value',
  '--state': 'value',
  '--json': 'flag',
  '--out': 'value',
  '--units': 'value',
}
/** Levels of subfolders read below a folder named on the command line (5 levels with the folder itself). */
const MAX_FOLDER_DEPTH = 4

type ImportRequest = {
  readonly framework: ValidFramework
  readonly year: number | undefined
  readonly paths: readonly string[]
  readonly statePath: string | undefined
  readonly json: boolean
  /** `--out results.xlsx`: also write the results report of the versions in force. */
  readonly out: string | undefined
  /** `--units units.csv`: the expected units; files of any other unit are rejected. */
  readonly knownUnits: ReadonlySet<string> | undefined
}

/**
 * `ictwb import <files or folders...> --framework <id|file> [--year Y] [--state <file.json>] [--units <units.csv>] [--json]`:
 * reads questionnaire workbooks (folders: every `.xlsx` or `.zip` package inside, sorted, 5 levels deep) through the
 * same parser and import rules as the app, and prints one line per file:
 * `OK <file>`, `DUPLICATE <file>`, `CONFLICT <file> <unit>` or
 * `REJECTED <file> <code> [<sheet>!<cell>] <message>` (the first problem; the count of the others
 * follows). Without `--state`, duplicates and conflicts are judged among the files of this run
 * (the first version of a unit is OK); with it, the imports recorded there count too, and this
 * run's are added (the file is rewritten atomically). `--out results.xlsx` also writes the results
 * report of the versions in force (`writeImportReport`). `--units units.csv` (a `code` column, maybe
 * `name`) lists the expected units, as the app's assessment does: a file of another unit is
 * `unknown-unit`, one whose code only imitates a listed code (case, Cyrillic or Greek letters) is
 * `unit-code-lookalike`. Exit 0 when the batch ran, even with
 * rejects; 2 on bad usage.
 */
export const importCommand: CliCommand = { options: SPEC, positionals: true, run: importFiles }

async function importFiles(options: ParsedOptions, context: CliContext): Promise<number> {
  const request = await readRequest(options, context)
  if (!request.ok) {
    for (const line of request.error.lines) context.io.error(line)
    return request.error.exitCode
  }
  const { framework, year, statePath, json, out, knownUnits } = request.value
  const files = await collectFiles(request.value.paths)
  if (files.length === 0) {
    context.io.error(context.say('importNoFiles'))
    return 2
  }
  const initial = statePath === undefined ? undefined : await readImportState(statePath)
  if (initial !== undefined && !initial.ok) {
    context.io.error(context.say('importStateUnreadable', { file: statePath ?? '', reason: initial.error }))
    return 2
  }
  const store = createMemoryImportStore(initial?.value)
  const batch = {
    id: `cli-${Date.now()}`,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: year ?? null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    total: files.length,
  }
  // Marks left by a run that stopped while parsing: those files are suspects, not parsed again.
  const interruptedMarks = initial?.value.parsing ?? []
  const interrupted = new Set(interruptedMarks.map((mark) => mark.fingerprint))
  const inFlight: ParsingMark[] = []
  const save =
    statePath === undefined
      ? null
      : () =>
          writeImportState(statePath, { ...store.snapshot(), parsing: [...interruptedMarks, ...inFlight] })
  const pool = createNodeParsePool({
    framework,
    options: year === undefined ? {} : { year },
    ...parseLimitsOf(context.io.env),
  })
  let result: Awaited<ReturnType<typeof runImportBatch>>
  try {
    result = await runImportBatch({
      batch,
      files: files.map((file): BatchFile => ({ fileName: file.path, bytes: file.bytes })),
      parse: async (file) => {
        if (save === null) return pool.parse(file)
        const fingerprint = sha256Hex(file.bytes)
        if (interrupted.has(fingerprint))
          return {
            status: 'rejected',
            fileName: file.fileName,
            fingerprint,
            issues: [{ code: 'parse-interrupted' }],
          }
        inFlight.push({ fingerprint, fileName: file.fileName, at: new Date().toISOString() })
        await save()
        return pool.parse(file)
      },
      // One file at a time: a run that stops leaves at most one file marked "parsing".
      parseAhead: 1,
      store,
      now: () => new Date(),
      ...(knownUnits === undefined ? {} : { knownUnits }),
      onOutcome: (outcome: FileOutcome) => {
        const mark = inFlight.findIndex((candidate) => candidate.fileName === outcome.fileName)
        if (mark >= 0) inFlight.splice(mark, 1)
        if (!json) context.io.out(outcomeLine(outcome, context))
      },
    })
  } finally {
    pool.close()
  }
  if (save !== null) await save()
  const counts = { ok: 0, duplicate: 0, conflict: 0, rejected: 0 }
  for (const outcome of result.outcomes)
    counts[outcomeWord(outcome).toLowerCase() as keyof typeof counts] += 1
  if (json)
    context.io.out(
      JSON.stringify(
        {
          framework: { id: framework.id, version: framework.version },
          year: year ?? null,
          files: result.outcomes.map((outcome) => outcomeJson(outcome, context)),
          summary: counts,
        },
        null,
        2,
      ),
    )
  context.io.error(context.say('importSummary', { count: result.outcomes.length, ...counts }))
  if (out !== undefined)
    return writeImportReport(store.snapshot().submissions, framework, year ?? framework.year, out, context)
  return 0
}

async function readRequest(
  options: ParsedOptions,
  context: CliContext,
): Promise<Result<ImportRequest, { readonly lines: readonly string[]; readonly exitCode: 1 | 2 }>> {
  const usage = (line: string) => err({ lines: [line], exitCode: 2 as const })
  const { values, flags, positional } = options
  if (positional.length === 0)
    return usage(context.say('missingArgument', { argument: '<files or folders>' }))
  const frameworkArgument = values['--framework']
  if (frameworkArgument === undefined) return usage(context.say('missingOption', { option: '--framework' }))
  const yearText = values['--year']
  const year =
    yearText === undefined
      ? undefined
      : /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100
        ? Number(yearText)
        : null
  if (year === null)
    return usage(
      context.say('badOptionValue', { option: '--year', value: yearText ?? '', expected: '2000–2100' }),
    )
  const statePath = values['--state']
  if (statePath !== undefined && !statePath.toLowerCase().endsWith('.json'))
    return usage(context.say('unsupportedExtension', { file: statePath, expected: '.json' }))
  const framework = await loadFrameworkArgument(frameworkArgument, context)
  if (!framework.ok) return err(framework.error)
  const out = values['--out']
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx'))
    return usage(context.say('unsupportedExtension', { file: out, expected: '.xlsx' }))
  const unitsPath = values['--units']
  const knownUnits = unitsPath === undefined ? undefined : await readUnitsFile(unitsPath, context)
  if (knownUnits !== undefined && !knownUnits.ok) return usage(knownUnits.error)
  return ok({
    framework: framework.value,
    knownUnits: knownUnits?.value,
    year,
    paths: positional,
    statePath,
    json: flags.has('--json'),
    out,
  })
}

type CollectedFile = { readonly path: string; readonly bytes: () => Promise<Uint8Array> }

/** Files named directly, and every `.xlsx` (and `.zip` submission package) below folders (Excel's `~$` lock files and hidden files skipped), in a stable order. */
async function collectFiles(paths: readonly string[]): Promise<CollectedFile[]> {
  const files: CollectedFile[] = []
  const read = (path: string) => async () => new Uint8Array(await readFile(path))
  const walk = async (folder: string, depth: number): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (!entry.isDirectory() && !entry.isFile()) continue
      const action = folderEntryAction(entry.name, entry.isDirectory() ? 'directory' : 'file', depth, {
        extensions: WORKBOOK_FILE_EXTENSIONS,
        maxDepth: MAX_FOLDER_DEPTH,
      })
      if (action === 'descend') await walk(path, depth + 1)
      else if (action === 'take') files.push({ path, bytes: read(path) })
    }
  }
  for (const path of paths) {
    const info = await lstat(path).catch(() => null)
    if (info?.isDirectory() === true) await walk(path, 0)
    else files.push({ path, bytes: read(path) })
  }
  return files
}

/**
 * Test hooks, not documented to users: `ICTWB_PARSE_TIMEOUT_MS` and `ICTWB_PARSE_HEAP_MB` lower the
 * parse worker's limits, `ICTWB_PARSE_WORKER` names its script (tests run the CLI from its sources).
 */
function parseLimitsOf(env: Readonly<Record<string, string | undefined>>): {
  timeoutMs?: number
  heapMb?: number
  workerPath?: string
} {
  const positive = (text: string | undefined) =>
    text !== undefined && /^\d{1,7}$/.test(text) && Number(text) > 0 ? Number(text) : undefined
  const timeoutMs = positive(env['ICTWB_PARSE_TIMEOUT_MS'])
  const heapMb = positive(env['ICTWB_PARSE_HEAP_MB'])
  const workerPath = env['ICTWB_PARSE_WORKER']
  return {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(heapMb === undefined ? {} : { heapMb }),
    ...(workerPath === undefined || workerPath === '' ? {} : { workerPath }),
  }
}

function outcomeWord(outcome: FileOutcome): 'OK' | 'DUPLICATE' | 'CONFLICT' | 'REJECTED' {
  if (outcome.kind === 'imported') return 'OK'
  if (outcome.kind === 'duplicate') return 'DUPLICATE'
  if (outcome.kind === 'conflict') return 'CONFLICT'
  return 'REJECTED'
}

function outcomeLine(outcome: FileOutcome, context: CliContext): string {
  const word = outcomeWord(outcome)
  if (outcome.kind === 'conflict') return `${word} ${outcome.fileName} ${outcome.unitCode}`
  if (outcome.kind !== 'rejected' && outcome.kind !== 'failed') return `${word} ${outcome.fileName}`
  const issues: readonly FileIssue[] =
    outcome.kind === 'rejected'
      ? outcome.issues
      : [{ code: 'parse-crashed', message: outcome.reason.message }]
  const errors = issues.filter((issue) => issue.code !== 'missing-required' && issue.code !== 'check-failed')
  const first = errors[0] ?? issues[0]
  if (first === undefined) return `${word} ${outcome.fileName}`
  const place = locationOf(first)
  const more = errors.length > 1 ? ` ${context.say('importMoreIssues', { count: errors.length - 1 })}` : ''
  return `${word} ${outcome.fileName} ${first.code}${place === null ? '' : ` ${place}`} ${describeFileIssue(first, context)}${more}`
}

function outcomeJson(outcome: FileOutcome, context: CliContext) {
  const describe = (issue: FileIssue) => ({
    ...issue,
    location: locationOf(issue),
    message: describeFileIssue(issue, context),
  })
  const base = { file: outcome.fileName, outcome: outcomeWord(outcome) }
  if (outcome.kind === 'rejected') return { ...base, issues: outcome.issues.map(describe) }
  if (outcome.kind === 'failed')
    return { ...base, issues: [{ code: 'storage-failed', message: outcome.reason.message }] }
  return {
    ...base,
    unit: outcome.unitCode,
    unitName: outcome.unitName,
    submissionId: outcome.submissionId,
    ...(outcome.kind === 'imported' ? { warnings: outcome.warnings.map(describe) } : {}),
    ...(outcome.kind === 'conflict' ? { currentId: outcome.currentId } : {}),
  }
}

/** `Sheet!D4`, quoted as Excel quotes sheet names (`'HTKT Hạ tầng'!D4`); `null` without a cell. */
function locationOf(issue: FileIssue): string | null {
  if (!('sheet' in issue) || !('cell' in issue) || typeof issue.cell !== 'string') return null
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(issue.sheet)
    ? issue.sheet
    : `'${issue.sheet.replace(/'/g, "''")}'`
  return `${sheet}!${issue.cell}`
}

const QUESTIONNAIRE_CODES: ReadonlySet<string> = new Set([...questionnaireIssueCodes, ...importOwnIssueCodes])

/** The message of one file issue: the import's own catalogue, else the shared file-issue messages. */
export function describeFileIssue(issue: FileIssue, context: CliContext): string {
  if (!QUESTIONNAIRE_CODES.has(issue.code)) return context.describeIssue(issue)
  const values: Record<string, unknown> = { ...issue }
  if (issue.code === 'invalid-answer') {
    values['expected'] = describeExpectation(issue.expected, context)
    if (issue.problem === 'formula') return context.say('importIssueInvalidAnswerFormula', values)
    if (issue.problem === 'formula-shared-without-master')
      return context.say('importIssueInvalidAnswerFormulaSharedWithoutMaster', values)
    if (issue.problem === 'formula-array') return context.say('importIssueInvalidAnswerFormulaArray', values)
    if (issue.problem === 'formula-data-table')
      return context.say('importIssueInvalidAnswerFormulaDataTable', values)
    if (issue.problem === 'error-value') return context.say('importIssueInvalidAnswerErrorValue', values)
  }
  const countField = COUNT_FIELDS[issue.code]
  if (countField !== undefined) values['count'] = values[countField]
  if (issue.code === 'check-failed')
    values['message'] = context.language === 'en' ? (issue.message.en ?? issue.message.vi) : issue.message.vi
  return context.say(messageKey(issue.code), values)
}

/** The field whose number picks the plural form of an issue's message. */
const COUNT_FIELDS: Readonly<Record<string, string>> = {
  'invalid-note': 'maxLength',
  'too-many-rows': 'found',
  'too-few-rows': 'found',
  'parse-timeout': 'seconds',
  'evidence-too-many-files': 'maxFiles',
}

function messageKey(code: string): CliMessageKey {
  return `importIssue${code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}` as CliMessageKey
}

function describeExpectation(expected: AnswerExpectation, context: CliContext): string {
  const kinds: Partial<Record<AnswerExpectation['type'], CliMessageKey>> = {
    integer: 'importExpectInteger',
    decimal: 'importExpectDecimal',
    percent: 'importExpectPercent',
  }
  const kindKey = kinds[expected.type]
  if (kindKey !== undefined) {
    const kind = context.say(kindKey)
    if (expected.min !== undefined && expected.max !== undefined)
      return context.say('importExpectBetween', { kind, min: expected.min, max: expected.max })
    if (expected.min !== undefined) return context.say('importExpectAtLeast', { kind, min: expected.min })
    if (expected.max !== undefined) return context.say('importExpectAtMost', { kind, max: expected.max })
    return kind
  }
  if (expected.type === 'yes-no') return context.say('importExpectYesNo')
  if (expected.type === 'single-choice')
    return context.say('importExpectChoice', { choices: (expected.choices ?? []).join('; ') })
  if (expected.type === 'date') return context.say('importExpectDate')
  return context.say('importExpectText', { count: expected.maxLength ?? 4000 })
}
