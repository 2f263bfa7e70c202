import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { AssessmentHeader } from './AssessmentHeader'
import { useAssessmentOutlet } from './AssessmentWorkspaceScreen'
import { AuditPanel } from './AuditPanel'
import { CouncilPanel } from './CouncilPanel'
import { ASSESSMENT_TABS, assessmentTab, evaluatorPath } from './evaluatorPath'
import { ReportPanel } from './ReportPanel'
import { ResultsPanel } from './ResultsPanel'
import { SensitivityPanel } from './SensitivityPanel'
import { StatisticalAuditPanel } from './StatisticalAuditPanel'
import { StatusBoardPanel } from './StatusBoardPanel'
import { VersionsPanel } from './VersionsPanel'

/** `#/evaluator/a/<id>/<tab>`: the assessment's header, its tabs and the chosen tab (units when none or unknown). */
export function AssessmentTabsRoute() {
  const { t } = useTranslation()
  const { id, view, actions } = useAssessmentOutlet()
  const tab = assessmentTab(useParams()['tab'])
  useDocumentTitle(
    t(`evaluator.tabs.${tab}`),
    t('evaluator.windowTitle', { year: view.workspace.assessment.year }),
  )
  return (
    <>
      <AssessmentHeader view={view} actions={actions} />
      <nav className="tabs assessment-tabs" aria-label={t('evaluator.tabs.label')}>
        {ASSESSMENT_TABS.map((item) => (
          <Link
            key={item}
            to={evaluatorPath({ view: 'assessment', id, tab: item })}
            aria-current={item === tab ? 'page' : undefined}
          >
            {t(`evaluator.tabs.${item}`)}
          </Link>
        ))}
      </nav>
      <div className="tab-panel">
        {tab === 'units' && <StatusBoardPanel view={view} actions={actions} />}
        {tab === 'results' && <ResultsPanel view={view} />}
        {tab === 'sensitivity' && <SensitivityPanel view={view} />}
        {tab === 'statistics' && <StatisticalAuditPanel view={view} />}
        {tab === 'report' && <ReportPanel view={view} />}
        {tab === 'versions' && <VersionsPanel view={view} />}
        {tab === 'council' && <CouncilPanel view={view} actions={actions} />}
        {tab === 'audit' && <AuditPanel assessmentId={id} />}
      </div>
    </>
  )
}
