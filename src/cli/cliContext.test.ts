import { describe, expect, it } from 'vitest'
import { createCliContext, type CliIo } from './cliContext'
import en from './messages/en/cli.json'
import vi from './messages/vi/cli.json'

const io: CliIo = { out: () => undefined, error: () => undefined, env: {} }
const english = createCliContext(io, 'en', 'test')
const vietnamese = createCliContext(io, 'vi', 'test')

const placeholders = (text: string | readonly string[]) =>
  [...String(text).matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort()

describe('CLI messages (i18next)', () => {
  it('chooses the English plural form and keeps one Vietnamese form', () => {
    expect(english.say('scored', { count: 1 })).toBe('Scored 1 unit.')
    expect(english.say('scored', { count: 2 })).toBe('Scored 2 units.')
    expect(english.say('importMoreIssues', { count: 1 })).toBe('(and 1 more problem)')
    expect(vietnamese.say('scored', { count: 1 })).toBe('Đã tính 1 đơn vị.')
    expect(vietnamese.say('scored', { count: 2 })).toBe('Đã tính 2 đơn vị.')
  })

  it('groups the digits of numbers with "." in Vietnamese and "," in English', () => {
    expect(vietnamese.say('scored', { count: 1234567 })).toBe('Đã tính 1.234.567 đơn vị.')
    expect(english.say('scored', { count: 1234567 })).toBe('Scored 1,234,567 units.')
    expect(
      vietnamese.say('importSummary', { count: 1200, ok: 1000, duplicate: 0, conflict: 0, rejected: 200 }),
    ).toBe('1.200 tệp: 1.000 OK, 0 DUPLICATE, 0 CONFLICT, 200 REJECTED.')
  })

  it('writes decimals of answer bounds with the language’s separators, every digit kept', () => {
    expect(vietnamese.say('importExpectBetween', { kind: 'số', min: 0.125, max: 1500 })).toBe(
      'số từ 0,125 đến 1.500',
    )
    expect(english.say('importExpectBetween', { kind: 'a number', min: 0.125, max: 1500 })).toBe(
      'a number from 0.125 to 1,500',
    )
  })

  it('leaves years, seeds and versions as written', () => {
    expect(
      vietnamese.say('sampleGenerated', {
        framework: 'x',
        year: 2025,
        seed: 20250101,
        units: '',
        anomalies: '',
      }),
    ).toContain('năm 2025 (hạt giống 20250101)')
  })

  it('composes a message with several counts from one plural message each', () => {
    const valid = (context: typeof english, questions: number) =>
      context.say('frameworkValid', {
        id: 'f',
        version: '1',
        questions: context.say('countQuestions', { count: questions }),
        indicators: context.say('countIndicators', { count: 1 }),
        components: context.say('countComponents', { count: 2 }),
      })

    expect(valid(english, 1)).toBe('f 1: valid (1 question, 1 indicator, 2 components).')
    expect(valid(vietnamese, 1500)).toBe('f 1: hợp lệ (1.500 câu hỏi, 1 chỉ tiêu, 2 chỉ số thành phần).')
  })

  it('keeps values as the CLI showed them: lists joined with →, a missing value visible', () => {
    expect(english.say('workbookProblem', { file: ['a', 'b'] })).toBe('a → b: {{problem}}')
  })

  it('translates the shared issue texts, with the sheet and cell in front when the text has no cell', () => {
    const duplicate = { code: 'idata-duplicate-unit', row: 12, unit: 'SYN-0001' }
    const issue = { code: 'idata-missing-column', column: 'uCode', sheet: 'iData', cell: 'A1' }

    expect(english.describeIssue({ code: 'no-such-code' })).toBe('no-such-code')
    expect(english.describeIssue(issue)).toBe('Sheet “iData”, cell A1: The data table has no “uCode” column.')
    expect(vietnamese.describeIssue(duplicate)).toMatch(/12.*SYN-0001/)
  })

  it('has the same messages and placeholders in both languages, English with both plural forms', () => {
    const base = (key: string) => key.replace(/_(one|other)$/, '')
    const viKeys = Object.keys(vi)
    const enKeys = Object.keys(en)

    expect(viKeys.filter((key) => key.endsWith('_one'))).toEqual([])
    expect(enKeys.filter((key) => !key.endsWith('_one'))).toEqual(viKeys)
    for (const key of enKeys.filter((name) => name.endsWith('_other')))
      expect(enKeys, key).toContain(`${base(key)}_one`)
    for (const key of viKeys)
      expect(placeholders(vi[key as keyof typeof vi]), key).toEqual(placeholders(en[key as keyof typeof en]))
  })
})
