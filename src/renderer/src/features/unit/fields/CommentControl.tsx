import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { COMMENT_MAX_LENGTH, finishText, sanitizeText } from '@core/responses/sanitizeText'
import type { SubmissionPatch } from '@core/responses/submission'

type CommentControlProps = {
  readonly code: string
  readonly comment: string | undefined
  readonly readOnly: boolean
  readonly onEdit: (patch: SubmissionPatch) => void
}

/** A note beside an answer (where a figure comes from, why it changed), hidden until asked for. */
export function CommentControl({ code, comment, readOnly, onEdit }: CommentControlProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const text = comment ?? ''
  const id = `comment-${code}`
  if (!open && text === '') {
    if (readOnly) return null
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => setOpen(true)}
        aria-label={t('unit.comment.addFor', { code })}
      >
        {t('unit.comment.add')}
      </button>
    )
  }
  return (
    <div className="comment">
      <label htmlFor={id}>{t('unit.comment.label', { code })}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        readOnly={readOnly}
        maxLength={COMMENT_MAX_LENGTH}
        autoFocus={open && text === ''}
        onChange={(event) => {
          const clean = sanitizeText(event.target.value, { maxLength: COMMENT_MAX_LENGTH })
          onEdit({ comments: { [code]: clean === '' ? null : clean } })
        }}
        onBlur={() => {
          const finished = finishText(text, { maxLength: COMMENT_MAX_LENGTH })
          if (finished !== (text === '' ? null : text)) onEdit({ comments: { [code]: finished } })
          if (finished === null) setOpen(false)
        }}
      />
    </div>
  )
}
