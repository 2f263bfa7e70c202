import { isLocalGovernment } from './sampleUnit'
import { createSampleRandom } from './sampleRandom'
import type { SampleUnit } from './sampleUnit'

/** The year the sample's latent maturity is anchored at: `baseMaturity` is the 2024 value. */
export const SAMPLE_BASE_YEAR = 2024

/**
 * What drives one unit's answers in every year: its latent ICT maturity in the base year, how
 * much that changes per year (negative for a declining unit), its size and its subordinate units.
 *
 * @example
 *   const traits: UnitTraits = { baseMaturity: 0.45, yearlyChange: 0.06, staff: 80, subordinateUnits: 3 }
 */
export type UnitTraits = {
  /** Latent maturity in 2024, 0–1. */
  readonly baseMaturity: number
  /** Change of the maturity per year; about one unit in seven declines. */
  readonly yearlyChange: number
  /** Civil servants at the unit in 2024. */
  readonly staff: number
  /** Subordinate units (đơn vị trực thuộc); 0 for about a third of the departments. */
  readonly subordinateUnits: number
}

/** Units that lead ICT in a city get a head start (Sở TT&TT runs the city's systems). */
const MATURITY_BONUS: Readonly<Record<string, number>> = { STTTT: 0.18, 'VP-UBND': 0.08 }

/**
 * The traits of a unit for a seed. They depend only on the seed and the unit's code and group,
 * never on the year, the framework or the other units.
 *
 * @example
 *   unitTraits(1, { code: 'SNV', name: 'Sở Nội vụ', group: 'so-ban-nganh', groupName: 'Sở, ban, ngành' }).staff // => e.g. 74
 */
export function unitTraits(seed: number, unit: SampleUnit): UnitTraits {
  const random = createSampleRandom(seed, `traits|${unit.code}`)
  const isDistrict = isLocalGovernment(unit)
  const spread = (random.uniform('maturity-a') + random.uniform('maturity-b')) / 2
  const baseMaturity = Math.min(0.95, 0.1 + 0.72 * spread + (MATURITY_BONUS[unit.code] ?? 0))
  const declines = random.chance('declines', 0.15)
  const yearlyChange = declines ? -random.between('change', 0.04, 0.09) : random.between('change', 0.03, 0.1)
  const staff = isDistrict
    ? random.integer('staff', 180, 420)
    : Math.round(Math.min(320, Math.max(25, 80 * Math.exp(0.55 * random.normal('staff')))))
  const subordinateUnits = isDistrict
    ? random.integer('subordinate', 8, 15)
    : random.chance('has-subordinate', 0.65)
      ? random.integer('subordinate', 1, 8)
      : 0
  return { baseMaturity, yearlyChange, staff, subordinateUnits }
}

/**
 * The unit's latent maturity in a year, kept within 0.03–0.97 so every unit has room to move.
 *
 * @example
 *   maturityIn({ baseMaturity: 0.5, yearlyChange: 0.05, staff: 80, subordinateUnits: 0 }, 2026) // => 0.6
 */
export function maturityIn(traits: UnitTraits, year: number): number {
  const maturity = traits.baseMaturity + traits.yearlyChange * (year - SAMPLE_BASE_YEAR)
  return Math.min(0.97, Math.max(0.03, maturity))
}
