import { describe, expect, it } from 'vitest'
import { aFramework } from '@core/framework/testing/aFramework'
import { validFramework } from '@core/responses/testing/validFramework'
import { createParsePool, type ParseWorkerHandle, type PoolTimer } from './createParsePool'
import type { ParseWorkerReply, ParseWorkerRequest } from './parseWorkerProtocol'

const framework = validFramework(aFramework())

/** Fake workers: `behaviour` decides per file name what the worker does. */
function fakeWorkers(behaviour: (fileName: string) => 'answer' | 'hang' | 'die' | 'out-of-memory') {
  const spawned: { requests: ParseWorkerRequest[]; terminated: boolean }[] = []
  const spawn = (): ParseWorkerHandle => {
    const record = { requests: [] as ParseWorkerRequest[], terminated: false }
    spawned.push(record)
    let reply: (message: ParseWorkerReply) => void = () => undefined
    let failure: (message: string, cause?: 'out-of-memory') => void = () => undefined
    return {
      post: (message) => {
        record.requests.push(message)
        if (message.type === 'configure') queueMicrotask(() => reply({ type: 'ready' }))
        if (message.type !== 'parse') return
        const action = behaviour(message.fileName)
        if (action === 'answer')
          queueMicrotask(() =>
            reply({
              type: 'parsed',
              id: message.id,
              parsed: {
                status: 'rejected',
                fileName: message.fileName,
                fingerprint: 'f',
                issues: [{ code: 'not-a-zip' }],
              },
            }),
          )
        if (action === 'die')
          queueMicrotask(() =>
            failure('Worker terminated due to reaching memory limit: JS heap out of memory'),
          )
        if (action === 'out-of-memory')
          queueMicrotask(() => failure('Worker terminated due to reaching memory limit', 'out-of-memory'))
      },
      onReply: (listener) => void (reply = listener),
      onFailure: (listener) => void (failure = listener),
      terminate: () => void (record.terminated = true),
    }
  }
  return { spawn, spawned }
}

function manualTimer() {
  const pending = new Map<number, () => void>()
  let next = 0
  const timer: PoolTimer = {
    set: (callback) => (pending.set(++next, callback), next),
    clear: (handle) => void pending.delete(handle as number),
  }
  return {
    timer,
    fireAll: () => [...pending.entries()].forEach(([key, callback]) => (pending.delete(key), callback())),
  }
}

const file = (fileName: string) => ({ fileName, bytes: new Uint8Array([1]) })

