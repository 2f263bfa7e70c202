/** The longest text answer stored when the question sets no `maxLength`. */
export const DEFAULT_TEXT_MAX_LENGTH = 4000

/** The longest comment stored beside a question. */
export const COMMENT_MAX_LENGTH = 2000

// C0 and C1 controls except tab and line feed, DEL, the byte-order mark, and the bidirectional
// overrides/isolates that can make a stored text read differently from what was typed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u202a-\u202e\u2066-\u2069]/g

export type SanitizeOptions = {
  /** Bound in UTF-16 code units; a longer text is cut without splitting a character. */
  readonly maxLength?: number
  /** When false (single-line answers), line breaks and tabs become spaces. Default true. */
  readonly multiline?: boolean
}

/**
 * Makes a typed or pasted text safe to store and compare: NFC-normalised (so "ệ" typed with a
 * Vietnamese IME that composes differently still equals itself), Windows line ends turned into
 * `\n`, control and bidi-override characters removed, and cut to `maxLength`. Leading and trailing
 * spaces are kept while typing; `finishText` trims when the field is left.
 *
 * @example
 *   sanitizeText('Co\u0302ng\u0000 an') // => 'Công an'
 *   sanitizeText('abcdef', { maxLength: 3 }) // => 'abc'
 */
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_TEXT_MAX_LENGTH
  let clean = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(UNWANTED, '')
  if (options.multiline === false) clean = clean.replace(/[\n\t]/g, ' ')
  if (clean.length <= maxLength) return clean
  const cut = clean.slice(0, maxLength)
  // Do not leave half of a surrogate pair at the end.
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut
}

/**
 * The text stored when a field is left: sanitised and trimmed; an empty text means "not answered".
 *
 * @example
 *   finishText('  Sở Nội vụ \n') // => 'Sở Nội vụ'
 *   finishText('   ') // => null
 */
export function finishText(text: string, options: SanitizeOptions = {}): string | null {
  const clean = sanitizeText(text, options).trim()
  return clean === '' ? null : clean
}
