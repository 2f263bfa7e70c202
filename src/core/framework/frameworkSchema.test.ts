import { describe, expect, it } from 'vitest'
import { componentSchema, frameworkSchema, indicatorSchema } from './frameworkSchema'
import { methodDefaultsSchema } from './methodSchema'
import { parseFramework } from './parseFramework'
import { pointsRuleSchema } from './pointsRuleSchema'
import { questionSchema } from './questionSchema'
import { aFramework } from './testing/aFramework'

const issuesOf = (input: unknown) => {
  const result = parseFramework(input)
  return result.ok ? [] : result.error
}

describe('frameworkSchema', () => {
  it('accepts DTI-style numbered codes for indicators and components', () => {
    expect(
      indicatorSchema.safeParse({ code: '1.2', name: { vi: 'Họp' }, formula: 'SoCuocHop', parent: '1' })
        .success,
    ).toBe(true)
  })

  it('requires the parent of a component to be written out, null for the root', () => {
    expect(componentSchema.safeParse({ code: 'ICT', name: { vi: 'Chỉ số' } }).success).toBe(false)
  })

  it('refuses an unknown key inside a nested points rule', () => {
    const rule = {
      kind: 'sum-of-parts',
      parts: [
        {
          code: 'a',
          formula: 'X',
          maxPoints: 5,
          rule: { kind: 'yes-no', yesPoints: 5, noPoints: 0, bonus: 1 },
        },
      ],
    }

    expect(pointsRuleSchema.safeParse(rule).error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', path: ['parts', 0, 'rule'] }),
    ])
  })

  it('reports an unknown question type at the type', () => {
    const framework = JSON.parse(JSON.stringify(aFramework())) as { questions: Record<string, unknown>[] }
    framework.questions[0] = { ...framework.questions[0], type: 'number' }

    expect(issuesOf(framework)).toEqual([
      expect.objectContaining({ code: 'schema-invalid', path: 'questions[0].type' }),
    ])
  })

  it('defaults the method to min-max on 0–1 without imputation', () => {
    expect(methodDefaultsSchema.parse({})).toEqual({
      normalisation: { method: 'min-max', lower: 0, upper: 1 },
      imputation: { method: 'none' },
    })
  })

  it('lower-cases accepted evidence extensions and refuses dotted ones', () => {
    const question = { code: 'KC', section: 'S', text: { vi: 'Tài liệu' }, type: 'evidence' }

    expect(questionSchema.parse({ ...question, accept: ['PDF'] })).toMatchObject({ accept: ['pdf'] })
    expect(questionSchema.safeParse({ ...question, accept: ['.pdf'] }).success).toBe(false)
  })

  it('refuses a band share outside 0–1', () => {
    const input = { ...aFramework(), bands: [{ code: 'tot', label: { vi: 'Tốt' }, minShare: 80 }] }

    expect(issuesOf(input)).toEqual([expect.objectContaining({ path: 'bands[0].minShare' })])
  })

  it('refuses a later format version', () => {
    expect(issuesOf({ ...aFramework(), formatVersion: 2 })).toEqual([
      expect.objectContaining({ path: 'formatVersion' }),
    ])
  })

  it('refuses an empty Vietnamese text once trimmed', () => {
    expect(frameworkSchema.safeParse({ ...aFramework(), name: { vi: '   ' } }).success).toBe(false)
  })
})
