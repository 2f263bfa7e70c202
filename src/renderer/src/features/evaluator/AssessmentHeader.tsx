import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '../../i18n/format'
import { localized } from '../../i18n/localized'
import { evaluatorPath } from './evaluatorPath'
import { PublishBar } from './PublishBar'
import { useCouncilMembership } from './useCouncilMembership'
import type { AssessmentView, WorkspaceActions } from './useAssessmentWorkspace'
import { useLanguage } from '../../i18n/useLanguage'

/** The assessment's title (framework, year), its state and the publish/unlock controls (none on a council member's share of the work). */
export function AssessmentHeader({
  view,
  actions,
}: {
  readonly view: AssessmentView
  readonly actions: WorkspaceActions
}) {
  const { t } = useTranslation()
  const language = useLanguage()
  const { assessment, framework } = view.workspace
  const membership = useCouncilMembership(assessment.id)
  return (
    <header className="assessment-header">
      <p className="breadcrumb">
        <Link to={evaluatorPath({ view: 'list' })}>{t('evaluator.list.heading')}</Link>
      </p>
      <h2>
        {t('evaluator.header.title', { name: localized(framework.name, language), year: assessment.year })}
      </h2>
      <p className="help">
        {t('evaluator.header.meta', {
          id: framework.id,
          version: framework.version,
          count: assessment.units.length,
          created: formatDate(new Date(assessment.createdAt), language),
        })}
      </p>
      {membership === null || membership === undefined ? (
        <PublishBar view={view} actions={actions} />
      ) : (
        <p className="help" data-testid="council-member-note">
          {t('evaluator.council.memberNoPublish', { name: membership.member.name })}
        </p>
      )}
    </header>
  )
}
