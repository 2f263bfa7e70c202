import { useCallback, useMemo, useState } from 'react'
import type { AssessmentUnit } from '@core/assessment/assessment'
import type { ReportSignature } from '@core/assessment/reportSignature'
import {
  deriveAssessmentView,
  type AssessmentView as CoreAssessmentView,
} from '@core/assessment/assessmentView'
import { createAppraisalRepository, type AppraisalRequest } from '@core/storage/appraisalRepository'
import { createAssessmentRepository, type AssessmentReadFailure } from '@core/storage/assessmentRepository'
import { loadAssessmentWorkspace, type AssessmentWorkspace } from '@core/storage/assessmentWorkspace'
import type { StorageFailure } from '@core/storage/storageError'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { useOperator } from '../operator/OperatorProvider'

/** What the screens derive from the stored workspace (`deriveAssessmentView`); computed here once, never in components. */
export type AssessmentView = CoreAssessmentView<AssessmentWorkspace>

export type WorkspaceState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AssessmentReadFailure | StorageFailure }
  | { readonly status: 'ready'; readonly view: AssessmentView }

/** A failed write, by code, for the screens to explain. */
export type ActionFailure = { readonly code: string } & Readonly<Record<string, unknown>>

export type WorkspaceActions = {
  appraise(request: AppraisalRequest): Promise<ActionFailure | null>
  approve(unit: string): Promise<ActionFailure | null>
  withdrawApproval(unit: string): Promise<ActionFailure | null>
  setUnits(units: readonly AssessmentUnit[]): Promise<ActionFailure | null>
  publish(): Promise<ActionFailure | null>
  unlock(reason: string): Promise<ActionFailure | null>
  /** Sets (or with `null` removes) the signature block printed at the end of the report. */
  setReportSignature(signature: ReportSignature | null): Promise<ActionFailure | null>
  /** Reads the workspace again at once, keeping the current view meanwhile (for data written outside Dexie). */
  reload(): void
}

/**
 * One assessment as the evaluator's screens need it: the stored workspace plus what is derived
 * from it (review flags on the final answers, the status board, the results), and the actions
 * that change it. The workspace is a live read: every write through the repositories (here, in
 * the bulk import, in another window) shows without a reload.
 */
export function useAssessmentWorkspace(id: string): {
  readonly state: WorkspaceState
  readonly actions: WorkspaceActions
} {
  const database = useDatabase()
  const requireOperator = useOperator().require
  const [revision, setRevision] = useState(0)
  const loaded = useLiveRead(() => loadAssessmentWorkspace(database, id), [database, id], revision)
  const reload = useCallback(() => setRevision((value) => value + 1), [])
  const workspace = loaded.status === 'ready' ? loaded.value : null
  const view = useMemo(() => (workspace === null ? null : deriveAssessmentView(workspace)), [workspace])

  const actions = useMemo((): WorkspaceActions => {
    const assessments = createAssessmentRepository(database)
    const run = async (write: () => Promise<{ readonly ok: boolean; readonly error?: unknown }>) => {
      const outcome = await write()
      return outcome.ok ? null : (outcome.error as ActionFailure)
    }
    // Appraising, approving, publishing and unlocking are logged with who did it: ask for the
    // operator first when this mode has none (the action does not run without one).
    const asOperator = async (write: () => Promise<{ readonly ok: boolean; readonly error?: unknown }>) =>
      (await requireOperator()) === null ? { code: 'operator-required' } : run(write)
    return {
      appraise: (request) => asOperator(() => createAppraisalRepository(database).add(id, request)),
      approve: (unit) => asOperator(() => assessments.approve(id, unit)),
      withdrawApproval: (unit) => asOperator(() => assessments.withdrawApproval(id, unit)),
      setUnits: (units) => run(() => assessments.setUnits(id, units)),
      publish: () =>
        view === null
          ? Promise.resolve({ code: 'not-found' })
          : asOperator(() => assessments.publish(id, view.result)),
      unlock: (reason) => asOperator(() => assessments.unlock(id, reason)),
      setReportSignature: (signature) => run(() => assessments.setReportSignature(id, signature)),
      reload,
    }
  }, [database, id, reload, view, requireOperator])

  const state: WorkspaceState =
    loaded.status === 'error'
      ? { status: 'failed', error: loaded.error }
      : view === null
        ? { status: 'loading' }
        : { status: 'ready', view }
  return { state, actions }
}
