import { describe, expect, it } from 'vitest'
import { ok } from '@core/result'
import {
  INVOKE_METHODS,
  invokeChannel,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_STREAMED_BACKUP_BYTES,
} from '../../shared/ipc/contract'
import { isWrappedHandler } from './createHandler'
import { fakeDesktopServices, registeredWithFakes, VALID_REQUESTS } from './fakeDesktopServices'

describe('registerHandlers', () => {
  it('registers exactly one channel per invoke method of the contract (IPC-01)', () => {
    const { handlers } = registeredWithFakes()

    expect([...handlers.keys()].sort()).toEqual(INVOKE_METHODS.map((method) => invokeChannel(method)).sort())
  })

  it('registers every channel through the validating wrapper (IPC-01)', () => {
    const { handlers } = registeredWithFakes()

    expect(
      [...handlers.entries()]
        .filter(([, listener]) => !isWrappedHandler(listener))
        .map(([channel]) => channel),
    ).toEqual([])
  })

  it.each(INVOKE_METHODS)('passes a well-formed %s request to its service', async (method) => {
    const { services } = fakeDesktopServices()
    const { invoke } = registeredWithFakes(services)

    const result = (await invoke(invokeChannel(method), VALID_REQUESTS[method])) as { ok: boolean }

    expect(result.ok).toBe(true)
    expect(services[method]).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a foreign origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///C:/Users/u/evil.html' } }],
    ['a missing sender frame', { senderFrame: null }],
    ['no sender frame at all', {}],
    ['a detached frame', { senderFrame: { url: 'app://workbench/index.html', detached: true } }],
    [
      'a subframe of the app',
      { senderFrame: { url: 'app://workbench/index.html', parent: { url: 'app://workbench/index.html' } } },
    ],
    [
      'a frame that throws when read (disposed)',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed')
        },
      },
    ],
  ])(
    'refuses every channel when the sender is %s, without calling any service (IPC-01)',
    async (_label, event) => {
      const { services, calls } = fakeDesktopServices()
      const { invoke } = registeredWithFakes(services)

      for (const method of INVOKE_METHODS) {
        expect(await invoke(invokeChannel(method), VALID_REQUESTS[method], event)).toEqual({
          ok: false,
          error: { code: 'untrusted-sender' },
        })
      }
      expect(calls()).toBe(0)
    },
  )

  it('turns an exception in a service into an io-failed value', async () => {
    const { services } = fakeDesktopServices()
    services.openFiles.mockRejectedValueOnce(new Error('EACCES: permission denied'))
    const { invoke } = registeredWithFakes(services)

    const result = await invoke('desktop:openFiles', { purpose: 'workbook', multiple: false })

    expect(result).toEqual({ ok: false, error: { code: 'io-failed', message: 'EACCES: permission denied' } })
  })

  it('passes the service result through unchanged', async () => {
    const { services } = fakeDesktopServices()
    services.saveFile.mockResolvedValueOnce(ok({ savedTo: '/data/a.xlsx', revealToken: 'opaque' }) as never)
    const { invoke } = registeredWithFakes(services)

    expect(await invoke('desktop:saveFile', VALID_REQUESTS.saveFile)).toEqual(
      ok({ savedTo: '/data/a.xlsx', revealToken: 'opaque' }),
    )
  })

  it('reads a picked file by its token only: a chunk up to the limit, never a path', async () => {
    const { services } = fakeDesktopServices()
    const { invoke } = registeredWithFakes(services)
    const token = '0f8fad5b-d9cb-469f-a165-70867728950e'

    const largest = { token, offset: MAX_STREAMED_BACKUP_BYTES, length: MAX_BACKUP_CHUNK_BYTES }
    expect(await invoke('desktop:readPickedFileChunk', largest)).toMatchObject({ ok: true })
    expect(services.readPickedFileChunk).toHaveBeenCalledWith(largest)
    for (const refused of [
      { token: '/home/u/backup.json', offset: 0, length: 1024 },
      { token, offset: 0, length: MAX_BACKUP_CHUNK_BYTES + 1 },
      { token, offset: 0, length: 1024, path: '/home/u/backup.json' },
    ])
      expect(await invoke('desktop:readPickedFileChunk', refused)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      })
    expect(services.readPickedFileChunk).toHaveBeenCalledTimes(1)
  })
})
