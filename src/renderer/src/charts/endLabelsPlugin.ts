import type { Chart, Plugin } from 'chart.js'

/**
 * Writes each named dataset's label beside its last point (for bump and trend charts, where a
 * legend of 60 entries would not be read). Datasets opt in with `endLabel: true` in their options.
 */
/** Vertical space between two end labels, in pixels. */
const LINE_GAP = 14

export const endLabelsPlugin: Plugin = {
  id: 'endLabels',
  afterDatasetsDraw: (chart: Chart) => {
    const { ctx } = chart
    ctx.save()
    ctx.font = "600 12px 'Segoe UI', 'Noto Sans', system-ui, Arial, sans-serif"
    ctx.textBaseline = 'middle'
    const labels: { text: string; colour: string; x: number; y: number }[] = []
    chart.data.datasets.forEach((dataset, index) => {
      if ((dataset as { endLabel?: boolean }).endLabel !== true || !chart.isDatasetVisible(index)) return
      const values = dataset.data as readonly unknown[]
      const at = values.findLastIndex((value) => value !== null && value !== undefined)
      const last = chart.getDatasetMeta(index).data[at]
      if (at < 0 || last === undefined) return
      labels.push({
        text: String(dataset.label ?? ''),
        colour: typeof dataset.borderColor === 'string' ? dataset.borderColor : '#1d2430',
        x: last.x + 8,
        y: last.y,
      })
    })
    // Labels of lines ending close together are pushed apart, top to bottom, so none overlaps.
    labels.sort((a, b) => a.y - b.y)
    let previous = Number.NEGATIVE_INFINITY
    for (const label of labels) {
      const y = Math.max(label.y, previous + LINE_GAP)
      ctx.fillStyle = label.colour
      ctx.fillText(label.text, label.x, y)
      previous = y
    }
    ctx.restore()
  },
}
