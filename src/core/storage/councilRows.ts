import type { Council, CouncilMember } from '@core/assessment/council'
import type { WorkPackageUnit } from '@core/formats/council-package/councilWorkPackage'
import type { WorkbenchDatabase } from './database'

/**
 * On a member's machine: the lead's assessment this scoped assessment answers, the member, the
 * work package it came from and the units' declared answers it carried.
 */
export type CouncilMembership = {
  readonly leadAssessmentId: string
  readonly member: CouncilMember & { readonly position?: string }
  readonly workPackageHash: string
  readonly openedAt: string
  readonly units: readonly WorkPackageUnit[]
  /** The appraisals the work package carried (canonical identities): not the member's own, never exported. */
  readonly earlier: readonly string[]
}

/** The `councils` row: the council of a lead's assessment, or (`memberOf`) a member's scoped assessment. */
export type CouncilRow = Council & { readonly memberOf?: CouncilMembership }

/** The `councilPackages` row: an appraisal package the lead imported, by its content hash. */
export type CouncilPackageRow = {
  readonly hash: string
  readonly assessmentId: string
  readonly member: string
  readonly importedAt: string
  readonly appraisals: number
}

export const councilsTable = (database: WorkbenchDatabase) => database.table<CouncilRow, string>('councils')
export const councilPackagesTable = (database: WorkbenchDatabase) =>
  database.table<CouncilPackageRow, string>('councilPackages')

/** The `submissionId` a member's scoped assessment keeps a unit's evidence under (`receivedEvidenceId`). */
export function councilEvidenceOwner(assessmentId: string, unit: string): string {
  return `council|${assessmentId}|${unit}`
}
