import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { CommitRequest } from '@core/import/importStore'
import { aBatch, anIncomingSubmission } from '@core/import/testing/anIncomingSubmission'
import { openWorkbenchDatabase, type WorkbenchDatabase } from './database'
import { createImportJournalRepository } from './importJournalRepository'
import { createReceivedSubmissionRepository } from './receivedSubmissionRepository'
import type { WriteFault } from './storageError'

const setUp = async () => {
  const opened = await openWorkbenchDatabase(`received-${crypto.randomUUID()}`)
  if (!opened.ok) throw new Error(opened.error.code)
  const faults: WriteFault[] = []
  const repository = createReceivedSubmissionRepository(opened.value, {
    injectFault: () => faults.shift() ?? null,
  })
  return { database: opened.value, repository, faults, journal: createImportJournalRepository(opened.value) }
}

const request = (version: number, overrides: Partial<CommitRequest> = {}): CommitRequest => {
  const submission = anIncomingSubmission({ version })
  return {
    batch: aBatch(),
    index: version,
    fileName: `SNV-v${version}.xlsx`,
    fingerprint: submission.source.fingerprint,
    submission,
    at: `2025-03-02T08:0${version}:00.000Z`,
    ...overrides,
  }
}

const tableSizes = async (database: WorkbenchDatabase) =>
  Object.fromEntries(
    await Promise.all(database.tables.map(async (table) => [table.name, await table.count()] as const)),
  )

describe('receivedSubmissionRepository', () => {
  it('stores a first version as current with its journal entry, batch record and audit line', async () => {
    const { database, repository, journal } = await setUp()

    const outcome = await repository.commit(request(1))

    expect(outcome).toEqual({
      ok: true,
      value: {
        kind: 'imported',
        submissionId: expect.stringMatching(/^SNV\|test-ict-readiness\|2025\.1\|2025\|[0-9a-f]{64}$/),
      },
    })
    expect(
      await repository.listCurrent({
        frameworkId: 'test-ict-readiness',
        frameworkVersion: '2025.1',
        year: 2025,
      }),
    ).toHaveLength(1)
    expect(await journal.journal('batch-1')).toMatchObject([
      { fileName: 'SNV-v1.xlsx', outcome: 'imported', unitCode: 'SNV' },
    ])
    expect(await journal.interruptedBatches()).toMatchObject([{ id: 'batch-1' }])
    expect((await database.auditLog.toArray()).map((entry) => entry.action)).toEqual(['received.imported'])
  })

  it('reports the same content again as a duplicate and writes nothing', async () => {
    const { database, repository } = await setUp()
    await repository.commit(request(1))
    const before = await tableSizes(database)

    const again = await repository.commit(
      request(1, { fileName: 'renamed.xlsx', batch: aBatch({ id: 'batch-2' }) }),
    )

    expect(again.ok && again.value.kind).toBe('duplicate')
    expect(await tableSizes(database)).toEqual(before)
  })

  it('keeps another version aside as a conflict and overwrites nothing until the evaluator chooses', async () => {
    const { repository } = await setUp()
    const first = await repository.commit(request(1))
    const firstId = first.ok ? first.value.submissionId : ''

    const second = await repository.commit(request(2))
    const secondAgain = await repository.commit(request(2, { batch: aBatch({ id: 'batch-2' }) }))

    expect(second).toEqual({
      ok: true,
      value: { kind: 'conflict', submissionId: expect.any(String), currentId: firstId },
    })
    expect(secondAgain.ok && secondAgain.value.kind).toBe('conflict')
    expect((await repository.get(firstId))?.status).toBe('current')
    expect(
      await repository.listPending({
        frameworkId: 'test-ict-readiness',
        frameworkVersion: '2025.1',
        year: 2025,
      }),
    ).toMatchObject([{ status: 'pending', conflictWith: firstId }])
  })

  it('takes the incoming version when chosen and keeps the old one as superseded', async () => {
    const { repository } = await setUp()
    const first = await repository.commit(request(1))
    const second = await repository.commit(request(2))
    const [firstId, secondId] = [
      first.ok ? first.value.submissionId : '',
      second.ok ? second.value.submissionId : '',
    ]

    const resolved = await repository.resolveConflict(secondId, 'take-incoming', '2025-03-03T08:00:00.000Z')

    expect(resolved.ok && resolved.value.status).toBe('current')
    expect((await repository.get(firstId))?.status).toBe('superseded')
    expect((await repository.commit(request(1, { batch: aBatch({ id: 'batch-3' }) }))).ok).toBe(true)
    expect((await repository.get(firstId))?.status).toBe('superseded')
  })

  it('keeps the current version when chosen and marks the incoming one discarded', async () => {
    const { repository } = await setUp()
    const first = await repository.commit(request(1))
    const second = await repository.commit(request(2))
    const [firstId, secondId] = [
      first.ok ? first.value.submissionId : '',
      second.ok ? second.value.submissionId : '',
    ]

    await repository.resolveConflict(secondId, 'keep-current', '2025-03-03T08:00:00.000Z')

    expect((await repository.get(firstId))?.status).toBe('current')
    expect((await repository.get(secondId))?.status).toBe('discarded')
    expect(await repository.resolveConflict(secondId, 'take-incoming', '2025-03-03T09:00:00.000Z')).toEqual({
      ok: false,
      error: { code: 'not-pending', id: secondId },
    })
  })

  it('stores nothing of a file whose transaction fails after writing (IMP-01)', async () => {
    const { database, repository, faults } = await setUp()
    await repository.commit(request(1))
    const before = await tableSizes(database)

    for (const fault of ['quota', 'aborted'] as const) {
      faults.push(fault)
      const failed = await repository.commit(request(2))

      expect(failed.ok ? null : failed.error.code).toBe(fault)
      expect(await tableSizes(database)).toEqual(before)
    }
  })

  it('knows the fingerprints of the files it imported, for the scope asked', async () => {
    const { repository } = await setUp()
    await repository.commit(request(1))
    await repository.commit(request(2))
    const [first, second] = [request(1).fingerprint, request(2).fingerprint]

    const known = await repository.knownFiles({
      frameworkId: 'test-ict-readiness',
      frameworkVersion: '2025.1',
      year: null,
    })
    const otherYear = await repository.knownFiles({
      frameworkId: 'test-ict-readiness',
      frameworkVersion: '2025.1',
      year: 2026,
    })

    expect([known.get(first)?.status, known.get(second)?.status]).toEqual(['current', 'pending'])
    expect(otherYear.size).toBe(0)
  })

  it('finishes a batch so it is no longer listed as interrupted', async () => {
    const { repository, journal } = await setUp()
    await repository.commit(request(1))

    await repository.finishBatch('batch-1', '2025-03-02T09:00:00.000Z')

    expect(await journal.interruptedBatches()).toEqual([])
    expect(await journal.batches()).toMatchObject([{ id: 'batch-1', finishedAt: '2025-03-02T09:00:00.000Z' }])
  })
})
