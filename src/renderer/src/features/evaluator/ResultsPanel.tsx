import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { shortDigest } from '@core/assessment/resultsVersion'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { PrintButton } from '../../ui/PrintButton'
import { describeScoringWarning } from './describeScoringWarning'
import { RankingTable } from './RankingTable'
import { UnitExplanationPanel } from './UnitExplanationPanel'
import type { AssessmentView } from './useAssessmentWorkspace'

/** The results with the framework's method: the ranking table and, for a chosen unit, the engine's explanation. */
export function ResultsPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const [selected, setSelected] = useState<number | null>(null)
  const { result } = view
  if (result.units.length === 0) return <p className="panel">{t('evaluator.results.nothingReceived')}</p>
  const version = view.isOfficial ? view.workspace.publishedVersion : null
  const general = result.warnings.filter((warning) => !('unit' in warning))
  return (
    <>
      <p className={`results-state ${view.isOfficial ? 'is-official' : ''}`}>
        {version !== null && (
          <>
            <strong
              className="results-version"
              title={t('evaluator.results.versionTitle', {
                date: formatDateTime(version.publishedAt),
                digest: shortDigest(version.digest),
              })}
            >
              {t('evaluator.results.version', { version: version.version })}
            </strong>{' '}
            —{' '}
          </>
        )}
        {t(view.isOfficial ? 'evaluator.results.official' : 'evaluator.results.provisional', {
          count: result.units.length,
          total: view.workspace.assessment.units.length,
        })}
      </p>
      {general.length > 0 && (
        <details className="panel warnings">
          <summary>{t('evaluator.results.warnings', { count: general.length })}</summary>
          <ul>
            {general.map((warning, index) => (
              <li key={index}>{describeScoringWarning(t, warning, language)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="toolbar">
        <PrintButton
          scope="ranking"
          suggestedName={`xep-hang-${view.workspace.assessment.frameworkId}-${view.workspace.assessment.year}`}
          landscape
        />
      </div>
      <div className="results-layout">
        <RankingTable
          framework={view.workspace.framework}
          result={result}
          componentCodes={view.componentCodes}
          selected={selected}
          onSelect={setSelected}
        />
        {selected !== null && (
          <UnitExplanationPanel
            framework={view.workspace.framework}
            result={result}
            unitIndex={selected}
            onClose={() => setSelected(null)}
          />
        )}
      </div>
    </>
  )
}
