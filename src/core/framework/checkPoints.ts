import type { Framework, PointsRule } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { childPath, issuePath } from './issuePath'

/**
 * Points family: no maximum above its parent's (`points-exceed-parent`: indicator or component
 * over its component, part over its indicator), and no fixed amount in a rule above the maximum
 * it is capped at (`rule-points-exceed-max`; for `choice` in `fraction` mode the limit is 1).
 * Missing maxima are `checkFamily`'s to report. Does nothing in the relative family.
 *
 * @example
 *   checkPoints(aPointsFramework({ components: [aComponent({ code: 'DTI', parent: null, maxPoints: 50 }), …] }))
 *   // => [{ code: 'points-exceed-parent', path: 'components[1].maxPoints', maxPoints: 60, parent: 'DTI', parentMaxPoints: 50 }, …]
 */
export function checkPoints(framework: Framework): FrameworkIssue[] {
  if (framework.family !== 'points') return []
  const maxPointsOf = new Map(
    framework.components.map((component) => [component.code, component.maxPoints] as const),
  )
  const overParent = (
    path: string,
    item: { readonly maxPoints?: number; readonly parent: string | null },
  ): FrameworkIssue[] => {
    const { maxPoints, parent } = item
    const parentMaxPoints = parent === null ? undefined : maxPointsOf.get(parent)
    if (maxPoints === undefined || parent === null || parentMaxPoints === undefined) return []
    return exceedsParent(childPath(path, 'maxPoints'), maxPoints, parent, parentMaxPoints)
  }
  return [
    ...framework.components.flatMap((component, index) =>
      overParent(issuePath('components', index), component),
    ),
    ...framework.indicators.flatMap((indicator, index) => {
      const path = issuePath('indicators', index)
      const { rule, maxPoints } = indicator
      const ruleIssues =
        rule === undefined || maxPoints === undefined
          ? []
          : checkRule(rule, maxPoints, indicator.code, childPath(path, 'rule'))
      return [...overParent(path, indicator), ...ruleIssues]
    }),
  ]
}

/** `owner` is the code of the indicator or part the rule scores, named as the parent of its parts. */
function checkRule(rule: PointsRule, maxPoints: number, owner: string, path: string): FrameworkIssue[] {
  const exceeding = (points: number, limit: number, ...at: readonly (string | number)[]): FrameworkIssue[] =>
    points > limit
      ? [{ code: 'rule-points-exceed-max', path: childPath(path, ...at), points, maxPoints: limit }]
      : []
  const over = (points: number, ...at: readonly (string | number)[]): FrameworkIssue[] =>
    exceeding(points, maxPoints, ...at)
  switch (rule.kind) {
    case 'steps':
      return rule.steps.flatMap((step, index) => over(step.points, 'steps', index, 'points'))
    case 'choice': {
      const limit = rule.mode === 'points' ? maxPoints : 1
      return rule.outcomes.flatMap((outcome, index) =>
        exceeding(outcome.value, limit, 'outcomes', index, 'value'),
      )
    }
    case 'yes-no':
      return [...over(rule.yesPoints, 'yesPoints'), ...over(rule.noPoints, 'noPoints')]
    case 'per-item':
      return over(rule.pointsPerItem, 'pointsPerItem')
    case 'presence-bonus':
      return [...over(rule.presencePoints, 'presencePoints'), ...over(rule.bonusPoints, 'bonusPoints')]
    case 'sum-of-parts':
      return rule.parts.flatMap((part, index) => {
        const partPath = childPath(path, 'parts', index)
        return [
          ...exceedsParent(childPath(partPath, 'maxPoints'), part.maxPoints, owner, maxPoints),
          ...checkRule(part.rule, part.maxPoints, part.code, childPath(partPath, 'rule')),
        ]
      })
    case 'best-of':
      return rule.alternatives.flatMap((alternative, index) =>
        checkRule(alternative.rule, maxPoints, owner, childPath(path, 'alternatives', index, 'rule')),
      )
    case 'ratio-times-max':
    case 'penalty':
    case 'normalise-to-best':
      return []
  }
}

function exceedsParent(
  path: string,
  maxPoints: number,
  parent: string,
  parentMaxPoints: number,
): FrameworkIssue[] {
  return maxPoints > parentMaxPoints
    ? [{ code: 'points-exceed-parent', path, maxPoints, parent, parentMaxPoints }]
    : []
}
