import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvidenceReference } from '@core/responses/answer'
import { checkEvidenceFiles } from '@core/responses/checkEvidenceFiles'
import { formatBytes } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { getPlatform } from '../../platform/getPlatform'
import type { AutosaveQueue } from './autosaveQueue'
import type { EvidenceActions } from './fields/EvidenceControl'
import { errorNotice, infoNotice } from './NoticeLine'
import { evidenceFailureMessage } from './saveFailureMessages'
import type { UnitRepositories } from './useUnitRepositories'

/**
 * What the evidence controls of the questionnaire do: pick and attach files (checked against the
 * question's accepted types and number of files first), detach one, save a copy. Attaching and
 * detaching wait for the queue (`exclusive`), so they never race an autosave. Each action returns
 * the notice to show, or null.
 */
export function useEvidenceActions(queue: AutosaveQueue, repositories: UnitRepositories): EvidenceActions {
  const { t } = useTranslation()
  const language = useLanguage()
  return useMemo<EvidenceActions>(
    () => ({
      attach: async (question, source) => {
        const picked = await (source ?? getPlatform().openFiles({ purpose: 'evidence', multiple: true }))
        if (!picked.ok) {
          const error = picked.error
          if (error.code === 'file-too-large')
            return errorNotice(
              t('unit.evidence.errors.fileTooLarge', {
                fileName: error.fileName,
                size: formatBytes(error.maxBytes, language),
              }),
            )
          if (error.code === 'too-many-files')
            return errorNotice(t('unit.evidence.errors.tooManyPicked', { maxFiles: error.maxFiles }))
          return errorNotice(t('unit.evidence.errors.pickFailed'))
        }
        const files = picked.value
        if (files === null || files.length === 0) return null
        const existing = queue.getContent().answers[question.code]
        const attached = Array.isArray(existing) ? existing.length : 0
        const problems = checkEvidenceFiles(question, files, { attached })
        const refused = problems.find((problem) => problem.code === 'file-not-accepted')
        if (refused !== undefined)
          return errorNotice(
            t('unit.evidence.errors.notAccepted', {
              fileName: refused.fileName,
              types: refused.accept.join(', '),
            }),
          )
        const tooMany = problems.find((problem) => problem.code === 'too-many-files')
        if (tooMany !== undefined)
          return errorNotice(t('unit.evidence.errors.tooMany', { maxFiles: tooMany.maxFiles }))
        const added = await queue.exclusive((current) =>
          repositories.evidence.add(current.id, question.code, files),
        )
        return added.ok
          ? infoNotice(t('unit.evidence.attached', { count: files.length }))
          : errorNotice(evidenceFailureMessage(t, added.error, language))
      },
      remove: async (question, reference: EvidenceReference) => {
        const removed = await queue.exclusive((current) =>
          repositories.evidence.remove(current.id, question.code, reference.id),
        )
        return removed.ok ? null : errorNotice(evidenceFailureMessage(t, removed.error, language))
      },
      saveCopy: async (reference) => {
        const stored = await repositories.evidence.read(reference.id)
        if (stored === null) return errorNotice(t('unit.evidence.errors.missingBytes'))
        const saved = await getPlatform().saveFile({ suggestedName: stored.fileName, bytes: stored.bytes })
        return saved.ok ? null : errorNotice(t('unit.evidence.errors.saveFailed'))
      },
    }),
    [queue, repositories, t, language],
  )
}
