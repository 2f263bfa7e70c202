import type { AssessmentResult } from '@core/scoring/assessmentResult'
import type { ResultsStructure } from './yearResults'

/**
 * Each node's share of the composite for one unit, and whether contributions add up to it.
 * `shares.get(code) × score` is the node's contribution to the composite.
 */
export type CompositeShares = {
  readonly shares: ReadonlyMap<string, number>
  /** True when every aggregation on the way is an arithmetic mean or a sum, so contributions add up. */
  readonly additive: boolean
}

/**
 * How much of the composite each component and indicator carries for one unit: the product of
 * the weight shares on the path from the root, each share taken among the children present for
 * this unit (the engine re-normalises weights over present children, as `explainUnit`'s
 * `weightShare`). In the points family points add up as they are, so every share is 1 (a capped
 * component makes the sum an upper bound, reported as not additive).
 *
 * @example
 *   compositeShares(structure, result, 0).shares.get('HTKT_MayTinh') // => 1/3 × 1/10 for ten equal indicators under HTKT
 */
export function compositeShares(
  structure: ResultsStructure,
  result: AssessmentResult,
  unitIndex: number,
): CompositeShares {
  const scoreOf = (code: string) =>
    result.indicators[code]?.score[unitIndex] ?? result.components[code]?.score[unitIndex] ?? null
  const children = new Map<string, { code: string; weight: number }[]>()
  for (const node of structure.nodes) {
    if (node.parent === null) continue
    children.set(node.parent, [
      ...(children.get(node.parent) ?? []),
      { code: node.code, weight: node.weight },
    ])
  }
  const aggregationOf = new Map(structure.nodes.map((node) => [node.code, node.aggregation]))
  const shares = new Map<string, number>([[result.rootCode, 1]])
  let additive = true
  const isPoints = result.family === 'points'
  const visit = (code: string, share: number) => {
    const aggregation = aggregationOf.get(code)
    if (aggregation === 'geometric' || aggregation === 'harmonic') additive = false
    const present = (children.get(code) ?? []).filter(
      (child) => scoreOf(child.code) !== null && child.weight > 0,
    )
    const total = present.reduce((sum, child) => sum + child.weight, 0)
    for (const child of children.get(code) ?? []) {
      const childShare = isPoints
        ? 1
        : total > 0 && present.includes(child)
          ? (share * child.weight) / total
          : 0
      shares.set(child.code, childShare)
      visit(child.code, childShare)
    }
  }
  visit(result.rootCode, 1)
  return { shares, additive: isPoints ? false : additive }
}
