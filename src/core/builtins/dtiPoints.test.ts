import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectReferences } from '@core/formula/collectReferences'
import { parseFormula } from '@core/formula/parseFormula'
import type { Indicator, PointsRule } from '@core/framework/framework'
import { frameworkWarnings } from '@core/framework/frameworkWarnings'
import { componentChildren, rootComponent } from '@core/framework/frameworkSummary'
import { pointsRuleKinds } from '@core/framework/pointsRule'
import { loadedBuiltIn } from './testing/loadedBuiltIn'
import { parseCsv } from './testing/parseCsv'

// A copy of the real questionnaire, with its provenance: tests/fixtures/questionnaires/README.md
const csvPath = resolve(__dirname, '../../../tests/fixtures/questionnaires/dti-district-sample-criteria.csv')
const samples = parseCsv(readFileSync(csvPath, 'utf8'), [
  'set_id',
  'code',
  'name_vi',
  'max_points',
  'scoring_rule',
  'evidence',
])
const framework = loadedBuiltIn('dti-points')
const children = componentChildren(framework)
const maxPointsOf = (code: string) =>
  framework.components.find((component) => component.code === code)?.maxPoints ??
  framework.indicators.find((indicator) => indicator.code === code)?.maxPoints
const indicator = (code: string): Indicator => {
  const found = framework.indicators.find((candidate) => candidate.code === code)
  if (found === undefined) throw new Error(`no indicator ${code}`)
  return found
}
const sample = (set: string, code: string) => {
  const found = samples.find((row) => row.set_id.startsWith(set) && row.code === code)
  if (found === undefined) throw new Error(`no sample ${set} ${code}`)
  return found
}

/** Criteria taken from the sample sets: this framework's code → the set and the code there. */
const fromSamples: readonly (readonly [string, string, string])[] = [
  ['1.1', 'tvpl-bulletin', '1.1'],
  ['1.2', 'tvpl-bulletin', '1.2'],
  ['1.3', 'tvpl-bulletin', '1.3'],
  ['1.4', 'tvpl-bulletin', '1.4'],
  ['1.5', 'dongthap', '1.1'],
  ['1.6', 'dongthap', '1.2'],
]

function formulaQuestions(source: string): string[] {
  const parsed = parseFormula(source)
  if (!parsed.ok) return []
  const references = collectReferences(parsed.value)
  return [...references.questions, ...references.tables]
}

function ruleFormulas(rule: PointsRule): string[] {
  if (rule.kind === 'sum-of-parts')
    return rule.parts.flatMap((part) => [part.formula, ...ruleFormulas(part.rule)])
  if (rule.kind === 'best-of')
    return rule.alternatives.flatMap((alternative) => [
      alternative.formula,
      ...ruleFormulas(alternative.rule),
    ])
  if (rule.kind === 'presence-bonus') return [rule.bonusFormula]
  return []
}

