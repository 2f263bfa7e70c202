import { describe, expect, it } from 'vitest'
import { formatNumber } from '../i18n/format'
import { chartTable } from './chartTable'

const vi = (value: number) => formatNumber(value, 'vi', 2)

describe('chartTable', () => {
  it('gives one row per label and one column per dataset, numbers in the interface format', () => {
    const table = chartTable(
      {
        labels: ['1. Sở Nội vụ', '2. Sở Tài chính'],
        datasets: [
          { label: 'HTKT', data: [0.8123, 1234.5] },
          { label: 'NL', data: [0.5, null] },
        ],
      },
      'Đơn vị',
      vi,
    )

    expect(table).toEqual({
      headers: ['Đơn vị', 'HTKT', 'NL'],
      rows: [
        ['1. Sở Nội vụ', '0,81', '0,5'],
        ['2. Sở Tài chính', '1.234,5', '—'],
      ],
      numeric: [1, 2],
    })
  })

  it('reads point objects (y, or x for horizontal bars) and names unlabelled datasets and rows by position', () => {
    const table = chartTable(
      { datasets: [{ data: [{ x: 3, y: 2024 }, { x: Number.NaN, y: 2025 }, 'text'] }] },
      'Năm',
      (value) => formatNumber(value, 'en'),
      { horizontal: true },
    )

    expect(table.headers).toEqual(['Năm', '1'])
    expect(table.rows).toEqual([
      ['1', '3'],
      ['2', '—'],
      ['3', '—'],
    ])
  })

  it('joins multi-line labels into one cell', () => {
    expect(
      chartTable({ labels: [['Sở', 'Nội vụ']], datasets: [{ label: 'A', data: [1] }] }, 'X', vi).rows,
    ).toEqual([['Sở Nội vụ', '1']])
  })
})
