import { describe, expect, it } from 'vitest'
import { danangUnits } from './danangUnits'
import { danangUnitsInYear } from './sampleUnitsForYear'

describe('danangUnitsInYear', () => {
  it('is the 28 former units up to 2024', () => {
    expect(danangUnitsInYear(2024)).toEqual(danangUnits)
  })

  it('from 2025: merged departments, no districts, the wards and communes the lineage names', () => {
    const units = danangUnitsInYear(2025)
    const codes = units.map((unit) => unit.code)
    expect(codes).toContain('SKHCN')
    expect(codes).toContain('SVHTTDL')
    for (const gone of ['STTTT', 'SKHDT', 'SLDTBXH', 'BQL-ATTP', 'Q-HC', 'Q-NHS', 'H-HV'])
      expect(codes).not.toContain(gone)
    expect(units.filter((unit) => unit.group === 'so-ban-nganh')).toHaveLength(14)
    expect(units.filter((unit) => unit.group === 'xa-phuong').map((unit) => unit.code)).toEqual([
      'P-HAICHAU',
      'P-HOACUONG',
      'P-THANHKHE',
      'P-ANKHE',
      'P-ANHAI',
      'P-SONTRA',
      'P-NGUHANHSON',
      'P-HOAKHANH',
      'P-LIENCHIEU',
      'P-HAIVAN',
      'P-CAMLE',
      'P-HOAXUAN',
      'X-HOAVANG',
      'X-HOATIEN',
    ])
    expect(danangUnitsInYear(2026)).toEqual(units)
  })
})
