import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import { localized } from '../../i18n/localized'
import { useLanguage } from '../../i18n/useLanguage'
import type { SubmissionDocument } from './autosaveQueue'

type QuestionnaireHeaderProps = {
  readonly framework: ValidFramework
  readonly profile: UnitProfile | null
  readonly opened: SubmissionDocument
  readonly onBack: () => void
}

/** The back link, the framework's name, and which unit, year, version and revision is open. */
export function QuestionnaireHeader({ framework, profile, opened, onBack }: QuestionnaireHeaderProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  return (
    <header className="questionnaire-header">
      <div>
        <button type="button" className="link-button" onClick={onBack}>
          {t('unit.editor.back')}
        </button>
        <h1>{localized(framework.name, language)}</h1>
        <p className="muted">
          {t('unit.editor.subtitle', {
            unit: profile === null ? opened.unitCode : `${profile.name} (${profile.code})`,
            year: opened.year,
            version: framework.version,
            revision: opened.revision,
          })}
        </p>
      </div>
    </header>
  )
}
