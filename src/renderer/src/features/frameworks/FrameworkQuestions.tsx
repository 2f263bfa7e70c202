import { useTranslation } from 'react-i18next'
import type { Framework } from '@core/framework/framework'
import { questionsBySection } from '@core/framework/frameworkSummary'
import { isLanguage } from '../../i18n/languages'
import { localized } from '../../i18n/localized'

/** The questions, section by section, with type, unit, requirement and display condition. */
export function FrameworkQuestions({ framework }: { readonly framework: Framework }) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const bySection = questionsBySection(framework)
  return (
    <div className="framework-questions">
      {framework.sections.map((section) => (
        <section key={section.code} aria-labelledby={`section-${section.code}`}>
          <h3 id={`section-${section.code}`}>
            {localized(section.title, language)}{' '}
            <span className="tree-meta">({(bySection.get(section.code) ?? []).length})</span>
          </h3>
          <ol className="question-list">
            {(bySection.get(section.code) ?? []).map((question) => (
              <li key={question.code}>
                <code>{question.code}</code> {localized(question.text, language)}
                <div className="tree-meta">
                  {t(`frameworks.questionTypes.${question.type}`)}
                  {'unit' in question && question.unit && (
                    <> · {t('frameworks.detail.unit', { unit: localized(question.unit, language) })}</>
                  )}
                  {question.required && <> · {t('frameworks.detail.required')}</>}
                  {question.relevance && (
                    <> · {t('frameworks.detail.relevance', { formula: question.relevance })}</>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
