import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { parseFramework } from '@core/framework/parseFramework'
import { iMetaShapeHolds } from './iMetaShapeHolds'
import { importIMeta } from './importIMeta'

// Cells a person might type: plain codes, dotted codes, spaces, accents composed (NFC) or not (NFD).
const piece = fc.constantFrom('A', 'b', '1', '_', '.', '-', ' ', 'é', 'e\u0301', 'Ư', 'x')
const cell = fc.array(piece, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''))

const gridArbitrary = fc
  .record({
    pillars: fc.array(fc.record({ code: cell, name: cell, weight: fc.constantFrom('1', '2', '0,5', 'x') }), {
      minLength: 1,
      maxLength: 3,
    }),
    indicators: fc.array(
      fc.record({
        code: cell,
        name: cell,
        direction: fc.constantFrom('1', '-1', '2'),
        weight: fc.constantFrom('1', '', '3'),
        pillar: fc.nat(4),
        unit: cell,
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ pillars, indicators }) => [
    ['iCode', 'iName', 'Direction', 'Weight', 'Parent', 'Type', 'Unit'],
    ['Index', 'Chỉ số', '1', '1', '', 'Aggregate', ''],
    ...pillars.map((pillar) => [pillar.code, pillar.name, '1', pillar.weight, 'Index', 'Aggregate', '']),
    ...indicators.map((indicator) => [
      indicator.code,
      indicator.name,
      indicator.direction,
      indicator.weight,
      pillars[indicator.pillar]?.code ?? '',
      'Indicator',
      indicator.unit,
    ]),
  ])

describe('importIMeta without the schema where the cells already have its shape (decision 0026)', () => {
  test.prop([gridArbitrary], { numRuns: 300 })(
    'what it returns is what the schema would return: the schema changes nothing in it',
    (grid) => {
      const imported = importIMeta(grid, { id: 'prop', year: 2026 })
      if (!imported.ok) return
      const reparsed = parseFramework(imported.value)
      expect(reparsed.ok).toBe(true)
      if (reparsed.ok) expect(JSON.stringify(reparsed.value)).toBe(JSON.stringify(imported.value))
      expect(iMetaShapeHolds(imported.value)).toBe(true)
    },
  )
})
