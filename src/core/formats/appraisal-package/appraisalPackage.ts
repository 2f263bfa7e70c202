import type { Appraisal } from '@core/assessment/appraisal'
import type { CouncilMember } from '@core/assessment/council'

/**
 * A council member's appraisal package (gói kết quả thẩm định, decision 0025): the appraisals the
 * member made in their assignment, for one assessment, with the member's name and the work
 * package it answers. `contentHash` (set when read or written) identifies it: the lead's app
 * imports a package once.
 *
 * @example
 *   const pkg: AppraisalPackage = { assessmentId: 'a-1', frameworkId: 'dept-ict-readiness', frameworkVersion: '2026.1', year: 2026, member, workPackageHash: 'ab…', appraisals: [], exportedAt: '2026-03-05T08:00:00.000Z', appVersion: '0.1.0' }
 */
export type AppraisalPackage = {
  readonly assessmentId: string
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly member: Pick<CouncilMember, 'id' | 'name' | 'position' | 'units' | 'groups'>
  readonly workPackageHash: string
  /** The member's own appraisals (no `member` field: the manifest names the member). */
  readonly appraisals: readonly Omit<Appraisal, 'member'>[]
  readonly exportedAt: string
  readonly appVersion: string
}
