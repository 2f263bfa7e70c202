import { useTranslation } from 'react-i18next'
import type { QuestionnaireProgress } from '@core/responses/questionnaireProgress'
import type { Questionnaire } from '@core/responses/questionnaire'
import { useLanguage } from '../../i18n/useLanguage'
import { localized } from '../../i18n/localized'

type SectionNavProps = {
  readonly questionnaire: Questionnaire
  readonly progress: QuestionnaireProgress
  readonly current: string
  readonly onSelect: (section: string) => void
}

/** The sections as a navigation landmark, each with answered / asked, required and problem counts. */
export function SectionNav({ questionnaire, progress, current, onSelect }: SectionNavProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <nav className="section-nav" aria-label={t('unit.sections.label')}>
      <ol>
        {questionnaire.sections.map(({ section }, index) => {
          const counts = progress.sections[index]
          if (counts === undefined) return null
          const done = counts.asked > 0 && counts.missing === 0 && counts.withProblems === 0
          return (
            <li key={section.code}>
              <button
                type="button"
                aria-current={section.code === current ? 'step' : undefined}
                className={done ? 'section-link done' : 'section-link'}
                onClick={() => onSelect(section.code)}
              >
                <span className="section-title">{localized(section.title, language)}</span>
                <span className="section-counts">
                  <span>
                    {t('unit.sections.answered', { answered: counts.answered, asked: counts.asked })}
                  </span>
                  {counts.required > 0 && (
                    <span>
                      {t('unit.sections.required', {
                        answered: counts.requiredAnswered,
                        required: counts.required,
                      })}
                    </span>
                  )}
                  {counts.withProblems > 0 && (
                    <span className="count-problems">
                      {t('unit.sections.problems', { count: counts.withProblems })}
                    </span>
                  )}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
