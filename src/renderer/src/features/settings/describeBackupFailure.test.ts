import { testTranslator as translator } from '../../i18n/testTranslator'
import { describe, expect, it } from 'vitest'
import { describeIssue } from '../../i18n/describeIssue'
import { describeBackupFailure } from './describeBackupFailure'

describe('describeBackupFailure for a picked backup file', () => {
  it('asks for the file again when main no longer knows its token', async () => {
    const failure = { code: 'picked-file-not-found' } as const

    expect(describeBackupFailure(await translator('vi'), failure)).toContain('Hãy chọn lại tệp')
    expect(describeBackupFailure(await translator('en'), failure)).toContain('Pick the file again')
  })

  it('names the file that changed after it was picked', async () => {
    const failure = { code: 'picked-file-changed', fileName: 'sao-luu-2026.json' } as const

    expect(describeBackupFailure(await translator('vi'), failure)).toBe(
      'Tệp sao lưu “sao-luu-2026.json” đã bị sửa, di chuyển hoặc xoá sau khi được chọn nên chưa khôi phục gì. Hãy chọn lại tệp.',
    )
    expect(describeBackupFailure(await translator('en'), failure)).toBe(
      'The backup file “sao-luu-2026.json” was changed, moved or deleted after it was picked, so nothing was restored. Pick the file again.',
    )
  })

  it('has a sentence of its own among the desktop errors too', async () => {
    expect(describeIssue(await translator('en'), { code: 'picked-file-changed', fileName: 'b.json' })).toBe(
      'The file “b.json” was changed, moved or deleted after it was picked. Pick it again.',
    )
    expect(describeIssue(await translator('vi'), { code: 'picked-file-not-found' })).toContain(
      'Hãy chọn lại tệp',
    )
  })
})
