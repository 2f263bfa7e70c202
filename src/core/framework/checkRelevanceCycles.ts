import { collectReferences } from '@core/formula/collectReferences'
import { parseFormula } from '@core/formula/parseFormula'
import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { issuePath } from './issuePath'

/**
 * Reports questions whose relevance depends on itself, directly or through other questions'
 * relevance (`relevance-cycle`): such a question could never be shown. One issue per group of
 * questions that depend on each other, at the relevance of the group's first question in list
 * order; `cycle` lists the group in list order. Unparsable relevance is left to `checkFormulas`.
 *
 * @example
 *   // A asked when B, B asked when A
 *   checkRelevanceCycles(framework) // => [{ code: 'relevance-cycle', path: 'questions[0].relevance', cycle: ['A', 'B'] }]
 */
export function checkRelevanceCycles(framework: Framework): FrameworkIssue[] {
  const order = new Map<string, number>()
  framework.questions.forEach((question, index) =>
    order.set(question.code, order.get(question.code) ?? index),
  )
  const byListOrder = (a: string, b: string): number => (order.get(a) ?? 0) - (order.get(b) ?? 0)
  const dependsOn = relevanceGraph(framework, order)

  const cycles: string[][] = []
  for (const group of stronglyConnectedGroups([...order.keys()], dependsOn)) {
    const cycle = [...group].sort(byListOrder)
    const first = cycle[0]
    if (first === undefined) continue
    if (cycle.length === 1 && !(dependsOn.get(first) ?? []).includes(first)) continue
    cycles.push(cycle)
  }
  return cycles
    .map((cycle) => ({ cycle, index: order.get(cycle[0] ?? '') ?? 0 }))
    .sort((a, b) => a.index - b.index)
    .map(({ cycle, index }) => ({
      code: 'relevance-cycle',
      path: issuePath('questions', index, 'relevance'),
      cycle,
    }))
}

function relevanceGraph(framework: Framework, order: ReadonlyMap<string, number>): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const question of framework.questions) {
    if (question.relevance === undefined || graph.has(question.code)) continue
    const parsed = parseFormula(question.relevance)
    if (!parsed.ok) continue
    const references = collectReferences(parsed.value)
    const codes = new Set([...references.questions, ...references.tables])
    graph.set(
      question.code,
      [...codes].filter((code) => order.has(code)),
    )
  }
  return graph
}

/** Tarjan's algorithm: the strongly connected components of the graph. */
function stronglyConnectedGroups(
  nodes: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const groups: string[][] = []

  const visit = (node: string): void => {
    index.set(node, index.size)
    lowLink.set(node, index.get(node) ?? 0)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        lowLink.set(node, Math.min(lowLink.get(node) ?? 0, lowLink.get(next) ?? 0))
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node) ?? 0, index.get(next) ?? 0))
      }
    }
    if (lowLink.get(node) !== index.get(node)) return
    const group: string[] = []
    let member: string | undefined
    do {
      member = stack.pop()
      if (member === undefined) break
      onStack.delete(member)
      group.push(member)
    } while (member !== node)
    groups.push(group)
  }

  for (const node of nodes) if (!index.has(node)) visit(node)
  return groups
}
