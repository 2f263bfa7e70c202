import { describe, expect, it } from 'vitest'
import { INVOKE_METHODS, invokeChannel } from '../../shared/ipc/contract'
import { fakeDesktopServices, registeredWithFakes } from './fakeDesktopServices'
import { malformedPayloadsFor } from './malformedPayloads'

type Refusal = { ok: boolean; error?: { code: string; issues?: string[] } }

describe.each(INVOKE_METHODS)('the %s channel (IPC-02)', (method) => {
  const corpus = malformedPayloadsFor(method)

  it('has at least 50 malformed payloads to try', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50)
  })

  it('refuses every one as an invalid request, without reaching the service or polluting prototypes', async () => {
    const { services, calls } = fakeDesktopServices()
    const { invoke } = registeredWithFakes(services)
    const accepted: string[] = []

    for (const { label, payload } of corpus) {
      const result = (await invoke(invokeChannel(method), payload)) as Refusal
      const refusedProperly =
        result.ok === false &&
        result.error?.code === 'invalid-request' &&
        (result.error.issues?.length ?? 0) > 0 &&
        (result.error.issues ?? []).every((issue) => typeof issue === 'string' && issue.length <= 300)
      if (!refusedProperly) accepted.push(label)
    }

    expect(accepted).toEqual([])
    expect(calls()).toBe(0)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  }, 30_000)
})
