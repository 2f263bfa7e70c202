import type { SheetWorkbook } from '@core/excel/sheetWorkbook'
import { COMPARISON_LABELS } from '@core/formats/comparison/comparisonLabels'
import { ok } from '@core/result'
import type { Inspection } from './fileInspector'

const { sheets } = COMPARISON_LABELS

/**
 * Whether a workbook is the manager's comparison workbook: its first sheets are Tổng quan, Các
 * năm and Thay đổi hạng.
 *
 * @example
 *   isComparisonWorkbook({ sheets: [] }) // => false
 */
export function isComparisonWorkbook(workbook: SheetWorkbook): boolean {
  const names = workbook.sheets.map((sheet) => sheet.name)
  return [sheets.overview, sheets.years, sheets.rankChange].every((name) => names.includes(name))
}

/**
 * The comparison workbook: the years it compares (the overview's table: year, framework version,
 * source, units) and the units of "Các năm". The latest year and its framework version are shown;
 * the workbook carries no hash and names no framework id.
 *
 * @example
 *   const about = await inspectComparisonWorkbook(workbook)
 *   about.ok && about.value.scope // => '2024, 2025, 2026'
 */
export async function inspectComparisonWorkbook(workbook: SheetWorkbook): Inspection {
  const overview = workbook.sheets.find((sheet) => sheet.name === sheets.overview)?.rows ?? []
  const headerAt = overview.findIndex((row) => row[0] === COMPARISON_LABELS.year)
  const years: { readonly year: number; readonly version: string }[] = []
  for (const row of headerAt < 0 ? [] : overview.slice(headerAt + 1)) {
    const [year, version] = row
    if (typeof year !== 'number') break
    years.push({ year, version: typeof version === 'string' ? version : String(version ?? '') })
  }
  const yearRows = workbook.sheets.find((sheet) => sheet.name === sheets.years)?.rows ?? []
  const firstCodeRow = yearRows.findIndex((row) => row.some((cell) => cell === COMPARISON_LABELS.code))
  const units =
    firstCodeRow < 0
      ? null
      : yearRows.slice(firstCodeRow + 1).filter((row) => row.some((cell) => cell !== null && cell !== ''))
          .length
  const latest = years.at(-1)
  return ok({
    kind: 'comparison-workbook',
    formatVersion: null,
    frameworkId: null,
    frameworkVersion: latest?.version ?? null,
    year: latest?.year ?? null,
    scope: years.map((item) => item.year).join(', '),
    items: units,
    itemUnit: units === null ? null : 'units',
    hash: 'none',
    details: {},
  })
}
