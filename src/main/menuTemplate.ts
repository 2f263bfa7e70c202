import type { MenuCommand } from '../shared/ipc/contract'

export type MenuLanguage = 'vi' | 'en'

/** A menu item as Electron's Menu.buildFromTemplate reads it (the subset we use). */
export type MenuItemTemplate = {
  readonly label?: string
  readonly role?: string
  readonly type?: 'separator'
  readonly accelerator?: string
  readonly click?: () => void
  readonly submenu?: readonly MenuItemTemplate[]
}

const LABELS = {
  vi: {
    file: 'Tệp',
    edit: 'Sửa',
    view: 'Xem',
    help: 'Trợ giúp',
    unit: 'Đơn vị',
    evaluator: 'Đánh giá',
    manager: 'Lãnh đạo',
    settings: 'Cài đặt',
    backupNow: 'Sao lưu ngay',
    about: 'Giới thiệu',
    quit: 'Thoát',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    unit: 'Unit',
    evaluator: 'Evaluation',
    manager: 'Management',
    settings: 'Settings',
    backupNow: 'Back up now',
    about: 'About',
    quit: 'Quit',
  },
} as const

/**
 * The application menu in the user's language; commands go to the renderer as `MenuCommand`s.
 *
 * @example
 *   Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate('vi', send)))
 */
export function buildMenuTemplate(
  language: MenuLanguage,
  send: (command: MenuCommand) => void,
): MenuItemTemplate[] {
  const label = LABELS[language]
  return [
    {
      label: label.file,
      submenu: [
        { label: label.unit, accelerator: 'CmdOrCtrl+1', click: () => send('go-unit') },
        { label: label.evaluator, accelerator: 'CmdOrCtrl+2', click: () => send('go-evaluator') },
        { label: label.manager, accelerator: 'CmdOrCtrl+3', click: () => send('go-manager') },
        { type: 'separator' },
        { label: label.settings, accelerator: 'CmdOrCtrl+,', click: () => send('open-settings') },
        { label: label.backupNow, click: () => send('backup-now') },
        { type: 'separator' },
        { label: label.quit, role: 'quit' },
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: label.view,
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: label.help, submenu: [{ label: label.about, click: () => send('show-about') }] },
  ]
}
