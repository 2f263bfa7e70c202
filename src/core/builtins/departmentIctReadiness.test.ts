import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateFormula, type FormulaValue } from '@core/formula/evaluateFormula'
import { parseFormula } from '@core/formula/parseFormula'
import type { Question } from '@core/framework/framework'
import { componentPath, rootComponent } from '@core/framework/frameworkSummary'
import { loadedBuiltIn } from './testing/loadedBuiltIn'
import { parseCsv } from './testing/parseCsv'

// A copy of the real questionnaire, with its provenance: tests/fixtures/questionnaires/README.md
const csvPath = resolve(
  __dirname,
  '../../../tests/fixtures/questionnaires/hatinh-department-ict-survey-fields.csv',
)
const rows = parseCsv(readFileSync(csvPath, 'utf8'), [
  'module',
  'section',
  'field',
  'label_vi',
  'data_type',
  'unit',
  'answer_options',
])
const mainRows = rows.filter((row) => row.module !== 'UngDungCNTT_PMQLCN')
const subTableRows = rows.filter((row) => row.module === 'UngDungCNTT_PMQLCN')
const firstRowOf = (field: string) => mainRows.find((row) => row.field === field)
const framework = loadedBuiltIn('dept-ict-readiness')
const question = (code: string): Question => {
  const found = framework.questions.find((candidate) => candidate.code === code)
  if (found === undefined) throw new Error(`no question ${code}`)
  return found
}
const sectionOfModule: Record<string, string> = {
  Dm_DonVi: 'DonVi',
  HaTangKyThuatCNTT: 'HTKT',
  HaTangNhanLucCNTT: 'HTNL',
  UngDungCNTT: 'UD',
  CongThongTinDienTu: 'CTTDT',
}

function evaluate(source: string, answers: Record<string, number | boolean | string>): FormulaValue {
  const parsed = parseFormula(source)
  if (!parsed.ok) throw new Error(`${source}: ${JSON.stringify(parsed.error)}`)
  return evaluateFormula(parsed.value, { value: (code) => answers[code], rows: () => undefined })
}

