import { describe, expect, it } from 'vitest'
import { fileExtension, fileStem, frameworkIdFromFileName } from './frameworkIdFromFileName'

describe('frameworkIdFromFileName', () => {
  it.each([
    ['ASEM_iMeta.csv', 'asem-imeta'],
    ['/home/an/data/ASEM_iMeta.csv', 'asem-imeta'],
    ['C:\\Dữ liệu\\Bộ chỉ số Đà Nẵng 2025.xlsx', 'bo-chi-so-da-nang-2025'],
    ['---.csv', 'imported'],
    ['.csv', 'csv'],
    [`${'a'.repeat(63)}-b.csv`, 'a'.repeat(63)],
  ])('makes %s into %s', (fileName, id) => {
    expect(frameworkIdFromFileName(fileName)).toBe(id)
  })
})

describe('fileExtension and fileStem', () => {
  it('take the last extension in lower case, and the name without folders and extension', () => {
    expect([
      fileExtension('a/b.tar.XLSX'),
      fileExtension('README'),
      fileExtension('.hidden'),
      fileStem('a\\b\\Khung.v2.json'),
    ]).toEqual(['xlsx', '', '', 'Khung.v2'])
  })
})
