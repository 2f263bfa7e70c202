import ExcelJS from 'exceljs'
import { err, ok, type Result } from '@core/result'
import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import type { WorkbookReadIssue } from '@core/excel/workbookReadIssue'
import { defaultWorkbookReadLimits, type WorkbookReadLimits } from '@core/excel/workbookReadLimits'
import { buildParserPackage } from './buildParserPackage'
import { preScanXlsx } from './preScanXlsx'
import { toSheet } from './toSheet'

/** Raw parser messages can be long and quote file content; the renderer shows them only as detail. */
const MAX_MESSAGE_LENGTH = 300

/**
 * Reads an untrusted `.xlsx` into a `SheetWorkbook`. Never throws and never hangs on small hostile
 * files: `preScanXlsx` checks the zip, the package, every XML part and the sizes against `limits`
 * (defaults: `defaultWorkbookReadLimits`) before exceljs sees a byte; exceljs then gets only the
 * checked parts it needs (`buildParserPackage`), and any exception it raises becomes an
 * `unreadable-workbook` issue carrying its message. Values are mapped as `toSheet` and
 * `toSheetCellValue` describe (dates as typed, neutralised text restored). Nothing is evaluated.
 *
 * Run it off the UI thread for bulk imports: the limits bound memory and time, they do not make a
 * 100,000-row sheet instant.
 *
 * @example
 *   const workbook = await readWorkbook(new Uint8Array(await file.arrayBuffer()))
 *   if (!workbook.ok) workbook.error.map((issue) => issue.code) // => ['encrypted-or-legacy-file']
 */
export async function readWorkbook(
  bytes: Uint8Array,
  limits: Partial<WorkbookReadLimits> = {},
): Promise<Result<SheetWorkbook, readonly WorkbookReadIssue[]>> {
  try {
    const scan = preScanXlsx(bytes, { ...defaultWorkbookReadLimits, ...limits })
    if (!scan.ok) return scan
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buildParserPackage(scan.value).buffer)
    const date1904 = (workbook.properties as { readonly date1904?: unknown } | undefined)?.date1904 === true
    const sheets = workbook.worksheets.map((worksheet) => toSheet(worksheet, { date1904 }))
    const missing = scan.value.sheets.find(
      (expected) => !sheets.some((sheet) => sheet.name === expected.name),
    )
    if (missing !== undefined)
      return err([
        {
          code: 'unreadable-workbook',
          message: `Sheet not loaded: ${missing.name}`.slice(0, MAX_MESSAGE_LENGTH),
        },
      ])
    return ok({ sheets })
  } catch (error) {
    return err([{ code: 'unreadable-workbook', message: messageOf(error) }])
  }
}

function messageOf(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error)
    return message.slice(0, MAX_MESSAGE_LENGTH)
  } catch {
    return 'Unknown error'
  }
}
