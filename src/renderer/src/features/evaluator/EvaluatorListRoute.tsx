import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/useDocumentTitle'
import { BulkImportPanel } from '../import-export/BulkImportPanel'
import { AssessmentList } from './AssessmentList'
import { OpenWorkPackage } from './OpenWorkPackage'

/** `#/evaluator`: the assessments and the bulk import of received workbooks. */
export function EvaluatorListRoute() {
  const { t } = useTranslation()
  useDocumentTitle(t('evaluator.list.heading'), t('evaluator.title'))
  return (
    <>
      <AssessmentList />
      <BulkImportPanel />
      <OpenWorkPackage />
    </>
  )
}
