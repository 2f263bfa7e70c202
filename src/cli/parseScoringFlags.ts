import type { Aggregation, Imputation, Normalisation, Treatment } from '@core/framework/method'
import { err, ok, type Result } from '@core/result'
import type { ScoringOverrides } from '@core/scoring/scoringOptions'

export type FlagProblem = { readonly option: string; readonly value: string; readonly expected: string }

const numbers = (text: string | undefined, count: number): number[] | null => {
  if (text === undefined) return null
  const parts = text.split(',').map((part) => Number(part.trim()))
  return parts.length === count && parts.every(Number.isFinite) ? parts : null
}

/**
 * Reads `--normalise minmax[:L,U] | zscore[:M,S] | ratio-to-max | dist-to-max | rank | prank |
 * goalposts:L,U,S | none`.
 *
 * @example
 *   parseNormaliseFlag('minmax:0,1') // => ok({ method: 'min-max', lower: 0, upper: 1 })
 */
export function parseNormaliseFlag(value: string): Result<Normalisation, FlagProblem> {
  const [name, parameters] = value.split(':', 2) as [string, string | undefined]
  const problem = (expected: string) => err({ option: '--normalise', value, expected })
  switch (name) {
    case 'minmax': {
      const bounds = parameters === undefined ? [0, 100] : numbers(parameters, 2)
      return bounds && (bounds[0] as number) < (bounds[1] as number)
        ? ok({ method: 'min-max', lower: bounds[0] as number, upper: bounds[1] as number })
        : problem('minmax or minmax:L,U with L < U')
    }
    case 'zscore': {
      const moments = parameters === undefined ? [0, 1] : numbers(parameters, 2)
      return moments && (moments[1] as number) > 0
        ? ok({ method: 'z-score', mean: moments[0] as number, sd: moments[1] as number })
        : problem('zscore or zscore:M,S with S > 0')
    }
    case 'goalposts': {
      const posts = numbers(parameters, 3)
      return posts && (posts[0] as number) < (posts[1] as number) && (posts[2] as number) > 0
        ? ok({
            method: 'goalposts',
            lower: posts[0] as number,
            upper: posts[1] as number,
            scale: posts[2] as number,
          })
        : problem('goalposts:L,U,S with L < U and S > 0')
    }
    case 'ratio-to-max':
    case 'rank':
    case 'none':
      return parameters === undefined ? ok({ method: name }) : problem(name)
    case 'dist-to-max':
      return parameters === undefined ? ok({ method: 'distance-to-max' }) : problem(name)
    case 'prank':
      return parameters === undefined ? ok({ method: 'percentile-rank' }) : problem(name)
    default:
      return problem('minmax, zscore, ratio-to-max, dist-to-max, rank, prank, goalposts or none')
  }
}

const AGGREGATIONS: Readonly<Record<string, Aggregation>> = {
  amean: 'arithmetic',
  gmean: 'geometric',
  hmean: 'harmonic',
  sum: 'sum',
}

/** Reads `--aggregate amean | gmean | hmean | sum`. @example parseAggregateFlag('gmean') // => ok('geometric') */
export function parseAggregateFlag(value: string): Result<Aggregation, FlagProblem> {
  const aggregation = AGGREGATIONS[value]
  return aggregation
    ? ok(aggregation)
    : err({ option: '--aggregate', value, expected: 'amean, gmean, hmean or sum' })
}

/** Reads `--impute none | mean | median | zero | group-mean:<column>`. @example parseImputeFlag('group-mean:GDP_group') */
export function parseImputeFlag(value: string): Result<Imputation, FlagProblem> {
  if (value === 'none' || value === 'mean' || value === 'median' || value === 'zero')
    return ok({ method: value })
  if (value.startsWith('group-mean:') && value.length > 'group-mean:'.length)
    return ok({ method: 'group-mean', attribute: value.slice('group-mean:'.length) })
  return err({ option: '--impute', value, expected: 'none, mean, median, zero or group-mean:<column>' })
}

/** Reads `--treat coinr | none` (COINr's default Treat, or no treatment). @example parseTreatFlag('coinr') // => ok({ method: 'coinr', winmax: 5 }) */
export function parseTreatFlag(value: string): Result<Treatment, FlagProblem> {
  if (value === 'coinr') return ok({ method: 'coinr', winmax: 5 })
  if (value === 'none') return ok({ method: 'none' })
  return err({ option: '--treat', value, expected: 'coinr or none' })
}

/** Reads `--decimals N` (0–15). @example parseDecimalsFlag('4') // => ok(4) */
export function parseDecimalsFlag(value: string): Result<number, FlagProblem> {
  const decimals = Number(value)
  return /^\d+$/.test(value) && decimals <= 15
    ? ok(decimals)
    : err({ option: '--decimals', value, expected: 'a whole number from 0 to 15' })
}

/** Collects the method flags of `ictwb score` into scoring overrides, reporting every bad flag. */
export function parseScoringFlags(
  values: Readonly<Record<string, string>>,
): Result<ScoringOverrides, readonly FlagProblem[]> {
  const problems: FlagProblem[] = []
  const take = <T>(result: Result<T, FlagProblem> | undefined): T | undefined => {
    if (result === undefined) return undefined
    if (!result.ok) problems.push(result.error)
    return result.ok ? result.value : undefined
  }
  const normalisation = take(
    values['--normalise'] === undefined ? undefined : parseNormaliseFlag(values['--normalise']),
  )
  const aggregation = take(
    values['--aggregate'] === undefined ? undefined : parseAggregateFlag(values['--aggregate']),
  )
  const imputation = take(values['--impute'] === undefined ? undefined : parseImputeFlag(values['--impute']))
  const treatment = take(values['--treat'] === undefined ? undefined : parseTreatFlag(values['--treat']))
  if (problems.length > 0) return err(problems)
  return ok({
    ...(normalisation === undefined ? {} : { normalisation }),
    ...(aggregation === undefined ? {} : { aggregation }),
    ...(imputation === undefined ? {} : { imputation }),
    ...(treatment === undefined ? {} : { treatment }),
  })
}
