import { describe, expect, it } from 'vitest'
import { correlationColour, correlationHeatMap } from './correlationHeatMap'

describe('the correlation heat map', () => {
  it('colours −1 red, 0 white, +1 blue and an undefined correlation grey', () => {
    expect(correlationColour(-1)).toBe('rgb(178, 24, 43)')
    expect(correlationColour(0)).toBe('rgb(255, 255, 255)')
    expect(correlationColour(1)).toBe('rgb(33, 102, 172)')
    expect(correlationColour(null)).toBe('rgb(220, 220, 220)')
  })

  it('draws one row per indicator and one equal tile per column, coloured by r', () => {
    const config = correlationHeatMap(
      {
        parent: 'P',
        indicators: ['A', 'B'],
        values: [
          [1, -1],
          [-1, 1],
        ],
      },
      (value) => String(value),
    )
    expect(config.data.labels).toEqual(['A', 'B'])
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [1, 1],
      [1, 1],
    ])
    expect(config.data.datasets[1]?.backgroundColor).toEqual(['rgb(178, 24, 43)', 'rgb(33, 102, 172)'])
  })
})
