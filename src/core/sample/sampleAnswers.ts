import type { AnswerValue } from '@core/responses/answer'

/**
 * What a sample profile proposes for one unit and year, by question code: a value, or `null` for
 * a question the unit leaves blank on purpose. A code that is absent is one the profile does not
 * know; the generator answers it from the question's type.
 *
 * @example
 *   const answers: SampleAnswers = { SoCBCC: 80, MayAnh: null }
 */
export type SampleAnswers = Readonly<Record<string, AnswerValue | null>>
