import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { componentChildren } from './frameworkSummary'
import { issuePath } from './issuePath'

/**
 * Problems that do not block use but are probably unintended (codes in `frameworkWarningCodes`):
 * `points-children-below-max`, a points-family component whose children's maxima add up to less
 * than its own maximum, so no unit can ever reach it.
 *
 * Why separate from `validateFramework`: a published set may really be built that way, so the
 * authoring screen shows these beside the framework rather than refusing it.
 *
 * @example
 *   frameworkWarnings(aPointsFramework({ components: [aComponent({ code: 'DTI', parent: null, maxPoints: 200 }), …] }))
 *   // => [{ code: 'points-children-below-max', path: 'components[0].maxPoints', component: 'DTI', maxPoints: 200, childrenMaxPoints: 100 }]
 */
export function frameworkWarnings(framework: Framework): FrameworkIssue[] {
  if (framework.family !== 'points') return []
  const children = componentChildren(framework)
  return framework.components.flatMap((component, index) => {
    if (component.maxPoints === undefined) return []
    const childrenMaxPoints = (children.get(component.code) ?? []).reduce(
      (total, child) =>
        total + ((child.kind === 'component' ? child.component.maxPoints : child.indicator.maxPoints) ?? 0),
      0,
    )
    if (childrenMaxPoints >= component.maxPoints - 1e-9) return []
    const path = issuePath('components', index, 'maxPoints')
    return [
      {
        code: 'points-children-below-max',
        path,
        component: component.code,
        maxPoints: component.maxPoints,
        childrenMaxPoints,
      },
    ]
  })
}
