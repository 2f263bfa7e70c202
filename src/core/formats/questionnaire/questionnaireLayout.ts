import type { Choice, Question, Section, TableColumn } from '@core/framework/framework'
import type { Framework } from '@core/framework/framework'
import { assignSheetNames } from '@core/excel/assignSheetNames'
import {
  ANSWER_ELSEWHERE,
  RELEVANCE_PREFIX,
  REQUIRED_MARK,
  SHEET_NAMES,
  TABLE_ROW_NUMBER_HEADING,
} from './questionnaireTemplate'

/** A table question. */
export type TableQuestion = Extract<Question, { type: 'table' }>
/** A single- or multi-choice question (option rows are written for multi-choice ones only). */
export type ChoiceQuestion = Extract<Question, { readonly choices: readonly Choice[] }>

/**
 * One row of a section sheet: a question, or one option of a multi-choice question (rows below
 * the question, one per choice). `code`, `text` and `unit` are the locked cells A–C; `answer`
 * says what the answer cell D holds: typed answer, or a fixed text because it is answered
 * elsewhere (a table sheet, attached files, the option rows).
 */
export type SectionRow =
  | {
      readonly kind: 'question'
      readonly question: Question
      readonly row: number
      readonly code: string
      readonly text: string
      readonly unit: string
      /** `null`: the answer is typed in D; otherwise the fixed text D shows. */
      readonly fixedAnswer: string | null
    }
  | {
      readonly kind: 'option'
      readonly question: ChoiceQuestion
      readonly choice: Choice
      readonly row: number
      readonly code: string
      readonly text: string
    }

/** A section's sheet: its name (final, valid and unique) and rows from row 2 (row 1 is the header). */
export type SectionSheetLayout = {
  readonly sheet: string
  readonly section: Section
  readonly rows: readonly SectionRow[]
}

/** A table question's sheet: header row 1 is `STT` then one heading per column. */
export type TableSheetLayout = {
  readonly sheet: string
  readonly question: TableQuestion
  readonly headings: readonly string[]
}

/**
 * Where everything of a framework's questionnaire workbook is (template version 1). Pure: the
 * writer lays the workbook out from it and the reader finds every cell through it, so both always
 * agree, and locked cells can be compared with what they must say.
 */
export type QuestionnaireLayout = {
  readonly instructionsSheet: string
  readonly sections: readonly SectionSheetLayout[]
  readonly tables: readonly TableSheetLayout[]
  readonly listsSheet: string
  readonly metaSheet: string
  /** Every sheet name in tab order. */
  readonly sheetNames: readonly string[]
}

/** Columns of a section sheet (1-based). */
export const SECTION_COLUMNS = { code: 1, text: 2, unit: 3, answer: 4, note: 5 } as const

/**
 * Lays out a framework's questionnaire workbook: instructions, one sheet per section (in framework
 * order; a section without questions still gets its sheet), one sheet per table question, the
 * hidden lists and `_meta`. Sheet names are `<section code> <title>` and `Bảng <question code>`,
 * made valid and unique by `assignSheetNames`, so the writer never renames them.
 *
 * @example
 *   layoutQuestionnaire(framework).sections[0]?.rows[0] // => { kind: 'question', row: 2, code: 'MayTinh', … }
 */
export function layoutQuestionnaire(
  framework: Pick<Framework, 'sections' | 'questions'>,
): QuestionnaireLayout {
  const known = layouts.get(framework)
  if (known !== undefined) return known
  const layout = computeLayout(framework)
  layouts.set(framework, layout)
  return layout
}

/** Frameworks are immutable: each one's layout is computed once (a bulk import reads hundreds of files of one framework). */
const layouts = new WeakMap<object, QuestionnaireLayout>()

