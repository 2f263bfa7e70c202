import 'fake-indexeddb/auto'
import { indexedDB } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SubmissionKey } from '@core/responses/submission'
import { allowReopen, openWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { createSubmissionRepository } from './submissionRepository'
import { createUnitProfileRepository } from './unitProfileRepository'

const key: SubmissionKey = {
  unitCode: 'SNV',
  frameworkId: 'dept-ict-readiness',
  frameworkVersion: '2025.1',
  year: 2025,
}

/**
 * What Chromium does on a full disk: it closes the connection after a failed write, and every
 * open while the disk stays full fails (here with the error text Chromium's LevelDB gives).
 */
const fullDisk = () => {
  let full = false
  const realOpen = indexedDB.open.bind(indexedDB)
  vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
    if (full) throw new DOMException('Simulated: IO error: No space left on device', 'QuotaExceededError')
    return realOpen(name, version)
  })
  return {
    fill: (database: WorkbenchDatabase) => {
      full = true
      const backend = database.backendDB()
      backend.close()
      backend.onclose?.call(backend, { type: 'close' } as never)
    },
    free: () => {
      full = false
    },
  }
}

const openDatabase = async (): Promise<WorkbenchDatabase> => {
  const opened = await openWorkbenchDatabase(`reopen-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  return opened.value
}

afterEach(() => vi.restoreAllMocks())

describe('writeWithReopen (the repositories after Chromium closed the connection)', () => {
  it('says "disk full" while the disk is full, then saves on the next try once space is freed, without a reload', async () => {
    const disk = fullDisk()
    const database = await openDatabase()
    const submissions = createSubmissionRepository(database)
    const draft = await submissions.start(key)
    if (!draft.ok) throw new Error(draft.error.code)

    disk.fill(database)
    const whileFull = await submissions.save(draft.value.id, draft.value.rev, { answers: { MayTinh: 7 } })
    expect(whileFull.ok).toBe(false)
    if (!whileFull.ok) expect(whileFull.error.code).toBe('quota')

    disk.free()
    const afterFreeing = await submissions.save(draft.value.id, draft.value.rev, { answers: { MayTinh: 7 } })

    expect(afterFreeing.ok).toBe(true)
    const stored = await submissions.get(draft.value.id)
    expect(stored?.answers['MayTinh']).toBe(7)
    database.close()
  })

  it('reopens for the unit profile too', async () => {
    const disk = fullDisk()
    const database = await openDatabase()
    const profiles = createUnitProfileRepository(database)
    const profile = { code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh' }
    disk.fill(database)
    const whileFull = await profiles.save(profile)
    expect(whileFull.ok ? 'saved' : whileFull.error.code).toBe('quota')

    disk.free()

    expect((await profiles.save(profile)).ok).toBe(true)
    expect((await profiles.get())?.code).toBe('SNV')
    database.close()
  })
})

describe('allowReopen', () => {
  it('leaves an open connection alone', async () => {
    const database = await openDatabase()

    expect(allowReopen(database)).toBe(false)
    expect(database.isOpen()).toBe(true)
    database.close()
  })

  it('keeps a connection the app closed on purpose closed', async () => {
    const database = await openDatabase()
    database.close()

    expect(allowReopen(database)).toBe(false)
    await expect(database.settings.get('language')).rejects.toMatchObject({ name: 'DatabaseClosedError' })
  })
})
