import type { ReactNode } from 'react'
import { CHART_EXPORT_SIZE, ChartFigure, type ChartFigureTable } from '../../charts/ChartFigure'
import type { AnyChartConfig } from '../../charts/withTitle'

/** Size of exported pictures (PNG and workbook). */
export const EXPORT_SIZE = CHART_EXPORT_SIZE

type ChartPanelProps = {
  readonly id: string
  readonly title: string
  readonly config: AnyChartConfig
  readonly height: number
  readonly table: ChartFigureTable
  readonly fileName: string
  readonly note?: string | undefined
  readonly exportHeight?: number | undefined
  readonly children?: ReactNode
  /** Below the chart and its note: a legend the chart needs (restated values). */
  readonly footer?: ReactNode
}

/** A manager chart: the app's one chart figure (title, PNG, chart, data table), at the manager's export size. */
export function ChartPanel({ exportHeight, ...props }: ChartPanelProps) {
  return (
    <ChartFigure
      {...props}
      exportSize={{ width: EXPORT_SIZE.width, height: exportHeight ?? EXPORT_SIZE.height }}
    />
  )
}
