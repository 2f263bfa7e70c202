import { describe, expect, it } from 'vitest'
import { aFramework } from '@core/framework/testing/aFramework'
import { importIData } from './importIData'

describe('importIData', () => {
  const framework = aFramework()

  it('reads each cell by its question type and keeps other columns as unit attributes', () => {
    const result = importIData(
      [
        [
          'uCode',
          'uName',
          'Group',
          'MayTinh',
          'CoPhongCNTT',
          'CongThongTin',
          'KenhHoTro',
          'GhiChu',
          'TyLeVanBanDienTu',
        ],
        ['SNV', 'Sở Nội vụ', 'so', '120', 'có', 'a', 'x; y', 'Ghi chú', '45,5'],
        ['STC', 'Sở Tài chính', 'so', 80, '0', '', '', '', ''],
      ],
      framework,
    )

    expect(result).toEqual({
      ok: true,
      value: [
        {
          code: 'SNV',
          name: 'Sở Nội vụ',
          group: 'so',
          attributes: { Group: 'so' },
          answers: {
            MayTinh: 120,
            CoPhongCNTT: true,
            CongThongTin: 'a',
            KenhHoTro: ['x', 'y'],
            GhiChu: 'Ghi chú',
            TyLeVanBanDienTu: 45.5,
          },
        },
        {
          code: 'STC',
          name: 'Sở Tài chính',
          group: 'so',
          attributes: { Group: 'so' },
          answers: {
            MayTinh: 80,
            CoPhongCNTT: false,
            CongThongTin: null,
            KenhHoTro: null,
            GhiChu: null,
            TyLeVanBanDienTu: null,
          },
        },
      ],
    })
  })

  it('reports every cell that does not fit its question, and duplicate units', () => {
    const result = importIData(
      [
        ['uCode', 'MayTinh', 'CoPhongCNTT'],
        ['A', 'nhiều', 'có lẽ'],
        ['A', '1', '1'],
      ],
      framework,
    )

    expect(result).toEqual({
      ok: false,
      error: [
        { code: 'idata-bad-cell', row: 2, column: 'MayTinh', found: 'nhiều' },
        { code: 'idata-bad-cell', row: 2, column: 'CoPhongCNTT', found: 'có lẽ' },
        { code: 'idata-duplicate-unit', row: 3, unit: 'A' },
      ],
    })
  })

  it('needs a uCode column', () => {
    expect(importIData([['code', 'MayTinh']], framework)).toEqual({
      ok: false,
      error: [{ code: 'idata-missing-column', column: 'uCode' }],
    })
  })
})
