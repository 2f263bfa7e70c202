import { useCallback, useMemo, useState } from 'react'
import { appraisedPoints } from '@core/assessment/appraisal'
import type { AssessmentUnit } from '@core/assessment/assessment'
import { findReviewFlags } from '@core/assessment/findReviewFlags'
import { previousIndicatorValues } from '@core/assessment/previousIndicatorValues'
import { rankingComponentCodes } from '@core/assessment/rankingRows'
import type { ReviewFlag } from '@core/assessment/reviewFlag'
import { reviewedUnits, scoringUnits, type AssessmentInputs } from '@core/assessment/scoringUnits'
import { statusBoard, type StatusBoard } from '@core/assessment/statusBoard'
import { createAppraisalRepository, type AppraisalRequest } from '@core/storage/appraisalRepository'
import { createAssessmentRepository, type AssessmentReadFailure } from '@core/storage/assessmentRepository'
import { loadAssessmentWorkspace, type AssessmentWorkspace } from '@core/storage/assessmentWorkspace'
import type { AssessmentResult } from '@core/scoring/assessmentResult'
import { computeAssessment } from '@core/scoring/computeAssessment'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { StorageFailure } from '@core/storage/storageError'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'

/** What the screens derive from the stored workspace; computed here once, never in components. */
export type AssessmentView = {
  readonly workspace: AssessmentWorkspace
  readonly inputs: AssessmentInputs
  readonly flags: readonly ReviewFlag[]
  /** Flags on the declared answers of questions that were appraised since (what the appraisal answered). */
  readonly resolvedFlags: readonly ReviewFlag[]
  readonly board: StatusBoard
  readonly scoring: readonly UnitAnswers[]
  /** Points frameworks: the points the evaluator awarded, per unit and criterion (what-if scores with them too). */
  readonly appraisedPoints: ReadonlyMap<string, Readonly<Record<string, number>>>
  /** The official results when published, else computed now from the final answers. */
  readonly result: AssessmentResult
  readonly isOfficial: boolean
  readonly componentCodes: readonly string[]
  readonly previousValues: ReadonlyMap<string, Readonly<Record<string, number | null>>> | undefined
}

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
  const [revision, setRevision] = useState(0)
  const loaded = useLiveRead(() => loadAssessmentWorkspace(database, id), [database, id], revision)
  const reload = useCallback(() => setRevision((value) => value + 1), [])
  const workspace = loaded.status === 'ready' ? loaded.value : null
  const view = useMemo(() => (workspace === null ? null : deriveView(workspace)), [workspace])

  const actions = useMemo((): WorkspaceActions => {
    const assessments = createAssessmentRepository(database)
    const run = async (write: () => Promise<{ readonly ok: boolean; readonly error?: unknown }>) => {
      const outcome = await write()
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
    loaded.status === 'error'
      ? { status: 'failed', error: loaded.error }
      : view === null
        ? { status: 'loading' }
        : { status: 'ready', view }
  return { state, actions }
}

function deriveView(workspace: AssessmentWorkspace): AssessmentView {
  const { assessment, framework, declared, appraisals, previous } = workspace
  const inputs: AssessmentInputs = { units: assessment.units, declared, appraisals }
  const flags = findReviewFlags(framework, reviewedUnits(inputs, previous?.finalAnswers))
  const appraised = new Set(
    appraisals.map((appraisal) => JSON.stringify([appraisal.unit, appraisal.question])),
  )
  const resolvedFlags =
    appraisals.length === 0
      ? []
      : findReviewFlags(
          framework,
          reviewedUnits({ ...inputs, appraisals: [] }, previous?.finalAnswers),
        ).filter((flag) => appraised.has(JSON.stringify([flag.unit, flag.question])))
  const scoring = scoringUnits(inputs)
  const previousValues = previous?.result ? previousIndicatorValues(previous.result) : undefined
  const official = workspace.officialResult
  const points = appraisedPoints(appraisals)
  const result =
    official ??
    computeAssessment(framework, scoring, {
      ...(previousValues === undefined ? {} : { previousValues }),
      ...(points.size === 0 ? {} : { appraisedPoints: points }),
    })
  return {
    workspace,
    inputs,
    flags,
    resolvedFlags,
    board: statusBoard({
      units: assessment.units,
      declared,
      flags,
      appraisals,
      approvals: assessment.approvals,
    }),
    scoring,
    result,
    isOfficial: official !== null,
    componentCodes: rankingComponentCodes(framework),
    previousValues,
    appraisedPoints: points,
  }
}
