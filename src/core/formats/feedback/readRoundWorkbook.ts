import type { z } from 'zod'
import { formatCellAddress } from '@core/excel/cellAddress'
import type { CellValue, SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { err, ok, type Result } from '@core/result'
import type { RoundFileKind, RoundIssue } from './roundIssue'
import {
  notOfKind,
  readRoundManifest,
  ROUND_MANIFEST_SHEET,
  roundContentHash,
  type RoundManifest,
} from './roundManifest'

/** A round workbook read back and checked: its manifest and its content. */
export type RoundWorkbook<Content> = { readonly manifest: RoundManifest; readonly content: Content }

/**
 * Reads a feedback or response workbook the app wrote, collecting every problem: not a round
 * file (no manifest sheet), the other kind, a newer format, damaged manifest fields or content
 * (checked by `schema`), a formula in any cell, a content hash that does not match, and any
 * visible sheet missing, added or with a cell that differs from what the content says
 * (`visibleSheets` rebuilds them exactly as the writer did): a package edited in a spreadsheet
 * program is refused, not half-read.
 *
 * @example
 *   const read = readRoundWorkbook(workbook, 'feedback', feedbackContentSchema, feedbackSheets)
 */
export function readRoundWorkbook<Content>(
  workbook: SheetWorkbook,
  kind: RoundFileKind,
  schema: z.ZodType<Content>,
  visibleSheets: (manifest: RoundManifest, content: Content) => readonly SheetSpec[],
): Result<RoundWorkbook<Content>, readonly RoundIssue[]> {
  const sheet = workbook.sheets.find((candidate) => candidate.name === ROUND_MANIFEST_SHEET)
  const read = sheet === undefined ? null : readRoundManifest(sheet, kind)
  if (read === null) return err([notOfKind(kind, false)])
  if (!read.ok) return read
  const issues: RoundIssue[] = []
  for (const candidate of workbook.sheets)
    candidate.rows.forEach((row, rowIndex) =>
      row.forEach((cell, columnIndex) => {
        if (cell !== null && typeof cell === 'object' && cell.type === 'formula')
          issues.push({
            code: 'round-formula-cell',
            sheet: candidate.name,
            cell: formatCellAddress({ row: rowIndex + 1, column: columnIndex + 1 }),
          })
      }),
    )
  const parsed = schema.safeParse(read.value.content)
  if (!parsed.success) return err([...issues, { code: 'round-damaged-manifest', field: 'content' }])
  const { manifest } = read.value
  const content = parsed.data
  if (roundContentHash(manifest, content) !== manifest.contentHash)
    issues.push({ code: 'round-hash-mismatch', kind })
  const expected = visibleSheets(manifest, content)
  const names = new Set(expected.map((spec) => spec.name))
  for (const spec of expected) {
    const found = workbook.sheets.find((candidate) => candidate.name === spec.name)
    if (found === undefined) {
      issues.push({ code: 'round-missing-sheet', sheet: spec.name })
      continue
    }
    const rows = Math.max(spec.rows.length, found.rows.length)
    for (let rowIndex = 0; rowIndex < rows; rowIndex += 1) {
      const want = spec.rows[rowIndex] ?? []
      const have = found.rows[rowIndex] ?? []
      for (let columnIndex = 0; columnIndex < Math.max(want.length, have.length); columnIndex += 1)
        if (!sameCell(want[columnIndex] ?? null, have[columnIndex] ?? null))
          issues.push({
            code: 'round-edited-cell',
            sheet: spec.name,
            cell: formatCellAddress({ row: rowIndex + 1, column: columnIndex + 1 }),
          })
    }
  }
  for (const candidate of workbook.sheets)
    if (candidate.name !== ROUND_MANIFEST_SHEET && !names.has(candidate.name))
      issues.push({ code: 'round-unexpected-sheet', sheet: candidate.name })
  return issues.length > 0 ? err(issues) : ok({ manifest, content })
}

function sameCell(want: SpecCell, have: CellValue): boolean {
  const value =
    want !== null && typeof want === 'object' && 'value' in want && !('type' in want) ? want.value : want
  const expected = value === '' ? null : value
  const found = have === '' ? null : have
  if (typeof expected === 'number' && typeof found === 'number')
    return Math.abs(expected - found) <= 1e-9 * Math.max(1, Math.abs(expected))
  if (expected === null || typeof expected !== 'object') return expected === found
  return false
}
