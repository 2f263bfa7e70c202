import type { ValidFramework } from '@core/framework/validateFramework'
import type { AnswerValue } from '@core/responses/answer'
import { compileQuestionnaire } from '@core/responses/questionnaire'
import { checkSubmission } from '@core/responses/validateAnswers'
import { err, ok, type Result } from '@core/result'
import type { Sheet, SheetWorkbook } from '@core/excel/sheetWorkbook'
import { submissionContentHash } from './contentHash'
import { normaliseContent, type WorkbookContent } from './normaliseContent'
import { isWarning, type QuestionnaireIssue } from './questionnaireIssue'
import { layoutQuestionnaire, type QuestionnaireLayout } from './questionnaireLayout'
import { readMeta, type QuestionnaireMeta } from './questionnaireMeta'
import { readSectionSheet, type AnswerLocation, type SheetReading } from './readSectionSheet'
import { readTableSheet } from './readTableSheet'
import { readUnit } from './readUnit'
import { SHEET_NAMES } from './questionnaireTemplate'
import { upgradeQuestionnaire } from './upgradeQuestionnaire'

/**
 * A questionnaire workbook read back: whose submission (unit, framework version, year), its
 * content in canonical form (`normaliseContent`), the content hash that makes imports idempotent,
 * and warnings that do not reject it (required answers missing, failed cross-field checks).
 *
 * `isUnchangedSinceExport` says whether the content is what the app wrote (the `_meta` hash
 * matches), i.e. the file was not filled or edited in a spreadsheet program afterwards.
 *
 * @example
 *   decoded.unit // => { code: 'SNV', name: 'Sở Nội vụ' }
 */
export type DecodedQuestionnaire = {
  readonly meta: QuestionnaireMeta
  readonly upgradedFrom: number | null
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly unit: { readonly code: string; readonly name: string }
  readonly content: WorkbookContent
  readonly contentHash: string
  readonly isUnchangedSinceExport: boolean
  readonly warnings: readonly QuestionnaireIssue[]
}

/** `year`: the reporting year the evaluator imports for; a workbook for another year is refused. */
export type ReadQuestionnaireOptions = { readonly year?: number }

/**
 * Maps a questionnaire workbook (any supported template version) back to a submission for
 * `framework`, collecting every problem at once with its sheet and cell: missing or foreign
 * `_meta`, newer template, other framework or year, missing, renamed or added sheets, merged
 * cells, edited locked cells, unknown or missing question rows, answers of the wrong type, out of range or not
 * in the choice list, formulas in answer cells, too many rows. Values saved by Excel, LibreOffice
 * and others are read as `readAnswerCell` describes. Pure; never throws on bad input.
 *
 * @example
 *   const read = readQuestionnaire(workbook, framework, { year: 2025 })
 *   if (!read.ok) read.error // => [{ code: 'invalid-answer', sheet: 'HTKT …', cell: 'D4', … }]
 */
export function readQuestionnaire(
  workbook: SheetWorkbook,
  framework: ValidFramework,
  options: ReadQuestionnaireOptions = {},
): Result<DecodedQuestionnaire, readonly QuestionnaireIssue[]> {
  const metaSheet = findSheet(workbook, SHEET_NAMES.meta)
  if (metaSheet === undefined) return err([{ code: 'missing-meta' }])
  const original = readMeta(metaSheet)
  if (!original.ok) return original
  const upgraded = upgradeQuestionnaire(workbook, original.value.templateVersion)
  if (!upgraded.ok) return upgraded
  const current = upgraded.value.workbook
  const meta =
    upgraded.value.upgradedFrom === null
      ? original
      : readMeta(findSheet(current, SHEET_NAMES.meta) ?? metaSheet)
  if (!meta.ok) return meta
  if (meta.value.frameworkId !== framework.id || meta.value.frameworkVersion !== framework.version) {
    return err([
      {
        code: 'framework-mismatch',
        expected: `${framework.id} ${framework.version}`,
        found: `${meta.value.frameworkId} ${meta.value.frameworkVersion}`,
      },
    ])
  }
  const issues: QuestionnaireIssue[] = []
  if (options.year !== undefined && meta.value.year !== options.year)
    issues.push({ code: 'year-mismatch', expected: options.year, found: meta.value.year })
  const layout = layoutQuestionnaire(framework)
  const sheets = matchSheets(current, layout, issues)
  const unit = readUnit(sheets.get(layout.instructionsSheet), framework, layout, meta.value, issues)
  const readings = [
    ...layout.sections.flatMap((section) =>
      readIfPresent(sheets.get(section.sheet), (sheet) => readSectionSheet(sheet, section)),
    ),
    ...layout.tables.flatMap((table) =>
      readIfPresent(sheets.get(table.sheet), (sheet) => readTableSheet(sheet, table)),
    ),
  ]
  for (const reading of readings) issues.push(...reading.issues)
  const content = normaliseContent(framework, collectContent(readings))
  const locations = new Map(readings.flatMap((reading) => [...reading.locations]))
  issues.push(...contentWarnings(framework, content, locations, issues))
  const errors = issues.filter((issue) => !isWarning(issue))
  if (errors.length > 0 || unit === null) return err([...errors, ...issues.filter(isWarning)])
  const identity = {
    unitCode: unit.code,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: meta.value.year,
  }
  const contentHash = submissionContentHash(framework, identity, content, { isNormalised: true })
  return ok({
    meta: meta.value,
    upgradedFrom: upgraded.value.upgradedFrom,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year: meta.value.year,
    unit,
    content,
    contentHash,
    isUnchangedSinceExport: contentHash === meta.value.contentHash,
    warnings: issues.filter(isWarning),
  })
}

