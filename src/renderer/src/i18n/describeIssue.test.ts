import { createInstance, type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { describeIssue } from './describeIssue'
import { en, vi } from './resources'

async function translator(language: 'vi' | 'en'): Promise<TFunction> {
  const i18n = createInstance()
  await i18n.init({
    lng: language,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
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
})
