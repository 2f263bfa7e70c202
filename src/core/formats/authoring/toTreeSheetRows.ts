import type { Framework } from '@core/framework/framework'
import { localizedCells, yesNoCell, type AuthoringRowValues } from './authoringCellText'
import { toMethodCells } from './toMethodCells'
import { toRuleSheetRows } from './toRuleSheetRows'

/**
 * The rows of the `indicators`, `components`, `rules`, `bands` and `comparability` sheets for a
 * framework, in the framework's order (see `treeSheetLayouts.ts` and `rulesLayout.ts`).
 *
 * @example
 *   toTreeSheetRows(framework).components[0] // => { code: 'ICT', parent: null, name_vi: '…', weight: 1, … }
 */
export function toTreeSheetRows(framework: Framework): {
  readonly indicators: readonly AuthoringRowValues[]
  readonly components: readonly AuthoringRowValues[]
  readonly rules: readonly AuthoringRowValues[]
  readonly bands: readonly AuthoringRowValues[]
  readonly comparability: readonly AuthoringRowValues[]
} {
  return {
    indicators: framework.indicators.map((indicator) => ({
      code: indicator.code,
      parent: indicator.parent,
      ...localizedCells('name', indicator.name),
      ...localizedCells('description', indicator.description),
      formula: indicator.formula,
      direction: indicator.direction,
      weight: indicator.weight,
      ...localizedCells('unit', indicator.unit),
      denominator: indicator.denominator ?? null,
      ...toMethodCells(indicator.normalisation, indicator.imputation, indicator.treatment),
      placeholder: yesNoCell(indicator.placeholder),
      ...localizedCells('evidence', indicator.evidence),
      max_points: indicator.maxPoints ?? null,
    })),
    components: framework.components.map((component) => ({
      code: component.code,
      parent: component.parent,
      ...localizedCells('name', component.name),
      ...localizedCells('description', component.description),
      weight: component.weight,
      aggregation: component.aggregation ?? null,
      max_points: component.maxPoints ?? null,
    })),
    rules: framework.indicators.flatMap((indicator) =>
      indicator.rule === undefined ? [] : toRuleSheetRows(indicator.code, indicator.rule),
    ),
    bands: (framework.bands ?? []).map((band) => ({
      code: band.code,
      ...localizedCells('label', band.label),
      min_share: band.minShare,
    })),
    comparability: (framework.comparability ?? []).flatMap((entry) =>
      entry.notes.length === 0
        ? [{ previous_version: entry.previousVersion }]
        : entry.notes.map((note) => ({
            previous_version: entry.previousVersion,
            indicator: note.indicator,
            change: note.change,
            previous_code: note.previousCode ?? null,
            ...localizedCells('note', note.note),
          })),
    ),
  }
}
