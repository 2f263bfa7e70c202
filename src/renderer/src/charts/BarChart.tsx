import type { ChartData, ChartOptions } from 'chart.js'
import { Bar } from 'react-chartjs-2'
import { registerCharts } from './registerCharts'

registerCharts()

type BarChartProps = {
  readonly data: ChartData<'bar', (number | null)[], string>
  readonly options?: ChartOptions<'bar'>
  /** What the chart shows, for screen readers (the canvas has no text of its own). */
  readonly label: string
  readonly height: number
}

/** A bar chart (thin wrapper over react-chartjs-2, animation off, fixed height). */
export function BarChart({ data, options, label, height }: BarChartProps) {
  return (
    // React sets `style` through the CSSOM, which the CSP (style-src 'self') allows; markup style attributes would not be.
    <div className="chart-box" role="img" aria-label={label} style={{ height }}>
      <Bar
        data={data}
        options={{ responsive: true, maintainAspectRatio: false, animation: false, ...options }}
      />
    </div>
  )
}
