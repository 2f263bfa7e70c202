import { parseCellDate } from './cellDate'
import { formatCellRange, parseCellRange } from './cellRange'
import { formatSheetReference } from './formatSheetReference'
import type { PreparedValidation } from './preparedWorkbook'
import { err, ok, type Result } from '@core/result'
import { sanitiseCellText, type TextChangeReason } from './sanitiseCellText'
import type { DataValidationSpec, ValidationRule } from './workbookSpec'
import type {
  InvalidValidationReason,
  ValidationTextField,
  WorkbookWriteChange,
  WorkbookWriteIssue,
} from './workbookWriteIssue'

/**
 * Excel's limits on validation texts and on an explicit list (`"a,b,c"`).
 *
 * @example
 *   VALIDATION_LIMITS.message // => 255
 */
export const VALIDATION_LIMITS = { title: 32, message: 255, list: 255 } as const

type Context = {
  readonly sheet: string
  /** The written name of a sheet of the spec, by requested name; `null` if there is none. */
  readonly writtenSheetName: (requested: string) => string | null
}
type RuleParts = Pick<PreparedValidation, 'type' | 'operator' | 'formulae'>

/**
 * Checks one validation and turns it into xlsx terms, collecting every problem. Texts are sanitised
 * (line breaks become spaces: attributes cannot keep them) and reported as changes.
 *
 * @example
 *   prepareDataValidation({ range: 'B2:B9', rule: { kind: 'whole', min: 0 } }, { sheet: 'S', writtenSheetName: () => null })
 *   // => ok({ validation: { range: 'B2:B9', type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], … }, changes: [] })
 */
export function prepareDataValidation(
  spec: DataValidationSpec,
  context: Context,
): Result<
  { readonly validation: PreparedValidation; readonly changes: readonly WorkbookWriteChange[] },
  readonly WorkbookWriteIssue[]
> {
  const issues: WorkbookWriteIssue[] = []
  const changes: WorkbookWriteChange[] = []
  const range = parseCellRange(spec.range)
  if (range === null)
    issues.push({
      code: 'invalid-range',
      sheet: context.sheet,
      range: spec.range,
      field: 'validation',
      reason: 'syntax',
    })
  const text = (value: string | undefined, field: ValidationTextField, limit: number): string => {
    const cleaned = cleanText(value ?? '')
    if (cleaned.reasons.length > 0)
      changes.push({
        kind: 'text-changed',
        sheet: context.sheet,
        place: spec.range,
        reasons: cleaned.reasons,
      })
    if (cleaned.text.length > limit) {
      issues.push({
        code: 'validation-text-too-long',
        sheet: context.sheet,
        range: spec.range,
        field,
        length: cleaned.text.length,
        limit,
      })
    }
    return cleaned.text
  }
  const prompt =
    spec.prompt === undefined
      ? null
      : {
          title: text(spec.prompt.title, 'prompt-title', VALIDATION_LIMITS.title),
          message: text(spec.prompt.message, 'prompt', VALIDATION_LIMITS.message),
        }
  const error = {
    title: text(spec.error?.title, 'error-title', VALIDATION_LIMITS.title),
    message: text(spec.error?.message, 'error', VALIDATION_LIMITS.message),
    style: spec.error?.style ?? 'stop',
  }
  const rule = prepareRule(spec.rule, context, changes, spec.range)
  if (!rule.ok) issues.push(...rule.error)
  if (issues.length > 0 || !rule.ok || range === null) return err(issues)
  return ok({
    validation: {
      range: formatCellRange(range),
      ...rule.value,
      allowBlank: spec.allowBlank ?? true,
      prompt,
      error,
    },
    changes,
  })
}

function cleanText(value: string): { readonly text: string; readonly reasons: readonly TextChangeReason[] } {
  const sanitised = sanitiseCellText(value)
  const text = sanitised.text.replace(/\n/g, ' ')
  const reasons =
    text !== sanitised.text && !sanitised.changes.includes('line-breaks-normalised')
      ? [...sanitised.changes, 'line-breaks-normalised' as const]
      : sanitised.changes
  return { text, reasons }
}

function prepareRule(
  rule: ValidationRule,
  context: Context,
  changes: WorkbookWriteChange[],
  place: string,
): Result<RuleParts, readonly WorkbookWriteIssue[]> {
  const invalid = (reason: InvalidValidationReason): Result<never, readonly WorkbookWriteIssue[]> =>
    err([{ code: 'invalid-validation', sheet: context.sheet, range: place, reason }])
  switch (rule.kind) {
    case 'list': {
      if (rule.values.length === 0) return invalid('empty-list')
      const values = rule.values.map((value) => sanitiseCellText(value))
      const reasons = [...new Set(values.flatMap((value) => value.changes))]
      if (reasons.length > 0) changes.push({ kind: 'text-changed', sheet: context.sheet, place, reasons })
      if (values.some((value) => /[,"\n]/.test(value.text))) return invalid('separator-in-list-value')
      const formula = `"${values.map((value) => value.text).join(',')}"`
      if (formula.length - 2 > VALIDATION_LIMITS.list) return invalid('list-too-long')
      return ok({ type: 'list', operator: null, formulae: [formula] })
    }
    case 'list-range': {
      const sheetName = context.writtenSheetName(rule.sheet)
      const source = parseCellRange(rule.range)
      const issues: WorkbookWriteIssue[] = []
      if (sheetName === null)
        issues.push({ code: 'unknown-sheet', sheet: rule.sheet, field: 'validation-source' })
      if (source === null)
        issues.push({
          code: 'invalid-range',
          sheet: rule.sheet,
          range: rule.range,
          field: 'validation-source',
          reason: 'syntax',
        })
      if (sheetName === null || source === null) return err(issues)
      return ok({ type: 'list', operator: null, formulae: [formatSheetReference(sheetName, source)] })
    }
    case 'whole':
    case 'decimal':
    case 'text-length': {
      const bounds = [rule.min, rule.max]
      if (bounds.some((bound) => bound !== undefined && !Number.isFinite(bound)))
        return invalid('non-finite-bound')
      if (rule.kind !== 'decimal' && bounds.some((bound) => bound !== undefined && !Number.isInteger(bound)))
        return invalid('not-an-integer')
      if (rule.kind === 'text-length' && bounds.some((bound) => bound !== undefined && bound < 0))
        return invalid('negative-length')
      return withBounds(rule.kind === 'text-length' ? 'textLength' : rule.kind, rule.min, rule.max, invalid)
    }
    case 'date': {
      const parse = (iso: string | undefined): number | undefined | null =>
        iso === undefined ? undefined : (parseCellDate(iso)?.utcMilliseconds ?? null)
      const [min, max] = [parse(rule.min), parse(rule.max)]
      if (min === null || max === null) return invalid('invalid-date-bound')
      return withBounds('date', min, max, invalid)
    }
  }
}

function withBounds(
  type: RuleParts['type'],
  min: number | undefined,
  max: number | undefined,
  invalid: (reason: InvalidValidationReason) => Result<never, readonly WorkbookWriteIssue[]>,
): Result<RuleParts, readonly WorkbookWriteIssue[]> {
  if (min === undefined && max === undefined) return invalid('missing-bounds')
  if (min !== undefined && max !== undefined) {
    return min > max ? invalid('min-above-max') : ok({ type, operator: 'between', formulae: [min, max] })
  }
  if (min !== undefined) return ok({ type, operator: 'greaterThanOrEqual', formulae: [min] })
  return ok({ type, operator: 'lessThanOrEqual', formulae: [max ?? 0] })
}
