import type { Chart, Plugin } from 'chart.js'

/**
 * Writes each named dataset's label beside its last point (for bump and trend charts, where a
 * legend of 60 entries would not be read). Datasets opt in with `endLabel: true` in their options.
 */
export const endLabelsPlugin: Plugin = {
  id: 'endLabels',
  afterDatasetsDraw: (chart: Chart) => {
    const { ctx } = chart
    ctx.save()
    ctx.font = "600 12px 'Segoe UI', 'Noto Sans', system-ui, Arial, sans-serif"
    ctx.textBaseline = 'middle'
    chart.data.datasets.forEach((dataset, index) => {
      if ((dataset as { endLabel?: boolean }).endLabel !== true || !chart.isDatasetVisible(index)) return
      const values = dataset.data as readonly unknown[]
      const at = values.findLastIndex((value) => value !== null && value !== undefined)
      const last = chart.getDatasetMeta(index).data[at]
      if (at < 0 || last === undefined) return
      ctx.fillStyle = typeof dataset.borderColor === 'string' ? dataset.borderColor : '#1d2430'
      ctx.fillText(String(dataset.label ?? ''), last.x + 8, last.y)
    })
    ctx.restore()
  },
}
