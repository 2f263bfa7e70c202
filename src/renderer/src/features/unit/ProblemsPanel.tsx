import { useTranslation } from 'react-i18next'
import type { Questionnaire } from '@core/responses/questionnaire'
import type { AnswerProblem, MissingAnswer } from '@core/responses/validateAnswers'
import { problemMessage } from './issueMessage'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'

/** A place the problems list can jump to: a question, or one cell of a table. */
export type JumpTarget = { readonly question: string; readonly row?: number; readonly column?: string }

type ProblemsPanelProps = {
  readonly questionnaire: Questionnaire
  readonly problems: readonly AnswerProblem[]
  readonly missing: readonly MissingAnswer[]
  readonly onJump: (target: JumpTarget, missing: boolean) => void
}

const SHOWN = 40

/** Everything still to fix, invalid values first, then required answers missing; each jumps to its field. */
export function ProblemsPanel({ questionnaire, problems, missing, onJump }: ProblemsPanelProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const questionText = (code: string) => localized(questionnaire.questions.get(code)?.text, language)
  return (
    <section className="side-panel problems-panel" aria-labelledby="problems-heading">
      <h2 id="problems-heading">{t('unit.problems.heading')}</h2>
      {problems.length === 0 && missing.length === 0 && <p>{t('unit.problems.none')}</p>}
      {problems.length > 0 && (
        <>
          <h3>{t('unit.problems.errors', { count: problems.length })}</h3>
          <ul className="jump-list">
            {problems.slice(0, SHOWN).map((problem, index) => (
              <li key={`${problem.question}-${problem.row ?? ''}-${problem.column ?? ''}-${index}`}>
                <button type="button" className="jump" onClick={() => onJump(problem, false)}>
                  <span className="question-code">{problem.question}</span>{' '}
                  {problemMessage(t, problem, questionnaire.questions.get(problem.question), language)}
                </button>
              </li>
            ))}
          </ul>
          {problems.length > SHOWN && (
            <p className="muted small">{t('unit.problems.more', { count: problems.length - SHOWN })}</p>
          )}
        </>
      )}
      {missing.length > 0 && (
        <>
          <h3>{t('unit.problems.missing', { count: missing.length })}</h3>
          <ul className="jump-list">
            {missing.slice(0, SHOWN).map((item) => (
              <li key={`${item.question}-${item.row ?? ''}-${item.column ?? ''}`}>
                <button type="button" className="jump" onClick={() => onJump(item, true)}>
                  <span className="question-code">{item.question}</span>{' '}
                  {item.row === undefined
                    ? questionText(item.question)
                    : t('unit.problems.missingCell', {
                        row: item.row + 1,
                        column: columnText(questionnaire, item, language),
                      })}
                </button>
              </li>
            ))}
          </ul>
          {missing.length > SHOWN && (
            <p className="muted small">{t('unit.problems.more', { count: missing.length - SHOWN })}</p>
          )}
        </>
      )}
    </section>
  )
}

function columnText(questionnaire: Questionnaire, item: MissingAnswer, language: 'vi' | 'en'): string {
  const question = questionnaire.questions.get(item.question)
  if (question?.type !== 'table') return item.column ?? ''
  return (
    localized(question.columns.find((column) => column.code === item.column)?.text, language) ||
    (item.column ?? '')
  )
}
