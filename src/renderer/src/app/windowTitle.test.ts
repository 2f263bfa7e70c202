import { describe, expect, it } from 'vitest'
import { windowTitle } from './windowTitle'

describe('windowTitle', () => {
  it('puts the screen first and the product last, joined by em dashes', () => {
    expect(windowTitle(['Xếp hạng', 'Đánh giá 2026'], 'ICT Index Workbench')).toBe(
      'Xếp hạng — Đánh giá 2026 — ICT Index Workbench',
    )
  })

  it('leaves out parts that are missing or blank', () => {
    expect(windowTitle([null, 'Cài đặt', undefined, '  '], 'ICT Index Workbench')).toBe(
      'Cài đặt — ICT Index Workbench',
    )
    expect(windowTitle([], 'ICT Index Workbench')).toBe('ICT Index Workbench')
  })
})
