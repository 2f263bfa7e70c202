import type { ChartConfiguration } from 'chart.js'
import type { WithinParentMatrix } from '@core/assessment/statisticalAudit'

/**
 * The colour of a correlation: red for −1, white for 0, blue for +1, grey when undefined.
 *
 * @example
 *   correlationColour(1) // => 'rgb(33, 102, 172)'
 */
export function correlationColour(value: number | null): string {
  if (value === null) return 'rgb(220, 220, 220)'
  const strength = Math.min(1, Math.abs(value))
  const [r, g, b] = value >= 0 ? [33, 102, 172] : [178, 24, 43]
  const mix = (channel: number) => Math.round(255 + (channel - 255) * strength)
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`
}

/**
 * A heat map of one parent's indicator × indicator correlations drawn as a stacked horizontal bar
 * chart (one row per indicator, one equal tile per column indicator, coloured by r), so it needs
 * only the chart.js parts the app registers. The tooltip names the pair and r.
 */
export function correlationHeatMap(
  matrix: WithinParentMatrix,
  format: (value: number | null) => string,
): ChartConfiguration<'bar', number[], string> {
  const codes = matrix.indicators
  return {
    type: 'bar',
    data: {
      labels: [...codes],
      datasets: codes.map((column, j) => ({
        label: column,
        data: codes.map(() => 1),
        backgroundColor: codes.map((_, i) => correlationColour(matrix.values[i]?.[j] ?? null)),
        borderColor: 'rgb(255, 255, 255)',
        borderWidth: 1,
        barPercentage: 1,
        categoryPercentage: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: codes.length,
          position: 'top',
          grid: { display: false },
          ticks: {
            stepSize: 1,
            autoSkip: false,
            maxRotation: 60,
            callback: (value) => {
              const index = Math.floor(Number(value))
              return Number(value) === index ? '' : (codes[index] ?? '')
            },
          },
          afterBuildTicks: (axis) => {
            axis.ticks = codes.map((_, index) => ({ value: index + 0.5 }))
          },
        },
        y: { stacked: true, grid: { display: false }, ticks: { autoSkip: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${codes[item.dataIndex] ?? ''} × ${codes[item.datasetIndex] ?? ''}: ${format(
                matrix.values[item.dataIndex]?.[item.datasetIndex] ?? null,
              )}`,
          },
        },
      },
    },
  }
}
