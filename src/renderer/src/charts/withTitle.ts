import type { ChartConfiguration, ChartType } from 'chart.js'

/** Any chart.js configuration (bars, lines, radar, the box plot plugin's). */
export type AnyChartConfig = ChartConfiguration<ChartType, unknown[], unknown>

/**
 * The configuration with its title drawn on the canvas: exported pictures carry their title,
 * on screen the heading above the chart does.
 *
 * @example
 *   const png = await renderChartImage(withTitle(config, 'Điểm tổng hợp'), 1100, 600)
 */
export function withTitle(config: AnyChartConfig, title: string): AnyChartConfig {
  return {
    ...config,
    options: {
      ...config.options,
      plugins: {
        ...config.options?.plugins,
        title: { display: true, text: title, font: { size: 16, weight: 'bold' } },
      },
    },
  } as AnyChartConfig
}
