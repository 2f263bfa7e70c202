import type { Appraisal } from '@core/assessment/appraisal'
import type { CouncilMember } from '@core/assessment/council'
import type { Framework } from '@core/framework/framework'
import type { Answers } from '@core/responses/answer'

/** One assigned unit in a work package: who it is and its declared answers in scope. */
export type WorkPackageUnit = {
  readonly code: string
  readonly name: string
  readonly group: string
  readonly answers: Answers
}

/** One evidence file of an assigned unit, under `evidence/<unit>/<question>/<file name>`. */
export type WorkPackageEvidence = {
  readonly unit: string
  readonly question: string
  readonly fileName: string
  readonly bytes: Uint8Array
}

/**
 * A council member's work package (gói công việc, decision 0025): the assessment it belongs to,
 * the framework, the member and their assignment, the assigned units' declared answers and
 * evidence, and the appraisals made before in that scope. `contentHash` (set when read or
 * written) is the manifest's seal; an appraisal package refers to it.
 *
 * @example
 *   const pkg: CouncilWorkPackage = { assessmentId: 'a-1', year: 2026, framework, member, units: [], evidence: [], appraisals: [], createdAt: '2026-03-01T08:00:00.000Z', appVersion: '0.1.0' }
 */
export type CouncilWorkPackage = {
  readonly assessmentId: string
  readonly year: number
  readonly framework: Framework
  readonly member: Pick<CouncilMember, 'id' | 'name' | 'position' | 'units' | 'groups'>
  readonly units: readonly WorkPackageUnit[]
  readonly evidence: readonly WorkPackageEvidence[]
  readonly appraisals: readonly Appraisal[]
  readonly createdAt: string
  readonly appVersion: string
}
