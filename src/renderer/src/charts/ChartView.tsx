import type { ChartConfiguration, ChartType } from 'chart.js'
import { Chart } from 'react-chartjs-2'
import { registerCharts } from './registerCharts'

registerCharts()

type ChartViewProps = {
  /** A whole chart.js configuration (also used as is for the exported PNG). */
  readonly config: ChartConfiguration<ChartType, unknown[], unknown>
  /** What the chart shows, for screen readers (the canvas has no text of its own). */
  readonly label: string
  readonly height: number
}

/** Any chart.js chart from a configuration: a thin wrapper, responsive width, fixed height, no animation. */
export function ChartView({ config, label, height }: ChartViewProps) {
  return (
    // React sets `style` through the CSSOM, which the CSP (style-src 'self') allows.
    <div
      className="chart-view"
      role="img"
      aria-label={label}
      style={{ position: 'relative', width: '100%', height }}
    >
      <Chart
        type={config.type}
        data={config.data}
        options={{ ...config.options, responsive: true, maintainAspectRatio: false, animation: false }}
        {...(config.plugins === undefined ? {} : { plugins: config.plugins })}
      />
    </div>
  )
}
