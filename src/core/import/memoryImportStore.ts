import { err, ok } from '@core/result'
import { decideImport } from './decideImport'
import type { ImportScope, ImportStore, KnownFile } from './importStore'
import type { ImportBatch, JournalEntry, ReceivedKey } from './importTypes'
import { planResolution } from './planResolution'
import { toReceivedSubmission, type ReceivedSubmission } from './receivedSubmission'

/** Everything an in-memory store holds, as plain data (the CLI saves it with `--state`). */
export type MemoryImportState = {
  readonly submissions: readonly ReceivedSubmission[]
  readonly batches: readonly ImportBatch[]
  readonly journal: readonly JournalEntry[]
}

/** An `ImportStore` over plain arrays, and what it holds now. */
export type MemoryImportStore = ImportStore & { snapshot(): MemoryImportState }

const keyOf = (key: ReceivedKey): string =>
  JSON.stringify([key.unitCode, key.frameworkId, key.frameworkVersion, key.year])

/**
 * The import store of the CLI and of tests: the same decisions as the app's Dexie repository
 * (`decideImport`, `planResolution`), kept in memory and optionally started from a saved state.
 * Each commit changes the state in one synchronous step, so it is all or nothing.
 *
 * @example
 *   const store = createMemoryImportStore()
 *   await store.commit(request) // => ok({ kind: 'imported', submissionId: '…' })
 */
export function createMemoryImportStore(
  initial: MemoryImportState = { submissions: [], batches: [], journal: [] },
): MemoryImportStore {
  const submissions = new Map<string, ReceivedSubmission>()
  // The ids of each unit's versions (unit, framework version, year), in the order they were first
  // stored: a commit looks at its unit's versions only, not at every row (a 700-file batch made
  // that quadratic). A row's key never changes (resolving a conflict changes only its status).
  const idsByKey = new Map<string, string[]>()
  const store = (row: ReceivedSubmission): void => {
    if (!submissions.has(row.id)) {
      const key = keyOf(row)
      const ids = idsByKey.get(key)
      if (ids === undefined) idsByKey.set(key, [row.id])
      else ids.push(row.id)
    }
    submissions.set(row.id, row)
  }
  for (const row of initial.submissions) store(row)
  const batches = new Map(initial.batches.map((batch) => [batch.id, batch]))
  const journal = [...initial.journal]
  const versionsOf = (key: ReceivedKey): ReceivedSubmission[] =>
    (idsByKey.get(keyOf(key)) ?? []).flatMap((id) => {
      const row = submissions.get(id)
      return row !== undefined && keyOf(row) === keyOf(key) ? [row] : []
    })

  return {
    commit: async (request) => {
      const decision = decideImport(versionsOf(request.submission), request.submission.contentHash)
      if (decision.action === 'duplicate') return ok({ kind: 'duplicate', submissionId: decision.id })
      if (decision.action === 'still-pending')
        return ok({ kind: 'conflict', submissionId: decision.id, currentId: decision.currentId })
      const isCurrent = decision.action === 'store-current'
      const row = toReceivedSubmission(request.submission, {
        batchId: request.batch.id,
        status: isCurrent ? 'current' : 'pending',
        conflictWith: isCurrent ? null : decision.currentId,
        importedAt: request.at,
      })
      store(row)
      if (!batches.has(request.batch.id)) batches.set(request.batch.id, request.batch)
      journal.push({
        batchId: request.batch.id,
        index: request.index,
        fileName: request.fileName,
        fingerprint: request.fingerprint,
        outcome: isCurrent ? 'imported' : 'conflict',
        submissionId: row.id,
        currentId: isCurrent ? null : decision.currentId,
        unitCode: row.unitCode,
        unitName: row.unitName,
        at: request.at,
      })
      return ok(
        isCurrent
          ? { kind: 'imported', submissionId: row.id }
          : { kind: 'conflict', submissionId: row.id, currentId: decision.currentId },
      )
    },
    journal: async (batchId) =>
      journal.filter((entry) => entry.batchId === batchId).sort((a, b) => a.index - b.index),
    finishBatch: async (batchId, at) => {
      const batch = batches.get(batchId)
      if (batch !== undefined) batches.set(batchId, { ...batch, finishedAt: at })
      return ok(null)
    },
    interruptedBatches: async () => [...batches.values()].filter((batch) => batch.finishedAt === null),
    get: async (id) => submissions.get(id) ?? null,
    knownFiles: async (scope) => knownFilesOf([...submissions.values()], scope),
    resolveConflict: async (pendingId, choice, at) => {
      const pending = submissions.get(pendingId)
      if (pending === undefined) return err({ code: 'not-pending', id: pendingId })
      const plan = planResolution(versionsOf(pending), pendingId, choice, at)
      if (!plan.ok) return plan
      for (const row of plan.value) store(row)
      return ok(plan.value[0] ?? pending)
    },
    snapshot: () => ({
      submissions: [...submissions.values()],
      batches: [...batches.values()],
      journal: [...journal],
    }),
  }
}

/**
 * The fingerprints of the files that brought each version of a scope (shared by both stores).
 *
 * @example
 *   knownFilesOf(rows, { frameworkId: 'dti-points', frameworkVersion: '2026.1', year: null }).get(sha256)
 */
export function knownFilesOf(
  rows: readonly ReceivedSubmission[],
  scope: ImportScope,
): ReadonlyMap<string, KnownFile> {
  const known = new Map<string, KnownFile>()
  for (const row of rows) {
    if (
      row.frameworkId !== scope.frameworkId ||
      row.frameworkVersion !== scope.frameworkVersion ||
      (scope.year !== null && row.year !== scope.year)
    )
      continue
    if (row.source.fingerprint === '' || known.has(row.source.fingerprint)) continue
    known.set(row.source.fingerprint, {
      submissionId: row.id,
      unitCode: row.unitCode,
      unitName: row.unitName,
      status: row.status,
      conflictWith: row.conflictWith,
    })
  }
  return known
}
