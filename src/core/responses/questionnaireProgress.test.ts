import { describe, expect, it } from 'vitest'
import { aFramework } from '@core/framework/testing/aFramework'
import { compileQuestionnaire } from './questionnaire'
import { questionnaireProgress } from './questionnaireProgress'
import { validFramework } from './testing/validFramework'
import { checkSubmission } from './validateAnswers'

const questionnaire = compileQuestionnaire(validFramework(aFramework()))
const progressOf = (answers: Record<string, unknown>) =>
  questionnaireProgress(
    questionnaire,
    checkSubmission(questionnaire, { answers: answers as never, comments: {}, entries: {} }),
  )

describe('questionnaireProgress', () => {
  it('counts asked, answered, required and problem questions per section', () => {
    const progress = progressOf({ MayTinh: 10, MayTinhInternet: 12 })

    expect(progress.sections.find((section) => section.section === 'HTKT')).toEqual({
      section: 'HTKT',
      asked: 2,
      answered: 2,
      required: 1,
      requiredAnswered: 1,
      missing: 0,
      withProblems: 1,
    })
  })

  it('leaves a question out of every count while its relevance condition is not true', () => {
    const hidden = progressOf({ CoPhongCNTT: false, SoCBCNTT: 4 })
    const shown = progressOf({ CoPhongCNTT: true, SoCBCNTT: 4 })

    expect(hidden.sections.find((section) => section.section === 'HTNL')).toMatchObject({
      asked: 2,
      answered: 1,
    })
    expect(shown.sections.find((section) => section.section === 'HTNL')).toMatchObject({
      asked: 3,
      answered: 2,
    })
  })

  it('sums the sections into a total', () => {
    const progress = progressOf({ SoCBCC: 5, MayTinh: 1 })

    expect(progress.total).toMatchObject({
      asked: 11,
      answered: 2,
      required: 2,
      requiredAnswered: 2,
      missing: 0,
      withProblems: 0,
    })
  })
})
