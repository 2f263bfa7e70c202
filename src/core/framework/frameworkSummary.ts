import type { Aggregation, Component, Framework, Indicator, Question } from './framework'

/**
 * A child of a component: another component or an indicator.
 *
 * @example
 *   const child: ComponentChild = { kind: 'indicator', indicator: anIndicator() }
 */
export type ComponentChild =
  | { readonly kind: 'component'; readonly component: Component }
  | { readonly kind: 'indicator'; readonly indicator: Indicator }

/**
 * The children of every component, keyed by component code: its child components in list
 * order, then its indicators in list order. Every component has an entry (leaves get `[]`).
 *
 * Why: scoring walks the tree bottom-up and reports, charts and the Excel report top-down; the
 * framework stores only parent links.
 *
 * @example
 *   componentChildren(aFramework()).get('ICT')?.map((child) => child.kind) // => ['component', 'component', 'component']
 */
export function componentChildren(framework: Framework): ReadonlyMap<string, readonly ComponentChild[]> {
  const children = new Map<string, ComponentChild[]>(
    framework.components.map((component) => [component.code, []]),
  )
  for (const component of framework.components) {
    if (component.parent !== null) children.get(component.parent)?.push({ kind: 'component', component })
  }
  for (const indicator of framework.indicators)
    children.get(indicator.parent)?.push({ kind: 'indicator', indicator })
  return children
}

/**
 * The codes from the root component down to `code` (a component or an indicator), both included;
 * `[]` for an unknown code. On a broken tree (a loop) the path stops before repeating a code.
 *
 * @example
 *   componentPath(aFramework(), 'HTKT_MayTinh') // => ['ICT', 'HTKT', 'HTKT_MayTinh']
 */
export function componentPath(framework: Framework, code: string): readonly string[] {
  const parents = new Map<string, string | null>()
  for (const component of framework.components)
    if (!parents.has(component.code)) parents.set(component.code, component.parent)
  for (const indicator of framework.indicators)
    if (!parents.has(indicator.code)) parents.set(indicator.code, indicator.parent)
  if (!parents.has(code)) return []
  const path: string[] = []
  let current: string | null | undefined = code
  while (current !== null && current !== undefined && !path.includes(current)) {
    path.push(current)
    current = parents.get(current)
  }
  return path.reverse()
}

/**
 * The questions of every section, keyed by section code in section order, each list in question
 * order. Every section has an entry; questions naming an unknown section are left out.
 *
 * @example
 *   questionsBySection(aFramework()).get('HTKT')?.map((question) => question.code) // => ['MayTinh', 'MayTinhInternet']
 */
export function questionsBySection(framework: Framework): ReadonlyMap<string, readonly Question[]> {
  const sections = new Map<string, Question[]>(framework.sections.map((section) => [section.code, []]))
  for (const question of framework.questions) sections.get(question.section)?.push(question)
  return sections
}

/**
 * The root component (the composite index): the first with `parent: null`.
 *
 * @example
 *   rootComponent(aFramework())?.code // => 'ICT'
 */
export function rootComponent(framework: Framework): Component | undefined {
  return framework.components.find((component) => component.parent === null)
}

/**
 * How `component` combines its children: its own `aggregation`, else the framework default, else
 * `sum` in the points family and `arithmetic` in the relative family.
 *
 * @example
 *   effectiveAggregation(aPointsFramework(), rootComponent(aPointsFramework())!) // => 'sum'
 */
export function effectiveAggregation(framework: Framework, component: Component): Aggregation {
  return (
    component.aggregation ??
    framework.method.aggregation ??
    (framework.family === 'points' ? 'sum' : 'arithmetic')
  )
}
