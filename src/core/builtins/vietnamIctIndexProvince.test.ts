import { describe, expect, it } from 'vitest'
import { collectReferences } from '@core/formula/collectReferences'
import { parseFormula } from '@core/formula/parseFormula'
import { rootComponent } from '@core/framework/frameworkSummary'
import { loadedBuiltIn } from './testing/loadedBuiltIn'

const framework = loadedBuiltIn('vn-ict-index-province')
const childComponents = (code: string) =>
  framework.components.filter((component) => component.parent === code)
const childIndicators = (code: string) =>
  framework.indicators.filter((indicator) => indicator.parent === code)

// methodology §1 "Indicator examples from the agency survey (published names)"
const publishedNames = [
  'Tỷ lệ máy tính / cán bộ công chức viên chức',
  'Tỷ lệ máy tính kết nối Internet băng thông rộng',
  'Băng thông Internet / cán bộ',
  'Tỷ lệ cán bộ chuyên trách CNTT',
  'Tỷ lệ cán bộ chuyên trách CNTT có trình độ cao đẳng trở lên', // "of them with college degree or higher"
  'Tỷ lệ cán bộ biết sử dụng máy tính trong công việc',
]

describe('vn-ict-index-province, the Vietnam ICT Index structure since 2016 (methodology §1)', () => {
  it('is a relative framework for provinces on a 0–1 scale published with 4 decimals', () => {
    expect([framework.family, framework.unitGroup, framework.scale, framework.decimals]).toEqual([
      'relative',
      'tinh-thanh',
      1,
      4,
    ])
    expect(framework.method.normalisation).toEqual({ method: 'min-max', lower: 0, upper: 1 })
  })

  it('makes the composite the equally weighted mean of HTKT, HTNL and UD', () => {
    const root = rootComponent(framework)
    const children = childComponents(root?.code ?? '')

    expect(children.map((child) => child.code)).toEqual(['HTKT', 'HTNL', 'UD'])
    expect(new Set(children.map((child) => child.weight)).size).toBe(1)
    expect(childIndicators(root?.code ?? '')).toEqual([])
    expect(framework.method.aggregation).toBe('arithmetic')
  })

  it.each(['HTKT', 'HTNL'])(
    'splits %s into a society part and a state-agencies part of equal weight',
    (code) => {
      const parts = childComponents(code)

      expect(parts.map((part) => part.code)).toEqual([`${code}_XH`, `${code}_CQ`])
      expect(parts.map((part) => part.weight)).toEqual([1, 1])
      expect(childIndicators(code)).toEqual([])
    },
  )

  it('splits UD into internal use and online public services weighted 1 : 2, and documents it', () => {
    const parts = childComponents('UD')
    const ud = framework.components.find((component) => component.code === 'UD')

    expect(parts.map((part) => [part.code, part.weight])).toEqual([
      ['UD_NB', 1],
      ['UD_DVCTT', 2],
    ])
    expect(ud?.description?.vi).toContain('1 : 2')
    expect(ud?.description?.en).toContain('1 : 2')
  })

  it('gives every part at least three indicators', () => {
    const parts = ['HTKT_XH', 'HTKT_CQ', 'HTNL_XH', 'HTNL_CQ', 'UD_NB', 'UD_DVCTT']

    expect(parts.map((part) => childIndicators(part).length >= 3)).toEqual(parts.map(() => true))
  })

  it('keeps the published indicator names of the agency survey', () => {
    const names = framework.indicators.map((indicator) => indicator.name.vi)

    expect(names).toEqual(expect.arrayContaining(publishedNames))
  })

  it('flags every indicator without a published name as a placeholder the evaluator should replace', () => {
    const unpublished = framework.indicators.filter(
      (indicator) => !publishedNames.includes(indicator.name.vi),
    )
    const notFlagged = unpublished.filter(
      (indicator) =>
        !indicator.placeholder ||
        !indicator.description?.vi.includes('thay thế') ||
        !indicator.description.en?.includes('replace'),
    )

    expect(unpublished.length).toBeGreaterThan(15)
    expect(notFlagged.map((indicator) => indicator.code)).toEqual([])
  })

  it('mirrors EGDI on the society side: subscriptions per 100 inhabitants, literacy, enrolment', () => {
    const society = [...childIndicators('HTKT_XH'), ...childIndicators('HTNL_XH')].map(
      (indicator) => indicator.name.en ?? '',
    )

    expect(society.filter((name) => name.includes('per 100 inhabitants')).length).toBeGreaterThanOrEqual(3)
    expect(society).toEqual(expect.arrayContaining(['Adult literacy rate', 'Gross enrolment ratio']))
  })

  it('asks a question for every raw datum the formulas use', () => {
    const codes = new Set(framework.questions.map((question) => question.code))
    const used = framework.indicators.flatMap((indicator) => {
      const parsed = parseFormula(indicator.formula)
      if (!parsed.ok) return [indicator.formula]
      return [
        ...collectReferences(parsed.value).questions,
        ...(indicator.denominator ? [indicator.denominator] : []),
      ]
    })

    expect(used.filter((code) => !codes.has(code))).toEqual([])
    expect(
      framework.questions
        .filter((question) => !used.includes(question.code))
        .map((question) => question.code),
    ).toEqual([])
  })
})
