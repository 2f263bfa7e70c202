import { useMemo } from 'react'
import type { WorkbenchDatabase } from '@core/storage/database'
import { createEvidenceRepository, type EvidenceRepository } from '@core/storage/evidenceRepository'
import {
  createFrameworkSnapshotRepository,
  type FrameworkSnapshotRepository,
} from '@core/storage/frameworkSnapshotRepository'
import type { WriteFault } from '@core/storage/storageError'
import { createSubmissionRepository, type SubmissionRepository } from '@core/storage/submissionRepository'
import { createUnitProfileRepository, type UnitProfileRepository } from '@core/storage/unitProfileRepository'
import { useDatabase } from '../../app/DatabaseProvider'

export type UnitRepositories = {
  readonly database: WorkbenchDatabase
  readonly profiles: UnitProfileRepository
  readonly submissions: SubmissionRepository
  readonly evidence: EvidenceRepository
  readonly snapshots: FrameworkSnapshotRepository
}

/**
 * Test hook for the "failed save" scenario (there is no way to make IndexedDB fail on demand from
 * Playwright): `window.__ictwbFailNextSave = 'quota'` (or `true`) makes the next write transaction
 * fail after writing, so IndexedDB rolls it back exactly as a full disk does; a number fails that
 * many writes. It changes nothing unless a test sets it.
 */
type WindowWithTestHook = Window & { __ictwbFailNextSave?: boolean | number | WriteFault }

function takeTestFault(): WriteFault | null {
  const hooked = window as WindowWithTestHook
  const request = hooked.__ictwbFailNextSave
  if (request === undefined || request === false || request === 0) return null
  if (typeof request === 'number') hooked.__ictwbFailNextSave = request - 1
  else hooked.__ictwbFailNextSave = false
  return request === 'aborted' ? 'aborted' : 'quota'
}

/** Unit mode's repositories over the open database. */
export function useUnitRepositories(): UnitRepositories {
  const database = useDatabase()
  return useMemo(
    () => ({
      database,
      profiles: createUnitProfileRepository(database),
      submissions: createSubmissionRepository(database, { injectFault: takeTestFault }),
      evidence: createEvidenceRepository(database, { injectFault: takeTestFault }),
      snapshots: createFrameworkSnapshotRepository(database),
    }),
    [database],
  )
}
