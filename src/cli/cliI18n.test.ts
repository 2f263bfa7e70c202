import { describe, expect, it } from 'vitest'
import { CLI_LOCALES, cliI18n } from './cliI18n'

describe('cliI18n', () => {
  it('writes numbers in issue texts with the grouping of the language and sizes in KB/MB', () => {
    const t = cliI18n().t
    const values = { ns: 'issues', size: 52_428_801, limit: 52_428_800 }

    expect(t('fileIssues.file-too-large', { ...values, lng: CLI_LOCALES.vi })).toBe(
      'Tệp quá lớn: 52.428.801 byte, tối đa 50 MB.',
    )
    expect(t('fileIssues.file-too-large', { ...values, lng: CLI_LOCALES.en })).toBe(
      'The file is too large: 52,428,801 bytes, at most 50 MB.',
    )
  })
})