function computeLayout(framework: Pick<Framework, 'sections' | 'questions'>): QuestionnaireLayout {
  const tableQuestions = framework.questions.filter(
    (question): question is TableQuestion => question.type === 'table',
  )
  const requested = [
    SHEET_NAMES.instructions,
    ...framework.sections.map((section) => `${section.code} ${section.title.vi}`),
    ...tableQuestions.map((question) => `Bảng ${question.code}`),
    SHEET_NAMES.lists,
    SHEET_NAMES.meta,
  ]
  const names = assignSheetNames(requested).map((entry) => entry.written)
  const nameAt = (index: number): string => names[index] ?? ''
  const tableSheetName = new Map(
    tableQuestions.map((question, index) => [question.code, nameAt(1 + framework.sections.length + index)]),
  )
  const sections = framework.sections.map((section, index): SectionSheetLayout => ({
    sheet: nameAt(1 + index),
    section,
    rows: sectionRows(
      framework.questions.filter((question) => question.section === section.code),
      tableSheetName,
    ),
  }))
  const tables = tableQuestions.map((question): TableSheetLayout => ({
    sheet: tableSheetName.get(question.code) ?? '',
    question,
    headings: [TABLE_ROW_NUMBER_HEADING, ...question.columns.map(columnHeading)],
  }))
  return {
    instructionsSheet: nameAt(0),
    sections,
    tables,
    listsSheet: nameAt(names.length - 2),
    metaSheet: nameAt(names.length - 1),
    sheetNames: names,
  }
}

function sectionRows(
  questions: readonly Question[],
  tableSheetName: ReadonlyMap<string, string>,
): SectionRow[] {
  const rows: SectionRow[] = []
  let row = 2
  for (const question of questions) {
    rows.push({
      kind: 'question',
      question,
      row,
      code: question.code,
      text: questionText(question),
      unit: unitText(question),
      fixedAnswer: fixedAnswer(question, tableSheetName),
    })
    row += 1
    if (question.type !== 'multi-choice') continue
    question.choices.forEach((choice, index) => {
      rows.push({
        kind: 'option',
        question,
        choice,
        row,
        code: `${question.code}.${index + 1}`,
        text: `– ${choiceLabels(question.choices)[index] ?? ''}`,
      })
      row += 1
    })
  }
  return rows
}

function fixedAnswer(question: Question, tableSheetName: ReadonlyMap<string, string>): string | null {
  if (question.type === 'table')
    return ANSWER_ELSEWHERE.table.replace('{sheet}', tableSheetName.get(question.code) ?? '')
  if (question.type === 'evidence') return ANSWER_ELSEWHERE.evidence
  if (question.type === 'multi-choice') return ANSWER_ELSEWHERE.multiChoice
  return null
}

/**
 * The text of column B: the question (Vietnamese), ` (*)` when required, then on new lines the
 * relevance condition and the help text.
 *
 * @example
 *   questionText({ text: { vi: 'Tổng số máy tính' }, required: true, … }) // => 'Tổng số máy tính (*)'
 */
export function questionText(question: Question): string {
  const lines = [`${question.text.vi}${question.required ? REQUIRED_MARK : ''}`]
  if (question.relevance !== undefined) lines.push(`${RELEVANCE_PREFIX}${question.relevance}`)
  if (question.help !== undefined) lines.push(question.help.vi)
  return lines.join('\n')
}

function unitText(question: Question): string {
  if (question.type === 'integer' || question.type === 'decimal' || question.type === 'percent') {
    return question.unit?.vi ?? (question.type === 'percent' ? '%' : '')
  }
  return ''
}

/**
 * A table column's heading: its text, ` (*)` when required, and the unit in brackets.
 *
 * @example
 *   columnHeading({ code: 'SoNguoiDung', text: { vi: 'Số người dùng' }, type: 'integer', required: true, unit: { vi: 'người' } })
 *   // => 'Số người dùng (*) [người]'
 */
export function columnHeading(column: TableColumn): string {
  const unit =
    'unit' in column && column.unit !== undefined
      ? ` [${column.unit.vi}]`
      : column.type === 'percent'
        ? ' [%]'
        : ''
  return `${column.text.vi}${column.required ? REQUIRED_MARK : ''}${unit}`
}

/**
 * The labels shown for choices, in order: the Vietnamese label, with the value in brackets when
 * two choices share a label (so every label maps back to exactly one value).
 *
 * @example
 *   choiceLabels([{ value: 'a', label: { vi: 'Khác' } }, { value: 'b', label: { vi: 'Khác' } }]) // => ['Khác (a)', 'Khác (b)']
 */
export function choiceLabels(choices: readonly Choice[]): readonly string[] {
  const counts = new Map<string, number>()
  for (const choice of choices) counts.set(choice.label.vi, (counts.get(choice.label.vi) ?? 0) + 1)
  return choices.map((choice) =>
    (counts.get(choice.label.vi) ?? 0) > 1 ? `${choice.label.vi} (${choice.value})` : choice.label.vi,
  )
}
