import type { Aggregation, Imputation, Normalisation, Treatment } from '@core/framework/method'
import { aggregateColumns } from './aggregateColumns'
import type { QuestionColumns } from './compileColumnFormula'
import type { CompiledComponent, CompiledFramework, CompiledIndicator } from './compileFramework'
import { createFormulaCache } from './evaluatePointsRule'
import type { ImputationContext } from './imputeColumn'
import { imputeColumnar, type ImputedColumnar } from './imputeColumnar'
import {
  arrayToColumn,
  columnToArray,
  identityTreatment,
  type ColumnTreatment,
  type IndicatorColumn,
} from './indicatorColumn'
import { normaliseColumnar } from './normaliseColumnar'
import { readIndicatorColumns, type IndicatorColumns } from './readIndicatorColumns'
import { scorePoints } from './scorePoints'
import { treatColumn } from './treatColumn'
import type { ScoringOptions, UnitAnswers } from './scoringOptions'
import type { ScoringWarning } from './scoringWarning'

/** Everything the columnar engine computed, per compiled indicator and component (same order). */
export type ColumnarScores = {
  readonly read: IndicatorColumns
  /** After imputation, before treatment: the value the results show. */
  readonly imputed: readonly ImputedColumnar[]
  /** After treatment: what was normalised (relative family). */
  readonly treated: readonly IndicatorColumn[]
  /** What each indicator's treatment recorded (`null` for the identity treatment). */
  readonly treatmentRecords: readonly unknown[]
  /** Normalised values (relative family) or points (points family). */
  readonly scores: readonly IndicatorColumn[]
  /** Per compiled component, bottom-up. */
  readonly components: readonly IndicatorColumn[]
}

/** Which treatment each indicator gets (the hook of decision 0016). */
export type TreatmentChoice = (entry: CompiledIndicator) => ColumnTreatment

/**
 * The outlier treatment the method asks for (decision 0017): the override (`--treat`, a
 * sensitivity run), else the indicator's, else the framework's, else none; COINr's `Treat`
 * (`treatColumn`) for any but none, which stays the identity and records nothing.
 *
 * @example
 *   scoreColumns(compiled, units, options, warnings, methodTreatment(compiled, options))
 */
export function methodTreatment(compiled: CompiledFramework, options: ScoringOptions): TreatmentChoice {
  return ({ indicator }) => {
    const treatment: Treatment = options.overrides?.treatment ??
      indicator.treatment ??
      compiled.framework.method.treatment ?? { method: 'none' }
    return treatment.method === 'none'
      ? identityTreatment
      : (values, missing) => treatColumn(values, missing, treatment)
  }
}

/**
 * The columnar engine (decision 0016): formulas → imputation → treatment → normalisation (relative
 * family) or points → aggregation bottom-up, each stage a loop over `Float64Array` columns with
 * missing masks. Warnings are pushed in the order the unit-by-unit engine pushed them.
 *
 * The treatment stage sits where COINr applies `Treat`: after imputation, before normalisation.
 * `treatment` picks a `ColumnTreatment` per indicator: by default what the method asks for
 * (`methodTreatment`). `source`, when given, gives the numeric questions' answers as columns
 * (`computeAssessmentColumns`); otherwise they are read from the units' answers.
 *
 * @example
 *   const scores = scoreColumns(compileFramework(framework), units, {}, warnings)
 *   scores.components.at(-1) // => the root's column
 */
export function scoreColumns(
  compiled: CompiledFramework,
  units: readonly UnitAnswers[],
  options: ScoringOptions,
  warnings: ScoringWarning[],
  treatment: TreatmentChoice = methodTreatment(compiled, options),
  source?: QuestionColumns,
): ColumnarScores {
  const read = readIndicatorColumns(compiled, units, source)
  const relative = compiled.framework.family === 'relative'
  const formulas = createFormulaCache()
  const imputed: ImputedColumnar[] = []
  const treated: IndicatorColumn[] = []
  const treatmentRecords: unknown[] = []
  const scores: IndicatorColumn[] = []
  compiled.indicators.forEach((entry, position) => {
    const { indicator } = entry
    const imputation: Imputation =
      options.overrides?.imputation ?? indicator.imputation ?? compiled.framework.method.imputation
    const filled = imputeColumnar(
      read.columns[position] as IndicatorColumn,
      imputation,
      imputationContext(units, indicator.code, options),
    )
    imputed.push(filled)
    noteImputation(filled, imputation, indicator.code, units, warnings)
    if (relative) {
      const outcome = treatment(entry)(filled.values, filled.missing)
      const column = { values: outcome.values, missing: filled.missing }
      treated.push(column)
      treatmentRecords.push(outcome.record)
      scores.push(normaliseIndicator(entry, column, entry.normalisation, warnings))
    } else {
      treated.push(filled)
      treatmentRecords.push(null)
      const raw = read.rows[position] ?? columnToArray(read.columns[position] as IndicatorColumn)
      scores.push(
        arrayToColumn(
          scorePoints(
            entry,
            units,
            raw,
            columnToArray(filled),
            read.scopes(),
            formulas,
            options.appraisedPoints,
          ),
        ),
      )
    }
  })
  const components = aggregateTree(compiled.indicators, scores, compiled.components, units, warnings)
  return { read, imputed, treated, treatmentRecords, scores, components }
}

