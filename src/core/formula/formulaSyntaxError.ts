/**
 * Why a formula could not be parsed: what the parser expected at `position` (0-based character
 * offset) and what it found there (the offending token text, or 'end of formula').
 *
 * Why plain data: framework validation stores and shows these; the renderer builds the message.
 *
 * @example
 *   // parseFormula('1 + * 2') fails with
 *   const error: FormulaSyntaxError = { code: 'formula-syntax', position: 4, expected: 'a value', found: '*' }
 */
export type FormulaSyntaxError = {
  readonly code: 'formula-syntax'
  readonly position: number
  readonly expected: string
  readonly found: string
}

/** The text used as `found` when the formula ends too early. @example END_OF_FORMULA // => 'end of formula' */
export const END_OF_FORMULA = 'end of formula'

/**
 * Builds a `FormulaSyntaxError`.
 *
 * @example
 *   formulaSyntaxError(4, 'a value', '*') // => { code: 'formula-syntax', position: 4, expected: 'a value', found: '*' }
 */
export function formulaSyntaxError(position: number, expected: string, found: string): FormulaSyntaxError {
  return { code: 'formula-syntax', position, expected, found }
}
