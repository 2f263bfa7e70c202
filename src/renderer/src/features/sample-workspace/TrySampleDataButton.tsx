import { useTranslation } from 'react-i18next'
import { useActiveWorkspace } from './useActiveWorkspace'
import { useIsModeEmpty, type SampleMode } from './useIsModeEmpty'
import { useSampleWorkspaceActions } from './useSampleWorkspaceActions'
import './sampleWorkspace.css'

/**
 * "Try with sample data": loads the sample workspace (seeding it the first time). With `mode`, it
 * shows only while that mode has nothing of the user's own to show; never inside the sample.
 */
export function TrySampleDataButton({ mode }: { readonly mode?: SampleMode }) {
  const { t } = useTranslation()
  const workspace = useActiveWorkspace()
  const isEmpty = useIsModeEmpty(mode)
  const actions = useSampleWorkspaceActions()
  if (workspace === 'sample' || isEmpty !== true) return null
  return (
    <div className="try-sample" role="group" aria-label={t('sampleWorkspace.try.button')}>
      <p className="help">{t('sampleWorkspace.try.explanation')}</p>
      <button
        type="button"
        className="button"
        onClick={() => void actions.enter()}
        disabled={actions.busy !== null}
      >
        {t('sampleWorkspace.try.button')}
      </button>
      {actions.busy === 'entering' && (
        <span role="status" className="help">
          {t('sampleWorkspace.try.preparing')}
        </span>
      )}
      {actions.failure !== null && (
        <p role="alert">{t('sampleWorkspace.failed', { code: actions.failure.code })}</p>
      )}
    </div>
  )
}
