import { formatCellAddress } from '@core/excel/cellAddress'
import type { Sheet } from '@core/excel/sheetWorkbook'
import type { AnswerValue } from '@core/responses/answer'
import { COMMENT_MAX_LENGTH } from '@core/responses/sanitizeText'
import { cellKindOf, describeCell, normaliseAnswerText, readAnswerCell, type CellKind } from './answerCells'
import type { QuestionnaireIssue } from './questionnaireIssue'
import { SECTION_COLUMNS, type SectionRow, type SectionSheetLayout } from './questionnaireLayout'
import { SECTION_HEADINGS } from './questionnaireTemplate'
import { cellAt, checkLockedCell } from './sheetCells'

/** Where a question's answer was read from, for warnings about it. */
export type AnswerLocation = { readonly sheet: string; readonly cell: string }

/** What one sheet gave: answers and notes by question code, where each answer cell is, and issues. */
export type SheetReading = {
  readonly answers: Map<string, AnswerValue>
  readonly comments: Map<string, string>
  readonly locations: Map<string, AnswerLocation>
  readonly issues: QuestionnaireIssue[]
}

/**
 * Reads a section sheet. Rows are found by their code in column A, so a row moved by someone who
 * unprotected the sheet is still read; the locked cells of each row (code, text, unit, fixed
 * answer text) and the header must say what the template wrote. Answers and notes are read with
 * `readAnswerCell`; every problem is collected.
 *
 * @example
 *   const reading = readSectionSheet(sheet, layout.sections[0])
 *   reading.answers.get('MayTinh') // => 120
 */
export function readSectionSheet(sheet: Sheet, layout: SectionSheetLayout): SheetReading {
  const reading: SheetReading = { answers: new Map(), comments: new Map(), locations: new Map(), issues: [] }
  SECTION_HEADINGS.forEach((heading, index) => checkLockedCell(sheet, 1, index + 1, heading, reading.issues))
  const rowsByCode = indexRows(sheet, layout, reading.issues)
  const chosen = new Map<string, { values: string[]; isAnswered: boolean }>()
  for (const row of layout.rows) {
    const at = rowsByCode.get(row.code)
    if (at === undefined) {
      reading.issues.push({ code: 'missing-question', sheet: sheet.name, question: row.code })
      continue
    }
    checkLockedCell(sheet, at, SECTION_COLUMNS.text, row.text, reading.issues)
    if (row.kind === 'option') {
      readOption(sheet, row, at, chosen, reading)
      continue
    }
    checkLockedCell(sheet, at, SECTION_COLUMNS.unit, row.unit, reading.issues)
    reading.locations.set(row.code, {
      sheet: sheet.name,
      cell: formatCellAddress({ row: at, column: SECTION_COLUMNS.answer }),
    })
    const kind = cellKindOf(row.question)
    if (kind === null) checkLockedCell(sheet, at, SECTION_COLUMNS.answer, row.fixedAnswer, reading.issues)
    else readAnswer(sheet, row.code, kind, at, reading)
    readNote(sheet, row.code, at, reading)
  }
  for (const [code, selection] of chosen)
    if (selection.isAnswered && selection.values.length > 0) reading.answers.set(code, selection.values)
  return reading
}

function indexRows(
  sheet: Sheet,
  layout: SectionSheetLayout,
  issues: QuestionnaireIssue[],
): Map<string, number> {
  const expected = new Set(layout.rows.map((row) => row.code))
  const rows = new Map<string, number>()
  for (let row = 2; row <= sheet.rows.length; row += 1) {
    const codeCell = cellAt(sheet, row, SECTION_COLUMNS.code)
    const code =
      typeof codeCell === 'string'
        ? codeCell.trim()
        : codeCell === null || codeCell === undefined
          ? ''
          : describeCell(codeCell)
    const cell = formatCellAddress({ row, column: SECTION_COLUMNS.code })
    if (code === '') {
      const typed = [SECTION_COLUMNS.answer, SECTION_COLUMNS.note].some((column) =>
        isFilled(cellAt(sheet, row, column)),
      )
      if (typed) issues.push({ code: 'unknown-question', sheet: sheet.name, cell, found: '' })
      continue
    }
    if (!expected.has(code)) issues.push({ code: 'unknown-question', sheet: sheet.name, cell, found: code })
    else if (rows.has(code))
      issues.push({ code: 'duplicate-question', sheet: sheet.name, cell, question: code })
    else rows.set(code, row)
  }
  return rows
}

function readAnswer(sheet: Sheet, code: string, kind: CellKind, row: number, reading: SheetReading): void {
  const cell = cellAt(sheet, row, SECTION_COLUMNS.answer)
  const read = readAnswerCell(kind, cell)
  if (!read.ok) {
    const address = formatCellAddress({ row, column: SECTION_COLUMNS.answer })
    reading.issues.push({
      code: 'invalid-answer',
      sheet: sheet.name,
      cell: address,
      question: code,
      problem: read.problem,
      expected: read.expected,
      found: describeCell(cell),
    })
  } else if (read.value !== null) reading.answers.set(code, read.value)
}

function readOption(
  sheet: Sheet,
  row: Extract<SectionRow, { kind: 'option' }>,
  at: number,
  chosen: Map<string, { values: string[]; isAnswered: boolean }>,
  reading: SheetReading,
): void {
  const selection = chosen.get(row.question.code) ?? { values: [], isAnswered: false }
  chosen.set(row.question.code, selection)
  const cell = cellAt(sheet, at, SECTION_COLUMNS.answer)
  const read = readAnswerCell({ type: 'yes-no' }, cell)
  if (!read.ok) {
    const address = formatCellAddress({ row: at, column: SECTION_COLUMNS.answer })
    reading.issues.push({
      code: 'invalid-answer',
      sheet: sheet.name,
      cell: address,
      question: row.question.code,
      problem: read.problem,
      expected: read.expected,
      found: describeCell(cell),
    })
    return
  }
  if (read.value === null) return
  selection.isAnswered = true
  if (read.value === true) selection.values.push(row.choice.value)
}

function readNote(sheet: Sheet, code: string, row: number, reading: SheetReading): void {
  const cell = cellAt(sheet, row, SECTION_COLUMNS.note)
  if (!isFilled(cell)) return
  const address = formatCellAddress({ row, column: SECTION_COLUMNS.note })
  const raw =
    typeof cell === 'string'
      ? cell
      : typeof cell === 'number'
        ? String(cell)
        : typeof cell === 'object' && cell?.type === 'date'
          ? cell.iso
          : null
  if (raw === null) {
    reading.issues.push({
      code: 'invalid-note',
      sheet: sheet.name,
      cell: address,
      question: code,
      maxLength: COMMENT_MAX_LENGTH,
      found: describeCell(cell),
    })
    return
  }
  const text = normaliseAnswerText(raw)
  if (text !== null && text.length > COMMENT_MAX_LENGTH) {
    reading.issues.push({
      code: 'invalid-note',
      sheet: sheet.name,
      cell: address,
      question: code,
      maxLength: COMMENT_MAX_LENGTH,
      found: describeCell(cell),
    })
  } else if (text !== null) reading.comments.set(code, text)
}

function isFilled(cell: unknown): boolean {
  return cell !== null && cell !== undefined && !(typeof cell === 'string' && cell.trim() === '')
}
