import { ok } from '@core/result'
import { createCouncilRepository } from '@core/storage/councilRepository'
import type { CouncilRow } from '@core/storage/councilRows'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

/**
 * Whether the assessment is a council member's share of the work, opened from a work package
 * (decision 0025): its membership (the member, the lead's assessment), or null for an ordinary
 * assessment or while reading.
 *
 * @example
 *   const membership = useCouncilMembership(assessment.id)
 *   membership === null // an assessment this machine may publish
 */
export function useCouncilMembership(assessmentId: string): CouncilRow['memberOf'] | null {
  const database = useDatabase()
  const read = useLiveRead(
    async () => ok((await createCouncilRepository(database).get(assessmentId))?.memberOf ?? null),
    [database, assessmentId],
  )
  return read.status === 'ready' ? read.value : null
}
