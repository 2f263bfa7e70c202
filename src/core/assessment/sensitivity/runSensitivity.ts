import type { ValidFramework } from '@core/framework/validateFramework'
import { err, ok, type Result } from '@core/result'
import { computeAssessment } from '@core/scoring/computeAssessment'
import { createRootRanker } from '@core/scoring/createRootRanker'
import type { ScoringOverrides, UnitAnswers } from '@core/scoring/scoringOptions'
import { mulberry32 } from '@core/seededRandom'
import { designRow, saltelliSample } from './saltelliSample'
import {
  alternativeIndex,
  assumptionAlternatives,
  type SensitivityAssumption,
  type SensitivityAssumptionKind,
} from './sensitivityAssumption'
import { sobolIndices, type SobolIndex } from './sobolIndices'

export type SensitivityOptions = {
  /** Base sample size N: the model runs N(d + 2) times for d assumptions. */
  readonly n: number
  readonly seed: number
  readonly assumptions: readonly SensitivityAssumption[]
  /** Bootstrap draws for the intervals (COINr's `Nboot`); 0 = no intervals. */
  readonly bootstrap: number
  /** The nominal method on top of the framework (the CLI's scoring options); perturbations apply on top of it. */
  readonly base?: ScoringOverrides
}

/** Limits of the options, shared by the panel, the CLI and the checks. */
export const SENSITIVITY_LIMITS = {
  minN: 10,
  maxN: 20000,
  maxBootstrap: 5000,
  maxSpread: 1,
} as const

export type SensitivityProblem =
  | { readonly code: 'too-few-assumptions' }
  | { readonly code: 'duplicate-assumption'; readonly kind: SensitivityAssumptionKind }
  | { readonly code: 'too-few-alternatives'; readonly kind: SensitivityAssumptionKind }
  | { readonly code: 'bad-spread'; readonly kind: SensitivityAssumptionKind }
  | { readonly code: 'method-needs-relative'; readonly kind: SensitivityAssumptionKind }
  | { readonly code: 'bad-n' }
  | { readonly code: 'bad-bootstrap' }
  | { readonly code: 'too-few-units' }

export type SensitivityResult = {
  readonly n: number
  readonly seed: number
  readonly bootstrap: number
  /** Model runs of the design: N(d + 2). */
  readonly runs: number
  /** Recomputations of the index actually made: the distinct combinations of alternatives among the runs. */
  readonly recomputations: number
  /** Mean, over the runs of A and B, of the mean absolute rank shift from the nominal ranking. */
  readonly meanShift: number
  /** Variance of that output over A and B; 0 means no assumption moved the ranking (every index 0). */
  readonly variance: number
  readonly indices: readonly (SobolIndex & { readonly kind: SensitivityAssumptionKind })[]
}

/**
 * Checks the options before any work, collecting every problem: at least two assumptions (a
 * variance decomposition of one input says nothing, COINr refuses it too), each kind once, at
 * least two alternatives per choice, a spread in (0, 1], N and the bootstrap within the limits,
 * method choices only for the relative family, and at least two units.
 *
 * @example
 *   checkSensitivityOptions(framework, 30, options) // => ok(undefined) or err([{ code: 'bad-n' }])
 */
export function checkSensitivityOptions(
  framework: ValidFramework,
  unitCount: number,
  options: SensitivityOptions,
): Result<void, readonly SensitivityProblem[]> {
  const problems: SensitivityProblem[] = []
  if (options.assumptions.length < 2) problems.push({ code: 'too-few-assumptions' })
  const seen = new Set<SensitivityAssumptionKind>()
  for (const assumption of options.assumptions) {
    const { kind } = assumption
    if (seen.has(kind)) problems.push({ code: 'duplicate-assumption', kind })
    seen.add(kind)
    if (assumption.kind === 'weights') {
      if (!(assumption.spread > 0 && assumption.spread <= SENSITIVITY_LIMITS.maxSpread))
        problems.push({ code: 'bad-spread', kind })
    } else {
      if (framework.family !== 'relative') problems.push({ code: 'method-needs-relative', kind })
      if (new Set(assumption.alternatives.map((value) => JSON.stringify(value))).size < 2)
        problems.push({ code: 'too-few-alternatives', kind })
    }
  }
  const { minN, maxN, maxBootstrap } = SENSITIVITY_LIMITS
  if (!Number.isInteger(options.n) || options.n < minN || options.n > maxN) problems.push({ code: 'bad-n' })
  if (!Number.isInteger(options.bootstrap) || options.bootstrap < 0 || options.bootstrap > maxBootstrap)
    problems.push({ code: 'bad-bootstrap' })
  if (unitCount < 2) problems.push({ code: 'too-few-units' })
  return problems.length > 0 ? err(problems) : ok(undefined)
}

