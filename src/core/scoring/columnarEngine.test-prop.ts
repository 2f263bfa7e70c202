// The columnar engine (decision 0016) against the unit-by-unit engine it replaced
// (testing/rowwiseAssessment.ts), on random frameworks, tables and methods: the results must be
// identical — every number (to the sign of zero), every missing value, every warning in order.
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { loadBuiltInFramework } from '@core/builtins/builtInFrameworks'
import { aComponent, aFramework, anIndicator, aQuestion } from '@core/framework/testing/aFramework'
import type { Indicator } from '@core/framework/framework'
import { loadFramework } from '@core/framework/loadFramework'
import type { Aggregation, Imputation, Normalisation } from '@core/framework/method'
import { generateSample } from '@core/sample/generateSample'
import { computeAssessment } from './computeAssessment'
import type { ScoringOptions, UnitAnswers } from './scoringOptions'
import { rowwiseAssessment } from './testing/rowwiseAssessment'

/** Formulas compiled over columns and formulas evaluated unit by unit (relevance, yes-no, functions). */
const templates: readonly Pick<Indicator, 'formula' | 'denominator'>[] = [
  { formula: 'A' },
  { formula: 'B' },
  { formula: 'C' },
  { formula: 'A / B' },
  { formula: 'A * 2 - C' },
  { formula: '-A + 3' },
  { formula: '+B' },
  { formula: 'A / 0' },
  { formula: 'A - A' },
  { formula: '0.5' },
  { formula: 'C', denominator: 'B' },
  { formula: 'A + B', denominator: 'SoCBCC' },
  { formula: 'MayTinh', denominator: 'SoCBCC' },
  { formula: 'MayTinhInternet / MayTinh' },
  { formula: 'if(CoPhongCNTT, SoCBCNTT / SoCBCC, 0)' },
  { formula: 'SoCBCNTT' },
  { formula: 'A + CoPhongCNTT' },
  { formula: 'CoPhongCNTT' },
  { formula: 'max(A, C)' },
  { formula: 'A > B' },
]

const normalisations: readonly Normalisation[] = [
  { method: 'min-max', lower: 0, upper: 1 },
  { method: 'min-max', lower: 1, upper: 100 },
  { method: 'z-score', mean: 10, sd: 2 },
  { method: 'ratio-to-max' },
  { method: 'distance-to-max' },
  { method: 'rank' },
  { method: 'percentile-rank' },
  { method: 'goalposts', lower: 0, upper: 500, scale: 100 },
  { method: 'none' },
]
/** What-if overrides are not validated: a degenerate one must be handled the same way too. */
const overrideNormalisations: readonly Normalisation[] = [
  ...normalisations,
  { method: 'goalposts', lower: 3, upper: 3, scale: 1 },
]
const imputations: readonly Imputation[] = [
  { method: 'none' },
  { method: 'zero' },
  { method: 'mean' },
  { method: 'median' },
  { method: 'group-mean', attribute: 'group' },
  { method: 'group-mean', attribute: 'district' },
  { method: 'previous-year' },
]
const aggregationsDrawn: readonly Aggregation[] = ['arithmetic', 'geometric', 'harmonic']

const indicatorArbitrary = fc.record({
  template: fc.nat({ max: templates.length - 1 }),
  weight: fc.constantFrom(0.5, 1, 2, 3),
  direction: fc.constantFrom<1 | -1>(1, -1),
  normalisation: fc.option(fc.constantFrom(...normalisations), { nil: undefined }),
  imputation: fc.option(fc.constantFrom(...imputations), { nil: undefined }),
})

