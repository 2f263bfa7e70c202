import { useTranslation } from 'react-i18next'
import type { AssessmentView } from './useAssessmentWorkspace'

/**
 * Where submissions come in. Until the bulk import of workbooks is part of the app, this explains
 * where declared answers are read from (submissions filled and submitted in unit mode on this
 * machine) and what is still missing; the import panel belongs here.
 */
export function ReceiveSubmissions({ view, onRefresh }: { readonly view: AssessmentView; readonly onRefresh: () => void }) {
  const { t } = useTranslation()
  const missing = view.board.counts['not-received']
  return (
    <div className="receive-note">
      <p>
        {t('evaluator.receive.summary', { received: view.workspace.declared.length, total: view.workspace.assessment.units.length })}
        {missing > 0 && ` ${t('evaluator.receive.missing', { count: missing })}`}
      </p>
      <p className="help">{t('evaluator.receive.sources')}</p>
      <button type="button" className="button" onClick={onRefresh}>
        {t('evaluator.receive.refresh')}
      </button>
    </div>
  )
}
