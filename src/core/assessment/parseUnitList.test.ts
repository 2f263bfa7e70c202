import { describe, expect, it } from 'vitest'
import { parseUnitList, unitListRows } from './parseUnitList'

describe('parseUnitList', () => {
  it('reads a Vietnamese header in any column order', () => {
    const parsed = parseUnitList([
      ['Nhóm', 'Tên đơn vị', 'Mã'],
      ['Sở, ban, ngành', 'Sở Tài chính', 'STC'],
    ])

    expect(parsed).toEqual({
      ok: true,
      value: [{ code: 'STC', name: 'Sở Tài chính', group: 'Sở, ban, ngành' }],
    })
  })

  it('takes code, name and group in that order when there is no header, skipping blank rows', () => {
    const parsed = parseUnitList([
      ['STC', 'Sở Tài chính', 'Sở'],
      [null, '', ''],
      [12, 'Đơn vị 12'],
    ])

    expect(parsed).toEqual({
      ok: true,
      value: [
        { code: 'STC', name: 'Sở Tài chính', group: 'Sở' },
        { code: '12', name: 'Đơn vị 12', group: '' },
      ],
    })
  })

  it('reports every bad row at once with its row number', () => {
    const parsed = parseUnitList([
      ['Code', 'Name'],
      ['STC', 'Sở Tài chính'],
      ['', 'Không mã'],
      ['stc', 'Trùng'],
      ['A B', ''],
    ])

    expect(parsed).toEqual({
      ok: false,
      error: [
        { code: 'unit-code-missing', row: 3 },
        { code: 'unit-code-duplicate', row: 4, unit: 'stc', firstRow: 2 },
        { code: 'unit-code-invalid', row: 5, unit: 'A B' },
        { code: 'unit-name-missing', row: 5, unit: 'A B' },
      ],
    })
  })

  it('refuses an empty list', () => {
    expect(parseUnitList([['Mã', 'Tên']])).toEqual({ ok: false, error: [{ code: 'unit-list-empty' }] })
  })
})

describe('unitListRows', () => {
  it('splits pasted Excel rows on tabs and typed rows on semicolons, never on commas', () => {
    expect(unitListRows('STC\tSở Tài chính\tSở, ban, ngành\nSYT; Sở Y tế; Sở, ban, ngành')).toEqual([
      ['STC', 'Sở Tài chính', 'Sở, ban, ngành'],
      ['SYT', 'Sở Y tế', 'Sở, ban, ngành'],
    ])
  })
})