const frameworkArbitrary = fc
  .record({
    pillars: fc.integer({ min: 1, max: 3 }),
    nested: fc.boolean(),
    indicators: fc.array(indicatorArbitrary, { minLength: 4, maxLength: 8 }),
    normalisation: fc.constantFrom(...normalisations),
    imputation: fc.constantFrom(...imputations),
    aggregation: fc.constantFrom(...aggregationsDrawn),
  })
  .map(({ pillars, nested, indicators, normalisation, imputation, aggregation }) => {
    const parents = Array.from({ length: pillars }, (_, index) => `P${index}`)
    if (nested) parents.push('N')
    const loaded = loadFramework(
      aFramework({
        questions: [
          ...(aFramework().questions ?? []),
          ...['A', 'B', 'C'].map((code) => aQuestion({ code, section: 'HTKT', type: 'decimal' })),
        ],
        components: [
          aComponent({ code: 'ICT', parent: null }),
          ...Array.from({ length: pillars }, (_, index) =>
            aComponent({ code: `P${index}`, parent: 'ICT', weight: index + 1 }),
          ),
          ...(nested ? [aComponent({ code: 'N', parent: 'P0', weight: 2 })] : []),
        ],
        indicators: indicators.map((entry, index) =>
          anIndicator({
            code: `I${index}`,
            ...(templates[entry.template] as Pick<Indicator, 'formula'>),
            parent: parents[index % parents.length] as string,
            weight: entry.weight,
            direction: entry.direction,
            ...(entry.normalisation ? { normalisation: entry.normalisation } : {}),
            ...(entry.imputation ? { imputation: entry.imputation } : {}),
          }),
        ),
        method: { normalisation, imputation, aggregation },
      }),
    )
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error).slice(0, 400))
    return loaded.value
  })

const number = fc.option(
  fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(0, -0, 1, 5, 1e-300, 1e300)),
  { nil: null, freq: 4 },
)
const unitsArbitrary = fc
  .array(
    fc.record({
      A: number,
      B: number,
      C: number,
      SoCBCC: number,
      MayTinh: number,
      MayTinhInternet: number,
      SoCBCNTT: number,
      CoPhongCNTT: fc.option(fc.boolean(), { nil: null }),
      district: fc.option(fc.constantFrom('Hải Châu', 'Sơn Trà'), { nil: undefined }),
      previous: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((rows) =>
    rows.map(({ district, previous, ...answers }, index) => ({
      unit: {
        code: `U${index}`,
        name: `U${index}`,
        group: index % 3 === 0 ? 'so' : 'huyen',
        ...(district === undefined ? {} : { attributes: { district } }),
        answers,
      } satisfies UnitAnswers,
      previous,
    })),
  )

const optionsArbitrary = fc.record({
  normalisation: fc.option(fc.constantFrom(...overrideNormalisations), { nil: undefined }),
  aggregation: fc.option(fc.constantFrom(...aggregationsDrawn), { nil: undefined }),
  imputation: fc.option(fc.constantFrom(...imputations), { nil: undefined }),
  weights: fc.option(
    fc.dictionary(fc.constantFrom('I0', 'I1', 'I2', 'P0', 'P1'), fc.double({ min: -1, max: 5 })),
    {
      nil: undefined,
    },
  ),
})

describe('the columnar engine', () => {
  test.prop([frameworkArbitrary, unitsArbitrary, optionsArbitrary], { numRuns: 300 })(
    'gives exactly what the unit-by-unit engine gave, warnings included',
    (framework, rows, overrides) => {
      const units = rows.map((row) => row.unit)
      const options: ScoringOptions = {
        overrides: Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)),
        previousValues: new Map(
          rows.map((row) => [
            row.unit.code,
            Object.fromEntries(
              framework.indicators.map((indicator) => [indicator.code, row.previous ?? null]),
            ),
          ]),
        ),
      }

      expect(computeAssessment(framework, units, options)).toEqual(
        rowwiseAssessment(framework, units, options),
      )
    },
  )

  it('gives exactly what the unit-by-unit engine gave on the built-in frameworks, points family included', () => {
    for (const id of ['dept-ict-readiness', 'vn-ict-index-province', 'dti-points']) {
      const framework = loadBuiltInFramework(id)
      if (!framework.ok) throw new Error(id)
      const sample = generateSample({ framework: framework.value, year: 2026, seed: 5, extraUnits: 30 })
      if (!sample.ok) throw new Error(id)
      const units = sample.value.submissions.map(({ unit, answers }) => ({
        code: unit.code,
        name: unit.name,
        group: unit.group,
        answers,
      }))
      const appraisedPoints = new Map([
        [units[0]?.code ?? '', { [framework.value.indicators[0]?.code ?? '']: 3 }],
      ])

      expect(computeAssessment(framework.value, units, { appraisedPoints }), id).toEqual(
        rowwiseAssessment(framework.value, units, { appraisedPoints }),
      )
    }
  })
})
