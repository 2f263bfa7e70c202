import type { ComponentMatrix } from '@core/comparison/componentMatrix'
import { heatMapShade } from './heatMapShade'

/** Draws the heat map (components by unit) on a canvas and returns it as PNG bytes, for export. */
export async function heatMapImage(
  matrix: ComponentMatrix,
  title: string,
  labelOf: (code: string) => string,
  format: (value: number) => string,
): Promise<{ readonly png: Uint8Array; readonly width: number; readonly height: number }> {
  const rowHeight = 22
  const nameWidth = 300
  const cellWidth = 110
  const top = 70
  const width = nameWidth + cellWidth * matrix.codes.length + 20
  const height = top + rowHeight * matrix.rows.length + 20
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (context === null) throw new Error('No 2D canvas context')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#1d2430'
  context.font = "bold 16px 'Segoe UI', 'Noto Sans', system-ui, Arial, sans-serif"
  context.fillText(title, 10, 24)
  context.font = "600 12px 'Segoe UI', 'Noto Sans', system-ui, Arial, sans-serif"
  matrix.codes.forEach((code, column) =>
    context.fillText(labelOf(code).slice(0, 16), nameWidth + column * cellWidth + 4, top - 10),
  )
  context.font = "12px 'Segoe UI', 'Noto Sans', system-ui, Arial, sans-serif"
  matrix.rows.forEach((row, index) => {
    const y = top + index * rowHeight
    context.fillStyle = '#1d2430'
    const name = `${row.rank ?? '—'}. ${row.name}`
    context.fillText(name.length > 44 ? `${name.slice(0, 43)}…` : name, 10, y + 15)
    row.values.forEach((value, column) => {
      const shade = heatMapShade(value, matrix.ranges[column] ?? { min: null, max: null })
      const x = nameWidth + column * cellWidth
      context.fillStyle = shade.background
      context.fillRect(x, y, cellWidth - 2, rowHeight - 2)
      context.fillStyle = shade.text
      context.fillText(value === null ? '—' : format(value), x + 6, y + 15)
    })
  })
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (blob === null) throw new Error('The canvas gave no PNG')
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height }
}
