import { rankingComponentCodes } from '@core/assessment/rankingRows'
import type { SheetSpec, SpecCell } from '@core/excel/workbookSpec'
import { REPORT_LABELS } from './reportLabels'
import { header, IMPUTED_FILL, note, scoreCell, tableRange, title, vi } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'

const HEADER_ROW = 3

/**
 * One sheet per component below the root (named by its code): the units ranked on that component,
 * its score, and the score of each of its children (sub-components, or indicators' normalised
 * values), imputed values highlighted.
 *
 * @example
 *   componentSheets(input).map((sheet) => sheet.name) // => ['HTKT', 'HTNL', 'UD', 'UD_NB', 'UD_CTTDT']
 */
export function componentSheets(input: ResultsReportInput): SheetSpec[] {
  const { framework, result } = input
  return rankingComponentCodes(framework).map((code): SheetSpec => {
    const component = framework.components.find((candidate) => candidate.code === code)
    const children = [
      ...framework.components
        .filter((candidate) => candidate.parent === code)
        .map((child) => ({ code: child.code, name: vi(child.name), kind: 'component' as const })),
      ...framework.indicators
        .filter((candidate) => candidate.parent === code)
        .map((child) => ({ code: child.code, name: vi(child.name), kind: 'indicator' as const })),
    ]
    const column = result.components[code]
    const order = result.units
      .map((_, index) => index)
      .sort(
        (a, b) =>
          (column?.rank[a] ?? Infinity) - (column?.rank[b] ?? Infinity) ||
          (result.units[a]?.code ?? '').localeCompare(result.units[b]?.code ?? ''),
      )
    const headings = [
      REPORT_LABELS.rank,
      REPORT_LABELS.code,
      REPORT_LABELS.unit,
      `${vi(component?.name)} (${code})`,
      ...children.map((child) => `${child.name} (${child.code})`),
    ]
    const rows = order.map((index): SpecCell[] => [
      column?.rank[index] ?? null,
      result.units[index]?.code ?? '',
      result.units[index]?.name ?? '',
      scoreCell(column?.score[index], result.decimals),
      ...children.map((child) => {
        if (child.kind === 'component')
          return scoreCell(result.components[child.code]?.score[index], result.decimals)
        const indicator = result.indicators[child.code]
        return scoreCell(
          indicator?.score[index],
          result.decimals,
          indicator?.imputed[index] ? IMPUTED_FILL : undefined,
        )
      }),
    ])
    return {
      name: code,
      columns: [
        { width: 7 },
        { width: 14 },
        { width: 40, style: { wrap: true } },
        { width: 16 },
        ...children.map(() => ({ width: 18 })),
      ],
      rows: [
        [title(REPORT_LABELS.componentTitle(code, vi(component?.name)))],
        [note(REPORT_LABELS.indicatorScoresNote)],
        headings.map(header),
        ...rows,
      ],
      freeze: { rows: HEADER_ROW, columns: 3 },
      autoFilter: tableRange(HEADER_ROW, headings.length, rows.length),
    }
  })
}
