import type { QuestionColumns } from './compileColumnFormula'
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
