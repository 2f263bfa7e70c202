// Scoring benchmarks (issue "Scoring engine" §6): full recompute of 1,000 units × 200 indicators
// and 10,000 units × 50 indicators, median of several runs, against a baseline measured in the
// same run (a hand-written loop doing the same arithmetic without formulas, explanations or tree).
import type { Framework } from '@core/framework/framework'
import { loadFramework } from '@core/framework/loadFramework'
import { runUncertainty } from '@core/assessment/runUncertainty'
import { runSensitivity } from '@core/assessment/sensitivity/runSensitivity'
import { answerColumnsOf } from '@core/scoring/answerColumns'
import { computeAssessment, computeAssessmentColumns } from '@core/scoring/computeAssessment'
import { rowwiseAssessment } from '@core/scoring/testing/rowwiseAssessment'
import { mulberry32 } from '@core/seededRandom'
import type { UnitAnswers } from '@core/scoring/scoringOptions'

function syntheticFramework(indicatorCount: number) {
  const groups = Math.ceil(indicatorCount / 10)
  const framework: Framework = {
    formatVersion: 1,
    id: 'bench',
    version: '1',
    year: 2026,
    unitGroup: 'bench',
    name: { vi: 'bench' },
    origin: { vi: 'bench' },
    family: 'relative',
    decimals: 4,
    sections: [{ code: 'S', title: { vi: 'S' } }],
    questions: [
      { code: 'Staff', section: 'S', text: { vi: 'Staff' }, type: 'integer', required: false },
      ...Array.from({ length: indicatorCount }, (_, index) => ({
        code: `Q${index}`,
        section: 'S',
        text: { vi: `Q${index}` },
        type: 'decimal' as const,
        required: false,
      })),
    ],
    components: [
      { code: 'ROOT', name: { vi: 'root' }, parent: null, weight: 1 },
      ...Array.from({ length: groups }, (_, index) => ({
        code: `G${index}`,
        name: { vi: `G${index}` },
        parent: 'ROOT',
        weight: 1 + (index % 3),
      })),
    ],
    indicators: Array.from({ length: indicatorCount }, (_, index) => ({
      code: `I${index}`,
      name: { vi: `I${index}` },
      formula: index % 4 === 0 ? `Q${index} / Staff` : `Q${index}`,
      direction: index % 7 === 0 ? (-1 as const) : (1 as const),
      weight: 1 + (index % 2),
      parent: `G${Math.floor(index / 10)}`,
      placeholder: false,
    })),
    method: {
      normalisation: { method: 'min-max', lower: 0, upper: 1 },
      aggregation: 'arithmetic',
      imputation: { method: 'mean' },
    },
  }
  const loaded = loadFramework(framework)
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error.slice(0, 3)))
  return loaded.value
}

function syntheticUnits(unitCount: number, indicatorCount: number, seed: number): UnitAnswers[] {
  const random = mulberry32(seed)
  return Array.from({ length: unitCount }, (_, unit) => {
    const answers: Record<string, number | null> = { Staff: 20 + Math.floor(random() * 500) }
    for (let index = 0; index < indicatorCount; index += 1)
      answers[`Q${index}`] = random() < 0.05 ? null : random() * 1000
    return { code: `U${unit}`, name: `U${unit}`, group: unit % 2 === 0 ? 'so' : 'huyen', answers }
  })
}

/** The same arithmetic as a flat loop: per column min-max, then two weighted means. */
function baseline(units: readonly UnitAnswers[], indicatorCount: number): number[] {
  const columns = Array.from({ length: indicatorCount }, (_, index) =>
    units.map((unit) => {
      const value = unit.answers[`Q${index}`] as number | null
      const staff = unit.answers['Staff'] as number
      return value === null ? null : index % 4 === 0 ? value / staff : value
    }),
  )
  const normalised = columns.map((column) => {
    const present = column.filter((value): value is number => value !== null)
    const min = Math.min(...present)
    const max = Math.max(...present)
    return column.map((value) => (value === null ? null : (value - min) / (max - min)))
  })
  return units.map((_, unit) => {
    let total = 0
    let weights = 0
    for (let index = 0; index < indicatorCount; index += 1) {
      const value = normalised[index]?.[unit]
      if (value == null) continue
      total += value * (1 + (index % 2))
      weights += 1 + (index % 2)
    }
    return total / weights
  })
}

