import type { ValidFramework } from '@core/framework/validateFramework'
import type { Answers } from '@core/responses/answer'
import { err, ok, type Result } from '@core/result'
import { defaultSampleUnits } from './defaultSampleUnits'
import { injectAnomalies } from './injectAnomalies'
import { proposeAnswers } from './proposeAnswers'
import type { SampleAnomaly } from './sampleAnomaly'
import { createSampleContext } from './sampleContext'
import { sampleFrameworkFacts } from './sampleFrameworkFacts'
import { sampleProfileFor } from './sampleProfiles'
import type { SampleUnit } from './sampleUnit'
import { syntheticUnits } from './syntheticUnits'

/** The years the sample workspace holds. @example SAMPLE_YEARS.includes(2025) // => true */
export const SAMPLE_YEARS = [2024, 2025, 2026] as const

/** The seed used when none is given (CLI, sample workspace). @example generateSample({ framework, year: 2025, seed: DEFAULT_SAMPLE_SEED }) */
export const DEFAULT_SAMPLE_SEED = 1

/** The most synthetic units one call makes. */
export const MAX_EXTRA_UNITS = 1_000_000

export type GenerateSampleOptions = {
  readonly framework: ValidFramework
  /** The reporting year, 2000–2100; maturity is anchored at 2024 and moves from there. */
  readonly year: number
  /** An integer 0 – 2³² − 1; the same seed gives the same sample. */
  readonly seed: number
  /** Default: `defaultSampleUnits(framework)` (Đà Nẵng's units the questionnaire suits). */
  readonly units?: readonly SampleUnit[]
  /** Synthetic units `SYN-0001`… appended after `units`, for benchmarks. Default 0. */
  readonly extraUnits?: number
  /** Default `true`: plant missing answers, outliers and inconsistencies (`injectAnomalies`). */
  readonly anomalies?: boolean
}

/** One unit's answers in the sample. */
export type SampleSubmission = { readonly unit: SampleUnit; readonly answers: Answers }

/**
 * A generated sample: one submission per unit, in unit order, and the problems planted in them.
 *
 * @example
 *   sample.submissions[0]?.unit.code // => 'VP-UBND'
 */
export type Sample = {
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly year: number
  readonly seed: number
  readonly submissions: readonly SampleSubmission[]
  readonly anomalies: readonly SampleAnomaly[]
}

export type SampleError =
  | { readonly code: 'invalid-year'; readonly year: number }
  | { readonly code: 'invalid-seed'; readonly seed: number }
  | { readonly code: 'invalid-unit-count'; readonly count: number }
  | { readonly code: 'duplicate-unit'; readonly unit: string }

/**
 * Generates plausible answers of units to a framework for one year, deterministically: each unit
 * has a latent maturity (from the seed and its code alone) that drives its answers and changes
 * year on year (most units improve, about one in seven declines); sizes correlate (more staff,
 * more computers); tables have rows and texts are Vietnamese. A unit's answers depend only on
 * (seed, unit code, year), so adding units never changes the others. Pure: no clock, no
 * `Math.random`.
 *
 * @example
 *   const sample = generateSample({ framework, year: 2025, seed: 1 })
 *   sample.ok && sample.value.submissions.length // => 28 for dept-ict-readiness
 */
export function generateSample(options: GenerateSampleOptions): Result<Sample, SampleError> {
  const { framework, year, seed, extraUnits = 0 } = options
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return err({ code: 'invalid-year', year })
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return err({ code: 'invalid-seed', seed })
  if (!Number.isInteger(extraUnits) || extraUnits < 0 || extraUnits > MAX_EXTRA_UNITS)
    return err({ code: 'invalid-unit-count', count: extraUnits })
  const profile = sampleProfileFor(framework)
  const units = [
    ...(options.units ?? defaultSampleUnits(framework)),
    ...syntheticUnits(extraUnits, profile.syntheticGroups),
  ]
  const seen = new Set<string>()
  for (const unit of units) {
    if (seen.has(unit.code)) return err({ code: 'duplicate-unit', unit: unit.code })
    seen.add(unit.code)
  }
  const facts = sampleFrameworkFacts(framework)
  const submissions: SampleSubmission[] = []
  const anomalies: SampleAnomaly[] = []
  for (const unit of units) {
    const context = createSampleContext(seed, unit, year)
    const clean = proposeAnswers(context, framework, facts, profile)
    if (options.anomalies === false) {
      submissions.push({ unit, answers: clean })
      continue
    }
    const planted = injectAnomalies(context, facts, clean)
    submissions.push({ unit, answers: planted.answers })
    anomalies.push(...planted.anomalies)
  }
  return ok({
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    year,
    seed,
    submissions,
    anomalies,
  })
}
