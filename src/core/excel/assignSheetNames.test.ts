import { describe, expect, it } from 'vitest'
import { assignSheetNames } from './assignSheetNames'

const written = (names: readonly string[]): readonly string[] =>
  assignSheetNames(names).map((entry) => entry.written)

describe('assignSheetNames', () => {
  it('keeps valid unique names and reports each requested name', () => {
    expect(assignSheetNames(['Báo cáo', 'Danh mục'])).toEqual([
      { requested: 'Báo cáo', written: 'Báo cáo' },
      { requested: 'Danh mục', written: 'Danh mục' },
    ])
  })

  it('suffixes case-insensitive duplicates in order', () => {
    expect(written(['Data', 'data', 'DATA'])).toEqual(['Data', 'data (2)', 'DATA (3)'])
  })

  it('keeps 40-character names sharing a 31-character prefix apart', () => {
    const prefix = 'Sở Thông tin và Truyền thông tỉ'
    const names = written([`${prefix}nh A1234567`, `${prefix}nh B1234567`])

    expect(names).toEqual([prefix, `${prefix.slice(0, 27)} (2)`])
    expect(names.every((name) => name.length <= 31)).toBe(true)
  })

  it('never moves an already unique name to make room for a suffix', () => {
    expect(written(['A', 'A', 'A (2)'])).toEqual(['A', 'A (3)', 'A (2)'])
  })

  it('treats History as taken', () => {
    expect(written(['History', 'history'])).toEqual(['History (2)', 'history (3)'])
  })

  it('gives names that only differ in forbidden characters distinct results', () => {
    expect(written(['a/b', 'a\\b', 'a?b'])).toEqual(['a_b', 'a_b (2)', 'a_b (3)'])
  })
})
