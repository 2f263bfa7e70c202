import { useState } from 'react'
import { readNumberEntry } from '@core/responses/numberEntry'
import { formatEntryNumber } from '../formatEntryNumber'
import { useLanguage } from '../../../i18n/useLanguage'

type NumberInputProps = {
  readonly id: string
  readonly code: string
  readonly value: number | null
  /** What was typed but could not be read, shown back as typed. */
  readonly entry: string | undefined
  readonly readOnly: boolean
  readonly invalid: boolean
  readonly labelledBy?: string
  readonly label?: string
  readonly describedBy?: string | undefined
  readonly percent?: boolean
  /** Called on every keystroke with the number, or the unreadable entry. */
  readonly onEntry: (reading: { readonly value: number | null; readonly entry: string | null }) => void
}

/**
 * A number field for Vietnamese and English habits: accepts "1.234,5", "0,5", "1,234.5" (see
 * `parseLocaleNumber`), keeps what is typed while the field has focus, and shows the number back
 * in the interface's convention when the field is left.
 */
export function NumberInput({
  id,
  code,
  value,
  entry,
  readOnly,
  invalid,
  labelledBy,
  label,
  describedBy,
  percent = false,
  onEntry,
}: NumberInputProps) {
  const language = useLanguage()
  const [typing, setTyping] = useState<string | null>(null)
  const shown = typing ?? entry ?? (value === null ? '' : formatEntryNumber(value, language, code))
  return (
    <span className="number-input">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={shown}
        readOnly={readOnly}
        aria-labelledby={labelledBy}
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        maxLength={40}
        onFocus={() => setTyping(shown)}
        onBlur={() => setTyping(null)}
        onChange={(event) => {
          setTyping(event.target.value)
          onEntry(readNumberEntry(event.target.value, language))
        }}
      />
      {percent && <span aria-hidden="true">%</span>}
    </span>
  )
}
