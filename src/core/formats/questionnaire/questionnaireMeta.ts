import { err, ok, type Result } from '@core/result'
import type { CellValue, Sheet } from '@core/excel/sheetWorkbook'
import type { SpecCell } from '@core/excel/workbookSpec'
import { describeCell } from './answerCells'
import type { QuestionnaireIssue } from './questionnaireIssue'
import { META_KEYS, META_SHEET_ROW, QUESTIONNAIRE_TEMPLATE_KIND } from './questionnaireTemplate'

/**
 * The hidden `_meta` sheet of a questionnaire workbook. `unitCode`/`unitName` are empty in a
 * blank template meant for any unit (the unit types them on the instructions sheet).
 * `contentHash` is the hash of what the workbook held when it was written (`submissionContentHash`;
 * for a blank template, of no answers): a workbook filled in Excel afterwards has another content
 * hash, which is expected; the importer always recomputes the hash from the cells.
 *
 * @example
 *   const meta: QuestionnaireMeta = {
 *     templateVersion: 1, frameworkId: 'dept-ict-readiness', frameworkVersion: '2026.1', unitCode: 'SNV', unitName: 'Sở Nội vụ',
 *     year: 2026, appVersion: '0.1.0', exportedAt: '2026-03-01T08:00:00.000Z', contentHash: 'e3b0…',
 *   }
 */
export type QuestionnaireMeta = {
  readonly templateVersion: number
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly unitCode: string
  readonly unitName: string
  readonly year: number
  readonly appVersion: string
  readonly exportedAt: string
  readonly contentHash: string
}

/** A sheet listed in `_meta`: what it holds (a section's or a table question's code). */
export type MetaSheetEntry = {
  readonly name: string
  readonly kind: 'section' | 'table'
  readonly code: string
}

/**
 * The rows of `_meta`: `key | value`, then one `sheet | name | kind | code` row per sheet.
 *
 * @example
 *   metaRows(meta, [])[0] // => ['template', 'ict-index-workbench/questionnaire']
 */
export function metaRows(meta: QuestionnaireMeta, sheets: readonly MetaSheetEntry[]): SpecCell[][] {
  const values: Readonly<Record<(typeof META_KEYS)[number], string | number>> = {
    template: QUESTIONNAIRE_TEMPLATE_KIND,
    ...meta,
  }
  return [
    ...META_KEYS.map((key): SpecCell[] => [key, values[key]]),
    ...sheets.map((sheet): SpecCell[] => [META_SHEET_ROW, sheet.name, sheet.kind, sheet.code]),
  ]
}

/**
 * Reads `_meta` as any template version wrote it (`key | value` rows; unknown keys ignored, so
 * later versions may add rows). Checks the template kind and the shape of each known field;
 * whether the version is supported is the caller's business.
 *
 * @example
 *   const meta = readMeta(sheet)
 *   meta.ok && meta.value.templateVersion // => 1
 */
export function readMeta(sheet: Sheet): Result<QuestionnaireMeta, readonly QuestionnaireIssue[]> {
  const values = new Map<string, CellValue>()
  for (const row of sheet.rows) {
    const key = row[0]
    if (typeof key === 'string' && key !== META_SHEET_ROW && !values.has(key)) values.set(key, row[1] ?? null)
  }
  const template = values.get('template')
  if (template !== QUESTIONNAIRE_TEMPLATE_KIND)
    return err([{ code: 'not-a-questionnaire', found: describeCell(template) }])
  const issues: QuestionnaireIssue[] = []
  const text = (field: (typeof META_KEYS)[number], required: boolean): string => {
    const value = values.get(field)
    if (typeof value === 'string' && (value.trim() !== '' || !required)) return value.trim()
    if (typeof value === 'number') return String(value)
    if ((value === null || value === undefined) && !required) return ''
    issues.push({ code: 'invalid-meta', field, found: describeCell(value) })
    return ''
  }
  const integer = (field: 'templateVersion' | 'year'): number => {
    const value = values.get(field)
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && /^\d{1,6}$/.test(value.trim())
          ? Number(value.trim())
          : NaN
    if (Number.isInteger(number) && number >= 1) return number
    issues.push({ code: 'invalid-meta', field, found: describeCell(value) })
    return 0
  }
  const meta: QuestionnaireMeta = {
    templateVersion: integer('templateVersion'),
    frameworkId: text('frameworkId', true),
    frameworkVersion: text('frameworkVersion', true),
    unitCode: text('unitCode', false),
    unitName: text('unitName', false),
    year: integer('year'),
    appVersion: text('appVersion', false),
    exportedAt: text('exportedAt', false),
    contentHash: text('contentHash', false),
  }
  return issues.length > 0 ? err(issues) : ok(meta)
}