describe('dti-points, a DTI-style points framework for districts and departments (methodology §2)', () => {
  it('is a points framework for districts that notes departments use the same scheme', () => {
    expect([framework.family, framework.unitGroup]).toEqual(['points', 'quan-huyen'])
    expect(framework.description?.vi).toContain('sở, ban, ngành')
    expect(framework.description?.en).toContain('Departments use the same scheme')
  })

  it('has a root of 1,000 points whose main indices add up to 1,000', () => {
    const root = rootComponent(framework)
    const mainIndices = (children.get(root?.code ?? '') ?? []).map((child) =>
      child.kind === 'component' ? (child.component.maxPoints ?? 0) : Number.NaN,
    )

    expect(root?.maxPoints).toBe(1000)
    expect(mainIndices.reduce((total, points) => total + points, 0)).toBe(1000)
  })

  it('gives every component children whose maxima add up to its own', () => {
    const mismatched = framework.components.filter((component) => {
      const total = (children.get(component.code) ?? []).reduce(
        (sum, child) =>
          sum +
          ((child.kind === 'component' ? child.component.maxPoints : child.indicator.maxPoints) ??
            Number.NaN),
        0,
      )
      return total !== component.maxPoints
    })

    expect(mismatched.map((component) => component.code)).toEqual([])
    expect(frameworkWarnings(framework)).toEqual([])
  })

  it('never gives an indicator more points than its parent', () => {
    const over = framework.indicators.filter(
      (item) => (item.maxPoints ?? Number.NaN) > (maxPointsOf(item.parent) ?? Number.NaN),
    )

    expect(over.map((item) => item.code)).toEqual([])
  })

  it('has at least 30 criteria', () => {
    expect(framework.indicators.length).toBeGreaterThanOrEqual(30)
  })

  it('uses every kind of points rule among its criteria', () => {
    const used = new Set(framework.indicators.map((item) => item.rule?.kind))

    expect([...pointsRuleKinds].filter((kind) => !used.has(kind))).toEqual([])
  })

  it('uses choice rules in both modes, points and fraction of the maximum', () => {
    const modes = new Set(
      framework.indicators.flatMap((item) => (item.rule?.kind === 'choice' ? [item.rule.mode] : [])),
    )

    expect([...modes].sort()).toEqual(['fraction', 'points'])
  })

  it('caps every per-item rule at the criterion maximum, reachable with whole items', () => {
    const perItem = framework.indicators.filter((item) => item.rule?.kind === 'per-item')

    expect(perItem.length).toBeGreaterThan(0)
    for (const item of perItem) {
      const pointsPerItem = item.rule?.kind === 'per-item' ? item.rule.pointsPerItem : Number.NaN
      expect(Number.isInteger((item.maxPoints ?? Number.NaN) / pointsPerItem), item.code).toBe(true)
    }
  })

  it('keeps a separate penalty block that deducts points and gives none', () => {
    const block = framework.components.find((component) => component.name.vi === 'Điểm trừ')
    const penalties = framework.indicators.filter((item) => item.parent === block?.code)

    expect(block?.maxPoints).toBe(0)
    expect(penalties.length).toBeGreaterThan(0)
    expect(penalties.every((item) => item.rule?.kind === 'penalty' && item.maxPoints === 0)).toBe(true)
  })

  it('classes the total as Tốt ≥ 80%, Khá ≥ 65%, Trung bình ≥ 50%, Yếu below', () => {
    expect(framework.bands?.map((band) => [band.label.vi, band.minShare])).toEqual([
      ['Tốt', 0.8],
      ['Khá', 0.65],
      ['Trung bình', 0.5],
      ['Yếu', 0],
    ])
  })

  it.each(fromSamples)(
    'takes criterion %s from sample set %s item %s: name verbatim, maximum and evidence where published',
    (code, set, sampleCode) => {
      const row = sample(set, sampleCode)
      const criterion = indicator(code)

      expect(criterion.name.vi).toBe(row.name_vi)
      if (row.max_points !== '') expect(criterion.maxPoints).toBe(Number(row.max_points))
      if (row.evidence !== '') expect(criterion.evidence?.vi).toBe(row.evidence)
    },
  )

  it('scores 1.1 by steps on meetings (4: 20, 3: 15, 2: 10, 1: 5) as the sample says', () => {
    expect(indicator('1.1').rule).toEqual({
      kind: 'steps',
      steps: [
        { atLeast: 4, points: 20 },
        { atLeast: 3, points: 15 },
        { atLeast: 2, points: 10 },
        { atLeast: 1, points: 5 },
      ],
    })
  })

  it('scores 1.2 as a / b × max with a = meetings chaired and b = all meetings', () => {
    const criterion = indicator('1.2')

    expect(criterion.rule).toEqual({ kind: 'ratio-times-max' })
    expect(criterion.formula).toBe('SoCuocHopChuTri / TongSoCuocHopCDS')
  })

  it('asks a question for every code the criteria and their rules read', () => {
    const codes = new Set(framework.questions.map((question) => question.code))
    const used = framework.indicators
      .flatMap((item) => [item.formula, ...(item.rule ? ruleFormulas(item.rule) : [])])
      .flatMap(formulaQuestions)

    expect(used.filter((code) => !codes.has(code))).toEqual([])
    expect(
      framework.questions
        .filter((question) => !used.includes(question.code))
        .map((question) => question.code),
    ).toEqual([])
  })

  it('names the evidence for every criterion except where the sample gives none', () => {
    const withoutEvidence = framework.indicators
      .filter((item) => item.evidence === undefined)
      .map((item) => item.code)

    expect(withoutEvidence).toEqual(['1.2'])
  })
})
