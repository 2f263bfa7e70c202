import { err, ok, type Result } from '@core/result'
import type { AssessmentUnit } from './assessment'

/** Why a list of units could not be taken as it is; `row` is 1-based as in the file. */
export type UnitListIssue =
  | { readonly code: 'unit-list-empty' }
  | { readonly code: 'unit-list-too-long'; readonly maxUnits: number }
  | { readonly code: 'unit-code-missing'; readonly row: number }
  | { readonly code: 'unit-code-invalid'; readonly row: number; readonly unit: string }
  | { readonly code: 'unit-name-missing'; readonly row: number; readonly unit: string }
  | {
      readonly code: 'unit-code-duplicate'
      readonly row: number
      readonly unit: string
      readonly firstRow: number
    }

/** More units than any assessment has (a province has a few hundred). */
export const MAX_ASSESSMENT_UNITS = 5000
const MAX_CODE_LENGTH = 40
const MAX_NAME_LENGTH = 300

/** Header words, compared without diacritics and case. */
const HEADERS = {
  code: ['ma', 'ma don vi', 'ma dv', 'code', 'unit code', 'ucode'],
  name: ['ten', 'ten don vi', 'don vi', 'name', 'unit', 'unit name', 'uname'],
  group: ['nhom', 'nhom don vi', 'khoi', 'loai', 'group', 'unit group'],
} as const

type Columns = { readonly code: number; readonly name: number; readonly group: number | null }

/**
 * Reads a list of units (code, name, group) from the rows of a CSV file or the first sheet of a
 * workbook. A header row is recognised in Vietnamese or English ("Mã", "Tên đơn vị", "Nhóm";
 * "Code", "Name", "Group") in any column order; without one the columns are code, name, group.
 * Blank rows are skipped; every problem is reported at once with its row number.
 *
 * @example
 *   parseUnitList([['Mã', 'Tên đơn vị', 'Nhóm'], ['STC', 'Sở Tài chính', 'Sở, ban, ngành']])
 *   // => { ok: true, value: [{ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' }] }
 */
export function parseUnitList(
  rows: readonly (readonly unknown[])[],
): Result<AssessmentUnit[], UnitListIssue[]> {
  const firstIndex = rows.findIndex((row) => row.some((cell) => cellText(cell) !== ''))
  if (firstIndex === -1) return err([{ code: 'unit-list-empty' }])
  const header = headerColumns(rows[firstIndex] ?? [])
  const columns = header ?? { code: 0, name: 1, group: 2 }
  const start = header === null ? firstIndex : firstIndex + 1
  const units: AssessmentUnit[] = []
  const issues: UnitListIssue[] = []
  const seen = new Map<string, number>()
  for (let index = start; index < rows.length; index += 1) {
    const row = rows[index] ?? []
    if (row.every((cell) => cellText(cell) === '')) continue
    const parsed = readUnit(row, columns, index + 1, seen)
    if (parsed.ok) units.push(parsed.value)
    else issues.push(...parsed.error)
  }
  if (issues.length > 0) return err(issues)
  if (units.length === 0) return err([{ code: 'unit-list-empty' }])
  if (units.length > MAX_ASSESSMENT_UNITS)
    return err([{ code: 'unit-list-too-long', maxUnits: MAX_ASSESSMENT_UNITS }])
  return ok(units)
}

/**
 * Splits typed or pasted lines into rows for `parseUnitList`: cells are separated by a tab (as
 * pasted from Excel), else by `;` or `|` (names often hold commas, so a comma never separates).
 *
 * @example
 *   unitListRows('STC; Sở Tài chính; Sở, ban, ngành') // => [['STC', 'Sở Tài chính', 'Sở, ban, ngành']]
 */
export function unitListRows(text: string): string[][] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const separator = line.includes('\t') ? '\t' : line.includes(';') ? ';' : '|'
    return line.split(separator).map((cell) => cell.trim())
  })
}

function readUnit(
  row: readonly unknown[],
  columns: Columns,
  rowNumber: number,
  seen: Map<string, number>,
): Result<AssessmentUnit, UnitListIssue[]> {
  const code = cellText(row[columns.code]).normalize('NFC')
  const name = cellText(row[columns.name]).normalize('NFC').slice(0, MAX_NAME_LENGTH)
  const group =
    columns.group === null ? '' : cellText(row[columns.group]).normalize('NFC').slice(0, MAX_NAME_LENGTH)
  if (code === '') return err([{ code: 'unit-code-missing', row: rowNumber }])
  const issues: UnitListIssue[] = []
  if (code.length > MAX_CODE_LENGTH || /[\s\p{C}]/u.test(code))
    issues.push({ code: 'unit-code-invalid', row: rowNumber, unit: code.slice(0, MAX_CODE_LENGTH) })
  if (name === '') issues.push({ code: 'unit-name-missing', row: rowNumber, unit: code })
  const key = code.toLocaleUpperCase('vi')
  const firstRow = seen.get(key)
  if (firstRow !== undefined)
    issues.push({ code: 'unit-code-duplicate', row: rowNumber, unit: code, firstRow })
  else seen.set(key, rowNumber)
  return issues.length > 0 ? err(issues) : ok({ code, name, group })
}

function headerColumns(row: readonly unknown[]): Columns | null {
  const words = row.map((cell) => plainWords(cellText(cell)))
  const find = (candidates: readonly string[]) => words.findIndex((word) => candidates.includes(word))
  const code = find(HEADERS.code)
  const name = find(HEADERS.name)
  if (code === -1 || name === -1) return null
  const group = find(HEADERS.group)
  return { code, name, group: group === -1 ? null : group }
}

function cellText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim()
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell)
  return ''
}

/** "Tên đơn vị" → "ten don vi": lower case, no diacritics, single spaces. */
function plainWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
