import { hashKey, hashState } from './hashKey'
import { mulberry32, mulberry32First } from '@core/seededRandom'

/**
 * Keyed random draws: every draw is named (`uniform('MayBan')`), and its value depends only on the
 * seed, the scope and the name. Asking for draws in another order, or for more of them, never
 * changes the others, so a new question or unit leaves existing sample data as it was.
 *
 * @example
 *   const random = createSampleRandom(1, 'SNV|2025')
 *   random.between('MayBan', 20, 40) // => the same number on every run
 */
export type SampleRandom = {
  /** A float in [0, 1). */
  readonly uniform: (key: string) => number
  /** A float in [low, high). */
  readonly between: (key: string, low: number, high: number) => number
  /** An integer from low to high, both included. */
  readonly integer: (key: string, low: number, high: number) => number
  /** A standard normal draw (mean 0, standard deviation 1). */
  readonly normal: (key: string) => number
  /** True with probability `probability`. */
  readonly chance: (key: string, probability: number) => boolean
  /** One item of a non-empty list. */
  readonly pick: <T>(key: string, items: readonly [T, ...T[]]) => T
  /** A random generator for a narrower scope (`scope|name`). */
  readonly child: (name: string) => SampleRandom
}

/**
 * Creates the keyed draws for one scope of one seed (e.g. a unit, or a unit and a year).
 *
 * @example
 *   createSampleRandom(7, 'SNV').child('2025').uniform('QLVB') // => a float in [0, 1)
 */
export function createSampleRandom(seed: number, scope: string): SampleRandom {
  const prefix = hashState(`${seed >>> 0}|${scope}|`)
  const uniform = (key: string): number => mulberry32First(hashKey(key, prefix))
  const between = (key: string, low: number, high: number): number => low + (high - low) * uniform(key)
  return {
    uniform,
    between,
    integer: (key, low, high) => Math.min(high, low + Math.floor(uniform(key) * (high - low + 1))),
    normal: (key) => {
      const next = mulberry32(hashKey(key, prefix))
      const radius = Math.sqrt(-2 * Math.log(1 - next()))
      return radius * Math.cos(2 * Math.PI * next())
    },
    chance: (key, probability) => uniform(key) < probability,
    pick: <T>(key: string, items: readonly [T, ...T[]]): T =>
      items[Math.floor(uniform(key) * items.length)] ?? items[0],
    child: (name) => createSampleRandom(seed, `${scope}|${name}`),
  }
}
