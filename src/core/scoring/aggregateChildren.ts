import type { Aggregation } from '@core/framework/method'

export type WeightedChild = { readonly value: number | null; readonly weight: number }

export type AggregateOutcome =
  | { readonly status: 'value'; readonly value: number }
  | { readonly status: 'missing' }
  | { readonly status: 'non-positive-under-geometric' }
  | { readonly status: 'zero-under-harmonic' }

/**
 * Combines a component's children (methodology §3 "Aggregation"). Missing children drop out and
 * the remaining weights are re-normalised; all missing → missing. Weights are relative.
 *
 * - arithmetic: Σ w·x / Σ w
 * - geometric: exp(Σ w·ln x / Σ w); any x ≤ 0 is reported, not computed
 * - harmonic: Σ w / Σ (w / x); a zero is reported
 * - sum (points family): Σ x, capped at `maxPoints` when given
 *
 * @example
 *   aggregateChildren([{ value: 80, weight: 2 }, { value: 50, weight: 1 }], 'arithmetic')
 *   // => { status: 'value', value: 70 }
 */
export function aggregateChildren(
  children: readonly WeightedChild[],
  aggregation: Aggregation,
  maxPoints?: number,
): AggregateOutcome {
  const present = children.filter(
    (child): child is { value: number; weight: number } => child.value !== null && child.weight > 0,
  )
  if (present.length === 0) return { status: 'missing' }
  const totalWeight = present.reduce((total, child) => total + child.weight, 0)
  switch (aggregation) {
    case 'arithmetic':
      return {
        status: 'value',
        value: present.reduce((total, child) => total + child.weight * child.value, 0) / totalWeight,
      }
    case 'geometric':
      if (present.some((child) => child.value <= 0)) return { status: 'non-positive-under-geometric' }
      return {
        status: 'value',
        value: Math.exp(
          present.reduce((total, child) => total + child.weight * Math.log(child.value), 0) / totalWeight,
        ),
      }
    case 'harmonic':
      if (present.some((child) => child.value === 0)) return { status: 'zero-under-harmonic' }
      return {
        status: 'value',
        value: totalWeight / present.reduce((total, child) => total + child.weight / child.value, 0),
      }
    case 'sum': {
      const total = present.reduce((sum, child) => sum + child.value, 0)
      return { status: 'value', value: maxPoints === undefined ? total : Math.min(total, maxPoints) }
    }
  }
}

/**
 * Each present child's share of the weight after re-normalisation (0 for missing children):
 * the "weight share" the explanations show.
 *
 * @example
 *   weightShares([{ value: 1, weight: 1 }, { value: null, weight: 3 }]) // => [1, 0]
 */
export function weightShares(children: readonly WeightedChild[]): number[] {
  const total = children.reduce(
    (sum, child) => sum + (child.value === null || child.weight <= 0 ? 0 : child.weight),
    0,
  )
  return children.map((child) =>
    child.value === null || child.weight <= 0 || total === 0 ? 0 : child.weight / total,
  )
}
