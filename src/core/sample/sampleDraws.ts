import type { SampleContext } from './sampleContext'

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value))

/**
 * How far the unit has got on one aspect, 0–1: its maturity, shifted by a unit-specific offset
 * that stays from year to year (some units are good at portals, others at hardware) and a little
 * yearly noise. The building block of every answer.
 *
 * @example
 *   level(context, 'VBDi') // => e.g. 0.63 for a unit of maturity 0.55
 */
export function level(context: SampleContext, key: string, spread = 0.12): number {
  return clamp(
    context.maturity +
      spread * context.stable.normal(`level:${key}`) +
      0.04 * context.yearly.normal(`level:${key}`),
    0,
    1,
  )
}

/**
 * Whether the unit has a capability (a firewall, a one-stop shop…): its maturity against a
 * threshold of `difficulty` (0 easy – 1 hard) moved per unit. The threshold stays across years, so
 * a unit that improves keeps what it had and gains more.
 *
 * @example
 *   hasCapability(context, 'HeThongTuongLua', 0.3) // => true for most units
 */
export function hasCapability(context: SampleContext, key: string, difficulty: number): boolean {
  const threshold = difficulty + 0.35 * (context.stable.uniform(`capability:${key}`) - 0.5)
  return context.maturity + 0.04 * context.yearly.normal(`capability:${key}`) >= threshold
}

/**
 * A share that moves with the unit's level on `key`: `from` at level 0, `to` at level 1 (`to` may
 * be the smaller one, for things that shrink as a unit matures).
 *
 * @example
 *   share(context, 'VBDi', 0.5, 1) // => 0.8 for a level of 0.6
 */
export function share(context: SampleContext, key: string, from: number, to: number): number {
  return from + (to - from) * level(context, key)
}

/**
 * `total × fraction`, rounded and kept within 0–`total` (a part can never exceed its whole).
 *
 * @example
 *   partOf(120, 0.755) // => 91
 */
export function partOf(total: number, fraction: number): number {
  return clamp(Math.round(total * fraction), 0, total)
}

/**
 * One of `choices` listed best first: a higher level on `key` picks an earlier choice.
 * `difficulty` shifts the level down (0 by default).
 *
 * @example
 *   gradeChoice(context, 'TanSuatCapNhat', ['1', '2', '3', '4']) // => '1' for a mature unit
 */
export function gradeChoice(
  context: SampleContext,
  key: string,
  choices: readonly [string, ...string[]],
  difficulty = 0,
): string {
  const value = clamp(level(context, key, 0.18) - difficulty, 0, 0.999)
  const index = clamp(Math.floor((1 - value) * choices.length), 0, choices.length - 1)
  return choices[index] ?? choices[0]
}

/**
 * A count around `expected` with yearly noise (log-normal, `spread` ≈ relative deviation),
 * never negative.
 *
 * @example
 *   countAround(context, 'MayIn', 20) // => e.g. 18 or 23
 */
export function countAround(context: SampleContext, key: string, expected: number, spread = 0.15): number {
  return Math.max(0, Math.round(expected * Math.exp(spread * context.yearly.normal(`count:${key}`))))
}
