import { columnLetters } from '@core/excel/cellAddress'
import { cellEntryKey } from '@core/responses/submission'
import type { DataValidationSpec, SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { cellKindOf, toAnswerCell } from './answerCells'
import { answerCellStyle, answerValidation } from './answerValidation'
import { fitColumnWidth } from './fitColumnWidth'
import { choiceLabels, type TableSheetLayout } from './questionnaireLayout'
import { FILLS } from './questionnaireTemplate'
import type { ChoiceRanges, ContentToWrite } from './sectionSheetSpec'

/** Empty rows prepared below the filled ones when the question sets no `maxRows`. */
const SPARE_ROWS = 30
/** Prepared rows are never more than this, whatever `maxRows` says. */
const MAX_PREPARED_ROWS = 500

/**
 * The sheet of a table question: `STT` and one column per table column (typed, validated), the
 * filled rows then empty prepared rows (up to `maxRows`, else 30 spare, at least `minRows`), every
 * data cell unlocked. The header row is frozen; the sheet is protected without a password.
 *
 * @example
 *   tableSheetSpec(layout.tables[0], content, choiceRanges).rows[0] // => ['STT', 'Tên phần mềm (*)', …]
 */
export function tableSheetSpec(
  layout: TableSheetLayout,
  content: ContentToWrite,
  choiceRanges: ChoiceRanges,
): SheetSpec {
  const { question } = layout
  const value = content.answers[question.code]
  const filled = Array.isArray(value) ? (value as readonly unknown[]) : []
  const prepared = preparedRowCount(filled.length, question.minRows, question.maxRows)
  const rows: SpecCell[][] = [layout.headings.map((heading) => ({ value: heading, style: { header: true } }))]
  for (let index = 0; index < prepared; index += 1) {
    const row = filled[index]
    const cells: SpecCell[] = [
      { value: index + 1, style: { border: true, horizontal: 'center', fill: FILLS.locked } },
    ]
    for (const column of question.columns) {
      const kind = cellKindOf(column)
      const entry = content.entries[cellEntryKey(question.code, index, column.code)]
      const cell =
        typeof row === 'object' && row !== null && Object.hasOwn(row, column.code)
          ? (row as Record<string, unknown>)[column.code]
          : null
      cells.push({
        value: entry ?? (kind === null ? null : toAnswerCell(kind, cell)),
        style: kind === null ? { locked: false } : answerCellStyle(kind, FILLS.answer),
      })
    }
    rows.push(cells)
  }
  const validations: DataValidationSpec[] = question.columns.flatMap((column, index) => {
    const kind = cellKindOf(column)
    const letter = columnLetters(index + 2)
    return kind === null || prepared === 0
      ? []
      : [
          answerValidation(
            `${letter}2:${letter}${prepared + 1}`,
            kind,
            choiceRanges.get(`${question.code}.${column.code}`) ?? null,
          ),
        ]
  })
  return {
    name: layout.sheet,
    columns: [
      { width: 6 },
      ...question.columns.map((column, index) => {
        const kind = cellKindOf(column)
        const labels = kind?.type === 'single-choice' ? choiceLabels(kind.choices) : []
        const isText = column.type === 'text'
        return {
          width: fitColumnWidth([layout.headings[index + 1], ...labels], 12, isText ? 40 : 28),
          style: { wrap: true },
        }
      }),
    ],
    rows,
    validations,
    freeze: { rows: 1, columns: 1 },
    protection: { allow: ['formatColumns', 'formatRows'] },
  }
}

/**
 * How many data rows a table sheet prepares.
 *
 * @example
 *   preparedRowCount(3, undefined, 10) // => 10
 *   preparedRowCount(3, undefined, undefined) // => 33
 */
export function preparedRowCount(
  filled: number,
  minRows: number | undefined,
  maxRows: number | undefined,
): number {
  const wanted =
    maxRows !== undefined
      ? Math.min(maxRows, MAX_PREPARED_ROWS)
      : Math.min(filled + SPARE_ROWS, MAX_PREPARED_ROWS)
  return Math.max(wanted, filled, minRows ?? 0)
}
