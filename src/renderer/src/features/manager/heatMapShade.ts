/** The shade of a heat-map cell: light (low) to dark blue (high) within the column's range, readable in grey. */
export function heatMapShade(
  value: number | null,
  range: { readonly min: number | null; readonly max: number | null },
): { readonly background: string; readonly text: string } {
  if (value === null || range.min === null || range.max === null)
    return { background: '#ffffff', text: '#556070' }
  const position = range.max > range.min ? (value - range.min) / (range.max - range.min) : 0.5
  // Lightness 96% → 28%: equal steps in lightness survive grey-scale printing.
  const lightness = 96 - position * 68
  return { background: `hsl(210 60% ${lightness.toFixed(1)}%)`, text: lightness < 55 ? '#ffffff' : '#1d2430' }
}
