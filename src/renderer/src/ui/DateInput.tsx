import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DATE_ENTRY_YEARS, dateEntryText, maskDateEntry, parseDateEntry, shiftIsoDay } from './dateEntry'

type DateInputProps = {
  readonly id: string
  /** The stored ISO day (yyyy-MM-dd), or null / '' for none. */
  readonly value: string | null
  /** Called with the ISO day once the text is a whole valid day, or null once it is emptied. */
  readonly onValue: (iso: string | null) => void
  readonly readOnly?: boolean | undefined
  readonly invalid?: boolean | undefined
  readonly 'aria-label'?: string | undefined
  readonly 'aria-labelledby'?: string | undefined
  readonly 'aria-describedby'?: string | undefined
}

/**
 * A date typed as dd/MM/yyyy in every language and on every operating system (the native date
 * input follows the system's format). Slashes come by themselves; ArrowUp/ArrowDown move one
 * day; text that is not a day shows a translated error and changes nothing stored.
 */
export function DateInput({ id, value, onValue, readOnly, invalid, ...aria }: DateInputProps) {
  const { t } = useTranslation()
  const stored = value === null || value === '' ? null : value
  const [text, setText] = useState(() => dateEntryText(stored))
  const [shownFor, setShownFor] = useState(stored)
  const [touched, setTouched] = useState(false)
  // A new value from outside (another window, undo, a reset) replaces what is shown.
  if (shownFor !== stored) {
    setShownFor(stored)
    const current = parseDateEntry(text)
    if (
      !(current.kind === 'date' && current.iso === stored) &&
      !(current.kind === 'empty' && stored === null)
    )
      setText(dateEntryText(stored))
  }
  const entry = parseDateEntry(text)
  const showError = entry.kind === 'invalid' && (touched || text.trim().length >= 10)
  const errorId = `${id}-date-error`
  const describedBy = [aria['aria-describedby'], showError ? errorId : undefined].filter(Boolean).join(' ')

  const change = (next: string) => {
    setText(next)
    const parsed = parseDateEntry(next)
    if (parsed.kind === 'date' && parsed.iso !== stored) {
      setShownFor(parsed.iso)
      onValue(parsed.iso)
    } else if (parsed.kind === 'empty' && stored !== null) {
      setShownFor(null)
      onValue(null)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    const base = entry.kind === 'date' ? entry.iso : null
    if (base === null) return
    event.preventDefault()
    change(dateEntryText(shiftIsoDay(base, event.key === 'ArrowUp' ? 1 : -1)))
  }

  return (
    <span className="date-input">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        placeholder={t('dateInput.placeholder')}
        value={text}
        readOnly={readOnly}
        aria-label={aria['aria-label']}
        aria-labelledby={aria['aria-labelledby']}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={invalid || showError || undefined}
        onChange={(event) => change(maskDateEntry(text, event.target.value))}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTouched(true)
          if (entry.kind === 'date') setText(dateEntryText(entry.iso))
        }}
      />
      {showError && (
        <span id={errorId} className="date-input-error" role="alert">
          {t(`dateInput.errors.${entry.reason}`, { min: DATE_ENTRY_YEARS.min, max: DATE_ENTRY_YEARS.max })}
        </span>
      )}
    </span>
  )
}
