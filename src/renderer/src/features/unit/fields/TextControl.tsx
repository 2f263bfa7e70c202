import type { Question } from '@core/framework/framework'
import { DEFAULT_TEXT_MAX_LENGTH, finishText, sanitizeText } from '@core/responses/sanitizeText'
import { DateInput } from '../../../ui/DateInput'
import type { ControlProps } from './fieldProps'
import { controlId } from './fieldProps'

/** Texts allowed to be longer than this get a multi-line box (Enter makes a new line there). */
const SINGLE_LINE_LIMIT = 200

/** A text answer: cleaned as typed (NFC, no control characters, bounded), trimmed when left. */
export function TextControl({
  question,
  value,
  readOnly,
  labelId,
  describedBy,
  invalid,
  onEdit,
}: ControlProps<Extract<Question, { type: 'text' }>>) {
  const maxLength = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH
  const multiline = maxLength > SINGLE_LINE_LIMIT
  const text = typeof value === 'string' ? value : ''
  const common = {
    id: controlId(question.code),
    value: text,
    readOnly,
    maxLength,
    'aria-labelledby': labelId,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    onChange: (event: { target: { value: string } }) => {
      const clean = sanitizeText(event.target.value, { maxLength, multiline })
      onEdit({ answers: { [question.code]: clean === '' ? null : clean } })
    },
    onBlur: () => {
      const finished = finishText(text, { maxLength, multiline })
      if (finished !== (text === '' ? null : text)) onEdit({ answers: { [question.code]: finished } })
    },
  }
  return multiline ? (
    <textarea rows={3} {...common} data-multiline="true" />
  ) : (
    <input type="text" {...common} />
  )
}

/** A calendar date typed as dd/MM/yyyy whatever the operating system; stored as `YYYY-MM-DD`. */
export function DateControl({
  question,
  value,
  readOnly,
  labelId,
  describedBy,
  invalid,
  onEdit,
}: ControlProps<Extract<Question, { type: 'date' }>>) {
  return (
    <DateInput
      id={controlId(question.code)}
      value={typeof value === 'string' ? value : null}
      readOnly={readOnly}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      invalid={invalid}
      onValue={(iso) => onEdit({ answers: { [question.code]: iso } })}
    />
  )
}
