import { latestAppraisals } from '@core/assessment/appraisal'
import type { Question } from '@core/framework/framework'
import type { AnswerValue } from '@core/responses/answer'
import type { SheetSpec, SpecCell, WritableCellValue } from '@core/excel/workbookSpec'
import { REPORT_LABELS } from './reportLabels'
import { header, note, tableRange, vi } from './reportCells'
import type { ResultsReportInput } from './resultsReportInput'

/** The fill of answers changed by an appraisal (light blue). */
export const APPRAISED_FILL = 'DDEBF7'
const HEADER_ROW = 3

/**
 * "Số liệu gốc": every unit's final answers (declared, with appraisals applied; appraised cells
 * highlighted), one column per question with its code and text as headings; and "Thẩm định": the
 * appraisals in force with their reasons and, for those deciding a unit's response (vòng giải
 * trình, decision 0027), the unit's explanation and the decision.
 *
 * @example
 *   answerSheets(input)[0]?.rows[HEADER_ROW - 1] // => ['Mã', 'Đơn vị', 'SoCBCC', …]
 */
export function answerSheets(input: ResultsReportInput): SheetSpec[] {
  const { framework, result } = input
  const root = result.components[result.rootCode]
  const order = result.units
    .map((_, index) => index)
    .sort(
      (a, b) =>
        (root?.rank[a] ?? Infinity) - (root?.rank[b] ?? Infinity) ||
        (result.units[a]?.code ?? '').localeCompare(result.units[b]?.code ?? ''),
    )
  const appraisals = latestAppraisals(input.appraisals)
  const appraised = new Set(
    appraisals
      .filter((appraisal) => appraisal.kind !== 'points')
      .map((appraisal) => JSON.stringify([appraisal.unit, appraisal.question])),
  )
  const questions = framework.questions
  const rows = order.map((index): SpecCell[] => {
    const unit = input.units[index]
    const code = unit?.code ?? ''
    return [
      code,
      unit?.name ?? '',
      ...questions.map((question) => {
        const value = answerCell(question, unit?.answers[question.code])
        return appraised.has(JSON.stringify([code, question.code]))
          ? { value, style: { fill: APPRAISED_FILL } }
          : value
      }),
    ]
  })
  const answersSheet: SheetSpec = {
    name: REPORT_LABELS.sheets.answers,
    columns: [{ width: 14 }, { width: 40, style: { wrap: true } }, ...questions.map(() => ({ width: 16 }))],
    rows: [
      [note(REPORT_LABELS.answersNote)],
      [header(REPORT_LABELS.question), header(''), ...questions.map((question) => header(vi(question.text)))],
      [
        header(REPORT_LABELS.code),
        header(REPORT_LABELS.unit),
        ...questions.map((question) => header(question.code)),
      ],
      ...rows,
    ],
    freeze: { rows: HEADER_ROW, columns: 2 },
    autoFilter: tableRange(HEADER_ROW, questions.length + 2, rows.length),
  }
  const names = new Map(input.units.map((unit) => [unit.code, unit.name]))
  // an appraisal deciding a unit's response: the unit's explanation and the decision (two more
  // columns, only when some appraisal decides one, so earlier reports still verify as written)
  const hasDecisions = appraisals.some((appraisal) => appraisal.response !== undefined)
  const decision = (appraisal: (typeof appraisals)[number]): SpecCell[] =>
    !hasDecisions
      ? []
      : appraisal.response === undefined
        ? [null, null]
        : [
            appraisal.response.explanation,
            REPORT_LABELS.roundDecision(appraisal.response.decision, appraisal.response.round),
          ]
  const columnLabels = hasDecisions
    ? [...REPORT_LABELS.appraisalColumns, ...REPORT_LABELS.decisionColumns]
    : REPORT_LABELS.appraisalColumns
  const appraisalRows = appraisals.map((appraisal): SpecCell[] => {
    if (appraisal.kind === 'points') {
      // A points appraisal: the criterion and the points awarded.
      const criterion = framework.indicators.find((candidate) => candidate.code === appraisal.question)
      return [
        appraisal.unit,
        names.get(appraisal.unit) ?? '',
        appraisal.question,
        `${REPORT_LABELS.pointsAppraisal}: ${vi(criterion?.name)}`,
        typeof appraisal.value === 'number' ? appraisal.value : 0,
        appraisal.reason,
        appraisal.at,
        ...decision(appraisal),
      ]
    }
    const question = questions.find((candidate) => candidate.code === appraisal.question)
    return [
      appraisal.unit,
      names.get(appraisal.unit) ?? '',
      appraisal.question,
      vi(question?.text),
      question === undefined ? null : answerCell(question, appraisal.value),
      appraisal.reason,
      appraisal.at,
      ...decision(appraisal),
    ]
  })
  const appraisalSheet: SheetSpec = {
    name: REPORT_LABELS.sheets.appraisals,
    columns: hasDecisions
      ? [
          { width: 12 },
          { width: 28, style: { wrap: true } },
          { width: 14 },
          { width: 32, style: { wrap: true } },
          { width: 14 },
          { width: 32, style: { wrap: true } },
          { width: 22 },
          { width: 36, style: { wrap: true } },
          { width: 18, style: { wrap: true } },
        ]
      : [
          { width: 14 },
          { width: 36, style: { wrap: true } },
          { width: 18 },
          { width: 40, style: { wrap: true } },
          { width: 16 },
          { width: 40, style: { wrap: true } },
          { width: 24 },
        ],
    rows: [columnLabels.map(header), ...appraisalRows],
    freeze: { rows: 1 },
    autoFilter: tableRange(1, columnLabels.length, appraisalRows.length),
  }
  return [answersSheet, appraisalSheet]
}

/** An answer as a cell: numbers stay numbers, choices by label, dates as dates, tables and files counted. */
function answerCell(question: Question, value: AnswerValue | null | undefined): WritableCellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? REPORT_LABELS.yes : REPORT_LABELS.no
  const label = (choice: string) => {
    const choices = 'choices' in question ? question.choices : []
    return vi(choices.find((candidate) => candidate.value === choice)?.label) || choice
  }
  if (typeof value === 'string') {
    if (question.type === 'single-choice') return label(value)
    if (question.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { type: 'date', iso: value }
    return value
  }
  if (question.type === 'multi-choice') return (value as readonly string[]).map(label).join('; ')
  return question.type === 'evidence' ? REPORT_LABELS.files(value.length) : REPORT_LABELS.rows(value.length)
}
