// Loads the built main bundle (out/main/index.js) in Node with `electron` replaced by a recording
// stub: checks the real wiring (scheme, window options, guards, IPC, crash recovery, backups on
// close) without the Electron binary.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_METHODS, invokeChannel } from '../shared/ipc/contract'
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy'

const bundlePath = resolve(__dirname, '../../out/main/index.js')

type Listener = (...args: unknown[]) => unknown
type RecordedWindow = {
  options: Record<string, unknown>
  loadedUrls: string[]
  windowEvents: Map<string, Listener>
  contentsEvents: Map<string, Listener>
  sent: unknown[][]
}
type Recorded = {
  schemes: unknown[]
  windows: RecordedWindow[]
  handlers: Map<string, (event: unknown, raw?: unknown) => Promise<unknown>>
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>
  appEvents: Map<string, Listener>
  menuTemplate: { label?: string; submenu?: { label?: string }[] }[]
  permissionRequestHandler?:
    undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
  permissionCheckHandler?: undefined | (() => boolean)
  singleInstanceRequested: boolean
  fetched: string[]
}

async function loadBundleWithStubbedElectron(): Promise<Recorded> {
  const recorded: Recorded = {
    schemes: [],
    windows: [],
    handlers: new Map(),
    protocolHandlers: new Map(),
    appEvents: new Map(),
    menuTemplate: [],
    singleInstanceRequested: false,
    fetched: [],
  }
  let ready: () => void = () => {}
  const whenReady = new Promise<void>((resolveReady) => {
    ready = resolveReady
  })
  const userData = mkdtempSync(join(tmpdir(), 'bundle-user-data-'))
  class BrowserWindow {
    readonly record: RecordedWindow
    readonly webContents: Record<string, unknown>
    constructor(options: Record<string, unknown>) {
      this.record = { options, loadedUrls: [], windowEvents: new Map(), contentsEvents: new Map(), sent: [] }
      const record = this.record
      this.webContents = {
        setWindowOpenHandler() {},
        on: (event: string, listener: Listener) => record.contentsEvents.set(event, listener),
        send: (...args: unknown[]) => record.sent.push(args),
        getURL: () => record.loadedUrls.at(-1) ?? '',
        isCrashed: () => false,
      }
      recorded.windows.push(this.record)
    }
    once(event: string, listener: Listener) {
      this.record.windowEvents.set(`once:${event}`, listener)
    }
    on(event: string, listener: Listener) {
      this.record.windowEvents.set(event, listener)
    }
    isDestroyed() {
      return false
    }
    close() {
      this.record.windowEvents.set('closed-by-app', () => undefined)
    }
    loadURL(url: string) {
      this.record.loadedUrls.push(url)
      return Promise.resolve()
    }
  }
  const electronStub = {
    app: {
      setPath() {},
      getPath: (name: string) => (name === 'exe' ? '/opt/ictwb/ictwb' : userData),
      getAppPath: () => '/opt/ictwb/resources/app.asar',
      requestSingleInstanceLock: () => {
        recorded.singleInstanceRequested = true
        return true
      },
      on: (event: string, listener: Listener) => recorded.appEvents.set(event, listener),
      quit() {},
      whenReady: () => whenReady,
      getVersion: () => '0.0.0-test',
      getLocale: () => 'vi',
      isPackaged: true,
    },
    BrowserWindow,
    dialog: {},
    shell: { showItemInFolder() {} },
    ipcMain: {
      handle: (channel: string, listener: Recorded['handlers'] extends Map<string, infer L> ? L : never) =>
        recorded.handlers.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: Recorded['menuTemplate']) => {
        recorded.menuTemplate = template
        return template
      },
      setApplicationMenu() {},
    },
    net: {
      fetch: (url: string) => {
        recorded.fetched.push(url)
        return Promise.resolve(new Response('<html></html>', { status: 200 }))
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        recorded.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Recorded['permissionRequestHandler']) => {
          recorded.permissionRequestHandler = handler
        },
        setPermissionCheckHandler: (handler: Recorded['permissionCheckHandler']) => {
          recorded.permissionCheckHandler = handler
        },
      },
    },
  }
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const originalLoad = moduleWithLoad._load
  moduleWithLoad._load = (request, ...rest) =>
    request === 'electron' ? electronStub : originalLoad(request, ...rest)
  const requireFromHere = createRequire(import.meta.url)
  delete requireFromHere.cache[bundlePath]
  try {
    requireFromHere(bundlePath)
  } finally {
    moduleWithLoad._load = originalLoad
  }
  ready()
  await new Promise((resolveTick) => setTimeout(resolveTick, 20))
  return recorded
}

const trustedEvent = { senderFrame: { url: 'app://workbench/index.html', detached: false, parent: null } }

