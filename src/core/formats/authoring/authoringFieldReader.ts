import { readCellNumber } from '@core/excel/cellNumber'
import type { CellValue } from '@core/excel/sheetWorkbook'
import type { LocalizedText } from '@core/framework/framework'
import { childPath } from '@core/framework/issuePath'
import { describeCellValue, isBlankCell, parseAuthoringBoolean } from './authoringCellValue'
import type { AuthoringIssue } from './authoringIssue'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { parseListCell, type ListCellKind } from './listCellText'

/** Reads typed fields from one source; see `authoringFieldReader`. @example const read: AuthoringFieldReader = authoringFieldReader(row, context) */
export type AuthoringFieldReader = ReturnType<typeof authoringFieldReader>

/**
 * Typed, issue-collecting access to the fields of one row (or of the settings sheet). Every read
 * returns `undefined` for an empty cell and for a cell it reports (so the caller just builds the
 * object and leaves the field out); with a `path`, the cell is recorded as the source of that
 * framework path. Formula and error cells are reported whatever the expected kind.
 *
 * @example
 *   const read = authoringFieldReader(row, context)
 *   const weight = read.number('weight', 'indicators[2].weight') // 1.5 for '1,5'
 */
export function authoringFieldReader(source: AuthoringFieldSource, context: AuthoringReadContext) {
  const where = (key: string) => ({ sheet: source.sheet, cell: source.cell(key) ?? '' })
  const report = (issue: AuthoringIssue | null): undefined =>
    void (issue !== null && context.issues.push(issue))
  const record = (path: string | undefined, key: string): void => {
    const cell = source.cell(key)
    if (path !== undefined && cell !== undefined && !context.sources.has(path))
      context.sources.set(path, { sheet: source.sheet, cell })
  }
  /** The raw cell, or `undefined` after reporting a formula or error cell; `null` when blank. */
  const raw = (key: string): Exclude<CellValue, { readonly type: 'formula' | 'error' }> | undefined => {
    const value = source.value(key)
    if (isBlankCell(value) || value === undefined) return null
    if (typeof value === 'object' && value !== null && value.type === 'formula')
      return report({ code: 'authoring-formula-cell', ...where(key), found: describeCellValue(value) })
    if (typeof value === 'object' && value !== null && value.type === 'error')
      return report({ code: 'authoring-error-cell', ...where(key), found: value.code })
    return value as Exclude<CellValue, { readonly type: 'formula' | 'error' }>
  }
  const text = (key: string, path?: string): string | undefined => {
    const value = raw(key)
    if (value === null || value === undefined) return undefined
    if (typeof value === 'object')
      return report({ code: 'authoring-not-text', ...where(key), found: value.iso })
    record(path, key)
    return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value).trim()
  }
  const number = (key: string, path?: string): number | undefined => {
    const value = raw(key)
    if (value === null || value === undefined) return undefined
    const parsed = typeof value === 'number' || typeof value === 'string' ? readCellNumber(value) : 'invalid'
    if (parsed === null) return undefined
    if (parsed === 'invalid')
      return report({ code: 'authoring-not-a-number', ...where(key), found: describeCellValue(value) })
    record(path, key)
    return parsed
  }
  return {
    sheet: source.sheet,
    cell: (key: string): string => source.cell(key) ?? '',
    isBlank: (key: string): boolean => isBlankCell(source.value(key)),
    record,
    text,
    number,
    requiredText: (key: string, path?: string): string | undefined => {
      if (isBlankCell(source.value(key))) return report(source.missing(key))
      return text(key, path)
    },
    integer: (key: string, path?: string): number | undefined => {
      const value = number(key, path)
      if (value === undefined || Number.isInteger(value)) return value
      return report({
        code: 'authoring-not-an-integer',
        ...where(key),
        found: describeCellValue(source.value(key) ?? null),
      })
    },
    yesNo: (key: string, path?: string): boolean | undefined => {
      const value = raw(key)
      if (value === null || value === undefined) return undefined
      const parsed = parseAuthoringBoolean(value)
      if (parsed === null)
        return report({ code: 'authoring-not-yes-no', ...where(key), found: describeCellValue(value) })
      record(path, key)
      return parsed
    },
    option: <T extends string>(key: string, options: readonly T[], path?: string): T | undefined => {
      const value = text(key)
      if (value === undefined) return undefined
      const wanted = value.toLowerCase().replace(/[\s_]+/g, '-')
      const match = options.find((option) => option.toLowerCase() === wanted)
      if (match === undefined)
        return report({
          code: 'authoring-unknown-option',
          ...where(key),
          expected: options.join(', '),
          found: value,
        })
      record(path, key)
      return match
    },
    list: (kind: ListCellKind, key: string, path?: string): readonly unknown[] | undefined => {
      const value = text(key)
      if (value === undefined) return undefined
      const parsed = parseListCell(kind, value)
      if (!parsed.ok)
        return report({
          code: 'authoring-bad-list',
          ...where(key),
          expected: parsed.error,
          found: describeCellValue(value),
        })
      record(path, key)
      return parsed.value
    },
    localized: (base: string, path: string, isRequired = false): LocalizedText | undefined => {
      const vi = text(`${base}_vi`, childPath(path, 'vi'))
      const en = text(`${base}_en`, childPath(path, 'en'))
      if (vi === undefined) {
        if ((isRequired || en !== undefined) && isBlankCell(source.value(`${base}_vi`)))
          report(source.missing(`${base}_vi`))
        return undefined
      }
      record(path, `${base}_vi`)
      return en === undefined ? { vi } : { vi, en }
    },
    /** Reports each of `keys` that is filled although it does not apply to `type`. */
    mustBeEmpty: (keys: readonly string[], type: string): void => {
      for (const key of keys) {
        if (!isBlankCell(source.value(key)))
          report({ code: 'authoring-not-applicable', ...where(key), column: key, type })
      }
    },
  }
}
