import { useState } from 'react'
import { getPlatform } from '../../platform/getPlatform'
import type { AssessmentView } from './useAssessmentWorkspace'

export type BlankWorkbooksState =
  | { readonly status: 'idle' }
  | { readonly status: 'writing'; readonly done: number; readonly total: number }
  | { readonly status: 'saved'; readonly savedTo: string; readonly count: number }
  | {
      readonly status: 'failed'
      readonly issues: readonly ({ readonly code: string } & Readonly<Record<string, unknown>>)[]
    }

/**
 * Writes a blank questionnaire workbook for every unit of the assessment (the Excel exchange's
 * writer, one file per unit named by code) and saves them together as one `.zip`, since a save
 * dialog per unit would be hundreds of dialogs.
 */
export function useBlankWorkbooks(view: AssessmentView) {
  const [state, setState] = useState<BlankWorkbooksState>({ status: 'idle' })
  const { framework, assessment } = view.workspace
  const write = async () => {
    const [{ writeQuestionnaireWorkbook, questionnaireFileName }, { zipSync }, info] = await Promise.all([
      import('@core/formats/questionnaire/writeQuestionnaireWorkbook'),
      import('fflate'),
      getPlatform().getAppInfo(),
    ])
    const files: Record<string, Uint8Array> = {}
    const exportedAt = new Date().toISOString()
    for (const [index, unit] of assessment.units.entries()) {
      setState({ status: 'writing', done: index, total: assessment.units.length })
      const bytes = await writeQuestionnaireWorkbook(framework, {
        unit: { code: unit.code, name: unit.name },
        year: assessment.year,
        appVersion: info.ok ? info.value.version : '',
        exportedAt,
      })
      if (!bytes.ok) return setState({ status: 'failed', issues: bytes.error })
      files[questionnaireFileName(framework.id, assessment.year, unit.code)] = bytes.value
    }
    const saved = await getPlatform().saveFile({
      suggestedName: `phieu-trong-${framework.id}-${assessment.year}.zip`,
      bytes: zipSync(files, { level: 0 }),
    })
    if (!saved.ok) return setState({ status: 'failed', issues: [saved.error] })
    setState(
      saved.value === null
        ? { status: 'idle' }
        : { status: 'saved', savedTo: saved.value.savedTo, count: assessment.units.length },
    )
  }
  return { state, write }
}
