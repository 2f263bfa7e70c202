import type { CellStyle, DataValidationSpec } from '@core/excel/workbookSpec'
import { expectationOf, numberBounds, type AnswerExpectation, type CellKind } from './answerCells'
import { YES_NO_LABELS } from './questionnaireTemplate'

/** Bounds used when a number question sets none (Excel's validations need at least one). */
const NUMBER_LIMIT = 1e15

/**
 * The data validation of an answer cell or a table column range: a drop-down for yes/no and
 * choices (choices from a range of the hidden lists sheet), whole or decimal numbers within the
 * question's bounds, calendar dates, text length. Prompts and alerts are in Vietnamese, as the
 * rest of the form, and within Excel's 32/255-character limits.
 *
 * @example
 *   answerValidation('D5', { type: 'integer', min: 0 }, null)
 *   // => { range: 'D5', rule: { kind: 'whole', min: 0, max: 1e15 }, prompt: { message: 'Số nguyên ≥ 0' }, error: … }
 */
export function answerValidation(
  range: string,
  kind: CellKind,
  choiceRange: { readonly sheet: string; readonly range: string } | null,
): DataValidationSpec {
  const description = describeExpectation(expectationOf(kind))
  const common = {
    range,
    prompt: { title: 'Nhập', message: clip(description, 255) },
    error: {
      title: 'Giá trị không hợp lệ',
      message: clip(`Cần: ${description}`, 255),
      style: 'stop' as const,
    },
  }
  switch (kind.type) {
    case 'integer':
    case 'decimal':
    case 'percent': {
      const { min, max } = numberBounds(kind)
      return {
        ...common,
        rule: {
          kind: kind.type === 'integer' ? 'whole' : 'decimal',
          min: min ?? -NUMBER_LIMIT,
          max: max ?? NUMBER_LIMIT,
        },
      }
    }
    case 'yes-no':
      return { ...common, rule: { kind: 'list', values: [YES_NO_LABELS.yes, YES_NO_LABELS.no] } }
    case 'single-choice':
      return {
        ...common,
        rule:
          choiceRange === null ? { kind: 'text-length', max: 255 } : { kind: 'list-range', ...choiceRange },
      }
    case 'date':
      return { ...common, rule: { kind: 'date', min: '1900-03-01', max: '2100-12-31' } }
    case 'text':
      return { ...common, rule: { kind: 'text-length', max: Math.min(kind.maxLength ?? 4000, 32_767) } }
  }
}

/**
 * How an answer cell of this kind looks: unlocked, yellow, bordered; dates shown day first; text
 * and choices in the Text format so that `0123` or `1/2` typed as text stay text.
 *
 * @example
 *   answerCellStyle({ type: 'date' }).numberFormat // => 'dd/mm/yyyy'
 */
export function answerCellStyle(kind: CellKind, fill: string): CellStyle {
  const base: CellStyle = { locked: false, fill, border: true, vertical: 'top' }
  if (kind.type === 'date') return { ...base, numberFormat: 'dd/mm/yyyy' }
  if (kind.type === 'text') return { ...base, numberFormat: '@', wrap: true }
  if (kind.type === 'single-choice' || kind.type === 'yes-no') return { ...base, numberFormat: '@' }
  return base
}

/**
 * An expectation in the words of the form (Vietnamese), for prompts and alerts.
 *
 * @example
 *   describeExpectation({ type: 'integer', min: 0 }) // => 'Số nguyên ≥ 0'
 */
export function describeExpectation(expected: AnswerExpectation): string {
  const bounds = (prefix: string): string => {
    if (expected.min !== undefined && expected.max !== undefined)
      return `${prefix} từ ${formatNumber(expected.min)} đến ${formatNumber(expected.max)}`
    if (expected.min !== undefined) return `${prefix} ≥ ${formatNumber(expected.min)}`
    if (expected.max !== undefined) return `${prefix} ≤ ${formatNumber(expected.max)}`
    return prefix
  }
  switch (expected.type) {
    case 'integer':
      return bounds('Số nguyên')
    case 'decimal':
      return bounds('Số')
    case 'percent':
      return bounds('Tỷ lệ %')
    case 'yes-no':
      return 'Chọn Có hoặc Không'
    case 'single-choice':
      return 'Chọn một giá trị trong danh sách'
    case 'date':
      return 'Ngày, dạng ngày/tháng/năm'
    case 'text':
      return `Văn bản, tối đa ${expected.maxLength ?? 4000} ký tự`
  }
}

function formatNumber(value: number): string {
  return String(value).replace('.', ',')
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}
