import { rankingComponentCodes } from '@core/assessment/rankingRows'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { REPORT_LABELS } from './reportLabels'
import { header, note, scoreCell, tableRange, title } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'
import type { UnitRestatement } from '@core/comparison/restateYear'

/** The report's words for a restated unit: "ghép từ 2 đơn vị: STTTT (Sở Thông tin và Truyền thông), SKHCN (…); trung bình cộng". */
export function restatementNoteText(note: UnitRestatement): string {
  const labels = REPORT_LABELS.change
  if (note.kinds.includes('created')) return labels.created
  const list = note.predecessors.map((item) => `${item.code} (${item.name})`).join(', ')
  const how = note.kinds.includes('merged')
    ? `${labels.merged(note.predecessors.length)}: ${list}`
    : `${note.kinds.includes('split') ? labels.split : labels.renamed} ${list}`
  if (note.predecessors.length < 2) return how
  const rule =
    note.rule.kind === 'mean'
      ? labels.rules.mean
      : note.rule.kind === 'none' || note.missingWeights.length > 0
        ? labels.rules.none
        : labels.rules.weighted(note.rule.attribute)
  return `${how}; ${rule}`
}

const HEADER_ROW = 3

/**
 * "So với năm trước": for each unit (matched by code), this year's and last year's rank and the
 * change in places (+ = up), then the composite and each component this year, last year and the
 * difference. When last year is restated through the unit lineage (`previous.restated`), a last
 * column names each restated unit's predecessors and the rule. `null` when there is no previous year.
 *
 * @example
 *   yearChangeSheet({ ...input, previous: { year: 2025, result: lastYear } })?.name // => 'So với năm trước'
 */
export function yearChangeSheet(input: ResultsReportInput): SheetSpec | null {
  const previous = input.previous
  if (previous === null) return null
  const { result, framework } = input
  const codes = [result.rootCode, ...rankingComponentCodes(framework)]
  const before = new Map(previous.result.units.map((unit, index) => [unit.code, index]))
  const rootNow = result.components[result.rootCode]
  const rootBefore = previous.result.components[previous.result.rootCode]
  const order = result.units
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (rootNow?.rank[a] ?? Infinity) - (rootNow?.rank[b] ?? Infinity) ||
        (result.units[a]?.code ?? '').localeCompare(result.units[b]?.code ?? ''),
    )
  const change = (now: number | null | undefined, then: number | null | undefined) =>
    now === null || now === undefined || then === null || then === undefined ? null : now - then
  const labels = REPORT_LABELS.change
  const restated = previous.restated ?? new Map<string, UnitRestatement>()
  const headings = [
    REPORT_LABELS.code,
    REPORT_LABELS.unit,
    labels.rankNow(input.year),
    labels.rankBefore(previous.year),
    labels.rankChange,
    ...codes.flatMap((code) => [
      labels.valueNow(code, input.year),
      labels.valueBefore(code, previous.year),
      labels.valueChange(code),
    ]),
    ...(restated.size === 0 ? [] : [labels.restated(previous.year)]),
  ]
  const rows = order.map((index): SpecCell[] => {
    const unit = result.units[index]
    const then = unit === undefined ? undefined : before.get(unit.code)
    const rankNow = rootNow?.rank[index] ?? null
    const rankBefore = then === undefined ? null : (rootBefore?.rank[then] ?? null)
    const restatedNote = unit === undefined ? undefined : restated.get(unit.code)
    return [
      unit?.code ?? '',
      unit?.name ?? '',
      rankNow,
      rankBefore ?? labels.notAssessed,
      rankNow === null || rankBefore === null ? null : rankBefore - rankNow,
      ...codes.flatMap((code) => {
        const valueNow = result.components[code]?.score[index]
        const valueBefore = then === undefined ? null : previous.result.components[code]?.score[then]
        return [
          scoreCell(valueNow, result.decimals),
          scoreCell(valueBefore, result.decimals),
          scoreCell(change(valueNow, valueBefore), result.decimals),
        ]
      }),
      ...(restated.size === 0 ? [] : [restatedNote === undefined ? '' : restatementNoteText(restatedNote)]),
    ]
  })
  return {
    name: REPORT_LABELS.sheets.change,
    columns: [
      { width: 14 },
      { width: 40, style: { wrap: true } },
      { width: 10 },
      { width: 12 },
      { width: 14 },
      ...codes.flatMap(() => [{ width: 14 }, { width: 14 }, { width: 14 }]),
      ...(restated.size === 0 ? [] : [{ width: 60, style: { wrap: true } }]),
    ],
    rows: [
      [title(labels.title(input.year, previous.year))],
      [
        note(
          restated.size === 0
            ? REPORT_LABELS.roundingNote(result.decimals)
            : `${REPORT_LABELS.roundingNote(result.decimals)} ${labels.restatedLead}`,
        ),
      ],
      headings.map(header),
      ...rows,
    ],
    freeze: { rows: HEADER_ROW, columns: 2 },
    autoFilter: tableRange(HEADER_ROW, headings.length, rows.length),
  }
}
