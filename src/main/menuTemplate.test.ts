import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, type MenuItemTemplate } from './menuTemplate'

const labels = (items: readonly MenuItemTemplate[]) => items.map((item) => item.label)

describe('buildMenuTemplate', () => {
  it('names the menus in Vietnamese', () => {
    expect(labels(buildMenuTemplate('vi', () => {}))).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp'])
  })

  it('names the menus in English', () => {
    expect(labels(buildMenuTemplate('en', () => {}))).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it('sends the settings command to the renderer', () => {
    const send = vi.fn()
    const file = buildMenuTemplate('vi', send)[0]

    file?.submenu?.find((item) => item.label === 'Cài đặt')?.click?.()

    expect(send).toHaveBeenCalledWith('open-settings')
  })
})
