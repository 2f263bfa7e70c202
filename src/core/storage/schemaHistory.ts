import type { Transaction } from 'dexie'
import { moveOfficialResultsToVersions } from './moveOfficialResultsToVersions'

export type SchemaStep = {
  readonly version: number
  readonly stores: Readonly<Record<string, string>>
  readonly upgrade?: (transaction: Transaction) => PromiseLike<unknown> | void
}

/**
 * Every schema the app has shipped, oldest first.
 *
 * Append only: an installed database upgrades through each step it has not seen, so editing a
 * shipped step would split old and new installs. `shippedSchema.json` freezes the released steps
 * and a test compares them (house style B7).
 *
 * @example
 *   schemaHistory.at(-1)?.version // => the current schema version
 */
export const schemaHistory: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
    },
  },
  {
    // Evaluator: appraisals (append-only, the latest per unit and question is in force) and the
    // official results frozen when an assessment is published.
    version: 2,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
      appraisals: '++seq, assessmentId, [assessmentId+unit]',
      assessmentResults: 'assessmentId',
    },
  },
  {
    // Excel exchange: submissions evaluators import from units' workbooks (every version kept,
    // keyed by content hash: idempotent imports, conflicts kept aside), and the import journal
    // (batches, and each file committed, written in the same transaction as its submission).
    version: 3,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
      appraisals: '++seq, assessmentId, [assessmentId+unit]',
      assessmentResults: 'assessmentId',
      receivedSubmissions:
        'id, [unitCode+frameworkId+frameworkVersion+year], [frameworkId+frameworkVersion+year], status, batchId',
      importBatches: 'id, finishedAt',
      importJournal: '[batchId+fingerprint], batchId',
    },
  },
  {
    // Manager: results of earlier years imported from results workbooks, ranking CSVs or tables
    // (one per framework and year; a new import of the same framework and year replaces it).
    version: 4,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
      appraisals: '++seq, assessmentId, [assessmentId+unit]',
      assessmentResults: 'assessmentId',
      receivedSubmissions:
        'id, [unitCode+frameworkId+frameworkVersion+year], [frameworkId+frameworkVersion+year], status, batchId',
      importBatches: 'id, finishedAt',
      importJournal: '[batchId+fingerprint], batchId',
      importedResults: '[frameworkId+year], importedAt',
    },
  },
  {
    // Manager: the workspace's unit lineage (renamed, merged, split, dissolved, created units),
    // versioned: every save is a new row, the highest version is in force; each save is logged.
    version: 5,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
      appraisals: '++seq, assessmentId, [assessmentId+unit]',
      assessmentResults: 'assessmentId',
      receivedSubmissions:
        'id, [unitCode+frameworkId+frameworkVersion+year], [frameworkId+frameworkVersion+year], status, batchId',
      importBatches: 'id, finishedAt',
      importJournal: '[batchId+fingerprint], batchId',
      importedResults: '[frameworkId+year], importedAt',
      unitLineages: 'version, savedAt',
    },
  },
  {
    // Evaluator: versioned official results. Every publication freezes version N (final answers,
    // appraisals in force, framework, engine version, results, digest); an unlock never deletes
    // one. The upgrade turns each published assessment's `assessmentResults` row into version 1
    // and empties that table (kept declared so older backups restore through this step).
    version: 6,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
      appraisals: '++seq, assessmentId, [assessmentId+unit]',
      assessmentResults: 'assessmentId',
      receivedSubmissions:
        'id, [unitCode+frameworkId+frameworkVersion+year], [frameworkId+frameworkVersion+year], status, batchId',
      importBatches: 'id, finishedAt',
      importJournal: '[batchId+fingerprint], batchId',
      importedResults: '[frameworkId+year], importedAt',
      unitLineages: 'version, savedAt',
      resultVersions: '[assessmentId+version], assessmentId',
    },
    upgrade: moveOfficialResultsToVersions,
  },
  {
    // The appraisal round with the units (giải trình) and the appraisal council (issue #16).
    // Evaluator: `feedbackRounds` (one row per numbered round of an assessment: deadline, message,
    // the packages issued), `roundResponses` (a unit's response package as imported: one row per
    // unit and round), `councils` (the assessment's council: members and what each is assigned),
    // `councilPackages` (appraisal packages of members already imported, by content hash, so a
    // re-import is a no-op). Unit: `unitFeedback` (a feedback package the officer opened and the
    // draft response to it). Both: `responseEvidence` (files attached to a response, by response).
    version: 7,
    stores: {
      settings: 'key',
      frameworks: '[id+version], id, year',
      units: 'code, group',
      submissions: 'id, [frameworkId+year], [unitCode+year], status, updatedAt',
      assessments: 'id, [frameworkId+year], status',
      auditLog: '++seq, at, entityId',
      evidence: 'id, submissionId',
      appraisals: '++seq, assessmentId, [assessmentId+unit]',
      assessmentResults: 'assessmentId',
      receivedSubmissions:
        'id, [unitCode+frameworkId+frameworkVersion+year], [frameworkId+frameworkVersion+year], status, batchId',
      importBatches: 'id, finishedAt',
      importJournal: '[batchId+fingerprint], batchId',
      importedResults: '[frameworkId+year], importedAt',
      unitLineages: 'version, savedAt',
      resultVersions: '[assessmentId+version], assessmentId',
      feedbackRounds: '[assessmentId+round], assessmentId',
      roundResponses: 'id, assessmentId, [assessmentId+round], [assessmentId+unit]',
      unitFeedback: 'id, submissionId',
      responseEvidence: 'id, responseId',
      councils: 'assessmentId',
      councilPackages: 'hash, assessmentId',
    },
  },
]
