import type { SpecCell } from '@core/excel/workbookSpec'
import type { Treatment } from '@core/framework/method'
import type { ResultsReportInput } from './resultsReportInput'
import { header, title } from './reportCells'

/**
 * An outlier treatment in words (decision 0017).
 *
 * @example
 *   treatmentLabel({ method: 'coinr', winmax: 5 }) // => 'Như COINr: Winsorise tối đa 5 điểm, nếu vẫn lệch thì log'
 */
export function treatmentLabel(treatment: Treatment): string {
  switch (treatment.method) {
    case 'none':
      return 'Không xử lý'
    case 'coinr':
      return `Như COINr: Winsorise tối đa ${treatment.winmax} điểm, nếu vẫn lệch thì log`
    case 'winsorise':
      return `Winsorise tối đa ${treatment.winmax} điểm`
    case 'log':
      return 'Biến đổi log (log_CT)'
  }
}

const TREATMENT_FACT = 'Xử lý ngoại lai (trước chuẩn hoá)'
const TREATED_HEADING = 'Chỉ tiêu đã xử lý ngoại lai'
const TREATED_COLUMNS = ['Chỉ tiêu', 'Số điểm Winsorise', 'Đơn vị được xử lý', 'Biến đổi log'] as const

/**
 * Phương pháp's outlier-treatment part: the framework's treatment as a fact, and a table of the
 * indicators whose values were treated (which units, log or not). Nothing at all when the
 * framework treats nothing, so reports without treatment are as they were.
 *
 * @example
 *   treatmentRows(input).fact // => ['Xử lý ngoại lai (trước chuẩn hoá)', 'Như COINr: …'] or null
 */
export function treatmentRows(input: ResultsReportInput): {
  readonly fact: readonly [string, string] | null
  readonly rows: readonly SpecCell[][]
} {
  const { framework, result } = input
  const records = framework.indicators.flatMap((indicator) => {
    const record = result.indicators[indicator.code]?.treatment
    return record === undefined ? [] : [{ code: indicator.code, record }]
  })
  const configured = framework.method.treatment
  const fact =
    framework.family === 'relative' &&
    ((configured !== undefined && configured.method !== 'none') || records.length > 0)
      ? ([TREATMENT_FACT, treatmentLabel(configured ?? { method: 'none' })] as const)
      : null
  const treated = records.filter(({ record }) => record.winsorised > 0 || record.log)
  const rows: SpecCell[][] =
    treated.length === 0
      ? []
      : [
          [],
          [title(TREATED_HEADING)],
          TREATED_COLUMNS.map(header),
          ...treated.map(({ code, record }): SpecCell[] => [
            code,
            record.winsorised,
            record.rows.map((row) => result.units[row]?.code ?? '').join(', '),
            record.log ? 'Có' : 'Không',
          ]),
        ]
  return { fact, rows }
}
