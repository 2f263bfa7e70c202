import type { CsvField } from '@core/excel/csv/writeCsv'
import type { Framework, Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import type { Sample } from './generateSample'

/** The question types that fit in one cell. */
const SCALAR_TYPES: ReadonlySet<Question['type']> = new Set([
  'integer',
  'decimal',
  'percent',
  'yes-no',
  'single-choice',
  'multi-choice',
  'text',
  'date',
])

/**
 * A sample as one table for `ictwb score --data` (COINr iData layout): a header `uCode`, `uName`,
 * `Group`, then one column per question in framework order, and one row per unit. Cells:
 * numbers as numbers; yes-no as 1 / 0; a choice as its value; several choices joined with `;`;
 * texts and dates as text; blank when unanswered or not asked. Table and evidence questions are
 * left out (they do not fit in a cell; the JSON files keep table rows).
 *
 * @example
 *   writeCsv(sampleDataTable(sample, framework), csvStyleOptions('machine'))
 *   // uCode,uName,Group,SoCBCC,SoDonViTrucThuoc,…
 *   // VP-UBND,Văn phòng UBND thành phố,so-ban-nganh,212,4,…
 */
export function sampleDataTable(
  sample: Pick<Sample, 'submissions'>,
  framework: Pick<Framework, 'questions'>,
): CsvField[][] {
  const questions = framework.questions.filter((question) => SCALAR_TYPES.has(question.type))
  const header: CsvField[] = ['uCode', 'uName', 'Group', ...questions.map((question) => question.code)]
  const rows = sample.submissions.map(({ unit, answers }) => [
    unit.code,
    unit.name,
    unit.group,
    ...questions.map((question) => toCell(answers[question.code])),
  ])
  return [header, ...rows]
}

function toCell(value: AnswerValue | null | undefined): CsvField {
  if (value === null || value === undefined) return null
  if (typeof value === 'boolean') return value ? 1 : 0
  if (typeof value === 'number' || typeof value === 'string') return value
  return value.every((item) => typeof item === 'string') ? value.join(';') : null
}
