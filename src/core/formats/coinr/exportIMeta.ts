import type { Framework } from '@core/framework/framework'
import { componentChildren } from '@core/framework/frameworkSummary'

const HEADER = [
  'Level',
  'iCode',
  'iName',
  'Direction',
  'Weight',
  'Unit',
  'Target',
  'Denominator',
  'Parent',
  'Type',
] as const

/**
 * Writes a framework's tree as a COINr iMeta table (methodology §3 "Table layout"): indicators at
 * level 1, each component one level above its highest child, denominators as `Denominator`
 * rows. Formulas, questions and points rules have no place in iMeta and are left out.
 *
 * @example
 *   writeCsv(exportIMeta(framework)) // => 'Level,iCode,iName,…'
 */
export function exportIMeta(framework: Framework): (string | number)[][] {
  const children = componentChildren(framework)
  const levels = new Map<string, number>()
  const levelOf = (code: string, seen: ReadonlySet<string> = new Set()): number => {
    const known = levels.get(code)
    if (known !== undefined) return known
    const kids = children.get(code) ?? []
    const level =
      kids.length === 0 || seen.has(code)
        ? 2
        : 1 +
          Math.max(
            ...kids.map((child) =>
              child.kind === 'indicator' ? 1 : levelOf(child.component.code, new Set([...seen, code])),
            ),
          )
    levels.set(code, level)
    return level
  }
  const text = (value: { vi: string; en?: string } | undefined) => value?.en ?? value?.vi ?? ''
  const indicatorRows = framework.indicators.map((indicator) => [
    1,
    indicator.code,
    text(indicator.name),
    indicator.direction,
    indicator.weight,
    text(indicator.unit),
    '',
    indicator.denominator ?? '',
    indicator.parent,
    'Indicator',
  ])
  const componentRows = framework.components.map((component) => [
    levelOf(component.code),
    component.code,
    text(component.name),
    1,
    component.weight,
    '',
    '',
    '',
    component.parent ?? '',
    'Aggregate',
  ])
  const denominators = [
    ...new Set(
      framework.indicators.flatMap((indicator) => (indicator.denominator ? [indicator.denominator] : [])),
    ),
  ]
  const denominatorRows = denominators.map((code) => {
    const question = framework.questions.find((candidate) => candidate.code === code)
    return ['', code, text(question?.text), '', '', '', '', '', '', 'Denominator']
  })
  return [[...HEADER], ...indicatorRows, ...componentRows, ...denominatorRows]
}
