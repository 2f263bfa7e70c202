import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { TrySampleDataButton } from '../sample-workspace/TrySampleDataButton'
import './evaluator.css'

/** The evaluator mode: the assessments, a new one, or one assessment's screens (child routes of `#/evaluator`). */
export function EvaluatorModePage() {
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('evaluator.title')}</h1>
      <TrySampleDataButton mode="evaluator" />
      <Outlet />
    </>
  )
}