/**
 * One indicator's normalised column; its warnings (constant column, maximum ≤ 0) go to `warnings`
 * when given.
 *
 * @example
 *   normaliseIndicator(entry, column, entry.normalisation, warnings)
 */
export function normaliseIndicator(
  entry: CompiledIndicator,
  column: IndicatorColumn,
  normalisation: Normalisation,
  warnings: ScoringWarning[] | null,
): IndicatorColumn {
  const normalised = normaliseColumnar(column, normalisation, entry.indicator.direction)
  if (warnings !== null) {
    if (normalised.isConstant) warnings.push({ code: 'constant-indicator', indicator: entry.indicator.code })
    if (normalised.hasNonPositiveMaximum)
      warnings.push({ code: 'non-positive-maximum', indicator: entry.indicator.code })
  }
  return normalised.column
}

/**
 * Every component's column, bottom-up, from the indicators' score columns. `aggregation`, when
 * given, replaces every component's aggregation (what-if and uncertainty runs); the children's
 * weights are those in `components`. Refused units (a value ≤ 0 under geometric, 0 under
 * harmonic) are warned about when `warnings` is given.
 *
 * @example
 *   aggregateTree(compiled.indicators, scores, compiled.components, units, warnings).at(-1) // => the root
 */
export function aggregateTree(
  indicators: readonly CompiledIndicator[],
  scores: readonly IndicatorColumn[],
  components: readonly CompiledComponent[],
  units: readonly { readonly code: string }[],
  warnings: ScoringWarning[] | null,
  aggregation?: Aggregation,
): IndicatorColumn[] {
  const unitCount = units.length
  const byCode = new Map<string, IndicatorColumn>()
  indicators.forEach((entry, position) =>
    byCode.set(entry.indicator.code, scores[position] as IndicatorColumn),
  )
  let absent: IndicatorColumn | undefined
  const columnOf = (code: string) => {
    const known = byCode.get(code)
    if (known !== undefined) return known
    absent ??= { values: new Float64Array(unitCount), missing: new Uint8Array(unitCount).fill(1) }
    return absent
  }
  return components.map(({ component, aggregation: own, children }) => {
    const method = aggregation ?? own
    const outcome = aggregateColumns(
      children.map((child) => columnOf(child.code)),
      children.map((child) => child.weight),
      method,
      unitCount,
      component.maxPoints,
    )
    if (warnings !== null && outcome.refused.length > 0) {
      const code = method === 'geometric' ? 'non-positive-under-geometric' : 'zero-under-harmonic'
      for (const index of outcome.refused)
        warnings.push({ code, node: component.code, unit: units[index]?.code ?? '' })
    }
    byCode.set(component.code, outcome.column)
    return outcome.column
  })
}

function imputationContext(
  units: readonly UnitAnswers[],
  indicatorCode: string,
  options: ScoringOptions,
): ImputationContext {
  return {
    attribute: (index, attribute) =>
      attribute === 'group' ? units[index]?.group : units[index]?.attributes?.[attribute],
    previousValue: (index) => options.previousValues?.get(units[index]?.code ?? '')?.[indicatorCode] ?? null,
  }
}

function noteImputation(
  filled: ImputedColumnar,
  imputation: Imputation,
  indicatorCode: string,
  units: readonly UnitAnswers[],
  warnings: ScoringWarning[],
) {
  let missing = 0
  // The typed array's own search first: most columns have no missing value.
  if (filled.missing.indexOf(1) !== -1)
    for (let index = 0; index < filled.missing.length; index += 1) missing += filled.missing[index] as number
  if (missing > 0)
    warnings.push({
      code: 'missing-data-share',
      indicator: indicatorCode,
      share: missing / Math.max(1, units.length),
    })
  if (imputation.method === 'none') return
  for (const index of filled.impossible)
    warnings.push({
      code: 'imputation-impossible',
      indicator: indicatorCode,
      unit: units[index]?.code ?? '',
      method: imputation.method,
    })
}
