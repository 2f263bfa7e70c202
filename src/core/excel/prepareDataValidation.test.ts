import { describe, expect, it } from 'vitest'
import { prepareDataValidation } from './prepareDataValidation'
import type { DataValidationSpec } from './workbookSpec'

const context = { sheet: 'S', writtenSheetName: (name: string) => (name === 'Lists' ? 'Lists' : null) }
const prepare = (spec: DataValidationSpec) => prepareDataValidation(spec, context)
const reasonOf = (spec: DataValidationSpec): unknown => {
  const prepared = prepare(spec)
  return prepared.ok ? null : prepared.error.map((issue) => ('reason' in issue ? issue.reason : issue.code))
}

describe('prepareDataValidation', () => {
  it('writes an explicit list as a quoted formula, with a stop alert by default', () => {
    expect(prepare({ range: 'b2:B9', rule: { kind: 'list', values: ['Có', 'Không'] } })).toEqual({
      ok: true,
      value: {
        validation: {
          range: 'B2:B9',
          type: 'list',
          operator: null,
          formulae: ['"Có,Không"'],
          allowBlank: true,
          prompt: null,
          error: { title: '', message: '', style: 'stop' },
        },
        changes: [],
      },
    })
  })

  it('writes bounds with the matching operator', () => {
    const formulae = (spec: DataValidationSpec) => {
      const prepared = prepare(spec)
      return prepared.ok
        ? [
            prepared.value.validation.type,
            prepared.value.validation.operator,
            prepared.value.validation.formulae,
          ]
        : null
    }

    expect(formulae({ range: 'A1', rule: { kind: 'whole', min: 0, max: 10 } })).toEqual([
      'whole',
      'between',
      [0, 10],
    ])
    expect(formulae({ range: 'A1', rule: { kind: 'decimal', min: 0.5 } })).toEqual([
      'decimal',
      'greaterThanOrEqual',
      [0.5],
    ])
    expect(formulae({ range: 'A1', rule: { kind: 'text-length', max: 255 } })).toEqual([
      'textLength',
      'lessThanOrEqual',
      [255],
    ])
    expect(formulae({ range: 'A1', rule: { kind: 'date', min: '2024-01-01', max: '2024-12-31' } })).toEqual([
      'date',
      'between',
      [Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)],
    ])
    expect(formulae({ range: 'A1', rule: { kind: 'list-range', sheet: 'Lists', range: 'A2:A5' } })).toEqual([
      'list',
      null,
      ["'Lists'!$A$2:$A$5"],
    ])
  })

  it('refuses rules Excel cannot hold', () => {
    expect(reasonOf({ range: 'A1', rule: { kind: 'list', values: [] } })).toEqual(['empty-list'])
    expect(reasonOf({ range: 'A1', rule: { kind: 'list', values: ['a,b'] } })).toEqual([
      'separator-in-list-value',
    ])
    expect(reasonOf({ range: 'A1', rule: { kind: 'list', values: Array(100).fill('abc') } })).toEqual([
      'list-too-long',
    ])
    expect(reasonOf({ range: 'A1', rule: { kind: 'whole' } })).toEqual(['missing-bounds'])
    expect(reasonOf({ range: 'A1', rule: { kind: 'whole', min: 2, max: 1 } })).toEqual(['min-above-max'])
    expect(reasonOf({ range: 'A1', rule: { kind: 'whole', min: 0.5 } })).toEqual(['not-an-integer'])
    expect(reasonOf({ range: 'A1', rule: { kind: 'decimal', max: Number.POSITIVE_INFINITY } })).toEqual([
      'non-finite-bound',
    ])
    expect(reasonOf({ range: 'A1', rule: { kind: 'date', min: '2024-02-30' } })).toEqual([
      'invalid-date-bound',
    ])
    expect(reasonOf({ range: 'A1', rule: { kind: 'text-length', min: -1 } })).toEqual(['negative-length'])
    expect(reasonOf({ range: 'A1', rule: { kind: 'list-range', sheet: 'Nope', range: 'A1' } })).toEqual([
      'unknown-sheet',
    ])
    expect(reasonOf({ range: 'A1:', rule: { kind: 'whole', min: 0 } })).toEqual(['syntax'])
  })

  it('refuses titles over 32 and messages over 255 characters', () => {
    const prepared = prepare({
      range: 'A1',
      rule: { kind: 'whole', min: 0 },
      prompt: { title: 't'.repeat(33), message: 'm'.repeat(256) },
    })

    expect(prepared.ok ? [] : prepared.error).toEqual([
      {
        code: 'validation-text-too-long',
        sheet: 'S',
        range: 'A1',
        field: 'prompt-title',
        length: 33,
        limit: 32,
      },
      { code: 'validation-text-too-long', sheet: 'S', range: 'A1', field: 'prompt', length: 256, limit: 255 },
    ])
  })

  it('turns line breaks in messages into spaces and reports it', () => {
    const prepared = prepare({
      range: 'A1',
      rule: { kind: 'whole', min: 0 },
      error: { message: 'Số nguyên\r\n≥ 0' },
    })

    expect(prepared.ok && [prepared.value.validation.error.message, prepared.value.changes]).toEqual([
      'Số nguyên ≥ 0',
      [{ kind: 'text-changed', sheet: 'S', place: 'A1', reasons: ['line-breaks-normalised'] }],
    ])
  })
})
