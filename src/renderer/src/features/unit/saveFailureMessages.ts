import type { TFunction } from 'i18next'
import type { EvidenceFailure } from '@core/storage/evidenceRepository'
import type { SubmissionWriteFailure } from '@core/storage/submissionRepository'
import { formatBytes } from '../../i18n/format'
import type { Language } from '../../i18n/languages'

/**
 * What the officer reads when a save, a submission or a new revision fails: the storage failure
 * in words, never its technical message (that one is for the diagnostics log).
 *
 * @example
 *   writeFailureMessage(t, { code: 'quota', message: 'QuotaExceededError' }) // => t('unit.save.failed.quota')
 */
export function writeFailureMessage(t: TFunction, failure: SubmissionWriteFailure): string {
  switch (failure.code) {
    case 'quota':
      return t('unit.save.failed.quota')
    case 'aborted':
      return t('unit.save.failed.aborted')
    case 'closed':
      return t('unit.save.failed.closed')
    case 'corrupted':
      return t('unit.save.failed.corrupted')
    case 'read-only':
    case 'not-latest':
      return t('unit.save.failed.readOnly')
    case 'not-found':
      return t('unit.save.failed.notFound')
    default:
      return t('unit.save.failed.other')
  }
}

/**
 * What the officer reads when attaching or removing an evidence file fails: the file limits with
 * their sizes in the interface language, otherwise the wording of `writeFailureMessage`.
 *
 * @example
 *   evidenceFailureMessage(t, { code: 'empty-file', fileName: 'a.pdf' }, 'vi') // => t('unit.evidence.errors.emptyFile', { fileName: 'a.pdf' })
 */
export function evidenceFailureMessage(t: TFunction, failure: EvidenceFailure, language: Language): string {
  switch (failure.code) {
    case 'file-too-large':
      return t('unit.evidence.errors.fileTooLarge', {
        fileName: failure.fileName,
        size: formatBytes(failure.maxBytes, language),
      })
    case 'submission-too-large':
      return t('unit.evidence.errors.submissionTooLarge', { size: formatBytes(failure.maxBytes, language) })
    case 'empty-file':
      return t('unit.evidence.errors.emptyFile', { fileName: failure.fileName })
    default:
      return writeFailureMessage(t, failure)
  }
}
