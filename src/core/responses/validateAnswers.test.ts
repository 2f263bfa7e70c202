import { describe, expect, it } from 'vitest'
import { aColumn, aFramework, aQuestion } from '@core/framework/testing/aFramework'
import type { Question } from '@core/framework/framework'
import type { Answers } from './answer'
import { compileQuestionnaire } from './questionnaire'
import type { SubmissionContent } from './submission'
import { validFramework } from './testing/validFramework'
import { checkSubmission, isAnswered, isCalendarDate, validateAnswer } from './validateAnswers'

const content = (answers: Answers, entries: Record<string, string> = {}): SubmissionContent => ({
  answers,
  comments: {},
  entries,
})
const issuesOf = (question: Question, value: Parameters<typeof validateAnswer>[1]) =>
  validateAnswer(question, value).map((problem) => problem.issue)

describe('validateAnswer', () => {
  it('accepts an integer within range and refuses a fraction', () => {
    const question = aQuestion({ type: 'integer', min: 0, max: 1000 })

    expect(issuesOf(question, 120)).toEqual([])
    expect(issuesOf(question, 1.5)).toEqual([{ code: 'not-an-integer' }])
  })

  it('reports values below the minimum and above the maximum', () => {
    const question = aQuestion({ type: 'decimal', min: 0, max: 10 })

    expect(issuesOf(question, -1)).toEqual([{ code: 'below-min', min: 0 }])
    expect(issuesOf(question, 10.5)).toEqual([{ code: 'above-max', max: 10 }])
  })

  it('bounds a percent to 0–100 when the question sets no range', () => {
    const question = aQuestion({ type: 'percent' })

    expect(issuesOf(question, 100)).toEqual([])
    expect(issuesOf(question, 120)).toEqual([{ code: 'above-max', max: 100 }])
    expect(issuesOf(question, -5)).toEqual([{ code: 'below-min', min: 0 }])
  })

  it('reports a value of the wrong type, e.g. text stored in a number field by an old file', () => {
    expect(issuesOf(aQuestion({ type: 'integer' }), 'mười')).toEqual([{ code: 'wrong-type' }])
    expect(issuesOf(aQuestion({ type: 'yes-no' }), 1)).toEqual([{ code: 'wrong-type' }])
  })

  it('refuses a choice the question does not offer', () => {
    expect(issuesOf(aQuestion({ type: 'single-choice' }), 'co')).toEqual([])
    expect(issuesOf(aQuestion({ type: 'single-choice' }), 'khac')).toEqual([
      { code: 'unknown-choice', value: 'khac' },
    ])
    expect(issuesOf(aQuestion({ type: 'multi-choice' }), ['co', 'la'])).toEqual([
      { code: 'unknown-choice', value: 'la' },
    ])
  })

  it('bounds text length by the question or the default', () => {
    expect(issuesOf(aQuestion({ type: 'text', maxLength: 5 }), 'abcdef')).toEqual([
      { code: 'too-long', maxLength: 5 },
    ])
    expect(issuesOf(aQuestion({ type: 'text' }), 'x'.repeat(4001))).toEqual([
      { code: 'too-long', maxLength: 4000 },
    ])
  })

  it('accepts only real calendar dates', () => {
    expect(issuesOf(aQuestion({ type: 'date' }), '2024-02-29')).toEqual([])
    expect(issuesOf(aQuestion({ type: 'date' }), '2025-02-29')).toEqual([{ code: 'invalid-date' }])
    expect(isCalendarDate('29/02/2024')).toBe(false)
  })

  it('checks every cell of a table against its column and locates it by row and column', () => {
    const question = aQuestion({ code: 'PhanMem', type: 'table' })

    const problems = validateAnswer(question, [
      { Ten: 'eOffice', SoNguoiDung: 40 },
      { Ten: 'Một cửa', SoNguoiDung: -3 },
    ])

    expect(problems).toEqual([
      { question: 'PhanMem', row: 1, column: 'SoNguoiDung', issue: { code: 'below-min', min: 0 } },
    ])
  })

  it('reports too many rows and too many files', () => {
    const table = aQuestion({ code: 'T', type: 'table', maxRows: 1 })
    const files = aQuestion({ code: 'F', type: 'evidence', maxFiles: 1 })

    expect(issuesOf(table, [{ Ten: 'a' }, { Ten: 'b' }])).toEqual([{ code: 'too-many-rows', maxRows: 1 }])
    expect(
      issuesOf(files, [
        { id: '1', fileName: 'a.pdf', size: 1 },
        { id: '2', fileName: 'b.pdf', size: 1 },
      ]),
    ).toEqual([{ code: 'too-many-files', maxFiles: 1 }])
  })

  it('refuses an evidence file of a type the question does not accept', () => {
    const question = aQuestion({ code: 'F', type: 'evidence', accept: ['pdf'] })

    expect(issuesOf(question, [{ id: '1', fileName: 'QĐ 123.PDF', size: 1 }])).toEqual([])
    expect(issuesOf(question, [{ id: '2', fileName: 'anh.png', size: 1 }])).toEqual([
      { code: 'file-not-accepted', fileName: 'anh.png', accept: ['pdf'] },
    ])
  })
})

