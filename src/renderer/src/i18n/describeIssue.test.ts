import { createInstance, type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { addSizeFormatter } from '../../../shared/addSizeFormatter'
import { describeIssue } from './describeIssue'
import { INTL_LOCALE } from './languages'
import { en, vi } from './resources'

async function translator(language: 'vi' | 'en'): Promise<TFunction> {
  const i18n = createInstance()
  await i18n.init({
    lng: language,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
  addSizeFormatter(i18n, () => INTL_LOCALE[language])
  return i18n.t
}

const negativeWeight = { code: 'non-positive-weight', path: 'indicators[2].weight', weight: -1 }

describe('describeIssue', () => {
  it('says where a framework problem read from an iMeta table is: row, code and column', async () => {
    const issue = { ...negativeWeight, tableRow: 4, tableCode: 'Ship', tableColumn: 'Weight' }

    expect(describeIssue(await translator('vi'), issue)).toBe(
      'Dòng 4 (Ship), cột Weight: trọng số phải lớn hơn 0 (đang là -1).',
    )
    expect(describeIssue(await translator('en'), issue)).toBe(
      'Row 4 (Ship), column Weight: the weight must be greater than 0 (found -1).',
    )
    expect(describeIssue(await translator('en'), { ...issue, tableColumn: undefined })).toMatch(
      /^Row 4 \(Ship\): /,
    )
  })

  it('shows the code of the node beside a JSON path, and the path alone when there is none', async () => {
    const t = await translator('en')

    expect(describeIssue(t, { ...negativeWeight, nodeCode: 'Ship' })).toBe(
      'indicators[2].weight (Ship): the weight must be greater than 0 (found -1).',
    )
    expect(describeIssue(t, negativeWeight)).toBe(
      'indicators[2].weight: the weight must be greater than 0 (found -1).',
    )
  })

  it('writes numbers inside messages with the grouping of the language and sizes in KB/MB', async () => {
    const tooLarge = { code: 'file-too-large', size: 52_428_801, limit: 52_428_800 }

    expect(describeIssue(await translator('vi'), tooLarge)).toBe(
      'Tệp quá lớn: 52.428.801 byte, tối đa 50 MB.',
    )
    expect(describeIssue(await translator('en'), tooLarge)).toBe(
      'The file is too large: 52,428,801 bytes, at most 50 MB.',
    )
    expect(
      describeIssue(await translator('vi'), { code: 'too-many-cells', count: 2_500_000, limit: 2_000_000 }),
    ).toBe('Sổ tính có quá nhiều ô có dữ liệu: 2.500.000, tối đa 2.000.000.')
  })

  it('describes the file-too-large error of the bridge error with its own size limit', async () => {
    const bridge = { code: 'file-too-large', fileName: 'minh-chung.pdf', maxBytes: 20 * 1024 * 1024 }

    expect(describeIssue(await translator('vi'), bridge)).toBe('Tệp “minh-chung.pdf” lớn hơn giới hạn 20 MB.')
    expect(describeIssue(await translator('en'), bridge)).toBe(
      'The file “minh-chung.pdf” is larger than the limit of 20 MB.',
    )
  })
})
