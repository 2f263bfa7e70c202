import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { danangLineage2025 } from '@core/builtins/danangLineage2025'
import { provinceLineage2025 } from '@core/builtins/provinceLineage2025'
import { parseCsv } from '@core/builtins/testing/parseCsv'
import { danangUnits } from '@core/sample/danangUnits'
import { BUILT_IN_LINEAGE_IDS, builtInLineageDrafts, loadBuiltInLineage } from './builtInLineages'
import { validateLineage } from './validateLineage'

const COLUMNS = ['new_code', 'new_name', 'old_code', 'old_name', 'kind', 'effective_date', 'source']
const fromCsv = (file: string) =>
  parseCsv(readFileSync(resolve(__dirname, '../../../resources/lineage', file), 'utf8'), COLUMNS).map(
    (row) => ({
      newCode: row.new_code,
      newName: row.new_name,
      oldCode: row.old_code,
      oldName: row.old_name,
      kind: row.kind,
      effectiveDate: row.effective_date,
      source: row.source,
    }),
  )

describe('built-in lineages', () => {
  it('equal resources/lineage/*.csv row for row, every row with its source', () => {
    expect(danangLineage2025).toEqual(fromCsv('danang-departments-2025-lineage.csv'))
    expect(provinceLineage2025).toEqual(fromCsv('provinces-2025-lineage.csv'))
    expect(
      [...danangLineage2025, ...provinceLineage2025].every((row) => row.source.startsWith('https://')),
    ).toBe(true)
  })

  it('are valid, Đà Nẵng’s against the sample’s units', () => {
    for (const id of BUILT_IN_LINEAGE_IDS) expect(loadBuiltInLineage(id).ok).toBe(true)
    const known = new Set(danangUnits.map((unit) => unit.code))
    expect(validateLineage(builtInLineageDrafts('danang-2025'), { knownCodes: known }).ok).toBe(true)
  })

  it('map the 63 provinces onto 34', () => {
    const lineage = loadBuiltInLineage('provinces-2025')
    expect(lineage.ok).toBe(true)
    if (!lineage.ok) return
    expect(new Set(lineage.value.rows.map((row) => row.oldCode)).size).toBe(63)
    expect(new Set(lineage.value.rows.map((row) => row.newCode)).size).toBe(34)
  })
})
