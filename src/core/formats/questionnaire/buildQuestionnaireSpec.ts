import type { Choice, Framework } from '@core/framework/framework'
import type { Answers } from '@core/responses/answer'
import { columnLetters } from '@core/excel/cellAddress'
import { DEFAULT_WORKBOOK_FONT } from '@core/excel/prepareWorkbookSpec'
import type { SheetSpec, SpecCell, WorkbookSpec } from '@core/excel/workbookSpec'
import { submissionContentHash } from './contentHash'
import { instructionsSheetSpec } from './instructionsSheetSpec'
import { choiceLabels, layoutQuestionnaire, type QuestionnaireLayout } from './questionnaireLayout'
import { metaRows, type MetaSheetEntry, type QuestionnaireMeta } from './questionnaireMeta'
import { CURRENT_TEMPLATE_VERSION } from './questionnaireTemplate'
import { sectionSheetSpec, type ChoiceRanges, type ContentToWrite } from './sectionSheetSpec'
import { tableSheetSpec } from './tableSheetSpec'

/**
 * What to write: the unit (`null` for a blank template any unit can fill in), the reporting year
 * (default: the framework's), the app version and the export time (ISO, from the caller's clock),
 * and the content (default: no answers).
 *
 * @example
 *   const options: QuestionnaireWorkbookOptions = { unit: { code: 'SNV', name: 'Sở Nội vụ' }, year: 2025, appVersion: '0.1.0', exportedAt: '2025-03-01T08:00:00.000Z' }
 */
export type QuestionnaireWorkbookOptions = {
  readonly unit: { readonly code: string; readonly name: string } | null
  readonly year?: number
  readonly appVersion: string
  readonly exportedAt: string
  readonly content?: {
    readonly answers: Answers
    readonly comments: Readonly<Record<string, string>>
    readonly entries?: Readonly<Record<string, string>>
  }
}

/**
 * The `WorkbookSpec` of a questionnaire workbook, template version 1 (docs/excel-template.md):
 * "Hướng dẫn", one sheet per section, one per table question, the hidden drop-down lists and the
 * hidden `_meta`. Pure; `writeQuestionnaireWorkbook` turns it into bytes.
 *
 * @example
 *   const spec = buildQuestionnaireSpec(framework, { unit: null, appVersion: '0.1.0', exportedAt: new Date().toISOString() })
 *   spec.sheets.map((sheet) => sheet.name) // => ['Hướng dẫn', 'HTKT Hạ tầng kỹ thuật', …, '_lists', '_meta']
 */
export function buildQuestionnaireSpec(
  framework: Framework,
  options: QuestionnaireWorkbookOptions,
): WorkbookSpec {
  const layout = layoutQuestionnaire(framework)
  const year = options.year ?? framework.year
  const unit = { code: options.unit?.code.trim() ?? '', name: options.unit?.name.trim() ?? '' }
  const content: ContentToWrite = {
    answers: options.content?.answers ?? {},
    comments: options.content?.comments ?? {},
    entries: options.content?.entries ?? {},
  }
  const lists = choiceLists(framework, layout)
  const meta: QuestionnaireMeta = {
    templateVersion: CURRENT_TEMPLATE_VERSION,
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    unitCode: unit.code,
    unitName: unit.name,
    year,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt,
    contentHash: submissionContentHash(
      framework,
      { unitCode: unit.code, frameworkId: framework.id, frameworkVersion: framework.version, year },
      { answers: content.answers, comments: content.comments },
    ),
  }
  const sheets: SheetSpec[] = [
    instructionsSheetSpec(framework, layout, unit, year),
    ...layout.sections.map((section) => sectionSheetSpec(section, content, lists.ranges)),
    ...layout.tables.map((table) => tableSheetSpec(table, content, lists.ranges)),
    { name: layout.listsSheet, state: 'hidden', rows: lists.rows, protection: {} },
    {
      name: layout.metaSheet,
      state: 'hidden',
      columns: [{ width: 18 }, { width: 70 }],
      rows: metaRows(meta, metaSheets(layout)),
      protection: {},
    },
  ]
  return {
    sheets,
    font: DEFAULT_WORKBOOK_FONT,
    properties: { creator: 'ICT Index Workbench', created: options.exportedAt },
  }
}

function metaSheets(layout: QuestionnaireLayout): MetaSheetEntry[] {
  return [
    ...layout.sections.map((section): MetaSheetEntry => ({
      name: section.sheet,
      kind: 'section',
      code: section.section.code,
    })),
    ...layout.tables.map((table): MetaSheetEntry => ({
      name: table.sheet,
      kind: 'table',
      code: table.question.code,
    })),
  ]
}

/**
 * The hidden lists sheet: one column per choice question or choice column of a table, holding
 * its labels, and where each list is (key `code` or `code.column`). The sheet is never empty
 * (Excel needs a cell), so a framework without choices gets one header cell.
 */
function choiceLists(
  framework: Framework,
  layout: QuestionnaireLayout,
): { readonly rows: SpecCell[][]; readonly ranges: ChoiceRanges } {
  const lists: { readonly key: string; readonly choices: readonly Choice[] }[] = []
  for (const question of framework.questions) {
    if (question.type === 'single-choice') lists.push({ key: question.code, choices: question.choices })
    if (question.type === 'table') {
      for (const column of question.columns)
        if (column.type === 'single-choice')
          lists.push({ key: `${question.code}.${column.code}`, choices: column.choices })
    }
  }
  const ranges = new Map<string, { readonly sheet: string; readonly range: string }>()
  const rows: SpecCell[][] = [lists.length === 0 ? ['—'] : lists.map((list) => list.key)]
  lists.forEach((list, index) => {
    const labels = choiceLabels(list.choices)
    const letter = columnLetters(index + 1)
    labels.forEach((label, row) => {
      const cells = rows[row + 1] ?? (rows[row + 1] = [])
      cells[index] = label
    })
    ranges.set(list.key, {
      sheet: layout.listsSheet,
      range: `${letter}2:${letter}${Math.max(2, labels.length + 1)}`,
    })
  })
  return { rows: rows.map((row) => Array.from(row, (cell) => cell ?? null)), ranges }
}
