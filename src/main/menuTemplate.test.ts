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

  it('offers "Back up now" in the File menu and About in the Help menu', () => {
    const send = vi.fn()
    const [file, , , help] = buildMenuTemplate('en', send)

    file?.submenu?.find((item) => item.label === 'Back up now')?.click?.()
    help?.submenu?.find((item) => item.label === 'About')?.click?.()

    expect(send.mock.calls).toEqual([['backup-now'], ['show-about']])
  })
})
