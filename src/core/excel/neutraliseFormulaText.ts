/**
 * Text a spreadsheet program could take for a formula when someone re-types the cell or the sheet
 * goes through CSV: a first character (after any apostrophes, and after leading white space or
 * zero-width characters) of `=`, `+`, `-`, `@` or their full-width forms, or a leading tab, line
 * break or NUL (OWASP ASVS 1.2.10; CWE-1236).
 */
// eslint-disable-next-line no-control-regex
const FORMULA_LIKE = /^'*(?:[\t\r\n\u0000]|[\s\u0000\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u

/**
 * Whether `text` needs `neutraliseFormulaText`.
 *
 * @example
 *   isFormulaLikeText('=1+1') // => true
 *   isFormulaLikeText('1+1') // => false
 */
export function isFormulaLikeText(text: string): boolean {
  return FORMULA_LIKE.test(text)
}

/**
 * Prefixes formula-like text with one apostrophe, so that no spreadsheet program evaluates it,
 * even after the cell is re-typed or exported to CSV (the apostrophe stays visible, as OWASP
 * advises). Text that already starts with apostrophes before a trigger gets one more, which keeps
 * the mapping reversible: `restoreNeutralisedText` gives back the exact original.
 *
 * @example
 *   neutraliseFormulaText('=HYPERLINK("http://x","y")') // => `'=HYPERLINK("http://x","y")`
 *   neutraliseFormulaText("'=1") // => "''=1"
 *   neutraliseFormulaText('Sở TT&TT') // => 'Sở TT&TT'
 */
export function neutraliseFormulaText(text: string): string {
  return isFormulaLikeText(text) ? `'${text}` : text
}

/**
 * Undoes `neutraliseFormulaText`: drops one leading apostrophe when what follows is formula-like.
 * Text a person typed in Excel is unaffected unless it starts with a literal apostrophe followed by
 * a trigger (Excel stores `''=x` typed by hand as `'=x`, which this reads as `=x`).
 *
 * @example
 *   restoreNeutralisedText("'=1+1") // => '=1+1'
 *   restoreNeutralisedText("'abc") // => "'abc"
 */
export function restoreNeutralisedText(text: string): string {
  return text.startsWith("'") && isFormulaLikeText(text.slice(1)) ? text.slice(1) : text
}
