import { childPath } from '@core/framework/issuePath'
import { pointsRuleKinds, type PointsRuleKind } from '@core/framework/pointsRule'
import { authoringFieldReader, type AuthoringFieldReader } from './authoringFieldReader'
import type { AuthoringFieldSource, AuthoringReadContext } from './authoringReadContext'
import { compactObject } from './compactObject'
import { peekText } from '@core/formats/framework-file/peekText'
import { ruleParameterColumns } from './rulesLayout'

type RuleRow = {
  readonly row: AuthoringFieldSource
  readonly read: AuthoringFieldReader
  readonly segments: readonly string[]
}
type Role = 'main-rule' | 'part' | 'alternative'

const PARAMETER_KEYS = [...new Set(Object.values(ruleParameterColumns).flat())]

/**
 * Builds one indicator's points rule from its `rules` rows: the row with an empty `part` is the
 * main rule; a `sum-of-parts` or `best-of` row takes as parts / alternatives the rows whose `part`
 * path extends its own by one code (`a` under the main row, `a/x` under `a`), in row order. Each
 * kind's parameters are required and the other parameters must be empty. Rows with no suitable
 * parent row, and repeated paths, are reported. `undefined` when the indicator has no rows.
 *
 * @example
 *   readRuleRows(rows, 'indicators[4].rule', context)
 *   // => { kind: 'sum-of-parts', parts: [{ code: 'a', formula: 'ThamGiaHopTinh', maxPoints: 5, rule: { kind: 'yes-no', … } }, …] }
 */
export function readRuleRows(
  rows: readonly AuthoringFieldSource[],
  path: string,
  context: AuthoringReadContext,
): Record<string, unknown> | undefined {
  if (rows.length === 0) return undefined
  const byPath = new Map<string, RuleRow>()
  for (const row of rows) {
    const segments = peekText(row, 'part')
      .split('/')
      .map((segment) => segment.trim())
      .filter((segment) => segment !== '')
    const key = segments.join('/')
    if (byPath.has(key)) {
      const found = key === '' ? peekText(row, 'indicator') : key
      context.issues.push({
        code: 'authoring-duplicate-row',
        sheet: row.sheet,
        cell: row.cell(key === '' ? 'indicator' : 'part') ?? '',
        found,
      })
    } else byPath.set(key, { row, read: authoringFieldReader(row, context), segments })
  }
  const used = new Set<RuleRow>()
  const childrenOf = (parent: readonly string[]): readonly RuleRow[] =>
    [...byPath.values()].filter(
      (entry) =>
        entry.segments.length === parent.length + 1 &&
        entry.segments.slice(0, -1).join('/') === parent.join('/'),
    )
  const build = (entry: RuleRow, rulePath: string, role: Role): Record<string, unknown> => {
    used.add(entry)
    const read = entry.read
    if (role === 'main-rule') read.mustBeEmpty(['formula', 'name_vi', 'name_en', 'max_points'], role)
    if (role === 'alternative') read.mustBeEmpty(['max_points'], role)
    const kind = read.option('kind', pointsRuleKinds, childPath(rulePath, 'kind'))
    if (read.isBlank('kind')) read.requiredText('kind')
    read.record(rulePath, 'kind')
    if (kind === undefined) return {}
    const own: readonly string[] = ruleParameterColumns[kind]
    read.mustBeEmpty(
      PARAMETER_KEYS.filter((key) => !own.includes(key)),
      kind,
    )
    const children = (kind === 'sum-of-parts' || kind === 'best-of' ? childrenOf(entry.segments) : []).map(
      (child, index) => {
        const isPart = kind === 'sum-of-parts'
        const childPathText = childPath(rulePath, isPart ? 'parts' : 'alternatives', index)
        child.read.record(childPathText, 'part')
        child.read.record(childPath(childPathText, 'code'), 'part')
        return compactObject({
          code: child.segments.at(-1),
          name: child.read.localized('name', childPath(childPathText, 'name')),
          formula: child.read.requiredText('formula', childPath(childPathText, 'formula')),
          maxPoints: isPart
            ? requiredNumber(child.read, 'max_points', childPath(childPathText, 'maxPoints'))
            : undefined,
          rule: build(child, childPath(childPathText, 'rule'), isPart ? 'part' : 'alternative'),
        })
      },
    )
    return compactObject({ kind, ...readParameters(kind, read, rulePath, children) })
  }
  const main = byPath.get('')
  const rule = main === undefined ? undefined : build(main, path, 'main-rule')
  for (const entry of byPath.values()) {
    if (used.has(entry)) continue
    context.issues.push({
      code: 'authoring-rule-without-parent',
      sheet: entry.row.sheet,
      cell: entry.row.cell('part') ?? '',
      found: entry.segments.join('/'),
    })
  }
  return rule
}

function readParameters(
  kind: PointsRuleKind,
  read: AuthoringFieldReader,
  path: string,
  children: readonly Record<string, unknown>[],
): Record<string, unknown> {
  const at = (key: string) => childPath(path, key)
  switch (kind) {
    case 'steps':
      return { steps: requiredList(read, 'steps', at('steps')) }
    case 'choice':
      return {
        mode: requiredOption(read, 'mode', ['points', 'fraction'], at('mode')),
        outcomes: requiredList(read, 'outcomes', at('outcomes')),
      }
    case 'yes-no':
      return {
        yesPoints: requiredNumber(read, 'yes_points', at('yesPoints')),
        noPoints: requiredNumber(read, 'no_points', at('noPoints')),
      }
    case 'per-item':
      return { pointsPerItem: requiredNumber(read, 'points_per_item', at('pointsPerItem')) }
    case 'sum-of-parts':
      return { parts: children }
    case 'best-of':
      return { alternatives: children }
    case 'presence-bonus':
      return {
        presencePoints: requiredNumber(read, 'presence_points', at('presencePoints')),
        bonusFormula: read.requiredText('bonus_formula', at('bonusFormula')),
        bonusPoints: requiredNumber(read, 'bonus_points', at('bonusPoints')),
      }
    case 'penalty':
      return { points: requiredNumber(read, 'penalty_points', at('points')) }
    default:
      return {}
  }
}

function requiredNumber(read: AuthoringFieldReader, key: string, path: string): number | undefined {
  return read.isBlank(key) ? void read.requiredText(key) : read.number(key, path)
}

function requiredList(
  read: AuthoringFieldReader,
  key: 'steps' | 'outcomes',
  path: string,
): readonly unknown[] | undefined {
  return read.isBlank(key) ? void read.requiredText(key) : read.list(key, key, path)
}

function requiredOption<T extends string>(
  read: AuthoringFieldReader,
  key: string,
  options: readonly T[],
  path: string,
): T | undefined {
  return read.isBlank(key) ? void read.requiredText(key) : read.option(key, options, path)
}
