import type { Appraisal } from '@core/assessment/appraisal'
import type { FeedbackRound } from '@core/assessment/feedbackRound'
import { isDecided, itemDecisions } from '@core/assessment/roundDecision'
import type { RoundResponseSummary } from '@core/assessment/roundState'
import type { RoundIssue } from '@core/formats/feedback/roundIssue'
import type { RoundManifest } from '@core/formats/feedback/roundManifest'
import { readResponsePackage } from '@core/formats/response/readResponsePackage'
import type { ResponseContent } from '@core/formats/response/responseContent'
import type { ImportBatch } from '@core/import/importTypes'
import type { ResponseImporter } from '@core/import/responseImporter'
import { randomUuid } from '@core/randomUuid'
import { err, ok, type Result } from '@core/result'
import { isAssessmentRow, writeAssessmentAudit } from './assessmentRows'
import { writeWithReopen, type WorkbenchDatabase } from './database'
import { importBatchesTable, importJournalTable } from './importJournalRepository'
import { classifyStorageError, type StorageFailure } from './storageError'

/** A unit's response package as the evaluator imported it (`roundResponses`, keyed by its content hash). */
export type RoundResponse = {
  readonly id: string
  readonly assessmentId: string
  readonly round: number
  readonly unit: string
  readonly importedAt: string
  readonly fileName: string
  readonly manifest: RoundManifest
  readonly content: ResponseContent
}

/** Where a response imported by a bulk import batch sits in it: its journal entry is written with the response. */
export type ResponseJournalPlace = {
  readonly batch: ImportBatch
  readonly index: number
  /** SHA-256 of the file's bytes. */
  readonly fingerprint: string
}

/** What importing one response file did. */
export type ResponseImportOutcome =
  | { readonly status: 'imported'; readonly response: RoundResponse }
  /** The same response (same content hash) was imported before: nothing changed. */
  | { readonly status: 'duplicate'; readonly response: RoundResponse }

export type ResponseImportFailure = StorageFailure | RoundIssue | { readonly code: 'not-found' }

/** A new evidence file a response brought (`responseEvidence`). */
export type ResponseEvidenceFile = {
  readonly id: string
  readonly responseId: string
  readonly question: string
  readonly fileName: string
  readonly bytes: Uint8Array
}

export type RoundResponseRepository = {
  /** The evidence files of one response, by item and file name. */
  evidence(responseId: string): Promise<readonly ResponseEvidenceFile[]>
  /** The responses of an assessment (the latest imported per unit and round first). */
  list(assessmentId: string): Promise<readonly RoundResponse[]>
  /**
   * Reads a response file (`readResponsePackage`: this assessment, its units, framework and year)
   * and checks that it answers a package the assessment sent (round and feedback hash); stores it
   * with its evidence and logs `round.response-imported`. Re-importing the same file is a no-op.
   * From a bulk import batch (`journal`), the batch record and the file's journal entry are written
   * in the same transaction, so an interrupted batch resumes without importing it twice.
   */
  import(
    assessmentId: string,
    fileName: string,
    bytes: Uint8Array,
    journal?: ResponseJournalPlace,
  ): Promise<Result<ResponseImportOutcome, readonly ResponseImportFailure[]>>
}

/**
 * The evaluator's side of the units' responses (schema step 7: `roundResponses`,
 * `responseEvidence` with `responseId` = the response's id).
 *
 * @example
 *   const imported = await createRoundResponseRepository(database).import(assessmentId, 'SNV.zip', bytes)
 */
