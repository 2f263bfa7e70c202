import { useTranslation } from 'react-i18next'
import { useActiveWorkspace } from './useActiveWorkspace'
import { useSampleWorkspaceActions } from './useSampleWorkspaceActions'
import './sampleWorkspace.css'

/** Marks every screen while the sample workspace is open, with the ways out. */
export function SampleWorkspaceBanner() {
  const { t } = useTranslation()
  const workspace = useActiveWorkspace()
  const actions = useSampleWorkspaceActions()
  if (workspace !== 'sample') return null
  return (
    <section className="sample-banner" aria-label={t('sampleWorkspace.banner.label')}>
      <span className="sample-badge">{t('sampleWorkspace.banner.badge')}</span>
      <span className="sample-banner-text">{t('sampleWorkspace.banner.explanation')}</span>
      <span className="sample-banner-actions">
        <button type="button" className="button" onClick={actions.leave} disabled={actions.busy !== null}>
          {t('sampleWorkspace.banner.leave')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void actions.remove()}
          disabled={actions.busy !== null}
        >
          {t('sampleWorkspace.banner.delete')}
        </button>
      </span>
    </section>
  )
}
