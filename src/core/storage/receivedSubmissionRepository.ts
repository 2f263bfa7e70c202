import { Dexie, type Table } from 'dexie'
import { decideImport } from '@core/import/decideImport'
import type {
  CommitOutcome,
  ImportScope,
  ImportStore,
  KnownFile,
  ResolveFailure,
} from '@core/import/importStore'
import type { ReceivedKey } from '@core/import/importTypes'
import { knownFilesOf } from '@core/import/memoryImportStore'
import { planResolution } from '@core/import/planResolution'
import { toReceivedSubmission, type ReceivedSubmission } from '@core/import/receivedSubmission'
import { err, ok } from '@core/result'
import { appendAuditEntry } from './auditLogAppend'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import {
  createImportJournalRepository,
  importBatchesTable,
  importJournalTable,
} from './importJournalRepository'
import { classifyStorageError, raiseFault, type FaultInjector } from './storageError'
import type { StoredAuditEntry } from './storedTypes'

/** The received submissions table (schema step 3), typed. */
export function receivedSubmissionsTable(database: WorkbenchDatabase): Table<ReceivedSubmission, string> {
  return database.table('receivedSubmissions')
}

/** A framework version and year: what an evaluator imports for. */
export type ReceivedScope = {
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
}

export type ReceivedSubmissionRepository = ImportStore & {
  knownFiles(scope: ImportScope): Promise<ReadonlyMap<string, KnownFile>>
  /** The version in force of every unit that sent one for this framework version and year, by unit code. */
  listCurrent(scope: ReceivedScope): Promise<readonly ReceivedSubmission[]>
  /** Versions waiting for the evaluator's choice (conflicts) for this framework version and year. */
  listPending(scope: ReceivedScope): Promise<readonly ReceivedSubmission[]>
  /** Every version received for one unit, oldest import first. */
  versions(key: ReceivedKey): Promise<readonly ReceivedSubmission[]>
}

export type ReceivedSubmissionRepositoryOptions = {
  /** Fails the next commits on purpose, inside the transaction (tests: all-or-nothing). */
  readonly injectFault?: FaultInjector
}

const keyIndex = '[unitCode+frameworkId+frameworkVersion+year]'
const scopeIndex = '[frameworkId+frameworkVersion+year]'

/**
 * Submissions evaluators import from units' workbooks, and the import journal: the Dexie side of
 * `ImportStore`. A commit runs `decideImport` inside one strict-durability transaction over the
 * received submissions, the journal, the batch record and the audit log, so a file is stored with
 * its journal entry and audit line, or not at all (a quota abort rolls everything back); a
 * duplicate writes nothing. Resolving a conflict rewrites the statuses of that unit's versions in
 * one transaction; no version is ever deleted.
 *
 * @example
 *   const store = createReceivedSubmissionRepository(database)
 *   const result = await runImportBatch({ batch, files, parse, store, now: () => new Date() })
 */
