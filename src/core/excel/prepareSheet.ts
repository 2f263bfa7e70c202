import { MAX_EXCEL_COLUMNS, MAX_EXCEL_ROWS, columnLetters } from './cellAddress'
import { formatCellRange, parseCellRange } from './cellRange'
import { checkCellStyle } from './checkCellStyle'
import { prepareDataValidation } from './prepareDataValidation'
import { prepareMerges } from './prepareMerges'
import { preparePageSetup } from './preparePageSetup'
import { prepareSheetCells } from './prepareSheetCells'
import type { PreparedSheet, PreparedValidation } from './preparedWorkbook'
import type { SheetSpec } from './workbookSpec'
import type { WorkbookWriteChange, WorkbookWriteIssue } from './workbookWriteIssue'

/**
 * A prepared sheet (when there were no issues), with what was found on the way.
 *
 * @example
 *   const outcome: PreparedSheetOutcome = prepareSheet(spec, 'Báo cáo', () => null)
 */
export type PreparedSheetOutcome = {
  readonly sheet: PreparedSheet | null
  readonly issues: readonly WorkbookWriteIssue[]
  readonly changes: readonly WorkbookWriteChange[]
  readonly formulaCount: number
}

/**
 * Checks and normalises one sheet under its final `name`: cells, columns, merges, validations,
 * freeze panes, auto-filter, protection, page setup and row heights. Issues and changes are labelled with the requested name.
 *
 * @example
 *   prepareSheet({ name: 'a/b', rows: [['x']] }, 'a_b', () => null).sheet?.name // => 'a_b'
 */
export function prepareSheet(
  spec: SheetSpec,
  name: string,
  writtenSheetName: (requested: string) => string | null,
): PreparedSheetOutcome {
  const sheet = spec.name
  const content = prepareSheetCells(sheet, spec.rows)
  const merges = prepareMerges(sheet, spec.merges ?? [], spec.rows)
  const issues: WorkbookWriteIssue[] = [...content.issues, ...merges.issues]
  const changes: WorkbookWriteChange[] = [...content.changes]

  const columns = (spec.columns ?? []).map((column, index) => {
    const width = column.width ?? null
    if (width !== null && !(Number.isFinite(width) && width >= 0 && width <= 255)) {
      issues.push({
        code: 'invalid-style',
        sheet,
        cell: `column ${columnLetters(index + 1)}`,
        field: 'width',
      })
    }
    const badStyle = column.style === undefined ? null : checkCellStyle(column.style)
    if (badStyle !== null)
      issues.push({
        code: 'invalid-style',
        sheet,
        cell: `column ${columnLetters(index + 1)}`,
        field: badStyle,
      })
    return { width, hidden: column.hidden ?? false, style: column.style }
  })
  if (columns.length > MAX_EXCEL_COLUMNS)
    issues.push({ code: 'too-many-columns', sheet, columns: columns.length, limit: MAX_EXCEL_COLUMNS })

  const validations: PreparedValidation[] = []
  for (const validation of spec.validations ?? []) {
    const prepared = prepareDataValidation(validation, { sheet, writtenSheetName })
    if (!prepared.ok) issues.push(...prepared.error)
    else {
      validations.push(prepared.value.validation)
      changes.push(...prepared.value.changes)
    }
  }

  const freeze = prepareFreeze(spec.freeze)
  if (freeze === 'invalid') issues.push({ code: 'invalid-freeze', sheet })
  const filter = spec.autoFilter === undefined ? null : parseCellRange(spec.autoFilter)
  if (spec.autoFilter !== undefined && filter === null) {
    issues.push({
      code: 'invalid-range',
      sheet,
      range: spec.autoFilter,
      field: 'auto-filter',
      reason: 'syntax',
    })
  }
  issues.push(...imageIssues(sheet, spec.images ?? []))
  const printing = preparePageSetup(sheet, spec.page, spec.rowHeights ?? [])
  issues.push(...printing.issues)
  if (issues.length > 0 || freeze === 'invalid')
    return { sheet: null, issues, changes, formulaCount: content.formulaCount }

  return {
    sheet: {
      name,
      requestedName: sheet,
      state: spec.state ?? 'visible',
      columns,
      cells: content.cells,
      merges: merges.merges,
      validations,
      freeze,
      autoFilter: filter === null ? null : formatCellRange(filter),
      protection: spec.protection === undefined ? null : { allow: [...new Set(spec.protection.allow ?? [])] },
      ...(spec.images === undefined || spec.images.length === 0 ? {} : { images: spec.images }),
      page: printing.page,
      rowHeights: printing.rowHeights,
    },
    issues,
    changes,
    formulaCount: content.formulaCount,
  }
}

function prepareFreeze(freeze: SheetSpec['freeze']): PreparedSheet['freeze'] | 'invalid' {
  if (freeze === undefined) return null
  const rows = freeze.rows ?? 0
  const columns = freeze.columns ?? 0
  const isCount = (value: number, limit: number): boolean =>
    Number.isInteger(value) && value >= 0 && value < limit
  if (!isCount(rows, MAX_EXCEL_ROWS) || !isCount(columns, MAX_EXCEL_COLUMNS)) return 'invalid'
  return rows === 0 && columns === 0 ? null : { rows, columns }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** Larger pictures are a bug in the drawing code, not a chart. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024

/** Pictures must be PNG, placed inside the sheet, with a sensible size (they come from the app's own charts). */
function imageIssues(sheet: string, images: NonNullable<SheetSpec['images']>): WorkbookWriteIssue[] {
  return images.flatMap((image, index): WorkbookWriteIssue[] => {
    const isPng =
      image.png.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, at) => image.png[at] === byte)
    const isPlaced =
      [image.row, image.column].every((value) => Number.isInteger(value) && value >= 0) &&
      image.row < MAX_EXCEL_ROWS &&
      image.column < MAX_EXCEL_COLUMNS
    const isSized = [image.width, image.height].every(
      (value) => Number.isFinite(value) && value > 0 && value <= 10_000,
    )
    if (isPng && isPlaced && isSized && image.png.length <= MAX_IMAGE_BYTES) return []
    return [
      {
        code: 'unwritable-workbook',
        message: `Picture ${index + 1} on sheet ${sheet.slice(0, 40)} is not a placeable PNG`,
      },
    ]
  })
}
