import { formatCellAddress } from '@core/excel/cellAddress'
import { parseCellDate } from '@core/excel/cellDate'
import { restoreNeutralisedText } from '@core/excel/neutraliseFormulaText'
import type { PreparedSheet, PreparedValue } from '@core/excel/preparedWorkbook'
import { prepareWorkbookSpec } from '@core/excel/prepareWorkbookSpec'
import type { CellValue, Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import type { SheetSpec } from '@core/excel/workbookSpec'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { err, ok, type Result } from '@core/result'
import { SCORING_ENGINE_VERSION } from '@core/scoring/assessmentResult'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { answerSheets } from './answerSheets'
import { componentSheets } from './componentSheets'
import { indicatorSheets } from './indicatorSheets'
import { MANIFEST_LAYOUT, MANIFEST_SHEET } from './manifestSheet'
import { methodSheet } from './methodSheet'
import { readManifestSheet, type ManifestDamage } from './readManifestSheet'
import { REPORT_LABELS } from './reportLabels'
import {
  answersDigest,
  frameworkDigest,
  manifestScoringOptions,
  manifestUnits,
  resultsDigest,
  type ManifestDigests,
  type ResultsManifest,
} from './resultsManifest'
import type { ResultsReportInput } from './resultsReportInput'
import { summarySheet } from './summarySheet'

/** Relative tolerance for numbers: a re-saving program may round the last digits of a double. */
export const VERIFY_RELATIVE_TOLERANCE = 1e-9

/**
 * A cell's value as the difference shows it: dates as ISO text, formulas as `=…`, errors by code.
 *
 * @example
 *   const shown: ShownValue = 0.8654
 */
export type ShownValue = null | string | number | boolean

/**
 * One way a report does not follow from its manifest: a cell that differs from the recomputed one,
 * a sheet the report should have, a digest that is not the manifest's, an engine other than this
 * one, or a manifest that cannot be read (`cell` on the manifest sheet).
 *
 * @example
 *   const difference: ReportDifference = { kind: 'cell', sheet: 'Tổng hợp', cell: 'E7', expected: 0.81, found: 0.91 }
 */
export type ReportDifference =
  | {
      readonly kind: 'cell'
      readonly sheet: string
      readonly cell: string
      readonly expected: ShownValue
      readonly found: ShownValue
    }
  | { readonly kind: 'sheet-missing'; readonly sheet: string }
  | {
      readonly kind: 'digest'
      readonly digest: keyof ManifestDigests
      readonly sheet: string
      readonly cell: string
      readonly expected: string
      readonly found: string
    }
  | { readonly kind: 'engine-version'; readonly expected: number; readonly found: number }
  | ({ readonly kind: 'manifest-damaged'; readonly sheet: string } & ManifestDamage)

/**
 * What the manifest says the report is, for the verdict's heading.
 *
 * @example
 *   const about: VerifiedReport = { frameworkId: 'dept-ict-readiness', frameworkVersion: '2025.1', frameworkName: 'Bộ chỉ số…', year: 2026, units: 28, status: 'official', resultsVersion: null, publishedAt: null, operator: null, generatedAt: '2026-03-05T09:30:00Z', engineVersion: 1 }
 */
export type VerifiedReport = {
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly frameworkName: string
  readonly year: number
  readonly units: number
  readonly status: 'official' | 'provisional'
  readonly resultsVersion: number | null
  readonly publishedAt: string | null
  readonly operator: ResultsManifest['operator']
  readonly generatedAt: string
  readonly engineVersion: number
}

/**
 * The verdict: `differences` empty means the report matches (khớp).
 *
 * @example
 *   const outcome: VerifyOutcome = { report: null, differences: [] }
 */
export type VerifyOutcome = {
  /** `null` when the manifest could not be read. */
  readonly report: VerifiedReport | null
  readonly differences: readonly ReportDifference[]
  /** The sheets compared cell by cell, by name. */
  readonly sheetsCompared: readonly string[]
}

/**
 * Why a file cannot be verified at all: it is not a readable workbook (the reader's issues), or
 * it is a workbook without a results manifest.
 *
 * @example
 *   const problem: VerifyProblem = { code: 'not-a-results-report' }
 */
export type VerifyProblem =
  | { readonly code: 'unreadable-report'; readonly issues: readonly WorkbookReadIssue[] }
  | { readonly code: 'not-a-results-report' }

/**
 * Verifies a results report file: reads it (`readWorkbook`), then `verifyResultsReport`.
 *
 * @example
 *   const verdict = await verifyResultsReportFile(bytes)
 *   verdict.ok && verdict.value.differences.length === 0 // => the report matches
 */
export async function verifyResultsReportFile(
  bytes: Uint8Array,
): Promise<Result<VerifyOutcome, VerifyProblem>> {
  const workbook = await readWorkbook(bytes)
  if (!workbook.ok) return err({ code: 'unreadable-report', issues: workbook.error })
  return verifyResultsReport(workbook.value)
}

/**
 * Verifies a results report read from a file: takes the framework, the final answers, the
 * appraisals and last year's values from its manifest, recomputes every result with this engine,
 * rebuilds the sheets the numbers are on (Tổng hợp, each component's sheet, Số liệu gốc, Thẩm
 * định, the indicator sheets and Phương pháp) and compares them with the file cell by cell (numbers
 * within a relative 1e-9, everything else exactly); then checks the three digests. Pure; never
 * throws.
 *
 * @example
 *   const verdict = verifyResultsReport(workbook)
 *   verdict.ok && verdict.value.differences // => [] when nothing was edited
 */
export function verifyResultsReport(workbook: SheetWorkbook): Result<VerifyOutcome, VerifyProblem> {
  const read = readManifestSheet(workbook)
  if (read === null) return err({ code: 'not-a-results-report' })
  if (!read.ok)
    return ok({
      report: null,
      differences: [{ kind: 'manifest-damaged', sheet: MANIFEST_SHEET, ...read.error }],
      sheetsCompared: [],
    })
  const { manifest, framework, raw, stored } = read.value
  const differences: ReportDifference[] = []
  if (manifest.engineVersion !== SCORING_ENGINE_VERSION)
    differences.push({
      kind: 'engine-version',
      expected: SCORING_ENGINE_VERSION,
      found: manifest.engineVersion,
    })

  const units = manifestUnits(manifest)
  const result = computeAssessment(framework, units, manifestScoringOptions(manifest))
  const input: ResultsReportInput = {
    framework,
    result,
    units,
    year: manifest.year,
    appraisals: manifest.appraisals,
    previous: null,
    status: manifest.status,
    resultsVersion:
      manifest.resultsVersion === null
        ? null
        : { version: manifest.resultsVersion, digest: manifest.resultsDigest ?? '' },
    generatedAt: manifest.generatedAt,
    appVersion: manifest.appVersion,
    signature: manifest.signature,
  }
  const compared: SheetSpec[] = [
    summarySheet(input),
    ...componentSheets(input),
    ...answerSheets(input),
    ...indicatorSheets(input),
  ]
  const placeholders: SheetSpec[] = [
    ...(manifest.previousYear === null ? [] : [{ name: REPORT_LABELS.sheets.change, rows: [] }]),
    ...(manifest.charts === 0 ? [] : [{ name: REPORT_LABELS.sheets.charts, rows: [] }]),
  ]
  const method = methodSheet(input)
  const prepared = prepareWorkbookSpec({ sheets: [...compared, ...placeholders, method] })
  const expectedSheets = prepared.ok
    ? prepared.value.sheets.filter((sheet) => !placeholders.some((spec) => spec.name === sheet.requestedName))
    : []
  for (const expected of expectedSheets) {
    const found = workbook.sheets.find((sheet) => sheet.name === expected.name)
    if (found === undefined) differences.push({ kind: 'sheet-missing', sheet: expected.name })
    else compareSheet(expected, found, differences)
  }

  const actual: ManifestDigests = {
    framework: frameworkDigest(raw['framework']),
    answers: answersDigest({
      units: raw['units'],
      appraisals: raw['appraisals'],
      previousValues: raw['previousValues'],
    }),
    results: resultsDigest(result),
  }
  for (const digest of ['framework', 'answers', 'results'] as const)
    if (actual[digest] !== stored[digest])
      differences.push({
        kind: 'digest',
        digest,
        sheet: MANIFEST_SHEET,
        cell: `B${MANIFEST_LAYOUT.digestRows[digest]}`,
        expected: actual[digest],
        found: stored[digest],
      })

  return ok({
    report: {
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      frameworkName: framework.name.vi,
      year: manifest.year,
      units: units.length,
      status: manifest.status,
      resultsVersion: manifest.resultsVersion,
      publishedAt: manifest.publishedAt,
      operator: manifest.operator,
      generatedAt: manifest.generatedAt,
      engineVersion: manifest.engineVersion,
    },
    differences,
    sheetsCompared: expectedSheets.map((sheet) => sheet.name),
  })
}

function compareSheet(expected: PreparedSheet, found: Sheet, differences: ReportDifference[]): void {
  const grid: (PreparedValue | undefined)[][] = []
  for (const cell of expected.cells) (grid[cell.row - 1] ??= [])[cell.column - 1] = cell.value
  const rows = Math.max(grid.length, found.rows.length)
  for (let row = 0; row < rows; row += 1) {
    const expectedRow = grid[row] ?? []
    const foundRow = found.rows[row] ?? []
    const columns = Math.max(expectedRow.length, foundRow.length)
    for (let column = 0; column < columns; column += 1) {
      const want = expectedValue(expectedRow[column])
      const have = foundRow[column] ?? null
      if (!sameValue(want, have))
        differences.push({
          kind: 'cell',
          sheet: found.name,
          cell: formatCellAddress({ row: row + 1, column: column + 1 }),
          expected: shown(want),
          found: shown(have),
        })
    }
  }
}

type Expected = null | string | number | boolean | { readonly date: number; readonly iso: string }

function expectedValue(value: PreparedValue | undefined): Expected {
  if (value === undefined) return null
  switch (value.kind) {
    case 'empty':
      return null
    case 'text':
      return restoreNeutralisedText(value.text)
    case 'number':
    case 'boolean':
      return value.value
    case 'date': {
      const iso = new Date(value.utcMilliseconds).toISOString()
      return { date: value.utcMilliseconds, iso: value.hasTime ? iso.slice(0, 19) : iso.slice(0, 10) }
    }
    case 'formula':
      return `=${value.formula}`
  }
}

function sameValue(want: Expected, have: CellValue): boolean {
  const found = have === '' ? null : have
  if (want === null || typeof want === 'string' || typeof want === 'boolean') return want === found
  if (typeof want === 'number') {
    if (typeof found !== 'number') return false
    return (
      want === found ||
      Math.abs(want - found) <= VERIFY_RELATIVE_TOLERANCE * Math.max(Math.abs(want), Math.abs(found))
    )
  }
  if (found === null || typeof found !== 'object' || found.type !== 'date') return false
  return parseCellDate(found.iso)?.utcMilliseconds === want.date
}

function shown(value: Expected | CellValue): ShownValue {
  if (value === null || typeof value !== 'object') return value
  if ('date' in value) return value.iso
  if (value.type === 'date') return value.iso
  if (value.type === 'formula') return `=${value.formula}`
  return value.code
}
