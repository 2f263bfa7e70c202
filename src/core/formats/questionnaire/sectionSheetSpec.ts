import type { Answers } from '@core/responses/answer'
import type { DataValidationSpec, SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { cellKindOf, toAnswerCell } from './answerCells'
import { answerCellStyle, answerValidation } from './answerValidation'
import { fitColumnWidth } from './fitColumnWidth'
import { choiceLabels, type SectionSheetLayout } from './questionnaireLayout'
import { FILLS, SECTION_HEADINGS, YES_NO_LABELS } from './questionnaireTemplate'

/** What is written into the cells: answers, notes, and entries that were not readable yet. */
export type ContentToWrite = {
  readonly answers: Answers
  readonly comments: Readonly<Record<string, string>>
  /** `SubmissionContent.entries`: text typed in the app that is not a valid value yet. */
  readonly entries: Readonly<Record<string, string>>
}

/** Where the drop-down list of each choice question or column lives (`code` or `code.column`). */
export type ChoiceRanges = ReadonlyMap<string, { readonly sheet: string; readonly range: string }>

const LOCKED = { border: true, vertical: 'top' } as const
const HEADER = { header: true } as const

/**
 * The sheet of one section: header row (frozen), then per question its code, text, unit, answer
 * cell (unlocked, validated) and note cell (unlocked); multi-choice options on their own rows
 * with a Có/Không drop-down each. Protected without a password.
 *
 * @example
 *   sectionSheetSpec(layout.sections[0], content, choiceRanges).rows[0] // => the five headings
 */
export function sectionSheetSpec(
  layout: SectionSheetLayout,
  content: ContentToWrite,
  choiceRanges: ChoiceRanges,
): SheetSpec {
  const rows: SpecCell[][] = [SECTION_HEADINGS.map((heading) => ({ value: heading, style: HEADER }))]
  const validations: DataValidationSpec[] = []
  for (const row of layout.rows) {
    const address = `D${row.row}`
    if (row.kind === 'option') {
      const chosen = content.answers[row.question.code]
      const isAnswered = Array.isArray(chosen) && chosen.length > 0
      const value = isAnswered
        ? chosen.includes(row.choice.value)
          ? YES_NO_LABELS.yes
          : YES_NO_LABELS.no
        : null
      rows.push([
        { value: row.code, style: LOCKED },
        { value: row.text, style: { ...LOCKED, wrap: true } },
        { value: null, style: LOCKED },
        { value, style: answerCellStyle({ type: 'yes-no' }, FILLS.answer) },
        { value: null, style: { ...LOCKED, fill: FILLS.locked } },
      ])
      validations.push(answerValidation(address, { type: 'yes-no' }, null))
      continue
    }
    const question = row.question
    const note = {
      value: content.comments[question.code] ?? null,
      style: { locked: false, fill: FILLS.note, border: true, wrap: true, vertical: 'top' },
    } as const
    const kind = cellKindOf(question)
    const answer: SpecCell =
      kind === null
        ? { value: row.fixedAnswer, style: { ...LOCKED, italic: true, fill: FILLS.locked, wrap: true } }
        : {
            value: content.entries[question.code] ?? toAnswerCell(kind, content.answers[question.code]),
            style: answerCellStyle(kind, FILLS.answer),
          }
    if (kind !== null)
      validations.push(answerValidation(address, kind, choiceRanges.get(question.code) ?? null))
    rows.push([
      { value: row.code, style: LOCKED },
      { value: row.text, style: { ...LOCKED, wrap: true } },
      { value: row.unit, style: LOCKED },
      answer,
      note,
    ])
    validations.push({
      range: `E${row.row}`,
      rule: { kind: 'text-length', max: 2000 },
      error: { message: 'Ghi chú tối đa 2000 ký tự' },
    })
  }
  return {
    name: layout.sheet,
    columns: sectionColumns(layout),
    rows,
    validations,
    freeze: { rows: 1 },
    protection: { allow: ['formatColumns', 'formatRows'] },
  }
}

function sectionColumns(layout: SectionSheetLayout) {
  const answerTexts = layout.rows.flatMap((row) => {
    if (row.kind === 'option') return [YES_NO_LABELS.no]
    if (row.question.type === 'single-choice') return choiceLabels(row.question.choices)
    return row.fixedAnswer === null ? [] : [row.fixedAnswer]
  })
  return [
    { width: fitColumnWidth([SECTION_HEADINGS[0], ...layout.rows.map((row) => row.code)], 8, 24) },
    {
      width: fitColumnWidth([SECTION_HEADINGS[1], ...layout.rows.map((row) => row.text)], 30, 70),
      style: { wrap: true },
    },
    {
      width: fitColumnWidth(
        [SECTION_HEADINGS[2], ...layout.rows.map((row) => (row.kind === 'question' ? row.unit : ''))],
        10,
        18,
      ),
    },
    { width: fitColumnWidth([SECTION_HEADINGS[3], ...answerTexts], 16, 36) },
    { width: 36 },
  ]
}