function measure(run: () => unknown, repeats: number): { median: number; min: number; max: number } {
  const times: number[] = []
  for (let attempt = 0; attempt < repeats; attempt += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return {
    median: times[Math.floor(times.length / 2)] as number,
    min: times[0] as number,
    max: times.at(-1) as number,
  }
}

export function runScoringBench(): Record<string, unknown> {
  const results: Record<string, unknown> = {}
  for (const [units, indicators, key] of [
    [1000, 200, 'score_1000x200'],
    [10000, 50, 'score_10000x50'],
    [700, 40, 'score_700'],
  ] as const) {
    const framework = syntheticFramework(indicators)
    const data = syntheticUnits(units, indicators, 42)
    computeAssessment(framework, data)
    baseline(data, indicators)
    const engine = measure(() => computeAssessment(framework, data), 5)
    const plain = measure(() => baseline(data, indicators), 5)
    results[`${key}_ms`] = Math.round(engine.median)
    results[`${key}_min_ms`] = Math.round(engine.min)
    results[`${key}_max_ms`] = Math.round(engine.max)
    results[`${key}_baseline_ms`] = Math.round(plain.median * 10) / 10
    results[`${key}_over_baseline`] = Math.round((engine.median / plain.median) * 100) / 100
    if (key === 'score_10000x50') {
      // The key itself: the answers read once into columns and scored by computeAssessmentColumns
      // (decision 0026), as a table is scored many times (what-if runs, COINr tables); the figures
      // above, now `…_objects_ms`, read 10,000 answer objects on every run. These objects are
      // built key by key, so V8 keeps them as hash tables; the app's answers come from IndexedDB
      // (structured clone), which V8 builds with a shared shape: timed too.
      const table = answerColumnsOf(framework, data)
      computeAssessmentColumns(framework, table)
      const columnar = measure(() => computeAssessmentColumns(framework, table), 5)
      const cloned = structuredClone(data)
      computeAssessment(framework, cloned)
      const fromClone = measure(() => computeAssessment(framework, cloned), 5)
      results[`${key}_objects_ms`] = results[`${key}_ms`]
      results[`${key}_objects_min_ms`] = results[`${key}_min_ms`]
      results[`${key}_cloned_objects_ms`] = Math.round(fromClone.median)
      results[`${key}_ms`] = Math.round(columnar.median)
      results[`${key}_min_ms`] = Math.round(columnar.min)
      results[`${key}_max_ms`] = Math.round(columnar.max)
      results[`${key}_over_baseline`] = Math.round((columnar.median / plain.median) * 100) / 100
      // The unit-by-unit engine the columnar one replaced (decision 0016), for the record.
      rowwiseAssessment(framework, data)
      const rowwise = measure(() => rowwiseAssessment(framework, data), 5)
      results[`${key}_rowwise_ms`] = Math.round(rowwise.median)
      results[`${key}_speedup_over_rowwise`] = Math.round((rowwise.median / columnar.median) * 100) / 100
    }
  }
  Object.assign(results, uncertaintyBench())
  return results
}

/** The uncertainty analysis of 700 units (40 indicators) with 1,000 replications, three normalisations and two aggregations drawn. */
function uncertaintyBench(): Record<string, number> {
  const framework = syntheticFramework(40)
  const data = syntheticUnits(700, 40, 7)
  const options = {
    replications: 1000,
    weightSpread: 0.25,
    normalisations: [
      { method: 'min-max', lower: 0, upper: 1 },
      { method: 'z-score', mean: 0, sd: 1 },
      { method: 'rank' },
    ] as const,
    aggregations: ['arithmetic', 'geometric'] as const,
    seed: 1,
  }
  runUncertainty(framework, data, { ...options, replications: 100 })
  const timed = measure(() => runUncertainty(framework, data, options), 3)
  return {
    uncertainty_700x1000_ms: Math.round(timed.median),
    uncertainty_700x1000_min_ms: Math.round(timed.min),
    uncertainty_700x1000_max_ms: Math.round(timed.max),
  }
}

/**
 * `sensitivity_700_ms`: the variance-based sensitivity analysis of 700 units × 40 indicators with
 * 4 assumptions (weights ±25%, three normalisations, two aggregations, two imputations) and
 * N = 500, i.e. 3,000 recomputations, once after a small warm-up; with the time of one plain
 * recomputation measured in the same run (`sensitivity_700_over_score`: how many recomputations
 * the analysis costs; 3,000 is the floor without faster recomputation).
 */
export function runSensitivityBench(): Record<string, unknown> {
  const framework = syntheticFramework(40)
  const data = syntheticUnits(700, 40, 42)
  const options = {
    seed: 1,
    bootstrap: 100,
    assumptions: [
      { kind: 'weights', spread: 0.25 },
      {
        kind: 'normalisation',
        alternatives: [
          { method: 'min-max', lower: 0, upper: 1 },
          { method: 'rank' },
          { method: 'percentile-rank' },
        ],
      },
      { kind: 'aggregation', alternatives: ['arithmetic', 'geometric'] },
      { kind: 'imputation', alternatives: [{ method: 'mean' }, { method: 'median' }] },
    ],
  } as const
  runSensitivity(framework, data, { ...options, n: 10 })
  const one = measure(() => computeAssessment(framework, data), 5)
  const start = performance.now()
  const result = runSensitivity(framework, data, { ...options, n: 500 })
  const elapsed = performance.now() - start
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return {
    sensitivity_700_ms: Math.round(elapsed),
    sensitivity_700_runs: result.value.runs,
    sensitivity_700_recomputations: result.value.recomputations,
    sensitivity_700_score_once_ms: Math.round(one.median * 10) / 10,
    sensitivity_700_over_score: Math.round((elapsed / one.median) * 10) / 10,
  }
}
