import { useTranslation } from 'react-i18next'
import { UncertaintyPanel } from './UncertaintyPanel'
import { VarianceSensitivityPanel } from './VarianceSensitivityPanel'
import type { AssessmentView } from './useAssessmentWorkspace'
import { WhatIfPanel } from './WhatIfPanel'

/** What-if, uncertainty and variance-based sensitivity: how much the ranking depends on the choices of method. */
export function SensitivityPanel({ view }: { readonly view: AssessmentView }) {
  const { t } = useTranslation()
  if (view.scoring.length < 2) return <p className="panel">{t('evaluator.sensitivity.needUnits')}</p>
  return (
    <>
      <p className="help">{t('evaluator.sensitivity.note')}</p>
      <WhatIfPanel view={view} />
      <UncertaintyPanel view={view} />
      <VarianceSensitivityPanel view={view} />
    </>
  )
}
