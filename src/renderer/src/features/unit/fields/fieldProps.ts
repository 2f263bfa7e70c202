import type { AnswerValue } from '@core/responses/answer'
import type { SubmissionPatch } from '@core/responses/submission'

/** What every answer control gets from its question card. */
export type ControlProps<Q> = {
  readonly question: Q
  readonly value: AnswerValue | null | undefined
  readonly readOnly: boolean
  /** Id of the element whose text is the accessible name: "<code> <question text>". */
  readonly labelId: string
  /** Ids of the help, unit and problem texts. */
  readonly describedBy: string | undefined
  readonly invalid: boolean
  readonly onEdit: (patch: SubmissionPatch) => void
}

/** Id of a control (or table cell) that the problems list and "next question" focus. */
export const controlId = (question: string, row?: number, column?: string): string =>
  row === undefined ? `answer-${question}` : `answer-${question}-r${row}-${column ?? ''}`