function findSheet(workbook: SheetWorkbook, name: string): Sheet | undefined {
  return workbook.sheets.find((sheet) => sheet.name === name)
}

function matchSheets(
  workbook: SheetWorkbook,
  layout: QuestionnaireLayout,
  issues: QuestionnaireIssue[],
): Map<string, Sheet> {
  const found = new Map<string, Sheet>()
  for (const name of layout.sheetNames) {
    const sheet = findSheet(workbook, name)
    if (sheet === undefined) issues.push({ code: 'missing-sheet', sheet: name })
    else found.set(name, sheet)
    // The template merges no cells: a merge hides the cells it covers (they read as empty).
    for (const range of sheet?.merges ?? []) issues.push({ code: 'unexpected-merge', sheet: name, range })
  }
  for (const sheet of workbook.sheets)
    if (!layout.sheetNames.includes(sheet.name)) issues.push({ code: 'unexpected-sheet', sheet: sheet.name })
  return found
}

function readIfPresent(sheet: Sheet | undefined, read: (sheet: Sheet) => SheetReading): SheetReading[] {
  return sheet === undefined ? [] : [read(sheet)]
}

function collectContent(readings: readonly SheetReading[]): WorkbookContent {
  const answers: [string, AnswerValue][] = readings.flatMap((reading) => [...reading.answers])
  const comments: [string, string][] = readings.flatMap((reading) => [...reading.comments])
  return { answers: Object.fromEntries(answers), comments: Object.fromEntries(comments) }
}

/**
 * Required answers missing (questions asked per their relevance; evidence travels outside the
 * workbook) and failed cross-field checks, located at the answer cell. Nothing is reported when
 * the workbook already has errors for that question.
 */
function contentWarnings(
  framework: ValidFramework,
  content: WorkbookContent,
  locations: ReadonlyMap<string, AnswerLocation>,
  issues: readonly QuestionnaireIssue[],
): QuestionnaireIssue[] {
  const failed = new Set(issues.flatMap((issue) => ('question' in issue ? [issue.question] : [])))
  const check = checkSubmission(compileQuestionnaire(framework), {
    answers: content.answers,
    comments: {},
    entries: {},
  })
  const warnings: QuestionnaireIssue[] = []
  const evidence = new Set(
    framework.questions.filter((question) => question.type === 'evidence').map((question) => question.code),
  )
  for (const missing of check.missing) {
    const location = locations.get(missing.question)
    if (
      missing.row !== undefined ||
      evidence.has(missing.question) ||
      failed.has(missing.question) ||
      location === undefined
    )
      continue
    warnings.push({ code: 'missing-required', ...location, question: missing.question })
  }
  for (const problem of check.problems) {
    const location = locations.get(problem.question)
    if (problem.issue.code !== 'check-failed' || location === undefined) continue
    warnings.push({
      code: 'check-failed',
      ...location,
      question: problem.question,
      message: problem.issue.message,
    })
  }
  return warnings
}
