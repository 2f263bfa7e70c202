import { parseUnitList, type UnitListIssue } from '@core/assessment/parseUnitList'
import type { AssessmentUnit } from '@core/assessment/assessment'
import { err, type Result } from '@core/result'

/** A problem with a unit-list file: its rows (by code) or the file itself (read issues). */
export type UnitListFileIssue =
  UnitListIssue | ({ readonly code: string } & Readonly<Record<string, unknown>>)

/**
 * Reads a list of units from a picked `.csv` or `.xlsx` file (first visible sheet). The workbook
 * reader is loaded on demand so exceljs stays out of the first screen's bundle.
 */
export async function readUnitListFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<Result<AssessmentUnit[], readonly UnitListFileIssue[]>> {
  if (fileName.toLowerCase().endsWith('.csv')) {
    const { parseCsv } = await import('@core/excel/csv/parseCsv')
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
    const parsed = parseCsv(text)
    if (!parsed.ok) return err(parsed.error)
    return parseUnitList(parsed.value.rows)
  }
  const { readWorkbook } = await import('@core/excel/xlsx/readWorkbook')
  const workbook = await readWorkbook(bytes)
  if (!workbook.ok) return err(workbook.error)
  const sheet =
    workbook.value.sheets.find((candidate) => candidate.state === 'visible') ?? workbook.value.sheets[0]
  return parseUnitList(sheet?.rows ?? [])
}
