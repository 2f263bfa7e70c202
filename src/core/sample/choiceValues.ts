import type { Framework } from '@core/framework/framework'

/**
 * The choice values of a single- or multi-choice question, in the framework's order (the built-in
 * frameworks list the best choice first). A question that is missing or has no choices gives
 * `['']`, an answer the generator drops because the framework does not ask it.
 *
 * @example
 *   choiceValues(framework, 'TanSuatCapNhat') // => ['1', '2', '3', '4']
 */
export function choiceValues(
  framework: Pick<Framework, 'questions'>,
  code: string,
): readonly [string, ...string[]] {
  const question = framework.questions.find((candidate) => candidate.code === code)
  if (question === undefined || (question.type !== 'single-choice' && question.type !== 'multi-choice'))
    return ['']
  const [first, ...rest] = question.choices.map((choice) => choice.value)
  return first === undefined ? [''] : [first, ...rest]
}
