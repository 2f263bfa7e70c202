import { describe, expect, it } from 'vitest'
import { normaliseOperator, OPERATOR_TEXT_LIMIT, readStoredOperator } from './auditOperator'

describe('normaliseOperator', () => {
  it('trims the name and position and leaves an empty position out', () => {
    expect(normaliseOperator('evaluator', '  Nguyễn   Văn An ', '  ')).toEqual({
      ok: true,
      value: { mode: 'evaluator', name: 'Nguyễn Văn An' },
    })
    expect(normaliseOperator('unit', 'Lê Thị Bình', ' Chuyên viên ')).toEqual({
      ok: true,
      value: { mode: 'unit', name: 'Lê Thị Bình', position: 'Chuyên viên' },
    })
  })

  it('refuses an empty name', () => {
    expect(normaliseOperator('manager', ' \t ', 'Trưởng phòng')).toEqual({
      ok: false,
      error: { code: 'operator-name-required' },
    })
  })

  it('cuts overly long text', () => {
    const outcome = normaliseOperator('unit', 'A'.repeat(500), '')
    expect(outcome.ok && outcome.value.name?.length).toBe(OPERATOR_TEXT_LIMIT)
  })
})

describe('readStoredOperator', () => {
  it('reads what an earlier session kept and ignores anything unusable', () => {
    expect(readStoredOperator('evaluator', { name: 'An', position: 'CV' })).toEqual({
      mode: 'evaluator',
      name: 'An',
      position: 'CV',
    })
    expect(readStoredOperator('evaluator', { name: '' })).toBeNull()
    expect(readStoredOperator('evaluator', 'An')).toBeNull()
    expect(readStoredOperator('evaluator', null)).toBeNull()
  })
})
