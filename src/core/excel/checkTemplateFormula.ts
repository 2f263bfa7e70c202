import type { InvalidFormulaReason } from './workbookWriteIssue'

/**
 * Excel's limit on formula length.
 *
 * @example
 *   formula.length <= MAX_FORMULA_LENGTH
 */
export const MAX_FORMULA_LENGTH = 8192

// Functions that reach outside the workbook (network, files, add-ins) or describe the machine.
const DISALLOWED_FUNCTION =
  /(?:^|[^A-Za-z0-9_.])(?:HYPERLINK|WEBSERVICE|FILTERXML|IMPORTXML|IMPORTDATA|IMPORTHTML|IMPORTFEED|IMPORTRANGE|IMAGE|CALL|REGISTER|REGISTER\.ID|EXEC|RTD|DDE|INFO|CELL)\s*\(/i
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F\uFFFE\uFFFF]/
const STRING_LITERAL = /"(?:[^"]|"")*"/g

/**
 * Checks a template formula (written by our code, see `TemplateFormula`): `null` when it may be
 * written, else why not. Inside string literals anything goes; outside them DDE (`|`), external
 * references (`[`) and functions that reach outside the file are refused.
 *
 * @example
 *   checkTemplateFormula('SUM(B2:B9)') // => null
 *   checkTemplateFormula("cmd|' /C calc'!A0") // => 'dde'
 *   checkTemplateFormula('=SUM(A1)') // => 'leading-equals'
 */
export function checkTemplateFormula(formula: string): InvalidFormulaReason | null {
  if (formula.trim() === '') return 'empty'
  if (formula.startsWith('=')) return 'leading-equals'
  if (formula.length > MAX_FORMULA_LENGTH) return 'too-long'
  if (CONTROL.test(formula)) return 'control-characters'
  const code = formula.replace(STRING_LITERAL, '""')
  if (code.includes('|')) return 'dde'
  if (code.includes('[')) return 'external-reference'
  if (DISALLOWED_FUNCTION.test(code)) return 'disallowed-function'
  return null
}
