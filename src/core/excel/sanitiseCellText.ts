/**
 * Why a text was changed before writing: XML (and so xlsx) cannot hold C0 control characters
 * other than tab and line feed, nor U+FFFE/U+FFFF; exceljs would silently drop the first (and
 * DEL) and write the second raw, making a file that its own reader rejects. Lone UTF-16
 * surrogates cannot be encoded at all. Carriage returns would come back as line feeds anyway.
 *
 * @example
 *   const reason: TextChangeReason = 'control-characters-removed'
 */
export type TextChangeReason =
  | 'control-characters-removed'
  | 'noncharacters-removed'
  | 'lone-surrogates-replaced'
  | 'line-breaks-normalised'

/**
 * Text after `sanitiseCellText`, and what changed (empty when `text` is the input).
 *
 * @example
 *   const unchanged: SanitisedText = { text: 'abc', changes: [] }
 */
export type SanitisedText = { readonly text: string; readonly changes: readonly TextChangeReason[] }

// C0 controls except tab (09), line feed (0A) and carriage return (0D, handled below), plus DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
const NONCHARACTER = /[\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const CARRIAGE_RETURN = /\r\n?/g

/**
 * Makes text safe to store in an xlsx cell, reporting every kind of change: lone surrogates become
 * U+FFFD, C0 controls (but tab and line feed) and DEL are removed, U+FFFE/U+FFFF are removed, and
 * `\r\n` / `\r` become `\n`. Everything else (emoji, combining marks, C1 controls) is kept as is.
 * This is exactly what `readWorkbook(writeWorkbook(spec))` returns for a string cell.
 *
 * @example
 *   sanitiseCellText('a\u0001b\r\nc') // => { text: 'ab\nc', changes: ['control-characters-removed', 'line-breaks-normalised'] }
 */
export function sanitiseCellText(text: string): SanitisedText {
  const changes: TextChangeReason[] = []
  let result = text
  const step = (pattern: RegExp, replacement: string, reason: TextChangeReason): void => {
    const next = result.replace(pattern, replacement)
    if (next !== result) changes.push(reason)
    result = next
  }
  step(LONE_SURROGATE, '\uFFFD', 'lone-surrogates-replaced')
  step(CONTROL, '', 'control-characters-removed')
  step(NONCHARACTER, '', 'noncharacters-removed')
  step(CARRIAGE_RETURN, '\n', 'line-breaks-normalised')
  return { text: result, changes }
}
