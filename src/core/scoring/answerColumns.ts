import type { Framework } from '@core/framework/framework'
import type { QuestionColumns } from './compileColumnFormula'
import type { IndicatorColumn } from './indicatorColumn'
import { readAnswerColumns } from './readAnswerColumns'
import type { UnitAnswers } from './scoringOptions'

/**
 * Units whose numeric answers also come as columns (decision 0026), what
 * `computeAssessmentColumns` scores: `column(code)` is the question's answers across `units` (unit
 * `i` at position `i`; a finite number, else missing), the same numbers as `units[i].answers[code]`.
 * The units' answers are read only by formulas that are not compiled over columns, so a table
 * may build them on first read.
 *
 * @example
 *   const table: AnswerColumns = { units, column: (code) => columns.get(code) ?? allMissing }
 */
export type AnswerColumns = {
  readonly units: readonly UnitAnswers[]
  readonly column: QuestionColumns
}

/**
 * The units' numeric answers as columns (every integer, decimal and percent question of the
 * framework), for `computeAssessmentColumns`: a table read once and scored many times (what-if
 * runs, benchmarks).
 *
 * @example
 *   computeAssessmentColumns(framework, answerColumnsOf(framework, units))
 */
export function answerColumnsOf(
  framework: Pick<Framework, 'questions'>,
  units: readonly UnitAnswers[],
): AnswerColumns {
  const codes = framework.questions
    .filter(({ type }) => type === 'integer' || type === 'decimal' || type === 'percent')
    .map(({ code }) => code)
  const columns = readAnswerColumns(units, codes)
  let absent: IndicatorColumn | undefined
  return {
    units,
    column: (code) => {
      const known = columns.get(code)
      if (known !== undefined) return known
      absent ??= {
        values: new Float64Array(units.length),
        missing: new Uint8Array(units.length).fill(1),
      }
      return absent
    },
  }
}
