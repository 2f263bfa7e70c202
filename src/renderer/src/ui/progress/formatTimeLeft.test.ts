import { testTranslator as translator } from '../../i18n/testTranslator'
import { describe, expect, it } from 'vitest'
import { formatTimeLeft } from './formatTimeLeft'

describe('formatTimeLeft', () => {
  it('says the time left in whole seconds, rounded up, in Vietnamese and English', async () => {
    expect(formatTimeLeft(await translator('vi'), 11_200)).toBe('còn khoảng 12 giây')
    expect(formatTimeLeft(await translator('en'), 11_200)).toBe('about 12 s left')
    expect(formatTimeLeft(await translator('vi'), 0)).toBe('còn khoảng 1 giây')
  })

  it('counts minutes and 5-second steps above a minute', async () => {
    expect(formatTimeLeft(await translator('vi'), 182_000)).toBe('còn khoảng 3 phút 5 giây')
  })

  it('says it is still estimating before the first step', async () => {
    expect(formatTimeLeft(await translator('vi'), null)).toBe('đang ước tính thời gian còn lại…')
  })
})
