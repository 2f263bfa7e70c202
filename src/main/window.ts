import { APP_ORIGIN } from './appProtocol'

/** The subset of Electron's BrowserWindow options we set; kept here so tests can assert them. */
export type MainWindowOptions = {
  readonly width: number
  readonly height: number
  readonly minWidth: number
  readonly minHeight: number
  readonly show: boolean
  readonly title: string
  readonly backgroundColor: string
  readonly webPreferences: {
    readonly preload: string
    readonly sandbox: true
    readonly contextIsolation: true
    readonly nodeIntegration: false
    readonly nodeIntegrationInWorker: false
    readonly webSecurity: true
    readonly allowRunningInsecureContent: false
    readonly experimentalFeatures: false
    readonly webviewTag: false
    /** Middle-click would open new windows (electronegativity AUXCLICK_JS_CHECK); they are denied anyway. */
    readonly disableBlinkFeatures: 'Auxclick'
    readonly safeDialogs: true
    readonly navigateOnDragDrop: false
    readonly spellcheck: false
    readonly devTools: boolean
  }
}

/**
 * Options for the one application window: sandboxed, isolated, no Node in the page.
 *
 * @example
 *   new BrowserWindow(mainWindowOptions('/app/out/preload/index.js', false))
 */
export function mainWindowOptions(preloadPath: string, allowDevTools: boolean): MainWindowOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Bàn làm việc Chỉ số CNTT — ICT Index Workbench',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: allowDevTools,
    },
  }
}

/**
 * True only for pages of the app itself (the `app://workbench` origin, or the dev server when one
 * is configured). Used for navigation guards and to check the sender of every IPC call.
 *
 * @example
 *   isTrustedRendererUrl('app://workbench/index.html') // => true
 *   isTrustedRendererUrl('https://example.org/')       // => false
 */
export function isTrustedRendererUrl(url: string | undefined | null, devServerUrl?: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.origin === APP_ORIGIN || (parsed.protocol === 'app:' && parsed.host === 'workbench')) return true
  if (devServerUrl === undefined) return false
  try {
    return parsed.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

/** The parts of Electron's WebContents that the guards touch. */
export type GuardedWebContents = {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown
}

/**
 * Denies new windows, webviews and any navigation away from the app's own origin.
 *
 * @example
 *   installNavigationGuards(window.webContents)
 */
export function installNavigationGuards(webContents: GuardedWebContents, devServerUrl?: string): void {
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) event.preventDefault()
  }
  webContents.on('will-navigate', blockForeign)
  webContents.on('will-redirect', blockForeign)
  webContents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The parts of Electron's Session that the permission guard touches. */
export type GuardedSession = {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
}

/**
 * The app needs no browser permission (camera, notifications, geolocation…): refuse them all.
 *
 * @example
 *   denyAllPermissions(session.defaultSession)
 */
export function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