describe('isAnswered', () => {
  it('counts false and zero as answers but not empty texts or lists', () => {
    expect(isAnswered(aQuestion({ type: 'yes-no' }), false)).toBe(true)
    expect(isAnswered(aQuestion({ type: 'integer' }), 0)).toBe(true)
    expect(isAnswered(aQuestion({ type: 'text' }), '  ')).toBe(false)
    expect(isAnswered(aQuestion({ type: 'multi-choice' }), [])).toBe(false)
    expect(isAnswered(aQuestion({ type: 'table' }), [])).toBe(false)
  })
})

describe('checkSubmission', () => {
  const questionnaire = compileQuestionnaire(validFramework(aFramework()))

  it('fires a cross-field check when its formula is false (computers on the Internet ≤ computers)', () => {
    const check = checkSubmission(questionnaire, content({ MayTinh: 10, MayTinhInternet: 12 }))

    expect(check.problems).toEqual([
      {
        question: 'MayTinhInternet',
        issue: {
          code: 'check-failed',
          message: { vi: 'Vượt quá tổng số máy tính' },
          formula: 'MayTinhInternet <= MayTinh',
        },
      },
    ])
  })

  it('does not fire a check whose inputs are missing', () => {
    expect(checkSubmission(questionnaire, content({ MayTinhInternet: 12 })).problems).toEqual([])
  })

  it('reports an unreadable entry instead of the stored value', () => {
    const check = checkSubmission(questionnaire, content({}, { MayTinh: '12a' }))

    expect(check.problems).toEqual([{ question: 'MayTinh', issue: { code: 'not-a-number', entry: '12a' } }])
    expect(check.missing.map((entry) => entry.question)).toEqual(['SoCBCC'])
  })

  it('reports an unreadable table cell at its row and column', () => {
    const check = checkSubmission(
      questionnaire,
      content({ PhanMem: [{ Ten: 'eOffice' }] }, { 'PhanMem[0].SoNguoiDung': 'bốn mươi' }),
    )

    expect(check.problems).toEqual([
      {
        question: 'PhanMem',
        row: 0,
        column: 'SoNguoiDung',
        issue: { code: 'not-a-number', entry: 'bốn mươi' },
      },
    ])
  })

  it('lists required answers still missing, including required cells of table rows', () => {
    const check = checkSubmission(questionnaire, content({ SoCBCC: 50, PhanMem: [{ SoNguoiDung: 3 }] }))

    expect(check.missing).toEqual([{ question: 'MayTinh' }, { question: 'PhanMem', row: 0, column: 'Ten' }])
  })

  it('keeps answers of a question that is not asked but neither counts nor checks them', () => {
    const framework = validFramework(
      aFramework({
        questions: [
          aQuestion({ code: 'CoPhongCNTT', section: 'HTNL', type: 'yes-no' }),
          aQuestion({ code: 'SoCBCNTT', section: 'HTNL', required: true, max: 10, relevance: 'CoPhongCNTT' }),
          aQuestion({ code: 'SoCBCC', section: 'HTNL', min: 0 }),
          aQuestion({ code: 'MayTinh', section: 'HTKT', min: 0 }),
          aQuestion({ code: 'MayTinhInternet', section: 'HTKT', min: 0 }),
          aQuestion({
            code: 'PhanMem',
            section: 'UD',
            type: 'table',
            columns: [aColumn({ code: 'SoNguoiDung' })],
          }),
        ],
      }),
    )

    const check = checkSubmission(
      compileQuestionnaire(framework),
      content({ CoPhongCNTT: false, SoCBCNTT: 99 }),
    )

    expect(check.relevant.has('SoCBCNTT')).toBe(false)
    expect(check.answered.has('SoCBCNTT')).toBe(false)
    expect(check.problems).toEqual([])
    expect(check.missing).toEqual([])
  })
})
