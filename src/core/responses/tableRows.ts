import type { TableCell, TableRow } from './answer'
import { cellEntryKey, type SubmissionContent, type SubmissionPatch } from './submission'

/**
 * The rows of a table question as stored, or `[]` when unanswered or of the wrong shape.
 *
 * @example
 *   tableRowsOf({ answers: { PhanMem: [{ Ten: 'eOffice' }] }, comments: {}, entries: {} }, 'PhanMem').length // => 1
 */
export function tableRowsOf(content: SubmissionContent, question: string): readonly TableRow[] {
  const value = content.answers[question]
  return Array.isArray(value)
    ? (value as readonly TableRow[]).filter((row) => typeof row === 'object' && row !== null)
    : []
}

/**
 * Adds an empty row at the end of a table.
 *
 * @example
 *   addTableRow(content, 'PhanMem').answers // => { PhanMem: [...rows, {}] }
 */
export function addTableRow(content: SubmissionContent, question: string): SubmissionPatch {
  return { answers: { [question]: [...tableRowsOf(content, question), {}] } }
}

/**
 * Sets one cell; `null` empties it. Any unreadable entry typed in that cell is dropped.
 *
 * @example
 *   setTableCell(content, 'PhanMem', 0, 'SoNguoiDung', 40)
 */
export function setTableCell(
  content: SubmissionContent,
  question: string,
  row: number,
  column: string,
  value: TableCell,
): SubmissionPatch {
  const rows = tableRowsOf(content, question).map((existing, index) => {
    if (index !== row) return existing
    const next: Record<string, TableCell> = { ...existing }
    if (value === null) delete next[column]
    else next[column] = value
    return next
  })
  const entryKey = cellEntryKey(question, row, column)
  return {
    answers: { [question]: rows },
    ...(content.entries[entryKey] !== undefined ? { entries: { [entryKey]: null } } : {}),
  }
}

/**
 * Removes a row; unreadable entries of later rows move up with their rows.
 *
 * @example
 *   removeTableRow(content, 'PhanMem', 0)
 */
export function removeTableRow(content: SubmissionContent, question: string, row: number): SubmissionPatch {
  const rows = tableRowsOf(content, question)
  const order = rows.map((_, index) => index).filter((index) => index !== row)
  return reorder(content, question, order)
}

/**
 * Moves a row up (`-1`) or down (`+1`); out-of-range moves change nothing.
 *
 * @example
 *   moveTableRow(content, 'PhanMem', 1, -1) // row 1 becomes row 0
 */
export function moveTableRow(
  content: SubmissionContent,
  question: string,
  row: number,
  offset: -1 | 1,
): SubmissionPatch {
  const rows = tableRowsOf(content, question)
  const target = row + offset
  if (row < 0 || row >= rows.length || target < 0 || target >= rows.length) return {}
  const order = rows.map((_, index) => index)
  order[row] = target
  order[target] = row
  return reorder(content, question, order)
}

/** New rows are the old rows at `order`; entry keys are rewritten to follow their rows. */
function reorder(content: SubmissionContent, question: string, order: readonly number[]): SubmissionPatch {
  const rows = tableRowsOf(content, question)
  const prefix = `${question}[`
  const entries: Record<string, string | null> = {}
  const moved: Record<string, string> = {}
  for (const [key, entry] of Object.entries(content.entries)) {
    if (!key.startsWith(prefix)) continue
    const match = /^\[(\d+)\]\.(.+)$/.exec(key.slice(question.length))
    if (match === null) continue
    entries[key] = null
    const newIndex = order.indexOf(Number(match[1]))
    if (newIndex >= 0) moved[cellEntryKey(question, newIndex, match[2] as string)] = entry
  }
  return {
    answers: { [question]: order.map((index) => rows[index] as TableRow) },
    entries: { ...entries, ...moved },
  }
}
