import { useTranslation } from 'react-i18next'
import type { ValidFramework } from '@core/framework/validateFramework'
import type { EvidenceRepository } from '@core/storage/evidenceRepository'
import type { UnitProfile } from '@core/storage/unitProfileRepository'
import { exportSubmissionWorkbook } from '../import-export/exportSubmissionWorkbook'
import type { AutosaveQueue } from './autosaveQueue'

type ExportSubmissionButtonProps = {
  readonly queue: AutosaveQueue
  readonly framework: ValidFramework
  readonly unit: UnitProfile
  readonly evidence: EvidenceRepository
}

/** "Export to Excel": saves what waits first, then exports the revision as stored. */
export function ExportSubmissionButton({ queue, framework, unit, evidence }: ExportSubmissionButtonProps) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        void queue
          .flush()
          .then(() =>
            exportSubmissionWorkbook({ submission: queue.getConfirmed(), framework, unit, evidence }),
          )
      }
    >
      {t('unit.export.button')}
    </button>
  )
}
