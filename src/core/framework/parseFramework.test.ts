import { describe, expect, it } from 'vitest'
import { frameworkLimits } from './frameworkLimits'
import { parseFramework } from './parseFramework'
import { aFramework } from './testing/aFramework'

/** The builder's framework as a hand-written JSON file would hold it. */
const asJson = (value: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(value)) as Record<string, unknown>

const issuesOf = (input: unknown) => {
  const result = parseFramework(input)
  return result.ok ? [] : result.error
}

describe('parseFramework', () => {
  it('fills in defaults left out of a hand-written file', () => {
    const { decimals: _decimals, method: _method, ...withoutDefaults } = asJson(aFramework())

    expect(parseFramework(withoutDefaults)).toEqual({ ok: true, value: aFramework() })
  })

  it('trims texts and normalises them to NFC', () => {
    const input = { ...asJson(aFramework()), name: { vi: '  Ha\u0300 Ti\u0303nh ' } }

    const result = parseFramework(input)

    expect(result.ok && result.value.name).toEqual({ vi: 'H\u00e0 T\u0129nh' })
  })

  it('takes a plain-string unit of measure as Vietnamese', () => {
    const framework = asJson(aFramework())
    const [first, ...rest] = framework['questions'] as Record<string, unknown>[]

    const result = parseFramework({ ...framework, questions: [{ ...first, unit: 'người' }, ...rest] })

    expect(result.ok && result.value.questions[0]).toMatchObject({ unit: { vi: 'người' } })
  })

  it('reports an unknown key with its path', () => {
    const input = { ...asJson(aFramework()), yaer: 2025 }

    expect(issuesOf(input)).toEqual([{ code: 'schema-invalid', path: 'yaer', message: 'Unknown key' }])
  })

  it('reports a key that belongs to another question type', () => {
    const framework = asJson(aFramework())
    const questions = framework['questions'] as Record<string, unknown>[]
    const textQuestion = questions.findIndex((question) => question['type'] === 'text')
    questions[textQuestion] = { ...questions[textQuestion], min: 0 }

    expect(issuesOf(framework)).toEqual([
      { code: 'schema-invalid', path: `questions[${textQuestion}].min`, message: 'Unknown key' },
    ])
  })

  it('refuses a __proto__ key without polluting any prototype', () => {
    const input: unknown = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(aFramework()).slice(1)}`,
    )

    const issues = issuesOf(input)

    expect(issues).toEqual([{ code: 'schema-invalid', path: '__proto__', message: 'Unknown key' }])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('returns every shape problem at once', () => {
    const input = { ...asJson(aFramework()), year: 1999, family: 'ranking', decimals: 2.5 }

    expect(issuesOf(input).map((issue) => issue.path)).toEqual(['year', 'family', 'decimals'])
  })

  it('reports wrong value types with zod’s message', () => {
    const input = { ...asJson(aFramework()), year: '2025' }

    expect(issuesOf(input)).toEqual([
      { code: 'schema-invalid', path: 'year', message: 'Invalid input: expected number, received string' },
    ])
  })

  it('refuses codes that are not identifiers', () => {
    const framework = asJson(aFramework())
    const [first, ...rest] = framework['questions'] as Record<string, unknown>[]

    expect(issuesOf({ ...framework, questions: [{ ...first, code: '1 máy' }, ...rest] })).toEqual([
      {
        code: 'schema-invalid',
        path: 'questions[0].code',
        message: 'Expected an identifier: a letter or _, then letters, digits or _',
      },
    ])
  })

  it.each([null, undefined, 42, 'framework', [], true])('refuses %j as a framework', (input) => {
    expect(issuesOf(input)).toEqual([expect.objectContaining({ code: 'schema-invalid', path: '' })])
  })

  it('refuses a text over the length limit', () => {
    const input = { ...asJson(aFramework()), description: { vi: 'a'.repeat(frameworkLimits.textLength + 1) } }

    expect(issuesOf(input)).toEqual([
      expect.objectContaining({ code: 'schema-invalid', path: 'description.vi' }),
    ])
  })

  it('refuses a huge string before checking anything else', () => {
    const input = { ...asJson(aFramework()), name: { vi: 'a'.repeat(5_000_000) }, typo: 1 }

    expect(issuesOf(input)).toEqual([
      {
        code: 'schema-invalid',
        path: 'name.vi',
        message: `Text longer than ${frameworkLimits.rawStringLength} characters`,
      },
    ])
  })

  it('refuses a cyclic object', () => {
    const input = asJson(aFramework())
    const sections = input['sections'] as Record<string, unknown>[]
    sections.push(input)

    expect(issuesOf(input)).toEqual([
      { code: 'schema-invalid', path: 'sections[3]', message: 'Cyclic reference' },
    ])
  })

  it('refuses nesting deeper than the limit', () => {
    let deep: unknown = 1
    for (let level = 0; level < 10_000; level += 1) deep = [deep]

    expect(issuesOf({ ...asJson(aFramework()), description: deep })).toEqual([
      expect.objectContaining({
        code: 'schema-invalid',
        message: `Nested deeper than ${frameworkLimits.depth} levels`,
      }),
    ])
  })

  it('refuses more questions than the limit', () => {
    const framework = asJson(aFramework())
    const [first] = framework['questions'] as unknown[]

    const issues = issuesOf({
      ...framework,
      questions: Array.from({ length: frameworkLimits.questions + 1 }, () => first),
    })

    expect(issues).toEqual([expect.objectContaining({ code: 'schema-invalid', path: 'questions' })])
  })

  it('reports a value that throws when read instead of throwing', () => {
    const input = Object.defineProperty({ ...asJson(aFramework()) }, 'name', {
      enumerable: true,
      get: () => {
        throw new Error('boom')
      },
    })

    expect(issuesOf(input)).toEqual([
      { code: 'schema-invalid', path: '', message: 'The value could not be read' },
    ])
  })

  it('refuses NaN and infinite numbers', () => {
    expect(issuesOf({ ...asJson(aFramework()), decimals: Number.POSITIVE_INFINITY })).toEqual([
      expect.objectContaining({ code: 'schema-invalid', path: 'decimals' }),
    ])
  })
})
