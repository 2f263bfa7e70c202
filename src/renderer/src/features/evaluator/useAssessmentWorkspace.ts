import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AssessmentUnit } from '@core/assessment/assessment'
import {
  deriveAssessmentView,
  type AssessmentView as CoreAssessmentView,
} from '@core/assessment/assessmentView'
import { createAppraisalRepository, type AppraisalRequest } from '@core/storage/appraisalRepository'
import { createAssessmentRepository, type AssessmentReadFailure } from '@core/storage/assessmentRepository'
import { loadAssessmentWorkspace, type AssessmentWorkspace } from '@core/storage/assessmentWorkspace'
import { useDatabase } from '../../app/DatabaseProvider'

/** What the screens derive from the stored workspace (`deriveAssessmentView`); computed here once, never in components. */
export type AssessmentView = CoreAssessmentView<AssessmentWorkspace>

export type WorkspaceState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AssessmentReadFailure }
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
  reload(): void
}

/**
 * One assessment as the evaluator's screens need it: the stored workspace plus what is derived
 * from it (review flags on the final answers, the status board, the results), and the actions
 * that change it. Every action writes through the repositories and then reloads.
 */
export function useAssessmentWorkspace(id: string): {
  readonly state: WorkspaceState
  readonly actions: WorkspaceActions
} {
  const database = useDatabase()
  const [loaded, setLoaded] = useState<{
    readonly id: string
    readonly outcome: Awaited<ReturnType<typeof loadAssessmentWorkspace>>
  } | null>(null)
  const [revision, setRevision] = useState(0)
  useEffect(() => {
    let cancelled = false
    void loadAssessmentWorkspace(database, id).then((outcome) => {
      if (!cancelled) setLoaded({ id, outcome })
    })
    return () => {
      cancelled = true
    }
  }, [database, id, revision])
  const reload = useCallback(() => setRevision((value) => value + 1), [])
  const workspace = loaded?.id === id && loaded.outcome.ok ? loaded.outcome.value : null
  const view = useMemo(() => (workspace === null ? null : deriveAssessmentView(workspace)), [workspace])

  const actions = useMemo((): WorkspaceActions => {
    const assessments = createAssessmentRepository(database)
    const run = async (write: () => Promise<{ readonly ok: boolean; readonly error?: unknown }>) => {
      const outcome = await write()
      reload()
      return outcome.ok ? null : (outcome.error as ActionFailure)
    }
    return {
      appraise: (request) => run(() => createAppraisalRepository(database).add(id, request)),
      approve: (unit) => run(() => assessments.approve(id, unit)),
      withdrawApproval: (unit) => run(() => assessments.withdrawApproval(id, unit)),
      setUnits: (units) => run(() => assessments.setUnits(id, units)),
      publish: () =>
        view === null
          ? Promise.resolve({ code: 'not-found' })
          : run(() => assessments.publish(id, view.result)),
      unlock: (reason) => run(() => assessments.unlock(id, reason)),
      reload,
    }
  }, [database, id, reload, view])

  const state: WorkspaceState =
    loaded === null || loaded.id !== id
      ? { status: 'loading' }
      : !loaded.outcome.ok
        ? { status: 'failed', error: loaded.outcome.error }
        : view === null
          ? { status: 'loading' }
          : { status: 'ready', view }
  return { state, actions }
}
