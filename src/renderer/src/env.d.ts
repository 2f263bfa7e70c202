/// <reference types="vite/client" />
import type { DesktopApi } from '../../shared/ipc/contract'

declare global {
  /** The app version from package.json, injected at build time. */
  const __APP_VERSION__: string

  interface Window {
    /** Present only in the desktop app (exposed by the preload); the browser edition has none. */
    readonly desktop?: DesktopApi
  }
}