describe('the built main process', () => {
  it('exists (run `npm run build` before the unit tests)', () => {
    expect(existsSync(bundlePath), `${bundlePath} is missing: run npm run build first`).toBe(true)
  })

  it('registers app:// as a secure standard scheme before ready, serves it, and asks for the single-instance lock', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect(recorded.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    expect([...recorded.protocolHandlers.keys()]).toEqual(['app'])
    expect(recorded.singleInstanceRequested).toBe(true)
  })

  it('serves app pages with the CSP header and refuses paths outside the renderer folder (SEC-04, SEC-09)', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    const serve = recorded.protocolHandlers.get('app')

    const page = await serve?.({ url: 'app://workbench/index.html' })
    const escape = await serve?.({ url: 'app://workbench/..%2F..%2Fmain%2Findex.js' })

    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(escape?.status).toBe(404)
    expect(recorded.fetched).toHaveLength(1)
  })

  it('opens one sandboxed, isolated window without Node, webviews or insecure content on the app origin (SEC-02, SEC-05)', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect(recorded.windows).toHaveLength(1)
    expect(recorded.windows[0]?.loadedUrls).toEqual(['app://workbench/index.html'])
    expect(recorded.windows[0]?.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      devTools: false,
    })
    expect(recorded.windows[0]?.options['webPreferences']).not.toHaveProperty('enableBlinkFeatures')
  })

  it('registers exactly the contract channels, each behind the sender and payload checks (IPC-01)', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect([...recorded.handlers.keys()].sort()).toEqual(
      INVOKE_METHODS.map((method) => invokeChannel(method)).sort(),
    )
    for (const [channel, handler] of recorded.handlers) {
      expect(await handler({ senderFrame: { url: 'https://example.org/' } }, undefined), channel).toEqual({
        ok: false,
        error: { code: 'untrusted-sender' },
      })
      expect(
        await handler(trustedEvent, { unexpected: JSON.parse('{"__proto__":{"polluted":true}}') }),
        channel,
      ).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })

  it('answers getAppInfo and lists the (empty) backups folder of the profile', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect(await recorded.handlers.get('desktop:getAppInfo')?.(trustedEvent, undefined)).toMatchObject({
      ok: true,
      value: { version: '0.0.0-test', runtime: 'desktop' },
    })
    expect(await recorded.handlers.get('desktop:listBackups')?.(trustedEvent, undefined)).toEqual({
      ok: true,
      value: [],
    })
  })

  it('denies permission requests and checks (SEC-03)', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    let granted: boolean | undefined

    recorded.permissionRequestHandler?.({}, 'notifications', (answer) => {
      granted = answer
    })

    expect(granted).toBe(false)
    expect(recorded.permissionCheckHandler?.()).toBe(false)
  })

  it('guards every web contents created, not only the main window (SEC-06)', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    const events: string[] = []
    let openHandler: (() => unknown) | undefined

    recorded.appEvents.get('web-contents-created')?.(
      {},
      {
        setWindowOpenHandler: (handler: () => unknown) => (openHandler = handler),
        on: (event: string) => events.push(event),
      },
    )

    expect(events.sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect'])
    expect(openHandler?.()).toEqual({ action: 'deny' })
  })

  it('reloads the window with a notice when its renderer dies', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    const window = recorded.windows[0] as RecordedWindow
    window.loadedUrls.push('app://workbench/index.html#/unit')

    window.contentsEvents.get('render-process-gone')?.({}, { reason: 'oom' })

    expect(window.loadedUrls.at(-1)).toBe('app://workbench/index.html?recovered=oom#/unit')
  })

  it('asks the renderer for a backup when the window closes, and holds the close meanwhile', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    const window = recorded.windows[0] as RecordedWindow
    window.contentsEvents.get('did-finish-load')?.()
    let prevented = false

    window.windowEvents.get('close')?.({ preventDefault: () => (prevented = true) })

    expect(prevented).toBe(true)
    expect(window.sent).toEqual([['desktop:backupRequested', 'quit']])
  })

  it('builds the Vietnamese menu with File, Edit, View and Help, including "Back up now" and About', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect(recorded.menuTemplate.map((menu) => menu.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp'])
    expect(recorded.menuTemplate[0]?.submenu?.map((item) => item.label)).toContain('Sao lưu ngay')
    expect(recorded.menuTemplate[3]?.submenu?.map((item) => item.label)).toEqual(['Giới thiệu'])
  })

  it('never calls shell.openExternal, so no URL from the page can reach the OS (SEC-07)', () => {
    expect(readFileSync(bundlePath, 'utf8')).not.toMatch(/openExternal/)
  })
})
