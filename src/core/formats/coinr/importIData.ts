import type { Framework } from '@core/framework/framework'
import { ok, type Result } from '@core/result'
import type { UnitAnswers } from '@core/scoring/scoringOptions'
import type { IDataIssue } from './iDataIssue'
import { importIDataColumns } from './importIDataColumns'
import type { TableGrid } from './tableGrid'

export type { IDataIssue } from './iDataIssue'

/**
 * Reads a COINr iData table (one row per unit: uCode, uName, group columns, Time, denominators,
 * indicators) as units with answers to the framework's questions. Columns that are not
 * questions become unit attributes (for group-mean imputation). Every problem is collected.
 * Cells are read by their question's type: numbers (dot or Vietnamese decimal comma), yes-no as
 * 1/0, TRUE/FALSE, có/không, choices and text as text, multi-choice as `;`-separated values;
 * table and evidence questions have no cell form and are skipped. The reading itself is
 * `importIDataColumns`' (which also keeps the numbers as columns, decision 0026).
 *
 * @example
 *   importIData(parseCsv(text), framework) // => ok([{ code: 'AUT', name: 'Austria', answers: { LPI: 4.09, … } }, …])
 */
export function importIData(
  grid: TableGrid,
  framework: Pick<Framework, 'questions'>,
): Result<UnitAnswers[], readonly IDataIssue[]> {
  const table = importIDataColumns(grid, framework)
  if (!table.ok) return table
  return ok(
    table.value.units.map(({ code, name, group, attributes, answers }) => ({
      code,
      name,
      group,
      ...(attributes === undefined ? {} : { attributes }),
      answers,
    })),
  )
}