export function createRoundResponseRepository(
  database: WorkbenchDatabase,
  options: { readonly now?: () => Date } = {},
): RoundResponseRepository {
  const responses = database.table<RoundResponse, string>('roundResponses')
  const rounds = database.table<FeedbackRound, [string, number]>('feedbackRounds')
  const evidence = database.table('responseEvidence')
  const batches = importBatchesTable(database)
  const journalEntries = importJournalTable(database)
  return {
    evidence: async (responseId) =>
      ((await evidence.where('responseId').equals(responseId).toArray()) as readonly ResponseEvidenceFile[])
        .map(({ id, question, fileName, bytes }) => ({ id, responseId, question, fileName, bytes }))
        .sort((a, b) => a.question.localeCompare(b.question) || a.fileName.localeCompare(b.fileName)),
    list: async (assessmentId) =>
      (await responses.where('assessmentId').equals(assessmentId).toArray()).sort((a, b) =>
        b.importedAt.localeCompare(a.importedAt),
      ),
    import: async (assessmentId, fileName, bytes, journal) => {
      const row = await database.assessments.get(assessmentId)
      if (!isAssessmentRow(row)) return err([{ code: 'not-found' }])
      const read = await readResponsePackage(bytes, {
        assessmentId,
        frameworkId: row.frameworkId,
        frameworkVersion: row.frameworkVersion,
        year: row.year,
        knownUnits: new Set(row.units.map((unit) => unit.code)),
      })
      if (!read.ok) return err(read.error)
      const { manifest, content } = read.value
      return writeWithReopen(database, async () => {
        try {
          return await database.transaction(
            'rw',
            [database.assessments, database.auditLog, responses, rounds, evidence, batches, journalEntries],
            async (): Promise<Result<ResponseImportOutcome, readonly ResponseImportFailure[]>> => {
              const earlier = await responses.get(manifest.contentHash)
              if (earlier !== undefined) return ok({ status: 'duplicate', response: earlier })
              const round = await rounds.get([assessmentId, manifest.round])
              const sent = round?.packages.find((entry) => entry.unit === manifest.unitCode)
              if (sent === undefined || sent.contentHash !== content.feedbackHash)
                return err([
                  { code: 'round-response-unknown-feedback', unit: manifest.unitCode, round: manifest.round },
                ])
              const at = (options.now?.() ?? new Date()).toISOString()
              const response: RoundResponse = {
                id: manifest.contentHash,
                assessmentId,
                round: manifest.round,
                unit: manifest.unitCode,
                importedAt: at,
                fileName,
                manifest,
                content,
              }
              await responses.put(response)
              for (const file of read.value.evidence)
                await evidence.put({
                  id: randomUuid(),
                  responseId: response.id,
                  question: file.question,
                  fileName: file.fileName,
                  bytes: file.bytes,
                  addedAt: at,
                })
              await writeAssessmentAudit(database, assessmentId, at, {
                action: 'round.response-imported',
                detail: {
                  unit: manifest.unitCode,
                  round: manifest.round,
                  explained: content.items.filter((item) => item.decision === 'explain').length,
                  agreed: content.items.filter((item) => item.decision === 'agree').length,
                  evidenceFiles: read.value.evidence.length,
                  hash: manifest.contentHash,
                  ...(journal === undefined ? {} : { batchId: journal.batch.id, fileName }),
                },
              })
              if (journal !== undefined) {
                if ((await batches.get(journal.batch.id)) === undefined) await batches.add(journal.batch)
                await journalEntries.put({
                  batchId: journal.batch.id,
                  index: journal.index,
                  fileName,
                  fingerprint: journal.fingerprint,
                  outcome: 'imported',
                  submissionId: response.id,
                  currentId: null,
                  unitCode: manifest.unitCode,
                  unitName: manifest.unitName,
                  at,
                  round: manifest.round,
                })
              }
              return ok({ status: 'imported', response })
            },
          )
        } catch (error) {
          return err([classifyStorageError(error)])
        }
      })
    },
  }
}

const STORAGE_CODES: ReadonlySet<string> = new Set(['quota', 'aborted', 'closed', 'corrupted', 'unknown'])

/**
 * The bulk import's way to import the units' responses for one assessment: each through
 * `repository.import` (the one place a response is stored) with its journal entry; a storage
 * failure is the file's `failed` outcome, anything else its reasons.
 *
 * @example
 *   runImportBatch({ …, responses: batchResponseImporter(createRoundResponseRepository(database), assessmentId) })
 */
export function batchResponseImporter(
  repository: RoundResponseRepository,
  assessmentId: string,
): ResponseImporter {
  return async ({ batch, index, fileName, fingerprint, bytes }) => {
    const imported = await repository.import(assessmentId, fileName, bytes, { batch, index, fingerprint })
    if (imported.ok) {
      const { response } = imported.value
      return {
        kind: imported.value.status,
        responseId: response.id,
        unitCode: response.unit,
        unitName: response.manifest.unitName,
        round: response.round,
      }
    }
    const storage = imported.error.find((failure): failure is StorageFailure =>
      STORAGE_CODES.has(failure.code),
    )
    if (storage !== undefined) return { kind: 'failed', reason: storage }
    if (imported.error.some((failure) => failure.code === 'not-found'))
      return { kind: 'failed', reason: { code: 'unknown', message: `assessment ${assessmentId} not found` } }
    return {
      kind: 'rejected',
      issues: imported.error.filter(
        (failure): failure is Exclude<ResponseImportFailure, StorageFailure | { code: 'not-found' }> =>
          failure.code !== 'not-found' && !STORAGE_CODES.has(failure.code),
      ),
    }
  }
}

/**
 * The summaries `roundState` needs: per unit, its latest response (latest round, then latest
 * import) and how many of its items are decided: the items the unit agreed with, and the explained
 * items an appraisal refers to the response for (`itemDecisions`, decision 0027). An appraisal
 * made without referring to the response decides nothing.
 *
 * @example
 *   responseSummaries(responses, appraisals)
 */
export function responseSummaries(
  responses: readonly RoundResponse[],
  appraisals: readonly Appraisal[],
): RoundResponseSummary[] {
  return latestResponses(responses).map((response) => {
    const decisions = itemDecisions(response, appraisals)
    return {
      unit: response.unit,
      round: response.round,
      items: decisions.length,
      decided: decisions.filter(isDecided).length,
    }
  })
}

/**
 * Each unit's latest response: of its latest round, the one imported last.
 *
 * @example
 *   latestResponses(responses).find((response) => response.unit === 'SNV')
 */
export function latestResponses(responses: readonly RoundResponse[]): RoundResponse[] {
  const latest = new Map<string, RoundResponse>()
  for (const response of responses) {
    const kept = latest.get(response.unit)
    if (
      kept === undefined ||
      kept.round < response.round ||
      (kept.round === response.round && kept.importedAt < response.importedAt)
    )
      latest.set(response.unit, response)
  }
  return [...latest.values()]
}
