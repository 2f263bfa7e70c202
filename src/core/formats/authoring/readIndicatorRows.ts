import { childPath, issuePath } from '@core/framework/issuePath'
import { aggregations } from '@core/framework/method'
import { authoringFieldReader, type AuthoringFieldReader } from './authoringFieldReader'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'
import { groupRows, peekText } from '@core/formats/framework-file/peekText'
import { readImputation, readNormalisation, readTreatment } from './readMethodFields'
import { readRuleRows } from './readRuleRows'

/**
 * Builds the framework's `indicators` from the `indicators` rows, each with the rule its `rules`
 * rows describe (`readRuleRows`); rule rows naming no indicator are reported.
 *
 * @example
 *   readIndicatorRows(indicatorRows, ruleRows, context)[0] // => { code: '1.1', parent: '1', formula: '…', rule: { kind: 'steps', … }, … }
 */
export function readIndicatorRows(
  rows: readonly AuthoringFieldSource[],
  ruleRows: readonly AuthoringFieldSource[],
  context: AuthoringReadContext,
): readonly Record<string, unknown>[] {
  const rulesByIndicator = groupRows(ruleRows, (row) => peekText(row, 'indicator'))
  const codes = new Set<string>()
  const indicators = rows.map((row, index) => {
    const read = authoringFieldReader(row, context)
    const path = issuePath('indicators', index)
    read.record(path, 'code')
    const code = read.requiredText('code', childPath(path, 'code'))
    const isFirst = code !== undefined && !codes.has(code)
    if (code !== undefined) codes.add(code)
    return compactObject({
      code,
      name: read.localized('name', childPath(path, 'name'), true),
      description: read.localized('description', childPath(path, 'description')),
      formula: read.requiredText('formula', childPath(path, 'formula')),
      direction: readDirection(read, childPath(path, 'direction')),
      weight: read.number('weight', childPath(path, 'weight')),
      parent: read.requiredText('parent', childPath(path, 'parent')),
      unit: read.localized('unit', childPath(path, 'unit')),
      denominator: read.text('denominator', childPath(path, 'denominator')),
      normalisation: readNormalisation(read, childPath(path, 'normalisation')),
      imputation: readImputation(read, childPath(path, 'imputation')),
      treatment: readTreatment(read, childPath(path, 'treatment')),
      placeholder: read.yesNo('placeholder', childPath(path, 'placeholder')),
      evidence: read.localized('evidence', childPath(path, 'evidence')),
      maxPoints: read.number('max_points', childPath(path, 'maxPoints')),
      rule: isFirst
        ? readRuleRows(rulesByIndicator.get(code) ?? [], childPath(path, 'rule'), context)
        : undefined,
    })
  })
  for (const [indicator, group] of rulesByIndicator) {
    if (codes.has(indicator)) continue
    for (const row of group) {
      if (indicator === '') authoringFieldReader(row, context).requiredText('indicator')
      else
        context.issues.push({
          code: 'authoring-unknown-indicator',
          sheet: row.sheet,
          cell: row.cell('indicator') ?? '',
          found: indicator,
        })
    }
  }
  return indicators
}

/**
 * Builds the framework's `components` from the `components` rows (an empty parent is the root).
 *
 * @example
 *   readComponentRows(rows, context)[0] // => { code: 'ICT', name: { vi: '…' }, parent: null, weight: 1 }
 */
export function readComponentRows(
  rows: readonly AuthoringFieldSource[],
  context: AuthoringReadContext,
): readonly Record<string, unknown>[] {
  return rows.map((row, index) => {
    const read = authoringFieldReader(row, context)
    const path = issuePath('components', index)
    read.record(path, 'code')
    return compactObject({
      code: read.requiredText('code', childPath(path, 'code')),
      name: read.localized('name', childPath(path, 'name'), true),
      description: read.localized('description', childPath(path, 'description')),
      parent: read.text('parent', childPath(path, 'parent')) ?? (read.isBlank('parent') ? null : undefined),
      weight: read.number('weight', childPath(path, 'weight')),
      aggregation: read.option('aggregation', aggregations, childPath(path, 'aggregation')),
      maxPoints: read.number('max_points', childPath(path, 'maxPoints')),
    })
  })
}

function readDirection(read: AuthoringFieldReader, path: string): 1 | -1 | undefined {
  const value = read.number('direction', path)
  if (value === undefined || value === 1 || value === -1) return value
  return void read.option('direction', ['1', '-1'])
}
