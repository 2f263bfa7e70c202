import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { ReadFailure } from '../../ui/ReadFailure'
import { useFrameworkLibrary } from '../frameworks/useFrameworkLibrary'
import { localized } from '../../i18n/localized'
import { evaluatorPath } from './evaluatorPath'
import { useAssessmentList } from './useAssessmentList'

/** The evaluator's assessments, with the way to start a new one. */
export function AssessmentList() {
  const { t, i18n } = useTranslation()
  const list = useAssessmentList()
  const library = useFrameworkLibrary()
  if (list.status === 'loading') return <p role="status">{t('common.loading')}</p>
  if (list.status === 'error') return <ReadFailure error={list.error} />
  const assessments = list.value
  const newButton = (
    <Link className="button primary" to={evaluatorPath({ view: 'new' })}>
      {t('evaluator.list.new')}
    </Link>
  )
  if (assessments.length === 0) {
    return (
      <EmptyState
        heading={t('evaluator.empty.heading')}
        body={t('evaluator.empty.body')}
        steps={(['framework', 'units', 'import'] as const).map((step) => t(`evaluator.empty.steps.${step}`))}
      >
        {newButton}
      </EmptyState>
    )
  }
  return (
    <section aria-labelledby="assessment-list-heading">
      <div className="section-heading">
        <h2 id="assessment-list-heading">{t('evaluator.list.heading')}</h2>
        {newButton}
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('evaluator.list.year')}</th>
            <th scope="col">{t('evaluator.list.framework')}</th>
            <th scope="col" className="numeric">
              {t('evaluator.list.units')}
            </th>
            <th scope="col">{t('evaluator.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => {
            const entry = library.entries.find(
              (candidate) =>
                candidate.id === assessment.frameworkId && candidate.version === assessment.frameworkVersion,
            )
            return (
              <tr key={assessment.id}>
                <td>{assessment.year}</td>
                <td>
                  <Link to={evaluatorPath({ view: 'assessment', id: assessment.id, tab: 'units' })}>
                    {entry === undefined ? assessment.frameworkId : localized(entry.name, i18n.language)}
                  </Link>
                  <div className="help">
                    {t('evaluator.list.version', {
                      id: assessment.frameworkId,
                      version: assessment.frameworkVersion,
                    })}
                  </div>
                </td>
                <td className="numeric">{assessment.units.length}</td>
                <td>
                  <span className={`status-badge status-${assessment.status}`}>
                    {t(`evaluator.assessmentStatus.${assessment.status}`)}
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
