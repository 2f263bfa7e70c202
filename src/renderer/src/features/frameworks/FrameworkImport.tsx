import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import { describeIssue } from '../../i18n/describeIssue'
import { isLanguage } from '../../i18n/languages'
import { localized } from '../../i18n/localized'
import { droppedFiles } from '../../platform/droppedFiles'
import { DropZone } from '../../ui/DropZone'
import { useFrameworkImport } from './useFrameworkImport'

/** The import button and the validation report a non-programmer can act on. */
export function FrameworkImport({
  onImported,
}: {
  readonly onImported: (framework: ValidFramework) => Promise<void>
}) {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const { state, start } = useFrameworkImport(onImported)
  return (
    <section className="panel" aria-labelledby="framework-import-heading">
      <h2 id="framework-import-heading">{t('frameworks.import.button')}</h2>
      <p className="help">{t('frameworks.import.help')}</p>
      <DropZone
        purpose="framework"
        testId="framework-drop-zone"
        disabled={state.kind === 'reading'}
        onDropTransfer={(transfer) => void start(droppedFiles(transfer, 'framework'))}
      >
        <button
          type="button"
          className="button primary"
          onClick={() => void start()}
          disabled={state.kind === 'reading'}
        >
          {t('frameworks.import.button')}
        </button>
      </DropZone>
      <div role="status" className="status-line">
        {state.kind === 'reading' && t('frameworks.import.working', { fileName: state.fileName })}
        {state.kind === 'cancelled' && t('frameworks.import.cancelled')}
        {state.kind === 'imported' &&
          t('frameworks.import.success', {
            name: localized(state.framework.name, language),
            id: state.framework.id,
            version: state.framework.version,
          })}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="import-report">
          <p>{t('frameworks.import.failed', { fileName: state.fileName, count: state.issues.length })}</p>
          <ol>
            {state.issues.slice(0, 200).map((issue, index) => (
              <li key={index}>{describeIssue(t, issue)}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  )
}
