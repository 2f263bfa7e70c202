// Loads the built preload (out/preload/index.js) in Node with `electron` stubbed: the page gets
// exactly one named function per capability and never ipcRenderer, channels or paths (SEC-20/IPC-02).
import { existsSync, readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { INVOKE_METHODS, invokeChannel, type DesktopApi } from '../shared/ipc/contract'

const bundlePath = resolve(__dirname, '../../out/preload/index.js')

function loadPreload() {
  const exposed = new Map<string, unknown>()
  const invoked: unknown[][] = []
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const pathsByFile = new WeakMap<object, string>()
  const electronStub = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args)
        return Promise.resolve({ ok: true, value: null })
      },
      on: (channel: string, listener: (...args: unknown[]) => void) => listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
    webUtils: { getPathForFile: (file: object) => pathsByFile.get(file) ?? '' },
  }
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const originalLoad = moduleWithLoad._load
  const required: string[] = []
  moduleWithLoad._load = (request, ...rest) => {
    required.push(request)
    return request === 'electron' ? electronStub : originalLoad(request, ...rest)
  }
  const requireFromHere = createRequire(import.meta.url)
  delete requireFromHere.cache[bundlePath]
  try {
    requireFromHere(bundlePath)
  } finally {
    moduleWithLoad._load = originalLoad
  }
  return { exposed, invoked, listeners, pathsByFile, required }
}

describe('the built preload', () => {
  it('exists (run `npm run build` before the unit tests)', () => {
    expect(existsSync(bundlePath)).toBe(true)
  })

  it('requires nothing but electron (it runs sandboxed)', () => {
    expect(loadPreload().required.filter((request) => request !== bundlePath)).toEqual(['electron'])
  })

  it('exposes only window.desktop, with exactly the contract methods, all functions', () => {
    const { exposed } = loadPreload()
    const desktop = exposed.get('desktop') as Record<string, unknown>

    expect([...exposed.keys()]).toEqual(['desktop'])
    expect(Object.keys(desktop).sort()).toEqual(
      [...INVOKE_METHODS, 'onBackupRequested', 'onMenuCommand'].sort(),
    )
    expect(Object.values(desktop).every((value) => typeof value === 'function')).toBe(true)
  })

  it('sends each invoke method on its own channel and nothing else', async () => {
    const { exposed, invoked } = loadPreload()
    const desktop = exposed.get('desktop') as Record<string, (request?: unknown) => Promise<unknown>>

    for (const method of INVOKE_METHODS.filter((name) => name !== 'readDroppedFiles'))
      await desktop[method]?.({ probe: method })

    expect(invoked.map(([channel]) => channel)).toEqual(
      INVOKE_METHODS.filter((name) => name !== 'readDroppedFiles').map((method) => invokeChannel(method)),
    )
  })

  it('turns dropped File objects into paths, leaving out anything that is not a file on disk', async () => {
    const { exposed, invoked, pathsByFile } = loadPreload()
    const desktop = exposed.get('desktop') as DesktopApi
    const onDisk = new File(['x'], 'SYT.xlsx')
    pathsByFile.set(onDisk, '/home/u/SYT.xlsx')
    const madeInPage = new File(['x'], 'fake.xlsx')
    const notAFile = { name: '/etc/passwd' } as unknown as File

    await desktop.readDroppedFiles({ purpose: 'workbook', files: [onDisk, madeInPage, notAFile] })

    expect(invoked).toEqual([
      ['desktop:readDroppedFiles', { purpose: 'workbook', paths: ['/home/u/SYT.xlsx'] }],
    ])
  })

  it('hands listeners only the command, never the Electron event, and unsubscribes', () => {
    const { exposed, listeners } = loadPreload()
    const desktop = exposed.get('desktop') as DesktopApi
    const received: unknown[][] = []

    const stop = desktop.onMenuCommand((...args) => received.push(args))
    listeners.get('desktop:menuCommand')?.({ sender: 'ipc-event' }, 'show-about')
    stop()

    expect(received).toEqual([['show-about']])
    expect(listeners.has('desktop:menuCommand')).toBe(false)
  })

  it('contains no generic invoke or send that the page could reach', () => {
    const source = readFileSync(bundlePath, 'utf8')

    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/)
    expect(source).not.toMatch(/invoke:\s*\(?channel/)
  })
})
