import { createSampleRandom, type SampleRandom } from './sampleRandom'
import type { SampleUnit } from './sampleUnit'
import { maturityIn, SAMPLE_BASE_YEAR, unitTraits, type UnitTraits } from './unitTraits'

/**
 * Everything that answers one unit's questionnaire for one year: the unit, its traits, its
 * maturity that year, draws that stay put across years (`stable`: thresholds, sizes, names) and
 * draws for the year (`yearly`: noise).
 *
 * @example
 *   const context = createSampleContext(1, unit, 2025)
 *   context.maturity // => e.g. 0.52
 */
export type SampleContext = {
  readonly unit: SampleUnit
  readonly year: number
  readonly traits: UnitTraits
  readonly maturity: number
  readonly stable: SampleRandom
  readonly yearly: SampleRandom
}

/**
 * Builds the context of one unit and year from the seed alone (no other unit is consulted).
 *
 * @example
 *   createSampleContext(1, danangUnits[0], 2026).year // => 2026
 */
export function createSampleContext(seed: number, unit: SampleUnit, year: number): SampleContext {
  const traits = unitTraits(seed, unit)
  return {
    unit,
    year,
    traits,
    maturity: maturityIn(traits, year),
    stable: createSampleRandom(seed, `answers|${unit.code}`),
    yearly: createSampleRandom(seed, `answers|${unit.code}|${year}`),
  }
}

/**
 * A growth factor: `(1 + rate)` per year since 2024 (1 in 2024).
 *
 * @example
 *   growth({ year: 2026 } as SampleContext, 0.1) // => 1.21
 */
export function growth(context: Pick<SampleContext, 'year'>, rate: number): number {
  return (1 + rate) ** (context.year - SAMPLE_BASE_YEAR)
}
