import type { FormulaScope, FormulaValue } from '@core/formula/formulaValue'
import { questionIndex } from '@core/responses/formulaScopeForAnswers'
import { unitScope } from '@core/responses/unitScope'
import type { QuestionColumns } from './compileColumnFormula'
import type { CompiledFramework } from './compileFramework'
import { computeIndicatorColumn, numericValue } from './computeIndicatorColumn'
import type { IndicatorColumn } from './indicatorColumn'
import { readAnswerColumns } from './readAnswerColumns'
import type { UnitAnswers } from './scoringOptions'

export type IndicatorColumns = {
  /** Per compiled indicator: the numeric reading of its formula value (booleans 1/0), before imputation. */
  readonly columns: readonly IndicatorColumn[]
  /** Per compiled indicator: the formula values unit by unit when the formula was not compiled over columns (texts and choice lists kept), else `null`. */
  readonly rows: readonly (readonly (FormulaValue | readonly string[])[] | null)[]
  /** Each unit's formula scope (relevance applied), built on first use. */
  readonly scopes: () => readonly FormulaScope[]
}

/**
 * The formula stage of the columnar engine (decision 0016): every indicator's value for every
 * unit, after the denominator. A formula compiled over columns reads each numeric question's
 * answers once into a shared column; any other formula is evaluated unit by unit in the unit's
 * scope, exactly as before.
 *
 * @example
 *   readIndicatorColumns(compileFramework(framework), units).columns[0]?.values // => Float64Array [1.2, 0, 0.8]
 */
export function readIndicatorColumns(
  compiled: CompiledFramework,
  units: readonly UnitAnswers[],
  source?: QuestionColumns,
): IndicatorColumns {
  const unitCount = units.length
  // Every question a column formula reads, in one walk over the units (decision 0026), unless
  // the answers already come as columns (`source`).
  const questionColumns =
    source === undefined
      ? readAnswerColumns(
          units,
          compiled.indicators.flatMap((entry) => entry.columnQuestions),
        )
      : new Map<string, IndicatorColumn>()
  const readQuestion = (code: string): IndicatorColumn => {
    const known = questionColumns.get(code)
    if (known !== undefined) return known
    if (source !== undefined) return source(code)
    const values = new Float64Array(unitCount)
    const missing = new Uint8Array(unitCount)
    for (let index = 0; index < unitCount; index += 1) {
      const answer = (units[index] as UnitAnswers).answers[code]
      if (typeof answer === 'number' && Number.isFinite(answer)) values[index] = answer
      else missing[index] = 1
    }
    const column = { values, missing }
    questionColumns.set(code, column)
    return column
  }
  let scopes: readonly FormulaScope[] | undefined
  const scopesOnce = () => {
    if (scopes === undefined) {
      const questions = questionIndex(compiled.framework)
      scopes = units.map((unit) => unitScope(questions, compiled.relevance, unit.answers))
    }
    return scopes
  }
  const columns: IndicatorColumn[] = []
  const rows: ((FormulaValue | readonly string[])[] | null)[] = []
  for (const entry of compiled.indicators) {
    if (entry.columnFormula !== null) {
      columns.push(entry.columnFormula(readQuestion, unitCount))
      rows.push(null)
      continue
    }
    const row = computeIndicatorColumn(entry.indicator, entry.formula, scopesOnce())
    const values = new Float64Array(unitCount)
    const missing = new Uint8Array(unitCount)
    row.forEach((cell, index) => {
      const value = numericValue(cell)
      if (value === null) missing[index] = 1
      else values[index] = value
    })
    columns.push({ values, missing })
    rows.push(row)
  }
  return { columns, rows, scopes: scopesOnce }
}
