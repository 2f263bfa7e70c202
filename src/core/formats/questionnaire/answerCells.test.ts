import { describe, expect, it } from 'vitest'
import { aChoice } from '@core/framework/testing/aFramework'
import { serialToIsoDate } from '@core/excel/cellDate'
import { describeCell, readAnswerCell, textToIsoDate, toAnswerCell, type CellKind } from './answerCells'

const value = (kind: CellKind, cell: Parameters<typeof readAnswerCell>[1]) => {
  const read = readAnswerCell(kind, cell)
  return read.ok ? read.value : read.problem
}
const choices = [
  aChoice({ value: 'tot', label: { vi: 'Tốt' } }),
  aChoice({ value: 'kha', label: { vi: 'Khá, ổn định' } }),
  aChoice({ value: 'x1', label: { vi: 'Khác' } }),
  aChoice({ value: 'x2', label: { vi: 'Khác' } }),
]

describe('readAnswerCell', () => {
  it('reads numbers stored as text the way Vietnamese spreadsheets write them', () => {
    const decimal: CellKind = { type: 'decimal' }

    expect(value(decimal, '1.234,5')).toBe(1234.5)
    expect(value(decimal, '0,25')).toBe(0.25)
    expect(value(decimal, ' 12 ')).toBe(12)
    expect(value(decimal, '１２３')).toBe(123)
    expect(value(decimal, '45%')).toBe(45)
    expect(value(decimal, '-0')).toBe(0)
    expect(Object.is(value(decimal, -0), 0)).toBe(true)
    expect(value(decimal, 'INF')).toBe('wrong-type')
    expect(value(decimal, 'NaN')).toBe('wrong-type')
    expect(value(decimal, true)).toBe('wrong-type')
  })

  it('checks integers and bounds, percent 0–100 by default', () => {
    expect(value({ type: 'integer', min: 0 }, 12.5)).toBe('not-an-integer')
    expect(value({ type: 'integer', min: 0 }, -1)).toBe('below-min')
    expect(value({ type: 'percent' }, 100.5)).toBe('above-max')
    expect(value({ type: 'percent', max: 200 }, 150)).toBe(150)
  })

  it('reads yes/no as labels, booleans, x marks and 1/0', () => {
    const yesNo: CellKind = { type: 'yes-no' }

    expect(['Có', 'có', ' CÓ ', 'x', 'X', 'TRUE', true, 1, 'yes'].map((cell) => value(yesNo, cell))).toEqual(
      Array(9).fill(true),
    )
    expect(['Không', 'không', 'FALSE', false, 0, 'no'].map((cell) => value(yesNo, cell))).toEqual(
      Array(6).fill(false),
    )
    expect(value(yesNo, 'có lẽ')).toBe('wrong-type')
    expect(value(yesNo, 2)).toBe('wrong-type')
  })

  it('reads a choice by its label, its value, or loosely, and refuses anything else', () => {
    const choice: CellKind = { type: 'single-choice', choices }

    expect(value(choice, 'Khá, ổn định')).toBe('kha')
    expect(value(choice, 'tot')).toBe('tot')
    expect(value(choice, '  tốt ')).toBe('tot')
    expect(value(choice, 'Khác (x2)')).toBe('x2')
    expect(value(choice, 'Khác')).toBe('unknown-choice')
    expect(value(choice, 'Trung bình')).toBe('unknown-choice')
  })

  it('reads dates as dates, 1900-system serials and day-first text', () => {
    const date: CellKind = { type: 'date' }

    expect(value(date, { type: 'date', iso: '2025-06-30' })).toBe('2025-06-30')
    expect(value(date, { type: 'date', iso: '2025-06-30T13:00:00' })).toBe('2025-06-30')
    expect(value(date, 45838)).toBe('2025-06-30')
    expect(value(date, 45838.75)).toBe('2025-06-30')
    expect(value(date, '30/06/2025')).toBe('2025-06-30')
    expect(value(date, '5-1-2025')).toBe('2025-01-05')
    expect(value(date, '2025-06-30')).toBe('2025-06-30')
    expect(value(date, '31/02/2025')).toBe('invalid-date')
    expect(value(date, 60)).toBe('invalid-date')
    expect(value(date, -5)).toBe('invalid-date')
    expect(value(date, 'hôm qua')).toBe('invalid-date')
  })

  it('reads text as stored (NFC, trimmed, line ends unified) and takes back what Excel turned into numbers or dates', () => {
    const text: CellKind = { type: 'text', maxLength: 10 }

    expect(value(text, ' Co\u0302ng an\r\n')).toBe('Công an')
    expect(value(text, 123)).toBe('123')
    expect(value(text, { type: 'date', iso: '2025-01-02' })).toBe('02/01/2025')
    expect(value(text, 'x'.repeat(11))).toBe('too-long')
  })

  it('refuses formulas and error values in answer cells: nothing is evaluated', () => {
    expect(value({ type: 'integer' }, { type: 'formula', formula: 'A1*2', result: 4 })).toBe('formula')
    expect(value({ type: 'text' }, { type: 'formula', formula: "cmd|' /C calc'!A0", result: null })).toBe(
      'formula',
    )
    expect(value({ type: 'integer' }, { type: 'error', code: '#N/A' })).toBe('error-value')
  })

  it('names the formulas a file hides: a shared clone without master, array and data-table cells', () => {
    const kinds = (['shared-without-master', 'array', 'data-table'] as const).map((kind) =>
      value({ type: 'integer' }, { type: 'formula', formula: '', result: 95, kind }),
    )

    expect(kinds).toEqual(['formula-shared-without-master', 'formula-array', 'formula-data-table'])
    expect(describeCell({ type: 'formula', formula: '', result: 95, kind: 'array' })).toBe('95')
  })

  it('treats empty and blank cells as no answer', () => {
    expect([null, undefined, '', '   '].map((cell) => value({ type: 'integer' }, cell))).toEqual([
      null,
      null,
      null,
      null,
    ])
  })
})

describe('toAnswerCell', () => {
  it('writes labels for yes/no and choices, dates as calendar dates, and unexpected values as text', () => {
    expect(toAnswerCell({ type: 'yes-no' }, false)).toBe('Không')
    expect(toAnswerCell({ type: 'single-choice', choices }, 'x1')).toBe('Khác (x1)')
    expect(toAnswerCell({ type: 'date' }, '2024-02-29')).toEqual({ type: 'date', iso: '2024-02-29' })
    expect(toAnswerCell({ type: 'integer' }, '12a')).toBe('12a')
    expect(Object.is(toAnswerCell({ type: 'decimal' }, -0), 0)).toBe(true)
  })
})

describe('serialToIsoDate and textToIsoDate', () => {
  it('handle the 1900 leap-year bug and day-first text', () => {
    expect(serialToIsoDate(59)).toBe('1900-02-28')
    expect(serialToIsoDate(61)).toBe('1900-03-01')
    expect(serialToIsoDate(2_958_465)).toBe('9999-12-31')
    expect(textToIsoDate('31.12.2025')).toBe('2025-12-31')
    expect(textToIsoDate('12/31/2025')).toBe('2025-31-12')
  })
})