/**
 * Variance-based sensitivity analysis of the ranking (COINr's `get_sensitivity` with
 * `SA_type = "SA"`): which uncertain assumption drives the ranking's uncertainty. A Saltelli
 * design of the assumptions (`saltelliSample`) is run through the index, each run recomputing
 * every unit's rank with the sampled weights and methods; the output of a run is the mean absolute
 * rank shift from the nominal ranking (over units ranked in both); `sobolIndices` turns the
 * outputs into first-order and total-effect indices with bootstrap intervals.
 *
 * On the columnar engine (`createRootRanker`, decision 0016) formulas are evaluated once and each
 * imputation and normalisation alternative computed once, so a run only aggregates and ranks; a
 * combination of alternatives met again reuses its output. Deterministic for a
 * seed: one `mulberry32(seed)` draws the weight sets, then the design, then the bootstrap.
 * `onProgress` lets a worker report progress (every 25 runs).
 *
 * @example
 *   runSensitivity(framework, units, { n: 500, seed: 1, bootstrap: 100, assumptions })
 */
export function runSensitivity(
  framework: ValidFramework,
  units: readonly UnitAnswers[],
  options: SensitivityOptions,
  onProgress?: (done: number, total: number) => void,
): Result<SensitivityResult, readonly SensitivityProblem[]> {
  const checked = checkSensitivityOptions(framework, units.length, options)
  if (!checked.ok) return checked
  const base = options.base ?? {}
  const random = mulberry32(options.seed)
  const nominal = computeAssessment(framework, units, { overrides: base })
  const ranksWith = createRootRanker(framework, units)
  const root = nominal.rootCode
  const nominalRanks = nominal.components[root]?.rank ?? []
  const nominalWeights = Object.fromEntries(
    [...framework.components.filter((component) => component.parent !== null), ...framework.indicators].map(
      (node) => [node.code, base.weights?.[node.code] ?? node.weight],
    ),
  )
  const alternatives = options.assumptions.map((assumption) =>
    assumptionAlternatives(assumption, nominalWeights, random),
  )
  const d = options.assumptions.length
  const design = saltelliSample(options.n, d, random)
  const runs = options.n * (d + 2)
  const y = new Float64Array(runs)
  // Every assumption is discrete, so runs often repeat a combination of alternatives (a row of
  // A_B^i differs from A's in one input only): the output of each combination is computed once.
  const seen = new Map<string, number>()
  for (let run = 0; run < runs; run += 1) {
    const row = designRow(design, run)
    const picks = alternatives.map((list, input) => alternativeIndex(row[input] as number, list.length))
    const key = picks.join(',')
    let output = seen.get(key)
    if (output === undefined) {
      let overrides: ScoringOverrides = base
      picks.forEach((pick, input) => {
        overrides = { ...overrides, ...alternatives[input]?.[pick] }
      })
      const ranks = ranksWith(overrides)
      output = meanAbsoluteShift(nominalRanks, ranks)
      seen.set(key, output)
    }
    y[run] = output
    if (onProgress && (run + 1) % 25 === 0) onProgress(run + 1, runs)
  }
  onProgress?.(runs, runs)
  const estimate = sobolIndices(
    y,
    options.n,
    d,
    options.bootstrap > 0 ? { draws: options.bootstrap, random } : undefined,
  )
  let sum = 0
  for (let run = 0; run < 2 * options.n; run += 1) sum += y[run] as number
  const still = estimate.variance === 0
  return ok({
    n: options.n,
    seed: options.seed,
    bootstrap: options.bootstrap,
    runs,
    recomputations: seen.size,
    meanShift: sum / (2 * options.n),
    variance: estimate.variance,
    indices: estimate.indices.map((index, input) => ({
      kind: (options.assumptions[input] as SensitivityAssumption).kind,
      ...(still
        ? { first: 0, total: 0, firstLow: null, firstHigh: null, totalLow: null, totalHigh: null }
        : index),
    })),
  })
}

/** Mean of |rank − nominal rank| over the units ranked in both (0 when none is). */
function meanAbsoluteShift(nominal: readonly (number | null)[], ranks: readonly (number | null)[]): number {
  let sum = 0
  let count = 0
  nominal.forEach((rank, index) => {
    const other = ranks[index]
    if (rank === null || other === null || other === undefined) return
    sum += Math.abs(other - rank)
    count += 1
  })
  return count === 0 ? 0 : sum / count
}
