import { fc } from '@fast-check/vitest'
import type {
  Component,
  Framework,
  Indicator,
  LocalizedText,
  Normalisation,
  PointsRule,
  Question,
} from '@core/framework/framework'

const normalised = (text: string): string => text.trim().normalize('NFC')
const textArbitrary = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    fc.constantFrom('Hạ tầng kỹ thuật', 'Số máy tính', 'Tỷ lệ'),
  )
  .map(normalised)
  .filter((text) => text.length > 0)
const localizedTextArbitrary: fc.Arbitrary<LocalizedText> = fc.record(
  { vi: textArbitrary, en: textArbitrary },
  { requiredKeys: ['vi'] },
)
/** Finite doubles without −0, which JSON cannot carry (it comes back as 0). */
const double = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true }).map((value) => value + 0)
const weightArbitrary = double(0.01, 100)
const boundsArbitrary = fc
  .tuple(double(-1000, 1000), double(0.001, 1000))
  .map(([lower, width]) => ({ lower, upper: lower + width }))
  .filter(({ lower, upper }) => lower < upper)
const normalisationArbitrary: fc.Arbitrary<Normalisation> = fc.oneof(
  boundsArbitrary.map((bounds) => ({ method: 'min-max' as const, ...bounds })),
  fc.constantFrom<Normalisation>(
    { method: 'ratio-to-max' },
    { method: 'rank' },
    { method: 'percentile-rank' },
    { method: 'none' },
  ),
  fc.record({ method: fc.constant('z-score' as const), mean: double(-10, 10), sd: weightArbitrary }),
)

/**
 * Valid frameworks of both families, built to pass `validateFramework`: numeric and yes-no
 * questions over a few sections, a root with 1–4 child components, each with 1–3 indicators whose
 * formulas combine numeric questions; points frameworks use ratio, steps and per-item rules.
 *
 * Why shared: property tests of parsing, storage, the Excel authoring round trip and scoring can
 * all start from the same generator.
 *
 * @example
 *   test.prop([validFrameworkArbitrary])('survives a round trip', (framework) => { … })
 */
export const validFrameworkArbitrary: fc.Arbitrary<Framework> = fc
  .record({
    family: fc.constantFrom('relative' as const, 'points' as const),
    sectionCount: fc.integer({ min: 1, max: 3 }),
    questionCount: fc.integer({ min: 1, max: 6 }),
    indicatorCounts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
    texts: fc.array(localizedTextArbitrary, { minLength: 40, maxLength: 40 }),
    weights: fc.array(weightArbitrary, { minLength: 20, maxLength: 20 }),
    picks: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    normalisation: normalisationArbitrary,
    year: fc.integer({ min: 2000, max: 2100 }),
    decimals: fc.integer({ min: 0, max: 10 }),
  })
  .map((seed): Framework => {
    const text = (index: number): LocalizedText => seed.texts[index % seed.texts.length] ?? { vi: 'x' }
    const pick = (index: number, count: number): number =>
      (seed.picks[index % seed.picks.length] ?? 0) % count
    const weight = (index: number): number => seed.weights[index % seed.weights.length] ?? 1
    const sections = Array.from({ length: seed.sectionCount }, (_, index) => ({
      code: `S${index}`,
      title: text(index),
    }))
    const questions: Question[] = Array.from({ length: seed.questionCount }, (_, index) => ({
      code: `Q${index}`,
      section: `S${pick(index, seed.sectionCount)}`,
      text: text(index + 3),
      required: pick(index + 1, 2) === 0,
      type: (['integer', 'decimal', 'percent'] as const)[pick(index + 2, 3)] ?? 'integer',
    }))
    const points = seed.family === 'points'
    const components: Component[] = [
      { code: 'ROOT', name: text(10), parent: null, weight: 1 },
      ...seed.indicatorCounts.map((_, index) => ({
        code: `C${index}`,
        name: text(11 + index),
        parent: 'ROOT',
        weight: weight(index),
      })),
    ]
    const indicators: Indicator[] = seed.indicatorCounts.flatMap((count, componentIndex) =>
      Array.from({ length: count }, (_, index) => {
        const at = componentIndex * 3 + index
        const formula = `Q${pick(at, seed.questionCount)} + Q${pick(at + 7, seed.questionCount)} / 2`
        const base = {
          code: `I${componentIndex}_${index}`,
          name: text(20 + at),
          formula,
          direction: 1 as const,
          weight: weight(at + 5),
        }
        const pointsFields = points ? { maxPoints: 10, rule: ruleFor(pick(at + 3, 3)) } : {}
        return { ...base, parent: `C${componentIndex}`, placeholder: pick(at + 4, 5) === 0, ...pointsFields }
      }),
    )
    return {
      formatVersion: 1,
      id: 'generated-framework',
      version: '2025.1',
      year: seed.year,
      unitGroup: 'so-ban-nganh',
      name: text(0),
      origin: text(1),
      family: seed.family,
      decimals: seed.decimals,
      sections,
      questions,
      indicators,
      components,
      method: { normalisation: seed.normalisation, imputation: { method: 'none' } },
    }
  })

function ruleFor(choice: number): PointsRule {
  if (choice === 0) return { kind: 'ratio-times-max' }
  if (choice === 1) return { kind: 'per-item', pointsPerItem: 2 }
  return {
    kind: 'steps',
    steps: [
      { atLeast: 3, points: 10 },
      { atLeast: 1, points: 4 },
    ],
  }
}
