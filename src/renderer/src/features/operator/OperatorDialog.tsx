import { useTranslatedMessage } from '../../i18n/useTranslatedMessage'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  normaliseOperator,
  OPERATOR_TEXT_LIMIT,
  type AuditOperator,
  type OperatorMode,
} from '@core/audit/auditOperator'
import type { StorageFailure } from '@core/storage/storageError'

type OperatorDialogProps = {
  readonly mode: OperatorMode
  /** `required`: an action waits for a name; `change`: the user chose to change it. */
  readonly purpose: 'required' | 'change'
  readonly current: AuditOperator | null
  readonly onSave: (operator: AuditOperator) => Promise<StorageFailure | null>
  readonly onCancel: () => void
}

/** Asks who works in this mode: a name (required) and a position (optional). Native modal <dialog>. */
export function OperatorDialog({ mode, purpose, current, onSave, onCancel }: OperatorDialogProps) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState(current?.name ?? '')
  const [position, setPosition] = useState(current?.position ?? '')
  const [problem, setProblem] = useTranslatedMessage()
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const operator = normaliseOperator(mode, name, position)
    if (!operator.ok) {
      setProblem((say) => say('operator.dialog.nameRequired'))
      return
    }
    setSaving(true)
    const failure = await onSave(operator.value)
    setSaving(false)
    if (failure !== null) setProblem((say) => say('operator.dialog.saveFailed', { code: failure.code }))
  }
  return (
    <dialog
      ref={dialog}
      className="operator-dialog"
      aria-labelledby="operator-dialog-title"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="operator-dialog-title">{t(`operator.dialog.title.${purpose}`)}</h2>
        <p>{t(`operator.dialog.intro.${purpose}`, { mode: t(`nav.${mode}`) })}</p>
        <label className="field">
          <span>{t('operator.dialog.name')}</span>
          <input
            type="text"
            name="operator-name"
            value={name}
            maxLength={OPERATOR_TEXT_LIMIT}
            autoComplete="name"
            required
            aria-invalid={problem !== null && name.trim() === ''}
            onChange={(event) => setName(event.target.value)}
            autoFocus
          />
        </label>
        <label className="field">
          <span>{t('operator.dialog.position')}</span>
          <input
            type="text"
            name="operator-position"
            value={position}
            maxLength={OPERATOR_TEXT_LIMIT}
            autoComplete="organization-title"
            onChange={(event) => setPosition(event.target.value)}
          />
        </label>
        <p className="help">{t('operator.dialog.storedWhere')}</p>
        {problem !== null && <p role="alert">{problem}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('operator.dialog.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {t('operator.dialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
