import { useState } from 'react'
import { inPhase } from '@core/progress'
import { getPlatform } from '../../platform/getPlatform'
import { useProgressTask } from '../../ui/progress/useProgressTask'
import type { AssessmentView } from './useAssessmentWorkspace'

export type BlankWorkbooksState =
  | { readonly status: 'idle' }
  | { readonly status: 'writing' }
  | { readonly status: 'saved'; readonly savedTo: string; readonly count: number }
  | { readonly status: 'cancelled'; readonly done: number; readonly total: number }
  | {
      readonly status: 'failed'
      readonly issues: readonly ({ readonly code: string } & Readonly<Record<string, unknown>>)[]
    }

/**
 * Writes a blank questionnaire workbook for every unit of the assessment (the Excel exchange's
 * writer, one file per unit named by code) and saves them together as one `.zip`, since a save
 * dialog per unit would be hundreds of dialogs. Shows progress per unit; cancelled, it saves
 * nothing (never a zip with some units missing) and says how many workbooks had been made.
 */
export function useBlankWorkbooks(view: AssessmentView) {
  const [state, setState] = useState<BlankWorkbooksState>({ status: 'idle' })
  const task = useProgressTask()
  const { framework, assessment } = view.workspace
  const write = async () => {
    setState({ status: 'writing' })
    const [{ writeBlankWorkbooks }, { zipSync }, info] = await Promise.all([
      import('@core/formats/questionnaire/writeBlankWorkbooks'),
      import('fflate'),
      getPlatform().getAppInfo(),
    ])
    const files = await task.run((options) =>
      writeBlankWorkbooks(
        framework,
        assessment.units,
        {
          year: assessment.year,
          appVersion: info.ok ? info.value.version : '',
          exportedAt: new Date().toISOString(),
        },
        inPhase(options, 'units', 0, 1),
      ),
    )
    if (!files.ok)
      return setState(
        files.error.code === 'cancelled'
          ? { status: 'cancelled', done: files.error.written, total: files.error.total }
          : { status: 'failed', issues: files.error.issues },
      )
    const saved = await getPlatform().saveFile({
      suggestedName: `phieu-trong-${framework.id}-${assessment.year}.zip`,
      bytes: zipSync(Object.fromEntries(files.value.map((file) => [file.fileName, file.bytes])), {
        level: 0,
      }),
    })
    if (!saved.ok) return setState({ status: 'failed', issues: [saved.error] })
    setState(
      saved.value === null
        ? { status: 'idle' }
        : { status: 'saved', savedTo: saved.value.savedTo, count: files.value.length },
    )
  }
  return { state, write, progress: task.progress, cancel: task.cancel }
}
