import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { rankingComponentCodes, rankingRows } from '@core/assessment/rankingRows'
import { REPORT_LABELS } from './reportLabels'
import { header, note, scoreCell, tableRange, title, vi, vietnameseDate } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'

/** Rows above the summary table: title, status and date, rounding note, blank. */
export const SUMMARY_HEADER_ROW = 5

/**
 * "Tổng hợp": the ranking (Hạng, Mã, Đơn vị, Nhóm, the composite, each component, Xếp loại),
 * best first, with a frozen header and a filter.
 *
 * @example
 *   summarySheet(input).rows[SUMMARY_HEADER_ROW - 1] // => the header row
 */
export function summarySheet(input: ResultsReportInput): SheetSpec {
  const { framework, result } = input
  const codes = rankingComponentCodes(framework)
  const root = framework.components.find((component) => component.parent === null)
  const bands = framework.bands ?? []
  const isPoints = result.family === 'points'
  const headings = [
    REPORT_LABELS.rank,
    REPORT_LABELS.code,
    REPORT_LABELS.unit,
    REPORT_LABELS.group,
    root === undefined ? result.rootCode : `${vi(root.name)} (${root.code})`,
    ...codes.map(
      (code) => `${vi(framework.components.find((component) => component.code === code)?.name)} (${code})`,
    ),
    ...(isPoints ? [REPORT_LABELS.share] : []),
    ...(bands.length > 0 ? [REPORT_LABELS.band] : []),
  ]
  const rows = rankingRows(result, codes).map((row): SpecCell[] => [
    row.rank,
    row.code,
    row.name,
    row.group,
    scoreCell(row.composite, result.decimals),
    ...row.components.map((value) => scoreCell(value, result.decimals)),
    ...(isPoints ? [scoreCell(row.share, 4)] : []),
    ...(bands.length > 0 ? [vi(bands.find((band) => band.code === row.band)?.label)] : []),
  ])
  return {
    name: REPORT_LABELS.sheets.summary,
    columns: [
      { width: 7 },
      { width: 14 },
      { width: 48, style: { wrap: true } },
      { width: 22 },
      ...headings.slice(4).map(() => ({ width: 16 })),
    ],
    rows: [
      [title(REPORT_LABELS.title(vi(framework.name), input.year))],
      [
        note(
          `${REPORT_LABELS.status[input.status]}. ${REPORT_LABELS.generated(vietnameseDate(input.generatedAt))}`,
        ),
      ],
      [note(REPORT_LABELS.roundingNote(result.decimals))],
      [],
      headings.map(header),
      ...rows,
    ],
    freeze: { rows: SUMMARY_HEADER_ROW, columns: 3 },
    autoFilter: tableRange(SUMMARY_HEADER_ROW, headings.length, rows.length),
  }
}