describe('createParsePool', () => {
  it('configures each worker with the framework and answers every file', async () => {
    const workers = fakeWorkers(() => 'answer')
    const pool = createParsePool({
      size: 2,
      spawn: workers.spawn,
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })

    const results = await Promise.all(['a', 'b', 'c'].map((name) => pool.parse(file(name))))

    expect(results.map((result) => result.fileName)).toEqual(['a', 'b', 'c'])
    expect(workers.spawned.map((worker) => worker.requests[0]?.type)).toEqual(['configure', 'configure'])
  })

  it('refuses a file whose worker does not answer in time, replaces that worker and goes on', async () => {
    const workers = fakeWorkers((name) => (name === 'slow' ? 'hang' : 'answer'))
    const { timer, fireAll } = manualTimer()
    const pool = createParsePool({ size: 1, spawn: workers.spawn, framework, timeoutMs: 10_000, timer })

    const slow = pool.parse(file('slow'))
    const next = pool.parse(file('next'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    fireAll()

    expect(await slow).toMatchObject({ status: 'rejected', issues: [{ code: 'parse-timeout', seconds: 10 }] })
    expect(await next).toMatchObject({ issues: [{ code: 'not-a-zip' }] })
    expect(workers.spawned.map((worker) => worker.terminated)).toEqual([true, false])
  })

  it('refuses a file whose worker reached its heap cap as parse-out-of-memory and starts a new worker', async () => {
    const workers = fakeWorkers((name) => (name === 'bomb' ? 'out-of-memory' : 'answer'))
    const pool = createParsePool({
      size: 1,
      spawn: workers.spawn,
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })

    const [bomb, after] = await Promise.all([pool.parse(file('bomb')), pool.parse(file('after'))])

    expect(bomb).toMatchObject({ status: 'rejected', issues: [{ code: 'parse-out-of-memory' }] })
    expect(after).toMatchObject({ status: 'rejected', issues: [{ code: 'not-a-zip' }] })
    expect(workers.spawned).toHaveLength(2)
  })

  it('refuses a file whose worker died and starts a new worker', async () => {
    const workers = fakeWorkers((name) => (name === 'bomb' ? 'die' : 'answer'))
    const pool = createParsePool({
      size: 1,
      spawn: workers.spawn,
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })

    const [bomb, after] = await Promise.all([pool.parse(file('bomb')), pool.parse(file('after'))])

    expect(bomb).toMatchObject({
      status: 'rejected',
      issues: [{ code: 'parse-crashed', message: expect.stringContaining('memory limit') }],
    })
    expect(after.status).toBe('rejected')
    expect(workers.spawned).toHaveLength(2)
  })

  it('gives up, refusing every waiting file, when new workers keep dying before they are ready', async () => {
    let spawned = 0
    const pool = createParsePool({
      size: 1,
      spawn: () => {
        spawned += 1
        let failure: (message: string, cause?: 'out-of-memory') => void = () => undefined
        return {
          post: () => queueMicrotask(() => failure('Cannot find module exceljs')),
          onReply: () => undefined,
          onFailure: (listener) => void (failure = listener),
          terminate: () => undefined,
        }
      },
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })

    const parsed = await pool.parse(file('a'))

    expect(parsed).toMatchObject({
      status: 'rejected',
      issues: [{ code: 'parse-crashed', message: expect.stringContaining('cannot start') }],
    })
    expect(spawned).toBe(3)
  })

  it('stops every worker and answers waiting files when closed', async () => {
    const workers = fakeWorkers(() => 'hang')
    const pool = createParsePool({
      size: 1,
      spawn: workers.spawn,
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })
    const waiting = [pool.parse(file('a')), pool.parse(file('b'))]

    pool.close()

    expect((await Promise.all(waiting)).map((parsed) => parsed.status)).toEqual(['rejected', 'rejected'])
    expect(workers.spawned.every((worker) => worker.terminated)).toBe(true)
  })

  it('awaits a file beforeStart when a worker takes it, not while it waits in the queue, and starts its time after', async () => {
    const workers = fakeWorkers((name) => (name === 'slow' ? 'hang' : 'answer'))
    const { timer, fireAll } = manualTimer()
    const pool = createParsePool({ size: 1, spawn: workers.spawn, framework, timeoutMs: 10_000, timer })
    const started: string[] = []
    const withStart = (name: string) => ({
      ...file(name),
      beforeStart: async () => void started.push(name),
    })

    const slow = pool.parse(withStart('slow'))
    const next = pool.parse(withStart('next'))
    await new Promise((resolve) => setTimeout(resolve, 0))

    expect(started).toEqual(['slow'])
    const parses = () =>
      workers.spawned.flatMap((worker) =>
        worker.requests.flatMap((request) => (request.type === 'parse' ? [request.fileName] : [])),
      )
    expect(parses()).toEqual(['slow'])
    fireAll()
    expect(await slow).toMatchObject({ issues: [{ code: 'parse-timeout' }] })
    expect(await next).toMatchObject({ issues: [{ code: 'not-a-zip' }] })
    expect(started).toEqual(['slow', 'next'])
    expect(parses()).toEqual(['slow', 'next'])
  })

  it('hands the file over even when its beforeStart fails', async () => {
    const workers = fakeWorkers(() => 'answer')
    const pool = createParsePool({
      size: 1,
      spawn: workers.spawn,
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })

    const parsed = await pool.parse({ ...file('a'), beforeStart: () => Promise.reject(new Error('quota')) })

    expect(parsed).toMatchObject({ fileName: 'a', issues: [{ code: 'not-a-zip' }] })
  })

  it('does not hand over a file whose pool closed while its beforeStart ran', async () => {
    const workers = fakeWorkers(() => 'answer')
    const pool = createParsePool({
      size: 1,
      spawn: workers.spawn,
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })
    let release: () => void = () => undefined
    const parsing = pool.parse({
      ...file('a'),
      beforeStart: () => new Promise<void>((resolve) => (release = resolve)),
    })
    await new Promise((resolve) => setTimeout(resolve, 0))

    pool.close()
    release()

    expect(await parsing).toMatchObject({ issues: [{ code: 'parse-crashed', message: 'import stopped' }] })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(workers.spawned[0]?.requests.map((request) => request.type)).toEqual(['configure'])
  })

  it('gives a file back to the queue when its worker dies before it got the file', async () => {
    const failures: ((message: string) => void)[] = []
    const workers = fakeWorkers(() => 'answer')
    const pool = createParsePool({
      size: 1,
      spawn: () => {
        const handle = workers.spawn()
        return {
          ...handle,
          onFailure: (listener) => {
            failures.push(listener)
            handle.onFailure(listener)
          },
        }
      },
      framework,
      timeoutMs: 10_000,
      timer: manualTimer().timer,
    })
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    let starts = 0
    const parsing = pool.parse({ ...file('a'), beforeStart: () => (starts++, gate) })
    await new Promise((resolve) => setTimeout(resolve, 0))

    failures[0]?.('worker lost')
    release()

    expect(await parsing).toMatchObject({ fileName: 'a', issues: [{ code: 'not-a-zip' }] })
    expect(workers.spawned.map((worker) => worker.terminated)).toEqual([true, false])
    expect(workers.spawned[1]?.requests.map((request) => request.type)).toEqual(['configure', 'parse'])
    expect(starts).toBe(2)
  })
})
