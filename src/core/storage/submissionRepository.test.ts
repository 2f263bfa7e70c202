import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { SubmissionKey } from '@core/responses/submission'
import { openWorkbenchDatabase } from './database'
import type { WriteFault } from './storageError'
import { createSubmissionRepository } from './submissionRepository'

const key: SubmissionKey = {
  unitCode: 'SNV',
  frameworkId: 'dept-ict-readiness',
  frameworkVersion: '2025.1',
  year: 2025,
}

const setUp = async () => {
  const opened = await openWorkbenchDatabase(`submissions-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  let clock = Date.parse('2025-11-03T08:00:00.000Z')
  const faults: WriteFault[] = []
  const repository = createSubmissionRepository(opened.value, {
    now: () => new Date(clock),
    injectFault: () => faults.shift() ?? null,
  })
  return { database: opened.value, repository, faults, advance: (ms: number) => (clock += ms) }
}

const started = async (repository: Awaited<ReturnType<typeof setUp>>['repository']) => {
  const result = await repository.start(key)
  if (!result.ok) throw new Error(result.error.code)
  return result.value
}

describe('submissionRepository', () => {
  it('starts revision 1 as a draft once and opens it again afterwards', async () => {
    const { repository } = await setUp()

    const first = await started(repository)
    const again = await started(repository)

    expect(first).toMatchObject({
      id: 'SNV|dept-ict-readiness|2025.1|2025|r1',
      revision: 1,
      status: 'draft',
      rev: 1,
      answers: {},
    })
    expect(again.id).toBe(first.id)
    expect(await repository.listForUnit('SNV')).toHaveLength(1)
  })

  it('saves a patch and gives back exactly what a later read finds', async () => {
    const { repository } = await setUp()
    const draft = await started(repository)

    const saved = await repository.save(draft.id, draft.rev, {
      answers: { MayTinh: 120, PhanMem: [{ Ten: 'eOffice', SoNguoiDung: 40 }] },
      comments: { MayTinh: 'Gồm 5 máy chủ' },
      entries: { SoCBCC: '12a' },
      lastQuestion: 'MayTinh',
    })

    expect(saved.ok).toBe(true)
    expect(await repository.get(draft.id)).toEqual(saved.ok && saved.value.submission)
    expect(await repository.get(draft.id)).toMatchObject({
      rev: 2,
      answers: { MayTinh: 120 },
      comments: { MayTinh: 'Gồm 5 máy chủ' },
      entries: { SoCBCC: '12a' },
      lastQuestion: 'MayTinh',
    })
  })

  it('leaves the previously saved answers intact when a save transaction fails (quota)', async () => {
    const { repository, faults } = await setUp()
    const draft = await started(repository)
    const first = await repository.save(draft.id, draft.rev, { answers: { MayTinh: 120 } })
    faults.push('quota')

    const failed = await repository.save(draft.id, 2, {
      answers: { MayTinh: 999, SoCBCC: 50 },
      comments: { MayTinh: 'x' },
    })

    expect(first.ok).toBe(true)
    expect(failed).toEqual({ ok: false, error: expect.objectContaining({ code: 'quota' }) })
    expect(await repository.get(draft.id)).toMatchObject({ rev: 2, answers: { MayTinh: 120 }, comments: {} })
    expect((await repository.history(key)).map((entry) => entry.action)).toEqual([
      'submission.saved',
      'submission.created',
    ])
  })

  it('succeeds on retry after a failed save', async () => {
    const { repository, faults } = await setUp()
    const draft = await started(repository)
    faults.push('aborted')

    const failed = await repository.save(draft.id, draft.rev, { answers: { MayTinh: 7 } })
    const retried = await repository.save(draft.id, draft.rev, { answers: { MayTinh: 7 } })

    expect(failed.ok === false && failed.error.code).toBe('aborted')
    expect(retried.ok && retried.value.submission.answers).toEqual({ MayTinh: 7 })
  })

  it('merges field by field when another window saved in between, and says so', async () => {
    const { repository } = await setUp()
    const draft = await started(repository)
    await repository.save(draft.id, draft.rev, { answers: { SoCBCC: 50 } })

    const mine = await repository.save(draft.id, draft.rev, { answers: { MayTinh: 120 } })

    expect(mine.ok && mine.value.concurrent).toBe(true)
    expect(mine.ok && mine.value.submission.answers).toEqual({ SoCBCC: 50, MayTinh: 120 })
  })

  it('removes a key saved as null', async () => {
    const { repository } = await setUp()
    const draft = await started(repository)
    await repository.save(draft.id, 1, { answers: { MayTinh: 1 }, entries: { SoCBCC: 'x' } })

    await repository.save(draft.id, 2, { answers: { MayTinh: null }, entries: { SoCBCC: null } })

    expect(await repository.get(draft.id)).toMatchObject({ answers: {}, entries: {} })
  })

  it('records each change with field, old and new, and folds quick saves of one field into one entry', async () => {
    const { repository, advance } = await setUp()
    const draft = await started(repository)
    await repository.save(draft.id, 1, { answers: { MayTinh: 1 } })
    advance(1000)
    await repository.save(draft.id, 2, { answers: { MayTinh: 12 } })
    advance(1000)
    await repository.save(draft.id, 3, { answers: { MayTinh: 120 } })
    advance(120_000)
    await repository.save(draft.id, 4, { answers: { MayTinh: 121 } })

    const saves = (await repository.history(key)).filter((entry) => entry.action === 'submission.saved')

    expect(saves.map((entry) => entry.detail.changes)).toEqual([
      [{ kind: 'answer', field: 'MayTinh', old: 120, new: 121 }],
      [{ kind: 'answer', field: 'MayTinh', old: null, new: 120 }],
    ])
  })

  it('gives the newest history entries first, as many as asked', async () => {
    const { repository, advance } = await setUp()
    const draft = await started(repository)
    for (let rev = 1; rev <= 5; rev += 1) {
      advance(120_000)
      await repository.save(draft.id, rev, { answers: { MayTinh: rev } })
    }

    const newest = await repository.history(key, 2)

    expect(newest.map((entry) => entry.detail.changes[0]?.new)).toEqual([5, 4])
  })

  it('summarises a large table in the audit log instead of copying it', async () => {
    const { repository } = await setUp()
    const draft = await started(repository)
    const rows = Array.from({ length: 100 }, (_, index) => ({ Ten: `Phần mềm số ${index}` }))

    await repository.save(draft.id, 1, { answers: { PhanMem: rows } })

    const [entry] = (await repository.history(key)).filter((item) => item.action === 'submission.saved')
    expect(entry?.detail.changes[0]?.new).toEqual({
      omitted: { items: 100, characters: JSON.stringify(rows).length },
    })
  })

  it('makes a submitted revision read-only and starts the next revision from it', async () => {
    const { repository } = await setUp()
    const draft = await started(repository)
    await repository.save(draft.id, 1, { answers: { MayTinh: 120 } })

    const submitted = await repository.submit(draft.id)
    const refused = await repository.save(draft.id, 3, { answers: { MayTinh: 1 } })
    const next = await repository.startRevision(draft.id)

    expect(submitted.ok && submitted.value).toMatchObject({
      status: 'submitted',
      submittedAt: '2025-11-03T08:00:00.000Z',
    })
    expect(refused).toEqual({ ok: false, error: { code: 'read-only' } })
    expect(next.ok && next.value).toMatchObject({
      id: 'SNV|dept-ict-readiness|2025.1|2025|r2',
      revision: 2,
      status: 'draft',
      answers: { MayTinh: 120 },
    })
    expect((await repository.revisions(key)).map((revision) => [revision.revision, revision.status])).toEqual(
      [
        [1, 'submitted'],
        [2, 'draft'],
      ],
    )
    expect((await started(repository)).revision).toBe(2)
  })

  it('refuses to start a revision from one that is not the latest', async () => {
    const { repository } = await setUp()
    const draft = await started(repository)
    await repository.submit(draft.id)
    await repository.startRevision(draft.id)

    expect(await repository.startRevision(draft.id)).toEqual({ ok: false, error: { code: 'not-latest' } })
  })

  it('lists a unit’s submissions across years, newest year first, and nobody else’s', async () => {
    const { repository } = await setUp()
    await repository.start({ ...key, year: 2024, frameworkVersion: '2024.1' })
    await repository.start(key)
    await repository.start({ ...key, unitCode: 'STC' })

    expect((await repository.listForUnit('SNV')).map((submission) => submission.year)).toEqual([2025, 2024])
  })

  it('commits every save with strict durability', async () => {
    const { database, repository } = await setUp()
    const draft = await started(repository)
    let durability: string | undefined

    await database.transaction('rw', database.submissions, () => {
      durability = (Dexie.currentTransaction as unknown as { idbtrans: { durability: string } }).idbtrans
        .durability
    })
    const saved = await repository.save(draft.id, 1, { answers: { A: 1 } })

    expect(saved.ok).toBe(true)
    expect(durability).toBe('strict')
  })
})
