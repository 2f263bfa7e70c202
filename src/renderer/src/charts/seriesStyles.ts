import type { PointStyle } from 'chart.js'

/**
 * How one series is drawn so that it stays distinct when printed in grey: a colour (from the
 * colour-blind-safe set), a dash pattern and a point style, which differ together from one series
 * to the next; the first colours also differ in lightness.
 */
export type SeriesStyle = {
  readonly colour: string
  readonly dash: readonly number[]
  readonly pointStyle: PointStyle
}

/** Dark and light alternate; every line has its own dash and marker. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#0b4f8a', dash: [], pointStyle: 'circle' },
  { colour: '#e69f00', dash: [8, 4], pointStyle: 'triangle' },
  { colour: '#009e73', dash: [2, 3], pointStyle: 'rect' },
  { colour: '#d55e00', dash: [10, 3, 2, 3], pointStyle: 'rectRot' },
  { colour: '#56b4e9', dash: [14, 5], pointStyle: 'star' },
  { colour: '#5b2d82', dash: [4, 2], pointStyle: 'crossRot' },
  { colour: '#7a7a7a', dash: [1, 2], pointStyle: 'rectRounded' },
]

/** The style of the n-th series (cycling). */
export const seriesStyle = (index: number): SeriesStyle =>
  SERIES_STYLES[index % SERIES_STYLES.length] ?? { colour: '#0b4f8a', dash: [], pointStyle: 'circle' }

/** Bar fills that differ in lightness (dark → light), for grouped bars printed in grey. */
export const BAR_FILLS = ['#0b4f8a', '#6f9fcf', '#c9ddf0', '#3d3d3d', '#9a9a9a', '#e0e0e0'] as const

/** The fill of the n-th bar series (cycling). */
export const barFill = (index: number): string => BAR_FILLS[index % BAR_FILLS.length] ?? '#0b4f8a'

/** Applies a series style to a line or radar dataset (line, dash, markers). */
export function lineDatasetStyle(index: number, options: { readonly fill?: boolean } = {}) {
  const style = seriesStyle(index)
  return {
    borderColor: style.colour,
    backgroundColor: options.fill ? `${style.colour}22` : style.colour,
    borderDash: [...style.dash],
    borderWidth: 2.5,
    pointStyle: style.pointStyle,
    pointRadius: 5,
    pointHoverRadius: 6,
    pointBackgroundColor: style.colour,
    pointBorderColor: style.colour,
  }
}
