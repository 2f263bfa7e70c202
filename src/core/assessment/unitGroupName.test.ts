import { describe, expect, it } from 'vitest'
import { unitGroupName } from './unitGroupName'

describe('unitGroupName', () => {
  it('names the group codes and leaves any other text as it is', () => {
    expect(unitGroupName('so-ban-nganh')).toBe('Sở, ban, ngành')
    expect(unitGroupName('quan-huyen')).toBe('UBND quận, huyện, thị xã, thành phố')
    expect(unitGroupName('Khối Đảng')).toBe('Khối Đảng')
    expect(unitGroupName('toString')).toBe('toString')
    expect(unitGroupName('')).toBe('')
  })
})
