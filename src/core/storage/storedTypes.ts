import type { AuditOperator } from '@core/audit/auditOperator'

/**
 * Rows as they sit in IndexedDB. Repositories turn them into domain types; nothing outside
 * `core/storage` should depend on these shapes.
 */
export type StoredSetting = { readonly key: string; readonly value: unknown }

export type StoredFramework = {
  readonly id: string
  readonly version: string
  readonly year: number
  readonly definition: unknown
  readonly importedAt: string
}

export type StoredUnit = { readonly code: string; readonly name: string; readonly group: string }

export type StoredSubmission = {
  readonly id: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly unitCode: string
  readonly year: number
  readonly status: string
  readonly answers: Readonly<Record<string, unknown>>
  readonly updatedAt: string
}

export type StoredAssessment = {
  readonly id: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly status: string
}

export type StoredAuditEntry = {
  readonly seq?: number
  readonly at: string
  readonly entityId: string
  readonly action: string
  readonly detail: unknown
  /** Who acted (added without a schema step: rows written before the operator lack it). */
  readonly operator?: AuditOperator | null
  /** The hash chain (core/audit/auditChain): absent on rows older than the chain. */
  readonly prevHash?: string | null
  readonly hash?: string
}

export type StoredEvidence = {
  readonly id: string
  readonly submissionId: string
  readonly questionCode: string
  readonly fileName: string
  readonly bytes: Uint8Array
}
