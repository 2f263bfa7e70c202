import type { ComparisonSeries } from '@core/comparison/comparisonSeries'

/**
 * A chart already drawn to PNG in the renderer, placed on the "Biểu đồ" sheet.
 *
 * @example
 *   const chart: ComparisonChart = { title: 'Thay đổi thứ hạng', png, width: 1000, height: 560 }
 */
export type ComparisonChart = {
  readonly title: string
  readonly png: Uint8Array
  readonly width: number
  readonly height: number
}

/**
 * What the comparison workbook is written from: the series, the two years compared, the unit
 * shown (if any), and the charts drawn on screen.
 *
 * @example
 *   const input: ComparisonWorkbookInput = { series, earlierYear: 2024, laterYear: 2026, unitCode: 'STC', charts: [], generatedAt: new Date().toISOString(), appVersion: '0.1.0' }
 */
export type ComparisonWorkbookInput = {
  readonly series: ComparisonSeries
  readonly earlierYear: number
  readonly laterYear: number
  readonly unitCode: string | null
  readonly charts: readonly ComparisonChart[]
  readonly generatedAt: string
  readonly appVersion: string
}
