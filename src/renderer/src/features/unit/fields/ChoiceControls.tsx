import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import { useLanguage } from '../../../i18n/useLanguage'
import { localized } from '../../../i18n/localized'
import type { ControlProps } from './fieldProps'
import { controlId } from './fieldProps'

type ChoiceQuestion = Extract<Question, { type: 'single-choice' | 'multi-choice' }>

/** More options than this become a drop-down instead of radio buttons. */
const RADIO_LIMIT = 8

/** Có / Không as two radio buttons; "Bỏ chọn" empties the answer. */
export function YesNoControl({
  question,
  value,
  readOnly,
  labelId,
  describedBy,
  invalid,
  onEdit,
}: ControlProps<Extract<Question, { type: 'yes-no' }>>) {
  const { t } = useTranslation()
  const name = controlId(question.code)
  return (
    <div className="choice-row">
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="choices inline"
      >
        {([true, false] as const).map((option, index) => (
          <label key={String(option)} className="choice">
            <input
              type="radio"
              name={name}
              id={index === 0 ? name : undefined}
              checked={value === option}
              disabled={readOnly}
              onChange={() => onEdit({ answers: { [question.code]: option } })}
            />
            {t(option ? 'unit.question.yes' : 'unit.question.no')}
          </label>
        ))}
      </div>
      {!readOnly && typeof value === 'boolean' && (
        <ClearButton code={question.code} onClear={() => onEdit({ answers: { [question.code]: null } })} />
      )}
    </div>
  )
}

/** One choice: radio buttons for short lists, a drop-down for long ones. */
export function SingleChoiceControl({
  question,
  value,
  readOnly,
  labelId,
  describedBy,
  invalid,
  onEdit,
}: ControlProps<ChoiceQuestion>) {
  const { t } = useTranslation()
  const language = useLanguage()
  const id = controlId(question.code)
  if (question.choices.length > RADIO_LIMIT) {
    return (
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        disabled={readOnly}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) =>
          onEdit({ answers: { [question.code]: event.target.value === '' ? null : event.target.value } })
        }
      >
        <option value="">{t('unit.question.choose')}</option>
        {question.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {localized(choice.label, language)}
          </option>
        ))}
      </select>
    )
  }
  return (
    <div className="choice-row">
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="choices"
      >
        {question.choices.map((choice, index) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={id}
              id={index === 0 ? id : undefined}
              checked={value === choice.value}
              disabled={readOnly}
              onChange={() => onEdit({ answers: { [question.code]: choice.value } })}
            />
            {localized(choice.label, language)}
          </label>
        ))}
      </div>
      {!readOnly && typeof value === 'string' && (
        <ClearButton code={question.code} onClear={() => onEdit({ answers: { [question.code]: null } })} />
      )}
    </div>
  )
}

/** Several choices as check boxes; none checked is "not answered". */
export function MultiChoiceControl({
  question,
  value,
  readOnly,
  labelId,
  describedBy,
  invalid,
  onEdit,
}: ControlProps<ChoiceQuestion>) {
  const language = useLanguage()
  const chosen = Array.isArray(value) ? (value as readonly string[]) : []
  const id = controlId(question.code)
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className="choices"
    >
      {question.choices.map((choice, index) => (
        <label key={choice.value} className="choice">
          <input
            type="checkbox"
            id={index === 0 ? id : undefined}
            checked={chosen.includes(choice.value)}
            disabled={readOnly}
            onChange={(event) => {
              const next = event.target.checked
                ? [...chosen, choice.value]
                : chosen.filter((item) => item !== choice.value)
              const ordered = question.choices.map((item) => item.value).filter((item) => next.includes(item))
              onEdit({ answers: { [question.code]: ordered.length === 0 ? null : ordered } })
            }}
          />
          {localized(choice.label, language)}
        </label>
      ))}
    </div>
  )
}

function ClearButton({ code, onClear }: { readonly code: string; readonly onClear: () => void }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="link-button"
      aria-label={t('unit.question.clearFor', { code })}
      onClick={onClear}
    >
      {t('unit.question.clear')}
    </button>
  )
}
