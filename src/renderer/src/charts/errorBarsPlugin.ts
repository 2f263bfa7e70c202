import type { Chart, Plugin } from 'chart.js'

/** An interval drawn over one bar: the low and high values on the value axis. */
export type ErrorBar = { readonly low: number | null; readonly high: number | null }

/** Width of the whisker caps, in pixels. */
const CAP = 6

/**
 * Draws an interval (a vertical line with caps) over each bar of the datasets that carry
 * `errorBars: ErrorBar[]` (one per bar, null bounds skipped): the bootstrap intervals of the
 * sensitivity indices. Vertical bars only.
 */
export const errorBarsPlugin: Plugin = {
  id: 'errorBars',
  afterDatasetsDraw: (chart: Chart) => {
    const { ctx } = chart
    const scale = chart.scales['y']
    if (scale === undefined) return
    ctx.save()
    ctx.strokeStyle = '#1d2430'
    ctx.lineWidth = 1.5
    chart.data.datasets.forEach((dataset, index) => {
      const bars = (dataset as { errorBars?: readonly ErrorBar[] }).errorBars
      if (bars === undefined || !chart.isDatasetVisible(index)) return
      chart.getDatasetMeta(index).data.forEach((element, at) => {
        const bar = bars[at]
        if (bar === undefined || bar.low === null || bar.high === null) return
        const low = scale.getPixelForValue(bar.low)
        const high = scale.getPixelForValue(bar.high)
        ctx.beginPath()
        ctx.moveTo(element.x, low)
        ctx.lineTo(element.x, high)
        ctx.moveTo(element.x - CAP / 2, low)
        ctx.lineTo(element.x + CAP / 2, low)
        ctx.moveTo(element.x - CAP / 2, high)
        ctx.lineTo(element.x + CAP / 2, high)
        ctx.stroke()
      })
    })
    ctx.restore()
  },
}
