import { describe, expect, it } from 'vitest'
import { err, ok } from '@core/result'
import { formatListCell, parseListCell } from './listCellText'

describe('formatListCell', () => {
  it('writes steps, outcomes, checks and extensions in their readable forms', () => {
    expect(
      formatListCell('steps', [
        { atLeast: 4, points: 20 },
        { atLeast: 2.5, points: -1 },
      ]),
    ).toBe('4:20; 2.5:-1')
    expect(
      formatListCell('outcomes', [
        { choice: 'chu-tich', value: 1 },
        { choice: 'pho', value: 0.5 },
      ]),
    ).toBe('chu-tich=1; pho=0.5')
    expect(
      formatListCell('checks', [
        { formula: 'a <= b', message: { vi: 'Vượt quá', en: 'Too many' } },
        { formula: 'c > 0', message: { vi: 'Phải dương' } },
      ]),
    ).toBe('a <= b => Vượt quá | Too many\nc > 0 => Phải dương')
    expect(formatListCell('accept', ['pdf', 'docx'])).toBe('pdf, docx')
  })

  it('falls back to JSON when the readable form would not read back the same', () => {
    expect(formatListCell('outcomes', [{ choice: 'a;b', value: 1 }])).toBe('[{"choice":"a;b","value":1}]')
    expect(formatListCell('checks', [{ formula: 'a > 0', message: { vi: 'x | y' } }])).toBe(
      '[{"formula":"a > 0","message":{"vi":"x | y"}}]',
    )
    expect(formatListCell('checks', [{ formula: 'a > 0', message: { vi: 'hai\ndòng' } }])).toBe(
      '[{"formula":"a > 0","message":{"vi":"hai\\ndòng"}}]',
    )
  })
})

describe('parseListCell', () => {
  it('reads what an author types: decimal commas, spaces, line breaks and a trailing separator', () => {
    expect(parseListCell('steps', ' 4 : 20 ;\n3:15,5; ')).toEqual(
      ok([
        { atLeast: 4, points: 20 },
        { atLeast: 3, points: 15.5 },
      ]),
    )
    expect(parseListCell('outcomes', 'co = 0,5\nkhong=0')).toEqual(
      ok([
        { choice: 'co', value: 0.5 },
        { choice: 'khong', value: 0 },
      ]),
    )
    expect(parseListCell('accept', 'PDF; docx  xlsx')).toEqual(ok(['PDF', 'docx', 'xlsx']))
  })

  it('splits an outcome at its last equals sign, so choice values may hold one', () => {
    expect(parseListCell('outcomes', 'x=y=2')).toEqual(ok([{ choice: 'x=y', value: 2 }]))
  })

  it('reads a JSON list', () => {
    expect(parseListCell('steps', '[{"atLeast":1,"points":2}]')).toEqual(ok([{ atLeast: 1, points: 2 }]))
  })

  it.each([
    ['steps', '4-20'],
    ['steps', '4:hai'],
    ['outcomes', 'co'],
    ['checks', 'a > 0'],
    ['checks', ' => thiếu công thức'],
    ['steps', '[{"atLeast":1'],
    ['steps', '{"atLeast":1}'],
  ] as const)('refuses the %s cell “%s” with an example of the expected form', (kind, text) => {
    expect(parseListCell(kind, text).ok).toBe(false)
  })

  it('gives the example of the expected form as the error', () => {
    expect(parseListCell('outcomes', 'co')).toEqual(err('chu-tich=1; pho-chu-tich=0,5'))
  })
})
