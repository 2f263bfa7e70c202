import { describe, expect, it, vi } from 'vitest'
import { ok } from '../../core/result'
import type { InvokeEventLike } from './createHandler'
import { registerHandlers, type DesktopServices } from './registerHandlers'

type Listener = (event: InvokeEventLike, raw?: unknown) => Promise<unknown>
const trustedEvent: InvokeEventLike = { senderFrame: { url: 'app://workbench/index.html' } }

function setUp() {
  const handlers = new Map<string, Listener>()
  const services = {
    getAppInfo: vi.fn(async () =>
      ok({ productName: 'ICT Index Workbench', version: '1', runtime: 'desktop' as const, electron: '45', chrome: '156', node: '24', platform: 'win32' }),
    ),
    openFiles: vi.fn(async () => ok(null)),
    saveFile: vi.fn(async () => ok({ savedTo: '/tmp/x.xlsx' })),
  } satisfies DesktopServices
  registerHandlers({ handle: (channel, listener) => handlers.set(channel, listener) }, services, (url) => url === 'app://workbench/index.html')
  const invoke = (channel: string, raw?: unknown, event: InvokeEventLike = trustedEvent) => {
    const handler = handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    return handler(event, raw)
  }
  return { handlers, services, invoke }
}

describe('registerHandlers', () => {
  it('registers one channel per bridge method', () => {
    const { handlers } = setUp()

    expect([...handlers.keys()].sort()).toEqual(['desktop:getAppInfo', 'desktop:openFiles', 'desktop:saveFile'])
  })

  it('passes a well-formed request to the service', async () => {
    const { services, invoke } = setUp()
    const bytes = new Uint8Array([1, 2, 3])

    const result = await invoke('desktop:saveFile', { suggestedName: 'SNV-2025.xlsx', bytes })

    expect(result).toEqual(ok({ savedTo: '/tmp/x.xlsx' }))
    expect(services.saveFile).toHaveBeenCalledWith({ suggestedName: 'SNV-2025.xlsx', bytes })
  })

  it('refuses a call from a page that is not the app', async () => {
    const { services, invoke } = setUp()

    const result = await invoke('desktop:getAppInfo', undefined, { senderFrame: { url: 'https://example.org/' } })

    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender' } })
    expect(services.getAppInfo).not.toHaveBeenCalled()
  })

  it('refuses a call whose sender frame is gone', async () => {
    const { invoke } = setUp()

    expect(await invoke('desktop:getAppInfo', undefined, { senderFrame: null })).toEqual({ ok: false, error: { code: 'untrusted-sender' } })
  })

  const malformed: ReadonlyArray<readonly [string, string, unknown]> = [
    ['wrong type for purpose', 'desktop:openFiles', { purpose: 42, multiple: true }],
    ['unknown purpose', 'desktop:openFiles', { purpose: 'anything', multiple: true }],
    ['missing key', 'desktop:openFiles', { purpose: 'workbook' }],
    ['extra key', 'desktop:openFiles', { purpose: 'workbook', multiple: false, path: '/etc/passwd' }],
    ['__proto__ key', 'desktop:openFiles', JSON.parse('{"purpose":"workbook","multiple":false,"__proto__":{"polluted":true}}')],
    ['constructor key', 'desktop:saveFile', { suggestedName: 'a.xlsx', bytes: new Uint8Array(1), constructor: { prototype: { polluted: true } } }],
    ['not an object', 'desktop:openFiles', 'workbook'],
    ['null', 'desktop:saveFile', null],
    ['huge file name', 'desktop:saveFile', { suggestedName: `${'x'.repeat(1_000_000)}.xlsx`, bytes: new Uint8Array(1) }],
    ['path in file name', 'desktop:saveFile', { suggestedName: '../../evil.xlsx', bytes: new Uint8Array(1) }],
    ['bytes as a string', 'desktop:saveFile', { suggestedName: 'a.xlsx', bytes: 'AAAA' }],
    ['bytes as a plain array', 'desktop:saveFile', { suggestedName: 'a.xlsx', bytes: [1, 2, 3] }],
    ['argument where none is expected', 'desktop:getAppInfo', { anything: true }],
  ]

  it.each(malformed)('rejects a malformed payload (%s) without calling the service', async (_label, channel, payload) => {
    const { services, invoke } = setUp()

    const result = (await invoke(channel, payload)) as { ok: boolean; error?: { code: string; issues: string[] } }

    expect(result.ok).toBe(false)
    expect(result.error?.code).toBe('invalid-request')
    expect(result.error?.issues.length).toBeGreaterThan(0)
    expect(services.openFiles).not.toHaveBeenCalled()
    expect(services.saveFile).not.toHaveBeenCalled()
    expect(services.getAppInfo).not.toHaveBeenCalled()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('bounds the issues it reports for a hostile payload', async () => {
    const { invoke } = setUp()

    const result = (await invoke('desktop:saveFile', { suggestedName: 'x'.repeat(500), bytes: 'y'.repeat(1_000_000) })) as {
      error: { issues: string[] }
    }

    expect(result.error.issues.every((issue) => issue.length <= 300)).toBe(true)
  })

  it('turns an exception in a service into an io-failed value', async () => {
    const { services, invoke } = setUp()
    services.openFiles.mockRejectedValueOnce(new Error('EACCES: permission denied'))

    const result = await invoke('desktop:openFiles', { purpose: 'workbook', multiple: false })

    expect(result).toEqual({ ok: false, error: { code: 'io-failed', message: 'EACCES: permission denied' } })
  })
})
