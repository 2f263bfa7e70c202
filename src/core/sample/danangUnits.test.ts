import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '@core/builtins/testing/parseCsv'
import { danangUnits } from './danangUnits'

const csvPath = resolve(__dirname, '../../../tests/fixtures/units/danang-units.csv')

describe('danangUnits', () => {
  it('matches tests/fixtures/units/danang-units.csv row for row', () => {
    const rows = parseCsv(readFileSync(csvPath, 'utf8'), ['code', 'name_vi', 'group_vi', 'group_code'])

    expect(danangUnits).toEqual(
      rows.map((row) => ({
        code: row.code,
        name: row.name_vi.normalize('NFC'),
        group: row.group_code,
        groupName: row.group_vi.normalize('NFC'),
      })),
    )
  })

  it('holds 21 departments and agencies and 7 districts', () => {
    expect(danangUnits.filter((unit) => unit.group === 'so-ban-nganh')).toHaveLength(21)
    expect(danangUnits.filter((unit) => unit.group === 'quan-huyen')).toHaveLength(7)
  })

  it('stores names in Unicode NFC', () => {
    expect(
      danangUnits.every(
        (unit) =>
          unit.name === unit.name.normalize('NFC') && unit.groupName === unit.groupName.normalize('NFC'),
      ),
    ).toBe(true)
  })
})
