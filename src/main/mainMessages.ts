import type { MenuLanguage } from './menuTemplate'
import type { RecoveryReason } from './rendererRecovery'

/** Texts main shows itself (native dialogs), in the menu's language. */
export const MAIN_MESSAGES = {
  vi: {
    crashLoopTitle: 'Cửa sổ ứng dụng gặp sự cố nhiều lần',
    crashLoopDetail: (reason: RecoveryReason) =>
      `Trang của ứng dụng đã dừng đột ngột nhiều lần liên tiếp (${reason}). Dữ liệu đã lưu vẫn an toàn trên máy và có bản sao lưu tự động. Hãy thử tải lại; nếu vẫn lỗi, hãy đóng ứng dụng và báo cho bộ phận hỗ trợ.`,
    reload: 'Tải lại',
    quit: 'Thoát',
  },
  en: {
    crashLoopTitle: 'The app window keeps failing',
    crashLoopDetail: (reason: RecoveryReason) =>
      `The app's page stopped unexpectedly several times in a row (${reason}). Saved data is safe on this computer and has automatic backups. Try reloading; if it keeps failing, close the app and contact support.`,
    reload: 'Reload',
    quit: 'Quit',
  },
} as const satisfies Record<MenuLanguage, unknown>
