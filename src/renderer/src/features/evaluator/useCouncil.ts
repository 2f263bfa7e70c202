import { useMemo } from 'react'
import { ok } from '@core/result'
import { createCouncilRepository, type CouncilFailure } from '@core/storage/councilRepository'
import { useDatabase } from '../../app/DatabaseProvider'
import { useLiveRead } from '../../data/useLiveRead'
import { getPlatform } from '../../platform/getPlatform'
import { useOperator } from '../operator/OperatorProvider'
import type { AssessmentView } from './useAssessmentWorkspace'

/** A failure to show: a write or file problem with its code, or the operator question declined. */
export type CouncilProblem = { readonly code: string } & Readonly<Record<string, unknown>>

/**
 * The appraisal council of the open assessment (decision 0025): its live `councils` row and
 * imported packages, and the actions — each asks for the operator first, since every step is
 * logged with who did it.
 */
export function useCouncil(view: AssessmentView) {
  const database = useDatabase()
  const requireOperator = useOperator().require
  const id = view.workspace.assessment.id
  const read = useLiveRead(async () => {
    const repository = createCouncilRepository(database)
    return ok({ council: await repository.get(id), packages: await repository.packages(id) })
  }, [database, id])
  const actions = useMemo(() => {
    const repository = createCouncilRepository(database)
    const asOperator = async <T>(
      write: () => Promise<
        { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CouncilFailure }
      >,
    ): Promise<{ ok: true; value: T } | { ok: false; problems: readonly CouncilProblem[] }> => {
      if ((await requireOperator()) === null) return { ok: false, problems: [{ code: 'operator-required' }] }
      const outcome = await write()
      return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, problems: outcome.error }
    }
    const appVersion = async () => {
      const info = await getPlatform().getAppInfo()
      return info.ok ? info.value.version : ''
    }
    const save = async (file: { readonly bytes: Uint8Array; readonly fileName: string }) => {
      const saved = await getPlatform().saveFile({ suggestedName: file.fileName, bytes: file.bytes })
      return saved.ok ? null : saved.error
    }
    return {
      saveMember: (member: Parameters<typeof repository.saveMember>[1]) =>
        asOperator(() => repository.saveMember(id, member)),
      removeMember: (memberId: string) => asOperator(() => repository.removeMember(id, memberId)),
      writeWorkPackage: async (memberId: string) => {
        const version = await appVersion()
        const written = await asOperator(() => repository.buildWorkPackage(view.workspace, memberId, version))
        if (!written.ok) return written.problems
        const saved = await getPlatform().saveFile({
          suggestedName: written.value.fileName,
          bytes: written.value.bytes,
        })
        if (!saved.ok) return [saved.error]
        if (saved.value === null) return []
        const logged = await repository.logWorkPackages(id, [written.value])
        return logged.ok ? [] : logged.error
      },
      importAppraisalPackages: async (
        files: readonly { readonly fileName: string; readonly bytes: Uint8Array }[],
      ) => {
        if ((await requireOperator()) === null)
          return [{ fileName: '', problems: [{ code: 'operator-required' }] }]
        const outcomes = []
        for (const file of files) {
          const imported = await repository.importAppraisalPackage(id, file.bytes)
          outcomes.push(
            imported.ok
              ? { fileName: file.fileName, result: imported.value }
              : { fileName: file.fileName, problems: imported.error as readonly CouncilProblem[] },
          )
        }
        return outcomes
      },
      writeAppraisalPackage: async () => {
        const version = await appVersion()
        const written = await asOperator(() => repository.writeAppraisalPackage(id, version))
        if (!written.ok) return written.problems
        const failed = await save(written.value)
        return failed === null ? [] : [failed]
      },
    }
  }, [database, id, requireOperator, view.workspace])
  return { read, actions }
}
