import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Question } from '@core/framework/framework'
import type { Questionnaire } from '@core/responses/questionnaire'
import type { SubmissionContent, SubmissionPatch } from '@core/responses/submission'
import type { AnswerProblem, SubmissionCheck } from '@core/responses/validateAnswers'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import type { EvidenceActions } from './fields/EvidenceControl'
import { QuestionCard } from './fields/QuestionCard'
import type { QuestionnaireNavigation } from './useQuestionnaireNavigation'

type QuestionnaireSectionProps = {
  readonly questionnaire: Questionnaire
  readonly navigation: QuestionnaireNavigation
  readonly content: SubmissionContent
  readonly check: SubmissionCheck
  readonly readOnly: boolean
  readonly onEdit: (patch: SubmissionPatch) => void
  readonly evidenceActions: EvidenceActions
}

const EMPTY_ENTRIES: Readonly<Record<string, string>> = {}
const NO_PROBLEMS: readonly AnswerProblem[] = []

/**
 * The section shown: its number and title, description, the cards of the questions asked, how
 * many are not asked, and the pager. Enter and the focus tracking of the navigation listen here.
 */
export function QuestionnaireSection({
  questionnaire,
  navigation,
  content,
  check,
  readOnly,
  onEdit,
  evidenceActions,
}: QuestionnaireSectionProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { section, sectionIndex, revealed, revealAll } = navigation
  const problemsByQuestion = useMemo(() => {
    const grouped = new Map<string, AnswerProblem[]>()
    for (const problem of check.problems)
      grouped.set(problem.question, [...(grouped.get(problem.question) ?? []), problem])
    return grouped
  }, [check.problems])
  const tableEntriesOf = (question: Question): Readonly<Record<string, string>> =>
    question.type !== 'table'
      ? EMPTY_ENTRIES
      : Object.fromEntries(
          Object.entries(content.entries).filter(([key]) => key.startsWith(`${question.code}[`)),
        )
  const missingQuestions = useMemo(
    () => new Set(check.missing.filter((item) => item.row === undefined).map((item) => item.question)),
    [check.missing],
  )
  const shown = section?.questions.filter((question) => check.relevant.has(question.code)) ?? []
  const hiddenCount = (section?.questions.length ?? 0) - shown.length

  return (
    <section
      className="questions"
      aria-labelledby="section-heading"
      onKeyDown={navigation.onQuestionsKeyDown}
      onFocus={navigation.onQuestionsFocus}
    >
      {section !== undefined && (
        <>
          <h2 id="section-heading">
            <span className="muted">
              {t('unit.sections.number', {
                number: sectionIndex + 1,
                count: questionnaire.sections.length,
              })}
            </span>{' '}
            {localized(section.section.title, language)}
          </h2>
          {section.section.description !== undefined && (
            <p className="question-help">{localized(section.section.description, language)}</p>
          )}
          {shown.length === 0 && <p className="muted">{t('unit.sections.nothingAsked')}</p>}
          {shown.map((question) => (
            <QuestionCard
              key={question.code}
              question={question}
              value={content.answers[question.code]}
              entry={content.entries[question.code]}
              tableEntries={tableEntriesOf(question)}
              comment={content.comments[question.code]}
              problems={problemsByQuestion.get(question.code) ?? NO_PROBLEMS}
              showMissing={missingQuestions.has(question.code) && (revealAll || revealed.has(question.code))}
              readOnly={readOnly}
              onEdit={onEdit}
              evidenceActions={evidenceActions}
            />
          ))}
          {hiddenCount > 0 && (
            <p className="muted small">{t('unit.sections.hidden', { count: hiddenCount })}</p>
          )}
          <div className="section-pager">
            {sectionIndex > 0 && (
              <button type="button" className="button" onClick={navigation.previousSection}>
                {t('unit.sections.previous')}
              </button>
            )}
            {sectionIndex < questionnaire.sections.length - 1 && (
              <button type="button" className="button" onClick={navigation.nextSection}>
                {t('unit.sections.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  )
}
