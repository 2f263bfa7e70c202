import type { LocalizedText, PointsRule } from '@core/framework/framework'
import { localizedCells, type AuthoringRowValues } from './authoringCellText'
import { formatListCell } from './listCellText'

type PartFields = { readonly formula: string; readonly name?: LocalizedText; readonly maxPoints?: number }

/**
 * The `rules` rows of one indicator's rule: the main row (empty `part`), then for `sum-of-parts`
 * and `best-of` one row per part or alternative right after its parent, with its path in `part`
 * (`a`, and `a/x` for a part of part `a`).
 *
 * @example
 *   toRuleSheetRows('1.1', { kind: 'steps', steps: [{ atLeast: 4, points: 20 }] })
 *   // => [{ indicator: '1.1', part: null, kind: 'steps', steps: '4:20', … }]
 */
export function toRuleSheetRows(
  indicator: string,
  rule: PointsRule,
  path: readonly string[] = [],
  part?: PartFields,
): readonly AuthoringRowValues[] {
  const row: AuthoringRowValues = {
    indicator,
    part: path.length === 0 ? null : path.join('/'),
    kind: rule.kind,
    formula: part?.formula ?? null,
    ...localizedCells('name', part?.name),
    max_points: part?.maxPoints ?? null,
    ...parameterCells(rule),
  }
  if (rule.kind === 'sum-of-parts')
    return [
      row,
      ...rule.parts.flatMap((child) => toRuleSheetRows(indicator, child.rule, [...path, child.code], child)),
    ]
  if (rule.kind === 'best-of')
    return [
      row,
      ...rule.alternatives.flatMap((child) =>
        toRuleSheetRows(indicator, child.rule, [...path, child.code], child),
      ),
    ]
  return [row]
}

function parameterCells(rule: PointsRule): AuthoringRowValues {
  switch (rule.kind) {
    case 'steps':
      return { steps: formatListCell('steps', rule.steps) }
    case 'choice':
      return { mode: rule.mode, outcomes: formatListCell('outcomes', rule.outcomes) }
    case 'yes-no':
      return { yes_points: rule.yesPoints, no_points: rule.noPoints }
    case 'per-item':
      return { points_per_item: rule.pointsPerItem }
    case 'presence-bonus':
      return {
        presence_points: rule.presencePoints,
        bonus_formula: rule.bonusFormula,
        bonus_points: rule.bonusPoints,
      }
    case 'penalty':
      return { penalty_points: rule.points }
    default:
      return {}
  }
}
