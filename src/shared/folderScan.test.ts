import { describe, expect, it } from 'vitest'
import { FILE_LIMITS, MAX_FOLDER_DEPTH } from './ipc/contract'
import {
  folderEntryAction,
  hasAcceptedExtension,
  isIgnoredName,
  WORKBOOK_FILE_EXTENSIONS,
  type FolderScanRules,
} from './folderScan'

const workbooks: FolderScanRules = { extensions: WORKBOOK_FILE_EXTENSIONS, maxDepth: MAX_FOLDER_DEPTH }

describe('folder scan rules', () => {
  it('ignore hidden files and folders and Office lock files', () => {
    expect(
      ['.DS_Store', '.git', '.~lock.SNV.xlsx#', '~$SNV.xlsx', '~$ Sở Nội vụ.xlsx'].map(isIgnoredName),
    ).toEqual([true, true, true, true, true])
    expect(['SNV.xlsx', 'Sở Nội vụ ~$.xlsx', '$SNV.xlsx', '~SNV.xlsx'].map(isIgnoredName)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('take a file by its extension, case ignored, and a name that is only an extension has none', () => {
    expect(hasAcceptedExtension('Sở Nội vụ.XLSX', ['xlsx', 'zip'])).toBe(true)
    expect(hasAcceptedExtension('SNV.2025.zip', ['xlsx', 'zip'])).toBe(true)
    expect(hasAcceptedExtension('SNV.xls', ['xlsx', 'zip'])).toBe(false)
    expect(hasAcceptedExtension('xlsx', ['xlsx'])).toBe(false)
    expect(hasAcceptedExtension('.xlsx', ['xlsx'])).toBe(false)
    expect(hasAcceptedExtension('SNV.', ['xlsx'])).toBe(false)
  })

  it('descend into subfolders down to the depth, take accepted files, ignore the rest', () => {
    expect(folderEntryAction('Quận Hải Châu', 'directory', 0, workbooks)).toBe('descend')
    expect(folderEntryAction('Phường', 'directory', MAX_FOLDER_DEPTH - 1, workbooks)).toBe('descend')
    expect(folderEntryAction('Tổ', 'directory', MAX_FOLDER_DEPTH, workbooks)).toBe('ignore')
    expect(folderEntryAction('.git', 'directory', 0, workbooks)).toBe('ignore')
    expect(folderEntryAction('SNV.xlsx', 'file', MAX_FOLDER_DEPTH, workbooks)).toBe('take')
    expect(folderEntryAction('SNV kèm minh chứng.ZIP', 'file', 0, workbooks)).toBe('take')
    expect(folderEntryAction('~$SNV.xlsx', 'file', 0, workbooks)).toBe('ignore')
    expect(folderEntryAction('ghi chú.docx', 'file', 0, workbooks)).toBe('ignore')
    expect(folderEntryAction('anh.xlsx', 'directory', 0, { extensions: ['xlsx'], maxDepth: 0 })).toBe(
      'ignore',
    )
  })

  it('take the same files for a bulk import as the app’s file dialogs and drops', () => {
    expect(WORKBOOK_FILE_EXTENSIONS).toEqual(FILE_LIMITS.workbook.extensions)
  })
})
