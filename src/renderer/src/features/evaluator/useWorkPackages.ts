import { useState } from 'react'
import { hasAssignment } from '@core/assessment/council'
import { reportStep } from '@core/progress'
import { createCouncilRepository, type BuiltWorkPackage } from '@core/storage/councilRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { getPlatform } from '../../platform/getPlatform'
import { useProgressTask } from '../../ui/progress/useProgressTask'
import { useOperator } from '../operator/OperatorProvider'
import type { AssessmentView } from './useAssessmentWorkspace'
import type { CouncilProblem } from './useCouncil'

export type WorkPackagesState =
  | { readonly status: 'idle' }
  | { readonly status: 'writing' }
  | { readonly status: 'saved'; readonly savedTo: string; readonly count: number }
  | { readonly status: 'cancelled'; readonly done: number; readonly total: number }
  | { readonly status: 'failed'; readonly problems: readonly CouncilProblem[] }

/**
 * The lead's "write every member's work package" (decision 0025): asks for the operator, builds
 * one package per member with an assignment, with progress per member, and saves them together
 * as one `.zip` (desktop: a save dialog; browser: a download) — the platform bridge offers no
 * "save into a folder", and a dialog per member would be as many dialogs. Only once the zip is
 * saved is each package logged; cancelled, refused or the save declined, nothing is saved or logged.
 */
export function useWorkPackages(view: AssessmentView) {
  const database = useDatabase()
  const requireOperator = useOperator().require
  const task = useProgressTask()
  const [state, setState] = useState<WorkPackagesState>({ status: 'idle' })
  const { assessment } = view.workspace

  const writeAll = async (
    members: readonly {
      readonly id: string
      readonly units: readonly string[]
      readonly groups: readonly string[]
    }[],
  ) => {
    const assigned = members.filter(hasAssignment)
    if (assigned.length === 0)
      return setState({ status: 'failed', problems: [{ code: 'council-no-assigned-members' }] })
    if ((await requireOperator()) === null)
      return setState({ status: 'failed', problems: [{ code: 'operator-required' }] })
    setState({ status: 'writing' })
    const repository = createCouncilRepository(database)
    const [{ zipSync }, info] = await Promise.all([import('fflate'), getPlatform().getAppInfo()])
    const version = info.ok ? info.value.version : ''
    let done = 0
    const built = await task.run(async (options) => {
      const files: BuiltWorkPackage[] = []
      for (const member of assigned) {
        if (options.signal?.aborted === true) return { ok: false as const, cancelled: true as const }
        const file = await repository.buildWorkPackage(view.workspace, member.id, version)
        if (!file.ok) return { ok: false as const, problems: file.error as readonly CouncilProblem[] }
        files.push(file.value)
        done = files.length
        await reportStep(options, files.length, assigned.length)
      }
      if (options.signal?.aborted === true) return { ok: false as const, cancelled: true as const }
      return { ok: true as const, files }
    })
    if (!built.ok)
      return setState(
        'cancelled' in built
          ? { status: 'cancelled', done, total: assigned.length }
          : { status: 'failed', problems: built.problems },
      )
    const saved = await getPlatform().saveFile({
      suggestedName: `goi-cong-viec-hoi-dong-${assessment.frameworkId}-${assessment.year}.zip`,
      bytes: zipSync(Object.fromEntries(built.files.map((file) => [file.fileName, file.bytes])), {
        level: 0,
      }),
    })
    if (!saved.ok) return setState({ status: 'failed', problems: [saved.error] })
    if (saved.value === null) return setState({ status: 'idle' })
    const logged = await repository.logWorkPackages(assessment.id, built.files)
    if (!logged.ok) return setState({ status: 'failed', problems: logged.error })
    setState({ status: 'saved', savedTo: saved.value.savedTo, count: built.files.length })
  }

  return { state, writeAll, progress: task.progress, cancel: task.cancel }
}
