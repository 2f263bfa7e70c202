import type { Framework, Normalisation } from './framework'
import type { FrameworkIssue } from './frameworkIssue'
import { childPath, issuePath } from './issuePath'

/**
 * Checks the method settings: min-max and goalposts bounds with `lower` below `upper`
 * (`min-above-max` at the `lower` path, also when equal: there would be no range), and each
 * indicator `denominator` naming a numeric question (`unknown-denominator`,
 * `denominator-not-numeric`).
 *
 * @example
 *   checkMethods(aFramework({ indicators: [anIndicator({ denominator: 'Nope' })] }))
 *   // => [{ code: 'unknown-denominator', path: 'indicators[0].denominator', denominator: 'Nope' }]
 */
export function checkMethods(framework: Framework): FrameworkIssue[] {
  const questions = new Map<string, Framework['questions'][number]>()
  for (const question of framework.questions)
    if (!questions.has(question.code)) questions.set(question.code, question)
  return [
    ...checkBounds(framework.method.normalisation, issuePath('method', 'normalisation')),
    ...framework.indicators.flatMap((indicator, index) => {
      const path = issuePath('indicators', index)
      const bounds = indicator.normalisation
        ? checkBounds(indicator.normalisation, childPath(path, 'normalisation'))
        : []
      return [
        ...bounds,
        ...checkDenominator(indicator.denominator, questions, childPath(path, 'denominator')),
      ]
    }),
  ]
}

function checkDenominator(
  code: string | undefined,
  questions: ReadonlyMap<string, Framework['questions'][number]>,
  path: string,
): FrameworkIssue[] {
  if (code === undefined) return []
  const denominator = questions.get(code)
  if (denominator === undefined) return [{ code: 'unknown-denominator', path, denominator: code }]
  if (denominator.type === 'integer' || denominator.type === 'decimal' || denominator.type === 'percent')
    return []
  return [{ code: 'denominator-not-numeric', path, denominator: code, type: denominator.type }]
}

function checkBounds(normalisation: Normalisation, path: string): FrameworkIssue[] {
  if (normalisation.method !== 'min-max' && normalisation.method !== 'goalposts') return []
  const { lower, upper } = normalisation
  return lower >= upper
    ? [{ code: 'min-above-max', path: childPath(path, 'lower'), min: lower, max: upper }]
    : []
}
