// Loads the built main bundle (out/main/index.js) in Node with `electron` replaced by a recording
// stub: checks the real wiring (scheme, window options, guards, IPC) without the Electron binary.
import { existsSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const bundlePath = resolve(__dirname, '../../out/main/index.js')

type Recorded = {
  schemes: unknown[]
  windows: { options: Record<string, unknown>; loadedUrl?: string }[]
  handlers: Map<string, (event: unknown, raw?: unknown) => Promise<unknown>>
  protocolHandlers: string[]
  permissionRequestHandler?: undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
  singleInstanceRequested: boolean
}

async function loadBundleWithStubbedElectron(): Promise<Recorded> {
  const recorded: Recorded = { schemes: [], windows: [], handlers: new Map(), protocolHandlers: [], singleInstanceRequested: false }
  let ready: () => void = () => {}
  const whenReady = new Promise<void>((resolveReady) => {
    ready = resolveReady
  })
  class BrowserWindow {
    readonly record: Recorded['windows'][number]
    readonly webContents = { setWindowOpenHandler() {}, on() {}, send() {} }
    constructor(options: Record<string, unknown>) {
      this.record = { options }
      recorded.windows.push(this.record)
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.record.loadedUrl = url
      return Promise.resolve()
    }
  }
  const electronStub = {
    app: {
      setPath() {},
      requestSingleInstanceLock: () => {
        recorded.singleInstanceRequested = true
        return true
      },
      on() {},
      quit() {},
      whenReady: () => whenReady,
      getVersion: () => '0.0.0-test',
      getLocale: () => 'vi',
      isPackaged: true,
    },
    BrowserWindow,
    dialog: {},
    ipcMain: { handle: (channel: string, listener: Recorded['handlers'] extends Map<string, infer L> ? L : never) => recorded.handlers.set(channel, listener) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu() {} },
    net: { fetch: () => Promise.resolve(new Response('')) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string) => recorded.protocolHandlers.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Recorded['permissionRequestHandler']) => {
          recorded.permissionRequestHandler = handler
        },
        setPermissionCheckHandler() {},
      },
    },
  }
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const originalLoad = moduleWithLoad._load
  moduleWithLoad._load = (request, ...rest) => (request === 'electron' ? electronStub : originalLoad(request, ...rest))
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

describe('the built main process', () => {
  it('exists (run `npm run build` before the unit tests)', () => {
    expect(existsSync(bundlePath), `${bundlePath} is missing: run npm run build first`).toBe(true)
  })

  it('registers app:// as a secure standard scheme before ready, serves it, and asks for the single-instance lock', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect(recorded.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })])
    expect(recorded.protocolHandlers).toEqual(['app'])
    expect(recorded.singleInstanceRequested).toBe(true)
  })

  it('opens one sandboxed window on the app origin', async () => {
    const recorded = await loadBundleWithStubbedElectron()

    expect(recorded.windows).toHaveLength(1)
    expect(recorded.windows[0]?.loadedUrl).toBe('app://workbench/index.html')
    expect(recorded.windows[0]?.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
  })

  it('registers the bridge handlers, which refuse a foreign sender and a malformed payload', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    const saveFile = recorded.handlers.get('desktop:saveFile')

    expect([...recorded.handlers.keys()].sort()).toEqual(['desktop:getAppInfo', 'desktop:openFiles', 'desktop:saveFile'])
    expect(await saveFile?.({ senderFrame: { url: 'https://example.org/' } }, { suggestedName: 'a.xlsx', bytes: new Uint8Array(1) })).toEqual({
      ok: false,
      error: { code: 'untrusted-sender' },
    })
    expect(await saveFile?.({ senderFrame: { url: 'app://workbench/index.html' } }, { suggestedName: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
  })

  it('denies permission requests', async () => {
    const recorded = await loadBundleWithStubbedElectron()
    let granted: boolean | undefined

    recorded.permissionRequestHandler?.({}, 'notifications', (answer) => {
      granted = answer
    })

    expect(granted).toBe(false)
  })
})
