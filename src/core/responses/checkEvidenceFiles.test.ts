import { describe, expect, it } from 'vitest'
import { checkEvidenceFiles, fileExtension } from './checkEvidenceFiles'

const named = (...names: string[]) => names.map((fileName) => ({ fileName }))

describe('checkEvidenceFiles', () => {
  it('accepts any file when the question lists no types, and the types it lists whatever their case', () => {
    expect(checkEvidenceFiles({}, named('video.mp4', 'khong-duoi'))).toEqual([])
    expect(checkEvidenceFiles({ accept: ['pdf', 'docx'] }, named('QĐ 123.PDF', 'Báo cáo.docx'))).toEqual([])
  })

  it('refuses each file of another type, by its position, with the types accepted', () => {
    expect(checkEvidenceFiles({ accept: ['pdf'] }, named('a.pdf', 'ảnh chụp.png', 'pdf', '.pdf'))).toEqual([
      { code: 'file-not-accepted', index: 1, fileName: 'ảnh chụp.png', accept: ['pdf'] },
      { code: 'file-not-accepted', index: 2, fileName: 'pdf', accept: ['pdf'] },
      { code: 'file-not-accepted', index: 3, fileName: '.pdf', accept: ['pdf'] },
    ])
  })

  it('says once that there are too many files, at the first file beyond the number, counting those attached', () => {
    expect(checkEvidenceFiles({ maxFiles: 2 }, named('1.pdf', '2.pdf'))).toEqual([])
    expect(checkEvidenceFiles({ maxFiles: 2 }, named('1.pdf', '2.pdf', '3.pdf', '4.pdf'))).toEqual([
      { code: 'too-many-files', index: 2, maxFiles: 2 },
    ])
    expect(checkEvidenceFiles({ maxFiles: 2 }, named('3.pdf'), { attached: 1 })).toEqual([])
    expect(checkEvidenceFiles({ maxFiles: 2 }, named('3.pdf', '4.pdf'), { attached: 1 })).toEqual([
      { code: 'too-many-files', index: 1, maxFiles: 2 },
    ])
    expect(checkEvidenceFiles({ maxFiles: 2 }, named('9.pdf'), { attached: 5 })).toEqual([
      { code: 'too-many-files', index: 0, maxFiles: 2 },
    ])
  })

  it('lists a file’s type before the count it exceeds, in the order of the files', () => {
    expect(checkEvidenceFiles({ accept: ['pdf'], maxFiles: 1 }, named('a.pdf', 'b.exe', 'c.exe'))).toEqual([
      { code: 'file-not-accepted', index: 1, fileName: 'b.exe', accept: ['pdf'] },
      { code: 'too-many-files', index: 1, maxFiles: 1 },
      { code: 'file-not-accepted', index: 2, fileName: 'c.exe', accept: ['pdf'] },
    ])
  })
})

describe('fileExtension', () => {
  it('is the lower-case extension without the dot, empty when there is none', () => {
    expect(fileExtension('Quyet dinh.PDF')).toBe('pdf')
    expect(fileExtension('báo.cáo.Xlsx')).toBe('xlsx')
    expect(fileExtension('README')).toBe('')
    expect(fileExtension('.hidden')).toBe('')
  })
})
