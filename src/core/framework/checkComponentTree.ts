import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { issuePath } from './issuePath'

/**
 * Checks the component tree: every parent names a component (`unknown-parent`), exactly one
 * root (`no-root`, `several-roots`), no loop of parents (`component-cycle`, reported once per
 * loop at its first member in list order), every component has children (`empty-component`),
 * every non-root weight is positive (`non-positive-weight`).
 *
 * @example
 *   checkComponentTree(aFramework({ components: [aComponent({ code: 'ICT', parent: null })] }))
 *   // => [{ code: 'unknown-parent', path: 'indicators[0].parent', parent: 'HTKT' }, …]
 */
export function checkComponentTree(framework: Framework): FrameworkIssue[] {
  const components = new Map(framework.components.map((component) => [component.code, component] as const))
  const issues: FrameworkIssue[] = []
  const withChildren = new Set<string>()

  framework.components.forEach((component, index) => {
    if (component.parent === null) return
    if (components.has(component.parent)) withChildren.add(component.parent)
    else
      issues.push({
        code: 'unknown-parent',
        path: issuePath('components', index, 'parent'),
        parent: component.parent,
      })
    if (component.weight <= 0)
      issues.push({
        code: 'non-positive-weight',
        path: issuePath('components', index, 'weight'),
        weight: component.weight,
      })
  })
  framework.indicators.forEach((indicator, index) => {
    if (components.has(indicator.parent)) withChildren.add(indicator.parent)
    else
      issues.push({
        code: 'unknown-parent',
        path: issuePath('indicators', index, 'parent'),
        parent: indicator.parent,
      })
    if (indicator.weight <= 0)
      issues.push({
        code: 'non-positive-weight',
        path: issuePath('indicators', index, 'weight'),
        weight: indicator.weight,
      })
  })

  issues.push(...checkRoots(framework), ...checkCycles(framework, components))
  framework.components.forEach((component, index) => {
    if (!withChildren.has(component.code)) {
      issues.push({
        code: 'empty-component',
        path: issuePath('components', index),
        component: component.code,
      })
    }
  })
  return issues
}

function checkRoots(framework: Framework): FrameworkIssue[] {
  const roots = framework.components
    .filter((component) => component.parent === null)
    .map((component) => component.code)
  if (roots.length === 0) return [{ code: 'no-root', path: 'components' }]
  if (roots.length > 1) return [{ code: 'several-roots', path: 'components', roots }]
  return []
}

function checkCycles(
  framework: Framework,
  components: ReadonlyMap<string, Framework['components'][number]>,
): FrameworkIssue[] {
  const settled = new Set<string>()
  const issues: FrameworkIssue[] = []
  for (const start of framework.components) {
    const trail: string[] = []
    let current: Framework['components'][number] | undefined = start
    while (current !== undefined && !settled.has(current.code) && !trail.includes(current.code)) {
      trail.push(current.code)
      current = current.parent === null ? undefined : components.get(current.parent)
    }
    if (current !== undefined && trail.includes(current.code))
      issues.push(cycleIssue(framework, trail.slice(trail.indexOf(current.code))))
    for (const code of trail) settled.add(code)
  }
  return issues
}

/** Reports a loop at its member that comes first in the list, listing the loop from there. */
function cycleIssue(framework: Framework, cycle: readonly string[]): FrameworkIssue {
  const index = framework.components.findIndex((component) => cycle.includes(component.code))
  const firstCode = framework.components[index]?.code ?? ''
  const from = cycle.indexOf(firstCode)
  const rotated = [...cycle.slice(from), ...cycle.slice(0, from)]
  return { code: 'component-cycle', path: issuePath('components', index, 'parent'), cycle: rotated }
}
