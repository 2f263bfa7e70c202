import ExcelJS from 'exceljs'
import { formatCellAddress } from '@core/excel/cellAddress'
import type { PreparedPage } from '@core/excel/preparePageSetup'
import type { PreparedSheet, PreparedValidation, PreparedWorkbook } from '@core/excel/preparedWorkbook'
import { isCancelled, reportStep, type ProgressOptions } from '@core/progress'
import { toExcelStyle } from './toExcelStyle'
import { toExcelValue } from './toExcelValue'

// Present at run time in exceljs 4.4.0 but missing from its typings; a range key is written as one
// `<dataValidation sqref="B2:B99">`, not expanded per cell.
type WithDataValidations = {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void }
}

/**
 * Builds the exceljs workbook for a prepared spec (defined names and the default font are added
 * afterwards, by `finishWorkbookBytes`, because exceljs 4.4.0 expands defined names cell by cell
 * and has no default-font setting). Sheet by sheet: after each one the progress callback hears
 * `{ done: sheets built, total: sheets + extraSteps }` and the signal is checked; `null` means
 * cancelled.
 *
 * @example
 *   const workbook = await buildExcelWorkbook(prepared)
 *   if (workbook !== null) bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
 */
export async function buildExcelWorkbook(
  prepared: PreparedWorkbook,
  progress?: ProgressOptions,
  extraSteps = 0,
): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = prepared.creator
  workbook.lastModifiedBy = prepared.creator
  workbook.created = new Date(prepared.createdMilliseconds)
  workbook.modified = new Date(prepared.createdMilliseconds)
  if (prepared.formulaCount > 0) workbook.calcProperties.fullCalcOnLoad = true
  const total = prepared.sheets.length + extraSteps
  for (const [index, sheet] of prepared.sheets.entries()) {
    if (isCancelled(progress)) return null
    await addSheet(workbook, sheet, prepared.font)
    await reportStep(progress, index + 1, total)
  }
  return isCancelled(progress) ? null : workbook
}

async function addSheet(
  workbook: ExcelJS.Workbook,
  sheet: PreparedSheet,
  font: PreparedWorkbook['font'],
): Promise<void> {
  const frozen = sheet.freeze
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.state,
    views:
      frozen === null
        ? []
        : [
            {
              state: 'frozen',
              xSplit: frozen.columns,
              ySplit: frozen.rows,
              topLeftCell: formatCellAddress({ row: frozen.rows + 1, column: frozen.columns + 1 }),
            },
          ],
  })
  sheet.columns.forEach((spec, index) => {
    const column = worksheet.getColumn(index + 1)
    if (spec.width !== null) column.width = spec.width
    if (spec.hidden) column.hidden = true
    if (spec.style !== undefined) column.style = toExcelStyle(spec.style, null, font)
  })
  const styles = new Map<string, Partial<ExcelJS.Style>>()
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.row, cell.column)
    target.value = toExcelValue(cell.value)
    if (cell.value.kind === 'formula') keepFalsyResult(target, cell.value.result)
    const key = JSON.stringify([cell.style ?? null, styleKind(cell.value)])
    const style = styles.get(key) ?? toExcelStyle(cell.style, cell.value, font)
    styles.set(key, style)
    target.style = style
  }
  sheet.merges.forEach((range) => worksheet.mergeCells(range))
  for (const entry of sheet.rowHeights) worksheet.getRow(entry.row).height = entry.height
  if (sheet.page !== null) setUpPage(worksheet, sheet.page)
  for (const image of sheet.images ?? []) {
    const id = workbook.addImage({ buffer: image.png as unknown as ExcelJS.Buffer, extension: 'png' })
    worksheet.addImage(id, {
      tl: { col: image.column, row: image.row },
      ext: { width: image.width, height: image.height },
      editAs: 'oneCell',
    })
  }
  const validations = (worksheet as unknown as WithDataValidations).dataValidations
  sheet.validations.forEach((validation) => validations.add(validation.range, toExcelValidation(validation)))
  if (sheet.autoFilter !== null) worksheet.autoFilter = sheet.autoFilter
  if (sheet.protection !== null) {
    const allow = new Set(sheet.protection.allow)
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: allow.has('formatCells'),
      formatColumns: allow.has('formatColumns'),
      formatRows: allow.has('formatRows'),
      insertRows: allow.has('insertRows'),
      deleteRows: allow.has('deleteRows'),
      sort: allow.has('sort'),
      autoFilter: allow.has('autoFilter'),
    })
  }
}

/**
 * A4, the orientation, fit to `fitToWidth` pages wide and any number tall, margins, header and
 * footer. The rows repeated on every page are a defined name (`_xlnm.Print_Titles`), which
 * `finishWorkbookBytes` adds with the sheet name quoted (exceljs 4.4.0 does not quote it).
 */
function setUpPage(worksheet: ExcelJS.Worksheet, page: PreparedPage): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9,
    orientation: page.orientation,
    fitToPage: true,
    fitToWidth: page.fitToWidth,
    fitToHeight: 0,
    ...(page.margins === null ? {} : { margins: page.margins }),
  }
  if (page.header !== null) worksheet.headerFooter.oddHeader = page.header
  if (page.footer !== null) worksheet.headerFooter.oddFooter = page.footer
}

/** exceljs 4.4.0 drops a formula's cached result when it is `0`, `false` or `''`; put it back. */
function keepFalsyResult(cell: ExcelJS.Cell, result: null | string | number | boolean): void {
  const model = (cell as unknown as { readonly _value?: { readonly model?: { result?: unknown } } })._value
    ?.model
  if (result !== null && model !== undefined) model.result = result
}

/** The parts of a value that change its style: neutralised text, dates with or without time. */
function styleKind(value: PreparedSheet['cells'][number]['value']): string {
  if (value.kind === 'text') return value.isNeutralised ? 'neutralised' : 'text'
  if (value.kind === 'date') return value.hasTime ? 'date-time' : 'date'
  return 'other'
}

function toExcelValidation(validation: PreparedValidation): ExcelJS.DataValidation {
  return {
    type: validation.type,
    allowBlank: validation.allowBlank,
    ...(validation.operator === null ? {} : { operator: validation.operator }),
    formulae:
      validation.type === 'date'
        ? validation.formulae.map((value) => new Date(value))
        : [...validation.formulae],
    showErrorMessage: true,
    errorStyle: validation.error.style,
    ...(validation.error.title === '' ? {} : { errorTitle: validation.error.title }),
    ...(validation.error.message === '' ? {} : { error: validation.error.message }),
    ...(validation.prompt === null
      ? {}
      : {
          showInputMessage: true,
          ...(validation.prompt.title === '' ? {} : { promptTitle: validation.prompt.title }),
          prompt: validation.prompt.message,
        }),
  }
}
