import { describe, expect, it } from 'vitest'
import { aComponent, aFramework, anIndicator, aQuestion } from '@core/framework/testing/aFramework'
import type { AnswerValue } from '@core/responses/answer'
import { validFramework } from '@core/responses/testing/validFramework'
import { sampleFrameworkFacts } from './sampleFrameworkFacts'
import { settleAnswers } from './settleAnswers'

const framework = validFramework(
  aFramework({
    questions: [
      aQuestion({ code: 'Staff', section: 'HTNL', min: 0 }),
      aQuestion({ code: 'Computers', section: 'HTKT', min: 0 }),
      aQuestion({
        code: 'Online',
        section: 'HTKT',
        min: 0,
        checks: [{ formula: 'Online <= Computers', message: { vi: 'Vượt quá' } }],
      }),
      aQuestion({ code: 'Masters', section: 'HTNL', min: 0 }),
      aQuestion({
        code: 'Bachelors',
        section: 'HTNL',
        min: 0,
        checks: [{ formula: 'Masters + Bachelors <= Staff', message: { vi: 'Vượt quá' } }],
      }),
      aQuestion({
        code: 'Ratio',
        section: 'HTNL',
        type: 'decimal',
        min: 0,
        checks: [{ formula: 'Ratio * 2 <= Staff', message: { vi: 'Vượt quá' } }],
      }),
      aQuestion({ code: 'HasOffice', section: 'HTNL', type: 'yes-no' }),
      aQuestion({ code: 'OfficeStaff', section: 'HTNL', min: 0, relevance: 'HasOffice' }),
    ],
    components: [aComponent({ code: 'ICT', parent: null })],
    indicators: [anIndicator({ code: 'I1', formula: 'Computers', parent: 'ICT' })],
  }),
)

const settled = (answers: Record<string, AnswerValue>) => {
  const copy = { ...answers }
  settleAnswers(sampleFrameworkFacts(framework), copy)
  return copy
}

describe('settleAnswers', () => {
  it('removes the answers of questions that are not asked', () => {
    expect(settled({ HasOffice: false, OfficeStaff: 3 })).toEqual({ HasOffice: false })
  })

  it('keeps the answers of questions that are asked', () => {
    expect(settled({ HasOffice: true, OfficeStaff: 3 })).toEqual({ HasOffice: true, OfficeStaff: 3 })
  })

  it('lowers a number above its upper bound to the bound', () => {
    expect(settled({ Computers: 10, Online: 12 })).toEqual({ Computers: 10, Online: 10 })
  })

  it('scales a sum above its bound down, term by term', () => {
    expect(settled({ Staff: 10, Masters: 6, Bachelors: 9 })).toEqual({ Staff: 10, Masters: 4, Bachelors: 6 })
  })

  it('leaves checks of other shapes as they are', () => {
    expect(settled({ Staff: 10, Ratio: 8 })).toEqual({ Staff: 10, Ratio: 8 })
  })

  it('leaves a check with a missing input alone', () => {
    expect(settled({ Online: 12 })).toEqual({ Online: 12 })
  })
})
