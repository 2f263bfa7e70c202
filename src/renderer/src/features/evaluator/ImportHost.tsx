import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BulkImportPanel } from '../import-export/BulkImportPanel'
import type { AssessmentView } from './useAssessmentWorkspace'

/**
 * The Excel exchange's bulk import, fixed to this assessment's framework version and year; open at
 * first while nothing has been received, and kept open after an import so its outcomes stay in view.
 */
export function ImportHost({
  view,
  onImported,
}: {
  readonly view: AssessmentView
  readonly onImported: () => void
}) {
  const { t } = useTranslation()
  const [isOpenAtFirst] = useState(view.workspace.declared.length === 0)
  if (view.workspace.assessment.status === 'published') return null
  return (
    <details className="import-host" open={isOpenAtFirst}>
      <summary>{t('evaluator.receive.importSummary')}</summary>
      <BulkImportPanel
        framework={view.workspace.framework}
        year={view.workspace.assessment.year}
        assessmentId={view.workspace.assessment.id}
        onImported={onImported}
      />
    </details>
  )
}
