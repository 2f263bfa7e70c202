import { createBrowserPlatform } from './browserPlatform'
import { createDesktopPlatform } from './desktopPlatform'
import type { Platform } from './platform'

let current: Platform | undefined

/** The bridge in the desktop app, the browser implementation otherwise; created once. */
export function getPlatform(): Platform {
  current ??= window.desktop
    ? createDesktopPlatform(window.desktop, __APP_VERSION__)
    : createBrowserPlatform(__APP_VERSION__)
  return current
}
