import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import type { EvidenceReference } from '@core/responses/answer'
import type { Result } from '@core/result'
import type { DesktopError, PickedFile } from '../../../../../shared/ipc/contract'
import { droppedFiles } from '../../../platform/droppedFiles'
import { DropZone } from '../../../ui/DropZone'
import { formatBytes } from '../../../i18n/format'
import { NoticeLine, type Notice } from '../NoticeLine'
import { useLanguage } from '../../../i18n/useLanguage'
import type { ControlProps } from './fieldProps'
import { controlId } from './fieldProps'

type EvidenceQuestion = Extract<Question, { type: 'evidence' }>

/** What the questionnaire does with evidence files; each returns a message to show, or null. */
export type EvidenceActions = {
  /** Picks files to attach, or attaches those of a drop (`source`, from droppedFiles). */
  readonly attach: (
    question: EvidenceQuestion,
    source?: Promise<Result<readonly PickedFile[] | null, DesktopError>>,
  ) => Promise<Notice | null>
  readonly remove: (question: EvidenceQuestion, reference: EvidenceReference) => Promise<Notice | null>
  readonly saveCopy: (reference: EvidenceReference) => Promise<Notice | null>
}

type EvidenceControlProps = Omit<ControlProps<EvidenceQuestion>, 'onEdit'> & {
  readonly actions: EvidenceActions
  readonly questionText: string
}

/** Evidence files (tài liệu kiểm chứng): attach, list, save a copy, detach. */
export function EvidenceControl({
  question,
  value,
  readOnly,
  labelId,
  describedBy,
  invalid,
  actions,
  questionText,
}: EvidenceControlProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Notice | null>(null)
  const files = Array.isArray(value) ? (value as readonly EvidenceReference[]) : []
  const run = async (action: () => Promise<Notice | null>) => {
    setBusy(true)
    setMessage(null)
    setMessage(await action())
    setBusy(false)
  }
  const full = question.maxFiles !== undefined && files.length >= question.maxFiles
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className="evidence-control"
    >
      {files.length === 0 ? (
        <p className="muted">{t('unit.evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {files.map((file) => (
            <li key={file.id}>
              <span className="file-name">{file.fileName}</span>{' '}
              <span className="muted">({formatBytes(file.size, language)})</span>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => void run(() => actions.saveCopy(file))}
                aria-label={t('unit.evidence.saveCopyOf', { fileName: file.fileName })}
              >
                {t('unit.evidence.saveCopy')}
              </button>
              {!readOnly && (
                <button
                  type="button"
                  className="link-button danger"
                  disabled={busy}
                  onClick={() => void run(() => actions.remove(question, file))}
                  aria-label={t('unit.evidence.removeFile', { fileName: file.fileName })}
                >
                  {t('unit.evidence.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <DropZone
          purpose="evidence"
          multiple
          disabled={busy || full}
          onDropTransfer={(transfer) => {
            const source = droppedFiles(transfer, 'evidence')
            void run(() => actions.attach(question, source))
          }}
        >
          <button
            type="button"
            className="button"
            id={controlId(question.code)}
            disabled={busy || full}
            aria-label={t('unit.evidence.attachFor', { code: question.code, question: questionText })}
            onClick={() => void run(() => actions.attach(question))}
          >
            {busy ? t('unit.evidence.working') : t('unit.evidence.attach')}
          </button>
        </DropZone>
      )}
      <p className="muted small">
        {[
          question.accept !== undefined && question.accept.length > 0
            ? t('unit.evidence.accepts', { types: question.accept.join(', ') })
            : null,
          question.maxFiles !== undefined
            ? t('unit.evidence.maxFiles', { maxFiles: question.maxFiles })
            : null,
        ]
          .filter((part) => part !== null)
          .join(' · ')}
      </p>
      <NoticeLine notice={message} />
    </div>
  )
}
