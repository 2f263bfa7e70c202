import { Chart, type ChartConfiguration } from 'chart.js'
import { registerCharts } from './registerCharts'

/**
 * Draws a chart off screen at a fixed size and returns it as PNG bytes (for the Excel report).
 * Animation and responsiveness are off so the picture is complete when drawn.
 */
export async function renderChartImage(
  config: ChartConfiguration,
  width: number,
  height: number,
): Promise<Uint8Array> {
  registerCharts()
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('No 2D canvas context')
  const chart = new Chart(context, {
    ...config,
    options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 },
  } as ChartConfiguration)
  try {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    if (blob === null) throw new Error('The canvas gave no PNG')
    return new Uint8Array(await blob.arrayBuffer())
  } finally {
    chart.destroy()
  }
}
