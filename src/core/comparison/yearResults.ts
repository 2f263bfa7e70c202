import type {
  Aggregation,
  Comparability,
  Framework,
  FrameworkFamily,
  LocalizedText,
} from '@core/framework/framework'
import { effectiveAggregation } from '@core/framework/frameworkSummary'
import type { AssessmentResult } from '@core/scoring/assessmentResult'

/**
 * A node of the component tree as the comparison needs it: names for labels, parents and weights
 * for contributions, the aggregation to know whether contributions add up.
 *
 * @example
 *   const node: StructureNode = { code: 'HTKT', kind: 'component', name: { vi: 'Hạ tầng kỹ thuật' }, parent: 'ICT', weight: 1, aggregation: 'arithmetic' }
 */
export type StructureNode = {
  readonly code: string
  readonly kind: 'component' | 'indicator'
  readonly name: LocalizedText
  readonly parent: string | null
  readonly weight: number
  /** Components only: how the node's children are combined. */
  readonly aggregation?: Aggregation
}

/**
 * What the comparison knows of the framework behind one year's results: the tree (components
 * top-down, then indicators) and the comparability notes against earlier versions. Built from the
 * full framework for this machine's assessments, or from what an imported results file tells.
 *
 * @example
 *   structureFromFramework(framework).nodes.find((node) => node.parent === null)?.code // => 'ICT'
 */
export type ResultsStructure = {
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly name: LocalizedText
  readonly family: FrameworkFamily
  readonly nodes: readonly StructureNode[]
  readonly comparability: readonly Comparability[]
}

/** Where one year's results came from. */
export type ResultsSource =
  | { readonly kind: 'assessment'; readonly assessmentId: string }
  | { readonly kind: 'imported'; readonly fileName: string }

/**
 * One year's official results as the manager compares them: the engine's plain-data result (for
 * imported files, what the file holds in that shape), the framework id and version it was scored
 * with, the tree and notes, and the source.
 *
 * @example
 *   const year: YearResults = { year: 2025, frameworkId: 'dept-ict-readiness', frameworkVersion: '2025.1', source: { kind: 'assessment', assessmentId: 'a1' }, structure, result }
 */
export type YearResults = {
  readonly year: number
  readonly frameworkId: string
  readonly frameworkVersion: string
  readonly source: ResultsSource
  readonly structure: ResultsStructure
  readonly result: AssessmentResult
}

/**
 * The comparison's view of a framework: every component (top-down, depth-first) and indicator
 * with its weight and effective aggregation, and the comparability notes.
 *
 * @example
 *   structureFromFramework(aFramework()).nodes.map((node) => node.code) // => ['ICT', 'HTKT', 'HTNL', 'UD', 'HTKT_MayTinh', …]
 */
export function structureFromFramework(framework: Framework): ResultsStructure {
  const ordered: StructureNode[] = []
  const visit = (parent: string | null) => {
    for (const component of framework.components.filter((item) => item.parent === parent)) {
      ordered.push({
        code: component.code,
        kind: 'component',
        name: component.name,
        parent: component.parent,
        weight: component.weight,
        aggregation: effectiveAggregation(framework, component),
      })
      visit(component.code)
    }
  }
  visit(null)
  const indicators = framework.indicators.map((indicator): StructureNode => ({
    code: indicator.code,
    kind: 'indicator',
    name: indicator.name,
    parent: indicator.parent,
    weight: indicator.weight,
  }))
  return {
    frameworkId: framework.id,
    frameworkVersion: framework.version,
    name: framework.name,
    family: framework.family,
    nodes: [...ordered, ...indicators],
    comparability: framework.comparability ?? [],
  }
}

/**
 * The name of a code in a structure, or the code itself when the structure does not know it.
 *
 * @example
 *   nodeName(structure, 'HTKT') // => { vi: 'Chỉ số hạ tầng kỹ thuật', en: '…' }
 */
export function nodeName(structure: ResultsStructure, code: string): LocalizedText {
  return structure.nodes.find((node) => node.code === code)?.name ?? { vi: code }
}

/**
 * The components below the root, top-down and depth-first (as the ranking shows them), keeping
 * only those the result has a column for.
 *
 * @example
 *   componentCodesOf(year) // => ['HTKT', 'HTNL', 'UD', 'UD_NB', 'UD_CTTDT']
 */
export function componentCodesOf(year: Pick<YearResults, 'structure' | 'result'>): string[] {
  const fromTree = year.structure.nodes
    .filter(
      (node) =>
        node.kind === 'component' &&
        node.code !== year.result.rootCode &&
        year.result.components[node.code] !== undefined,
    )
    .map((node) => node.code)
  const extra = Object.keys(year.result.components).filter(
    (code) => code !== year.result.rootCode && !fromTree.includes(code),
  )
  return [...fromTree, ...extra]
}

/**
 * The components directly under the root (HTKT, HTNL, UD): the lines and radar axes of a unit's chart.
 *
 * @example
 *   topComponentCodesOf(year) // => ['HTKT', 'HTNL', 'UD']
 */
export function topComponentCodesOf(year: Pick<YearResults, 'structure' | 'result'>): string[] {
  const all = componentCodesOf(year)
  const direct = all.filter(
    (code) => year.structure.nodes.find((node) => node.code === code)?.parent === year.result.rootCode,
  )
  return direct.length > 0 ? direct : all
}

/**
 * Where a unit sits in a result, or -1.
 *
 * @example
 *   unitIndexOf(year.result, 'STC') // => 4
 */
export function unitIndexOf(result: Pick<AssessmentResult, 'units'>, unitCode: string): number {
  return result.units.findIndex((unit) => unit.code === unitCode)
}