export function createReceivedSubmissionRepository(
  database: WorkbenchDatabase,
  options: ReceivedSubmissionRepositoryOptions = {},
): ReceivedSubmissionRepository {
  const received = receivedSubmissionsTable(database)
  const batches = importBatchesTable(database)
  const journal = importJournalTable(database)
  const journalRepository = createImportJournalRepository(database)
  const versionsOf = (key: ReceivedKey) =>
    received.where(keyIndex).equals([key.unitCode, key.frameworkId, key.frameworkVersion, key.year]).toArray()
  const audit = (entry: StoredAuditEntry) => appendAuditEntry(database, entry)
  const faultCheck = () => {
    const fault = options.injectFault?.() ?? null
    if (fault !== null) raiseFault(fault)
  }

  return {
    commit: async (request) => {
      return writeWithReopen(database, async () => {
        try {
          return ok(
            await database.transaction(
              'rw',
              [received, batches, journal, database.auditLog, database.evidence],
              async (): Promise<CommitOutcome> => {
                const decision = decideImport(
                  await versionsOf(request.submission),
                  request.submission.contentHash,
                )
                if (decision.action === 'duplicate') return { kind: 'duplicate', submissionId: decision.id }
                if (decision.action === 'still-pending')
                  return { kind: 'conflict', submissionId: decision.id, currentId: decision.currentId }
                const isCurrent = decision.action === 'store-current'
                const currentId = isCurrent ? null : decision.currentId
                const row = toReceivedSubmission(request.submission, {
                  batchId: request.batch.id,
                  status: isCurrent ? 'current' : 'pending',
                  conflictWith: currentId,
                  importedAt: request.at,
                })
                await received.add(row)
                // Evidence received in a package: the files, in the same transaction as their submission.
                const counters = new Map<string, number>()
                for (const file of request.submission.evidence ?? []) {
                  const n = (counters.get(file.question) ?? 0) + 1
                  counters.set(file.question, n)
                  await database.evidence.put({
                    id: receivedEvidenceId(row.id, `${file.question}/${n}`),
                    submissionId: row.id,
                    questionCode: file.question,
                    fileName: file.fileName,
                    bytes: file.bytes,
                  })
                }
                if ((await batches.get(request.batch.id)) === undefined) await batches.add(request.batch)
                const { unitCode, unitName } = row
                await journal.add({
                  batchId: request.batch.id,
                  index: request.index,
                  fileName: request.fileName,
                  fingerprint: request.fingerprint,
                  outcome: isCurrent ? 'imported' : 'conflict',
                  submissionId: row.id,
                  currentId,
                  unitCode,
                  unitName,
                  at: request.at,
                })
                await audit({
                  at: request.at,
                  entityId: row.id,
                  action: isCurrent ? 'received.imported' : 'received.conflict',
                  detail: {
                    fileName: request.fileName,
                    batchId: request.batch.id,
                    contentHash: row.contentHash,
                    currentId,
                  },
                })
                faultCheck()
                return currentId === null
                  ? { kind: 'imported', submissionId: row.id }
                  : { kind: 'conflict', submissionId: row.id, currentId }
              },
            ),
          )
        } catch (error) {
          return err(classifyStorageError(error))
        }
      })
    },
    journal: journalRepository.journal,
    finishBatch: journalRepository.finishBatch,
    interruptedBatches: journalRepository.interruptedBatches,
    markParsing: journalRepository.markParsing,
    clearParsing: journalRepository.clearParsing,
    parsingMarks: journalRepository.parsingMarks,
    get: async (id) => (await received.get(id)) ?? null,
    knownFiles: async (scope) => {
      const rows =
        scope.year === null
          ? await received
              .where(scopeIndex)
              .between(
                [scope.frameworkId, scope.frameworkVersion, Dexie.minKey],
                [scope.frameworkId, scope.frameworkVersion, Dexie.maxKey],
              )
              .toArray()
          : await received
              .where(scopeIndex)
              .equals([scope.frameworkId, scope.frameworkVersion, scope.year])
              .toArray()
      return knownFilesOf(rows, scope)
    },
    resolveConflict: async (pendingId, choice, at) => {
      return writeWithReopen<ReceivedSubmission, ResolveFailure>(database, async () => {
        try {
          return await database.transaction('rw', [received, database.auditLog], async () => {
            const pending = await received.get(pendingId)
            if (pending === undefined) return err({ code: 'not-pending' as const, id: pendingId })
            const plan = planResolution(await versionsOf(pending), pendingId, choice, at)
            if (!plan.ok) return plan
            await received.bulkPut([...plan.value])
            await audit({
              at,
              entityId: pendingId,
              action: 'received.resolved',
              detail: { choice, conflictWith: pending.conflictWith },
            })
            faultCheck()
            return ok(plan.value[0] ?? pending)
          })
        } catch (error) {
          return err(classifyStorageError(error))
        }
      })
    },
    listCurrent: async (scope) =>
      sortByUnit(
        (
          await received
            .where(scopeIndex)
            .equals([scope.frameworkId, scope.frameworkVersion, scope.year])
            .toArray()
        ).filter((row) => row.status === 'current'),
      ),
    listPending: async (scope) =>
      sortByUnit(
        (
          await received
            .where(scopeIndex)
            .equals([scope.frameworkId, scope.frameworkVersion, scope.year])
            .toArray()
        ).filter((row) => row.status === 'pending'),
      ),
    versions: async (key) => (await versionsOf(key)).sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
  }
}

/** The evidence table's id of a file received with a submission: the received version's id and the reference id (`<question>/<n>`). */
export function receivedEvidenceId(submissionId: string, referenceId: string): string {
  return `${submissionId}#${referenceId}`
}

function sortByUnit(rows: ReceivedSubmission[]): ReceivedSubmission[] {
  return rows.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.importedAt.localeCompare(b.importedAt))
}
