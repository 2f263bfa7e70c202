import { unitGroupName } from '@core/assessment/unitGroupName'
import type { ReportSignature } from '@core/assessment/reportSignature'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { rankingComponentCodes, rankingRows } from '@core/assessment/rankingRows'
import { REPORT_LABELS } from './reportLabels'
import { reportStatusLine } from './reportStatusLine'
import { columnLetters, header, note, scoreCell, tableRange, title, vi, vietnameseDate } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'

/**
 * Where the summary table sits (1-based rows): title, status and date, rounding note and a blank
 * line above it; two header rows (each component's name over its "Giá trị" and "Hạng" columns);
 * the units from `dataRow` on.
 */
export const SUMMARY_TABLE = { headerRow: 5, dataRow: 7 } as const

const WIDTHS = {
  rank: 6,
  code: 12,
  unit: 26,
  group: 20,
  composite: 12,
  value: 9,
  componentRank: 6,
  share: 9,
  band: 12,
}

/**
 * "Tổng hợp": the ranking as published tables print it: Hạng, Mã, Đơn vị, Nhóm (by name), the
 * composite, then each component's value followed by the unit's rank on it, then Tỷ lệ so với tối
 * đa (points frameworks) and Xếp loại (when the framework has bands); best first, frozen headers,
 * a filter, and the signature block when the assessment has one.
 *
 * @example
 *   summarySheet(input).rows[SUMMARY_TABLE.headerRow - 1] // => the first header row
 */
export function summarySheet(input: ResultsReportInput): SheetSpec {
  const { framework, result } = input
  const codes = rankingComponentCodes(framework)
  const root = framework.components.find((component) => component.parent === null)
  const bands = framework.bands ?? []
  const isPoints = result.family === 'points'
  const componentName = (code: string) =>
    `${vi(framework.components.find((component) => component.code === code)?.name)} (${code})`
  const fixed = [REPORT_LABELS.rank, REPORT_LABELS.code, REPORT_LABELS.unit, REPORT_LABELS.group]
  const composite = root === undefined ? result.rootCode : `${vi(root.name)} (${root.code})`
  const trailing = [
    ...(isPoints ? [REPORT_LABELS.share] : []),
    ...(bands.length > 0 ? [REPORT_LABELS.band] : []),
  ]
  const firstComponent = fixed.length + 2
  const width = fixed.length + 1 + codes.length * 2 + trailing.length
  const { headerRow, dataRow } = SUMMARY_TABLE
  const top: SpecCell[] = [
    ...fixed.map(header),
    header(composite),
    ...codes.flatMap((code) => [header(componentName(code)), header('')]),
    ...trailing.map(header),
  ]
  const bottom: SpecCell[] = [
    ...fixed.map(() => header('')),
    header(''),
    ...codes.flatMap(() => [header(REPORT_LABELS.value), header(REPORT_LABELS.rank)]),
    ...trailing.map(() => header('')),
  ]
  const down = (column: number) =>
    `${columnLetters(column)}${headerRow}:${columnLetters(column)}${headerRow + 1}`
  const merges = [
    ...Array.from({ length: fixed.length + 1 }, (_, index) => down(index + 1)),
    ...codes.map((_, index) => {
      const column = firstComponent + index * 2
      return `${columnLetters(column)}${headerRow}:${columnLetters(column + 1)}${headerRow}`
    }),
    ...trailing.map((_, index) => down(width - trailing.length + index + 1)),
  ]
  const rows = rankingRows(result, codes).map((row): SpecCell[] => [
    row.rank,
    row.code,
    row.name,
    unitGroupName(row.group),
    scoreCell(row.composite, result.decimals),
    ...row.components.flatMap((value, index) => [
      scoreCell(value, result.decimals),
      row.componentRanks[index] ?? null,
    ]),
    ...(isPoints ? [scoreCell(row.share, 4)] : []),
    ...(bands.length > 0 ? [vi(bands.find((band) => band.code === row.band)?.label)] : []),
  ])
  const signature = input.signature ?? null
  const block = signature === null ? null : signatureBlock(signature, dataRow + rows.length, width)
  return {
    name: REPORT_LABELS.sheets.summary,
    columns: [
      { width: WIDTHS.rank },
      { width: WIDTHS.code },
      { width: WIDTHS.unit, style: { wrap: true } },
      { width: WIDTHS.group, style: { wrap: true } },
      { width: WIDTHS.composite },
      ...codes.flatMap(() => [{ width: WIDTHS.value }, { width: WIDTHS.componentRank }]),
      ...(isPoints ? [{ width: WIDTHS.share }] : []),
      ...(bands.length > 0 ? [{ width: WIDTHS.band, style: { wrap: true } }] : []),
    ],
    rows: [
      [title(REPORT_LABELS.title(vi(framework.name), input.year))],
      [note(`${reportStatusLine(input)}. ${REPORT_LABELS.generated(vietnameseDate(input.generatedAt))}`)],
      [note(REPORT_LABELS.roundingNote(result.decimals))],
      [],
      top,
      bottom,
      ...rows,
      ...(block === null ? [] : block.rows),
    ],
    merges: [...merges, ...(block === null ? [] : block.merges)],
    freeze: { rows: dataRow - 1, columns: 3 },
    autoFilter: tableRange(headerRow + 1, width, rows.length),
  }
}

/**
 * The signature block under the table, from row `startRow` (1-based; that row stays blank): the
 * place and a date to fill in by hand over the right-hand columns; "Người lập biểu" on the left
 * (over Đơn vị and Nhóm) and "Thủ trưởng đơn vị" on the right, each with "(Ký, ghi rõ họ tên)",
 * room to sign, and the name. Nothing goes in the Mã column, so readers of the table stop there.
 */
function signatureBlock(
  signature: ReportSignature,
  startRow: number,
  width: number,
): { readonly rows: SpecCell[][]; readonly merges: string[] } {
  const labels = REPORT_LABELS.signature
  const left = { from: 3, to: 4 }
  const right = { from: Math.max(left.to + 1, width - 5), to: Math.max(left.to + 1, width) }
  const centred = (text: string, style: { bold?: boolean; italic?: boolean } = {}): SpecCell =>
    text === '' ? null : { value: text, style: { ...style, horizontal: 'center', wrap: true } }
  const line = (leftCell: SpecCell, rightCell: SpecCell): SpecCell[] => {
    const cells: SpecCell[] = Array.from({ length: right.from }, () => null)
    cells[left.from - 1] = leftCell
    cells[right.from - 1] = rightCell
    return cells
  }
  const rows: SpecCell[][] = [
    [],
    line(null, centred(labels.dateLine(signature.place), { italic: true })),
    line(centred(labels.preparer, { bold: true }), centred(labels.head, { bold: true })),
    line(centred(labels.signHere, { italic: true }), centred(labels.signHere, { italic: true })),
    [],
    [],
    [],
    line(centred(signature.preparer, { bold: true }), centred(signature.head, { bold: true })),
  ]
  const merges: string[] = []
  rows.forEach((row, index) => {
    const rowNumber = startRow + index
    if (row[left.from - 1] !== null && row[left.from - 1] !== undefined)
      merges.push(`${columnLetters(left.from)}${rowNumber}:${columnLetters(left.to)}${rowNumber}`)
    if (row[right.from - 1] !== null && row[right.from - 1] !== undefined && right.to > right.from)
      merges.push(`${columnLetters(right.from)}${rowNumber}:${columnLetters(right.to)}${rowNumber}`)
  })
  return { rows, merges }
}
