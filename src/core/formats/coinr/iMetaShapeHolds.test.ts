import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/excel/csv/parseCsv'
import { parseFramework } from '@core/framework/parseFramework'
import { iMetaShapeHolds } from './iMetaShapeHolds'
import { importIMeta } from './importIMeta'

const repository = resolve(__dirname, '../../../..')
const readGrid = (path: string) => {
  const parsed = parseCsv(readFileSync(resolve(repository, path), 'utf8'))
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.error)}`)
  return parsed.value.rows
}

const grid = (indicatorCode: string, indicatorName: string, parent = 'P1') => [
  ['iCode', 'iName', 'Direction', 'Weight', 'Parent', 'Type'],
  ['Index', 'Index', '1', '1', '', 'Aggregate'],
  ['P1', 'Trụ cột', '1', '1', 'Index', 'Aggregate'],
  [indicatorCode, indicatorName, '1', '1', parent, 'Indicator'],
]

describe('iMetaShapeHolds', () => {
  it('holds for the ASEM iMeta table, which the schema leaves exactly as importIMeta built it', () => {
    const imported = importIMeta(readGrid('examples/coinr-asem/ASEM_iMeta.csv'), { id: 'asem', year: 2018 })
    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    expect(iMetaShapeHolds(imported.value)).toBe(true)
    const reparsed = parseFramework(imported.value)
    if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.error))
    expect(JSON.stringify(reparsed.value)).toBe(JSON.stringify(imported.value))
  })

  it('leaves texts that are not NFC to the schema, which normalises them', () => {
    const imported = importIMeta(grid('I1', 'Tru\u031B cô\u0323t'), { id: 'nfd', year: 2026 })
    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    expect(imported.value.indicators[0]?.name.vi).toBe('Tru\u031B cô\u0323t'.normalize('NFC'))
  })

  it("leaves a code that is not an identifier to the schema, whose issue names the table's cell", () => {
    const imported = importIMeta(grid('1.2', 'Chỉ tiêu'), { id: 'dots', year: 2026 })
    expect(imported.ok).toBe(false)
    if (imported.ok) return
    expect(imported.error).toEqual([
      {
        code: 'imeta-framework-invalid',
        issues: [
          expect.objectContaining({
            code: 'schema-invalid',
            path: 'questions[0].code',
            tableRow: 4,
            tableColumn: 'iCode',
          }),
        ],
      },
    ])
  })

  it('says no to an empty parent, an id that is not kebab case and a year out of range', () => {
    const imported = importIMeta(grid('I1', 'Chỉ tiêu'), { id: 'ok', year: 2026 })
    if (!imported.ok) throw new Error(JSON.stringify(imported.error))
    const framework = imported.value
    expect(iMetaShapeHolds(framework)).toBe(true)
    expect(iMetaShapeHolds({ ...framework, id: 'Not Kebab' })).toBe(false)
    expect(iMetaShapeHolds({ ...framework, year: 1999 })).toBe(false)
    expect(
      iMetaShapeHolds({
        ...framework,
        indicators: framework.indicators.map((indicator) => ({ ...indicator, parent: '' })),
      }),
    ).toBe(false)
    expect(
      iMetaShapeHolds({
        ...framework,
        components: framework.components.map((component) => ({ ...component, weight: Number.NaN })),
      }),
    ).toBe(false)
  })
})