describe('dept-ict-readiness built on the Hà Tĩnh department survey', () => {
  it('reads the source questionnaire (161 fields)', () => {
    expect(rows).toHaveLength(161)
  })

  it('asks at least 80 of its questions', () => {
    expect(framework.questions.length).toBeGreaterThanOrEqual(80)
  })

  it('keeps the CSV field names as question codes', () => {
    const fields = new Set(mainRows.map((row) => row.field))

    expect(framework.questions.map((item) => item.code).filter((code) => !fields.has(code))).toEqual([])
  })

  it('covers the five modules: unit profile, infrastructure, human resources, applications, portal', () => {
    const sections = new Set(framework.questions.map((item) => item.section))

    expect([...sections].sort()).toEqual(['CTTDT', 'DonVi', 'HTKT', 'HTNL', 'UD'])
  })

  it('puts each question in the section of its source module', () => {
    const misplaced = framework.questions.filter(
      (item) => sectionOfModule[firstRowOf(item.code)?.module ?? ''] !== item.section,
    )

    expect(misplaced.map((item) => item.code)).toEqual([])
  })

  it('keeps the Vietnamese labels verbatim', () => {
    const changed = framework.questions
      .filter((item) => item.type !== 'table')
      .filter((item) => item.text.vi !== firstRowOf(item.code)?.label_vi)
      .map((item) => ({ code: item.code, text: item.text.vi, source: firstRowOf(item.code)?.label_vi }))

    expect(changed).toEqual([])
  })

  it('gives every question an English text', () => {
    expect(framework.questions.filter((item) => !item.text.en).map((item) => item.code)).toEqual([])
  })

  it('asks the specialised-software sub-table as a table with its typed columns, labels verbatim', () => {
    const table = question('ListPMQLCN')
    if (table.type !== 'table') throw new Error('ListPMQLCN is not a table')

    expect(table.columns.map((column) => [column.code, column.text.vi, column.type])).toEqual(
      subTableRows.map((row) => [row.field, row.label_vi, row.data_type === 'string' ? 'text' : 'integer']),
    )
  })

  it('maps integer fields to non-negative integers and decimals to decimals', () => {
    const mismatched = framework.questions.filter((item) => {
      const dataType = firstRowOf(item.code)?.data_type ?? ''
      if (dataType === 'int' || dataType === 'Nullable<int>')
        return !(item.type === 'integer' && item.min === 0)
      if (dataType === 'decimal') return !(item.type === 'decimal' && item.min === 0)
      if (dataType === 'string') return item.type !== 'text'
      return false
    })

    expect(mismatched.map((item) => item.code)).toEqual([])
  })

  it('maps radio fields to yes-no or to a single choice with the source options verbatim', () => {
    const mismatched = framework.questions.filter((item) => {
      const row = firstRowOf(item.code)
      if (row === undefined || !row.data_type.includes('byte')) return false
      if (item.type === 'yes-no')
        return !(row.answer_options === '' || /^1=(Có|Cho phép)/.test(row.answer_options))
      if (item.type !== 'single-choice') return true
      const options = item.choices.map((choice) => `${choice.value}=${choice.label.vi}`).join('; ')
      return options !== row.answer_options
    })

    expect(mismatched.map((item) => item.code)).toEqual([])
  })

  it('keeps the units of measure of the source', () => {
    const withUnit = mainRows.filter((row) => row.unit !== '')
    const units = withUnit.map((row) => {
      const item = question(row.field)
      return 'unit' in item ? item.unit?.vi : undefined
    })

    expect(units).toEqual(withUnit.map((row) => row.unit))
  })

  it('checks that Internet-connected computers do not exceed the computers', () => {
    const [check] = question('MayNoiMangInternet').checks ?? []

    expect(evaluate(check?.formula ?? '', { MayNoiMangInternet: 12, MayBan: 10, LapTop: 2 })).toBe(true)
    expect(evaluate(check?.formula ?? '', { MayNoiMangInternet: 13, MayBan: 10, LapTop: 2 })).toBe(false)
  })

  it('checks that proficient staff and IT staff do not exceed the staff', () => {
    const formulas = [
      ...(question('ThanhThaoMayTinh_DV').checks ?? []),
      ...(question('SoLuongCanBo_DV').checks ?? []),
    ].map((check) => check.formula)

    expect(formulas).toContain('ThanhThaoMayTinh_DV <= SoCBCC')
    expect(formulas).toContain('SoLuongCanBo_DV <= SoCBCC')
  })

  it('writes every check message in Vietnamese and English', () => {
    const checks = framework.questions.flatMap((item) => item.checks ?? [])

    expect(checks.length).toBeGreaterThanOrEqual(20)
    expect(checks.filter((check) => !check.message.en)).toEqual([])
  })

  it('builds the tree ICT → HTKT, HTNL, UD (UD split into internal use and the portal)', () => {
    const root = rootComponent(framework)
    const children = (code: string) =>
      framework.components.filter((component) => component.parent === code).map((component) => component.code)

    expect(root?.code).toBe('ICT')
    expect(children('ICT')).toEqual(['HTKT', 'HTNL', 'UD'])
    expect(children('UD')).toEqual(['UD_NB', 'UD_CTTDT'])
  })

  it('places every indicator under HTKT, HTNL or UD', () => {
    const families = framework.indicators.map((indicator) => componentPath(framework, indicator.code)[1])

    expect(new Set(families)).toEqual(new Set(['HTKT', 'HTNL', 'UD']))
  })

  it('scores with min-max to [0, 1], arithmetic means, no imputation, 4 decimals', () => {
    expect(framework.family).toBe('relative')
    expect(framework.method).toEqual({
      normalisation: { method: 'min-max', lower: 0, upper: 1 },
      aggregation: 'arithmetic',
      imputation: { method: 'none' },
    })
    expect([framework.scale, framework.decimals]).toEqual([1, 4])
  })

  it('divides per-staff indicators by the unit profile staff count', () => {
    const perStaff = framework.indicators
      .filter((indicator) => indicator.denominator === 'SoCBCC')
      .map((indicator) => indicator.code)

    expect(perStaff).toEqual(
      expect.arrayContaining(['HTKT_MayTinh', 'HTKT_BangThong', 'HTNL_ChuyenTrach', 'UD_ThuDienTu']),
    )
  })

  it('measures portal completeness as the share of required items present', () => {
    const indicator = framework.indicators.find((candidate) => candidate.code === 'UD_CTTDT_ThongTin')
    const items = framework.questions.filter(
      (item) => item.section === 'CTTDT' && (indicator?.formula ?? '').includes(item.code),
    )
    const answers = (full: boolean) =>
      Object.fromEntries(items.map((item) => [item.code, item.type === 'yes-no' ? full : full ? '1' : '2']))

    expect(items.length).toBeGreaterThanOrEqual(20)
    expect(evaluate(indicator?.formula ?? '', answers(true))).toBe(1)
    expect(evaluate(indicator?.formula ?? '', answers(false))).toBe(0)
  })

  it('requires every question an indicator reads, so a blank never silently drops an indicator', () => {
    const optional = framework.questions.filter(
      (item) =>
        !item.required &&
        item.type !== 'table' &&
        framework.indicators.some((indicator) => new RegExp(`\\b${item.code}\\b`).test(indicator.formula)),
    )

    expect(optional.map((item) => item.code)).toEqual([])
  })
})
