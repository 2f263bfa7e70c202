import { extname } from 'node:path'
import type { TableGrid } from '@core/formats/coinr/tableGrid'
import { parseCsv } from '@core/excel/csv/parseCsv'
import type { CellValue } from '@core/excel/sheetWorkbook'
import { readWorkbook } from '@core/excel/xlsx/readWorkbook'
import { err, ok, type Result } from '@core/result'
import type { CliContext } from './cliContext'

/**
 * Reads a table (CSV, or the first visible sheet of an .xlsx) into a grid; problems come back as
 * one printable text (a line per problem).
 *
 * @example
 *   await readTableFile(bytes, 'ASEM_iData.csv', context) // => ok([['uName', 'uCode', …], …])
 */
export async function readTableFile(
  bytes: Uint8Array,
  fileName: string,
  context: CliContext,
): Promise<Result<TableGrid, string>> {
  const extension = extname(fileName).toLowerCase()
  const withFile = (lines: readonly string[]) =>
    lines.map((problem) => context.say('workbookProblem', { file: fileName, problem })).join('\n')
  if (extension === '.csv') {
    const parsed = parseCsv(new TextDecoder('utf-8').decode(bytes))
    return parsed.ok
      ? ok(parsed.value.rows)
      : err(withFile(parsed.error.map((issue) => context.describeIssue(issue))))
  }
  if (extension === '.xlsx') {
    const workbook = await readWorkbook(bytes)
    if (!workbook.ok) return err(withFile(workbook.error.map((issue) => context.describeIssue(issue))))
    const sheet =
      workbook.value.sheets.find((candidate) => candidate.state === 'visible') ?? workbook.value.sheets[0]
    if (sheet === undefined) return err(context.say('noSheet', { file: fileName }))
    return ok(sheet.rows.map((row) => row.map(plainCell)))
  }
  return err(context.say('unsupportedExtension', { file: fileName, expected: '.csv, .xlsx' }))
}

function plainCell(cell: CellValue): string | number | boolean | null {
  if (cell === null || typeof cell !== 'object') return cell
  if (cell.type === 'date') return cell.iso
  if (cell.type === 'formula')
    return cell.result === null || typeof cell.result !== 'object'
      ? cell.result
      : cell.result.type === 'date'
        ? cell.result.iso
        : null
  return null
}
