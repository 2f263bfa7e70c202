import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { TrySampleDataButton } from '../sample-workspace/TrySampleDataButton'
import { EmptyState } from '../../ui/EmptyState'
import { ReadFailure } from '../../ui/ReadFailure'
import { ImportResults } from './ImportResults'
import { LineagePanel } from './LineagePanel'
import { ManagerWorkspace } from './ManagerWorkspace'
import { useManagerData } from './useManagerData'
import './manager.css'

/** The manager mode: published results compared across years; until there are some, what can be done here. */
export function ManagerModePage() {
  const { t } = useTranslation()
  const data = useManagerData()
  useDocumentTitle(t('manager.title'))
  return (
    <>
      <h1>{t('manager.title')}</h1>
      <TrySampleDataButton mode="manager" />
      {data.status === 'loading' ? (
        <p role="status">{t('manager.loading')}</p>
      ) : data.status === 'error' ? (
        <ReadFailure error={data.error} />
      ) : data.series.length === 0 ? (
        <>
          <EmptyState
            heading={t('manager.empty.heading')}
            body={t('manager.empty.body')}
            steps={(['results', 'compare', 'export'] as const).map((step) =>
              t(`manager.empty.steps.${step}`),
            )}
          />
          <ImportResults frameworkId={null} rootCode={null} />
          <LineagePanel />
        </>
      ) : (
        <ManagerWorkspace series={data.series} skipped={data.skipped} lineage={data.lineage} />
      )}
    </>
  )
}
