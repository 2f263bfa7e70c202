import type { CellValue } from '@core/excel/sheetWorkbook'
import { REPORT_LABELS } from '@core/formats/results-report/reportLabels'
import { ok } from '@core/result'
import type { Inspection } from './fileInspector'

type Rows = readonly (readonly CellValue[])[]

const HEADER = [REPORT_LABELS.rank, REPORT_LABELS.code, REPORT_LABELS.unit, REPORT_LABELS.group]

/**
 * Whether rows are the ranking CSV the app writes (`rankingCsv`): Hạng, Mã, Đơn vị, Nhóm, then
 * the composite's code.
 *
 * @example
 *   isRankingRows([['Hạng', 'Mã', 'Đơn vị', 'Nhóm', 'ICT', 'Xếp loại']]) // => true
 */
export function isRankingRows(rows: Rows): boolean {
  const header = rows[0] ?? []
  return HEADER.every((label, index) => header[index] === label) && typeof header[4] === 'string'
}

/**
 * The ranking CSV: one row per unit; the composite's code is in the header. It names no
 * framework or year (the file name usually does) and carries no hash.
 *
 * @example
 *   const about = await inspectRankingCsv(rows)
 *   about.ok && about.value.items // => 28
 */
export async function inspectRankingCsv(rows: Rows): Inspection {
  const units = rows.slice(1).filter((row) => row.some((cell) => cell !== null && cell !== ''))
  return ok({
    kind: 'ranking-csv',
    formatVersion: null,
    frameworkId: null,
    frameworkVersion: null,
    year: null,
    scope: null,
    items: units.length,
    itemUnit: 'units',
    hash: 'none',
    details: { composite: String(rows[0]?.[4] ?? '') },
  })
}
