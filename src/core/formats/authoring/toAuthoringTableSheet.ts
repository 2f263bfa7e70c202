import { columnLetters } from '@core/excel/cellAddress'
import type { CellStyle, DataValidationSpec, SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import type { AuthoringColumn, AuthoringColumnKind, AuthoringSheetLayout } from './authoringLayout'
import type { AuthoringRowValues } from './authoringCellText'
import { AUTHORING_FIRST_DATA_ROW, AUTHORING_VALIDATED_ROWS } from './authoringTemplate'
import { authoringTableLayouts } from './authoringTableLayouts'

const TEXT_KINDS: ReadonlySet<AuthoringColumnKind> = new Set(['code', 'text', 'formula', 'list'])
const WRAPPED_KINDS: ReadonlySet<AuthoringColumnKind> = new Set(['text', 'formula', 'list'])

/** Row 1: the Vietnamese headings. @example const cell: SpecCell = { value: 'Mã câu hỏi', style: LABEL_STYLE } */
export const LABEL_STYLE: CellStyle = { header: true }
/** Row 2: the column keys the reader matches, in a quieter style. @example const cell: SpecCell = { value: 'code', style: KEY_STYLE } */
export const KEY_STYLE: CellStyle = {
  italic: true,
  fontColor: '595959',
  fill: 'F2F2F2',
  border: true,
  fontSize: 10,
}

/**
 * One table sheet of the authoring workbook: Vietnamese headings on row 1, column keys on row 2
 * (both frozen, with the first column), then one row per item. Text columns are formatted as text
 * (`@`) so that codes such as `1.10` typed later stay text; long texts wrap; widths fit the
 * content; enumerations and references get drop-downs down to row `AUTHORING_VALIDATED_ROWS`
 * (warnings, not stops: the reader reports anything it cannot use, with its cell).
 *
 * @example
 *   toAuthoringTableSheet(bandsLayout, [{ code: 'tot', label_vi: 'Tốt', min_share: 0.8 }]).rows[2] // => ['tot', …]
 */
export function toAuthoringTableSheet(
  layout: AuthoringSheetLayout,
  rows: readonly AuthoringRowValues[],
): SheetSpec {
  return {
    name: layout.sheet,
    columns: layout.columns.map((column) => ({
      width: columnWidth(column, rows),
      ...(TEXT_KINDS.has(column.kind) ? { style: { numberFormat: '@' } } : {}),
    })),
    rows: [
      layout.columns.map((column): SpecCell => ({ value: column.label, style: LABEL_STYLE })),
      layout.columns.map((column): SpecCell => ({ value: column.key, style: KEY_STYLE })),
      ...rows.map((row) => layout.columns.map((column) => dataCell(column, row[column.key] ?? null))),
    ],
    freeze: { rows: AUTHORING_FIRST_DATA_ROW - 1, columns: 1 },
    validations: layout.columns.flatMap((column, index) =>
      columnValidation(column, columnLetters(index + 1)),
    ),
  }
}

function dataCell(column: AuthoringColumn, value: AuthoringRowValues[string]): SpecCell {
  if (value === null || value === undefined) return null
  const style: CellStyle = {
    vertical: 'top',
    ...(TEXT_KINDS.has(column.kind) ? { numberFormat: '@' } : {}),
    ...(WRAPPED_KINDS.has(column.kind) ? { wrap: true } : {}),
  }
  return { value, style }
}

function columnWidth(column: AuthoringColumn, rows: readonly AuthoringRowValues[]): number {
  const longest = Math.max(
    column.label.length,
    column.key.length,
    ...rows.map((row) => {
      const value = row[column.key]
      return typeof value === 'string' || typeof value === 'number'
        ? Math.max(
            ...String(value)
              .split('\n')
              .map((line) => line.length),
          )
        : 0
    }),
  )
  const cap = WRAPPED_KINDS.has(column.kind) ? 60 : 30
  return Math.min(cap, Math.max(8, longest + 2))
}

/**
 * The drop-down of a column, if it has one: its options, or the codes of the sheet it refers to.
 *
 * @example
 *   columnValidation(questionsLayout.columns[2], 'C') // => [{ range: 'C3:C2000', rule: { kind: 'list', values: [...questionTypes] }, … }]
 */
export function columnValidation(
  column: AuthoringColumn,
  letter: string,
  range = `${letter}${AUTHORING_FIRST_DATA_ROW}:${letter}${AUTHORING_VALIDATED_ROWS}`,
): DataValidationSpec[] {
  const error = {
    style: 'warning' as const,
    title: 'Giá trị ngoài danh sách',
    message: `Cột “${column.key}”: nên chọn một giá trị trong danh sách.`,
  }
  if (column.options !== undefined) return [{ range, rule: { kind: 'list', values: column.options }, error }]
  if (column.reference === undefined) return []
  const { sheet, key } = column.reference
  const index =
    authoringTableLayouts
      .find((layout) => layout.sheet === sheet)
      ?.columns.findIndex((candidate) => candidate.key === key) ?? -1
  if (index < 0) return []
  const target = columnLetters(index + 1)
  return [
    {
      range,
      rule: {
        kind: 'list-range',
        sheet,
        range: `$${target}$${AUTHORING_FIRST_DATA_ROW}:$${target}$${AUTHORING_VALIDATED_ROWS}`,
      },
      error,
    },
  ]
}
