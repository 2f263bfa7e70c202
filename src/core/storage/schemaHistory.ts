import type { Transaction } from 'dexie'

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
]
