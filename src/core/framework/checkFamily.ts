import type { Framework } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { issuePath } from './issuePath'

/**
 * Reports fields that belong to the other scoring family (`family-mismatch`, with the `field`),
 * and points-family indicators lacking a `rule` or `maxPoints` (`points-rule-missing`).
 *
 * - Relative family: no `rule` or `maxPoints` on indicators, no `maxPoints` on components.
 * - Points family: no indicator `normalisation`, `denominator` or `direction: -1`; no `scale`;
 *   no aggregation other than `sum` (framework default or component).
 *
 * @example
 *   checkFamily(aFramework({ indicators: [anIndicator({ maxPoints: 10 })] }))
 *   // => [{ code: 'family-mismatch', path: 'indicators[0].maxPoints', family: 'relative', field: 'maxPoints' }]
 */
export function checkFamily(framework: Framework): FrameworkIssue[] {
  const { family } = framework
  const mismatch = (field: string, ...at: readonly (string | number)[]): FrameworkIssue => ({
    code: 'family-mismatch',
    path: issuePath(...at, field),
    family,
    field,
  })
  const issues: FrameworkIssue[] = []
  if (family === 'relative') {
    framework.indicators.forEach((indicator, index) => {
      if (indicator.rule !== undefined) issues.push(mismatch('rule', 'indicators', index))
      if (indicator.maxPoints !== undefined) issues.push(mismatch('maxPoints', 'indicators', index))
    })
    framework.components.forEach((component, index) => {
      if (component.maxPoints !== undefined) issues.push(mismatch('maxPoints', 'components', index))
    })
    return issues
  }

  if (framework.scale !== undefined) issues.push(mismatch('scale'))
  if (framework.method.aggregation !== undefined && framework.method.aggregation !== 'sum')
    issues.push(mismatch('aggregation', 'method'))
  framework.components.forEach((component, index) => {
    if (component.aggregation !== undefined && component.aggregation !== 'sum')
      issues.push(mismatch('aggregation', 'components', index))
  })
  framework.indicators.forEach((indicator, index) => {
    const path = issuePath('indicators', index)
    if (indicator.normalisation !== undefined) issues.push(mismatch('normalisation', 'indicators', index))
    if (indicator.denominator !== undefined) issues.push(mismatch('denominator', 'indicators', index))
    if (indicator.direction === -1) issues.push(mismatch('direction', 'indicators', index))
    if (indicator.rule === undefined)
      issues.push({ code: 'points-rule-missing', path, indicator: indicator.code, missing: 'rule' })
    if (indicator.maxPoints === undefined)
      issues.push({ code: 'points-rule-missing', path, indicator: indicator.code, missing: 'maxPoints' })
  })
  return issues
}
